// sigapctl's commands on the room configuration: check a folder, show what a desk runs, and
// list what it holds (cameras, agencies, the village at a point).
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/desksession.h"
#include "config/cityimport.h"
#include "config/configarchive.h"
#include "config/roomconfiguration.h"
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "store/eventlog.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sigap {

using namespace ControlReplies;

namespace {

QJsonObject countsOf(const RoomConfiguration &c)
{
    const qsizetype desa = std::count_if(c.gazetteer.villages().cbegin(), c.gazetteer.villages().cend(),
                                         [](const Village &v) { return v.kind == VillageKind::Desa; });
    return QJsonObject{{QStringLiteral("villages"), c.gazetteer.villages().size()},
                       {QStringLiteral("desa"), desa},
                       {QStringLiteral("kelurahan"), c.gazetteer.villages().size() - desa},
                       {QStringLiteral("kecamatan"), c.gazetteer.kecamatan().size()},
                       {QStringLiteral("categories"), c.categories.incidentCategories().size()},
                       {QStringLiteral("agencies"), c.agencies.agencies().size()},
                       {QStringLiteral("units"), c.units.units().size()},
                       {QStringLiteral("cameras"), c.cameras.cameras().size()}};
}

QJsonObject summaryOf(const RoomConfiguration &c)
{
    QJsonObject inForce;
    for (auto it = c.inForce.cbegin(); it != c.inForce.cend(); ++it)
        inForce.insert(it.key(), RoomConfiguration::sourceName(it.value()));
    return QJsonObject{
        {QStringLiteral("hash"), c.hash},
        {QStringLiteral("published_by"),
         c.publishedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.publishedBy)},
        {QStringLiteral("published_at"),
         c.publishedAtMs == 0
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QDateTime::fromMSecsSinceEpoch(c.publishedAtMs, c.timeZone).toString(Qt::ISODateWithMs))},
        {QStringLiteral("folder"), c.folder.isEmpty() ? QJsonValue(QJsonValue::Null) : c.folder},
        {QStringLiteral("room_name"), c.roomName},
        {QStringLiteral("city"), QJsonObject{{QStringLiteral("code"), c.city.code},
                                             {QStringLiteral("name"), c.city.name},
                                             {QStringLiteral("kind"), c.city.kindName()},
                                             {QStringLiteral("province"), c.city.province},
                                             {QStringLiteral("timezone"), c.city.timeZoneId}}},
        {QStringLiteral("counts"), countsOf(c)},
        {QStringLiteral("in_force"), inForce}};
}

