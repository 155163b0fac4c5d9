#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <limits>

namespace Sigap {

class CallProjection;

// The room's retention of call recordings. One setting for the whole room, an event
// (room.retention_set {recordings_days}, subject "room"; the newest by stamp holds): each desk
// keeps the recordings it made for that many days after the call, then deletes the files and
// records each removal (call.recording_removed), so the timeline still says a recording was
// there. Without a setting, or with 0, recordings are kept for ever: deleting evidence is a
// decision the room takes, not a default.
//
// A desk deletes only what it recorded itself, whatever an event claims: a recording is this
// desk's when its call.recorded event was written by this desk's own store (its origin), the
// file is a WAV inside the desk's recordings folder, and its SHA-256 is still the one recorded.
// So an event written elsewhere cannot make a desk delete anything.
class RecordingRetention
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::RecordingRetention)

public:
    static constexpr int MaxDays = 3650;
    static inline const QString Subject = QStringLiteral("room");

    // The event that sets the room's retention; refused outside 0..MaxDays.
    static Result<EventDraft> setting(int recordingsDays, const Actor &actor);
    // The room's retention in days from its room.retention_set events (any order); 0: for ever.
    static int recordingsDays(const QList<Event> &roomEvents);

    struct Sweep
    {
        QList<EventDraft> removals;                           // one call.recording_removed per recording deleted
        QStringList problems;                                 // files that could not be deleted, with why
        qint64 cutoffMs = std::numeric_limits<qint64>::min(); // recordings made before it were due
    };
    struct Desk
    {
        QString origin; // this desk's store id: the origin of the events it writes
        Actor actor;    // who the removals are recorded as
        QString recordingsDir;
    };
    // Deletes the recordings this desk made more than days before nowMs. A file already gone
    // is recorded as removed too (reason "missing"), so it is not looked for again.
    //
    // Every call in memory is looked at; of the archived calls only those whose life reaches
    // sinceMs (the cutoff of the sweep before), as a recording that came due since then was
    // made at or after it. An hourly sweep so reads an hour of the archive, not its years. A
    // file that could not be deleted in an archived call is tried again at the desk's next
    // start (sinceMs unset), and named in the log each time.
    static Sweep sweep(const CallProjection &calls, const Desk &desk, int days, qint64 nowMs,
                       qint64 sinceMs = std::numeric_limits<qint64>::min());
};

} // namespace Sigap
