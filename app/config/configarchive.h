#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Sigap {

// A room configuration's files as one value, to travel through the room's log: a CBOR map of
// relative path to bytes, zlib-compressed. What comes out of the log is checked before any
// byte reaches the disk: paths are relative, of plain names (letters, digits, '.', '_', '-',
// one folder level at most, no "..") and few; sizes are bounded before and after inflating.
class ConfigArchive
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ConfigArchive)

public:
    using Files = QMap<QString, QByteArray>;

    static constexpr int MaxFiles = 64;
    static constexpr qsizetype MaxUnpackedBytes = 64 * 1024 * 1024;

    static QByteArray pack(const Files &files);
    static Result<Files> unpack(const QByteArray &packed);
    // Writes the files under folder (made owner-only), each whole or not at all.
    static Result<void> write(const Files &files, const QString &folder);
    static bool isSafePath(const QString &path);
};

} // namespace Sigap
