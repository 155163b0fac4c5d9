#include "frame.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace Sigap {

namespace {
constexpr qsizetype PrefixBytes = 4;
}

QByteArray Frame::encode(const QCborMap &body)
{
    const QByteArray cbor = body.toCborValue().toCbor();
    QByteArray out(PrefixBytes, Qt::Uninitialized);
    qToBigEndian(quint32(cbor.size()), out.data());
    out.append(cbor);
    return out;
}

QByteArrayView Frame::eventsPrefix()
{
    // {"t": "events", "events": ...} with its keys in that order, as encodeEvents() and the
    // sender's StoredEvents write it.
    static const char prefix[] = "\xa2"
                                 "\x61"
                                 "t"
                                 "\x66"
                                 "events"
                                 "\x66"
                                 "events";
    return QByteArrayView(prefix, sizeof prefix - 1);
}

Result<Frame> Frame::decodeBody(const QByteArray &body, Events events)
{
    if (events == Events::Defer && QByteArrayView(body).startsWith(eventsPrefix())) {
        Frame frame;
        frame.type = QStringLiteral("events");
        frame.body.insert(QStringLiteral("t"), frame.type);
        frame.eventsDeferred = true;
        return frame;
    }
    QCborStreamReader reader(body);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return makeError(QStringLiteral("frame.cbor"),
                         FrameDecoder::tr("the frame is not valid CBOR (%1)").arg(reader.lastError().toString()));
    if (reader.currentOffset() != body.size())
        return makeError(
            QStringLiteral("frame.cbor"),
            FrameDecoder::tr("the frame has %1 bytes after its CBOR value").arg(body.size() - reader.currentOffset()));
    if (!value.isMap())
        return makeError(QStringLiteral("frame.shape"), FrameDecoder::tr("the frame is not a CBOR map"));
    Frame frame;
    frame.body = value.toMap();
    const QCborValue type = frame.body.value(QStringLiteral("t"));
    if (!type.isString() || type.toString().isEmpty())
        return makeError(QStringLiteral("frame.shape"), FrameDecoder::tr("the frame has no type (\"t\")"));
    frame.type = type.toString();
    return frame;
}

std::optional<Result<Frame>> FrameDecoder::next()
{
    if (m_error)
        return Result<Frame>(*m_error);
    if (buffered() < PrefixBytes)
        return std::nullopt;
    const qsizetype length = qFromBigEndian<quint32>(m_buffer.constData() + m_at);
    if (length > m_maxFrameBytes)
        return refuseLength(length);
    if (buffered() < PrefixBytes + length)
        return std::nullopt;

    QByteArray raw = m_buffer.mid(m_at, PrefixBytes + length);
    m_at += PrefixBytes + length;
    // Drop consumed bytes once they are most of the buffer, so a long session does not grow it.
    if (m_at > 64 * 1024 && m_at * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_at);
        m_at = 0;
    }
    return take(std::move(raw));
}

std::optional<Result<Frame>> FrameDecoder::next(QIODevice &device)
{
    if (m_error)
        return Result<Frame>(*m_error);
    if (buffered() == 0) {
        // A whole frame waiting in the device's buffer is read in one piece.
        char prefix[PrefixBytes];
        if (device.peek(prefix, PrefixBytes) == PrefixBytes) {
            const qsizetype length = qFromBigEndian<quint32>(prefix);
            if (length > m_maxFrameBytes)
                return refuseLength(length);
            if (device.bytesAvailable() >= PrefixBytes + length) {
                QByteArray raw = device.read(PrefixBytes + length);
                if (raw.size() == PrefixBytes + length)
                    return take(std::move(raw));
                feed(raw); // the device failed; what it gave is kept
            }
        }
    }
    // Anything less than a whole frame is taken into our own buffer, so the device is always
    // emptied when no whole frame is left: a socket then reads (and decrypts) what follows,
    // and a session does not come back for bytes that cannot make a frame yet.
    if (auto frame = next())
        return frame;
    if (device.bytesAvailable() <= 0)
        return std::nullopt;
    feed(device.readAll());
    return next();
}

std::optional<Result<Frame>> FrameDecoder::refuseLength(qsizetype length)
{
    m_error = makeError(QStringLiteral("frame.size"),
                        tr("a frame of %1 bytes was announced; the limit is %2").arg(length).arg(m_maxFrameBytes));
    return Result<Frame>(*m_error);
}

Result<Frame> FrameDecoder::take(QByteArray raw)
{
    // Read in place: a catch-up's frames are megabytes, and `raw` outlives the call.
    auto frame = Frame::decodeBody(QByteArray::fromRawData(raw.constData() + PrefixBytes, raw.size() - PrefixBytes));
    if (!frame) {
        m_error = frame.error();
        return Result<Frame>(*m_error);
    }
    frame.value().raw = std::move(raw);
    return frame;
}

} // namespace Sigap
