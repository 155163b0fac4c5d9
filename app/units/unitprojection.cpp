#include "unitprojection.h"

#include "domain/cborinteger.h"
#include "domain/eventkinds.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace Sigap {

UnitProjection::UnitProjection(QObject *parent)
    : QObject(parent)
{
}

void UnitProjection::clear()
{
    m_units.clear();
}

void UnitProjection::apply(const QList<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

void UnitProjection::apply(const Event &e)
{
    if (e.kind != EventKind::UnitStatusChanged || e.subject.isEmpty())
        return;
    const auto to = UnitStatuses::fromName(e.payload.value(QStringLiteral("to")).toString());
    if (!to)
        return; // a status of a later version: kept in the log, not folded here
    UnitTransition t;
    t.to = *to;
    t.actor = e.actor;
    if (t.to == UnitStatus::Dispatched) {
        t.incident = e.payload.value(QStringLiteral("incident")).toString();
        t.agency = e.payload.value(QStringLiteral("agency")).toString();
        if (t.incident.isEmpty() || t.agency.isEmpty())
            return; // a dispatch to nothing; the commands never write one
    }
    UnitState &u = m_units[e.subject];
    u.unit = e.subject;
    u.add(stampOf(e), t);
    Q_EMIT changed(e.subject);
}

const UnitState *UnitProjection::unit(const QString &id) const
{
    const auto it = m_units.constFind(id);
    return it == m_units.cend() ? nullptr : &it.value();
}

UnitStatus UnitProjection::statusOf(const QString &id) const
{
    const UnitState *u = unit(id);
    return u ? u->status : UnitStatus::Available;
}

QList<const UnitState *> UnitProjection::all() const
{
    QList<const UnitState *> out;
    for (const UnitState &u : m_units)
        out.append(&u);
    std::sort(out.begin(), out.end(), [](const UnitState *a, const UnitState *b) { return a->unit < b->unit; });
    return out;
}

QList<const UnitState *> UnitProjection::assignedTo(const QString &incident, const QString &agency) const
{
    QList<const UnitState *> out;
    for (const UnitState *u : all())
        if (u->incident == incident && u->agency == agency)
            out.append(u);
    return out;
}

// The snapshot keeps each unit's transitions; restoring replays them, so the snapshot cannot
// disagree with the fold.
QByteArray UnitProjection::toSnapshot() const
{
    QCborArray units;
    for (const UnitState *u : all()) {
        QCborArray transitions;
        for (const auto &[stamp, t] : u->transitions)
            transitions.append(QCborArray{stamp.hlc, stamp.origin, stamp.seq, UnitStatuses::name(t.to), t.actor,
                                          t.incident, t.agency});
        units.append(QCborArray{u->unit, transitions});
    }
    return QCborValue(units).toCbor();
}

Result<void> UnitProjection::restoreSnapshot(const QByteArray &data)
{
    clear();
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(data, &error);
    auto bad = [this] {
        clear();
        return makeError(QStringLiteral("snapshot.units"), QStringLiteral("unreadable unit snapshot"));
    };
    if (error.error != QCborError::NoError || !root.isArray())
        return bad();
    for (const QCborValue &item : root.toArray()) {
        const QCborArray u = item.toArray();
        if (u.size() != 2 || !u.at(0).isString() || u.at(0).toString().isEmpty() || !u.at(1).isArray())
            return bad();
        std::map<Stamp, UnitTransition> transitions;
        for (const QCborValue &tv : u.at(1).toArray()) {
            const QCborArray t = tv.toArray();
            const auto to = UnitStatuses::fromName(t.at(3).toString());
            if (t.size() != 7 || !t.at(0).isInteger() || !t.at(2).isInteger() || !to)
                return bad();
            transitions.insert_or_assign(
                Stamp{cborInteger(t.at(0)), t.at(1).toString(), cborInteger(t.at(2))},
                UnitTransition{*to, t.at(4).toString(), t.at(5).toString(), t.at(6).toString()});
        }
        UnitState &unit = m_units[u.at(0).toString()];
        unit.unit = u.at(0).toString();
        unit.load(std::move(transitions));
    }
    return {};
}

} // namespace Sigap
