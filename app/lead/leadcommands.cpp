#include "leadcommands.h"

#include "leadjournal.h"

#include "domain/eventkinds.h"
#include "domain/incidentprojection.h"

#include <QCborArray>

namespace Sigap {

namespace {

QString displayNames(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names << Roles::displayName(role);
    return names.join(QStringLiteral(", "));
}

// Written in the shift lead's role, whatever other roles the lead also holds.
EventDraft draftBy(const QString &kind, const QString &subject, const QCborMap &payload, const OperatorAccount &who)
{
    return EventDraft{kind, 1, subject, payload, who.id, Roles::name(Role::ShiftLead)};
}

} // namespace

Result<void> LeadCommands::require(const OperatorAccount *who, Permission permission)
{
    if (!who)
        return makeError(QStringLiteral("lead.not_signed_in"),
                         tr("No one is signed in at this desk: a shift lead signs in first."));
    if (!who->active)
        return makeError(QStringLiteral("lead.inactive"), tr("%1 is no longer active.").arg(who->name));
    if (!who->allows(permission))
        return makeError(
            QStringLiteral("lead.not_allowed"),
            tr("%1 (%2) may not do this: it needs the shift lead role.").arg(who->name, displayNames(who->roles)));
    return {};
}

Result<EventDraft> LeadCommands::reassign(const QString &incidentId, const QString &toOperator,
                                          const OperatorAccount *lead) const
{
    if (auto allowed = require(lead, Permission::Reassign); !allowed)
        return allowed.error();
    const Incident *incident = m_incidents.incident(incidentId);
    if (!incident || !incident->created)
        return makeError(QStringLiteral("lead.no_incident"), tr("There is no incident %1.").arg(incidentId));
    if (!IncidentStatuses::isOpen(incident->status))
        return makeError(QStringLiteral("lead.incident_over"),
                         tr("Incident %1 is %2: only an open incident is reassigned.")
                             .arg(incidentId, IncidentStatuses::label(incident->status)));
    const OperatorAccount *to = m_operators.account(toOperator);
    if (!to || !to->isRegistered())
        return makeError(QStringLiteral("lead.no_operator"), tr("There is no operator %1.").arg(toOperator));
    if (!to->active)
        return makeError(QStringLiteral("lead.inactive"), tr("%1 is no longer active.").arg(to->name));
    if (!to->allows(Permission::TakeCalls))
        return makeError(QStringLiteral("lead.cannot_take"),
                         tr("%1 does not work incidents (roles: %2).").arg(to->name, displayNames(to->roles)));
    if (incident->owner() == to->id)
        return makeError(QStringLiteral("lead.already"),
                         tr("Incident %1 is already with %2.").arg(incidentId, to->name));
    return draftBy(EventKind::IncidentReassigned, incidentId,
                   QCborMap{{QStringLiteral("to"), to->id}, {QStringLiteral("from"), incident->owner()}}, *lead);
}

Result<EventDraft> LeadCommands::answerEscalation(const QString &key, const QString &note,
                                                  const OperatorAccount *lead) const
{
    if (auto allowed = require(lead, Permission::AnswerEscalations); !allowed)
        return allowed.error();
    if (m_journal.answer(key))
        return makeError(QStringLiteral("lead.answered"), tr("This escalation has been answered already."));
    if (note.size() > MaxNoteLength)
        return makeError(QStringLiteral("lead.note_long"),
                         tr("The note is longer than %1 characters.").arg(MaxNoteLength));
    QCborMap payload{{QStringLiteral("key"), key}};
    if (!note.trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), note.trimmed());
    return draftBy(EventKind::EscalationAnswered, key, payload, *lead);
}

Result<EventDraft> LeadCommands::writeHandover(const QString &note, const QStringList &openIncidents,
                                               qint64 shiftFromMs, qint64 shiftToMs, const OperatorAccount *lead) const
{
    if (auto allowed = require(lead, Permission::WriteHandover); !allowed)
        return allowed.error();
    if (note.trimmed().isEmpty())
        return makeError(QStringLiteral("lead.note_empty"),
                         tr("The handover note is empty: write what the next shift must know."));
    if (note.size() > MaxNoteLength)
        return makeError(QStringLiteral("lead.note_long"),
                         tr("The note is longer than %1 characters.").arg(MaxNoteLength));
    return draftBy(EventKind::HandoverWritten, QString(),
                   QCborMap{{QStringLiteral("note"), note.trimmed()},
                            {QStringLiteral("open"), QCborArray::fromStringList(openIncidents)},
                            {QStringLiteral("shift_from_ms"), shiftFromMs},
                            {QStringLiteral("shift_to_ms"), shiftToMs}},
                   *lead);
}

Result<EventDraft> LeadCommands::acceptHandover(const QString &handoverId, const OperatorAccount &incoming) const
{
    if (auto allowed = require(&incoming, Permission::WriteHandover); !allowed)
        return allowed.error();
    const Handover *handover = m_journal.handover(handoverId);
    if (!handover)
        return makeError(QStringLiteral("lead.no_handover"), tr("There is no handover %1.").arg(handoverId));
    if (handover->accepted)
        return makeError(QStringLiteral("lead.handover_accepted"),
                         tr("This handover was countersigned already, by %1.").arg(handover->incoming));
    if (handover->outgoing == incoming.id)
        return makeError(QStringLiteral("lead.same_lead"),
                         tr("The incoming shift lead countersigns the handover, not the one who wrote it."));
    return draftBy(EventKind::HandoverAccepted, handoverId, QCborMap{}, incoming);
}

} // namespace Sigap
