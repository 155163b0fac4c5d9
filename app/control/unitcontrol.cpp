// Agency units: list, status, assign to a handoff, recommend the nearest.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/desksession.h"
#include "core/clock.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "units/unitboard.h"
#include "units/unitcommands.h"
#include "units/unitprojection.h"
#include "units/unitrecommender.h"
#include "units/unitroster.h"

#include <cmath>

namespace Sigap {

namespace {

using namespace ControlReplies;

// Every unit of the roster, with or without a position, then any unit the feeds report that
// the roster does not know (its agency, call sign and status are the feed's).
QJsonArray unitsToJson(const ControlContext &desk)
{
    const qint64 now = desk.clock.nowMs();
    const QHash<QString, UnitReport> &board = desk.units.units();
    auto withPosition = [&](QJsonObject o, const QString &id) {
        const auto held = board.constFind(id);
        o.insert(QStringLiteral("has_position"), held != board.cend());
        if (held == board.cend())
            return o;
        o.insert(QStringLiteral("lat"), held->lat);
        o.insert(QStringLiteral("lon"), held->lon);
        o.insert(QStringLiteral("reported_ms"), held->reportedMs);
        o.insert(QStringLiteral("reported_local"), desk.localTime(held->reportedMs));
        o.insert(QStringLiteral("age_s"), (now - held->reportedMs) / 1000);
        o.insert(QStringLiteral("stale"), UnitBoard::isStale(*held, now));
        if (held->headingDeg)
            o.insert(QStringLiteral("heading"), *held->headingDeg);
        return o;
    };
    QJsonArray list;
    for (const RosterUnit &u : desk.unitRoster.units()) {
        const Agency *agency = desk.agencies.byId(u.agency);
        const UnitState *state = desk.unitStatus.unit(u.id);
        QJsonObject o{{QStringLiteral("id"), u.id},
                      {QStringLiteral("agency"), u.agency},
                      {QStringLiteral("agency_name"), agency ? agency->name : QString()},
                      {QStringLiteral("callsign"), u.callsign},
                      {QStringLiteral("type"), u.type},
                      {QStringLiteral("in_roster"), true},
                      {QStringLiteral("status"), UnitStatuses::name(state ? state->status : UnitStatus::Available)},
                      {QStringLiteral("incident"), state ? state->incident : QString()}};
        if (state && state->sinceMs) {
            o.insert(QStringLiteral("status_since_ms"), state->sinceMs);
            o.insert(QStringLiteral("status_since_local"), desk.localTime(state->sinceMs));
        }
        const QJsonArray conflicts = state ? conflictsToJson(state->conflicts, &UnitStatuses::name) : QJsonArray();
        o.insert(QStringLiteral("conflicts"), conflicts);
        list.append(withPosition(o, u.id));
    }
    QList<UnitReport> others;
    for (const UnitReport &u : board)
        if (!desk.unitRoster.byId(u.id))
            others.append(u);
    std::sort(others.begin(), others.end(), [](const UnitReport &a, const UnitReport &b) { return a.id < b.id; });
    for (const UnitReport &u : std::as_const(others))
        list.append(withPosition(QJsonObject{{QStringLiteral("id"), u.id},
                                             {QStringLiteral("agency"), u.agency},
                                             {QStringLiteral("callsign"), u.callsign},
                                             {QStringLiteral("type"), QString()},
                                             {QStringLiteral("in_roster"), false},
                                             {QStringLiteral("status"), u.status},
                                             {QStringLiteral("conflicts"), QJsonArray()}},
                                 u.id));
    return list;
}

// The nearest available units of an agency for an incident (UnitRecommender): the incident's
// own position, or when it has none its kelurahan's centre.
Result<QJsonValue> recommendToJson(const ControlContext &desk, const QJsonObject &args)
{
    const QString incidentId = args.value(QStringLiteral("incident")).toString();
    const QString agencyId = args.value(QStringLiteral("agency")).toString();
    auto incident = existingIncident(desk, incidentId);
    if (!incident)
        return incident.error();
    if (!desk.agencies.byId(agencyId))
        return makeError(QStringLiteral("unit.agency"),
                         ServiceTexts::tr("no agency with id \"%1\" in the room's agency directory").arg(agencyId));
    const double count = args.value(QStringLiteral("count")).toDouble(3);
    if (count != std::floor(count) || count < 1 || count > 100)
        return makeError(QStringLiteral("unit.count"),
                         ServiceTexts::tr("--count: must be a whole number from 1 to 100"));
    const auto at = UnitRecommender::placeOf(*incident.value(), desk.gazetteer);
    if (!at)
        return makeError(
            QStringLiteral("unit.position"),
            ServiceTexts::tr("incident %1 has neither a position nor a kelurahan to measure from").arg(incidentId));
    const qint64 now = desk.clock.nowMs();
    QJsonArray units;
    for (const UnitRecommendation &r : UnitRecommender::recommend(at->lat, at->lon, agencyId, desk.unitRoster,
                                                                  desk.unitStatus, desk.units, now, int(count)))
        units.append(QJsonObject{{QStringLiteral("id"), r.unit->id},
                                 {QStringLiteral("callsign"), r.unit->callsign},
                                 {QStringLiteral("type"), r.unit->type},
                                 {QStringLiteral("distance_m"), qRound64(r.distanceM)},
                                 {QStringLiteral("eta_s"), r.etaS},
                                 {QStringLiteral("lat"), r.position.lat},
                                 {QStringLiteral("lon"), r.position.lon},
                                 {QStringLiteral("age_s"), (now - r.position.reportedMs) / 1000}});
    return QJsonValue(QJsonObject{
        {QStringLiteral("incident"), incidentId},
        {QStringLiteral("agency"), agencyId},
        {QStringLiteral("lat"), at->lat},
        {QStringLiteral("lon"), at->lon},
        {QStringLiteral("measured_from"), at->fromKelurahan ? QStringLiteral("kelurahan") : QStringLiteral("incident")},
        {QStringLiteral("speed_kmh"), UnitRecommender::UrbanSpeedKmh},
        {QStringLiteral("detour_factor"), UnitRecommender::DetourFactor},
        {QStringLiteral("units"), units}});
}

void printUnitLine(QTextStream &out, const QJsonObject &u)
{
    QString where = Texts::tr("no position");
    if (u.value(QStringLiteral("has_position")).toBool())
        where = QStringLiteral("%1, %2  %3")
                    .arg(u.value(QStringLiteral("lat")).toDouble(), 0, 'f', 5)
                    .arg(u.value(QStringLiteral("lon")).toDouble(), 0, 'f', 5)
                    .arg(Texts::tr("%1 s ago%2")
                             .arg(u.value(QStringLiteral("age_s")).toInteger())
                             .arg(u.value(QStringLiteral("stale")).toBool() ? Texts::tr(", STALE") : QString()));
    const QString incident = u.value(QStringLiteral("incident")).toString();
    const int conflicts = int(u.value(QStringLiteral("conflicts")).toArray().size());
    out << QStringLiteral("%1  %2  %3  %4  %5  %6%7%8")
               .arg(u.value(QStringLiteral("id")).toString(), -12)
               .arg(u.value(QStringLiteral("agency")).toString(), -14)
               .arg(u.value(QStringLiteral("callsign")).toString(), -12)
               .arg(u.value(QStringLiteral("type")).toString(), -14)
               .arg(u.value(QStringLiteral("status")).toString(), -14)
               .arg(where)
               .arg(incident.isEmpty() ? QString() : Texts::tr("  incident %1").arg(incident))
               .arg(conflicts ? Texts::tr("  %n conflict(s)", nullptr, conflicts) : QString())
        << Qt::endl;
}

void printRecommendation(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QJsonObject o = result.toObject();
    out << Texts::tr("nearest available units of %1 for incident %2 (straight line x %3 at %4 km/h):")
               .arg(o.value(QStringLiteral("agency")).toString(), o.value(QStringLiteral("incident")).toString())
               .arg(o.value(QStringLiteral("detour_factor")).toDouble())
               .arg(o.value(QStringLiteral("speed_kmh")).toDouble())
        << Qt::endl;
    const QJsonArray units = o.value(QStringLiteral("units")).toArray();
    if (units.isEmpty())
        out << Texts::tr("no unit of the agency is available with a fresh position") << Qt::endl;
    int rank = 0;
    for (const QJsonValue &v : units) {
        const QJsonObject u = v.toObject();
        out << QStringLiteral("%1. %2  %3  %4  ")
                   .arg(++rank)
                   .arg(u.value(QStringLiteral("id")).toString(), -12)
                   .arg(u.value(QStringLiteral("callsign")).toString(), -12)
                   .arg(u.value(QStringLiteral("type")).toString(), -14)
            << Texts::tr("%1 km, about %2 min")
                   .arg(u.value(QStringLiteral("distance_m")).toDouble() / 1000, 0, 'f', 1)
                   .arg((u.value(QStringLiteral("eta_s")).toInteger() + 59) / 60)
            << Qt::endl;
    }
}

} // namespace

void addUnitCommands(CommandTable &table)
{
    const CommandOption as{QStringLiteral("as"), QStringLiteral("as")};

    ControlCommand list;
    list.words = {QStringLiteral("unit"), QStringLiteral("list")};
    list.request = QStringLiteral("unit.list");
    list.note = Texts::tr("roster units: agency, call sign, type, status, position, age");
    list.handle = [](ControlContext &desk, const ControlRequest &r) { r.ok(unitsToJson(desk)); };
    list.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray())
            printUnitLine(out, v.toObject());
    };
    table.add(list);

    ControlCommand status;
    status.words = {QStringLiteral("unit"), QStringLiteral("status")};
    status.request = QStringLiteral("unit.status");
    status.arguments
        = {{QStringLiteral("unit"), QStringLiteral("UNIT")}, {QStringLiteral("to"), QStringLiteral("STATUS")}};
    status.options = {{QStringLiteral("incident"), QStringLiteral("incident")},
                      {QStringLiteral("agency"), QStringLiteral("agency")},
                      as};
    status.printsJson = false;
    status.note = Texts::tr("available, dispatched, en_route, on_scene, out_of_service; dispatched names the "
                            "incident and agency");
    status.handle = [](ControlContext &desk, const ControlRequest &r) {
        submit(desk, r,
               desk.unitCommands.changeStatus(
                   r.args.value(QStringLiteral("unit")).toString(), r.args.value(QStringLiteral("to")).toString(),
                   r.args.value(QStringLiteral("incident")).toString(),
                   r.args.value(QStringLiteral("agency")).toString(), actorOf(desk, r.args)));
    };
    status.print = printEvent;
    table.add(status);

    ControlCommand assign;
    assign.words = {QStringLiteral("unit"), QStringLiteral("assign")};
    assign.request = QStringLiteral("unit.assign");
    assign.arguments = {{QStringLiteral("incident"), QStringLiteral("INCIDENT")},
                        {QStringLiteral("agency"), QStringLiteral("AGENCY")},
                        {QStringLiteral("unit"), QStringLiteral("UNIT")}};
    assign.options = {as};
    assign.printsJson = false;
    assign.note = Texts::tr("dispatch a unit to the agency's handoff");
    assign.handle = [](ControlContext &desk, const ControlRequest &r) {
        submit(desk, r,
               desk.unitCommands.assign(r.args.value(QStringLiteral("incident")).toString(),
                                        r.args.value(QStringLiteral("agency")).toString(),
                                        r.args.value(QStringLiteral("unit")).toString(), actorOf(desk, r.args)));
    };
    assign.print = printEvent;
    table.add(assign);

    ControlCommand recommend;
    recommend.words = {QStringLiteral("unit"), QStringLiteral("recommend")};
    recommend.request = QStringLiteral("unit.recommend");
    recommend.arguments = {{QStringLiteral("incident"), QStringLiteral("INCIDENT")},
                           {QStringLiteral("agency"), QStringLiteral("AGENCY")}};
    recommend.options = {{QStringLiteral("count"), QStringLiteral("count"), ValueKind::Integer}};
    recommend.note = Texts::tr("nearest available units");
    recommend.handle = [](ControlContext &desk, const ControlRequest &r) { answer(r, recommendToJson(desk, r.args)); };
    recommend.print = printRecommendation;
    table.add(recommend);
}

} // namespace Sigap
