#pragma once

#include "core/result.h"
#include "domain/event.h"
#include "frame.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace Sigap {

// Decodes large "events" frames and checks each event's hash on a thread of its own, in the
// order they were handed in, so that a desk catching up decodes the next frames while its
// main thread writes the previous ones to the store (the second core is otherwise idle once
// the sender has sent). Results come back on the thread that owns this object, through
// `done`, in the same order. Small frames (a live append) are better decoded in place: the
// hop to another thread and back would cost more than it saves.
class BackgroundEventsDecoder : public QObject
{
    Q_OBJECT

public:
    using Decoded = std::shared_ptr<Result<QList<ReceivedEvent>>>;
    using Done = std::function<void(quint64 ticket, Decoded decoded)>;

    explicit BackgroundEventsDecoder(Done done, QObject *parent = nullptr);
    ~BackgroundEventsDecoder() override; // waits for the frame being decoded, drops the rest

    void decode(quint64 ticket, Frame frame);
    // Lets the decoder thread free what it allocated: a batch's events and payload bytes,
    // once applied. Freed on the main thread they cost it more than the store's rows did
    // (every block goes back to the other thread's heap, under its lock).
    template<typename T>
    void releaseLater(T garbage)
    {
        auto held = std::make_shared<T>(std::move(garbage));
        QMetaObject::invokeMethod(
            m_worker, [held = std::move(held)]() mutable { held.reset(); }, Qt::QueuedConnection);
    }

    // What both threads run: the frame's events, each with its hash checked (hashChecked set
    // where it matched; a mismatch is left for the store to refuse with its own message).
    static Result<QList<ReceivedEvent>> decodeAndCheck(const Frame &frame);

private:
    Done m_done;
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
};

} // namespace Sigap
