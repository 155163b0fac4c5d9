#include "escalations.h"

#include "leadjournal.h"

#include "domain/callprojection.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"

#include <algorithm>
#include <limits>

namespace Sigap {

int Escalations::categoryTargetMin(const AgencyDirectory &agencies, const QString &category)
{
    int target = 0;
    for (const Agency *agency : agencies.forCategory(category)) {
        const int minutes = agency->targetMinFor(category);
        if (minutes > 0 && (target == 0 || minutes < target))
            target = minutes;
    }
    return target > 0 ? target : UnhandledCategoryTargetMin;
}

// Every escalation that is due or will be as time goes on, unless a lead answered it.
QList<Escalation> Escalations::pending(const Sources &s)
{
    QList<Escalation> out;
    auto add = [&](Escalation e) {
        if (!s.journal.answer(e.key))
            out.append(std::move(e));
    };

    // The same rule the desk's handoff panel marks overdue by (HandoffProjection::isOverdue).
    for (const Handoff *h : s.handoffs.awaitingAcknowledgement()) {
        const qint64 sent = *h->at(HandoffState::Sent);
        Escalation e;
        e.kind = Escalation::Kind::UnacknowledgedHandoff;
        e.key = QStringLiteral("handoff/%1/%2/%3").arg(h->incident, h->agency).arg(sent);
        e.incident = h->incident;
        e.agency = h->agency;
        e.sinceMs = sent;
        e.limitMs = HandoffProjection::ackTimeoutMs(*h, s.agencies);
        add(std::move(e));
    }

    for (const QString &id : s.calls.ringingIds()) {
        const Call *call = s.calls.call(id);
        if (!call)
            continue;
        Escalation e;
        e.kind = Escalation::Kind::CallWaiting;
        e.key = QStringLiteral("call/") + id;
        e.call = id;
        e.sinceMs = call->offeredMs();
        e.limitMs = CallWaitingMs;
        add(std::move(e));
    }

    for (const QString &id : s.incidents.createdIds()) {
        const Incident *inc = s.incidents.incident(id);
        if (!inc || !IncidentStatuses::isOpen(inc->status))
            continue;
        const QList<const Handoff *> handoffs = s.handoffs.ofIncident(id);
        const bool reached = std::any_of(handoffs.cbegin(), handoffs.cend(), [](const Handoff *h) {
            return h->at(HandoffState::OnScene) || h->at(HandoffState::Finished);
        });
        if (reached)
            continue;
        Escalation e;
        e.kind = Escalation::Kind::IncidentOverdue;
        e.key = QStringLiteral("incident/") + id;
        e.incident = id;
        e.sinceMs = inc->createdMs();
        e.limitMs = qint64(categoryTargetMin(s.agencies, inc->category())) * 60 * 1000;
        add(std::move(e));
    }
    return out;
}

Escalations::Outlook Escalations::outlook(const Sources &sources, qint64 nowMs)
{
    Outlook result;
    for (Escalation &e : pending(sources)) {
        if (e.overdueMs(nowMs) > 0)
            result.due.append(std::move(e));
        else
            result.nextDueMs = std::min(result.nextDueMs, e.sinceMs + e.limitMs + 1); // overdue from the next ms
    }
    std::stable_sort(result.due.begin(), result.due.end(), [nowMs](const Escalation &a, const Escalation &b) {
        return a.overdueMs(nowMs) > b.overdueMs(nowMs);
    });
    return result;
}

QString Escalations::kindLabel(Escalation::Kind kind)
{
    switch (kind) {
    case Escalation::Kind::UnacknowledgedHandoff: return tr("Agency has not acknowledged");
    case Escalation::Kind::CallWaiting: return tr("Call waiting");
    case Escalation::Kind::IncidentOverdue: return tr("Over its target, no one on scene");
    }
    return {};
}

} // namespace Sigap
