#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Sigap {

class EventStore;

// An "events" frame for up to `limit` stored events of one origin after afterSeq, written from
// the stored bytes, without building Events (what a catch-up sends). The frame is the very
// one SyncMessages::encodeEvents() makes of the same events (tst_framecodec checks it). Kept
// apart from the frame codec, which knows nothing of the store.
struct StoredEvents
{
    QByteArray frame;
    qint64 count = 0;
    qint64 lastSeq = 0;

    static Result<StoredEvents> encode(const EventStore &store, const QString &origin, qint64 afterSeq, int limit);
};

// The last frame StoredEvents::encode() made, handed out again while the store holds nothing
// newer: after an append, every session of a desk in step with it asks for the very same
// frame, and one query serves them all.
class StoredEventsCache
{
public:
    Result<StoredEvents> encode(const EventStore &store, const QString &origin, qint64 afterSeq, int limit);

private:
    QString m_origin;
    qint64 m_afterSeq = -1;
    int m_limit = 0;
    qint64 m_lastRowId = -1; // of the store when the frame was made
    StoredEvents m_frame;
};

} // namespace Sigap
