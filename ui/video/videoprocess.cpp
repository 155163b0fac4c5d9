#include "videoprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace Sigap {

namespace {

QString stopReason(const VideoPipe::Message &message)
{
    switch (message.stopKind) {
    case VideoPipe::StopKind::CannotOpen: return VideoProcess::tr("the stream cannot be opened");
    case VideoPipe::StopKind::Ended: return VideoProcess::tr("the stream ended");
    case VideoPipe::StopKind::PlayerError: break;
    }
    return message.detail.isEmpty() ? VideoProcess::tr("the player failed") : message.detail;
}

} // namespace

VideoProcess::VideoProcess(QObject *parent)
    : QObject(parent)
{
}

VideoProcess::~VideoProcess()
{
    stop();
}

QString VideoProcess::program()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sigap-video"));
}

void VideoProcess::start(const QUrl &stream, QSize maxSize)
{
    stop();
    m_reader = VideoPipe::Reader();
    m_process = new QProcess(this);
    // Its GStreamer warnings can name the camera's address, password and all: not logged.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &VideoProcess::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tr("the video program %1 cannot be started").arg(program()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readOutput(); // a reason written just before the end
        if (!m_process)
            return;
        if (status == QProcess::CrashExit)
            finish(tr("the video process crashed (signal %1)").arg(exitCode));
        else
            finish(tr("the video process ended (exit code %1)").arg(exitCode));
    });
    m_process->start(program(), {});
    if (!m_process)
        return; // it could not start (no pipe, no fork): stopped() has said why
    setMaxSize(maxSize);
    m_process->write("open " + stream.toEncoded() + '\n');
}

void VideoProcess::setMaxSize(QSize size)
{
    if (m_process)
        m_process->write(QStringLiteral("size %1 %2\n").arg(size.width()).arg(size.height()).toLatin1());
}

qint64 VideoProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void VideoProcess::stop()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    process->kill();                // a decoder stuck in the network must not delay the desk: no polite stop
    process->waitForFinished(1000); // SIGKILL ends it at once unless the kernel holds it
    process->deleteLater();         // not now: this may run inside one of its own signals
}

void VideoProcess::readOutput()
{
    if (!m_process)
        return;
    const QProcess *reading = m_process;
    for (VideoPipe::Message &message : m_reader.feed(m_process->readAllStandardOutput())) {
        if (message.type == VideoPipe::Message::Type::Picture) {
            Q_EMIT picture(message.picture);
            if (m_process != reading)
                return; // a slot closed the tile or opened another stream
        } else {
            finish(stopReason(message));
            return;
        }
    }
    if (m_reader.failed())
        finish(tr("the video process sent something that is not a picture"));
}

// Ends this run once, whichever comes first: the process's reason, its crash, garbage.
void VideoProcess::finish(const QString &reason)
{
    if (!m_process)
        return;
    stop();
    Q_EMIT stopped(reason);
}

} // namespace Sigap
