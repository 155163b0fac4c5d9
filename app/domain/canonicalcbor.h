#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>

namespace Sigap {

// Sigap's canonical CBOR, the bytes every hash is computed over:
//  - map keys sorted by the bytewise order of their own encoding (RFC 8949 §4.2.1),
//  - definite lengths and shortest integer forms (what QCborStreamWriter always writes),
//  - floating-point values as 64-bit doubles (QCborValue's default).
// Two desks that hold equal values therefore produce equal bytes, whatever the insertion
// order of their maps.
QCborValue canonicalized(const QCborValue &value);
QByteArray canonicalCbor(const QCborValue &value);

// The few CBOR items the sync sender writes by hand, straight from stored bytes (RFC 8949,
// shortest heads, as QCborValue writes them).
namespace CborBytes {
void appendHead(QByteArray &out, quint8 majorType, quint64 value);
void appendInteger(QByteArray &out, qint64 value);
void appendText(QByteArray &out, QByteArrayView utf8);
void appendBytes(QByteArray &out, QByteArrayView bytes);

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

// The length of the CBOR item at the start of bytes when that item is already in the form
// canonicalCbor() would give it back, -1 otherwise (malformed, truncated, or simply outside
// the checked subset). The subset is what events carry: integers within qint64, byte
// strings, UTF-8 text, arrays, maps with text or integer keys in strictly increasing
// canonical order (so no key twice), false, true, null, undefined and 64-bit doubles other
// than NaN, all with definite lengths and shortest heads, nested at most MaxCanonicalDepth
// deep. For such bytes, canonicalCbor(QCborValue::fromCbor(bytes)) == bytes (tst_event and
// the frame fuzzer check it), so a receiver can hash and store the bytes a peer sent instead
// of decoding and encoding them again. -1 never means "refuse": the caller then takes the
// general path.
qsizetype canonicalItemLength(QByteArrayView bytes);
inline constexpr int MaxCanonicalDepth = 32;
} // namespace CborBytes

} // namespace Sigap
