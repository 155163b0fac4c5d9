#include "projectionfold.h"

#include "core/logging.h"
#include "eventstore.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace Sigap {

namespace {
constexpr quint32 NamedSectionsMagic = 0x53474e53; // "SGNS"
// Far more sections than there will ever be projections: a count above it is damage.
constexpr quint32 MaxSections = 256;
} // namespace

void ProjectionFold::add(Projection &projection)
{
    m_projections.append(&projection);
}

Result<void> ProjectionFold::foldStore(EventStore &store)
{
    m_snapshotRowId = 0;
    m_restoredFromRowId = 0;
    for (Projection *projection : std::as_const(m_projections))
        projection->attachArchive(&store);
    if (auto snapshot = store.latestSnapshot(SnapshotFormat)) {
        if (restore(snapshot->data)) {
            m_snapshotRowId = snapshot->uptoRowId;
            m_restoredFromRowId = snapshot->uptoRowId;
        } else {
            qCWarning(lcStore) << "ignoring an unreadable snapshot; folding the whole log";
        }
    }
    return foldFrom(store);
}

Result<void> ProjectionFold::foldAgain(EventStore &store)
{
    m_snapshotRowId = 0;
    m_restoredFromRowId = 0;
    m_foldAgainWanted = false;
    if (auto folded = foldFrom(store); !folded) {
        m_foldAgainWanted = true; // tried again with the next batch; no snapshot of half a fold meanwhile
        return folded;
    }
    for (Projection *projection : std::as_const(m_projections))
        projection->rebuilt();
    return {};
}

Result<void> ProjectionFold::foldFrom(EventStore &store)
{
    if (m_snapshotRowId == 0) {
        // The whole log is folded: what was archived from another fold goes with it.
        if (auto cleared = store.clearArchive(); !cleared)
            return cleared;
        clearAll();
    }
    // In parts, so settled history leaves memory during a long fold too and a fold of years
    // needs no more memory than the desk's working set and one part.
    const qint64 last = store.lastRowId();
    for (qint64 after = m_snapshotRowId; after < last; after += m_foldPart) {
        const auto folded = store.forEach(
            after, [this](const Event &e) { applyToAll(e); }, after + m_foldPart);
        if (!folded)
            return folded;
        if (after + m_foldPart < last) {
            if (auto archived = archiveSettled(store); !archived)
                return archived;
        }
    }
    // Once, at the end: the gate decides with every registration folded here known, so a fold
    // of the whole log never changes its mind halfway and never asks for another (a fold of the
    // tail after a snapshot may, when the tail takes a role back). The events it releases come
    // after the last archiving: an incident they touch that was archived meanwhile is read back
    // and stays in memory until the next snapshot archives it again.
    settleGate();
    return {};
}

void ProjectionFold::applyToAll(const Event &event)
{
    if (m_gate && m_gate->holds(event))
        return;
    for (Projection *projection : std::as_const(m_projections))
        projection->apply(event);
}

QList<Event> ProjectionFold::settleGate()
{
    if (!m_gate)
        return {};
    const EventGate::Settled settled = m_gate->settle();
    if (settled.foldAgain) {
        m_foldAgainWanted = true;
        return {};
    }
    if (!settled.release.isEmpty()) {
        for (Projection *projection : std::as_const(m_projections))
            projection->apply(settled.release);
    }
    return settled.release;
}

Result<void> ProjectionFold::archiveSettled(EventStore &store)
{
    for (Projection *projection : std::as_const(m_projections)) {
        const QList<ArchivedItem> settled = projection->settledItems();
        if (settled.isEmpty())
            continue;
        if (auto archived = store.archive(projection->sectionName(), settled); !archived)
            return archived; // nothing forgotten: the items stay in memory
        projection->forgetArchived(settled);
        qCDebug(lcStore) << "archived" << settled.size() << "settled items of" << projection->sectionName();
    }
    return {};
}

