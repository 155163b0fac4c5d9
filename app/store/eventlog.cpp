#include "eventlog.h"

#include <QTimer>

namespace Sigap {

EventLog::EventLog(std::unique_ptr<EventStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

EventLog::~EventLog()
{
    flush();
}

Result<QList<Event>> EventLog::append(const QList<EventDraft> &drafts)
{
    auto result = m_store->append(drafts);
    if (result.ok()) {
        ++m_commits;
        Q_EMIT shareWith(result.value());
        Q_EMIT appended(result.value());
    }
    return result;
}

void EventLog::submit(const EventDraft &draft, QObject *context, Acknowledge ack)
{
    // Drafts of other submissions share the batch: a submitted draft has no drafts of its own
    // to name (EventDraft::idsOfDrafts is for append()), and one that does is refused.
    if (!draft.idsOfDrafts.isEmpty()) {
        if (!context || !ack)
            return;
        const Error refused = makeError(QStringLiteral("store.draft_ref"),
                                        tr("a submitted %1 event cannot name other drafts").arg(draft.kind));
        QMetaObject::invokeMethod(
            context, [ack = std::move(ack), refused] { ack(refused); }, Qt::QueuedConnection);
        return;
    }
    m_pending.append(Pending{draft, context, std::move(ack)});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, [this] { flush(); });
    }
}

void EventLog::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});
    QList<EventDraft> drafts;
    drafts.reserve(batch.size());
    for (const Pending &p : batch)
        drafts.append(p.draft);

    const auto result = append(drafts);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Pending &p = batch.at(i);
        if (!p.context || !p.ack)
            continue;
        if (result.ok())
            p.ack(result.value().at(i));
        else
            p.ack(result.error());
    }
}

Result<EventStore::ImportSummary> EventLog::importEvents(const QList<Event> &events)
{
    return announce(m_store->insertVerified(events));
}

Result<EventStore::ImportSummary> EventLog::importEvents(QList<ReceivedEvent> events, EventStore::Refusals refusals)
{
    return announce(m_store->insertReceived(std::move(events), refusals));
}

Result<EventStore::ImportSummary> EventLog::announce(Result<EventStore::ImportSummary> result)
{
    if (result.ok() && !result.value().added.isEmpty()) {
        ++m_commits;
        Q_EMIT shareWith(result.value().added);
        Q_EMIT appended(result.value().added);
    }
    return result;
}

} // namespace Sigap
