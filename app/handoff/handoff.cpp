#include "handoff.h"

#include "domain/hlc.h"

namespace Sigap {

namespace {

struct StateInfo
{
    HandoffState state;
    const char *name;
};

constexpr StateInfo States[] = {
    {HandoffState::Sent, "sent"},
    {HandoffState::Acknowledged, "acknowledged"},
    {HandoffState::Dispatched, "dispatched"},
    {HandoffState::EnRoute, "en_route"},
    {HandoffState::OnScene, "on_scene"},
    {HandoffState::Finished, "finished"},
    {HandoffState::Rejected, "rejected"},
    {HandoffState::Cancelled, "cancelled"},
};

// The forward chain: any later step may follow an earlier one.
int stepOf(HandoffState s)
{
    switch (s) {
    case HandoffState::Sent: return 0;
    case HandoffState::Acknowledged: return 1;
    case HandoffState::Dispatched: return 2;
    case HandoffState::EnRoute: return 3;
    case HandoffState::OnScene: return 4;
    case HandoffState::Finished: return 5;
    case HandoffState::Rejected:
    case HandoffState::Cancelled: break;
    }
    return -1;
}

} // namespace

QString HandoffStates::name(HandoffState state)
{
    for (const StateInfo &info : States)
        if (info.state == state)
            return QLatin1String(info.name);
    return {};
}

std::optional<HandoffState> HandoffStates::fromName(const QString &name)
{
    for (const StateInfo &info : States)
        if (name == QLatin1String(info.name))
            return info.state;
    return std::nullopt;
}

const QList<HandoffState> &HandoffStates::all()
{
    static const QList<HandoffState> states = [] {
        QList<HandoffState> out;
        for (const StateInfo &info : States)
            out.append(info.state);
        return out;
    }();
    return states;
}

QString HandoffStates::label(HandoffState state)
{
    switch (state) {
    case HandoffState::Sent: return tr("Sent");
    case HandoffState::Acknowledged: return tr("Acknowledged");
    case HandoffState::Dispatched: return tr("Dispatched");
    case HandoffState::EnRoute: return tr("En route");
    case HandoffState::OnScene: return tr("On scene");
    case HandoffState::Finished: return tr("Finished");
    case HandoffState::Rejected: return tr("Rejected");
    case HandoffState::Cancelled: return tr("Cancelled");
    }
    return {};
}

bool HandoffStates::isOpen(HandoffState state)
{
    return state != HandoffState::Finished && state != HandoffState::Rejected && state != HandoffState::Cancelled;
}

bool HandoffStates::isLegal(HandoffState from, HandoffState to)
{
    if (from == HandoffState::Rejected || from == HandoffState::Cancelled)
        return to == HandoffState::Sent;
    if (from == HandoffState::Finished)
        return false;
    if (to == HandoffState::Cancelled)
        return true;
    if (to == HandoffState::Rejected)
        return from == HandoffState::Sent || from == HandoffState::Acknowledged;
    return stepOf(to) > stepOf(from);
}

void Handoff::add(const Stamp &stamp, const HandoffTransition &transition)
{
    transitions.insert_or_assign(stamp, transition);
    replay();
}

void Handoff::addDelivery(const QString &sendId, const HandoffDelivery &delivery)
{
    const auto it = deliveries.find(sendId);
    if (it == deliveries.end() || delivery.outranks(it->second))
        deliveries.insert_or_assign(sendId, delivery);
}

std::optional<HandoffDelivery> Handoff::currentDelivery() const
{
    const auto it = deliveries.find(currentSendId);
    return it == deliveries.end() ? std::nullopt : std::optional<HandoffDelivery>(it->second);
}

std::optional<qint64> Handoff::at(HandoffState s) const
{
    const auto it = reachedMs.find(s);
    return it == reachedMs.end() ? std::nullopt : std::optional<qint64>(it->second);
}

void Handoff::replay()
{
    // The first transition must be a send; until one is folded, the handoff waits in
    // "sent" without a time (a status that arrived before its send is replayed later).
    reachedMs.clear();
    reachedBy.clear();
    currentSendId.clear();
    conflicts.clear();
    channel.clear();
    receivedBy.clear();
    reason.clear();
    auto moved = [this](const Stamp &stamp, const HandoffTransition &t) {
        if (t.to == HandoffState::Sent) { // handed again: a new round of times
            reachedMs.clear();
            reachedBy.clear();
            currentSendId = stamp.origin + QLatin1Char('-') + QString::number(stamp.seq);
        }
        reachedMs[t.to] = Hlc::wallMs(stamp.hlc);
        reachedBy[t.to] = t.actor;
        if (t.to == HandoffState::Sent) {
            channel = t.channel;
            receivedBy = t.receivedBy;
            reason.clear();
        } else if (!t.reason.isEmpty()) {
            reason = t.reason;
        }
    };
    auto refused = [this](const Stamp &stamp, const HandoffTransition &t, const std::optional<HandoffState> &from) {
        conflicts.append(HandoffConflict{stamp, t.actor, from.value_or(HandoffState::Sent), t.to});
    };
    state = replayStates(std::optional<HandoffState>(), transitions, &Handoff::isLegalMove, moved, refused)
                .value_or(HandoffState::Sent);
}

bool Handoff::isLegalMove(const std::optional<HandoffState> &from, const HandoffTransition &t)
{
    return from ? HandoffStates::isLegal(*from, t.to) : t.to == HandoffState::Sent;
}

} // namespace Sigap
