#pragma once

#include "unitroster.h"
#include "unitstatus.h"

#include "domain/event.h"

#include <QCoreApplication>

namespace Sigap {

class UnitProjection;

class AgencyDirectory;
class HandoffCommands;
class HandoffProjection;
class IncidentProjection;

// Turns a unit status change or an assignment asked for at a desk (or by sigapctl) into a
// unit.status_changed draft, refusing bad input with a message that names the unit, agency,
// incident or status. Legality of the move is not checked here: two desks may move the same
// unit at once, and the fold keeps the loser as a conflict for the shift lead.
class UnitCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::UnitCommands)

public:
    UnitCommands(const UnitRoster &roster, const AgencyDirectory &agencies, const IncidentProjection &incidents,
                 const HandoffProjection &handoffs, const UnitProjection &status)
        : m_roster(roster)
        , m_agencies(agencies)
        , m_incidents(incidents)
        , m_handoffs(handoffs)
        , m_status(status)
    {
    }

    // to "dispatched" is an assignment and needs the incident and agency; any other status
    // takes neither.
    Result<EventDraft> changeStatus(const QString &unit, const QString &to, const QString &incident,
                                    const QString &agency, const Actor &actor) const;
    // The unit serves the incident's open handoff to its own agency. A unit that cannot be
    // dispatched now (on scene, already dispatched, out of service) is refused here; the
    // fold would keep a concurrent double booking from another desk as a conflict.
    Result<EventDraft> assign(const QString &incident, const QString &agency, const QString &unit,
                              const Actor &actor) const;
    // The unit dispatched to the agency's handoff (assign), and the handoff moved to
    // "dispatched" with it when it had not got there yet: the drafts of one append, so the
    // desk's one key is one transaction.
    Result<QList<EventDraft>> dispatch(const QString &incident, const QString &agency, const QString &unit,
                                       const HandoffCommands &handoffCommands, const Actor &actor) const;

private:
    Result<const RosterUnit *> checkUnit(const QString &unit) const;

    const UnitRoster &m_roster;
    const AgencyDirectory &m_agencies;
    const IncidentProjection &m_incidents;
    const HandoffProjection &m_handoffs;
    const UnitProjection &m_status;
};

} // namespace Sigap
