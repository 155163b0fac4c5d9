// Call taking over SIP against real peers: kamailio on loopback as the room's registrar,
// forking every call to the three desks registered to the room's AOR, and sipp as callers
// (with G.711 audio from the pcap sipp ships). The desks are SipCallSource objects in this
// process, each with its own liblinphone core, SIP port and recording folder.
#include "sipscenarios.h"
#include "sipsupport.h"
#include "testsupport.h"

#ifdef SIGAP_WITH_SIP
#include "telephony/callrecording.h"
#include "telephony/sipcallsource.h"
#endif

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#ifdef SIGAP_WITH_SIP
using namespace Sigap;

namespace {

const QString pcap = QStringLiteral("/usr/share/sip-tester/g711a.pcap");

// INVITE with a PCMA offer; loops over the proxy's 100 Trying; on 200 plays the pcap (about
// 7 s of audio) to the desk that answered, then hangs up.
const QByteArray callWithAudio = SigapTest::callerScenario("caller with audio", "081234567[call_number]",
                                                           "caller[call_number]", R"(  <label id="1"/>
  <recv response="100" optional="true" next="1"/>
  <recv response="200" rtd="true" rrs="true"/>
  <send><![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:081234567[call_number]@[local_ip]:[local_port]>;tag=[pid]caller[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
]]></send>
  <nop><action><exec play_pcap_audio="PCAP"/></action></nop>
  <pause milliseconds="7500"/>
  <send retrans="500"><![CDATA[
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:081234567[call_number]@[local_ip]:[local_port]>;tag=[pid]caller[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 2 BYE
Max-Forwards: 70
Content-Length: 0
]]></send>
  <recv response="200"/>
)");

// A caller the desk puts on hold and takes back: it answers both re-INVITEs (sendonly, then
// sendrecv again) and hangs up; sipp fails the call if either never comes.
const QByteArray callerPutOnHold = SigapTest::callerScenario("caller put on hold", "0811000000[call_number]",
                                                             "hold[call_number]", R"(  <label id="1"/>
  <recv response="100" optional="true" next="1"/>
  <recv response="200" rrs="true"/>
  <send><![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:0811000000[call_number]@[local_ip]:[local_port]>;tag=[pid]hold[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
]]></send>
  <recv request="INVITE"/>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_Record-Route:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:0811000000[call_number]@[local_ip]:[local_port]>
Content-Type: application/sdp
Content-Length: [len]

v=0
o=caller 1 2 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[local_ip_type] [local_ip]
t=0 0
m=audio [auto_media_port] RTP/AVP 8
a=rtpmap:8 PCMA/8000
a=recvonly
]]></send>
  <recv request="ACK"/>
  <recv request="INVITE"/>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_Record-Route:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:0811000000[call_number]@[local_ip]:[local_port]>
Content-Type: application/sdp
Content-Length: [len]

v=0
o=caller 1 3 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[local_ip_type] [local_ip]
t=0 0
m=audio [auto_media_port] RTP/AVP 8
a=rtpmap:8 PCMA/8000
]]></send>
  <recv request="ACK"/>
  <pause milliseconds="500"/>
  <send retrans="500"><![CDATA[
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:0811000000[call_number]@[local_ip]:[local_port]>;tag=[pid]hold[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 2 BYE
Max-Forwards: 70
Content-Length: 0
]]></send>
  <recv response="200"/>
)");

// The caller called back, in the outside world: answers, checks the number dialled, and
// waits for the desk to hang up.
const char *calledBack = R"(<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="caller called back">
  <recv request="INVITE">
    <action><ereg regexp="^INVITE sip:081299000@" search_in="msg" check_it="true" assign_to="dialled"/></action>
  </recv>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_Record-Route:]
[last_From:]
[last_To:];tag=[pid]back[call_number]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:081299000@[local_ip]:[local_port]>
Content-Type: application/sdp
Content-Length: [len]

v=0
o=back 1 1 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[local_ip_type] [local_ip]
t=0 0
m=audio [auto_media_port] RTP/AVP 8
a=rtpmap:8 PCMA/8000
]]></send>
  <recv request="ACK"/>
  <recv request="BYE" timeout="60000"/>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0
]]></send>
  <Reference variables="dialled"/>
</scenario>
)";

