#include "eventsframereader.h"

#include "domain/canonicalcbor.h"
#include "frame.h"

#include <QCborMap>
#include <QCborValue>

#include <algorithm>
#include <cstring>
#include <limits>

namespace Sigap {

namespace {

// A bounds-checked cursor over the frame; every read either succeeds inside the bytes or
// fails, and a failure ends the fast reading.
class Cursor
{
public:
    explicit Cursor(QByteArrayView bytes)
        : m_at(reinterpret_cast<const uchar *>(bytes.data()))
        , m_end(m_at + bytes.size())
    {
    }

    bool atEnd() const { return m_at == m_end; }
    qsizetype left() const { return m_end - m_at; }
    const char *position() const { return reinterpret_cast<const char *>(m_at); }

    // The head of a definite item of the given major type (any head length, as any CBOR
    // decoder accepts).
    bool head(int majorType, quint64 &value)
    {
        if (m_at == m_end || (*m_at >> 5) != majorType)
            return false;
        const int info = *m_at & 0x1f;
        if (info < 24) {
            value = quint64(info);
            ++m_at;
            return true;
        }
        if (info > 27)
            return false;
        const qsizetype extra = qsizetype(1) << (info - 24);
        if (left() < 1 + extra)
            return false;
        value = 0;
        for (qsizetype i = 1; i <= extra; ++i)
            value = (value << 8) | m_at[i];
        m_at += 1 + extra;
        return true;
    }

    bool integer(qint64 &value)
    {
        quint64 raw = 0;
        if (!head(0, raw) || raw > quint64(std::numeric_limits<qint64>::max()))
            return false;
        value = qint64(raw);
        return true;
    }

    bool string(int majorType, QByteArrayView &out)
    {
        quint64 length = 0;
        if (!head(majorType, length) || length > quint64(left()))
            return false;
        out = QByteArrayView(position(), qsizetype(length));
        m_at += length;
        return majorType != 3 || CborBytes::isValidUtf8(out);
    }

    // The exact bytes of an encoded key.
    bool key(QByteArrayView encoded)
    {
        if (left() < encoded.size() || memcmp(m_at, encoded.data(), size_t(encoded.size())) != 0)
            return false;
        m_at += encoded.size();
        return true;
    }

    bool canonicalMap(QByteArrayView &out)
    {
        if (m_at == m_end || (*m_at >> 5) != 5)
            return false;
        const qsizetype length = CborBytes::canonicalItemLength(QByteArrayView(position(), left()));
        if (length < 0)
            return false;
        out = QByteArrayView(position(), length);
        m_at += length;
        return true;
    }

private:
    const uchar *m_at;
    const uchar *m_end;
};

// Events of one frame mostly share their origin, room, role and kind: an equal text reuses
// the last QString (implicitly shared) instead of allocating another.
class TextCache
{
public:
    const QString &of(QByteArrayView utf8)
    {
        if (!m_valid || utf8 != QByteArrayView(m_utf8)) {
            m_utf8 = utf8.toByteArray();
            m_text = QString::fromUtf8(utf8);
            m_valid = true;
        }
        return m_text;
    }

private:
    QByteArray m_utf8;
    QString m_text;
    bool m_valid = false;
};

// Event::toCbor()'s keys, each as an encoded CBOR text item.
struct Keys
{
    QByteArray v, origin, seq, hlc, room, actor, role, kind, kv, subject, payload, prev, hash, key, sig;

    static const Keys &get()
    {
        static const Keys keys = [] {
            auto text = [](const char *k) {
                QByteArray item;
                CborBytes::appendText(item, QByteArrayView(k));
                return item;
            };
            return Keys{text("v"),       text("origin"), text("seq"),  text("hlc"), text("room"),
                        text("actor"),   text("role"),   text("kind"), text("kv"),  text("subject"),
                        text("payload"), text("prev"),   text("hash"), text("key"), text("sig")};
        }();
        return keys;
    }
};

struct Caches
{
    TextCache origin, room, actor, role, kind, subject;
};

// One event; false when anything is not in the plain form (the general decoder then says what).
bool readEvent(Cursor &in, const Keys &keys, Caches &caches, ReceivedEvent &out)
{
    quint64 fields = 0;
    if (!in.head(5, fields) || (fields != 13 && fields != 15))
        return false;
    Event &e = out.event;
    qint64 envelope = 0;
    qint64 kindVersion = 0;
    QByteArrayView origin, room, actor, role, kind, subject, payload, prevHash, hash;
    const bool read = in.key(keys.v) && in.integer(envelope) && in.key(keys.origin) && in.string(3, origin)
                      && in.key(keys.seq) && in.integer(e.seq) && in.key(keys.hlc) && in.integer(e.hlc)
                      && in.key(keys.room) && in.string(3, room) && in.key(keys.actor) && in.string(3, actor)
                      && in.key(keys.role) && in.string(3, role) && in.key(keys.kind) && in.string(3, kind)
                      && in.key(keys.kv) && in.integer(kindVersion) && in.key(keys.subject) && in.string(3, subject)
                      && in.key(keys.payload) && in.canonicalMap(payload) && in.key(keys.prev) && in.string(2, prevHash)
                      && in.key(keys.hash) && in.string(2, hash);
    QByteArrayView signerKey, signature;
    if (read && fields == 15
        && !(in.key(keys.key) && in.string(2, signerKey) && in.key(keys.sig) && in.string(2, signature)))
        return false;
    // The checks Event::fromCbor makes; a failed one is left to it, for its message.
    if (!read || envelope != Event::EnvelopeVersion || origin.isEmpty() || e.seq < 1 || e.hlc <= 0 || kind.isEmpty()
        || kindVersion < 1 || kindVersion > 0xFFFF)
        return false;
    e.origin = caches.origin.of(origin);
    e.room = caches.room.of(room);
    e.actor = caches.actor.of(actor);
    e.role = caches.role.of(role);
    e.kind = caches.kind.of(kind);
    e.subject = caches.subject.of(subject);
    e.kindVersion = int(kindVersion);
    e.prevHash = prevHash.toByteArray();
    e.hash = hash.toByteArray();
    e.signerKey = signerKey.toByteArray();
    e.signature = signature.toByteArray();
    out.canonicalPayload = payload.toByteArray();
    e.payload = QCborValue::fromCbor(out.canonicalPayload).toMap();
    return true;
}

} // namespace

std::optional<QList<ReceivedEvent>> EventsFrameReader::read(QByteArrayView body)
{
    if (!body.startsWith(Frame::eventsPrefix()))
        return std::nullopt;
    Cursor in(body.sliced(Frame::eventsPrefix().size()));
    quint64 count = 0;
    if (!in.head(4, count) || count > quint64(in.left())) // each event takes a byte at least
        return std::nullopt;
    const Keys &keys = Keys::get();
    Caches caches;
    // A declared count is not trusted for the allocation: an event takes over 64 bytes.
    QList<ReceivedEvent> events;
    events.reserve(qsizetype(std::min<quint64>(count, quint64(in.left()) / 64)));
    for (quint64 i = 0; i < count; ++i) {
        ReceivedEvent event;
        if (!readEvent(in, keys, caches, event))
            return std::nullopt;
        events.append(std::move(event));
    }
    if (!in.atEnd())
        return std::nullopt;
    return events;
}

} // namespace Sigap
