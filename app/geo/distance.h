#pragma once

#include <QtMath>

namespace Sigap {

// Metres between two points (degrees), by haversine on a sphere of the Earth's mean
// radius: metres-accurate at city scale, which is all a room needs.
inline double distanceM(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double EarthRadiusM = 6371008.8;
    const double dLat = qDegreesToRadians(lat2 - lat1);
    const double dLon = qDegreesToRadians(lon2 - lon1);
    const double a = qSin(dLat / 2) * qSin(dLat / 2)
                     + qCos(qDegreesToRadians(lat1)) * qCos(qDegreesToRadians(lat2)) * qSin(dLon / 2) * qSin(dLon / 2);
    return 2 * EarthRadiusM * qAsin(qMin(1.0, qSqrt(a)));
}

} // namespace Sigap
