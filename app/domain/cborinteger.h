#pragma once

#include <QCborValue>

#include <cmath>

namespace Sigap {

// The integer a CBOR value holds, or fallback when it holds none.
//
// Use this instead of QCborValue::toInteger() on anything read from outside the process
// (peers, files, sockets, HTTP): Qt converts a double to qint64 with a plain cast, which is
// undefined behaviour when the double is out of range, NaN or infinite, so a hostile or
// broken peer could steer the decoder into it. Here such doubles give the fallback; doubles
// in range are truncated toward zero, as Qt does.
inline qint64 cborInteger(const QCborValue &value, qint64 fallback = 0)
{
    if (value.isInteger())
        return value.toInteger();
    if (!value.isDouble())
        return fallback;
    const double d = value.toDouble();
    // 2^63 is exactly representable; every double below it (and at or above -2^63) fits.
    constexpr double Limit = 9223372036854775808.0;
    if (!std::isfinite(d) || d >= Limit || d < -Limit)
        return fallback;
    return qint64(d);
}

} // namespace Sigap