void printSummary(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QJsonObject s = result.toObject();
    const QJsonObject city = s.value(QStringLiteral("city")).toObject();
    const QJsonObject counts = s.value(QStringLiteral("counts")).toObject();
    out << Texts::tr("configuration %1").arg(s.value(QStringLiteral("hash")).toString().left(12));
    const QString by = s.value(QStringLiteral("published_by")).toString();
    if (!by.isEmpty())
        out << Texts::tr(", published by %1 at %2").arg(by, s.value(QStringLiteral("published_at")).toString());
    out << Qt::endl;
    out << Texts::tr("%1 (%2 %3), %4, time zone %5")
               .arg(city.value(QStringLiteral("name")).toString(), city.value(QStringLiteral("kind")).toString(),
                    city.value(QStringLiteral("code")).toString(), city.value(QStringLiteral("province")).toString(),
                    city.value(QStringLiteral("timezone")).toString())
        << Qt::endl;
    out << Texts::tr("%1 villages (%2 desa, %3 kelurahan) in %4 kecamatan; %5 categories, %6 agencies, %7 units, "
                     "%8 cameras")
               .arg(counts.value(QStringLiteral("villages")).toInt())
               .arg(counts.value(QStringLiteral("desa")).toInt())
               .arg(counts.value(QStringLiteral("kelurahan")).toInt())
               .arg(counts.value(QStringLiteral("kecamatan")).toInt())
               .arg(counts.value(QStringLiteral("categories")).toInt())
               .arg(counts.value(QStringLiteral("agencies")).toInt())
               .arg(counts.value(QStringLiteral("units")).toInt())
               .arg(counts.value(QStringLiteral("cameras")).toInt())
        << Qt::endl;
    const QJsonObject inForce = s.value(QStringLiteral("in_force")).toObject();
    QStringList parts;
    for (auto it = inForce.constBegin(); it != inForce.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    out << Texts::tr("in force: %1").arg(parts.join(QStringLiteral(", "))) << Qt::endl;
}

int checkConfiguration(const QJsonObject &args, bool json)
{
    QTextStream out(stdout);
    const QString folder = args.value(QStringLiteral("folder")).toString();
    const auto loaded = RoomConfiguration::load(folder);
    if (json) {
        QJsonObject answer{{QStringLiteral("valid"), loaded.ok()}};
        if (loaded)
            answer.insert(QStringLiteral("configuration"), summaryOf(loaded.value()));
        else
            answer.insert(QStringLiteral("problems"),
                          QJsonArray::fromStringList(loaded.error().message.split(QLatin1Char('\n'))));
        out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return loaded ? 0 : 1;
    }
    if (!loaded) {
        const QStringList problems = loaded.error().message.split(QLatin1Char('\n'));
        out << Texts::tr("%1: not valid, %n problem(s):", nullptr, int(problems.size())).arg(folder) << Qt::endl;
        for (const QString &problem : problems)
            out << problem << Qt::endl;
        return 1;
    }
    out << Texts::tr("%1: valid").arg(folder) << Qt::endl;
    printSummary(out, summaryOf(loaded.value()), {});
    return 0;
}

// `sigapctl city import`: a city folder from a GeoJSON of village polygons, by sigapctl alone.
int importCity(const QJsonObject &args, bool json)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString folder = args.value(QStringLiteral("out")).toString();
    const auto report = CityImport::run(args.value(QStringLiteral("input")).toString(),
                                        args.value(QStringLiteral("code")).toString(), folder);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    const CityImport::Report &r = report.value();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), r.name},
                                                           {QStringLiteral("desa"), r.desa},
                                                           {QStringLiteral("kelurahan"), r.kelurahan},
                                                           {QStringLiteral("kecamatan"), r.kecamatan},
                                                           {QStringLiteral("skipped"), r.skipped},
                                                           {QStringLiteral("folder"), folder}})
                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    out << Texts::tr("%1: %2 desa and %3 kelurahan in %4 kecamatan written to %5 (%6 villages of other regencies "
                     "left out); fill in its SOURCES.md")
               .arg(r.name)
               .arg(r.desa)
               .arg(r.kelurahan)
               .arg(r.kecamatan)
               .arg(folder)
               .arg(r.skipped)
        << Qt::endl;
    return 0;
}

QJsonArray camerasOf(const CameraDirectory &cameras)
{
    QJsonArray list;
    for (const Camera &c : cameras.cameras()) // never the stream's address or credentials
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("lat"), c.lat},
                                {QStringLiteral("lon"), c.lon},
                                {QStringLiteral("owner"), c.owner}});
    return list;
}

QJsonArray agenciesOf(const AgencyDirectory &agencies)
{
    QJsonArray list;
    for (const Agency &a : agencies.agencies())
        list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("name"), a.name},
                                {QStringLiteral("kind"), a.kind},
                                {QStringLiteral("channel"), AgencyDirectory::channelName(a.channel)},
                                {QStringLiteral("phones"), QJsonArray::fromStringList(a.phones)},
                                {QStringLiteral("categories"), QJsonArray::fromStringList(a.categories)},
                                {QStringLiteral("default_target_min"), a.defaultTargetMin}});
    return list;
}

