#include "cameracredentials.h"

#include "core/privatefile.h"

#include <QFileInfo>

namespace Sigap {

Result<CameraCredentials> CameraCredentials::load(const QString &path)
{
    CameraCredentials store;
    if (!QFileInfo::exists(path))
        return store;
    auto lines = PrivateFile::read(path, tr("camera credentials"), QStringLiteral("credentials"));
    if (!lines)
        return lines.error();
    for (const PrivateFileLine &line : lines.value()) {
        const qsizetype colon = line.value.indexOf(QLatin1Char(':'));
        if (!line.keyed || line.key.trimmed().isEmpty() || colon <= 0)
            return makeError(QStringLiteral("credentials.line"),
                             tr("%1:%2: not NAME=USER:PASSWORD").arg(path).arg(line.number));
        store.m_entries.insert(line.key.trimmed(), Entry{line.value.left(colon), line.value.mid(colon + 1)});
    }
    return store;
}

std::optional<QUrl> CameraCredentials::playableStream(const Camera &camera) const
{
    if (camera.credentials.isEmpty())
        return camera.stream;
    const auto entry = m_entries.constFind(camera.credentials);
    if (entry == m_entries.cend())
        return std::nullopt;
    QUrl url = camera.stream;
    url.setUserName(entry->user);
    url.setPassword(entry->password);
    return url;
}

} // namespace Sigap
