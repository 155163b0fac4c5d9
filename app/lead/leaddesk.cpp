#include "leaddesk.h"

#include "auth/desksession.h"
#include "core/clock.h"
#include "domain/incidentprojection.h"
#include "leadjournal.h"
#include "reports/shifts.h"
#include "store/eventlog.h"

#include <algorithm>

namespace Sigap {

LeadDesk::LeadDesk(const Parts &parts)
    : m_parts(parts)
    , m_commands(parts.incidents, parts.operators, parts.journal)
{
}

Result<Event> LeadDesk::appendOne(const Result<EventDraft> &draft)
{
    if (!draft)
        return draft.error();
    auto appended = m_parts.log.append({draft.value()});
    if (!appended)
        return appended.error();
    return appended.value().constFirst();
}

Result<Event> LeadDesk::reassign(const QString &incidentId, const QString &toOperator)
{
    return appendOne(m_commands.reassign(incidentId, toOperator, m_parts.session.signedIn()));
}

Result<Event> LeadDesk::takeOver(const QString &incidentId)
{
    return appendOne(m_commands.reassign(incidentId, m_parts.session.signedInId(), m_parts.session.signedIn()));
}

Escalations::Sources LeadDesk::escalationSources() const
{
    return {m_parts.incidents, m_parts.calls, m_parts.handoffs, m_parts.agencies, m_parts.journal};
}

QList<Escalation> LeadDesk::escalations() const
{
    return Escalations::due(escalationSources(), m_parts.clock.nowMs());
}

qint64 LeadDesk::nextEscalationDueMs() const
{
    return Escalations::nextDueMs(escalationSources(), m_parts.clock.nowMs());
}

Escalations::Outlook LeadDesk::escalationOutlook() const
{
    return Escalations::outlook(escalationSources(), m_parts.clock.nowMs());
}

Result<Event> LeadDesk::answerEscalation(const QString &key, const QString &note)
{
    const OperatorAccount *lead = m_parts.session.signedIn();
    if (auto allowed = LeadCommands::require(lead, Permission::AnswerEscalations); !allowed)
        return allowed.error();
    const QList<Escalation> due = escalations();
    const bool isDue = std::any_of(due.cbegin(), due.cend(), [&](const Escalation &e) { return e.key == key; });
    if (!isDue && !m_parts.journal.answer(key))
        return makeError(QStringLiteral("lead.no_escalation"), tr("There is no escalation %1 now.").arg(key));
    return appendOne(m_commands.answerEscalation(key, note, lead));
}

Result<Event> LeadDesk::writeHandover(const QString &note)
{
    QStringList open;
    for (const QString &id : m_parts.incidents.createdIds()) {
        if (IncidentStatuses::isOpen(m_parts.incidents.incident(id)->status))
            open.append(id);
    }
    const auto [from, to] = handoverShift();
    return appendOne(m_commands.writeHandover(note, open, from, to, m_parts.session.signedIn()));
}

std::pair<qint64, qint64> LeadDesk::handoverShift() const
{
    const qint64 now = m_parts.clock.nowMs();
    const auto current = m_parts.shifts.containing(now, m_parts.timeZone);
    if (now - current.first < current.second - now) // nearer the change just past
        return m_parts.shifts.containing(current.first - 1, m_parts.timeZone);
    return current;
}

Result<Event> LeadDesk::acceptHandover(const QString &handoverId, const QString &incomingId, const QString &pin)
{
    // Face to face: at the desk where the lead who wrote it is still signed in.
    const OperatorAccount *here = m_parts.session.signedIn();
    const Handover *handover = m_parts.journal.handover(handoverId);
    if (handover && (!here || here->id != handover->outgoing)) {
        const OperatorAccount *outgoing = m_parts.operators.account(handover->outgoing);
        return makeError(QStringLiteral("lead.not_here"),
                         tr("The handover is countersigned at the desk where %1, who wrote it, is signed in.")
                             .arg(outgoing ? outgoing->name : handover->outgoing));
    }
    const OperatorAccount *incoming = m_parts.operators.account(incomingId);
    if (!incoming)
        return makeError(QStringLiteral("lead.no_operator"), tr("There is no operator %1.").arg(incomingId));
    // Everything but the PIN first, so a countersignature that cannot be given costs no try.
    if (auto draft = m_commands.acceptHandover(handoverId, *incoming); !draft)
        return draft.error();
    if (auto r = m_parts.session.signIn(incomingId, pin); !r)
        return r.error();
    return appendOne(m_commands.acceptHandover(handoverId, *m_parts.session.signedIn()));
}

} // namespace Sigap
