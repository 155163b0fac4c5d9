#include "canonicalcbor.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>
#include <cstring>
#include <limits>
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

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more = 0;
        uint codePoint = 0;
        uint lowest = 0;
        if ((c & 0xe0) == 0xc0) {
            more = 1;
            codePoint = c & 0x1f;
            lowest = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            more = 2;
            codePoint = c & 0x0f;
            lowest = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            more = 3;
            codePoint = c & 0x07;
            lowest = 0x10000;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3f);
        }
        if (codePoint < lowest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return false;
        p += more + 1;
    }
    return true;
}

namespace {

struct ItemHead
{
    int majorType = 0;
    quint64 value = 0;
    qsizetype size = 0; // bytes of the head itself
};

// The head of the item at p, only when it is definite and in its shortest form.
bool readShortestHead(const uchar *p, qsizetype available, ItemHead &head)
{
    if (available < 1)
        return false;
    head.majorType = p[0] >> 5;
    const int info = p[0] & 0x1f;
    if (info < 24) {
        head.value = quint64(info);
        head.size = 1;
        return true;
    }
    if (info > 27)
        return false; // reserved, or an indefinite length
    const qsizetype extra = qsizetype(1) << (info - 24);
    if (available < 1 + extra)
        return false;
    quint64 value = 0;
    for (qsizetype i = 1; i <= extra; ++i)
        value = (value << 8) | p[i];
    static constexpr quint64 smallest[] = {24, 0x100, 0x10000, 0x100000000ULL};
    if (value < smallest[info - 24])
        return false;
    head.value = value;
    head.size = 1 + extra;
    return true;
}

// Bytewise order of two encodings, shorter first on a common prefix (QByteArray's operator<,
// which canonicalized() sorts keys by).
bool encodedBefore(QByteArrayView a, QByteArrayView b)
{
    const int c = memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
    return c < 0 || (c == 0 && a.size() < b.size());
}

qsizetype canonicalItem(const uchar *p, qsizetype available, int depth)
{
    if (available < 1 || depth > MaxCanonicalDepth)
        return -1;
    if ((p[0] >> 5) == 7) {
        if (p[0] >= 0xf4 && p[0] <= 0xf7) // false, true, null, undefined
            return 1;
        if (p[0] != 0xfb || available < 9)
            return -1; // half and single floats come back as doubles; other simple values are not used
        quint64 bits = 0;
        for (int i = 1; i <= 8; ++i)
            bits = (bits << 8) | p[i];
        const bool isNaN = (bits & 0x7ff0000000000000ULL) == 0x7ff0000000000000ULL && (bits & 0xfffffffffffffULL);
        return isNaN ? -1 : 9;
    }
    ItemHead head;
    if (!readShortestHead(p, available, head))
        return -1;
    const qsizetype rest = available - head.size;
    switch (head.majorType) {
    case 0:
    case 1: // QCborValue turns integers outside qint64 into doubles
        return head.value <= quint64(std::numeric_limits<qint64>::max()) ? head.size : -1;
    case 2:
    case 3: {
        if (head.value > quint64(rest))
            return -1;
        const QByteArrayView content(reinterpret_cast<const char *>(p + head.size), qsizetype(head.value));
        if (head.majorType == 3 && !isValidUtf8(content))
            return -1;
        return head.size + qsizetype(head.value);
    }
    case 4: {
        if (head.value > quint64(rest)) // every item takes at least one byte
            return -1;
        qsizetype at = head.size;
        for (quint64 i = 0; i < head.value; ++i) {
            const qsizetype item = canonicalItem(p + at, available - at, depth + 1);
            if (item < 0)
                return -1;
            at += item;
        }
        return at;
    }
    case 5: {
        if (head.value > quint64(rest) / 2)
            return -1;
        qsizetype at = head.size;
        QByteArrayView previousKey;
        for (quint64 i = 0; i < head.value; ++i) {
            if (at >= available)
                return -1;
            const int keyType = p[at] >> 5;
            if (keyType != 0 && keyType != 1 && keyType != 3)
                return -1;
            const qsizetype keySize = canonicalItem(p + at, available - at, depth + 1);
            if (keySize < 0)
                return -1;
            const QByteArrayView key(reinterpret_cast<const char *>(p + at), keySize);
            if (i > 0 && !encodedBefore(previousKey, key))
                return -1; // out of order, or the same key twice
            previousKey = key;
            at += keySize;
            const qsizetype valueSize = canonicalItem(p + at, available - at, depth + 1);
            if (valueSize < 0)
                return -1;
            at += valueSize;
        }
        return at;
    }
    default: // tags: QCborValue may rewrite what they hold (dates, URLs)
        return -1;
    }
}

} // namespace

qsizetype canonicalItemLength(QByteArrayView bytes)
{
    return canonicalItem(reinterpret_cast<const uchar *>(bytes.data()), bytes.size(), 0);
}

} // namespace CborBytes

} // namespace Sigap
