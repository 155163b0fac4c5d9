#include "streamdecoder.h"

#include "videopipe.h"

#include <QIODevice>
#include <QVideoFrame>

namespace Sigap {

StreamDecoder::StreamDecoder(QIODevice &out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
    m_player.setVideoSink(&m_sink);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (m_stopped || !frame.isValid())
            return;
        QImage picture = frame.toImage();
        if (picture.isNull())
            return;
        if (picture.width() > m_maxSize.width() || picture.height() > m_maxSize.height())
            picture = picture.scaled(m_maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_out.write(VideoPipe::pictureMessage(picture));
    });
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { stop(VideoPipe::StopKind::PlayerError, message); });
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            stop(VideoPipe::StopKind::CannotOpen, {});
        else if (status == QMediaPlayer::EndOfMedia)
            stop(VideoPipe::StopKind::Ended, {});
    });
}

// RTSP over TCP (GStreamer's rtspt:// and rtspst://): city camera networks pass through
// NAT and firewalls that drop RTP over UDP, and a lost UDP packet smears the picture; the
// TCP connection also fails fast and plainly when the camera is gone.
QUrl StreamDecoder::playableUrl(const QUrl &stream)
{
    QUrl url = stream;
    if (url.scheme() == QLatin1String("rtsp"))
        url.setScheme(QStringLiteral("rtspt"));
    else if (url.scheme() == QLatin1String("rtsps"))
        url.setScheme(QStringLiteral("rtspst"));
    return url;
}

void StreamDecoder::open(const QUrl &stream)
{
    m_password = stream.password(QUrl::FullyDecoded);
    m_player.setSource(playableUrl(stream)); // asynchronous: the answer comes as signals
    m_player.play();
}

void StreamDecoder::setMaxSize(QSize size)
{
    m_maxSize = size.boundedTo(QSize(VideoPipe::MaxWidth, VideoPipe::MaxHeight)).expandedTo(QSize(16, 16));
}

void StreamDecoder::stop(VideoPipe::StopKind kind, const QString &detail)
{
    if (m_stopped)
        return;
    m_stopped = true;
    // A player's message may quote the address it opened, password and all (a camera's
    // credentials come from the desk's store, never to be shown or logged).
    QString said = detail;
    if (!m_password.isEmpty()) {
        said.replace(m_password, QStringLiteral("***"));
        said.replace(QString::fromUtf8(QUrl::toPercentEncoding(m_password)), QStringLiteral("***"));
    }
    m_out.write(VideoPipe::stopMessage(kind, said));
    Q_EMIT stopped();
}

} // namespace Sigap