// A caller whose line is busy when the desk calls back: 486 Busy Here, and the ACK for it.
const char *busyWhenCalledBack = R"(<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="caller busy when called back">
  <recv request="INVITE"/>
  <send><![CDATA[
SIP/2.0 486 Busy Here
[last_Via:]
[last_Record-Route:]
[last_From:]
[last_To:];tag=[pid]busy[call_number]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0
]]></send>
  <recv request="ACK"/>
</scenario>
)";

// A caller the desk transfers to an agency (blind): takes the REFER (and checks it names
// the agency's number), accepts it (202), reports the agency answered (NOTIFY), and is let go
// by the desk. A proxy with several workers may relay the 202 and the NOTIFY in either order;
// notifyFirst sends the NOTIFY first, which the desk answers 491 as its REFER is still open.
QByteArray callerTransferred(bool notifyFirst)
{
    const QByteArray referred = R"(  <label id="1"/>
  <recv response="100" optional="true" next="1"/>
  <recv response="200" rrs="true"/>
  <send><![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:0813000000[call_number]@[local_ip]:[local_port]>;tag=[pid]xfer[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
]]></send>
  <recv request="REFER" timeout="60000">
    <action><ereg regexp="Refer-To: *&lt;?sip:0511113@" search_in="msg" check_it="true" assign_to="agency"/></action>
  </recv>
)";
    const QByteArray accepted = R"(  <send><![CDATA[
SIP/2.0 202 Accepted
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:0813000000[call_number]@[local_ip]:[local_port]>
Content-Length: 0
]]></send>
)";
    QByteArray notify = R"(  <send retrans="500"><![CDATA[
NOTIFY [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:0813000000[call_number]@[local_ip]:[local_port]>;tag=[pid]xfer[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 2 NOTIFY
Contact: <sip:0813000000[call_number]@[local_ip]:[local_port]>
Event: refer
Subscription-State: terminated;reason=noresource
Max-Forwards: 70
Content-Type: message/sipfrag
Content-Length: [len]

SIP/2.0 200 OK
]]></send>
)";
    const QByteArray end
        = R"(  <!-- The desk may hang up before its 200 to the NOTIFY reaches us: either order is right. -->
  <recv response="200" optional="true"/>
  <recv request="BYE" timeout="60000"/>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0
]]></send>
  <Reference variables="agency"/>
)";
    if (!notifyFirst)
        return SigapTest::callerScenario("caller transferred", "0813000000[call_number]", "xfer[call_number]",
                                         (referred + accepted + notify + end).constData());
    // Both are sent before anything is received, so [last_...] in the 202 still names the REFER.
    notify.replace(R"(<send retrans="500">)", "<send>");
    return SigapTest::callerScenario("caller transferred, NOTIFY first", "0813000000[call_number]", "xfer[call_number]",
                                     (referred + notify + accepted + R"(  <recv response="491" optional="true"/>
)" + end)
                                         .constData());
}

// A handset's AML position as a SIP MESSAGE to the room (BODY: the AML text); sipp waits for
// the 200 of the desk that took it.
const char *amlMessage = R"(<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="handset sends its AML location">
  <send retrans="500"><![CDATA[
MESSAGE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:081200000002@[local_ip]:[local_port]>;tag=[pid]aml
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 MESSAGE
Max-Forwards: 70
Content-Type: text/plain
Content-Length: [len]

BODY]]></send>
  <recv response="100" optional="true"/>
  <recv response="200"/>
</scenario>
)";

QString writeFile(const QString &dir, const QString &name, QByteArray text)
{
    text.replace("PCAP", pcap.toLatin1());
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

struct Desk
{
    std::unique_ptr<SipCallSource> source;
    std::unique_ptr<QSignalSpy> offered, abandoned, elsewhere, ended, recorded;
    quint16 port = 0;
    QString recordDir;
};

} // namespace
#endif

class tst_Sip : public QObject
{
    Q_OBJECT

#ifdef SIGAP_WITH_SIP
    QTemporaryDir m_tmp;
    SigapTest::Kamailio m_kamailio;
    std::vector<Desk> m_desks;

    QString target() const
    {
        return QStringLiteral("127.0.0.1:%1").arg(m_kamailio.port);
    }

