#include "event.h"

#include "canonicalcbor.h"
#include "cborinteger.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cstring>
#include <memory>

namespace Sigap {

namespace {
namespace Key {
const QString Envelope = QStringLiteral("v");
const QString Origin = QStringLiteral("origin");
const QString Seq = QStringLiteral("seq");
const QString Hlc = QStringLiteral("hlc");
const QString Room = QStringLiteral("room");
const QString Actor = QStringLiteral("actor");
const QString Role = QStringLiteral("role");
const QString Kind = QStringLiteral("kind");
const QString KindVersion = QStringLiteral("kv");
const QString Subject = QStringLiteral("subject");
const QString Payload = QStringLiteral("payload");
const QString PrevHash = QStringLiteral("prev");
const QString Hash = QStringLiteral("hash");
const QString SignerKey = QStringLiteral("key");
const QString Signature = QStringLiteral("sig");
} // namespace Key

bool hasDuplicateKeys(const QCborValue &value)
{
    if (value.isArray()) {
        for (const QCborValue &item : value.toArray()) {
            if (hasDuplicateKeys(item))
                return true;
        }
    } else if (value.isMap()) {
        // Payload maps have a handful of keys: comparing them pairwise allocates nothing,
        // where encoding each key into a set was a tenth of decoding a catch-up. A large map
        // (only a hostile peer sends one) goes through the set, so the check stays linear.
        const QCborMap map = value.toMap();
        constexpr qsizetype PairwiseUpTo = 32;
        QSet<QByteArray> keys;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (map.size() <= PairwiseUpTo) {
                for (auto other = map.constBegin(); other != it; ++other) {
                    if (other.key() == it.key())
                        return true;
                }
            } else {
                const QByteArray key = it.key().toCbor();
                if (keys.contains(key))
                    return true;
                keys.insert(key);
            }
            if (hasDuplicateKeys(it.value()))
                return true;
        }
    }
    return false;
}
} // namespace

void Event::appendCbor(QByteArray &out, const StoredEventRow &row, QByteArrayView signerKey)
{
    using namespace CborBytes;
    // The keys, each encoded once as a CBOR text item, in toCbor()'s order.
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> encoded;
        for (const QString &k :
             {Key::Envelope, Key::Origin, Key::Seq, Key::Hlc, Key::Room, Key::Actor, Key::Role, Key::Kind,
              Key::KindVersion, Key::Subject, Key::Payload, Key::PrevHash, Key::Hash, Key::SignerKey, Key::Signature}) {
            QByteArray item;
            appendText(item, QByteArrayView(k.toUtf8()));
            encoded.append(item);
        }
        return encoded;
    }();
    const bool signedRow = !row.signature.isEmpty();
    appendHead(out, 5, quint64(signedRow ? 15 : 13));
    out.append(keys[0]);
    appendInteger(out, EnvelopeVersion);
    out.append(keys[1]);
    appendText(out, row.origin);
    out.append(keys[2]);
    appendInteger(out, row.seq);
    out.append(keys[3]);
    appendInteger(out, row.hlc);
    out.append(keys[4]);
    appendText(out, row.room);
    out.append(keys[5]);
    appendText(out, row.actor);
    out.append(keys[6]);
    appendText(out, row.role);
    out.append(keys[7]);
    appendText(out, row.kind);
    out.append(keys[8]);
    appendInteger(out, row.kindVersion);
    out.append(keys[9]);
    appendText(out, row.subject);
    out.append(keys[10]);
    out.append(row.payload); // already one canonical CBOR map
    out.append(keys[11]);
    appendBytes(out, row.prevHash);
    out.append(keys[12]);
    appendBytes(out, row.hash);
    if (signedRow) {
        out.append(keys[13]);
        appendBytes(out, signerKey);
        out.append(keys[14]);
        appendBytes(out, row.signature);
    }
}

QString Event::id() const
{
    return origin + QLatin1Char('-') + QString::number(seq);
}

QByteArray Event::canonicalPayload() const
{
    return canonicalCbor(payload);
}

