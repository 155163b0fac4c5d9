#include "cameradirectory.h"

#include "core/jsonpositions.h"
#include "geo/distance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Sigap {

Result<CameraDirectory> CameraDirectory::parse(const QByteArray &json, const QString &sourceName)
{
    auto entries = ConfigList::read(json, sourceName, QStringLiteral("sigap-cameras"), "cameras",
                                    QStringLiteral("cameras"), tr("camera directory"));
    if (!entries)
        return entries.error();
    CameraDirectory directory;
    QSet<QString> ids;
    for (const ConfigList::Entry &entry : std::as_const(entries.value())) {
        auto problem = [&](const QString &field) {
            directory.m_problems << tr("%1:%2: camera %3: %4: missing or wrong; the camera is left out")
                                        .arg(sourceName)
                                        .arg(entry.line)
                                        .arg(entry.index)
                                        .arg(field);
        };
        const QJsonObject &o = entry.object;
        Camera camera;
        camera.id = o.value(QStringLiteral("id")).toString();
        camera.name = o.value(QStringLiteral("name")).toString();
        camera.owner = o.value(QStringLiteral("owner")).toString();
        camera.credentials = o.value(QStringLiteral("credentials")).toString();
        camera.stream = QUrl(o.value(QStringLiteral("url")).toString());
        const QJsonValue lat = o.value(QStringLiteral("lat"));
        const QJsonValue lon = o.value(QStringLiteral("lon"));
        if (camera.id.isEmpty() || ids.contains(camera.id)) {
            problem(QStringLiteral("id"));
            continue;
        }
        if (camera.name.isEmpty()) {
            problem(QStringLiteral("name"));
            continue;
        }
        if (!lat.isDouble() || qAbs(lat.toDouble()) > 90) {
            problem(QStringLiteral("lat"));
            continue;
        }
        if (!lon.isDouble() || qAbs(lon.toDouble()) > 180) {
            problem(QStringLiteral("lon"));
            continue;
        }
        static const QStringList schemes{QStringLiteral("rtsp"), QStringLiteral("rtsps"), QStringLiteral("http"),
                                         QStringLiteral("https"), QStringLiteral("file")};
        if (!camera.stream.isValid() || !schemes.contains(camera.stream.scheme())) {
            problem(QStringLiteral("url"));
            continue;
        }
        camera.lat = lat.toDouble();
        camera.lon = lon.toDouble();
        ids.insert(camera.id);
        directory.m_cameras.append(camera);
    }
    return directory;
}

Result<CameraDirectory> CameraDirectory::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cameras.read"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

const Camera *CameraDirectory::byId(const QString &id) const
{
    for (const Camera &camera : m_cameras) {
        if (camera.id == id)
            return &camera;
    }
    return nullptr;
}

QList<const Camera *> CameraDirectory::nearest(double lat, double lon, int count, double radiusM) const
{
    QList<std::pair<double, const Camera *>> inRange;
    for (const Camera &camera : m_cameras) {
        const double d = distanceM(lat, lon, camera.lat, camera.lon);
        if (d <= radiusM)
            inRange.append({d, &camera});
    }
    std::sort(inRange.begin(), inRange.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const Camera *> result;
    for (qsizetype i = 0; i < inRange.size() && i < count; ++i)
        result.append(inRange.at(i).second);
    return result;
}

} // namespace Sigap
