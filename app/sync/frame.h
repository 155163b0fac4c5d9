#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace Sigap {

// One unit of the LAN sync protocol: a CBOR map whose "t" names its type, sent as a 4-byte
// big-endian length followed by that many bytes. The codec is pure (no sockets, no store),
// so it can be tested and fuzzed on its own.
struct Frame
{
    QString type;
    QCborMap body;  // the whole map, "t" included (only "t" when eventsDeferred)
    QByteArray raw; // the frame exactly as received (prefix included), for relaying
    // An "events" frame, recognised by the fixed start every desk writes it with, is not
    // decoded here: it is most of a catch-up's bytes, and SyncMessages::decodeEvents reads
    // its events straight from raw, checking every byte of it.
    bool eventsDeferred = false;

    static QByteArray encode(const QCborMap &body);
    enum class Events { Defer, Decode };
    // Decodes one frame body (without the length prefix).
    static Result<Frame> decodeBody(const QByteArray &body, Events events = Events::Defer);
    // The bytes an "events" frame starts with, up to its list of events.
    static QByteArrayView eventsPrefix();
};

// Cuts a byte stream into frames. A declared length over the limit, bytes that are not one
// CBOR map, or a map without a type are errors (for a deferred "events" frame, found by
// decodeEvents): the stream cannot be trusted afterwards and
// the session that owns it closes.
class FrameDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::FrameDecoder)

public:
    // 8 MiB: a catch-up frame of 1,000 events is about 0.5 MiB; the limit stops a peer from
    // making a desk allocate gigabytes with four bytes.
    static constexpr qsizetype MaxFrameBytes = 8 * 1024 * 1024;

    explicit FrameDecoder(qsizetype maxFrameBytes = MaxFrameBytes)
        : m_maxFrameBytes(maxFrameBytes)
    {
    }

    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next whole frame; nothing while more bytes are needed; an error when the stream
    // is malformed (after an error, the decoder returns the same error again).
    std::optional<Result<Frame>> next();
    // The same, from a device (a socket). A frame already whole in the device's own buffer
    // is read from it in one piece, its bytes copied once; reading everything into a buffer
    // of our own and cutting frames out of it copied a catch-up's 26 MB three more times.
    // A part of a frame is moved into our buffer, so the device is emptied whenever nothing
    // whole is left. Bytes fed before are used up first.
    std::optional<Result<Frame>> next(QIODevice &device);
    qsizetype buffered() const { return m_buffer.size() - m_at; }

private:
    std::optional<Result<Frame>> refuseLength(qsizetype length);
    Result<Frame> take(QByteArray raw);

    QByteArray m_buffer;
    qsizetype m_at = 0;
    qsizetype m_maxFrameBytes;
    std::optional<Error> m_error;
};

} // namespace Sigap
