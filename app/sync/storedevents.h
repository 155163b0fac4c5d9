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

} // namespace Sigap
