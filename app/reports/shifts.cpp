#include "shifts.h"

#include <QDateTime>

namespace Sigap {

std::pair<qint64, qint64> Shifts::containing(qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const int hour = now.time().hour();
    const int startHour = hour >= 23 || hour < 7 ? 23 : hour >= 15 ? 15 : 7;
    QDateTime start(now.date(), QTime(startHour, 0), zone);
    if (startHour == 23 && hour < 7)
        start = start.addDays(-1);
    return {start.toMSecsSinceEpoch(), start.addSecs(8 * 3600).toMSecsSinceEpoch()};
}

std::pair<qint64, qint64> Shifts::lastDays(qint64 nowMs, const QTimeZone &zone, int days)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QDateTime start(today.addDays(1 - days), QTime(0, 0), zone);
    const QDateTime end(today.addDays(1), QTime(0, 0), zone);
    return {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
}

std::pair<qint64, qint64> Shifts::month(qint64 nowMs, const QTimeZone &zone, int monthsBack)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-monthsBack);
    const QDateTime start(first, QTime(0, 0), zone);
    const QDateTime end(first.addMonths(1), QTime(0, 0), zone);
    return {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
}

} // namespace Sigap
