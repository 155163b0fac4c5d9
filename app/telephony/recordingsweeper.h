#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <limits>

namespace Sigap {

class AuthorityGate;
class CallProjection;
class Clock;
class EventLog;

// Deletes this desk's call recordings older than the room's retention (RecordingRetention)
// at start and every SweepEveryMs, and records each removal in the log.
class RecordingSweeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int SweepEveryMs = 3600 * 1000;
    using ActorNow = std::function<Actor()>;

    RecordingSweeper(EventLog &log, const CallProjection &calls, const Clock &clock, ActorNow actorNow,
                     const AuthorityGate &authority, const QString &recordingsDir, QObject *parent = nullptr);

    // Where this desk's recordings are (sip.json's record_dir).
    void setRecordingsDir(const QString &dir) { m_recordingsDir = dir; }
    // The room's retention of call recordings in days (0: for ever), from its newest
    // room.retention_set.
    int retentionDays() const;
    // Deletes the expired recordings now; how many it removed.
    Result<int> sweep();
    // The first sweep on the next pass of the event loop, then every SweepEveryMs.
    void start();

private:
    Result<int> readRetentionDays() const;

    EventLog &m_log;
    const CallProjection &m_calls;
    const Clock &m_clock;
    ActorNow m_actorNow;
    const AuthorityGate &m_authority; // a retention set without the authority for it is ignored
    QString m_recordingsDir;
    QTimer m_timer;
    // The previous sweep's cutoff: the next one reads the archive from there (RecordingRetention).
    qint64 m_sweptBeforeMs = std::numeric_limits<qint64>::min();
};

} // namespace Sigap