    void transferAndExpectTheDeskToLetGo(bool notifyFirst)
    {
        clearSpies();
        SipCallSource &desk = *m_desks[1].source;
        QSignalSpy connectedSpy(&desk, &SipCallSource::connected);
        SigapTest::Sipp caller;
        caller.start(m_tmp.path(), sipp(callerTransferred(notifyFirst), QStringLiteral("transfer.xml")), target());
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[1].offered->size(), 1, 15000);
        const QString id = m_desks[1].offered->at(0).at(0).value<IncomingCall>().id;
        QVERIFY2(!desk.transfer(id, QStringLiteral("0511113")).ok(), "a ringing call cannot be transferred");
        desk.answer(id);
        QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, 10000);
        QVERIFY(desk.transfer(id, QStringLiteral("0511113")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[1].ended->size(), 1, 15000);
        QCOMPARE(caller.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.activeCalls().isEmpty(), 5000);
        // Its recording is reported once liblinphone released the call: waited for here, so
        // that it does not land in the next test's spies.
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[1].recorded->size(), 1, 10000);
    }

    QString sipp(const QByteArray &scenario, const QString &name)
    {
        return writeFile(m_tmp.path(), name, scenario);
    }

    void clearSpies()
    {
        for (Desk &d : m_desks)
            for (QSignalSpy *s :
                 {d.offered.get(), d.abandoned.get(), d.elsewhere.get(), d.ended.get(), d.recorded.get()})
                s->clear();
    }

    static double soxStat(const QString &file, const QString &what)
    {
        QProcess sox;
        sox.start(SigapTest::findTool(QStringLiteral("sox")), {file, QStringLiteral("-n"), QStringLiteral("stat")});
        if (!sox.waitForFinished(30000))
            return -1;
        const QString out = QString::fromUtf8(sox.readAllStandardError());
        const QRegularExpression re(QRegularExpression::escape(what) + QStringLiteral(":\\s*(-?[0-9.]+)"));
        const auto m = re.match(out);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }
#endif

private Q_SLOTS:
    void initTestCase()
    {
#ifndef SIGAP_WITH_SIP
        QSKIP("built without SIGAP_WITH_SIP (liblinphone-dev not found at configure time)");
#else
        if (const QString missing = SigapTest::Sipp::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (SigapTest::findTool(QStringLiteral("kamailio")).isEmpty())
            QSKIP("kamailio is not installed (apt-get install kamailio)");
        if (SigapTest::findTool(QStringLiteral("sox")).isEmpty())
            QSKIP("sox is not installed (apt-get install sox)");
        if (!QFile::exists(pcap))
            QSKIP(qPrintable(pcap + QStringLiteral(" is missing (package sip-tester)")));
        QVERIFY(m_tmp.isValid());
        // SIGAP_KEEP_TMP=1 keeps kamailio's and sipp's logs and the recordings for a look.
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("SIGAP_KEEP_TMP"));
        if (!m_tmp.autoRemove())
            qInfo("kept in %s", qPrintable(m_tmp.path()));
        m_kamailio.outsidePort = SigapTest::freeUdpPort();
        const QString problem = m_kamailio.start(m_tmp.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        for (int i = 0; i < 3; ++i) {
            Desk d;
            d.port = SigapTest::freeUdpPort();
            const QString dataDir = m_tmp.filePath(QStringLiteral("desk%1").arg(i + 1));
            QDir().mkpath(dataDir);
            const QByteArray json = QStringLiteral(R"({"format": "sigap-sip", "version": 1,
                "identity": "sip:room@127.0.0.1", "registrar": "sip:127.0.0.1:%1",
                "local_port": %2, "expires_s": 600})")
                                        .arg(m_kamailio.port)
                                        .arg(d.port)
                                        .toUtf8();
            auto config = SipConfig::parse(json, QStringLiteral("sip.json"), dataDir);
            QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
            d.recordDir = config.value().recordDir;
            d.source = std::make_unique<SipCallSource>(config.value());
            d.offered = std::make_unique<QSignalSpy>(d.source.get(), &CallSource::offered);
            d.abandoned = std::make_unique<QSignalSpy>(d.source.get(), &CallSource::abandoned);
            d.elsewhere = std::make_unique<QSignalSpy>(d.source.get(), &SipCallSource::answeredElsewhere);
            d.ended = std::make_unique<QSignalSpy>(d.source.get(), &CallSource::ended);
            d.recorded = std::make_unique<QSignalSpy>(d.source.get(), &CallSource::recorded);
            auto started = d.source->start();
            QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
            m_desks.push_back(std::move(d));
        }
        for (const Desk &d : m_desks)
            QTRY_VERIFY2_WITH_TIMEOUT(d.source->isRegistered(), "a desk did not register with kamailio", 20000);
#endif
    }