QList<Event> ProjectionFold::apply(const QList<Event> &events)
{
    if (!m_gate) {
        for (Projection *projection : std::as_const(m_projections))
            projection->apply(events);
        return {};
    }
    QList<Event> passed;
    passed.reserve(events.size());
    for (const Event &e : events) {
        if (!m_gate->holds(e))
            passed.append(e);
    }
    for (Projection *projection : std::as_const(m_projections))
        projection->apply(passed);
    QList<Event> released = settleGate();
    if (released.isEmpty())
        return released; // the usual case: nothing to sort out, no ids made
    // This batch's own are the caller's already. A set, not a scan per event: a late
    // registration can release many held events at once, beside a catch-up's large batch.
    QSet<QString> thisBatch;
    thisBatch.reserve(events.size());
    for (const Event &e : events)
        thisBatch.insert(e.id());
    released.erase(std::remove_if(released.begin(), released.end(),
                                  [&thisBatch](const Event &e) { return thisBatch.contains(e.id()); }),
                   released.end());
    return released;
}

Result<void> ProjectionFold::saveSnapshot(EventStore &store)
{
    if (m_foldAgainWanted)
        return makeError(QStringLiteral("snapshot.unfolded"),
                         tr("the log must be folded again before a snapshot is written"));
    if (auto archived = archiveSettled(store); !archived)
        return archived; // the snapshot waits for the next try
    QMap<QString, QByteArray> sections;
    for (const Projection *projection : std::as_const(m_projections))
        sections.insert(projection->sectionName(), projection->toSnapshot());
    const qint64 upto = store.lastRowId();
    auto saved = store.saveSnapshot(upto, SnapshotFormat, pack(sections));
    if (saved)
        m_snapshotRowId = upto;
    return saved;
}

bool ProjectionFold::restore(const QByteArray &snapshot)
{
    const auto sections = unpack(snapshot);
    if (!sections || sections->size() != m_projections.size())
        return false;
    for (Projection *projection : std::as_const(m_projections)) {
        const auto section = sections->constFind(projection->sectionName());
        if (section == sections->cend() || !projection->restoreSnapshot(*section).ok())
            return false;
    }
    return true;
}

void ProjectionFold::clearAll()
{
    for (Projection *projection : std::as_const(m_projections))
        projection->clear();
}

QByteArray ProjectionFold::pack(const QMap<QString, QByteArray> &sections)
{
    QByteArray out;
    auto put32 = [&out](quint32 v) { out.append(reinterpret_cast<const char *>(&v), sizeof v); };
    put32(NamedSectionsMagic);
    put32(quint32(sections.size()));
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        put32(quint32(name.size()));
        out.append(name);
        put32(quint32(it.value().size()));
        out.append(it.value());
    }
    return out;
}

std::optional<QMap<QString, QByteArray>> ProjectionFold::unpack(const QByteArray &data)
{
    qsizetype at = 0;
    auto get32 = [&](quint32 &v) {
        if (data.size() - at < qsizetype(sizeof v))
            return false;
        memcpy(&v, data.constData() + at, sizeof v);
        at += sizeof v;
        return true;
    };
    auto getBytes = [&](QByteArray &out) {
        quint32 size = 0;
        if (!get32(size) || data.size() - at < qsizetype(size))
            return false;
        out = data.mid(at, size);
        at += size;
        return true;
    };
    quint32 magic = 0;
    quint32 count = 0;
    if (!get32(magic) || magic != NamedSectionsMagic || !get32(count) || count > MaxSections)
        return std::nullopt;
    QMap<QString, QByteArray> sections;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray name;
        QByteArray bytes;
        if (!getBytes(name) || !getBytes(bytes))
            return std::nullopt;
        const QString key = QString::fromUtf8(name);
        if (sections.contains(key))
            return std::nullopt;
        sections.insert(key, bytes);
    }
    if (at != data.size())
        return std::nullopt;
    return sections;
}

} // namespace Sigap
