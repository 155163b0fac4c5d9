#pragma once

// Real SIP peers for the telephony suites: kamailio as the room's registrar (a configuration
// the test writes, on loopback) and sipp as callers. Each says what is missing so a suite can
// skip with a clear message where the packages are not installed.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <unistd.h>

namespace SigapTest {

inline QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

// A UDP port free at the time of asking, on loopback.
inline quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

// The room's registrar: desks register the room's AOR (room@127.0.0.1), each with its own
// contact, and a call to it forks in parallel to every contact. When one desk answers, tm
// cancels the other branches with "Reason: SIP;cause=200" (RFC 3326), so they know the call
// was taken elsewhere. The desks' 180 Ringing stay at the proxy: sipp scenarios cannot absorb
// one per branch, and the caller hears ringing from its own network anyway.
class Kamailio
{
public:
    ~Kamailio() { stop(); }

    quint16 port = 0;
    // Numbers outside the room (0...: callers, agencies) go to this port, where a sipp plays
    // the outside world; 0: nowhere (404).
    quint16 outsidePort = 0;

    // Returns an empty string once kamailio answers OPTIONS, otherwise what went wrong.
    QString start(const QString &dir)
    {
        const QString binary = findTool(QStringLiteral("kamailio"));
        if (binary.isEmpty())
            return QStringLiteral("kamailio is not installed (apt-get install kamailio)");
        port = freeUdpPort();
        const QString cfg = QDir(dir).filePath(QStringLiteral("kamailio.cfg"));
        QFile f(cfg);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + cfg;
        f.write(config(port, outsidePort));
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(QDir(dir).filePath(QStringLiteral("kamailio.log")));
        // A process group of its own: kamailio's worker processes go with it on stop().
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_process.start(binary,
                        {QStringLiteral("-f"), cfg, QStringLiteral("-DD"), QStringLiteral("-E"), QStringLiteral("-m"),
                         QStringLiteral("64"), QStringLiteral("-M"), QStringLiteral("8"), QStringLiteral("-Y"), dir,
                         QStringLiteral("-P"), QDir(dir).filePath(QStringLiteral("kamailio.pid"))});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("kamailio did not start: ") + m_process.errorString();
        // Ready when it answers an OPTIONS ping (bounded: 20 s).
        QUdpSocket ping;
        ping.bind(QHostAddress::LocalHost, 0);
        const QByteArray options = QStringLiteral("OPTIONS sip:ping@127.0.0.1:%1 SIP/2.0\r\n"
                                                  "Via: SIP/2.0/UDP 127.0.0.1:%2;branch=z9hG4bKping%3\r\n"
                                                  "From: <sip:probe@127.0.0.1>;tag=probe\r\n"
                                                  "To: <sip:ping@127.0.0.1>\r\nCall-ID: ping-%2\r\nCSeq: 1 OPTIONS\r\n"
                                                  "Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
                                       .arg(port)
                                       .arg(ping.localPort())
                                       .arg(port)
                                       .toLatin1();
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("kamailio exited; see ") + QDir(dir).filePath(QStringLiteral("kamailio.log"));
            ping.writeDatagram(options, QHostAddress::LocalHost, port);
            if (ping.waitForReadyRead(250) && ping.hasPendingDatagrams())
                return {};
        }
        return QStringLiteral("kamailio did not answer OPTIONS on 127.0.0.1:%1 within 20 s").arg(port);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        const pid_t group = pid_t(m_process.processId());
        ::kill(-group, SIGTERM);
        if (!m_process.waitForFinished(10000)) {
            ::kill(-group, SIGKILL);
            m_process.waitForFinished();
        }
        ::kill(-group, SIGKILL); // workers that outlived their main process
    }

private:
    static QByteArray config(quint16 port, quint16 outsidePort)
    {
        const QString outside = outsidePort == 0 ? QString()
                                                 : QStringLiteral("    if ($rU =~ \"^0[0-9]+$\") { $du = "
                                                                  "\"sip:127.0.0.1:%1\"; t_relay(); exit; }\n")
                                                       .arg(outsidePort);
        return QStringLiteral(R"(#!KAMAILIO
debug=2
log_stderror=yes
children=2
auto_aliases=no
listen=udp:127.0.0.1:%1
alias="127.0.0.1:%1"
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "sanity.so"
loadmodule "xlog.so"
modparam("usrloc", "db_mode", 0)
modparam("registrar", "append_branches", 1)
modparam("registrar", "max_contacts", 16)
modparam("registrar", "gruu_enabled", 0)
modparam("tm", "fr_inv_timer", 120000)

request_route {
    if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
    if (!sanity_check("17895", "7")) { xlog("L_WARN", "malformed $rm from $si:$sp dropped\n"); exit; }
    if (is_method("OPTIONS") && $rU == "ping") { sl_send_reply("200", "OK"); exit; }
    if (has_totag()) {
        if (loose_route()) { t_relay(); exit; }
        if (is_method("ACK")) { if (t_check_trans()) t_relay(); exit; }
        sl_send_reply("404", "Not here");
        exit;
    }
    if (is_method("CANCEL")) { if (t_check_trans()) t_relay(); exit; }
    if (is_method("REGISTER")) { save("location"); exit; }
    if (is_method("INVITE")) record_route();
%2    if (!lookup("location")) { sl_send_reply("404", "Not Found"); exit; }
    t_on_reply("RINGING");
    t_relay();
}

onreply_route[RINGING] {
    if (t_check_status("18[0-9]")) drop;
}
)")
            .arg(port)
            .arg(outside)
            .toLatin1();
    }

