#include "recordingretention.h"

#include "callrecording.h"

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

// A WAV file inside the recordings folder (links resolved): the only files a sweep may delete.
bool inRecordingsFolder(const QString &path, const QString &recordingsDir)
{
    const QFileInfo file(path);
    const QString root = QDir(recordingsDir).canonicalPath();
    return !root.isEmpty() && file.isFile() && file.suffix().compare(QLatin1String("wav"), Qt::CaseInsensitive) == 0
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
    const Event *newest = newestOfKind(roomEvents, EventKind::RoomRetentionSet);
    if (!newest)
        return 0;
    const qint64 days = cborInteger(newest->payload.value(QStringLiteral("recordings_days")));
    return days < 0 || days > MaxDays ? 0 : int(days);
}

RecordingRetention::Sweep RecordingRetention::sweep(const CallProjection &calls, const Desk &desk, int days,
                                                    qint64 nowMs, qint64 sinceMs)
{
    Sweep result;
    if (days <= 0)
        return result;
    result.cutoffMs = nowMs - days * DayMs;
    calls.forEachCall(sinceMs, result.cutoffMs, [&](const Call &call) {
        for (const CallRecordingRef &r : call.recordings) {
            if (r.removedStamp || r.stamp.origin != desk.origin || r.stamp.hlc == 0
                || Hlc::wallMs(r.stamp.hlc) >= result.cutoffMs)
                continue;
            QString reason = QStringLiteral("retention");
            if (!QFileInfo::exists(r.path)) {
                reason = QStringLiteral("missing");
            } else if (!inRecordingsFolder(r.path, desk.recordingsDir)) {
                result.problems << tr("%1: not deleted, it is not a recording in %2").arg(r.path, desk.recordingsDir);
                continue;
            } else if (auto summary = CallRecording::summarize(r.path);
                       !summary || QString::fromLatin1(summary.value().sha256Hex) != r.sha256Hex) {
                result.problems
                    << tr("%1: not deleted, it is not the file that was recorded (its checksum differs)").arg(r.path);
                continue;
            } else if (QFile file(r.path); !file.remove()) {
                result.problems << tr("%1: cannot delete: %2").arg(r.path, file.errorString());
                continue;
            }
            result.removals.append(
                EventDraft{EventKind::CallRecordingRemoved, 1, call.id,
                           QCborMap{{QStringLiteral("path"), r.path}, {QStringLiteral("reason"), reason}},
                           desk.actor.id, desk.actor.role, 0});
        }
    });
    return result;
}

} // namespace Sigap
