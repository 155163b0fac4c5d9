#pragma once

#include "core/result.h"
#include "domain/eventgate.h"
#include "domain/projection.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace Sigap {

class EventStore;

// Folds the event log into a list of projections and keeps them in step with it.
//
// At start the newest snapshot is restored and only the events after it are folded; the
// snapshot holds one named section per projection (Projection::sectionName). A snapshot with
// a section missing, a section no projection claims, or a section its projection refuses is
// not used: every projection is cleared and the whole log folded, which is slower but never
// wrong. So adding, removing or changing one projection needs no change here and no new
// snapshot format.
//
// Settled history leaves memory at each snapshot: the projections' settledItems() go to the
// store's archive first, then the snapshot of what stays is written. The archive belongs to
// the snapshot it was written with and after: a fold of the whole log clears it. An archived
// item newer than the snapshot restored (the snapshot's own write failed) is harmless, as
// every fold is idempotent over the set of events.
class ProjectionFold
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ProjectionFold)

public:
    // The store format id of the container of named sections. It changes only if the
    // container's own layout does, never for a projection's (each section has its own format).
    static constexpr int SnapshotFormat = 11;

    void add(Projection &projection);
    const QList<Projection *> &projections() const { return m_projections; }
    // The events the gate holds reach the projections when it releases them (eventgate.h).
    void setGate(EventGate *gate) { m_gate = gate; }

    // Restores the newest usable snapshot and folds the rest of the store.
    Result<void> foldStore(EventStore &store);
    // Returns the events of earlier batches the gate let through now (their authority arrived
    // with this batch), for the readers that react to events as they come.
    QList<Event> apply(const QList<Event> &events);
    // The gate took back an event it had released: foldAgain() folds the whole log again and
    // tells every projection it was rebuilt. Rare: a registration that took a role away,
    // arriving after an action of that role it predates.
    bool foldAgainWanted() const { return m_foldAgainWanted; }
    Result<void> foldAgain(EventStore &store);
    Result<void> saveSnapshot(EventStore &store);

    // The store row of the last snapshot read or written (0: none).
    qint64 snapshotRowId() const { return m_snapshotRowId; }
    // The store row the fold at start continued from: 0 when every event was folded.
    qint64 restoredFromRowId() const { return m_restoredFromRowId; }

    // The container: "SGNS", a section count, then each section as name and bytes, each
    // length-prefixed. unpack() refuses anything damaged or with a name twice.
    static QByteArray pack(const QMap<QString, QByteArray> &sections);
    static std::optional<QMap<QString, QByteArray>> unpack(const QByteArray &data);

    // Events folded between two looks for settled history during a long fold.
    static constexpr qint64 DefaultFoldPart = 250'000;
    explicit ProjectionFold(qint64 foldPart = DefaultFoldPart)
        : m_foldPart(foldPart)
    {
    }

private:
    Result<void> archiveSettled(EventStore &store);
    bool restore(const QByteArray &snapshot);
    void clearAll();
    Result<void> foldFrom(EventStore &store); // from m_snapshotRowId to the end
    void applyToAll(const Event &event);
    QList<Event> settleGate(); // the events released

    EventGate *m_gate = nullptr;
    bool m_foldAgainWanted = false;
    qint64 m_foldPart;
    QList<Projection *> m_projections;
    qint64 m_snapshotRowId = 0;
    qint64 m_restoredFromRowId = 0;
};

} // namespace Sigap
