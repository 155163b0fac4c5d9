#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Sigap {

class AgencyDirectory;

struct RosterUnit
{
    QString id;       // "damkar-01": what its tracker reports as its device id
    QString agency;   // an agency id of the room's agency directory, e.g. "damkar-bjm"
    QString callsign; // what the radio calls it, e.g. "Damkar 1"
    QString type;     // fire_engine, water_tender, ambulance, patrol_car, rescue_boat, ...
};

// The agency units of a room, from DIR/units.json in the room configuration:
//
//   {"format": "sigap-units", "version": 1, "units": [
//     {"id": "damkar-01", "agency": "damkar-bjm", "callsign": "Damkar 1", "type": "fire_engine"}]}
//
// A file that cannot be read as such is refused whole, naming the file and line. A broken
// unit (no id or a repeated one, an agency the directory does not have, no call sign, no
// type) is left out with a problem naming the file, its line and the field; every valid
// unit around it is kept.
class UnitRoster
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::UnitRoster)

public:
    static Result<UnitRoster> parse(const QByteArray &json, const QString &sourceName, const AgencyDirectory &agencies);
    static Result<UnitRoster> load(const QString &path, const AgencyDirectory &agencies);
    // The demo city's units, the same ids as the demo unit feed drives.
    static UnitRoster bundled(const AgencyDirectory &agencies);

    const QList<RosterUnit> &units() const { return m_units; }
    const QStringList &problems() const { return m_problems; }
    const RosterUnit *byId(const QString &id) const;
    QList<const RosterUnit *> ofAgency(const QString &agency) const; // in file order

private:
    QList<RosterUnit> m_units;
    QStringList m_problems;
};

} // namespace Sigap
