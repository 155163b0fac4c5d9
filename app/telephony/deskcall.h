#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QObject>

namespace Sigap {

class CallProjection;
class CallTaker;

// The call in conversation at this desk, and the operator's work on it, as one state in the
// core: the window's call panel, a test or a tool drive the same operations. Each operation
// is one transaction of the CallTaker.
//
// One call is active (answered here and not yet closed). To answer the next, an active call
// may be put on hold first; it then waits behind the new one (one at most) and is the active
// call again as soon as the new one is closed. The call linked last to an open incident can be
// taken back (undoLastLink) while no other call is active.
class DeskCall : public QObject
{
    Q_OBJECT

public:
    DeskCall(CallTaker &taker, const CallProjection &calls, QObject *parent = nullptr);

    QString activeCallId() const { return m_active; }
    QString heldCallId() const { return m_held; } // waiting on hold behind the active call
    QString lastLinkedCallId() const { return m_lastLinked; }

    // Whether the desk may answer another call: refused with "call.busy" while a call is
    // active and not on hold, or one already waits on hold, and with "call.callback" while
    // this desk calls a caller back.
    Result<void> canAnswer() const;
    // Answers callId (the oldest ringing, as the panel chooses it); an active call on hold
    // waits behind it.
    Result<void> answer(const QString &callId);
    Result<void> toggleHold();
    // Closes the active call with an outcome (CallTaker::classify).
    Result<void> close(const QString &outcome);
    // The active call reported a new incident: created and the call closed, one transaction.
    Result<QString> reportIncident(const EventDraft &incidentCreated);
    // The active call is about an open incident: linked there and closed.
    Result<void> linkTo(const QString &incidentId);
    // The last link was a mistake: the call is the active one again, without an outcome.
    Result<void> undoLastLink();

Q_SIGNALS:
    void activeCallChanged();
    // The call that waited on hold is the active one again (its caller may have hung up).
    void heldCallBack(const QString &callId);

private:
    void closed(); // the active call was closed: the held one, if any, comes back
    Error noActiveCall() const;

    CallTaker &m_taker;
    const CallProjection &m_calls;
    QString m_active;
    QString m_held;
    QString m_lastLinked;
};

} // namespace Sigap
