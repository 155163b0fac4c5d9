#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>

namespace Sigap {

class AgencyDirectory;
class CallProjection;
class HandoffProjection;
class IncidentProjection;
class LeadJournal;

// Something the shift lead must look at because time ran out:
//  - a handoff the agency has not acknowledged within its ack_timeout_s (agencies.json);
//  - a call that has rung for more than CallWaitingMs with no desk answering;
//  - an open incident no agency has reached the scene of, older than its category's target.
// A category's target is the shortest response-time target among the agencies that handle
// it (AgencyDirectory::forCategory, Agency::targetMinFor); a category no agency handles gets
// the directory's default of 30 minutes, so no open incident is ever left without one.
struct Escalation
{
    enum class Kind { UnacknowledgedHandoff, CallWaiting, IncidentOverdue };

    Kind kind = Kind::CallWaiting;
    // Stable across desks and restarts; a handoff sent again after a refusal is a new one:
    // "handoff/INCIDENT/AGENCY/SENT_MS", "call/CALL", "incident/INCIDENT".
    QString key;
    QString incident;   // empty for a call waiting
    QString call;       // the waiting call
    QString agency;     // the handoff's
    qint64 sinceMs = 0; // when the clock started: sent, offered, created
    qint64 limitMs = 0; // how long it may take before it is escalated
    qint64 overdueMs(qint64 nowMs) const { return nowMs - sinceMs - limitMs; }
};

class Escalations
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Escalations)

public:
    static constexpr qint64 CallWaitingMs = 20 * 1000;
    static constexpr int UnhandledCategoryTargetMin = 30;

    struct Sources
    {
        const IncidentProjection &incidents;
        const CallProjection &calls;
        const HandoffProjection &handoffs;
        const AgencyDirectory &agencies;
        const LeadJournal &journal;
    };

    // What is due at nowMs and when the next escalation falls due, from one look at the room.
    struct Outlook
    {
        QList<Escalation> due; // unanswered, the longest overdue first
        // After nowMs, if nothing changes; the largest qint64 when none will. What is due
        // changes only then, or when the log does.
        qint64 nextDueMs = std::numeric_limits<qint64>::max();
    };
    static Outlook outlook(const Sources &sources, qint64 nowMs);
    // Every escalation due at nowMs that no shift lead has answered, the longest overdue first.
    static QList<Escalation> due(const Sources &sources, qint64 nowMs) { return outlook(sources, nowMs).due; }
    static qint64 nextDueMs(const Sources &sources, qint64 nowMs) { return outlook(sources, nowMs).nextDueMs; }
    // The target of an incident category in minutes (see above).
    static int categoryTargetMin(const AgencyDirectory &agencies, const QString &category);

    static QString kindLabel(Escalation::Kind kind); // for people

private:
    static QList<Escalation> pending(const Sources &sources);
};

} // namespace Sigap
