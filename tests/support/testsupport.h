#pragma once

// Helpers shared by the suites: where the built programs are, running them as real
// processes, and waiting for a node to be ready without sleeping.

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

#include <signal.h>
#include <sys/prctl.h>

namespace SigapTest {

inline QString binDir()
{
    const QString dir = qEnvironmentVariable("SIGAP_BIN_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : dir;
}

inline QString sourceDir()
{
    return qEnvironmentVariable("SIGAP_SOURCE_DIR");
}

inline QString program(const QString &name)
{
    return binDir() + QLatin1Char('/') + name;
}

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to completion (bounded) in English, so messages can be checked; input, if
// any, is its standard input (a PIN).
inline Run runProgram(const QString &name, const QStringList &args, int timeoutMs = 120000,
                      const QByteArray &input = {})
{
    QProcess p;
    p.start(program(name), QStringList(args) << QStringLiteral("--lang") << QStringLiteral("en"));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// What a program printed with --json, as an object or an array (empty when it is not one).
inline QJsonObject jsonObject(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

inline QJsonArray jsonArray(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// Copies every file below `from` to the same place below `to`, owner-only.
inline bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

inline Run ctl(const QString &dataDir, const QStringList &args)
{
    return runProgram(QStringLiteral("sigapctl"), QStringList{QStringLiteral("--data"), dataDir} + args);
}

// sigapctl with its standard input given (a PIN), in English.
inline Run ctlWithInput(const QString &dataDir, const QStringList &args, const QByteArray &input)
{
    return runProgram(QStringLiteral("sigapctl"), QStringList{QStringLiteral("--data"), dataDir} + args, 120000, input);
}

// Runs xdotool against the X server env names (DISPLAY); true once it did what it was asked.
inline bool xdotool(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess run;
    run.setProcessEnvironment(env);
    run.start(QStandardPaths::findExecutable(QStringLiteral("xdotool")), args);
    return run.waitForFinished(60000) && run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0;
}

// Through the X server, like a keyboard: xdotool waits for the desk's window, gives it the
// focus, and F2 answers the ringing call, F3 "fire" Ctrl+Enter reports it as a fire. ("type"
// takes every argument after it as text, so the last key is a run of its own.)
inline bool answerAndReportFire(const QProcessEnvironment &env)
{
    return xdotool(env, {QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                         QStringLiteral("--name"), QStringLiteral("^Sigap 112 — "), QStringLiteral("windowfocus"),
                         QStringLiteral("--sync"), QStringLiteral("key"), QStringLiteral("F2"), QStringLiteral("F3"),
                         QStringLiteral("type"), QStringLiteral("fire")})
           && xdotool(env, {QStringLiteral("key"), QStringLiteral("ctrl+Return")});
}

// The desk's incidents as `sigapctl incident list --json` gives them, asked until there is
// one: the keys are the desk's to handle, so it is asked again (bounded), never slept on.
inline QJsonArray incidentsOnceThere(const QString &dataDir, int timeoutMs = 30000)
{
    QJsonArray incidents;
    QDeadlineTimer deadline(timeoutMs);
    while (incidents.isEmpty() && !deadline.hasExpired()) {
        const Run list = ctl(dataDir, {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")});
        incidents = QJsonDocument::fromJson(list.out.toUtf8()).array();
    }
    return incidents;
}

// A sigap-node child process. start() returns once the node has said it is ready (it
// prints its summary line after the control socket listens), or on failure.
class NodeProcess
{
public:
    explicit NodeProcess(const QString &dataDir, const QStringList &extraArgs = {})
        : m_dataDir(dataDir)
        , m_extraArgs(extraArgs)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // The node reports readiness on stderr; waitForReadyRead() waits on this channel.
        m_process.setReadChannel(QProcess::StandardError);
        // A test that aborts (a failed check's fatal error, a sanitizer's report) runs no
        // destructor: the node must not live on and slow every suite after it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    }
    ~NodeProcess() { stop(); }

    // Runs the node through another program, e.g. {"ip", "netns", "exec", "ns1"}.
    void setLauncher(const QStringList &launcher) { m_launcher = launcher; }

    bool start(int timeoutMs = 60000)
    {
        m_stderr.clear();
        QStringList command = m_launcher;
        command << program(QStringLiteral("sigap-node")) << QStringLiteral("--data") << m_dataDir
                << QStringLiteral("--lang") << QStringLiteral("en");
        command += m_extraArgs;
        m_process.start(command.takeFirst(), command);
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        QDeadlineTimer deadline(timeoutMs);
        while (!m_stderr.contains(QLatin1String("sigap-node: room "))) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired())
                return false;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        }
        return true;
    }

    // Graceful stop (SIGTERM): the node flushes and writes its snapshot.
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(60000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
        return m_process.exitCode();
    }

    void killHard()
    {
        m_process.kill(); // SIGKILL: no flush, no snapshot, no cleanup
        m_process.waitForFinished();
    }

    QString errorOutput()
    {
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return m_stderr;
    }
    QProcess &process() { return m_process; }

private:
    QString m_dataDir;
    QStringList m_extraArgs;
    QStringList m_launcher;
    QProcess m_process;
    QString m_stderr;
};

} // namespace SigapTest
