#pragma once

#include "domain/projection.h"
#include "unitstatus.h"

#include "core/result.h"
#include "domain/event.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Sigap {

// The status and assignment of every agency unit, folded from unit.status_changed events.
// Order-independent: each unit keeps its transitions by stamp and replays them (unitstatus.h).
// A unit without events is available and has no entry here.
class UnitProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit UnitProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("unit_statuses"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;
    void clear() override;

    const UnitState *unit(const QString &id) const; // null: no event yet (available)
    UnitStatus statusOf(const QString &id) const;
    QList<const UnitState *> all() const; // by unit id
    // The units serving the handoff of (incident, agency) now: dispatched, en route, on scene.
    QList<const UnitState *> assignedTo(const QString &incident, const QString &agency) const;

    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;

Q_SIGNALS:
    void changed(const QString &unit);

private:
    QHash<QString, UnitState> m_units;
};

} // namespace Sigap
