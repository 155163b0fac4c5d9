#pragma once

#include "amlreceiver.h"

#include <QObject>

namespace Sigap {

class CallProjection;
class Clock;
class EventLog;

// The caller's handset location (AML) as it reaches this desk by SMS or SIP MESSAGE: parsed,
// matched to its call and recorded (AmlReceiver); a message that matched no call waits
// (AmlWaitingList) and is recorded again for the call whose offer reaches the desk in time.
class AmlIntake : public QObject
{
    Q_OBJECT

public:
    AmlIntake(EventLog &log, const CallProjection &calls, const Clock &clock, QObject *parent = nullptr);

    const AmlReceiver &receiver() const { return m_receiver; }
    // Refused when malformed; recorded as call.location_received otherwise.
    Result<Event> receive(const QString &number, const QString &text, qint64 receivedMs);
    // New events were folded: a call offered after a message that found none gets it now.
    void eventsFolded(const QList<Event> &events);

private:
    EventLog &m_log;
    const CallProjection &m_calls;
    const Clock &m_clock;
    AmlReceiver m_receiver;
    AmlWaitingList m_waiting;
};

} // namespace Sigap
