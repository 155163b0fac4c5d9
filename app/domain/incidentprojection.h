#pragma once

#include "core/result.h"
#include "event.h"
#include "incident.h"
#include "projection.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <unordered_map>

namespace Sigap {

// Folds incident events into incidents. The fold is deterministic: the same set of events,
// applied in any order, gives the same incidents and the same stateHash() on every desk.
// Events of kinds or versions it does not know are ignored here (the store keeps them).
//
// Memory holds what the desk works with: every open incident, and closed or cancelled ones
// until HotWindowMs after their last change (counted back from the newest event folded, so
// it does not depend on the time of day). Older closed history is in the store's archive
// (ProjectionArchive): incident() reads one back on demand, forEachIncident() and
// stateHash() walk all of it, and an event about an archived incident brings it back.
class IncidentProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit IncidentProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("incidents"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;

    // Two days: the current shift and the ones before it, and a day of slack.
    static constexpr qint64 HotWindowMs = 48LL * 3600 * 1000;

    // The incident, from memory or read back from the archive. A pointer to an archived
    // incident stays valid until the next batch of events is applied.
    const Incident *incident(const QString &id) const;
    // Ids of the created incidents in memory (open, or settled recently), in the order this
    // desk saw them: what the desk's lists, board and alerts work with.
    const QStringList &createdIds() const { return m_createdIds; }
    // Every created incident, in memory or archived.
    qint64 createdCount() const;
    // Every created incident whose life meets [fromMs, toMs): the archived ones by creation
    // time, then those in memory (of any time: callers filter). The incident passed to visit
    // lives only during the call.
    void forEachIncident(qint64 fromMs, qint64 toMs, const std::function<void(const Incident &)> &visit) const;
    void forEachIncident(const std::function<void(const Incident &)> &visit) const;
    int eventsApplied() const { return m_eventsApplied; }
    int openCount() const; // created incidents neither closed nor cancelled

    // SHA-256 over the canonical form of every incident, sorted by id (hex string); archived
    // ones included.
    QByteArray stateHash() const;

    // A snapshot holds the registers with their stamps, so folding continues exactly where
    // it stopped. The format version is inside (snapshotcodec.h); a snapshot of another
    // version is refused and the caller folds the log from the start instead.
    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;
    void clear() override;
    void rebuilt() override { Q_EMIT restored(); } // its readers start afresh

    void attachArchive(const ProjectionArchive *archive) override;
    QList<ArchivedItem> settledItems() const override;
    void forgetArchived(const QList<ArchivedItem> &items) override;

Q_SIGNALS:
    // Created here or brought back from the archive by an event about it.
    void incidentCreated(const QString &id);
    void incidentChanged(const QString &id);
    // Settled incidents left memory for the archive (no longer in createdIds()).
    void incidentsArchived(const QStringList &ids);
    void restored();

private:
    Incident &touch(const QString &id);
    Incident &broughtBack(Incident &incident); // from the archive into memory
    std::optional<Incident> readArchived(const QString &id) const;
    static std::optional<Incident> decodeArchived(const QByteArray &data, const QString &id);

    // Node-based, so an incident never moves once made: a QHash moved every Incident (some
    // 700 bytes) each time it grew, which was a quarter of a catch-up's fold.
    std::unordered_map<QString, Incident> m_incidents;
    QStringList m_createdIds;
    int m_eventsApplied = 0;
    qint64 m_newestMs = 0; // wall time of the newest event folded

    const ProjectionArchive *m_archive = nullptr;
    qint64 m_archivedRows = 0;    // the archive's incidents, including those back in memory
    QSet<QString> m_alsoArchived; // in memory and with a (superseded) row in the archive
    // Archived incidents read by incident(): kept so the pointers handed out stay valid, and
    // emptied when the next batch is applied once there are many.
    mutable std::unordered_map<QString, Incident> m_recalled;
};

} // namespace Sigap