#ifdef SIGAP_WITH_SIP
    void configErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("identity") << QByteArray(R"({"format":"sigap-sip","version":1,"identity":"room",
            "registrar":"sip:pbx"})")
                                  << QStringLiteral("identity");
        QTest::newRow("registrar") << QByteArray(R"({"format":"sigap-sip","version":1,"identity":"sip:a@b",
            "registrar":"pbx:5060"})")
                                   << QStringLiteral("registrar");
        QTest::newRow("transport") << QByteArray(R"({"format":"sigap-sip","version":1,"identity":"sip:a@b",
            "registrar":"sip:pbx","transport":"sctp"})")
                                   << QStringLiteral("transport");
        QTest::newRow("port") << QByteArray(R"({"format":"sigap-sip","version":1,"identity":"sip:a@b",
            "registrar":"sip:pbx","local_port":70000})")
                              << QStringLiteral("local_port");
        QTest::newRow("password") << QByteArray(R"({"format":"sigap-sip","version":1,"identity":"sip:a@b",
            "registrar":"sip:pbx","user":"d1","password_file":"nowhere.txt"})")
                                  << QStringLiteral("password_file");
    }

    void configErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto parsed = SipConfig::parse(json, QStringLiteral("desk/sip.json"), m_tmp.path());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(QLatin1String("desk/sip.json")), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(parsed.error().message));
    }

    // The call rings at all three desks with one id; desk 2 answers, the other two stop
    // ringing (taken elsewhere, not abandoned); the caller's audio is in desk 2's recording.
    void callRingsEverywhereOneAnswersAndItIsRecorded()
    {
        clearSpies();
        SigapTest::Sipp caller;
        caller.start(m_tmp.path(), sipp(callWithAudio, QStringLiteral("audio.xml")), target());
        for (Desk &d : m_desks)
            QTRY_COMPARE_WITH_TIMEOUT(d.offered->size(), 1, 15000);
        const auto call = m_desks[0].offered->at(0).at(0).value<IncomingCall>();
        QVERIFY2(call.number.startsWith(QLatin1String("081234567")), qPrintable(call.number));
        QCOMPARE(call.trunk, QStringLiteral("room"));
        for (Desk &d : m_desks)
            QCOMPARE(d.offered->at(0).at(0).value<IncomingCall>().id, call.id);

        m_desks[1].source->answer(call.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[0].elsewhere->size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[2].elsewhere->size(), 1, 10000);
        QCOMPARE(m_desks[0].elsewhere->at(0).at(0).toString(), call.id);
        QCOMPARE(m_desks[1].source->activeCalls(), QStringList{call.id});

        // The caller hangs up after its audio: the call ends and its recording is complete.
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[1].ended->size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[1].recorded->size(), 1, 10000);
        QCOMPARE(caller.exitCode(), 0);
        for (const Desk &d : m_desks)
            QCOMPARE(d.abandoned->size(), 0);
        QCOMPARE(m_desks[0].ended->size() + m_desks[2].ended->size(), 0);

        const QList<QVariant> rec = m_desks[1].recorded->at(0);
        const QString path = rec.at(1).toString();
        QCOMPARE(rec.at(0).toString(), call.id);
        QVERIFY2(path.startsWith(m_desks[1].recordDir) && path.endsWith(QLatin1String(".wav")), qPrintable(path));
        QCOMPARE(rec.at(2).toByteArray(), SigapTest::fileSha256(path));
        const qint64 durationMs = rec.at(3).toLongLong();
        QVERIFY2(durationMs > 4000 && durationMs < 20000, qPrintable(QString::number(durationMs)));
        const double soxSeconds = soxStat(path, QStringLiteral("Length (seconds)"));
        QVERIFY2(qAbs(soxSeconds * 1000 - double(durationMs)) < 200,
                 qPrintable(QStringLiteral("sox %1 s, event %2 ms").arg(soxSeconds).arg(durationMs)));
        const double rms = soxStat(path, QStringLiteral("RMS     amplitude"));
        QVERIFY2(rms > 0.01, qPrintable(QStringLiteral("RMS amplitude %1: the recording is silent").arg(rms)));
        QVERIFY(m_desks[1].source->activeCalls().isEmpty());
    }

    // A caller who hangs up before anyone answers is abandoned at every desk.
    void callerWhoGivesUpIsAbandonedEverywhere()
    {
        clearSpies();
        SigapTest::Sipp caller;
        caller.start(m_tmp.path(), sipp(SigapTest::callerGivesUp, QStringLiteral("giveup.xml")), target());
        for (Desk &d : m_desks)
            QTRY_COMPARE_WITH_TIMEOUT(d.offered->size(), 1, 15000);
        const QString id = m_desks[0].offered->at(0).at(0).value<IncomingCall>().id;
        for (Desk &d : m_desks) {
            QTRY_COMPARE_WITH_TIMEOUT(d.abandoned->size(), 1, 15000);
            QCOMPARE(d.abandoned->at(0).at(0).toString(), id);
            QCOMPARE(d.elsewhere->size(), 0);
        }
        QCOMPARE(caller.exitCode(), 0);
    }

    // The desk holds the caller and takes them back; the caller's side saw both (sipp's
    // scenario insists on the two re-INVITEs), then hangs up.
    void holdAndResumeReachTheCaller()
    {
        clearSpies();
        SipCallSource &desk = *m_desks[2].source;
        QSignalSpy connectedSpy(&desk, &SipCallSource::connected);
        QSignalSpy holds(&desk, &SipCallSource::holdChanged);
        SigapTest::Sipp caller;
        caller.start(m_tmp.path(), sipp(callerPutOnHold, QStringLiteral("hold.xml")), target());
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[2].offered->size(), 1, 15000);
        const QString id = m_desks[2].offered->at(0).at(0).value<IncomingCall>().id;
        QVERIFY2(!desk.hold(id).ok(), "a ringing call cannot be held");
        desk.answer(id);
        QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, 10000);
        QVERIFY(desk.hold(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(holds.size(), 1, 10000);
        QCOMPARE(holds.at(0).at(1).toBool(), true);
        QVERIFY(desk.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(holds.size(), 2, 10000);
        QCOMPARE(holds.at(1).at(1).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[2].ended->size(), 1, 15000);
        QCOMPARE(caller.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[2].recorded->size(), 1, 10000);
    }

    // A dropped or silent call is called back from the incident: the call goes out through
    // the PBX to the caller's number, is recorded like any other, and ends when the desk
    // hangs up (not an "ended by the caller").
    void callBackReachesTheCallerAndIsRecorded()
    {
        clearSpies();
        SipCallSource &desk = *m_desks[0].source;
        QSignalSpy connectedSpy(&desk, &SipCallSource::connected);
        SigapTest::Sipp outside;
        outside.answerOn(m_tmp.path(), sipp(calledBack, QStringLiteral("calledback.xml")), m_kamailio.outsidePort);
        QVERIFY(outside.process.waitForStarted());
        auto id = desk.callBack(QStringLiteral("081299000"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, 15000);
        QCOMPARE(desk.activeCalls(), QStringList{id.value()});
        desk.hangUp(id.value());
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[0].recorded->size(), 1, 15000);
        QCOMPARE(outside.exitCode(), 0);
        const QString path = m_desks[0].recorded->at(0).at(1).toString();
        QCOMPARE(m_desks[0].recorded->at(0).at(0).toString(), id.value());
        QVERIFY2(QFile::exists(path) && !QFileInfo(path).fileName().startsWith(QLatin1String("callback-")),
                 qPrintable(path));
        QCOMPARE(m_desks[0].recorded->at(0).at(2).toByteArray(), SigapTest::fileSha256(path));
        QCOMPARE(m_desks[0].ended->size(), 0);
        for (const Desk &d : m_desks)
            QCOMPARE(d.offered->size(), 0);
    }

    // A call-back nobody takes (the line is busy) ends by itself: the desk is not left
    // "calling back" until the operator notices.
    void callBackToABusyLineEnds()
    {
        clearSpies();
        SipCallSource &desk = *m_desks[1].source;
        QSignalSpy connectedSpy(&desk, &SipCallSource::connected);
        SigapTest::Sipp outside;
        outside.answerOn(m_tmp.path(), sipp(busyWhenCalledBack, QStringLiteral("busy.xml")), m_kamailio.outsidePort);
        QVERIFY(outside.process.waitForStarted());
        auto id = desk.callBack(QStringLiteral("081299001"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[1].ended->size(), 1, 15000);
        QCOMPARE(m_desks[1].ended->at(0).at(0).toString(), id.value());
        QCOMPARE(connectedSpy.size(), 0);
        QCOMPARE(outside.exitCode(), 0);
        QVERIFY(desk.activeCalls().isEmpty());
    }

    // Blind transfer to an agency's number: the caller gets a REFER naming it, reports the
    // agency answered, and the desk lets the caller go.
    void blindTransferHandsTheCallerToTheAgency()
    {
        transferAndExpectTheDeskToLetGo(false);
    }

    // The same when the caller's NOTIFY overtakes its 202 on the way (two proxy workers): the
    // desk hears no transfer state, yet lets the caller go within its grace, not after
    // liblinphone's 30 s no-RTP timeout.
    void blindTransferEndsWhenTheNotifyOvertakesTheAccept()
    {
        transferAndExpectTheDeskToLetGo(true);
    }

    // Ten callers at once to a room of three desks: every desk sees all ten ring (none lost
    // at the proxy or the desk), and the desks take them one after another, oldest first,
    // each desk one conversation at a time, until all ten were answered and recorded.
    void tenCallersAtOnceAreAllQueuedAndAnswered()
    {
        clearSpies();
        SigapTest::Sipp callers;
        callers.start(m_tmp.path(), sipp(callWithAudio, QStringLiteral("ten.xml")), target(), 10);
        for (Desk &d : m_desks)
            QTRY_COMPARE_WITH_TIMEOUT(d.offered->size(), 10, 20000);
        QStringList queue;
        for (const QList<QVariant> &args : std::as_const(*m_desks[0].offered))
            queue << args.at(0).value<IncomingCall>().id;
        QCOMPARE(QSet<QString>(queue.begin(), queue.end()).size(), 10);
        for (Desk &d : m_desks) {
            QStringList ids;
            for (const QList<QVariant> &args : std::as_const(*d.offered))
                ids << args.at(0).value<IncomingCall>().id;
            ids.sort();
            QStringList expected = queue;
            expected.sort();
            QCOMPARE(ids, expected);
        }

        QHash<QString, int> answeredBy;
        auto takeNext = [&](int desk) {
            if (queue.isEmpty())
                return;
            const QString id = queue.takeFirst();
            answeredBy.insert(id, desk);
            m_desks[desk].source->answer(id);
        };
        for (int i = 0; i < 3; ++i) {
            connect(m_desks[i].source.get(), &CallSource::ended, this, [&takeNext, i] { takeNext(i); });
            takeNext(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            m_desks[0].recorded->size() + m_desks[1].recorded->size() + m_desks[2].recorded->size() == 10, 90000);
        for (Desk &d : m_desks)
            disconnect(d.source.get(), &CallSource::ended, this, nullptr);
        QCOMPARE(callers.exitCode(60000), 0);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_desks[i].abandoned->size(), 0);
            const int mine = int(std::count(answeredBy.cbegin(), answeredBy.cend(), i));
            QCOMPARE(m_desks[i].recorded->size(), mine);
            QCOMPARE(m_desks[i].elsewhere->size(), 10 - mine);
            QVERIFY2(mine >= 3, "each desk took its share of the queue");
        }
    }

    // Malformed INVITEs sent straight to a desk: one the parser cannot read (no Call-ID, a
    // CSeq without a number) is dropped, one with a broken SDP offer is refused with a 4xx;
    // neither rings, and the desk keeps taking calls.
    // The handset's AML position as a SIP MESSAGE reaches every desk the proxy forks it to,
    // with the sender's number, for the desk to record (Node::receiveAml).
    void amlInASipMessageReachesTheDesks()
    {
        const QString body = QStringLiteral("A\"ML=1;lt=-3.31860;lg=114.59260;rd=25;top=20261201074510;lc=68;pm=G;"
                                            "mcc=510;mnc=10;ml=");
        const QString aml = body + QString::number(body.size() + 3); // ml counts its own 3 digits
        std::vector<std::unique_ptr<QSignalSpy>> texts;
        for (Desk &d : m_desks)
            texts.push_back(std::make_unique<QSignalSpy>(d.source.get(), &SipCallSource::textReceived));
        QByteArray scenario(amlMessage);
        scenario.replace("BODY", aml.toLatin1());
        SigapTest::Sipp handset;
        handset.start(m_tmp.path(), writeFile(m_tmp.path(), QStringLiteral("aml.xml"), scenario), target());
        for (auto &spy : texts) {
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 15000);
            QCOMPARE(spy->at(0).at(0).toString(), QStringLiteral("081200000002"));
            QCOMPARE(spy->at(0).at(1).toString(), aml);
        }
        QCOMPARE(handset.exitCode(), 0);
    }

    void malformedInviteIsRefusedAndTheDeskKeepsWorking()
    {
        clearSpies();
        QUdpSocket attacker;
        QVERIFY(attacker.bind(QHostAddress::LocalHost, 0));
        const QString head = QStringLiteral("INVITE sip:room@127.0.0.1:%1 SIP/2.0\r\n"
                                            "Via: SIP/2.0/UDP 127.0.0.1:%2;branch=z9hG4bK%3\r\n"
                                            "From: <sip:bad@127.0.0.1>;tag=bad\r\n"
                                            "To: <sip:room@127.0.0.1>\r\n"
                                            "Contact: <sip:bad@127.0.0.1:%2>\r\n"
                                            "Max-Forwards: 70\r\n"
                                            "Content-Type: application/sdp\r\n");
        const QByteArray unreadable = (head.arg(m_desks[0].port).arg(attacker.localPort()).arg(QStringLiteral("bad1"))
                                       + QStringLiteral("CSeq: banana INVITE\r\nContent-Length: 9999\r\n\r\nv=0\r\n"))
                                          .toLatin1();
        const QByteArray body = "v=0\r\nm=audio banana RTP/AVP\r\nc=IN IP4\r\n";
        const QByteArray badOffer = (head.arg(m_desks[0].port).arg(attacker.localPort()).arg(QStringLiteral("bad2"))
                                     + QStringLiteral("Call-ID: bad-offer@127.0.0.1\r\nCSeq: 1 INVITE\r\n"
                                                      "Content-Length: %1\r\n\r\n")
                                           .arg(body.size()))
                                        .toLatin1()
                                    + body;
        // The unreadable one goes last: belle-sip takes a datagram whose Content-Length runs
        // past its end as the start of a message and the next datagram from the same address
        // as its rest, so it would swallow the INVITE after it (the desk still works: see below).
        attacker.writeDatagram(badOffer, QHostAddress::LocalHost, m_desks[0].port);
        attacker.writeDatagram(unreadable, QHostAddress::LocalHost, m_desks[0].port);
        // An event loop turns meanwhile: the desk's timer iterates its SIP stack. Replies to
        // the readable INVITE (a 100 Trying may come first, and CRLF keep-alives) end with a
        // final 4xx.
        QByteArray final;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                while (attacker.hasPendingDatagrams()) {
                    QByteArray reply(int(attacker.pendingDatagramSize()), '\0');
                    attacker.readDatagram(reply.data(), reply.size());
                    if (reply.startsWith("SIP/2.0 ") && !reply.startsWith("SIP/2.0 1"))
                        final = reply;
                }
                return !final.isEmpty();
            }(),
            10000);
        QVERIFY2(final.startsWith("SIP/2.0 4") && final.contains("bad-offer@127.0.0.1"), final.constData());
        QCOMPARE(m_desks[0].offered->size(), 0);

        SigapTest::Sipp caller;
        caller.start(m_tmp.path(), sipp(SigapTest::callerGivesUp, QStringLiteral("after-bad.xml")), target());
        for (Desk &d : m_desks)
            QTRY_COMPARE_WITH_TIMEOUT(d.offered->size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_desks[0].abandoned->size(), 1, 15000);
        QCOMPARE(caller.exitCode(), 0);
    }
#endif
};

QTEST_GUILESS_MAIN(tst_Sip)
#include "tst_sip.moc"
