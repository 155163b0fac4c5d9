#pragma once

#include <QTimeZone>

#include <utility>

namespace Sigap {

// The room's three shifts: 07:00-15:00, 15:00-23:00 and 23:00-07:00 room time. The KPIs,
// the shift lead's board and the shift report all speak of "the current shift" this way.
class Shifts
{
public:
    // [start, end) in ms of the shift that holds nowMs.
    static std::pair<qint64, qint64> containing(qint64 nowMs, const QTimeZone &zone);
    // [start, end) of the room-time day that holds nowMs, and of the days before it.
    static std::pair<qint64, qint64> lastDays(qint64 nowMs, const QTimeZone &zone, int days);
    // [start, end) of the room-time calendar month that holds nowMs, midnight to midnight:
    // the monthly report's period. monthsBack 1 is the month before (the report the regional
    // head gets on the 1st).
    static std::pair<qint64, qint64> month(qint64 nowMs, const QTimeZone &zone, int monthsBack = 0);
};

} // namespace Sigap
