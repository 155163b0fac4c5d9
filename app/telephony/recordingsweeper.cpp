#include "recordingsweeper.h"

#include "auth/authoritygate.h"
#include "core/clock.h"
#include "core/logging.h"
#include "recordingretention.h"
#include "store/eventlog.h"

namespace Sigap {

RecordingSweeper::RecordingSweeper(EventLog &log, const CallProjection &calls, const Clock &clock, ActorNow actorNow,
                                   const AuthorityGate &authority, const QString &recordingsDir, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_calls(calls)
    , m_clock(clock)
    , m_actorNow(std::move(actorNow))
    , m_authority(authority)
    , m_recordingsDir(recordingsDir)
{
    m_timer.setInterval(SweepEveryMs);
}

void RecordingSweeper::start()
{
    auto sweepNow = [this] {
        if (auto r = sweep(); !r)
            qCWarning(lcTelephony) << "retention: the removals could not be recorded:" << r.error().message;
    };
    connect(&m_timer, &QTimer::timeout, this, sweepNow);
    m_timer.start();
    QMetaObject::invokeMethod(this, sweepNow, Qt::QueuedConnection);
}

Result<int> RecordingSweeper::readRetentionDays() const
{
    auto settings = m_log.store().eventsOfSubject(RecordingRetention::Subject);
    if (!settings)
        return settings.error();
    return RecordingRetention::recordingsDays(m_authority.tookEffectOnly(settings.value()));
}

int RecordingSweeper::retentionDays() const
{
    auto days = readRetentionDays();
    return days ? days.value() : 0;
}

Result<int> RecordingSweeper::sweep()
{
    auto read = readRetentionDays();
    if (!read)
        return read.error();
    const int days = read.value();
    const RecordingRetention::Sweep sweep = RecordingRetention::sweep(
        m_calls, {m_log.store().deskId(), m_actorNow(), m_recordingsDir}, days, m_clock.nowMs(), m_sweptBeforeMs);
    for (const QString &problem : sweep.problems)
        qCWarning(lcTelephony) << "retention:" << problem;
    if (sweep.removals.isEmpty()) {
        m_sweptBeforeMs = sweep.cutoffMs;
        return 0;
    }
    if (auto appended = m_log.append(sweep.removals); !appended)
        return appended.error(); // the removals are looked for again next time
    m_sweptBeforeMs = sweep.cutoffMs;
    qCInfo(lcTelephony) << "retention: removed" << sweep.removals.size() << "recordings older than" << days << "days";
    return int(sweep.removals.size());
}

} // namespace Sigap
