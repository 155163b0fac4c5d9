#include "storedevents.h"

#include "domain/canonicalcbor.h"
#include "store/eventstore.h"

#include <QtEndian>

namespace Sigap {

Result<StoredEvents> StoredEvents::encode(const EventStore &store, const QString &origin, qint64 afterSeq, int limit)
{
    StoredEvents out;
    QByteArray items;
    auto visited = store.forEachStoredOfOrigin(origin, afterSeq, limit, [&](const StoredEventRow &row) {
        Event::appendCbor(items, row);
        out.lastSeq = row.seq;
    });
    if (!visited)
        return visited.error();
    out.count = visited.value();
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
