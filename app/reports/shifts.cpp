#include "shifts.h"

#include "domain/cborinteger.h"
#include "domain/eventkinds.h"
#include "domain/incident.h"

#include <QCborArray>
#include <QDateTime>
#include <QStringList>

namespace Sigap {

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int MinShiftMinutes = 60;

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Shifts::Shifts()
    : m_starts{7 * 60, 15 * 60, 23 * 60}
{
}

Result<Shifts> Shifts::fromStartMinutes(const QList<int> &starts)
{
    auto refuse = [](const QString &why) { return makeError(QStringLiteral("shifts.starts"), why); };
    if (starts.isEmpty() || starts.size() > MaxShifts)
        return refuse(tr("a room has 1 to %1 shifts, not %2").arg(MaxShifts).arg(starts.size()));
    for (int i = 0; i < starts.size(); ++i) {
        if (starts.at(i) < 0 || starts.at(i) >= MinutesPerDay)
            return refuse(tr("%1 minutes is not a time of day").arg(starts.at(i)));
        const int next = i + 1 < starts.size() ? starts.at(i + 1) : starts.first() + MinutesPerDay;
        if (starts.size() > 1 && next - starts.at(i) < MinShiftMinutes)
            return refuse(
                tr("the shift from %1 is shorter than an hour, or the times are not in order").arg(hhmm(starts.at(i))));
    }
    return Shifts(starts);
}

Result<Shifts> Shifts::parse(const QString &text)
{
    QList<int> starts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(part.trimmed(), QStringLiteral("HH:mm"));
        if (!time.isValid())
            return makeError(QStringLiteral("shifts.starts"),
                             tr("\"%1\" is not a time of day as HH:MM").arg(part.trimmed()));
        starts.append(time.hour() * 60 + time.minute());
    }
    return fromStartMinutes(starts);
}

Shifts Shifts::fromRoomEvents(const QList<Event> &roomEvents)
{
    const Event *newest = newestOfKind(roomEvents, EventKind::RoomShiftsSet);
    if (!newest)
        return Shifts();
    QList<int> starts;
    for (const QCborValue &v : newest->payload.value(QStringLiteral("starts_min")).toArray())
        starts.append(v.isInteger() ? int(cborInteger(v)) : -1);
    auto shifts = fromStartMinutes(starts);
    return shifts ? shifts.value() : Shifts(); // a broken setting never leaves the room without shifts
}

Result<EventDraft> Shifts::setting(const Actor &actor) const
{
    QCborArray starts;
    for (int minutes : m_starts)
        starts.append(minutes);
    return EventDraft{EventKind::RoomShiftsSet,
                      1,
                      Subject,
                      QCborMap{{QStringLiteral("starts_min"), starts}},
                      actor.id,
                      actor.role,
                      0};
}

QString Shifts::text() const
{
    QStringList parts;
    for (int minutes : m_starts)
        parts << hhmm(minutes);
    return parts.join(QLatin1Char(','));
}

std::pair<qint64, qint64> Shifts::containing(qint64 nowMs, const QTimeZone &zone) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const int minute = now.time().hour() * 60 + now.time().minute();
    // The latest start at or before now, today; else the last one of yesterday.
    int index = -1;
    for (int i = 0; i < m_starts.size(); ++i)
        if (m_starts.at(i) <= minute)
            index = i;
    QDate day = now.date();
    if (index < 0) {
        index = int(m_starts.size()) - 1;
        day = day.addDays(-1);
    }
    const int startMinute = m_starts.at(index);
    const QDateTime start(day, QTime(startMinute / 60, startMinute % 60), zone);
    const bool last = index + 1 == m_starts.size();
    const int endMinute = last ? m_starts.first() : m_starts.at(index + 1);
    const QDateTime end(last ? day.addDays(1) : day, QTime(endMinute / 60, endMinute % 60), zone);
    return {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
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
