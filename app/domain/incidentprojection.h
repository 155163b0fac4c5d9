#pragma once

#include "core/result.h"
#include "event.h"
#include "incident.h"
#include "projection.h"

#include <QHash>
#include <QObject>

#include <unordered_map>

namespace Sigap {

// Folds incident events into incidents. The fold is deterministic: the same set of events,
// applied in any order, gives the same incidents and the same stateHash() on every desk.
// Events of kinds or versions it does not know are ignored here (the store keeps them).
class IncidentProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit IncidentProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("incidents"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;

    const Incident *incident(const QString &id) const;
    // Ids of the incidents whose creation has been seen, in the order this desk saw them.
    const QStringList &createdIds() const { return m_createdIds; }
    int eventsApplied() const { return m_eventsApplied; }
    int openCount() const; // created incidents neither closed nor cancelled

    // SHA-256 over the canonical form of every incident, sorted by id (hex string).
    QByteArray stateHash() const;

    // A snapshot holds the registers with their stamps, so folding continues exactly where
    // it stopped. The format version is inside (snapshotcodec.h); a snapshot of another
    // version is refused and the caller folds the log from the start instead.
    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;
    void clear() override;

Q_SIGNALS:
    void incidentCreated(const QString &id);
    void incidentChanged(const QString &id);
    void restored();

private:
    Incident &touch(const QString &id);

    // Node-based, so an incident never moves once made: a QHash moved every Incident (some
    // 700 bytes) each time it grew, which was a quarter of a catch-up's fold.
    std::unordered_map<QString, Incident> m_incidents;
    QStringList m_createdIds;
    int m_eventsApplied = 0;
};

} // namespace Sigap
