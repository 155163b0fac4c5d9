// End to end over SIP: the real sigap window under Xvfb, registered with kamailio through
// --sip; a sipp caller's call rings in it, F2 answers it, F3 "fire" Ctrl+Enter makes the
// incident and closes the call (the desk hangs up), and the conversation is recorded in the
// desk's data folder. A second caller gives up while it rings, and the call-taking KPI
// counts both calls.
#include "sipscenarios.h"
#include "sipsupport.h"
#include "testsupport.h"
#include "xvfbserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SigapTest;

namespace {
// Answered, the caller talks (G.711 audio) until the desk hangs up.
const QByteArray caller = callerScenario("caller reporting a fire", "081234567890", "fire", R"(  <label id="1"/>
  <recv response="100" optional="true" next="1"/>
  <recv response="200" rrs="true" timeout="60000"/>
  <send><![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:081234567890@[local_ip]:[local_port]>;tag=[pid]fire
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
]]></send>
  <nop><action><exec play_pcap_audio="/usr/share/sip-tester/g711a.pcap"/></action></nop>
  <recv request="BYE" timeout="60000"/>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_Record-Route:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0
]]></send>
)");
} // namespace

class tst_SipE2E : public QObject
{
    Q_OBJECT

    XvfbServer m_xvfb;
    QTemporaryDir m_tmp;
    Kamailio m_kamailio;

    // Reads the desk's stderr until it holds text (bounded).
    static bool waitForLog(QProcess &desk, QString &log, const QString &text, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!log.contains(text)) {
            if (desk.state() != QProcess::Running || deadline.hasExpired())
                return false;
            desk.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            log += QString::fromUtf8(desk.readAllStandardError());
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef SIGAP_WITH_SIP
        QSKIP("built without SIGAP_WITH_SIP (liblinphone-dev not found at configure time)");
#endif
        if (const QString missing = Sipp::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (findTool(QStringLiteral("kamailio")).isEmpty())
            QSKIP("kamailio is not installed (apt-get install kamailio)");
        if (findTool(QStringLiteral("xdotool")).isEmpty())
            QSKIP("xdotool is not installed (apt-get install xdotool); ./run tests installs it");
        if (const QString problem = m_xvfb.start(QSize(1280, 800)); !problem.isEmpty())
            QSKIP(qPrintable(problem));
        const QString problem = m_kamailio.start(m_tmp.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void sipCallIsAnsweredByKeyInTheRealWindow()
    {
        const QString data = m_tmp.filePath(QStringLiteral("desk"));
        QDir().mkpath(data);
        const QString sipJson = QDir(data).filePath(QStringLiteral("sip.json"));
        QFile f(sipJson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format": "sigap-sip", "version": 1, "identity": "sip:room@127.0.0.1",
                                   "registrar": "sip:127.0.0.1:%1"})")
                    .arg(m_kamailio.port)
                    .toUtf8());
        f.close();

        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_xvfb.display());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sigap.sip.info=true"));
        desk.setProcessEnvironment(env);
        desk.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on the log
        desk.start(program(QStringLiteral("sigap")), {QStringLiteral("--data"), data, QStringLiteral("--sip"), sipJson,
                                                      QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(desk.waitForStarted());
        QString log;
        QVERIFY2(waitForLog(desk, log, QStringLiteral("registered:"), 60000), qPrintable(log));

        // Each caller is a sipp process playing its scenario against kamailio.
        auto call = [this](Sipp &sipp, const QByteArray &scenario, const QString &name) {
            QFile file(m_tmp.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(scenario) > 0);
            file.close();
            sipp.start(m_tmp.path(), file.fileName(), QStringLiteral("127.0.0.1:%1").arg(m_kamailio.port));
        };
        Sipp sipp;
        call(sipp, caller, QStringLiteral("fire.xml"));
        QVERIFY2(waitForLog(desk, log, QStringLiteral("rings"), 30000), qPrintable(log));

        QVERIFY(answerAndReportFire(env));
        const QJsonArray incidents = incidentsOnceThere(data);
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents.first().toObject();
        QCOMPARE(incident.value(QLatin1String("category")).toString(), QStringLiteral("kebakaran"));
        QCOMPARE(incident.value(QLatin1String("caller")).toString(), QStringLiteral("081234567890"));

        // The incident closed the call: the desk hung up (sipp's call went as scripted:
        // answered, then the desk's BYE), and the conversation is recorded in its data folder.
        QCOMPARE(sipp.exitCode(60000), 0);
        const QDir recordings(QDir(data).filePath(QStringLiteral("recordings")));
        QTRY_COMPARE_WITH_TIMEOUT(recordings.entryList({QStringLiteral("*.wav")}, QDir::Files).size(), 1, 15000);

        // A second caller gives up while it rings. The queue statistics of the call taking
        // KPI (NENA: 90 % answered within 15 s) count both SIP calls: one answered, one
        // abandoned after about 3 s of waiting.
        Sipp givesUp;
        call(givesUp, callerGivesUp, QStringLiteral("giveup.xml"));
        QCOMPARE(givesUp.exitCode(60000), 0);
        QJsonObject calls;
        QDeadlineTimer counted(30000);
        while (calls.value(QLatin1String("abandoned")).toInt() < 1 && !counted.hasExpired()) {
            const Run kpi = ctl(data, {QStringLiteral("kpi"), QStringLiteral("--json")});
            calls = QJsonDocument::fromJson(kpi.out.toUtf8()).object().value(QLatin1String("calls")).toObject();
        }
        QCOMPARE(calls.value(QLatin1String("offered")).toInt(), 2);
        QCOMPARE(calls.value(QLatin1String("answered")).toInt(), 1);
        QCOMPARE(calls.value(QLatin1String("abandoned")).toInt(), 1);
        const qint64 waited = calls.value(QLatin1String("abandoned_wait_p50_ms")).toInteger();
        QVERIFY2(waited >= 2500 && waited < 10000, qPrintable(QString::number(waited)));
        QCOMPARE(calls.value(QLatin1String("answered_within_target")).toInt(), 1); // answered by key at once

        desk.terminate();
        QVERIFY(desk.waitForFinished(60000));
        QCOMPARE(desk.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SipE2E)
#include "tst_sip_e2e.moc"