namespace {

// CBOR heads and texts written through a cursor into a buffer sized beforehand: the envelope
// is hashed for every event appended or received, and growing a QByteArray item by item was
// most of that.
char *putHead(char *out, quint8 majorType, quint64 value)
{
    const char type = char(majorType << 5);
    int extra = 0;
    if (value < 24) {
        *out++ = char(type | char(value));
        return out;
    }
    if (value <= 0xff) {
        *out++ = char(type | 24);
        extra = 1;
    } else if (value <= 0xffff) {
        *out++ = char(type | 25);
        extra = 2;
    } else if (value <= 0xffffffffULL) {
        *out++ = char(type | 26);
        extra = 4;
    } else {
        *out++ = char(type | 27);
        extra = 8;
    }
    for (int shift = 8 * (extra - 1); shift >= 0; shift -= 8)
        *out++ = char(value >> shift);
    return out;
}

char *putInteger(char *out, qint64 value)
{
    return value >= 0 ? putHead(out, 0, quint64(value)) : putHead(out, 1, quint64(-1 - value));
}

char *putText(char *out, const QString &text)
{
    const ushort *chars = text.utf16();
    const qsizetype size = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = chars[i] < 0x80;
    if (ascii) {
        out = putHead(out, 3, quint64(size));
        for (qsizetype i = 0; i < size; ++i)
            *out++ = char(chars[i]);
        return out;
    }
    const QByteArray utf8 = text.toUtf8();
    out = putHead(out, 3, quint64(utf8.size()));
    memcpy(out, utf8.constData(), size_t(utf8.size()));
    return out + utf8.size();
}

char *putBytes(char *out, const QByteArray &bytes)
{
    out = putHead(out, 2, quint64(bytes.size()));
    memcpy(out, bytes.constData(), size_t(bytes.size()));
    return out + bytes.size();
}

} // namespace

QByteArray Event::canonicalBytes(const QByteArray &canonicalPayloadBytes) const
{
    // Written field by field with the payload's canonical bytes spliced in, so the payload is
    // encoded once per append (and not at all for an event a peer sent). tst_Event checks that
    // the result equals canonicalCbor() of the equivalent QCborArray.
    const qsizetype texts = origin.size() + room.size() + actor.size() + role.size() + kind.size() + subject.size();
    QByteArray out(1 + 12 * 9 + 3 * texts + canonicalPayloadBytes.size() + prevHash.size(), Qt::Uninitialized);
    char *p = out.data();
    *p++ = char(0x80 | 12); // CBOR array (major type 4) of 12 items
    p = putInteger(p, EnvelopeVersion);
    p = putText(p, origin);
    p = putInteger(p, seq);
    p = putInteger(p, hlc);
    p = putText(p, room);
    p = putText(p, actor);
    p = putText(p, role);
    p = putText(p, kind);
    p = putInteger(p, kindVersion);
    p = putText(p, subject);
    memcpy(p, canonicalPayloadBytes.constData(), size_t(canonicalPayloadBytes.size()));
    p += canonicalPayloadBytes.size();
    p = putBytes(p, prevHash);
    out.truncate(p - out.constData());
    return out;
}

QByteArray Event::computeHash(const QByteArray &canonicalPayloadBytes) const
{
    // OpenSSL's SHA-256 (SHA extensions where the CPU has them) rather than Qt 6.4's portable
    // one, which was about 4x slower: every append and every event a peer sends is hashed. The
    // algorithm is fetched once and the context kept: OpenSSL 3's one-shot SHA256() looks the
    // algorithm up on every call, which cost more than hashing an event.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const QByteArray bytes = canonicalBytes(canonicalPayloadBytes);
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    if (!sha256 || !context || !EVP_DigestInit_ex2(context.get(), sha256, nullptr)
        || !EVP_DigestUpdate(context.get(), bytes.constData(), size_t(bytes.size()))
        || !EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(digest.data()), &length)) {
        SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()),
               reinterpret_cast<unsigned char *>(digest.data()));
    }
    return digest;
}

QCborMap Event::toCbor() const
{
    QCborMap map;
    map.insert(Key::Envelope, EnvelopeVersion);
    map.insert(Key::Origin, origin);
    map.insert(Key::Seq, seq);
    map.insert(Key::Hlc, hlc);
    map.insert(Key::Room, room);
    map.insert(Key::Actor, actor);
    map.insert(Key::Role, role);
    map.insert(Key::Kind, kind);
    map.insert(Key::KindVersion, kindVersion);
    map.insert(Key::Subject, subject);
    map.insert(Key::Payload, payload);
    map.insert(Key::PrevHash, prevHash);
    map.insert(Key::Hash, hash);
    if (!signature.isEmpty()) {
        map.insert(Key::SignerKey, signerKey);
        map.insert(Key::Signature, signature);
    }
    return map;
}

