#include "calltaker.h"

#include "callsource.h"
#include "core/logging.h"
#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "store/eventlog.h"

#include <QCborMap>

namespace Sigap {

namespace {
const Actor network{QStringLiteral("network"), QStringLiteral("system")};
}

CallTaker::CallTaker(CallSource &source, EventLog &log, const CallProjection &calls, const Categories &categories,
                     ActorNow actorNow, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_log(log)
    , m_calls(calls)
    , m_categories(categories)
    , m_actor(std::move(actorNow))
{
    connect(&source, &CallSource::offered, this, [this](const IncomingCall &call) {
        QCborMap payload{{QStringLiteral("number"), call.number}, {QStringLiteral("trunk"), call.trunk}};
        if (call.position) {
            payload.insert(QStringLiteral("lat"), call.position->first);
            payload.insert(QStringLiteral("lon"), call.position->second);
            payload.insert(QStringLiteral("radius_m"), call.radiusM);
        }
        (void)record(EventKind::CallOffered, call.id, payload, network);
    });
    connect(&source, &CallSource::abandoned, this,
            [this](const QString &id) { (void)record(EventKind::CallAbandoned, id, {}, network); });
    connect(&source, &CallSource::ended, this, [this](const QString &id) {
        if (!m_callBack.id.isEmpty() && id == m_callBack.id)
            return callBackOver();
        const Call *call = m_calls.call(id);
        if (call && !call->endedStamp)
            (void)record(EventKind::CallEnded, id, {}, network);
    });
    connect(&source, &CallSource::callerSaid, this, &CallTaker::callerSaid);
    connect(&source, &CallSource::transferFailed, this, [this](const QString &id) {
        if (record(EventKind::CallTransferFailed, id, {}, actor()))
            Q_EMIT transferFailed(id);
    });
    connect(&source, &CallSource::connected, this, [this](const QString &id) {
        if (m_callBack.id.isEmpty() || id != m_callBack.id)
            return;
        m_callBack.connected = true;
        Q_EMIT callBackChanged();
    });
    connect(&source, &CallSource::recorded, this,
            [this](const QString &id, const QString &path, const QByteArray &sha256Hex, qint64 durationMs) {
                QCborMap payload{{QStringLiteral("path"), path},
                                 {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex)},
                                 {QStringLiteral("duration_ms"), durationMs}};
                // A call-back's recording belongs to the call whose caller was called back.
                const QString callId = m_callOfCallBack.value(id, id);
                if (callId != id)
                    payload.insert(QStringLiteral("callback"), id);
                (void)record(EventKind::CallRecorded, callId, payload, actor());
            });
}

Error CallTaker::notInConversationHere(const QString &callId)
{
    return makeError(QStringLiteral("call.notanswered"), tr("call %1 is not in conversation at this desk").arg(callId));
}

// The desk that answered first owns the call (CallProjection), whoever was signed in: the
// answer's origin says which desk that is, and a sign-in during the call changes nothing.
bool CallTaker::answeredHere(const Call &call) const
{
    return call.answeredStamp && call.answeredStamp->origin == m_log.store().deskId();
}

const Call *CallTaker::callInConversationHere(const QString &callId) const
{
    const Call *call = m_calls.call(callId);
    return call && call->state() == CallState::Answered && answeredHere(*call) ? call : nullptr;
}

Result<void> CallTaker::hold(const QString &callId)
{
    const Call *call = callInConversationHere(callId);
    if (!call)
        return notInConversationHere(callId);
    if (call->held)
        return makeError(QStringLiteral("call.held"), tr("call %1 is on hold already").arg(callId));
    if (auto r = m_source.hold(callId); !r)
        return r;
    return record(EventKind::CallHoldChanged, callId, QCborMap{{QStringLiteral("held"), true}}, actor());
}

Result<void> CallTaker::resume(const QString &callId)
{
    const Call *call = callInConversationHere(callId);
    if (!call || !call->held)
        return makeError(QStringLiteral("call.notheld"), tr("call %1 is not on hold at this desk").arg(callId));
    if (auto r = m_source.resume(callId); !r)
        return r;
    return record(EventKind::CallHoldChanged, callId, QCborMap{{QStringLiteral("held"), false}}, actor());
}

Result<void> CallTaker::transfer(const QString &callId, const QString &number, const QString &agencyId)
{
    if (!callInConversationHere(callId))
        return notInConversationHere(callId);
    if (number.trimmed().isEmpty())
        return makeError(QStringLiteral("call.transfer"), tr("no number to put the caller through to"));
    if (auto r = m_source.transfer(callId, number.trimmed()); !r)
        return r;
    QCborMap payload{{QStringLiteral("number"), number.trimmed()}};
    if (!agencyId.isEmpty())
        payload.insert(QStringLiteral("agency"), agencyId);
    return record(EventKind::CallTransferred, callId, payload, actor());
}

Result<void> CallTaker::callBack(const QString &callId)
{
    if (!m_callBack.id.isEmpty())
        return makeError(QStringLiteral("call.callback"),
                         tr("already calling %1 back; hang that up first").arg(m_callBack.number));
    const Call *call = m_calls.call(callId);
    if (!call || !call->offered || call->number.isEmpty())
        return makeError(QStringLiteral("call.callback"), tr("call %1 has no number to call back").arg(callId));
    if (call->state() == CallState::Ringing || call->state() == CallState::Answered)
        return makeError(QStringLiteral("call.callback"),
                         tr("call %1 is still on the line; there is nobody to call back").arg(callId));
    auto placed = m_source.callBack(call->number);
    if (!placed)
        return placed.error();
    m_callBack = CallBack{placed.value(), callId, call->number, false};
    m_callOfCallBack.insert(placed.value(), callId);
    (void)record(EventKind::CallBackPlaced, callId,
                 QCborMap{{QStringLiteral("number"), call->number}, {QStringLiteral("callback"), placed.value()}},
                 actor());
    Q_EMIT callBackChanged();
    return {};
}

Result<void> CallTaker::endCallBack()
{
    if (m_callBack.id.isEmpty())
        return makeError(QStringLiteral("call.callback"), tr("no call-back in progress at this desk"));
    m_source.hangUp(m_callBack.id);
    callBackOver();
    return {};
}

void CallTaker::callBackOver()
{
    const CallBack over = std::exchange(m_callBack, CallBack{});
    (void)record(EventKind::CallBackEnded, over.callId,
                 QCborMap{{QStringLiteral("callback"), over.id}, {QStringLiteral("connected"), over.connected}},
                 actor());
    Q_EMIT callBackChanged();
}

Result<void> CallTaker::record(const QString &kind, const QString &callId, const QCborMap &payload, const Actor &actor)
{
    auto appended = m_log.append({EventDraft{kind, 1, callId, payload, actor.id, actor.role, 0}});
    if (!appended) {
        qCWarning(lcTelephony) << "call event not recorded:" << appended.error().message;
        return appended.error();
    }
    return {};
}

Result<void> CallTaker::answer(const QString &callId)
{
    const Call *call = m_calls.call(callId);
    if (!call || call->state() != CallState::Ringing)
        return makeError(QStringLiteral("call.notringing"), tr("call %1 is not ringing").arg(callId));
    if (auto r = record(EventKind::CallAnswered, callId, {}, actor()); !r)
        return r;
    m_source.answer(callId);
    return {};
}

// A call can be classified while in conversation, or after it ended without an outcome at
// the desk that answered it: the caller hung up first, or a link made by mistake was undone.
Result<void> CallTaker::classify(const QString &callId, const QString &outcome, const QString &incident)
{
    QCborMap payload{{QStringLiteral("outcome"), outcome}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    if (auto closed = close(callId, payload, {}, {}); !closed)
        return closed.error();
    return {};
}

Result<void> CallTaker::linkToIncident(const QString &callId, const QString &incidentId)
{
    const Call *call = m_calls.call(callId);
    if (!call || call->state() != CallState::Answered)
        return notInConversationHere(callId);
    const Actor who = actor();
    const EventDraft link{
        EventKind::IncidentCallLinked, 1, incidentId, QCborMap{{QStringLiteral("call"), callId}}, who.id, who.role, 0};
    const QCborMap classified{{QStringLiteral("outcome"), QStringLiteral("insiden")},
                              {QStringLiteral("incident"), incidentId}};
    if (auto closed = close(callId, classified, {link}, {}); !closed)
        return closed.error();
    return {};
}

Result<QString> CallTaker::reportIncident(const QString &callId, const EventDraft &incidentCreated)
{
    // The incident is draft 0 of the append; the call carries its id once the store made it.
    auto closed = close(callId, QCborMap{{QStringLiteral("outcome"), QStringLiteral("insiden")}}, {incidentCreated},
                        {{QStringLiteral("incident"), 0}});
    if (!closed)
        return closed.error();
    return closed.value().constFirst().id();
}

// The call's outcome (and its end, while the caller is still on the line) in one append with
// whatever the operation writes before them: one keystroke, one transaction.
Result<QList<Event>> CallTaker::close(const QString &callId, const QCborMap &classified,
                                      const QList<EventDraft> &before,
                                      const QList<std::pair<QString, int>> &idsOfDrafts)
{
    const Call *call = m_calls.call(callId);
    const bool inConversation = call && call->state() == CallState::Answered;
    const bool leftOpen = call && call->state() == CallState::Ended && call->outcome.isEmpty() && answeredHere(*call);
    if (!inConversation && !leftOpen)
        return notInConversationHere(callId);
    const QString outcome = classified.value(QStringLiteral("outcome")).toString();
    if (!m_categories.callOutcome(outcome))
        return makeError(QStringLiteral("call.outcome"), tr("outcome: unknown call outcome \"%1\"").arg(outcome));
    const Actor who = actor();
    QList<EventDraft> drafts = before;
    drafts.append(EventDraft{EventKind::CallClassified, 1, callId, classified, who.id, who.role, 0, idsOfDrafts});
    if (inConversation)
        drafts.append(EventDraft{EventKind::CallEnded, 1, callId, {}, who.id, who.role, 0});
    auto appended = m_log.append(drafts);
    if (!appended) {
        qCWarning(lcTelephony) << "call" << callId << "not closed:" << appended.error().message;
        return appended.error();
    }
    if (inConversation)
        m_source.hangUp(callId);
    return appended;
}

Result<void> CallTaker::undoLink(const QString &callId)
{
    const Call *call = m_calls.call(callId);
    if (!call || call->incident.isEmpty() || !answeredHere(*call))
        return makeError(QStringLiteral("call.notlinked"), tr("call %1 is not linked to an incident").arg(callId));
    const QString incidentId = call->incident;
    const Actor who = actor();
    // Both in one transaction: the incident drops the call and the call its outcome, or neither.
    auto undone = m_log.append({EventDraft{EventKind::IncidentCallUnlinked, 1, incidentId,
                                           QCborMap{{QStringLiteral("call"), callId}}, who.id, who.role, 0},
                                EventDraft{EventKind::CallClassified, 1, callId,
                                           QCborMap{{QStringLiteral("outcome"), QString()}}, who.id, who.role, 0}});
    if (!undone)
        return undone.error();
    return {};
}

} // namespace Sigap
