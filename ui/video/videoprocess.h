#pragma once

#include "videopipe.h"

#include <QObject>
#include <QSize>
#include <QUrl>

class QProcess;

namespace Sigap {

// One camera stream decoded in a child process, sigap-video (beside the desk's own program),
// so that a decoder that crashes — GStreamer's HLS source did, now and then, on teardown —
// takes that process down and not the operator's window. The desk sends the stream's address
// on the child's standard input (not on its command line, where any local user could read a
// camera's password) and reads pictures from its standard output.
class VideoProcess : public QObject
{
    Q_OBJECT

public:
    explicit VideoProcess(QObject *parent = nullptr);
    ~VideoProcess() override;

    void start(const QUrl &stream, QSize maxSize); // stops the one before
    void stop();
    void setMaxSize(QSize size);
    qint64 processId() const; // 0 when none runs

    static QString program();

Q_SIGNALS:
    void picture(const QImage &picture);
    // The stream stopped or the process went away; `reason` is for the operator.
    void stopped(const QString &reason);

private:
    void readOutput();
    void finish(const QString &reason);

    QProcess *m_process = nullptr;
    VideoPipe::Reader m_reader;
};

} // namespace Sigap
