#include "recordingretention.h"

#include "domain/callprojection.h"
#include "domain/cborinteger.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Sigap {

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

// Inside the data folder, a WAV file: the only files a sweep may delete.
bool deletable(const QString &path, const QString &dataDir)
{
    const QFileInfo file(path);
    const QString root = QDir(dataDir).canonicalPath();
    return !root.isEmpty() && file.suffix().compare(QLatin1String("wav"), Qt::CaseInsensitive) == 0
           && file.canonicalFilePath().startsWith(root + QLatin1Char('/'));
}
} // namespace

Result<EventDraft> RecordingRetention::setting(int recordingsDays, const Actor &actor)
{
    if (recordingsDays < 0 || recordingsDays > MaxDays)
        return makeError(
            QStringLiteral("retention.days"),
            tr("recordings_days: %1 is not a number of days from 0 (for ever) to %2").arg(recordingsDays).arg(MaxDays));
    return EventDraft{EventKind::RoomRetentionSet,
                      1,
                      Subject,
                      QCborMap{{QStringLiteral("recordings_days"), recordingsDays}},
                      actor.id,
                      actor.role,
                      0};
}

int RecordingRetention::recordingsDays(const QList<Event> &roomEvents)
{
    const Event *newest = nullptr;
    for (const Event &e : roomEvents) {
        if (e.kind == EventKind::RoomRetentionSet && e.kindVersion == 1 && (!newest || stampOf(*newest) < stampOf(e)))
            newest = &e;
    }
    if (!newest)
        return 0;
    const qint64 days = cborInteger(newest->payload.value(QStringLiteral("recordings_days")));
    return days < 0 || days > MaxDays ? 0 : int(days);
}

RecordingRetention::Sweep RecordingRetention::sweep(const CallProjection &calls, const Actor &desk,
                                                    const QString &dataDir, int days, qint64 nowMs)
{
    Sweep result;
    if (days <= 0)
        return result;
    const qint64 cutoffMs = nowMs - days * DayMs;
    for (const Call *call : calls.all()) {
        for (const CallRecordingRef &r : call->recordings) {
            if (r.removedStamp || r.desk != desk.id || r.stamp.hlc == 0 || Hlc::wallMs(r.stamp.hlc) >= cutoffMs)
                continue;
            if (QFileInfo::exists(r.path)) {
                if (!deletable(r.path, dataDir)) {
                    result.problems << tr("%1: not deleted, it is not a recording in the data folder").arg(r.path);
                    continue;
                }
                QFile file(r.path);
                if (!file.remove()) {
                    result.problems << tr("%1: cannot delete: %2").arg(r.path, file.errorString());
                    continue;
                }
            }
            // A file already gone is recorded as removed too, so the sweep does not retry it.
            result.removals.append(EventDraft{
                EventKind::CallRecordingRemoved, 1, call->id,
                QCborMap{{QStringLiteral("path"), r.path}, {QStringLiteral("reason"), QStringLiteral("retention")}},
                desk.id, desk.role, 0});
        }
    }
    return result;
}

} // namespace Sigap
