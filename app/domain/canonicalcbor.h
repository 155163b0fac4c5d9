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
} // namespace CborBytes

} // namespace Sigap
