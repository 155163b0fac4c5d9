#include "privatefile.h"

#include <QFile>

namespace Sigap {

Result<void> PrivateFile::checkOwnerOnly(const QFile &file, const QString &what, const QString &codePrefix)
{
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return makeError(codePrefix + QStringLiteral(".permissions"),
                         tr("%1 %2: others may read it; make it private with chmod 600").arg(what, file.fileName()));
    return {};
}

Result<QList<PrivateFileLine>> PrivateFile::read(const QString &path, const QString &what, const QString &codePrefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(codePrefix + QStringLiteral(".read"),
                         tr("%1 %2: cannot read (%3)").arg(what, path, file.errorString()));
    if (auto ownerOnly = checkOwnerOnly(file, what, codePrefix); !ownerOnly)
        return ownerOnly.error();
    QList<PrivateFileLine> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        lines.append(PrivateFileLine{number, line.left(eq).trimmed(), line.mid(eq + 1).trimmed(), eq >= 0});
    }
    return lines;
}

} // namespace Sigap
