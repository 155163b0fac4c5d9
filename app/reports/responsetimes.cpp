#include "responsetimes.h"

#include "domain/callprojection.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Sigap {

namespace {

struct Durations
{
    QList<qint64> answeredToSent, sentToAcknowledged, acknowledgedToDispatched, dispatchedToOnScene, onSceneToFinished,
        answeredToOnScene;
};

ResponseKpi::Step stepOf(const QList<qint64> &durations)
{
    return ResponseKpi::Step{int(durations.size()), ResponseTimes::percentile(durations, 50),
                             ResponseTimes::percentile(durations, 90)};
}

std::optional<qint64> startOf(const Incident &incident, const CallProjection &calls)
{
    std::optional<qint64> earliest;
    for (const QString &callId : incident.calls) {
        const Call *call = calls.call(callId);
        if (call && call->answeredStamp) {
            const qint64 at = Hlc::wallMs(call->answeredStamp->hlc);
            earliest = earliest ? std::min(*earliest, at) : at;
        }
    }
    return earliest ? earliest : std::optional<qint64>(incident.createdMs());
}

void addSpan(QList<qint64> &into, std::optional<qint64> from, std::optional<qint64> to)
{
    if (from && to && *to >= *from)
        into.append(*to - *from);
}

} // namespace

qint64 ResponseTimes::percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

QList<ResponseKpi> ResponseTimes::compute(const HandoffProjection &handoffs, const IncidentProjection &incidents,
                                          const CallProjection &calls, const AgencyDirectory &agencies, qint64 fromMs,
                                          qint64 toMs, Grouping grouping)
{
    const bool byCategory = grouping == Grouping::AgencyAndCategory;
    QMap<std::pair<QString, QString>, std::pair<ResponseKpi, Durations>> groups;
    handoffs.forEachHandoff(fromMs, toMs, [&](const Handoff &h) {
        const auto sent = h.at(HandoffState::Sent);
        const Incident *incident = incidents.incident(h.incident);
        if (!sent || *sent < fromMs || *sent >= toMs || !incident || !incident->created)
            return;
        const QString category = byCategory ? incident->category() : QString();
        auto &[kpi, d] = groups[{h.agency, category}];
        kpi.agency = h.agency;
        kpi.category = category;
        ++kpi.handoffs;
        const std::optional<qint64> answered = startOf(*incident, calls);
        const auto ack = h.at(HandoffState::Acknowledged);
        const auto dispatched = h.at(HandoffState::Dispatched);
        const auto onScene = h.at(HandoffState::OnScene);
        addSpan(d.answeredToSent, answered, sent);
        addSpan(d.sentToAcknowledged, sent, ack);
        addSpan(d.acknowledgedToDispatched, ack, dispatched);
        addSpan(d.dispatchedToOnScene, dispatched, onScene);
        addSpan(d.onSceneToFinished, onScene, h.at(HandoffState::Finished));
        addSpan(d.answeredToOnScene, answered, onScene);
        // Each handoff against its own category's target, also when categories are summed up.
        const Agency *agency = agencies.byId(h.agency);
        const int targetMin = agency ? agency->targetMinFor(incident->category()) : 0;
        kpi.targetMin = byCategory ? targetMin : 0;
        if (onScene && answered) {
            ++kpi.reachedScene;
            if (targetMin > 0 && *onScene - *answered <= qint64(targetMin) * 60000)
                ++kpi.withinTarget;
        }
    });
    QList<ResponseKpi> out;
    for (auto &[kpi, d] : groups) {
        kpi.answeredToSent = stepOf(d.answeredToSent);
        kpi.sentToAcknowledged = stepOf(d.sentToAcknowledged);
        kpi.acknowledgedToDispatched = stepOf(d.acknowledgedToDispatched);
        kpi.dispatchedToOnScene = stepOf(d.dispatchedToOnScene);
        kpi.onSceneToFinished = stepOf(d.onSceneToFinished);
        kpi.answeredToOnScene = stepOf(d.answeredToOnScene);
        out.append(kpi);
    }
    return out;
}

} // namespace Sigap
