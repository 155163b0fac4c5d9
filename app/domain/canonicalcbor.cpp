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

namespace CborBytes {

void appendHead(QByteArray &out, quint8 majorType, quint64 value)
{
    const char type = char(majorType << 5);
    if (value < 24) {
        out.append(char(type | char(value)));
    } else if (value <= 0xff) {
        out.append(char(type | 24));
        out.append(char(value));
    } else if (value <= 0xffff) {
        out.append(char(type | 25));
        for (int shift = 8; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    } else if (value <= 0xffffffffULL) {
        out.append(char(type | 26));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    } else {
        out.append(char(type | 27));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    }
}

void appendInteger(QByteArray &out, qint64 value)
{
    if (value >= 0)
        appendHead(out, 0, quint64(value));
    else
        appendHead(out, 1, quint64(-1 - value));
}

void appendText(QByteArray &out, QByteArrayView utf8)
{
    appendHead(out, 3, quint64(utf8.size()));
    out.append(utf8);
}

void appendBytes(QByteArray &out, QByteArrayView bytes)
{
    appendHead(out, 2, quint64(bytes.size()));
    out.append(bytes);
}

} // namespace CborBytes

} // namespace Sigap
