#include "privatedata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Sigap {

namespace {

constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions Owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Takes group's and others' rights away and keeps the owner's as they are.
bool tighten(const QFileInfo &entry)
{
    const QFileDevice::Permissions now = entry.permissions();
    return !(now & GroupOrOther) || QFile::setPermissions(entry.filePath(), now & Owner);
}

} // namespace

void PrivateData::restrictNewFiles()
{
    ::umask(077);
}

Result<void> PrivateData::makePrivateFolder(const QString &dir, const QStringList &secrets)
{
    restrictNewFiles();
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("data.folder"), tr("%1: cannot create the data folder").arg(dir));
    if (!tighten(QFileInfo(dir)))
        return makeError(QStringLiteral("data.permissions"),
                         tr("%1: cannot make the data folder private to its owner").arg(dir));
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink() || (entry.dir() == QDir(dir) && secrets.contains(entry.fileName())))
            continue;
        if (!tighten(entry))
            return makeError(QStringLiteral("data.permissions"),
                             tr("%1: cannot make it private to its owner").arg(entry.filePath()));
    }
    return {};
}

} // namespace Sigap
