#include "storedevents.h"

#include "domain/canonicalcbor.h"
#include "frame.h"
#include "store/eventstore.h"

#include <QtEndian>

namespace Sigap {

// A frame ends at a signed event, since a receiver takes a run of a desk's events only when its
// last event carries the desk's signature: the rows after the last signed one within `limit`
// are left for the next frame, and when none within `limit` is signed, the frame reaches on to
// the first that is (stores keep one every EventStore::SignatureSpacing events at least), as
// long as a frame could hold it.
// Nothing is sent of a desk whose newest stored event is unsigned (a store from before desks
// signed): count stays 0.
Result<StoredEvents> StoredEvents::encode(const EventStore &store, const QString &origin, qint64 afterSeq, int limit)
{
    StoredEvents out;
    QByteArray items;
    const QByteArray signerKey = store.publicKeyOf(origin);
    for (int reach = limit;; reach *= 2) {
        items.clear();
        qint64 visitedCount = 0;
        qsizetype signedEnd = 0;
        bool overflow = false;
        auto visited = store.forEachStoredOfOrigin(origin, afterSeq, reach, [&](const StoredEventRow &row) {
            ++visitedCount;
            if (out.count > 0 && visitedCount > limit)
                return; // a signed row within the limit was found: the rest waits
            if (items.size() > FrameDecoder::MaxFrameBytes) {
                overflow = true; // no frame could hold more
                return;
            }
            Event::appendCbor(items, row, signerKey);
            if (!row.signature.isEmpty()) {
                out.count = visitedCount;
                out.lastSeq = row.seq;
                signedEnd = items.size();
            }
        });
        if (!visited)
            return visited.error();
        items.truncate(signedEnd);
        if (out.count > 0 || overflow || visited.value() < reach || reach > (1 << 24))
            break;
    }
    // {"t": "events", "events": [items]}, as encodeEvents() writes it.
    QByteArray body;
    using namespace CborBytes;
    appendHead(body, 5, 2);
    appendText(body, "t");
    appendText(body, "events");
    appendText(body, "events");
    appendHead(body, 4, quint64(out.count));
    body.append(items);
    out.frame = QByteArray(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.frame.data());
    out.frame.append(body);
    return out;
}

Result<StoredEvents> StoredEventsCache::encode(const EventStore &store, const QString &origin, qint64 afterSeq,
                                               int limit)
{
    if (store.lastRowId() == m_lastRowId && afterSeq == m_afterSeq && limit == m_limit && origin == m_origin)
        return m_frame;
    auto made = StoredEvents::encode(store, origin, afterSeq, limit);
    if (made) {
        m_origin = origin;
        m_afterSeq = afterSeq;
        m_limit = limit;
        m_lastRowId = store.lastRowId();
        m_frame = made.value();
    }
    return made;
}

} // namespace Sigap
