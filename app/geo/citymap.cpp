#include "citymap.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sigap {

namespace {

Error fieldError(const QString &file, const QString &field)
{
    return makeError(QStringLiteral("city.field"),
                     CityMap::tr("%1: field \"%2\" is missing or has the wrong type").arg(file, field));
}

bool isNumber(const QJsonValue &v)
{
    return v.isDouble();
}

} // namespace

Result<CityMap> CityMap::load(const QString &folder)
{
    const QDir dir(folder);
    const QString cityFile = dir.filePath(QStringLiteral("city.json"));
    QFile file(cityFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("city.read"), tr("%1: cannot read: %2").arg(cityFile, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            QStringLiteral("city.json"),
            tr("%1: not valid JSON at byte %2: %3").arg(cityFile).arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject city = doc.object();
    if (city.value(QStringLiteral("format")).toString() != QLatin1String("sigap-city")
        || city.value(QStringLiteral("version")).toInt() != 1)
        return makeError(QStringLiteral("city.format"),
                         tr("%1: not a Sigap city file (format sigap-city, version 1)").arg(cityFile));

    CityMap map;
    map.name = city.value(QStringLiteral("name")).toString();
    if (map.name.isEmpty())
        return fieldError(cityFile, QStringLiteral("name"));
    const QJsonObject view = city.value(QStringLiteral("initial_view")).toObject();
    for (const char *key : {"lat", "lon", "zoom"}) {
        if (!isNumber(view.value(QLatin1String(key))))
            return fieldError(cityFile, QStringLiteral("initial_view.") + QLatin1String(key));
    }
    map.initialLat = view.value(QStringLiteral("lat")).toDouble();
    map.initialLon = view.value(QStringLiteral("lon")).toDouble();
    map.initialZoom = view.value(QStringLiteral("zoom")).toDouble();
    for (const QJsonValue &line : city.value(QStringLiteral("attribution")).toArray())
        map.attribution << line.toString();

    const QJsonObject layers = city.value(QStringLiteral("layers")).toObject();
    struct Layer
    {
        const char *key;
        QList<GeoFeature> *features;
        bool required;
    };
    for (const Layer &layer : {Layer{"boundaries", &map.boundaries, true}, Layer{"water", &map.water, false},
                               Layer{"pois", &map.pois, false}}) {
        const QString name = layers.value(QLatin1String(layer.key)).toString();
        if (name.isEmpty()) {
            if (layer.required)
                return fieldError(cityFile, QStringLiteral("layers.") + QLatin1String(layer.key));
            continue;
        }
        auto features = GeoJson::load(dir.filePath(name));
        if (!features)
            return features.error();
        *layer.features = features.value();
    }
    return map;
}

CityMap CityMap::bundled()
{
    auto loaded = load(QStringLiteral(":/city/banjarmasin"));
    Q_ASSERT_X(loaded.ok(), "CityMap::bundled", "the bundled city folder is broken");
    return loaded.ok() ? loaded.value() : CityMap();
}

} // namespace Sigap