// config.publish {folder}: an administrator's configuration for every desk of the room,
// checked whole here first; it takes effect on this desk as on every other, from the log.
void publish(ControlContext &desk, const ControlRequest &request)
{
    const auto loaded = RoomConfiguration::load(request.args.value(QStringLiteral("folder")).toString());
    if (!loaded)
        return request.fail(loaded.error());
    if (auto allowed = mayManageRoom(desk); !allowed)
        return request.fail(allowed.error());
    const QByteArray archive = ConfigArchive::pack(loaded.value().files);
    constexpr qsizetype Room = 4096; // for the rest of the event
    if (archive.size() > EventStore::MaxPayloadBytes - Room)
        return request.fail(makeError(QStringLiteral("config.large"),
                                      ServiceTexts::tr("the configuration packs to %1 bytes; at most %2 travel through "
                                                       "the room (simplify the boundaries)")
                                          .arg(archive.size())
                                          .arg(EventStore::MaxPayloadBytes - Room)));
    const Actor actor = desk.session.actor();
    const EventDraft draft{
        EventKind::RoomConfigPublished,
        1,
        RoomConfiguration::Subject,
        QCborMap{{QStringLiteral("hash"), loaded.value().hash}, {QStringLiteral("archive"), archive}},
        actor.id,
        actor.role,
        0};
    auto appended = desk.log.append(QList<EventDraft>{draft});
    if (!appended)
        return request.fail(appended.error());
    request.ok(QJsonObject{{QStringLiteral("hash"), loaded.value().hash},
                           {QStringLiteral("packed_bytes"), archive.size()},
                           {QStringLiteral("event"), appended.value().constLast().id()},
                           {QStringLiteral("in_force"), desk.configuration.hash == loaded.value().hash}});
}

Result<QJsonValue> villageAt(const ControlContext &desk, const QJsonObject &args)
{
    const QJsonValue lat = args.value(QStringLiteral("lat"));
    const QJsonValue lon = args.value(QStringLiteral("lon"));
    const Village *village = desk.gazetteer.locate(lat.toDouble(), lon.toDouble());
    if (!village)
        return makeError(QStringLiteral("village.outside"), ServiceTexts::tr("no village of %1 holds %2, %3")
                                                                .arg(desk.configuration.city.name)
                                                                .arg(lat.toDouble(), 0, 'f', 6)
                                                                .arg(lon.toDouble(), 0, 'f', 6));
    return QJsonValue(QJsonObject{{QStringLiteral("code"), village->kode},
                                  {QStringLiteral("name"), village->name},
                                  {QStringLiteral("kind"), village->kindName()},
                                  {QStringLiteral("kecamatan"), village->kecamatanName},
                                  {QStringLiteral("kecamatan_code"), village->kecamatanKode}});
}

} // namespace

