#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <utility>

namespace Sigap {

// The room's shifts: the times of day (room time) at which one shift hands over to the
// next, three by default: 07:00-15:00, 15:00-23:00 and 23:00-07:00. A room sets its own
// (`sigapctl shifts --starts 06:00,14:00,22:00`, a room.shifts_set event; the newest holds).
// The KPIs, the shift lead's board, the handover and the shift report all speak of "the
// current shift" this way.
class Shifts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Shifts)

public:
    static constexpr int MaxShifts = 6;
    static inline const QString Subject = QStringLiteral("room");

    Shifts(); // the three of 07:00, 15:00 and 23:00
    // Minutes after midnight, each 0..1439, ascending, 1 to MaxShifts of them, at least an
    // hour apart (also across midnight).
    static Result<Shifts> fromStartMinutes(const QList<int> &startMinutes);
    // "07:00,15:00,23:00".
    static Result<Shifts> parse(const QString &text);
    // The newest valid room.shifts_set among the room's events; the default without one.
    static Shifts fromRoomEvents(const QList<Event> &roomEvents);
    Result<EventDraft> setting(const Actor &actor) const;

    const QList<int> &startMinutes() const { return m_starts; }
    QString text() const; // "07:00,15:00,23:00"

    // [start, end) in ms of the shift that holds nowMs.
    std::pair<qint64, qint64> containing(qint64 nowMs, const QTimeZone &zone) const;

    // [start, end) of the room-time day that holds nowMs, and of the days before it.
    static std::pair<qint64, qint64> lastDays(qint64 nowMs, const QTimeZone &zone, int days);
    // [start, end) of the room-time calendar month that holds nowMs, midnight to midnight:
    // the monthly report's period. monthsBack 1 is the month before (the report the regional
    // head gets on the 1st).
    static std::pair<qint64, qint64> month(qint64 nowMs, const QTimeZone &zone, int monthsBack = 0);

private:
    explicit Shifts(QList<int> starts)
        : m_starts(std::move(starts))
    {
    }

    QList<int> m_starts;
};

} // namespace Sigap
