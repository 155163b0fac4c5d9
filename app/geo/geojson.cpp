#include "geojson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Sigap {

bool ringContains(const GeoRing &ring, const QPointF &p)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y())) {
            const double xCross = (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x();
            if (p.x() < xCross)
                inside = !inside;
        }
    }
    return inside;
}

bool GeoPolygon::contains(const QPointF &lonLat) const
{
    if (rings.isEmpty() || !bounds.contains(lonLat))
        return false;
    if (!ringContains(rings.first(), lonLat))
        return false;
    for (qsizetype i = 1; i < rings.size(); ++i) {
        if (ringContains(rings.at(i), lonLat))
            return false;
    }
    return true;
}

namespace {

bool readPosition(const QJsonValue &v, QPointF &out)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    const double lon = a.at(0).toDouble();
    const double lat = a.at(1).toDouble();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
        return false;
    out = QPointF(lon, lat);
    return true;
}

bool readRing(const QJsonValue &v, GeoRing &out)
{
    const QJsonArray a = v.toArray();
    out.clear();
    out.reserve(a.size());
    for (const QJsonValue &p : a) {
        QPointF point;
        if (!readPosition(p, point))
            return false;
        out.append(point);
    }
    return !out.isEmpty();
}

bool readPolygon(const QJsonValue &v, GeoPolygon &out)
{
    out.rings.clear();
    for (const QJsonValue &r : v.toArray()) {
        GeoRing ring;
        if (!readRing(r, ring) || ring.size() < 4)
            return false;
        out.rings.append(ring);
    }
    if (out.rings.isEmpty())
        return false;
    const GeoRing &outer = out.rings.first();
    double minX = outer.first().x(), maxX = minX, minY = outer.first().y(), maxY = minY;
    for (const QPointF &p : outer) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    // A hair of margin so points on the outermost edge still reach the ring test.
    out.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY)).adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
    return true;
}

} // namespace

QPointF GeoPolygon::insidePoint() const
{
    // Along each of a few lines of latitude, collect where the rings cross it; between
    // crossings 0-1, 2-3, … the line is inside. The widest such stretch wins.
    QPointF best = bounds.center();
    double bestWidth = -1;
    constexpr int Lines = 16;
    for (int i = 1; i < Lines; ++i) {
        const double y = bounds.top() + bounds.height() * i / Lines;
        QList<double> xs;
        for (const GeoRing &ring : rings) {
            for (qsizetype j = 0, k = ring.size() - 1; j < ring.size(); k = j++) {
                const QPointF &a = ring.at(j);
                const QPointF &b = ring.at(k);
                if ((a.y() > y) != (b.y() > y))
                    xs.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            }
        }
        std::sort(xs.begin(), xs.end());
        for (qsizetype j = 0; j + 1 < xs.size(); j += 2) {
            if (xs.at(j + 1) - xs.at(j) > bestWidth) {
                bestWidth = xs.at(j + 1) - xs.at(j);
                best = QPointF((xs.at(j) + xs.at(j + 1)) / 2, y);
            }
        }
    }
    return best;
}

double GeoPolygon::area() const
{
    double total = 0;
    for (qsizetype r = 0; r < rings.size(); ++r) {
        const GeoRing &ring = rings.at(r);
        double twice = 0;
        for (qsizetype j = 0, k = ring.size() - 1; j < ring.size(); k = j++)
            twice += (ring.at(k).x() * ring.at(j).y()) - (ring.at(j).x() * ring.at(k).y());
        total += (r == 0 ? 1 : -1) * std::abs(twice) / 2;
    }
    return total;
}

Result<QList<GeoFeature>> GeoJson::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("geojson.json"), tr("%1: not valid JSON at byte %2: %3")
                                                             .arg(sourceName)
                                                             .arg(parseError.offset)
                                                             .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection"))
        return makeError(QStringLiteral("geojson.type"), tr("%1: not a GeoJSON FeatureCollection").arg(sourceName));

    QList<GeoFeature> features;
    const QJsonArray items = root.value(QStringLiteral("features")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject f = items.at(i).toObject();
        // An unlocated feature ("geometry": null, RFC 7946 3.2) has no shapes: a kecamatan
        // named but not drawn.
        if (f.value(QStringLiteral("geometry")).isNull()) {
            features.append(GeoFeature{f.value(QStringLiteral("properties")).toObject(), {}, {}, {}});
            continue;
        }
        const QJsonObject geometry = f.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonValue coords = geometry.value(QStringLiteral("coordinates"));
        GeoFeature feature;
        feature.properties = f.value(QStringLiteral("properties")).toObject();
        bool ok = true;
        if (type == QLatin1String("Polygon")) {
            GeoPolygon polygon;
            ok = readPolygon(coords, polygon);
            feature.polygons.append(polygon);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &p : coords.toArray()) {
                GeoPolygon polygon;
                ok = ok && readPolygon(p, polygon);
                feature.polygons.append(polygon);
            }
            ok = ok && !feature.polygons.isEmpty();
        } else if (type == QLatin1String("LineString")) {
            GeoRing line;
            ok = readRing(coords, line);
            feature.lines.append(line);
        } else if (type == QLatin1String("MultiLineString")) {
            for (const QJsonValue &l : coords.toArray()) {
                GeoRing line;
                ok = ok && readRing(l, line);
                feature.lines.append(line);
            }
        } else if (type == QLatin1String("Point")) {
            QPointF p;
            ok = readPosition(coords, p);
            feature.points.append(p);
        } else if (type == QLatin1String("MultiPoint")) {
            for (const QJsonValue &v : coords.toArray()) {
                QPointF p;
                ok = ok && readPosition(v, p);
                feature.points.append(p);
            }
        } else {
            return makeError(QStringLiteral("geojson.geometry"),
                             tr("%1: feature %2: unsupported geometry type \"%3\"").arg(sourceName).arg(i).arg(type));
        }
        if (!ok)
            return makeError(QStringLiteral("geojson.coordinates"),
                             tr("%1: feature %2: malformed %3 coordinates").arg(sourceName).arg(i).arg(type));
        features.append(feature);
    }
    return features;
}

Result<QList<GeoFeature>> GeoJson::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("geojson.open"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

} // namespace Sigap
