#pragma once

#include "escalations.h"
#include "leadcommands.h"

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Sigap {

class AgencyDirectory;
class CallProjection;
class Clock;
class DeskSession;
class EventLog;
class HandoffProjection;
class IncidentProjection;
class LeadJournal;
class OperatorDirectory;
class Shifts;

// The shift lead's work at this desk, as whoever is signed in here: each operation checks
// the lead's roles (LeadCommands), builds its event and appends it.
class LeadDesk
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::LeadDesk)

public:
    struct Parts
    {
        EventLog &log;
        DeskSession &session;
        const IncidentProjection &incidents;
        const CallProjection &calls;
        const HandoffProjection &handoffs;
        const AgencyDirectory &agencies;
        const OperatorDirectory &operators;
        const LeadJournal &journal;
        const Shifts &shifts; // the room's, kept current by its owner
        const Clock &clock;
        const QTimeZone &timeZone;
    };
    explicit LeadDesk(const Parts &parts);

    const LeadCommands &commands() const { return m_commands; }

    Result<Event> reassign(const QString &incidentId, const QString &toOperator);
    Result<Event> takeOver(const QString &incidentId); // to the lead signed in here
    QList<Escalation> escalations() const;             // due now, unanswered
    qint64 nextEscalationDueMs() const;                // Escalations::nextDueMs from now
    Escalations::Outlook escalationOutlook() const;    // both of the above from one look
    Result<Event> answerEscalation(const QString &key, const QString &note);
    // The shift a handover written now hands over: the one whose end is nearest, so a handover
    // written at 07:05 is of the night shift. The shift report is of it too.
    std::pair<qint64, qint64> handoverShift() const;
    // The handover of that shift, with the incidents open now.
    Result<Event> writeHandover(const QString &note);
    // The incoming lead countersigns with their PIN, at the desk where the outgoing lead is
    // signed in, and is signed in there in their place; a wrong PIN counts like any wrong
    // sign-in and nothing is countersigned.
    Result<Event> acceptHandover(const QString &handoverId, const QString &incomingId, const QString &pin);

private:
    Result<Event> appendOne(const Result<EventDraft> &draft);
    Escalations::Sources escalationSources() const;

    Parts m_parts;
    LeadCommands m_commands;
};

} // namespace Sigap
