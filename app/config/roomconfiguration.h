#pragma once

#include "cctv/cameradirectory.h"
#include "core/result.h"
#include "domain/categories.h"
#include "geo/citymap.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "units/unitroster.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

namespace Sigap {

// Everything a room sets, read from one room configuration folder:
//
//   CONFIGDIR/city/          the city folder (city.json and its layers; CityMap) — required
//   CONFIGDIR/categories.json  incident categories and call outcomes (Categories)
//   CONFIGDIR/agencies.json    agencies, channels, numbers, targets (AgencyDirectory)
//   CONFIGDIR/units.json       agency units (UnitRoster)
//   CONFIGDIR/cameras.json     CCTV cameras (CameraDirectory; credentials by reference only)
//   CONFIGDIR/room.json        {"format": "sigap-room", "version": 1, "name": "Call Center
//                              112 Kabupaten Banjar", "sip_account_file": "/etc/sigap/sip.ini"}
//
// Every file but the city is optional. A missing one falls back to the bundled default
// (categories, agencies), to none (cameras; units when the agencies are the folder's own,
// since the bundled units belong to the bundled agencies), or to a name made from the city's
// (room). inForce() says, per part, which one is in force.
//
// A folder is checked whole before anything of it is used: every problem of every file is
// named (file:line: field: why) and any one refuses the whole configuration. The hash is
// SHA-256 over every file in force, bundled or not, so two desks with the same hash run the
// same configuration.
//
// A desk started without a configuration folder runs the bundled one, with today's per-desk
// files in its data folder (agencies.json, units.json, cameras.json) taking precedence, and
// their broken entries only left out and said (forDataFolder).
class RoomConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::RoomConfiguration)

public:
    enum class Source { Folder, Bundled, None };

    static Result<RoomConfiguration> load(const QString &folder);
    static Result<RoomConfiguration> forDataFolder(const QString &dataDir);
    static RoomConfiguration bundled();

    CityMap city;
    Gazetteer gazetteer;
    Categories categories;
    AgencyDirectory agencies;
    UnitRoster units;
    CameraDirectory cameras;
    QTimeZone timeZone = QTimeZone::utc();
    QString roomName;              // "Call Center 112 Kabupaten Banjar"
    QString sipAccountFile;        // empty: the desk's own choice (sigap --sip)
    QString folder;                // empty: bundled
    QString hash;                  // hex SHA-256 of the files in force
    QMap<QString, Source> inForce; // "city", "categories", "agencies", "units", "cameras", "room"
    QStringList warnings;          // what a data folder's lenient files left out
    // Every file in force by its name in a configuration folder ("city/city.json",
    // "agencies.json"), bundled ones included: what `config publish` sends to the room.
    QMap<QString, QByteArray> files;

    // Set when the configuration came through the room (`config publish`): who published
    // it and when (the event's time); empty for a folder given at start or the bundled one.
    QString publishedBy;
    qint64 publishedAtMs = 0;

    // The subject of the room's config_published events.
    static inline const QString Subject = QStringLiteral("room-config");

    QString shortHash() const { return hash.left(12); }
    bool isKabupaten() const { return city.kind == CityMap::Kind::Kabupaten; }
    static QString sourceName(Source source);

private:
    enum class Strictness { Strict, Lenient };
    static Result<RoomConfiguration> read(const QString &folder, bool cityRequired, Strictness strictness);
};

} // namespace Sigap
