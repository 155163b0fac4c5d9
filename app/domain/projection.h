#pragma once

#include "core/result.h"
#include "event.h"
#include "projectionarchive.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sigap {

// One fold of the event log into state (incidents, calls, handoffs, …). ProjectionFold keeps
// a list of them: it folds the log into each at start, applies every new batch to each, and
// writes and restores them together as one snapshot of named sections. A new projection is
// one class implementing this, registered in one place (Node's constructor).
//
// apply() must be deterministic and idempotent over the set of events: the same events in
// any order give the same state on every desk.
class Projection
{
public:
    virtual ~Projection() = default;

    // The name of this projection's section in the snapshot; stable across releases.
    virtual QString sectionName() const = 0;
    virtual void apply(const Event &event) = 0;
    virtual void apply(const QList<Event> &events) = 0;
    // The projection's own snapshot, with its own format inside: a section it cannot read
    // (another format, damaged) is refused and the whole log is folded again.
    virtual QByteArray toSnapshot() const = 0;
    virtual Result<void> restoreSnapshot(const QByteArray &data) = 0;
    virtual void clear() = 0;
    // After a fold of the whole log while the desk runs (clear() and every event again): a
    // projection whose readers keep rows or pointers tells them to read everything afresh.
    virtual void rebuilt() {}

    // Years of history. A projection may let its settled items (closed history) leave memory:
    // at each snapshot the fold writes settledItems() to the archive and then has them
    // forgotten; the projection reads an item back from the archive it was attached to when an
    // event or a reader needs it. The defaults keep everything in memory.
    virtual void attachArchive(const ProjectionArchive *archive) { Q_UNUSED(archive) }
    virtual QList<ArchivedItem> settledItems() const { return {}; }
    virtual void forgetArchived(const QList<ArchivedItem> &items) { Q_UNUSED(items) }
};

} // namespace Sigap
