#include "canonicalcbor.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>
#include <vector>

namespace Sigap {

QCborValue canonicalized(const QCborValue &value)
{
    if (value.isArray()) {
        QCborArray out;
        for (const QCborValue &item : value.toArray())
            out.append(canonicalized(item));
        return out;
    }
    if (value.isMap()) {
        struct Entry
        {
            QByteArray keyBytes;
            QCborValue key;
            QCborValue value;
        };
        std::vector<Entry> entries;
        const QCborMap map = value.toMap();
        entries.reserve(size_t(map.size()));
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            entries.push_back({it.key().toCbor(), it.key(), canonicalized(it.value())});
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.keyBytes < b.keyBytes; });
        QCborMap out;
        for (const Entry &e : entries)
            out.insert(e.key, e.value);
        return out;
    }
    return value;
}

QByteArray canonicalCbor(const QCborValue &value)
{
    return canonicalized(value).toCbor();
}

} // namespace Sigap
