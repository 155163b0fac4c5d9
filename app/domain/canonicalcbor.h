#pragma once

#include <QByteArray>
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

} // namespace Sigap
