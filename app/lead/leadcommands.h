#pragma once

#include "auth/operatordirectory.h"
#include "domain/event.h"

#include <QCoreApplication>

namespace Sigap {

class IncidentProjection;
class LeadJournal;

// Turns what a shift lead asks for into event drafts, refusing what the person signed in
// may not do and what cannot be done, with a message that says which. The node checks the
// lead's PIN (sign-in) and the clock; this class only decides.
class LeadCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::LeadCommands)

public:
    LeadCommands(const IncidentProjection &incidents, const OperatorDirectory &operators, const LeadJournal &journal)
        : m_incidents(incidents)
        , m_operators(operators)
        , m_journal(journal)
    {
    }

    // incident.reassigned: the open incident goes to an active operator who takes calls
    // (the lead themself: a take-over). lead: who is signed in at the desk, or null.
    Result<EventDraft> reassign(const QString &incidentId, const QString &toOperator,
                                const OperatorAccount *lead) const;
    // escalation.answered for a key the caller found due (Escalations::due).
    Result<EventDraft> answerEscalation(const QString &key, const QString &note, const OperatorAccount *lead) const;
    // shift.handover_written with the incidents open now.
    Result<EventDraft> writeHandover(const QString &note, const QStringList &openIncidents, qint64 shiftFromMs,
                                     qint64 shiftToMs, const OperatorAccount *lead) const;
    // shift.handover_accepted by the incoming lead, another shift lead than the one who wrote it.
    Result<EventDraft> acceptHandover(const QString &handoverId, const OperatorAccount &incoming) const;

    // An error unless `who` is signed in and one of their roles allows the permission.
    static Result<void> require(const OperatorAccount *who, Permission permission);

    static constexpr int MaxNoteLength = 4000;

private:
    const IncidentProjection &m_incidents;
    const OperatorDirectory &m_operators;
    const LeadJournal &m_journal;
};

} // namespace Sigap
