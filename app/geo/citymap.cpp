#include "citymap.h"

#include "core/jsonpositions.h"

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

// Kemendagri numbers the kabupaten of a province from 01 and its kota from 71.
CityMap::Kind kindFromCode(const QString &code)
{
    return code.section(QLatin1Char('.'), 1, 1).toInt() >= 71 ? CityMap::Kind::Kota : CityMap::Kind::Kabupaten;
}

} // namespace

QRectF CityMap::extent() const
{
    QRectF outline, everything;
    for (const GeoFeature &f : boundaries) {
        const QString level = f.properties.value(QStringLiteral("level")).toString();
        const bool whole = level == QLatin1String("kota") || level == QLatin1String("kabupaten");
        for (const GeoPolygon &p : f.polygons) {
            everything = everything.united(p.bounds);
            if (whole)
                outline = outline.united(p.bounds);
        }
    }
    return outline.isNull() ? everything : outline;
}

Result<CityMap> CityMap::read(const ReadFile &readFile, const QString &folderName)
{
    const QString cityFile = QDir(folderName).filePath(QStringLiteral("city.json"));
    auto bytes = readFile(QStringLiteral("city.json"));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("city.json"), tr("%1:%2: not valid JSON: %3")
                                                          .arg(cityFile)
                                                          .arg(JsonPositions::lineAt(bytes.value(), parseError.offset))
                                                          .arg(parseError.errorString()));
    const QJsonObject city = doc.object();
    if (city.value(QStringLiteral("format")).toString() != QLatin1String("sigap-city")
        || city.value(QStringLiteral("version")).toInt() != 1)
        return makeError(QStringLiteral("city.format"),
                         tr("%1: not a Sigap city file (format sigap-city, version 1)").arg(cityFile));

    CityMap map;
    map.name = city.value(QStringLiteral("name")).toString();
    if (map.name.isEmpty())
        return fieldError(cityFile, QStringLiteral("name"));
    map.code = city.value(QStringLiteral("code")).toString();
    map.province = city.value(QStringLiteral("province")).toString();
    map.timeZoneId = city.value(QStringLiteral("timezone")).toString();
    map.seat = city.value(QStringLiteral("seat")).toString();
    const QJsonValue kind = city.value(QStringLiteral("kind"));
    if (!kind.isUndefined() && kind != QLatin1String("kota") && kind != QLatin1String("kabupaten"))
        return makeError(QStringLiteral("city.kind"),
                         tr("%1: field \"kind\": \"%2\" is neither kota nor kabupaten").arg(cityFile, kind.toString()));
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
        auto text = readFile(name);
        if (!text)
            return text.error();
        auto features = GeoJson::parse(text.value(), QDir(folderName).filePath(name));
        if (!features)
            return features.error();
        *layer.features = features.value();
        if (layer.features == &map.boundaries) {
            map.boundariesFile = name;
            map.boundariesText = text.value();
        }
    }

    if (kind.isString()) {
        map.kind = kind == QLatin1String("kabupaten") ? Kind::Kabupaten : Kind::Kota;
    } else {
        map.kind = kindFromCode(map.code);
        for (const GeoFeature &f : std::as_const(map.boundaries)) {
            const QString level = f.properties.value(QStringLiteral("level")).toString();
            if (level == QLatin1String("kabupaten") || level == QLatin1String("kota"))
                map.kind = level == QLatin1String("kabupaten") ? Kind::Kabupaten : Kind::Kota;
        }
    }
    return map;
}

Result<CityMap> CityMap::load(const QString &folder)
{
    const QDir dir(folder);
    return read(
        [&dir](const QString &name) -> Result<QByteArray> {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return makeError(QStringLiteral("city.read"),
                                 tr("%1: cannot read: %2").arg(file.fileName(), file.errorString()));
            return file.readAll();
        },
        folder);
}

CityMap CityMap::bundled()
{
    auto loaded = load(QStringLiteral(":/city/banjarmasin"));
    Q_ASSERT_X(loaded.ok(), "CityMap::bundled", "the bundled city folder is broken");
    return loaded.ok() ? loaded.value() : CityMap();
}

} // namespace Sigap
