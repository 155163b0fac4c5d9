#pragma once

#include <QByteArray>

namespace Sigap {

// Compares secrets (tokens, MACs) in a time that does not depend on where they first differ,
// so an attacker timing the answers learns nothing of the expected bytes.
inline bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace Sigap
