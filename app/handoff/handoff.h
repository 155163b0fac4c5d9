#pragma once

#include "domain/incident.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>

namespace Sigap {

// The life of one incident's handoff to one agency. Legal moves:
//   sent -> acknowledged | rejected | cancelled, or straight on to a later step
//   acknowledged -> dispatched | en_route | on_scene | finished | rejected | cancelled
//   dispatched -> en_route | on_scene | finished | cancelled
//   en_route -> on_scene | finished | cancelled
//   on_scene -> finished | cancelled
//   rejected, cancelled -> sent (handed again)
// An agency that reports a later step without the earlier ones (it dispatched before
// anyone pressed "acknowledge") moves forward; the skipped times stay empty. Anything else
// is kept as a conflict for the shift lead, like an incident's status.
enum class HandoffState { Sent, Acknowledged, Dispatched, EnRoute, OnScene, Finished, Rejected, Cancelled };

class HandoffStates
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::HandoffStates)

public:
    static QString name(HandoffState state); // stable wire name, e.g. "en_route"
    static std::optional<HandoffState> fromName(const QString &name);
    static QString label(HandoffState state); // translated, for people
    static bool isLegal(HandoffState from, HandoffState to);
    static bool isOpen(HandoffState state); // not finished, rejected or cancelled
    static const QList<HandoffState> &all();
};

struct HandoffTransition
{
    HandoffState to;
    QString actor;
    QString channel;    // sent: desk, eido or phone
    QString receivedBy; // sent by phone: who took the call at the agency
    QString reason;     // rejected, cancelled
};

using HandoffConflict = StateConflict<Stamp, HandoffState>;

// What became of an EIDO document sent for one handoff.sent event (handoff/eidosender.h).
struct HandoffDelivery
{
    bool delivered = false; // else the agency's endpoint refused it
    int httpStatus = 0;
    int attempts = 0;
    QString reason;
    Stamp stamp; // of the event that recorded it

    // Which of two records of one send the fold keeps, whatever their order: a delivery
    // over a refusal, else the earlier record.
    bool outranks(const HandoffDelivery &other) const
    {
        return delivered != other.delivered ? delivered : stamp < other.stamp;
    }
};

// One (incident, agency) pair as folded from its events, in stamp order, so every desk gets
// the same state and times whatever order the events arrived in.
struct Handoff
{
    QString incident;
    QString agency;
    HandoffState state = HandoffState::Sent;
    QString channel;
    QString receivedBy;
    QString reason;
    // Wall time (ms) each state was last reached in the fold; a skipped step has none.
    std::map<HandoffState, qint64> reachedMs;
    std::map<HandoffState, QString> reachedBy; // the actor of each of those steps
    QList<HandoffConflict> conflicts;
    std::map<Stamp, HandoffTransition> transitions;
    // By send event id ("origin-seq"). A delivery is a fact about one send: of several
    // records of one send the one that outranks the others is kept (HandoffDelivery).
    std::map<QString, HandoffDelivery> deliveries;
    QString currentSendId; // the send of the current round, once one is folded

    void add(const Stamp &stamp, const HandoffTransition &transition);
    // The first move must be a send; after it, HandoffStates::isLegal.
    static bool isLegalMove(const std::optional<HandoffState> &from, const HandoffTransition &t);
    void addDelivery(const QString &sendId, const HandoffDelivery &delivery);
    // The current round's delivery: empty while the document is on its way (or the handoff
    // does not go by EIDO).
    std::optional<HandoffDelivery> currentDelivery() const;
    std::optional<qint64> at(HandoffState state) const;

private:
    void replay();
};

} // namespace Sigap
