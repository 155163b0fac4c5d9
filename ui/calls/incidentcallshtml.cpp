#include "incidentcallshtml.h"

#include "core/durationtext.h"
#include "domain/hlc.h"
#include "domain/incident.h"
#include "handoff/agencydirectory.h"

#include <QDateTime>

#include <algorithm>

namespace Sigap {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QList<const Call *> callsOf(const Incident &incident, const CallProjection &calls)
{
    QList<const Call *> out;
    for (const QString &id : incident.calls) {
        if (const Call *call = calls.call(id); call && call->offered)
            out.append(call);
    }
    std::sort(out.begin(), out.end(), [](const Call *a, const Call *b) { return a->offeredStamp < b->offeredStamp; });
    return out;
}
} // namespace

QString IncidentCallsHtml::latestCall(const Incident &incident, const CallProjection &calls)
{
    const QList<const Call *> list = callsOf(incident, calls);
    return list.isEmpty() ? QString() : list.last()->id;
}

QString IncidentCallsHtml::build(const Incident &incident, const CallProjection &calls, const AgencyDirectory &agencies,
                                 const QTimeZone &timeZone, QList<PlayableRecording> &recordings)
{
    recordings.clear();
    const QList<const Call *> list = callsOf(incident, calls);
    if (list.isEmpty())
        return {};
    auto time = [&timeZone](qint64 hlc) {
        return QDateTime::fromMSecsSinceEpoch(Hlc::wallMs(hlc), timeZone).toString(QStringLiteral("HH:mm:ss"));
    };
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Calls and recordings"));
    for (const Call *call : list) {
        QStringList facts;
        if (call->waitedMs() >= 0)
            facts << tr("rang %n s", nullptr, int(call->waitedMs() / 1000));
        if (!call->transferredTo.isEmpty()) {
            const Agency *agency = agencies.byId(call->transferredTo);
            facts << tr("put through to %1 at %2")
                         .arg(escaped(agency ? agency->name : call->transferredTo), time(call->transferredStamp->hlc));
        }
        for (const CallBackRef &b : call->callBacks)
            facts << (b.connected    ? tr("called back at %1, answered").arg(time(b.placedStamp.hlc))
                      : b.endedStamp ? tr("called back at %1, no answer").arg(time(b.placedStamp.hlc))
                                     : tr("being called back since %1").arg(time(b.placedStamp.hlc)));
        html += QStringLiteral("<li><b>%1</b> %2 · %3")
                    .arg(time(call->offeredStamp.hlc), escaped(call->number), facts.join(QStringLiteral(" · ")));
        for (const CallRecordingRef &r : call->recordings) {
            const QString title = r.callBack.isEmpty()
                                      ? tr("call from %1 at %2").arg(call->number, time(call->offeredStamp.hlc))
                                      : tr("call-back to %1").arg(call->number);
            const QString length = minutesAndSeconds(r.durationMs / 1000);
            if (r.removedStamp) {
                html += QStringLiteral("<br>%1").arg(
                    escaped(tr("recording (%1) removed under the room's retention").arg(length)));
                continue;
            }
            html += QStringLiteral("<br><a href=\"recording:%1\">%2</a>")
                        .arg(recordings.size())
                        .arg(escaped(r.callBack.isEmpty()
                                         ? tr("▶ recording, %1, desk %2").arg(length, r.desk)
                                         : tr("▶ call-back recording, %1, desk %2").arg(length, r.desk)));
            recordings.append(PlayableRecording{r, title});
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (!recordings.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Ctrl+P plays the last recording listed.")));
    return html;
}

} // namespace Sigap
