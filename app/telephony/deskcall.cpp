#include "deskcall.h"

#include "calltaker.h"
#include "domain/callprojection.h"

namespace Sigap {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::DeskCall)
};
} // namespace

DeskCall::DeskCall(CallTaker &taker, const CallProjection &calls, QObject *parent)
    : QObject(parent)
    , m_taker(taker)
    , m_calls(calls)
{
}

Error DeskCall::noActiveCall() const
{
    return makeError(QStringLiteral("call.none"), Texts::tr("no call in conversation at this desk"));
}

Result<void> DeskCall::canAnswer() const
{
    const Call *active = m_active.isEmpty() ? nullptr : m_calls.call(m_active);
    const bool activeHeld = active && active->held && active->state() == CallState::Answered;
    if (active && (!activeHeld || !m_held.isEmpty()))
        return makeError(QStringLiteral("call.busy"), Texts::tr("a call is in conversation at this desk"));
    if (!m_taker.callBackOf().isEmpty())
        return makeError(QStringLiteral("call.callback"), Texts::tr("this desk is calling a caller back"));
    return {};
}

Result<void> DeskCall::answer(const QString &callId)
{
    if (auto r = canAnswer(); !r)
        return r;
    if (!m_active.isEmpty()) // on hold: it waits behind the new call
        m_held = std::exchange(m_active, QString());
    m_active = callId; // set first: the answer makes the caller speak at once
    if (auto r = m_taker.answer(callId); !r) {
        m_active.clear();
        closed();
        Q_EMIT activeCallChanged();
        return r;
    }
    Q_EMIT activeCallChanged();
    return {};
}

Result<void> DeskCall::toggleHold()
{
    const Call *call = m_active.isEmpty() ? nullptr : m_calls.call(m_active);
    if (!call || call->state() != CallState::Answered)
        return noActiveCall();
    return call->held ? m_taker.resume(m_active) : m_taker.hold(m_active);
}

Result<void> DeskCall::close(const QString &outcome)
{
    if (m_active.isEmpty())
        return noActiveCall();
    if (auto r = m_taker.classify(m_active, outcome); !r)
        return r;
    m_active.clear();
    closed();
    Q_EMIT activeCallChanged();
    return {};
}

Result<QString> DeskCall::reportIncident(const EventDraft &incidentCreated)
{
    if (m_active.isEmpty())
        return noActiveCall();
    auto reported = m_taker.reportIncident(m_active, incidentCreated);
    if (!reported)
        return reported.error();
    m_active.clear();
    closed();
    Q_EMIT activeCallChanged();
    return reported;
}

Result<void> DeskCall::linkTo(const QString &incidentId)
{
    if (m_active.isEmpty())
        return noActiveCall();
    if (auto r = m_taker.linkToIncident(m_active, incidentId); !r)
        return r;
    m_lastLinked = std::exchange(m_active, QString());
    closed();
    Q_EMIT activeCallChanged();
    return {};
}

Result<void> DeskCall::undoLastLink()
{
    if (!m_active.isEmpty())
        return makeError(QStringLiteral("call.busy"), Texts::tr("a call is in conversation at this desk"));
    if (m_lastLinked.isEmpty())
        return makeError(QStringLiteral("call.no_link"), Texts::tr("no link to undo"));
    if (auto r = m_taker.undoLink(m_lastLinked); !r)
        return r;
    m_active = std::exchange(m_lastLinked, QString());
    Q_EMIT activeCallChanged();
    return {};
}

void DeskCall::closed()
{
    if (!m_active.isEmpty() || m_held.isEmpty())
        return;
    m_active = std::exchange(m_held, QString());
    Q_EMIT heldCallBack(m_active);
}

} // namespace Sigap
