#pragma once

#include "videopipe.h"

#include <QMediaPlayer>
#include <QObject>
#include <QSize>
#include <QVideoSink>

class QIODevice;

namespace Sigap {

// The video process's side of a camera tile (sigap-video): plays one stream with Qt
// Multimedia into a QVideoSink and writes each picture, scaled to fit the tile, to `out` as
// VideoPipe messages. When the stream cannot be opened, ends or fails, it writes why and
// emits stopped(); the process then ends and the desk decides when to try again.
class StreamDecoder : public QObject
{
    Q_OBJECT

public:
    explicit StreamDecoder(QIODevice &out, QObject *parent = nullptr);

    void open(const QUrl &stream);
    void setMaxSize(QSize size); // the tile's size in device pixels; pictures are scaled to fit

    static QUrl playableUrl(const QUrl &stream);

Q_SIGNALS:
    void stopped();

private:
    void stop(VideoPipe::StopKind kind, const QString &detail);

    QIODevice &m_out;
    QMediaPlayer m_player;
    QVideoSink m_sink;
    QSize m_maxSize{640, 360};
    bool m_stopped = false;
    QString m_password; // of the stream's address: taken out of every error reported
};

} // namespace Sigap
