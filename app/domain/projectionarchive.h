#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Sigap {

// One settled item of a projection (a closed incident, say) as kept out of memory.
struct ArchivedItem
{
    QString id;
    qint64 createdMs = 0; // when the item's life began
    qint64 settledMs = 0; // its last change
    QString key;          // what the item is looked up by besides its id (a call's number); may be empty
    QByteArray data;      // the projection's own encoding of the item
};

// Where projections keep their settled history once it leaves memory (the store's archive):
// rows of (section, id), written at a snapshot and read back on demand. A room's years of
// history then cost disk, not memory, and a desk starts as fast on the tenth year as on the
// first. The archive is a cache of the fold like the snapshot is: the log stays the truth.
class ProjectionArchive
{
public:
    virtual ~ProjectionArchive() = default;

    virtual std::optional<QByteArray> archivedItem(const QString &section, const QString &id) const = 0;
    virtual bool isArchived(const QString &section, const QString &id) const = 0;
    // The items whose life [created, settled] meets [fromMs, toMs), by creation time then id.
    virtual void forEachArchived(const QString &section, qint64 fromMs, qint64 toMs,
                                 const std::function<void(const ArchivedItem &)> &visit) const = 0;
    // The items filed under key (ArchivedItem::key), by creation time then id.
    virtual void forEachArchivedWithKey(const QString &section, const QString &key,
                                        const std::function<void(const ArchivedItem &)> &visit) const = 0;
    // Every item, by id: a stable order for hashing.
    virtual void forEachArchivedById(const QString &section,
                                     const std::function<void(const ArchivedItem &)> &visit) const = 0;
    virtual qint64 archivedCount(const QString &section) const = 0;
    // A read the archive could not do is logged where it happens and reads as nothing: the
    // archive is the desk's own file, and a damaged one is a damaged store (`sigapctl verify`).
};

} // namespace Sigap