    QProcess m_process;
};

// sipp placing calls from a scenario file to the registrar; finished() when they are done.
class Sipp
{
public:
    ~Sipp()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }

    static QString missing()
    {
        return findTool(QStringLiteral("sipp")).isEmpty()
                   ? QStringLiteral("sipp is not installed (apt-get install sip-tester)")
                   : QString();
    }

    // calls: how many, all at once (-l calls -r calls per second).
    void start(const QString &dir, const QString &scenario, const QString &target, int calls = 1)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(dir);
        process.setStandardOutputFile(QDir(dir).filePath(QFileInfo(scenario).baseName() + QStringLiteral(".sipp.log")));
        process.start(findTool(QStringLiteral("sipp")),
                      {target,
                       QStringLiteral("-sf"),
                       scenario,
                       QStringLiteral("-s"),
                       QStringLiteral("room"),
                       QStringLiteral("-i"),
                       QStringLiteral("127.0.0.1"),
                       QStringLiteral("-p"),
                       QString::number(freeUdpPort()),
                       QStringLiteral("-m"),
                       QString::number(calls),
                       QStringLiteral("-l"),
                       QString::number(calls),
                       QStringLiteral("-r"),
                       QString::number(calls),
                       QStringLiteral("-timeout"),
                       QStringLiteral("90s"),
                       QStringLiteral("-nostdin"),
                       QStringLiteral("-trace_err"),
                       QStringLiteral("-trace_msg"),
                       QStringLiteral("-error_file"),
                       QDir(dir).filePath(QFileInfo(scenario).baseName() + QStringLiteral(".errors.log"))});
    }

    // A sipp answering one call on port (the outside world: a caller called back, an agency).
    void answerOn(const QString &dir, const QString &scenario, quint16 port)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(dir);
        process.setStandardOutputFile(QDir(dir).filePath(QFileInfo(scenario).baseName() + QStringLiteral(".sipp.log")));
        process.start(findTool(QStringLiteral("sipp")),
                      {QStringLiteral("-sf"), scenario, QStringLiteral("-i"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("-p"), QString::number(port), QStringLiteral("-m"), QStringLiteral("1"),
                       QStringLiteral("-timeout"), QStringLiteral("90s"), QStringLiteral("-nostdin"),
                       QStringLiteral("-trace_err"), QStringLiteral("-trace_msg")});
    }

    // sipp's exit code once it is done (0: every call went as its scenario says), -1 if it is
    // still running after timeoutMs or crashed.
    // The event loop keeps turning meanwhile (QProcess::waitForFinished() would stop it): the
    // desks in this process must go on answering sipp.
    int exitCode(int timeoutMs = 30000)
    {
        if (!QTest::qWaitFor([this] { return process.state() == QProcess::NotRunning; }, timeoutMs))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QProcess process;
};

} // namespace SigapTest
