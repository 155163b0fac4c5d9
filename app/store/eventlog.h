#pragma once

#include "eventstore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Sigap {

// The desk's one door into the log. Every change goes through here, and appended() tells
// the projections what is new (the single notifier, as in Subsurface's command layer).
//
// Group commit: submit() queues a draft and returns at once; all drafts submitted during one
// pass of the event loop are written in a single transaction (one fsync) and then every
// caller is acknowledged. Under load many clients share one fsync; an idle desk still
// commits each event immediately.
class EventLog : public QObject
{
    Q_OBJECT

public:
    using Acknowledge = std::function<void(const Result<Event> &)>;

    explicit EventLog(std::unique_ptr<EventStore> store, QObject *parent = nullptr);
    ~EventLog() override;

    EventStore &store() { return *m_store; }
    const EventStore &store() const { return *m_store; }

    // Writes now, in one transaction, and returns once durable.
    Result<QList<Event>> append(const QList<EventDraft> &drafts);
    // Queues for the next group commit; ack runs once durable (or failed), unless context
    // was destroyed in between.
    void submit(const EventDraft &draft, QObject *context, Acknowledge ack);
    Result<EventStore::ImportSummary> importEvents(const QList<Event> &events);
    Result<EventStore::ImportSummary> importEvents(QList<ReceivedEvent> events,
                                                   EventStore::Refusals refusals = EventStore::Refusals::WholeBatch);

    // Writes everything queued now (also called on shutdown).
    void flush();

    qint64 commits() const { return m_commits; }

Q_SIGNALS:
    // New events are durable: first shareWith() for the room's other desks, then appended()
    // for this desk's projections and windows, so that folding here (and repainting a busy
    // desk) does not delay the other desks.
    void shareWith(const QList<Sigap::Event> &events);
    void appended(const QList<Sigap::Event> &events);

private:
    Result<EventStore::ImportSummary> announce(Result<EventStore::ImportSummary> result);

    struct Pending
    {
        EventDraft draft;
        QPointer<QObject> context;
        Acknowledge ack;
    };

    std::unique_ptr<EventStore> m_store;
    QList<Pending> m_pending;
    bool m_flushScheduled = false;
    qint64 m_commits = 0;
};

} // namespace Sigap
