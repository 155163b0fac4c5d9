#include "videopipe.h"

#include <QtEndian>

#include <cstring>

namespace Sigap::VideoPipe {

namespace {

constexpr int HeaderBytes = 4;
constexpr char PictureType = 'F';
constexpr char StopType = 'E';
constexpr qsizetype MaxMessageBytes = 1 + 4 + qsizetype(MaxWidth) * MaxHeight * 4;

QByteArray framed(char type, const QByteArray &payload)
{
    QByteArray message(HeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size() + 1), message.data());
    message.append(type);
    message.append(payload);
    return message;
}

} // namespace

QByteArray pictureMessage(const QImage &picture)
{
    QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
    if (rgb.width() > MaxWidth || rgb.height() > MaxHeight)
        rgb = rgb.scaled(MaxWidth, MaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray payload(4, Qt::Uninitialized);
    qToBigEndian<quint16>(quint16(rgb.width()), payload.data());
    qToBigEndian<quint16>(quint16(rgb.height()), payload.data() + 2);
    payload.reserve(4 + qsizetype(rgb.width()) * rgb.height() * 4);
    for (int y = 0; y < rgb.height(); ++y) // row by row: a QImage's rows may be padded
        payload.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), qsizetype(rgb.width()) * 4);
    return framed(PictureType, payload);
}

QByteArray stopMessage(StopKind kind, const QString &detail)
{
    return framed(StopType, char(kind) + detail.toUtf8().left(MaxTextBytes));
}

std::vector<Message> Reader::feed(const QByteArray &bytes)
{
    std::vector<Message> messages;
    if (m_failed)
        return messages;
    m_buffer.append(bytes);
    qsizetype at = 0;
    while (m_buffer.size() - at >= HeaderBytes) {
        const qsizetype length = qFromBigEndian<quint32>(m_buffer.constData() + at);
        if (length < 1 || length > MaxMessageBytes) {
            m_failed = true;
            break;
        }
        if (m_buffer.size() - at - HeaderBytes < length)
            break; // the rest is still on its way
        const char *body = m_buffer.constData() + at + HeaderBytes;
        const char type = body[0];
        const QByteArrayView payload(body + 1, length - 1);
        if (type == StopType && payload.size() >= 1 && payload.size() <= 1 + MaxTextBytes
            && quint8(payload[0]) >= quint8(StopKind::PlayerError) && quint8(payload[0]) <= quint8(StopKind::Ended)) {
            messages.push_back(
                {Message::Type::Stopped, {}, StopKind(quint8(payload[0])), QString::fromUtf8(payload.sliced(1))});
        } else if (type == PictureType && payload.size() >= 4) {
            const int width = qFromBigEndian<quint16>(payload.data());
            const int height = qFromBigEndian<quint16>(payload.data() + 2);
            if (width < 1 || height < 1 || width > MaxWidth || height > MaxHeight
                || payload.size() != 4 + qsizetype(width) * height * 4) {
                m_failed = true;
                break;
            }
            QImage picture(width, height, QImage::Format_RGB32);
            for (int y = 0; y < height; ++y)
                std::memcpy(picture.scanLine(y), payload.data() + 4 + qsizetype(y) * width * 4, size_t(width) * 4);
            messages.push_back({Message::Type::Picture, std::move(picture), StopKind::PlayerError, {}});
        } else {
            m_failed = true;
            break;
        }
        at += HeaderBytes + length;
    }
    m_buffer.remove(0, at);
    if (m_failed)
        m_buffer.clear();
    return messages;
}

} // namespace Sigap::VideoPipe
