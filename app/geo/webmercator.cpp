#include "webmercator.h"

#include <QtMath>

#include <algorithm>

namespace Sigap::WebMercator {

QPointF toWorld(double lat, double lon)
{
    const double clamped = std::clamp(lat, -MaxLatitude, MaxLatitude);
    const double sinLat = std::sin(qDegreesToRadians(clamped));
    const double x = TileSize * (lon + 180.0) / 360.0;
    const double y = TileSize * (0.5 - std::log((1 + sinLat) / (1 - sinLat)) / (4 * M_PI));
    return {x, y};
}

std::pair<double, double> toLatLon(const QPointF &world)
{
    const double lon = world.x() / TileSize * 360.0 - 180.0;
    const double n = M_PI * (1 - 2 * world.y() / TileSize);
    const double lat = qRadiansToDegrees(std::atan(std::sinh(n)));
    return {lat, lon};
}

double metresPerPixel(double lat, double zoom)
{
    constexpr double EarthCircumferenceM = 40'075'016.686;
    return EarthCircumferenceM * std::cos(qDegreesToRadians(lat)) / (TileSize * scale(zoom));
}

} // namespace Sigap::WebMercator
