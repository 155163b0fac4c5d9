#include "unitcommands.h"

#include "unitprojection.h"

#include "domain/eventkinds.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffcommands.h"
#include "handoff/handoffprojection.h"

namespace Sigap {

Result<const RosterUnit *> UnitCommands::checkUnit(const QString &unit) const
{
    const RosterUnit *u = m_roster.byId(unit);
    if (!u)
        return makeError(QStringLiteral("unit.unknown"),
                         tr("no unit with id \"%1\" in the room's unit roster").arg(unit));
    return u;
}

Result<EventDraft> UnitCommands::changeStatus(const QString &unit, const QString &to, const QString &incident,
                                              const QString &agency, const Actor &actor) const
{
    auto u = checkUnit(unit);
    if (!u)
        return u.error();
    const auto status = UnitStatuses::fromName(to);
    if (!status)
        return makeError(QStringLiteral("unit.status"),
                         tr("status \"%1\": expected one of %2").arg(to, UnitStatuses::allNames()));
    if (*status == UnitStatus::Dispatched) {
        if (incident.isEmpty() || agency.isEmpty())
            return makeError(
                QStringLiteral("unit.assignment"),
                tr("unit %1: dispatched needs the incident and the agency (--incident ID --agency ID)").arg(unit));
        return assign(incident, agency, unit, actor);
    }
    if (!incident.isEmpty() || !agency.isEmpty())
        return makeError(QStringLiteral("unit.assignment"),
                         tr("unit %1: only dispatched names an incident and an agency, not %2").arg(unit, to));
    EventDraft d;
    d.kind = EventKind::UnitStatusChanged;
    d.subject = unit;
    d.actor = actor.id;
    d.role = actor.role;
    d.payload.insert(QStringLiteral("to"), to);
    return d;
}

Result<EventDraft> UnitCommands::assign(const QString &incident, const QString &agency, const QString &unit,
                                        const Actor &actor) const
{
    const Incident *i = m_incidents.incident(incident);
    if (!i || !i->created)
        return makeError(QStringLiteral("unit.incident"), tr("no incident with id \"%1\"").arg(incident));
    const Agency *a = m_agencies.byId(agency);
    if (!a)
        return makeError(QStringLiteral("unit.agency"),
                         tr("no agency with id \"%1\" in the room's agency directory").arg(agency));
    auto u = checkUnit(unit);
    if (!u)
        return u.error();
    if (u.value()->agency != agency)
        return makeError(
            QStringLiteral("unit.agency"),
            tr("unit %1 (%2) belongs to %3, not to %4").arg(unit, u.value()->callsign, u.value()->agency, agency));
    // A unit serves a handoff: the agency must have been handed the incident and not have
    // finished, refused or been withdrawn from it.
    const Handoff *h = m_handoffs.handoff(incident, agency);
    if (!h || !HandoffStates::isOpen(h->state))
        return makeError(
            QStringLiteral("unit.handoff"),
            tr("incident %1 has no open handoff to %2; hand it to the agency first").arg(incident, agency));
    if (const UnitStatus now = m_status.statusOf(unit); !UnitStatuses::isLegal(now, UnitStatus::Dispatched))
        return makeError(QStringLiteral("unit.busy"), tr("unit %1 (%2) is %3 and cannot be dispatched now")
                                                          .arg(unit, u.value()->callsign, UnitStatuses::label(now)));
    EventDraft d;
    d.kind = EventKind::UnitStatusChanged;
    d.subject = unit;
    d.actor = actor.id;
    d.role = actor.role;
    d.payload.insert(QStringLiteral("to"), UnitStatuses::name(UnitStatus::Dispatched));
    d.payload.insert(QStringLiteral("incident"), incident);
    d.payload.insert(QStringLiteral("agency"), agency);
    return d;
}

Result<QList<EventDraft>> UnitCommands::dispatch(const QString &incident, const QString &agency, const QString &unit,
                                                 const HandoffCommands &handoffCommands, const Actor &actor) const
{
    auto assigned = assign(incident, agency, unit, actor);
    if (!assigned)
        return assigned.error();
    QList<EventDraft> drafts{assigned.value()};
    const Handoff *h = m_handoffs.handoff(incident, agency);
    if (h && HandoffStates::isLegal(h->state, HandoffState::Dispatched)) {
        auto moved
            = handoffCommands.changeState(incident, agency, HandoffStates::name(HandoffState::Dispatched), {}, actor);
        if (!moved)
            return moved.error();
        drafts.append(moved.value());
    }
    return drafts;
}

} // namespace Sigap
