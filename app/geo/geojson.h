#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace Sigap {

// Coordinates as in GeoJSON (RFC 7946): x = longitude, y = latitude, WGS 84.
using GeoRing = QList<QPointF>;

struct GeoPolygon
{
    QList<GeoRing> rings; // outer ring first, then holes
    QRectF bounds;

    bool contains(const QPointF &lonLat) const;
    // A point inside the polygon (not in a hole), for labels: the middle of the widest
    // stretch inside along one of several lines of latitude. A centroid can lie outside a
    // concave shape; this cannot. Area in square degrees (holes taken off), for picking the
    // largest part of a multi-part shape.
    QPointF insidePoint() const;
    double area() const;
};

struct GeoFeature
{
    QJsonObject properties;
    QList<GeoPolygon> polygons; // Polygon and MultiPolygon
    QList<GeoRing> lines;       // LineString and MultiLineString
    QList<QPointF> points;      // Point and MultiPoint
};

class GeoJson
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::GeoJson)

public:
    // Parses a FeatureCollection. A feature with a broken geometry is refused with its index
    // and the reason; the caller decides whether that is fatal.
    static Result<QList<GeoFeature>> parse(const QByteArray &json, const QString &sourceName);
    static Result<QList<GeoFeature>> load(const QString &path);
};

// Even-odd ray casting on one ring; points on the edge count as inside or outside
// arbitrarily, which is fine for boundaries that are simplified anyway.
bool ringContains(const GeoRing &ring, const QPointF &p);

} // namespace Sigap
