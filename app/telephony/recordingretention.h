#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Sigap {

class CallProjection;

// The room's retention of call recordings. One setting for the whole room, an event
// (room.retention_set {recordings_days}, subject "room"; the newest by stamp holds): each desk
// keeps the recordings it made for that many days after the call, then deletes the files and
// records each removal (call.recording_removed), so the timeline still says a recording was
// there. Without a setting, or with 0, recordings are kept for ever: deleting evidence is a
// decision the room takes, not a default.
//
// Only WAV files inside the desk's data folder are ever deleted, whatever path an event names:
// a recording event written elsewhere cannot make a desk delete anything else.
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
        QList<EventDraft> removals; // one call.recording_removed per recording deleted
        QStringList problems;       // files that could not be deleted, with why
    };
    // Deletes the recordings this desk made more than days before nowMs.
    static Sweep sweep(const CallProjection &calls, const Actor &desk, const QString &dataDir, int days, qint64 nowMs);
};

} // namespace Sigap
