#include "backgroundeventsdecoder.h"

#include "syncmessages.h"

#include <QThread>

namespace Sigap {

BackgroundEventsDecoder::BackgroundEventsDecoder(Done done, QObject *parent)
    : QObject(parent)
    , m_done(std::move(done))
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("events-decoder"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

BackgroundEventsDecoder::~BackgroundEventsDecoder()
{
    // Frames still queued are dropped with the thread's event loop; what it already posted
    // back to this object is removed with this object's posted events.
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void BackgroundEventsDecoder::decode(quint64 ticket, Frame frame)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, ticket, frame = std::move(frame)] {
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            auto decoded = std::make_shared<Result<QList<ReceivedEvent>>>(decodeAndCheck(frame));
            QMetaObject::invokeMethod(
                this, [this, ticket, decoded] { m_done(ticket, decoded); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<QList<ReceivedEvent>> BackgroundEventsDecoder::decodeAndCheck(const Frame &frame)
{
    auto events = SyncMessages::decodeEvents(frame);
    if (!events)
        return events;
    for (ReceivedEvent &received : events.value())
        received.hashChecked = received.event.hash == received.event.computeHash(received.canonicalPayload);
    return events;
}

} // namespace Sigap
