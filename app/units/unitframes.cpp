#include "unitframes.h"

#include "domain/cborinteger.h"

#include <QCborMap>

namespace Sigap::UnitFrames {

QByteArray encodePosition(const UnitReport &r)
{
    QCborMap map;
    map.insert(QStringLiteral("t"), PositionType);
    map.insert(QStringLiteral("id"), r.id);
    map.insert(QStringLiteral("agency"), r.agency);
    map.insert(QStringLiteral("callsign"), r.callsign);
    map.insert(QStringLiteral("status"), r.status);
    map.insert(QStringLiteral("lat"), r.lat);
    map.insert(QStringLiteral("lon"), r.lon);
    if (r.headingDeg)
        map.insert(QStringLiteral("heading"), *r.headingDeg);
    map.insert(QStringLiteral("reported"), r.reportedMs);
    return Frame::encode(map);
}

Result<UnitReport> decodePosition(const Frame &frame)
{
    const QCborMap &m = frame.body;
    UnitReport r;
    r.id = m.value(QStringLiteral("id")).toString();
    r.agency = m.value(QStringLiteral("agency")).toString();
    r.callsign = m.value(QStringLiteral("callsign")).toString();
    r.status = m.value(QStringLiteral("status")).toString();
    const QCborValue lat = m.value(QStringLiteral("lat"));
    const QCborValue lon = m.value(QStringLiteral("lon"));
    const QCborValue reported = m.value(QStringLiteral("reported"));
    if (r.id.isEmpty() || !lat.isDouble() || !lon.isDouble() || !reported.isInteger() || qAbs(lat.toDouble()) > 90
        || qAbs(lon.toDouble()) > 180)
        return makeError(QStringLiteral("frame.field"),
                         QStringLiteral("a unit.position frame without id, place or time"));
    r.lat = lat.toDouble();
    r.lon = lon.toDouble();
    if (m.value(QStringLiteral("heading")).isDouble())
        r.headingDeg = m.value(QStringLiteral("heading")).toDouble();
    r.reportedMs = cborInteger(reported);
    return r;
}

} // namespace Sigap::UnitFrames
