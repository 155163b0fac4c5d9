#include "configarchive.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>

namespace Sigap {

bool ConfigArchive::isSafePath(const QString &path)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99})?$"));
    return shape.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

QByteArray ConfigArchive::pack(const Files &files)
{
    QCborMap map;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        map.insert(it.key(), it.value());
    return qCompress(map.toCborValue().toCbor(), 9);
}

Result<ConfigArchive::Files> ConfigArchive::unpack(const QByteArray &packed)
{
    // qCompress puts the inflated size first (4 bytes, big-endian): refuse a bomb before inflating.
    if (packed.size() < 4 || qFromBigEndian<quint32>(packed.constData()) > quint32(MaxUnpackedBytes))
        return makeError(QStringLiteral("config.archive"), tr("the configuration archive is malformed or too large"));
    const QByteArray cbor = qUncompress(packed);
    if (cbor.isEmpty())
        return makeError(QStringLiteral("config.archive"), tr("the configuration archive does not inflate"));
    const QCborValue value = QCborValue::fromCbor(cbor);
    if (!value.isMap())
        return makeError(QStringLiteral("config.archive"), tr("the configuration archive is not a map of files"));
    const QCborMap map = value.toMap();
    if (map.size() > MaxFiles)
        return makeError(QStringLiteral("config.archive"),
                         tr("the configuration archive holds %1 files, at most %2").arg(map.size()).arg(MaxFiles));
    Files files;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString path = it.key().toString();
        if (!it.key().isString() || !it.value().isByteArray() || !isSafePath(path))
            return makeError(QStringLiteral("config.archive"),
                             tr("the configuration archive names a file \"%1\" that may not be written").arg(path));
        files.insert(path, it.value().toByteArray());
    }
    return files;
}

Result<void> ConfigArchive::write(const Files &files, const QString &folder)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!isSafePath(it.key()))
            return makeError(QStringLiteral("config.write"), tr("\"%1\" may not be written").arg(it.key()));
        const QString path = QDir(folder).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).path()))
            return makeError(QStringLiteral("config.write"),
                             tr("%1: cannot make the folder").arg(QFileInfo(path).path()));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit())
            return makeError(QStringLiteral("config.write"), tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace Sigap
