#pragma once

#include "cborinteger.h"
#include "incident.h"

#include <QCborArray>
#include <QCborValue>

#include <optional>

namespace Sigap {

// A stamp as the snapshots and state hashes write it: [hlc, origin, seq].
inline QCborArray stampToCbor(const Stamp &s)
{
    return QCborArray{s.hlc, s.origin, s.seq};
}

inline std::optional<Stamp> stampFromCbor(const QCborValue &v)
{
    const QCborArray a = v.toArray();
    if (a.size() != 3 || !a.at(0).isInteger() || !a.at(1).isString() || !a.at(2).isInteger())
        return std::nullopt;
    return Stamp{cborInteger(a.at(0)), a.at(1).toString(), cborInteger(a.at(2))};
}

} // namespace Sigap
