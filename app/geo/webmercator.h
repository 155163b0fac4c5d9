#pragma once

#include <QPointF>

#include <cmath>
#include <utility>

// Web Mercator (EPSG:3857), the projection of XYZ tile servers, in "world units": at zoom
// 0 the world is one 256-unit tile, x growing east from 180° W and y growing south from
// 85.0511° N. At zoom z a world unit is 2^z screen pixels, so one transform (scale and
// offset) draws the whole city at any zoom.
namespace Sigap::WebMercator {

constexpr double TileSize = 256;
constexpr double MaxLatitude = 85.05112877980659; // where the square world ends

// lat, lon in degrees (latitude clamped to ±MaxLatitude) to world units at zoom 0.
QPointF toWorld(double lat, double lon);
// World units at zoom 0 back to lat, lon in degrees.
std::pair<double, double> toLatLon(const QPointF &world);
// Screen pixels per world unit at a zoom level.
inline double scale(double zoom)
{
    return std::exp2(zoom);
}
// Metres on the ground per screen pixel at a latitude and zoom (for scale bars and radii).
double metresPerPixel(double lat, double zoom);

} // namespace Sigap::WebMercator