void addConfigCommands(CommandTable &table)
{
    ControlCommand check;
    check.words = {QStringLiteral("config"), QStringLiteral("check")};
    check.request = QStringLiteral("config.check");
    check.arguments = {{QStringLiteral("folder"), Texts::tr("CONFIGDIR"), ValueKind::Path}};
    check.needsDesk = false;
    check.note = Texts::tr("check a room configuration folder, every problem named (no running desk needed)");
    check.runAlone = checkConfiguration;
    table.add(check);

    ControlCommand show;
    show.words = {QStringLiteral("config"), QStringLiteral("show")};
    show.request = QStringLiteral("config.show");
    show.note = Texts::tr("the room configuration this desk runs: hash, city, counts, what is in force");
    show.handle = [](ControlContext &desk, const ControlRequest &r) { r.ok(summaryOf(desk.configuration)); };
    show.print = printSummary;
    table.add(show);

    ControlCommand publishing;
    publishing.words = {QStringLiteral("config"), QStringLiteral("publish")};
    publishing.request = QStringLiteral("config.publish");
    publishing.arguments = {{QStringLiteral("folder"), Texts::tr("CONFIGDIR"), ValueKind::Path}};
    publishing.note = Texts::tr("administrator: this configuration for every desk of the room, checked whole first");
    publishing.handle = publish;
    publishing.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &args) {
        const QJsonObject o = result.toObject();
        out << Texts::tr("published configuration %1 from %2 to the room (%3 bytes packed)")
                   .arg(o.value(QStringLiteral("hash")).toString().left(12),
                        args.value(QStringLiteral("folder")).toString())
                   .arg(o.value(QStringLiteral("packed_bytes")).toInteger())
            << Qt::endl;
    };
    table.add(publishing);

    ControlCommand importing;
    importing.words = {QStringLiteral("city"), QStringLiteral("import")};
    importing.request = QStringLiteral("city.import");
    importing.arguments = {{QStringLiteral("input"), Texts::tr("VILLAGES.geojson"), ValueKind::Path}};
    importing.options = {{QStringLiteral("code"), QStringLiteral("code"), ValueKind::Text, true},
                         {QStringLiteral("out"), QStringLiteral("out"), ValueKind::Path, true}};
    importing.needsDesk = false;
    importing.note = Texts::tr("a city folder from a GeoJSON of village polygons, checked (no running desk needed)");
    importing.runAlone = importCity;
    table.add(importing);

    ControlCommand cameras;
    cameras.words = {QStringLiteral("camera"), QStringLiteral("list")};
    cameras.request = QStringLiteral("camera.list");
    cameras.note = Texts::tr("the room's cameras (no addresses, no credentials)");
    cameras.handle = [](ControlContext &desk, const ControlRequest &r) { r.ok(camerasOf(desk.configuration.cameras)); };
    cameras.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray()) {
            const QJsonObject c = v.toObject();
            out << QStringLiteral("%1  %2  %3, %4  %5")
                       .arg(c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString())
                       .arg(c.value(QStringLiteral("lat")).toDouble(), 0, 'f', 5)
                       .arg(c.value(QStringLiteral("lon")).toDouble(), 0, 'f', 5)
                       .arg(c.value(QStringLiteral("owner")).toString())
                << Qt::endl;
        }
    };
    table.add(cameras);

    ControlCommand agencies;
    agencies.words = {QStringLiteral("agency"), QStringLiteral("list")};
    agencies.request = QStringLiteral("agency.list");
    agencies.note = Texts::tr("the room's agencies: id, name, kind, channel, numbers");
    agencies.handle = [](ControlContext &desk, const ControlRequest &r) { r.ok(agenciesOf(desk.agencies)); };
    agencies.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray()) {
            const QJsonObject a = v.toObject();
            QStringList phones;
            for (const QJsonValue &p : a.value(QStringLiteral("phones")).toArray())
                phones << p.toString();
            out << QStringLiteral("%1  %2  (%3, %4)  %5")
                       .arg(a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("name")).toString(),
                            a.value(QStringLiteral("kind")).toString(), a.value(QStringLiteral("channel")).toString(),
                            phones.join(QStringLiteral(", ")))
                << Qt::endl;
        }
    };
    table.add(agencies);

    ControlCommand village;
    village.words = {QStringLiteral("village"), QStringLiteral("at")};
    village.request = QStringLiteral("village.at");
    village.options = {{QStringLiteral("lat"), QStringLiteral("lat"), ValueKind::Number, true},
                       {QStringLiteral("lon"), QStringLiteral("lon"), ValueKind::Number, true}};
    village.note = Texts::tr("the desa or kelurahan at a point, with its kecamatan");
    village.handle = [](ControlContext &desk, const ControlRequest &r) { answer(r, villageAt(desk, r.args)); };
    village.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        const QJsonObject v = result.toObject();
        out << QStringLiteral("%1  %2 %3, Kec. %4")
                   .arg(v.value(QStringLiteral("code")).toString(), v.value(QStringLiteral("kind")).toString(),
                        v.value(QStringLiteral("name")).toString(), v.value(QStringLiteral("kecamatan")).toString())
            << Qt::endl;
    };
    table.add(village);
}

} // namespace Sigap
