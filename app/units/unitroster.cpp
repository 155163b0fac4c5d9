#include "unitroster.h"

#include "core/jsonpositions.h"
#include "handoff/agencydirectory.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>

namespace Sigap {

Result<UnitRoster> UnitRoster::parse(const QByteArray &json, const QString &sourceName, const AgencyDirectory &agencies)
{
    auto entries = ConfigList::read(json, sourceName, QStringLiteral("sigap-units"), "units", QStringLiteral("units"),
                                    tr("unit roster"));
    if (!entries)
        return entries.error();
    UnitRoster roster;
    QSet<QString> ids;
    for (const ConfigList::Entry &entry : std::as_const(entries.value())) {
        auto problem = [&](const QString &field) {
            roster.m_problems << tr("%1:%2: unit %3: %4: missing or wrong; the unit is left out")
                                     .arg(sourceName)
                                     .arg(entry.line)
                                     .arg(entry.index)
                                     .arg(field);
        };
        const QJsonObject &o = entry.object;
        RosterUnit u;
        u.id = o.value(QStringLiteral("id")).toString().trimmed();
        u.agency = o.value(QStringLiteral("agency")).toString();
        u.callsign = o.value(QStringLiteral("callsign")).toString().trimmed();
        u.type = o.value(QStringLiteral("type")).toString().trimmed();
        // The id is what a tracker sends (OsmAnd id=, Traccar uniqueId): at most 64 characters,
        // as the AVL listener accepts.
        if (u.id.isEmpty() || u.id.size() > 64 || ids.contains(u.id)) {
            problem(QStringLiteral("id"));
            continue;
        }
        if (!agencies.byId(u.agency)) {
            problem(QStringLiteral("agency"));
            continue;
        }
        if (u.callsign.isEmpty()) {
            problem(QStringLiteral("callsign"));
            continue;
        }
        if (u.type.isEmpty()) {
            problem(QStringLiteral("type"));
            continue;
        }
        ids.insert(u.id);
        roster.m_units.append(u);
    }
    return roster;
}

Result<UnitRoster> UnitRoster::load(const QString &path, const AgencyDirectory &agencies)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("units.read"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, agencies);
}

UnitRoster UnitRoster::bundled(const AgencyDirectory &agencies)
{
    auto roster = load(QStringLiteral(":/data/units.json"), agencies);
    return roster ? std::move(roster).value() : UnitRoster();
}

const RosterUnit *UnitRoster::byId(const QString &id) const
{
    for (const RosterUnit &u : m_units)
        if (u.id == id)
            return &u;
    return nullptr;
}

QList<const RosterUnit *> UnitRoster::ofAgency(const QString &agency) const
{
    QList<const RosterUnit *> out;
    for (const RosterUnit &u : m_units)
        if (u.agency == agency)
            out.append(&u);
    return out;
}

} // namespace Sigap
