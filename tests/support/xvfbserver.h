#pragma once

// A real X server for the tests that need one: Xvfb on a display it picks itself
// (-displayfd), kept for the whole suite. -noreset keeps the RandR monitors a test sets up
// when a short-lived client such as xrandr disconnects (by default the server resets when
// its last client leaves, and forgets them).

#include <QDeadlineTimer>
#include <QProcess>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace SigapTest {

class XvfbServer
{
public:
    ~XvfbServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }

    // Starts the server; returns why it could not (empty when it runs).
    QString start(const QSize &size)
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            return QStringLiteral("Xvfb is not installed (apt-get install xvfb); ./run tests installs it");
        m_process.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                               QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(size.width()).arg(size.height()),
                               QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-noreset")});
        if (!m_process.waitForStarted(30000))
            return QStringLiteral("Xvfb did not start: ") + m_process.errorString();
        QDeadlineTimer deadline(30000);
        QByteArray out;
        while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(1000);
            out += m_process.readAllStandardOutput();
        }
        if (!out.contains('\n'))
            return QStringLiteral("Xvfb did not report its display: ")
                   + QString::fromLocal8Bit(m_process.readAllStandardError());
        m_display = QLatin1Char(':') + QString::fromLatin1(out.trimmed());
        return {};
    }

    QString display() const { return m_display; }

    // Runs xrandr on this display; returns its error output when it fails.
    QString xrandr(const QStringList &args) const
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("xrandr"));
        if (tool.isEmpty())
            return QStringLiteral("xrandr is not installed (apt-get install x11-xserver-utils)");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        p.setProcessEnvironment(env);
        p.start(tool, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("xrandr %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }

private:
    QProcess m_process;
    QString m_display;
};

} // namespace SigapTest