Result<Event> Event::fromCbor(const QCborValue &value, HashCheck check)
{
    if (!value.isMap())
        return makeError(QStringLiteral("event.notamap"), tr("the record is not a CBOR map"));
    const QCborMap map = value.toMap();

    auto missing = [](const QString &field) {
        return makeError(QStringLiteral("event.field"), tr("field \"%1\" is missing or has the wrong type").arg(field));
    };
    auto text = [&](const QString &key, QString &out) {
        const QCborValue v = map.value(key);
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };

    const QCborValue envelope = map.value(Key::Envelope);
    if (!envelope.isInteger() || envelope.toInteger() != EnvelopeVersion)
        return makeError(QStringLiteral("event.version"),
                         tr("unsupported envelope version %1").arg(envelope.toDiagnosticNotation()));
    Event e;
    if (!text(Key::Origin, e.origin) || e.origin.isEmpty())
        return missing(Key::Origin);
    if (!map.value(Key::Seq).isInteger() || cborInteger(map.value(Key::Seq)) < 1)
        return missing(Key::Seq);
    e.seq = cborInteger(map.value(Key::Seq));
    if (!map.value(Key::Hlc).isInteger())
        return missing(Key::Hlc);
    e.hlc = cborInteger(map.value(Key::Hlc));
    if (e.hlc <= 0)
        return makeError(QStringLiteral("event.hlc"), tr("field \"%1\" must be a positive timestamp").arg(Key::Hlc));
    if (!text(Key::Room, e.room))
        return missing(Key::Room);
    if (!text(Key::Actor, e.actor))
        return missing(Key::Actor);
    if (!text(Key::Role, e.role))
        return missing(Key::Role);
    if (!text(Key::Kind, e.kind) || e.kind.isEmpty())
        return missing(Key::Kind);
    if (!map.value(Key::KindVersion).isInteger())
        return missing(Key::KindVersion);
    if (cborInteger(map.value(Key::KindVersion)) < 1 || cborInteger(map.value(Key::KindVersion)) > 0xFFFF)
        return makeError(QStringLiteral("event.field"),
                         tr("field \"%1\" must be a version from 1 to 65535").arg(Key::KindVersion));
    e.kindVersion = int(cborInteger(map.value(Key::KindVersion)));
    if (!text(Key::Subject, e.subject))
        return missing(Key::Subject);
    if (!map.value(Key::Payload).isMap())
        return missing(Key::Payload);
    e.payload = map.value(Key::Payload).toMap();
    // A map with a key twice reads differently depending on who reads it (first or last
    // wins); the canonical form keeps one, so such a payload is refused outright.
    if (hasDuplicateKeys(e.payload))
        return makeError(QStringLiteral("event.field"),
                         tr("field \"%1\" has a map with the same key twice").arg(Key::Payload));
    if (!map.value(Key::PrevHash).isByteArray())
        return missing(Key::PrevHash);
    e.prevHash = map.value(Key::PrevHash).toByteArray();
    if (!map.value(Key::Hash).isByteArray())
        return missing(Key::Hash);
    e.hash = map.value(Key::Hash).toByteArray();
    const QCborValue signerKey = map.value(Key::SignerKey);
    const QCborValue signature = map.value(Key::Signature);
    if (signature.isByteArray() != signerKey.isByteArray() || (!signature.isUndefined() && !signature.isByteArray())
        || (!signerKey.isUndefined() && !signerKey.isByteArray()))
        return makeError(
            QStringLiteral("event.field"),
            tr("fields \"%1\" and \"%2\" come together, as byte strings").arg(Key::SignerKey, Key::Signature));
    e.signerKey = signerKey.toByteArray();
    e.signature = signature.toByteArray();
    if (check == HashCheck::Check && !e.hashIsValid())
        return makeError(QStringLiteral("event.hash"), tr("event %1 does not match its hash").arg(e.id()));
    return e;
}

} // namespace Sigap
