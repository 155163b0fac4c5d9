#pragma once

#include "agencydirectory.h"
#include "handoff.h"

#include "domain/event.h"

#include <QCoreApplication>

namespace Sigap {

class IncidentProjection;

// Turns a handoff asked for at a desk (or by sigapctl) into an event draft, refusing bad
// input with a message that names the incident, agency, channel or state. Legality of a
// transition is not checked here: two desks may move the same handoff concurrently, and the
// fold keeps the loser as a conflict, as for an incident's status.
class HandoffCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::HandoffCommands)

public:
    HandoffCommands(const AgencyDirectory &agencies, const IncidentProjection &incidents)
        : m_agencies(agencies)
        , m_incidents(incidents)
    {
    }

    // channel empty: the agency's own; receivedBy: who took a phone handoff at the agency.
    Result<EventDraft> send(const QString &incident, const QString &agency, const QString &channel,
                            const QString &receivedBy, const Actor &actor) const;
    Result<EventDraft> changeState(const QString &incident, const QString &agency, const QString &to,
                                   const QString &reason, const Actor &actor) const;

    // The incident to several agencies at once (the desk's handoff dialog), each on its own
    // channel: the drafts of one append, and a message for each agency that was refused.
    struct Recipient
    {
        QString agency;
        QString receivedBy;
    };
    struct Sending
    {
        QList<EventDraft> drafts;
        QStringList refusals;
    };
    Sending sendTo(const QString &incident, const QList<Recipient> &recipients, const Actor &actor) const;

private:
    Result<const Agency *> checkTarget(const QString &incident, const QString &agency) const;
    static EventDraft draft(const QString &kind, const QString &incident, const QString &agency, const Actor &actor);

    const AgencyDirectory &m_agencies;
    const IncidentProjection &m_incidents;
};

} // namespace Sigap
