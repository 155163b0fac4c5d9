#pragma once

// Real camera streams for the video tests and benchmarks: tests/support/camera-streams.py
// (a GStreamer test picture over RTSP and HLS) as a child process, with its URLs once it
// says READY. Debian's python3 is used, where python3-gi lives.

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>

namespace SigapTest {

const QString python = QStringLiteral("/usr/bin/python3");

// The stream server as a child process; its URLs once it says READY.
class StreamServer
{
public:
    // Why the server cannot run here (to skip with), or nothing.
    static QString missingTools()
    {
        QProcess check;
        check.start(python, {QStringLiteral("-c"), QStringLiteral("import gi; gi.require_version('Gst', '1.0'); "
                                                                  "gi.require_version('GstRtspServer', '1.0')")});
        if (!check.waitForFinished(60000) || check.exitCode() != 0)
            return QStringLiteral("python3-gi with GStreamer's RTSP server is not installed (apt-get install "
                                  "python3-gi gir1.2-gst-rtsp-server-1.0); ./run tests installs it");
        return {};
    }

    // sourceDir: the project's source folder, where tests/support/camera-streams.py is. With a
    // user and password, `locked` is an RTSP stream that plays only with them (they reach the
    // server through its environment, not its command line).
    QString start(const QString &sourceDir, const QString &lockedUser = {}, const QString &lockedPassword = {})
    {
        if (const QString missing = missingTools(); !missing.isEmpty())
            return missing;
        if (!lockedUser.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SIGAP_TEST_RTSP_USER"), lockedUser);
            env.insert(QStringLiteral("SIGAP_TEST_RTSP_PASSWORD"), lockedPassword);
            m_process.setProcessEnvironment(env);
        }
        m_process.start(python, {sourceDir + QStringLiteral("/tests/support/camera-streams.py")});
        QDeadlineTimer deadline(60000);
        QByteArray out;
        while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(1000);
            out += m_process.readAllStandardOutput();
        }
        const QList<QByteArray> words = out.trimmed().split(' ');
        if (words.size() != (lockedUser.isEmpty() ? 3 : 4) || words.at(0) != "READY")
            return QStringLiteral("the stream server did not start: ")
                   + QString::fromLocal8Bit(out + m_process.readAllStandardError());
        rtsp = QString::fromLatin1(words.at(1));
        hls = QString::fromLatin1(words.at(2));
        locked = words.size() > 3 ? QString::fromLatin1(words.at(3)) : QString();
        return {};
    }
    void stop()
    {
        m_process.closeWriteChannel(); // the server ends when its stdin closes
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    ~StreamServer() { stop(); }

    QString rtsp;
    QString hls;
    QString locked;

private:
    QProcess m_process;
};

} // namespace SigapTest
