#include "amlintake.h"

#include "core/clock.h"
#include "core/logging.h"
#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "store/eventlog.h"

namespace Sigap {

AmlIntake::AmlIntake(EventLog &log, const CallProjection &calls, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_calls(calls)
    , m_clock(clock)
    , m_receiver(calls)
{
}

Result<Event> AmlIntake::receive(const QString &number, const QString &text, qint64 receivedMs)
{
    auto received = m_receiver.receive(number, text, receivedMs);
    if (!received)
        return received.error();
    auto appended = m_log.append({received.value().draft});
    if (!appended)
        return appended.error();
    if (received.value().callId.isEmpty())
        m_waiting.add(received.value(), receivedMs);
    return appended.value().constFirst();
}

// Queued, so every projection and view has seen the offer before the location comes.
void AmlIntake::eventsFolded(const QList<Event> &events)
{
    if (m_waiting.size() == 0)
        return;
    QList<EventDraft> drafts;
    for (const Event &e : events) {
        const Call *call = e.kind == EventKind::CallOffered ? m_calls.call(e.subject) : nullptr;
        if (call && call->offeredStamp == stampOf(e))
            drafts += m_waiting.takeFor(call->id, call->number, call->offeredMs(), m_clock.nowMs());
    }
    if (drafts.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this, drafts] {
            if (auto r = m_log.append(drafts); !r)
                qCWarning(lcTelephony) << "waiting AML location not recorded:" << r.error().message;
        },
        Qt::QueuedConnection);
}

} // namespace Sigap
