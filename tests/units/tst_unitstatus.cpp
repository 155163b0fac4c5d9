// Agency units: the status state machine against a table written out here, an
// order-independent fold with conflicts, the snapshot, the roster file, the commands'
// refusals, the recommendation of the nearest available units, the overlay on the board,
// and the Traccar poller against a real local HTTP server.
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"
#include "traccarserver.h"
#include "units/demounitfeed.h"
#include "units/traccarpoller.h"
#include "units/unitboard.h"
#include "units/unitcommands.h"
#include "units/unitoverlay.h"
#include "units/unitprojection.h"
#include "units/unitrecommender.h"
#include "units/unitroster.h"

#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtMath>

#include <algorithm>

using namespace Sigap;
using namespace SigapTest;

namespace {

const qint64 T0 = 1795000000000;

Event unitEvent(const char *origin, qint64 seq, qint64 wallMs, const char *unit, const char *to,
                const char *incident = nullptr, const char *agency = "damkar-bjm")
{
    Event e;
    e.origin = QString::fromLatin1(origin);
    e.seq = seq;
    e.hlc = Hlc::pack(wallMs, 0);
    e.actor = QStringLiteral("op-1");
    e.kind = EventKind::UnitStatusChanged;
    e.subject = QString::fromLatin1(unit);
    e.payload.insert(QStringLiteral("to"), QString::fromLatin1(to));
    if (incident) {
        e.payload.insert(QStringLiteral("incident"), QString::fromLatin1(incident));
        e.payload.insert(QStringLiteral("agency"), QString::fromLatin1(agency));
    }
    return e;
}

Event incidentCreated(const char *origin, qint64 seq, double lat, double lon)
{
    Event e;
    e.origin = QString::fromLatin1(origin);
    e.seq = seq;
    e.hlc = Hlc::pack(T0, 0);
    e.actor = QStringLiteral("op-1");
    e.kind = EventKind::IncidentCreated;
    e.payload.insert(QStringLiteral("category"), QStringLiteral("kebakaran"));
    e.payload.insert(QStringLiteral("priority"), 1);
    e.payload.insert(QStringLiteral("lat"), lat);
    e.payload.insert(QStringLiteral("lon"), lon);
    return e;
}

Event handoffSent(const char *origin, qint64 seq, const QString &incident, const char *agency)
{
    Event e;
    e.origin = QString::fromLatin1(origin);
    e.seq = seq;
    e.hlc = Hlc::pack(T0 + 1000, 0);
    e.actor = QStringLiteral("op-1");
    e.kind = EventKind::HandoffSent;
    e.subject = incident;
    e.payload.insert(QStringLiteral("agency"), QString::fromLatin1(agency));
    e.payload.insert(QStringLiteral("channel"), QStringLiteral("desk"));
    return e;
}

QByteArray describe(const UnitProjection &p)
{
    QByteArray out;
    for (const UnitState *u : p.all()) {
        out += (u->unit + QLatin1Char('=') + UnitStatuses::name(u->status) + QLatin1Char('@')
                + QString::number(u->sinceMs) + QLatin1Char(' ') + u->incident + QLatin1Char('/') + u->agency)
                   .toUtf8();
        for (const UnitConflict &c : u->conflicts)
            out += " conflict:" + UnitStatuses::name(c.from).toUtf8() + "->" + UnitStatuses::name(c.to).toUtf8() + '@'
                   + c.stamp.origin.toUtf8() + QByteArray::number(c.stamp.seq);
        out += '\n';
    }
    return out;
}

UnitReport at(const QString &id, double lat, double lon, qint64 reportedMs)
{
    UnitReport r;
    r.id = id;
    r.agency = QStringLiteral("damkar");
    r.callsign = id;
    r.status = QStringLiteral("available");
    r.lat = lat;
    r.lon = lon;
    r.reportedMs = reportedMs;
    return r;
}

// Haversine written out again, independently of geo/distance.h.
double greatCircleM(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371008.8, p1 = lat1 * M_PI / 180, p2 = lat2 * M_PI / 180;
    const double dp = (lat2 - lat1) * M_PI / 180, dl = (lon2 - lon1) * M_PI / 180;
    const double h
        = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * r * std::atan2(std::sqrt(h), std::sqrt(1 - h));
}

const QByteArray RosterJson = R"({"format": "sigap-units", "version": 1, "units": [
  {"id": "damkar-01", "agency": "damkar-bjm", "callsign": "Damkar 1", "type": "fire_engine"},
  {"id": "damkar-02", "agency": "damkar-bjm", "callsign": "Damkar 2", "type": "fire_engine"},
  {"id": "damkar-03", "agency": "damkar-bjm", "callsign": "Damkar 3", "type": "water_tender"},
  {"id": "damkar-04", "agency": "damkar-bjm", "callsign": "Damkar 4", "type": "fire_engine"},
  {"id": "damkar-05", "agency": "damkar-bjm", "callsign": "Damkar 5", "type": "fire_engine"},
  {"id": "psc119-01", "agency": "psc119-bjm", "callsign": "PSC 119 1", "type": "ambulance"}
]})";

} // namespace

class tst_UnitStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateMachine_data();
    void stateMachine();
    void foldIsTheSameInAnyOrder();
    void dispatchAssignsAndClearingEndsTheAssignment();
    void malformedEventsAreNotFolded();
    void snapshotRestoresTheSameUnits();
    void bundledRosterHasTheDemoFeedsUnits();
    void brokenUnitsAreLeftOutByLineAndField();
    void unreadableRosterIsRefused();
    void commandsRefuseBadInput();
    void recommendationIsNearestAvailableAndFresh();
    void overlayShowsTheRostersNameAndTheLoggedStatus();
    void traccarPositionsReachTheBoard();
    void traccarSameFixTwiceIsTakenOnce();
    void traccarWrongPasswordMovesNothingAndIsLogged();
    void traccarFixAheadOfTheClockIsTakenOnceOrSkipped();
    void traccarBadJsonAndUnreachableAreLoggedAndRetried();
    void traccarCommandLine_data();
    void traccarCommandLine();
};

void tst_UnitStatus::stateMachine_data()
{
    // Written out independently of UnitStatuses::isLegal: a=available d=dispatched e=en_route
    // o=on_scene x=out_of_service; each row lists the legal targets.
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("legal");
    QTest::newRow("available") << QStringLiteral("available") << QStringLiteral("dx");
    QTest::newRow("dispatched") << QStringLiteral("dispatched") << QStringLiteral("eoax");
    QTest::newRow("en_route") << QStringLiteral("en_route") << QStringLiteral("oaxd");
    QTest::newRow("on_scene") << QStringLiteral("on_scene") << QStringLiteral("ax");
    QTest::newRow("out_of_service") << QStringLiteral("out_of_service") << QStringLiteral("a");
}

void tst_UnitStatus::stateMachine()
{
    QFETCH(QString, from);
    QFETCH(QString, legal);
    const QHash<QChar, QString> letters{{u'a', QStringLiteral("available")},
                                        {u'd', QStringLiteral("dispatched")},
                                        {u'e', QStringLiteral("en_route")},
                                        {u'o', QStringLiteral("on_scene")},
                                        {u'x', QStringLiteral("out_of_service")}};
    QCOMPARE(UnitStatuses::all().size(), letters.size());
    const auto f = UnitStatuses::fromName(from);
    QVERIFY(f);
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        const auto to = UnitStatuses::fromName(it.value());
        QVERIFY(to);
        QVERIFY2(UnitStatuses::isLegal(*f, *to) == legal.contains(it.key()),
                 qPrintable(from + QStringLiteral(" -> ") + it.value()));
        QCOMPARE(UnitStatuses::name(*to), it.value());
    }
    QVERIFY(!UnitStatuses::fromName(QStringLiteral("off_duty")));
}

void tst_UnitStatus::foldIsTheSameInAnyOrder()
{
    // Two desks dispatch the same unit at once (a double booking), a unit reports on scene
    // without being dispatched, and one is diverted on its way.
    QList<Event> events{
        unitEvent("a", 1, T0, "damkar-01", "dispatched", "a-1"),
        unitEvent("b", 1, T0 + 500, "damkar-01", "dispatched", "b-7"),
        unitEvent("a", 2, T0 + 60000, "damkar-01", "en_route"),
        unitEvent("a", 3, T0 + 600000, "damkar-01", "on_scene"),
        unitEvent("b", 2, T0 + 1000, "damkar-02", "on_scene"),
        unitEvent("a", 4, T0 + 2000, "damkar-02", "out_of_service"),
        unitEvent("a", 5, T0 + 3000, "damkar-03", "dispatched", "a-1"),
        unitEvent("b", 3, T0 + 4000, "damkar-03", "en_route"),
        unitEvent("a", 6, T0 + 5000, "damkar-03", "dispatched", "a-9"),
        unitEvent("b", 4, T0 + 5000, "damkar-03", "available"),
    };
    UnitProjection reference;
    reference.apply(events);
    const QByteArray expected = describe(reference);
    // Worked out by hand from the table above.
    QCOMPARE(expected, QByteArray("damkar-01=on_scene@1795000600000 a-1/damkar-bjm conflict:dispatched->dispatched@b1\n"
                                  "damkar-02=out_of_service@1795000002000 / conflict:available->on_scene@b2\n"
                                  "damkar-03=available@1795000005000 /\n"));
    QRandomGenerator random(112);
    for (int round = 0; round < 30; ++round) {
        std::shuffle(events.begin(), events.end(), random);
        UnitProjection shuffled;
        for (const Event &e : std::as_const(events))
            shuffled.apply(e);
        QCOMPARE(describe(shuffled), expected);
    }
}

void tst_UnitStatus::dispatchAssignsAndClearingEndsTheAssignment()
{
    UnitProjection p;
    QSignalSpy changed(&p, &UnitProjection::changed);
    QCOMPARE(p.statusOf(QStringLiteral("damkar-01")), UnitStatus::Available); // no event: available
    p.apply(unitEvent("a", 1, T0, "damkar-01", "dispatched", "a-1"));
    p.apply(unitEvent("a", 2, T0 + 1000, "damkar-01", "en_route"));
    p.apply(unitEvent("a", 3, T0 + 2000, "damkar-02", "dispatched", "a-1"));
    QCOMPARE(p.assignedTo(QStringLiteral("a-1"), QStringLiteral("damkar-bjm")).size(), 2);
    QCOMPARE(p.unit(QStringLiteral("damkar-01"))->incident, QStringLiteral("a-1"));
    p.apply(unitEvent("a", 4, T0 + 3000, "damkar-01", "available"));
    QCOMPARE(p.assignedTo(QStringLiteral("a-1"), QStringLiteral("damkar-bjm")).size(), 1);
    QVERIFY(p.unit(QStringLiteral("damkar-01"))->incident.isEmpty());
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("damkar-01"));
}

void tst_UnitStatus::malformedEventsAreNotFolded()
{
    UnitProjection p;
    p.apply(unitEvent("a", 1, T0, "damkar-01", "dispatched")); // a dispatch to nothing
    p.apply(unitEvent("a", 2, T0, "damkar-01", "teleported")); // a status of a later version
    p.apply(unitEvent("a", 3, T0, "", "out_of_service"));      // no unit
    QVERIFY(p.all().isEmpty());
}

void tst_UnitStatus::snapshotRestoresTheSameUnits()
{
    UnitProjection p;
    p.apply(unitEvent("a", 1, T0, "damkar-01", "dispatched", "a-1"));
    p.apply(unitEvent("b", 1, T0 + 500, "damkar-01", "dispatched", "b-7"));
    p.apply(unitEvent("a", 2, T0 + 1000, "damkar-02", "out_of_service"));
    UnitProjection restored;
    QVERIFY(restored.restoreSnapshot(p.toSnapshot()));
    QCOMPARE(describe(restored), describe(p));
    QVERIFY(describe(restored).contains("conflict:"));
    // Later events fold onto the restored state as onto the original.
    const Event later = unitEvent("a", 3, T0 + 2000, "damkar-01", "en_route");
    p.apply(later);
    restored.apply(later);
    QCOMPARE(describe(restored), describe(p));
    // A damaged snapshot is refused whole and leaves nothing half restored.
    QByteArray damaged = p.toSnapshot();
    damaged.chop(3);
    QVERIFY(!restored.restoreSnapshot(damaged));
    QVERIFY(restored.all().isEmpty());
}

void tst_UnitStatus::bundledRosterHasTheDemoFeedsUnits()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    const UnitRoster roster = UnitRoster::bundled(agencies);
    QVERIFY2(roster.problems().isEmpty(), qPrintable(roster.problems().join(QLatin1Char('\n'))));
    ManualClock clock(T0);
    UnitBoard board;
    const Gazetteer gazetteer = Gazetteer::bundled();
    DemoUnitFeed feed(board, gazetteer, clock, 3);
    QCOMPARE(roster.units().size(), feed.unitCount());
    // Every unit the demo drives is in the roster, under an agency of the directory.
    while (board.units().size() < feed.unitCount())
        feed.reportAll(); // a unit in a dead spot reports next round
    for (const UnitReport &unit : board.units()) {
        const RosterUnit *u = roster.byId(unit.id);
        QVERIFY2(u, qPrintable(unit.id));
        QVERIFY(agencies.byId(u->agency));
        QVERIFY(!u->type.isEmpty());
    }
    QCOMPARE(roster.byId(QStringLiteral("damkar-03"))->agency, QStringLiteral("damkar-bjm"));
    QCOMPARE(roster.byId(QStringLiteral("polres-12"))->agency, QStringLiteral("polresta-bjm"));
}

void tst_UnitStatus::brokenUnitsAreLeftOutByLineAndField()
{
    const QByteArray json
        = "{\"format\": \"sigap-units\", \"version\": 1, \"units\": [\n"
          "  {\"id\": \"damkar-01\", \"agency\": \"damkar-bjm\", \"callsign\": \"Damkar 1\", "
          "\"type\": \"fire_engine\"},\n"
          "  {\"agency\": \"damkar-bjm\", \"callsign\": \"No id\", \"type\": \"fire_engine\"},\n"
          "  {\"id\": \"x-1\", \"agency\": \"ghostbusters\", \"callsign\": \"X\", \"type\": \"van\"},\n"
          "  {\"id\": \"damkar-01\", \"agency\": \"damkar-bjm\", \"callsign\": \"Again\", "
          "\"type\": \"fire_engine\"},\n"
          "  {\"id\": \"psc119-01\", \"agency\": \"psc119-bjm\", \"type\": \"ambulance\"},\n"
          "  {\"id\": \"psc119-02\", \"agency\": \"psc119-bjm\", \"callsign\": \"PSC 2\"},\n"
          "  {\"id\": \"pln-01\", \"agency\": \"pln-bjm\", \"callsign\": \"PLN 1\", "
          "\"type\": \"utility_truck\"}\n"
          "]}\n";
    auto roster = UnitRoster::parse(json, QStringLiteral("units.json"), AgencyDirectory::bundled());
    QVERIFY(roster);
    QCOMPARE(roster.value().units().size(), 2);
    QCOMPARE(roster.value().units().at(0).id, QStringLiteral("damkar-01"));
    QCOMPARE(roster.value().units().at(0).callsign, QStringLiteral("Damkar 1"));
    QCOMPARE(roster.value().units().at(1).id, QStringLiteral("pln-01"));
    const QStringList problems = roster.value().problems();
    QCOMPARE(problems.size(), 5);
    const QList<std::pair<int, QString>> expected{{3, QStringLiteral("id")},
                                                  {4, QStringLiteral("agency")},
                                                  {5, QStringLiteral("id")},
                                                  {6, QStringLiteral("callsign")},
                                                  {7, QStringLiteral("type")}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(problems.at(i).startsWith(QStringLiteral("units.json:%1:").arg(expected.at(i).first)),
                 qPrintable(problems.at(i)));
        QVERIFY2(problems.at(i).contains(QStringLiteral(": %1: ").arg(expected.at(i).second)),
                 qPrintable(problems.at(i)));
    }
    QCOMPARE(roster.value().ofAgency(QStringLiteral("damkar-bjm")).size(), 1);
}

void tst_UnitStatus::unreadableRosterIsRefused()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    auto broken = UnitRoster::parse("{\"format\": \"sigap-units\",\n \"units\": [", QStringLiteral("u.json"), agencies);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(QLatin1String("u.json")), qPrintable(broken.error().message));
    auto wrongFormat = UnitRoster::parse(R"({"format": "sigap-cameras", "version": 1, "units": []})",
                                         QStringLiteral("u.json"), agencies);
    QVERIFY(!wrongFormat);
    auto missing = UnitRoster::load(QStringLiteral("/nonexistent/units.json"), agencies);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/units.json")));
}

void tst_UnitStatus::commandsRefuseBadInput()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    auto roster = UnitRoster::parse(RosterJson, QStringLiteral("units.json"), agencies);
    QVERIFY(roster);
    IncidentProjection incidents;
    const Event created = incidentCreated("a", 1, -3.3186, 114.5926);
    incidents.apply(created);
    const QString incident = created.id();
    HandoffProjection handoffs;
    handoffs.apply(handoffSent("a", 2, incident, "damkar-bjm"));
    UnitProjection status;
    const UnitCommands commands(roster.value(), agencies, incidents, handoffs, status);
    const Actor actor{QStringLiteral("op-1"), QStringLiteral("operator")};

    auto refused = [](const Result<EventDraft> &r, const QString &code, const QString &named) {
        if (r)
            return QStringLiteral("accepted");
        if (r.error().code != code)
            return QStringLiteral("code %1, not %2").arg(r.error().code, code);
        if (!r.error().message.contains(named))
            return QStringLiteral("\"%1\" does not name %2").arg(r.error().message, named);
        return QString();
    };
    const QString none;
    QCOMPARE(refused(commands.changeStatus(QStringLiteral("ghost-9"), QStringLiteral("available"), none, none, actor),
                     QStringLiteral("unit.unknown"), QStringLiteral("ghost-9")),
             none);
    QCOMPARE(refused(commands.changeStatus(QStringLiteral("damkar-01"), QStringLiteral("flying"), none, none, actor),
                     QStringLiteral("unit.status"), QStringLiteral("flying")),
             none);
    QCOMPARE(
        refused(commands.changeStatus(QStringLiteral("damkar-01"), QStringLiteral("dispatched"), none, none, actor),
                QStringLiteral("unit.assignment"), QStringLiteral("--incident")),
        none);
    QCOMPARE(refused(commands.changeStatus(QStringLiteral("damkar-01"), QStringLiteral("en_route"), incident,
                                           QStringLiteral("damkar-bjm"), actor),
                     QStringLiteral("unit.assignment"), QStringLiteral("en_route")),
             none);
    QCOMPARE(refused(commands.assign(QStringLiteral("zz-404"), QStringLiteral("damkar-bjm"),
                                     QStringLiteral("damkar-01"), actor),
                     QStringLiteral("unit.incident"), QStringLiteral("zz-404")),
             none);
    QCOMPARE(refused(commands.assign(incident, QStringLiteral("ghostbusters"), QStringLiteral("damkar-01"), actor),
                     QStringLiteral("unit.agency"), QStringLiteral("ghostbusters")),
             none);
    QCOMPARE(refused(commands.assign(incident, QStringLiteral("psc119-bjm"), QStringLiteral("damkar-01"), actor),
                     QStringLiteral("unit.agency"), QStringLiteral("damkar-bjm")),
             none);
    // An ambulance of PSC 119 for an incident not handed to PSC 119.
    QCOMPARE(refused(commands.assign(incident, QStringLiteral("psc119-bjm"), QStringLiteral("psc119-01"), actor),
                     QStringLiteral("unit.handoff"), QStringLiteral("psc119-bjm")),
             none);

    auto assigned = commands.assign(incident, QStringLiteral("damkar-bjm"), QStringLiteral("damkar-01"), actor);
    QVERIFY(assigned);
    QCOMPARE(assigned.value().kind, EventKind::UnitStatusChanged);
    QCOMPARE(assigned.value().subject, QStringLiteral("damkar-01"));
    QCOMPARE(assigned.value().payload.value(QStringLiteral("to")).toString(), QStringLiteral("dispatched"));
    QCOMPARE(assigned.value().payload.value(QStringLiteral("incident")).toString(), incident);
    QCOMPARE(assigned.value().payload.value(QStringLiteral("agency")).toString(), QStringLiteral("damkar-bjm"));
    auto viaStatus = commands.changeStatus(QStringLiteral("damkar-02"), QStringLiteral("dispatched"), incident,
                                           QStringLiteral("damkar-bjm"), actor);
    QVERIFY(viaStatus);
    QCOMPARE(viaStatus.value().payload.value(QStringLiteral("incident")).toString(), incident);
    auto outOfService
        = commands.changeStatus(QStringLiteral("damkar-03"), QStringLiteral("out_of_service"), none, none, actor);
    QVERIFY(outOfService);
    QVERIFY(!outOfService.value().payload.contains(QStringLiteral("incident")));

    // A unit on scene elsewhere is not free to be sent: refused at the desk, not left for
    // the fold to keep as a conflict.
    status.apply(unitEvent("b", 1, T0 + 1000, "damkar-05", "dispatched", qPrintable(incident), "damkar-bjm"));
    status.apply(unitEvent("b", 2, T0 + 2000, "damkar-05", "on_scene"));
    QCOMPARE(refused(commands.assign(incident, QStringLiteral("damkar-bjm"), QStringLiteral("damkar-05"), actor),
                     QStringLiteral("unit.busy"), QStringLiteral("damkar-05")),
             none);

    // A handoff the agency finished takes no more units.
    Event finished;
    finished.origin = QStringLiteral("a");
    finished.seq = 3;
    finished.hlc = Hlc::pack(T0 + 5000, 0);
    finished.kind = EventKind::HandoffStatusChanged;
    finished.subject = incident;
    finished.payload.insert(QStringLiteral("agency"), QStringLiteral("damkar-bjm"));
    finished.payload.insert(QStringLiteral("to"), QStringLiteral("finished"));
    handoffs.apply(finished);
    QCOMPARE(refused(commands.assign(incident, QStringLiteral("damkar-bjm"), QStringLiteral("damkar-04"), actor),
                     QStringLiteral("unit.handoff"), incident),
             none);
}

void tst_UnitStatus::recommendationIsNearestAvailableAndFresh()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    auto roster = UnitRoster::parse(RosterJson, QStringLiteral("units.json"), agencies);
    QVERIFY(roster);
    const double lat = -3.3186, lon = 114.5926; // the incident
    const qint64 now = T0 + 3600000;
    UnitBoard board;
    board.report(at(QStringLiteral("damkar-01"), -3.3400, 114.5900, now - 10000));                  // far
    board.report(at(QStringLiteral("damkar-02"), -3.3200, 114.5930, now - UnitBoard::StaleMs - 1)); // near, stale
    board.report(at(QStringLiteral("damkar-03"), -3.3300, 114.6050, now - 60000));                  // middle
    board.report(at(QStringLiteral("damkar-04"), -3.3190, 114.5920, now));                          // nearest, busy
    board.report(at(QStringLiteral("damkar-05"), -3.3300, 114.5926, now - 1000));                   // second
    board.report(at(QStringLiteral("psc119-01"), -3.3186, 114.5926, now));                          // other agency
    // damkar-99 is on the board but not in the roster: no agency to count it under.
    board.report(at(QStringLiteral("damkar-99"), -3.3186, 114.5927, now));
    UnitProjection status;
    status.apply(unitEvent("a", 1, T0, "damkar-04", "dispatched", "a-1"));

    const QList<UnitRecommendation> all
        = UnitRecommender::recommend(lat, lon, QStringLiteral("damkar-bjm"), roster.value(), status, board, now, 10);
    QStringList order;
    for (const UnitRecommendation &r : all)
        order << r.unit->id;
    QCOMPARE(order,
             (QStringList{QStringLiteral("damkar-05"), QStringLiteral("damkar-03"), QStringLiteral("damkar-01")}));
    for (const UnitRecommendation &r : all) {
        const double expectedM = greatCircleM(lat, lon, r.position.lat, r.position.lon);
        QVERIFY2(qAbs(r.distanceM - expectedM) < 0.5, qPrintable(QString::number(r.distanceM)));
        // 30 km/h over 1.4 times the straight line, rounded up to the second.
        QCOMPARE(r.etaS, qint64(std::ceil(expectedM * 1.4 / (30000.0 / 3600.0))));
    }
    QVERIFY(all.at(0).distanceM > 1200 && all.at(0).distanceM < 1300); // 0.0114 degrees of latitude
    const auto top
        = UnitRecommender::recommend(lat, lon, QStringLiteral("damkar-bjm"), roster.value(), status, board, now, 2);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(1).unit->id, QStringLiteral("damkar-03"));
    QVERIFY(UnitRecommender::recommend(lat, lon, QStringLiteral("pln-bjm"), roster.value(), status, board, now, 3)
                .isEmpty());
}

void tst_UnitStatus::overlayShowsTheRostersNameAndTheLoggedStatus()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    auto roster = UnitRoster::parse(RosterJson, QStringLiteral("units.json"), agencies);
    QVERIFY(roster);
    UnitBoard board;
    UnitProjection status;
    {
        UnitOverlay overlay(board, roster.value(), status);
        UnitReport fromPhone = at(QStringLiteral("damkar-03"), -3.32, 114.60, T0);
        fromPhone.agency.clear();
        fromPhone.callsign = QStringLiteral("damkar-03");
        fromPhone.status = QStringLiteral("on_scene"); // what a tracker says is not the log's word
        board.report(fromPhone);
        board.report(at(QStringLiteral("stranger"), -3.30, 114.61, T0));
        UnitReport shown = board.units().value(QStringLiteral("damkar-03"));
        QCOMPARE(shown.callsign, QStringLiteral("Damkar 3"));
        QCOMPARE(shown.agency, QStringLiteral("damkar-bjm"));
        QCOMPARE(shown.status, QStringLiteral("available"));
        QCOMPARE(board.units().value(QStringLiteral("stranger")).callsign, QStringLiteral("stranger"));
        QSignalSpy changed(&board, &UnitBoard::changed);
        status.apply(unitEvent("a", 1, T0, "damkar-03", "dispatched", "a-1"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(board.units().value(QStringLiteral("damkar-03")).status, QStringLiteral("dispatched"));
        QCOMPARE(board.units().value(QStringLiteral("damkar-03")).lat, -3.32); // the place is kept
    }
    // Without the overlay the board takes reports as they come.
    board.report(at(QStringLiteral("damkar-03"), -3.33, 114.60, T0 + 1000));
    QCOMPARE(board.units().value(QStringLiteral("damkar-03")).callsign, QStringLiteral("damkar-03"));
}

namespace {
const QByteArray TraccarDevices = R"([
  {"id": 11, "name": "Damkar 1", "uniqueId": "damkar-01", "status": "online"},
  {"id": 12, "name": "Damkar 2", "uniqueId": "damkar-02", "status": "online"},
  {"id": 13, "name": "Damkar 3", "uniqueId": "damkar-03", "status": "offline"},
  {"id": 14, "name": "Ambulans", "uniqueId": "psc119-01", "status": "online"}
])";
const QByteArray TraccarPositions = R"([
  {"id": 901, "deviceId": 11, "protocol": "osmand", "fixTime": "2026-11-17T03:33:00.000+00:00",
   "valid": true, "latitude": -3.3207, "longitude": 114.5926, "speed": 12.5, "course": 270.0},
  {"id": 902, "deviceId": 12, "fixTime": "2026-11-17T11:34:10+08:00",
   "valid": true, "latitude": -3.3301, "longitude": 114.5801, "speed": 0.2, "course": 90.0},
  {"id": 903, "deviceId": 13, "fixTime": "2026-11-17T03:30:00.000+00:00",
   "valid": false, "latitude": 0.0, "longitude": 0.0, "speed": 0, "course": 0},
  {"id": 904, "deviceId": 99, "fixTime": "2026-11-17T03:30:00.000+00:00",
   "valid": true, "latitude": -3.31, "longitude": 114.61, "speed": 0, "course": 0},
  {"id": 905, "deviceId": 14, "fixTime": "yesterday", "valid": true, "latitude": -3.31, "longitude": 114.61},
  {"id": 906, "deviceId": 14, "fixTime": "2026-11-17T03:30:00.000+00:00", "valid": true,
   "latitude": 123.0, "longitude": 114.61}
])";
const qint64 TraccarNow = 1795000000000; // 2026-11-18, after the fixes above

TraccarOptions traccarOptions(const QString &url, const QString &password)
{
    TraccarOptions o;
    o.url = QUrl(url);
    o.user = QStringLiteral("sigap");
    o.password = password;
    o.intervalMs = 3600 * 1000; // the tests poll by hand
    return o;
}
} // namespace

void tst_UnitStatus::traccarPositionsReachTheBoard()
{
    TraccarServer server(QStringLiteral("sigap"), QStringLiteral("rahasia"));
    server.devices = TraccarDevices;
    server.positions = TraccarPositions;
    QVERIFY(server.listen());
    ManualClock clock(TraccarNow);
    UnitBoard board;
    TraccarPoller poller(board, clock, traccarOptions(server.url(), QStringLiteral("rahasia")));
    QSignalSpy succeeded(&poller, &TraccarPoller::pollSucceeded);
    QSignalSpy received(&poller, &TraccarPoller::received);
    poller.pollNow();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(succeeded.first().at(0).toInt(), 2);
    QCOMPARE(received.size(), 2);
    QCOMPARE(board.units().size(), 2); // no fix, unknown device, bad time, off the globe: skipped
    const UnitReport one = board.units().value(QStringLiteral("damkar-01"));
    QCOMPARE(one.lat, -3.3207);
    QCOMPARE(one.lon, 114.5926);
    QCOMPARE(one.reportedMs, QDateTime(QDate(2026, 11, 17), QTime(3, 33), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(one.headingDeg.value_or(-1), 270.0); // 12.5 knots: moving, its course is its heading
    const UnitReport two = board.units().value(QStringLiteral("damkar-02"));
    QVERIFY(!two.headingDeg); // 0.2 knots: standing
    QCOMPARE(two.reportedMs, QDateTime(QDate(2026, 11, 17), QTime(3, 34, 10), QTimeZone::utc()).toMSecsSinceEpoch());
    QVERIFY(!board.units().contains(QStringLiteral("damkar-03")));
    QVERIFY(poller.lastError().isEmpty());
    QCOMPARE(server.served("/api/devices"), 1);
    QCOMPARE(server.served("/api/positions"), 1);
}

void tst_UnitStatus::traccarSameFixTwiceIsTakenOnce()
{
    TraccarServer server(QStringLiteral("sigap"), QStringLiteral("rahasia"));
    server.devices = TraccarDevices;
    server.positions = TraccarPositions;
    QVERIFY(server.listen());
    ManualClock clock(TraccarNow);
    UnitBoard board;
    // A newer position from a peer desk is not overwritten by Traccar's older one.
    board.report(at(QStringLiteral("damkar-02"), -3.40, 114.50, TraccarNow - 1000));
    TraccarPoller poller(board, clock, traccarOptions(server.url(), QStringLiteral("rahasia")));
    QSignalSpy succeeded(&poller, &TraccarPoller::pollSucceeded);
    QSignalSpy received(&poller, &TraccarPoller::received);
    poller.pollNow();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(received.size(), 1);
    QCOMPARE(board.units().value(QStringLiteral("damkar-02")).lat, -3.40);
    poller.pollNow();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(succeeded.last().at(0).toInt(), 0);
    QCOMPARE(received.size(), 1);
}

// A tracker whose clock runs a minute fast: its fix is taken once, not again at every poll
// (it would never turn stale); one ten minutes ahead is a wrong clock and is skipped.
void tst_UnitStatus::traccarFixAheadOfTheClockIsTakenOnceOrSkipped()
{
    auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8();
    };
    TraccarServer server(QStringLiteral("sigap"), QStringLiteral("rahasia"));
    server.devices = TraccarDevices;
    server.positions = R"([{"id": 1, "deviceId": 11, "fixTime": ")" + iso(TraccarNow + 60000)
                       + R"(", "valid": true, "latitude": -3.32, "longitude": 114.59},
                          {"id": 2, "deviceId": 12, "fixTime": ")"
                       + iso(TraccarNow + 10 * 60000) + R"(", "valid": true, "latitude": -3.33, "longitude": 114.58}])";
    QVERIFY(server.listen());
    ManualClock clock(TraccarNow);
    UnitBoard board;
    TraccarPoller poller(board, clock, traccarOptions(server.url(), QStringLiteral("rahasia")));
    QSignalSpy succeeded(&poller, &TraccarPoller::pollSucceeded);
    QSignalSpy received(&poller, &TraccarPoller::received);
    poller.pollNow();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(received.size(), 1);
    QVERIFY(!board.units().contains(QStringLiteral("damkar-02")));
    QCOMPARE(board.units().value(QStringLiteral("damkar-01")).reportedMs, TraccarNow + 60000);
    clock.advanceMs(30000);
    poller.pollNow();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(received.size(), 1); // the same fix: not new
    clock.advanceMs(UnitBoard::StaleMs + 60000);
    QVERIFY(UnitBoard::isStale(board.units().value(QStringLiteral("damkar-01")), clock.nowMs()));
}

void tst_UnitStatus::traccarWrongPasswordMovesNothingAndIsLogged()
{
    TraccarServer server(QStringLiteral("sigap"), QStringLiteral("rahasia"));
    server.devices = TraccarDevices;
    server.positions = TraccarPositions;
    QVERIFY(server.listen());
    ManualClock clock(TraccarNow);
    UnitBoard board;
    TraccarPoller poller(board, clock, traccarOptions(server.url(), QStringLiteral("tebakan")));
    QSignalSpy failed(&poller, &TraccarPoller::pollFailed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("HTTP 401.*\"sigap\".*retrying")));
    poller.pollNow();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("401")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(board.units().isEmpty());
    QCOMPARE(server.refused(), 1);
    QCOMPARE(server.served("/api/positions"), 0);
    // Tried again at the next poll, and said only once while the reason stays the same.
    poller.pollNow();
    QVERIFY(failed.wait(10000));
    QCOMPARE(server.refused(), 2);
    QVERIFY(board.units().isEmpty());
}

void tst_UnitStatus::traccarBadJsonAndUnreachableAreLoggedAndRetried()
{
    TraccarServer server(QStringLiteral("sigap"), QStringLiteral("rahasia"));
    server.devices = TraccarDevices;
    server.positions = "<html>Traccar is starting</html>";
    QVERIFY(server.listen());
    ManualClock clock(TraccarNow);
    UnitBoard board;
    TraccarPoller poller(board, clock, traccarOptions(server.url(), QStringLiteral("rahasia")));
    QSignalSpy failed(&poller, &TraccarPoller::pollFailed);
    QSignalSpy succeeded(&poller, &TraccarPoller::pollSucceeded);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("/api/positions.*not a JSON array")));
    poller.pollNow();
    QVERIFY(failed.wait(10000));
    QVERIFY(board.units().isEmpty());
    // The server comes right: the next poll moves the units.
    server.positions = TraccarPositions;
    poller.pollNow();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(board.units().size(), 2);

    // Nobody listening: a connection error, said with the address, nothing moved.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    UnitBoard empty;
    TraccarPoller lost(empty, clock, traccarOptions(nowhere, QStringLiteral("rahasia")));
    QSignalSpy lostFailed(&lost, &TraccarPoller::pollFailed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Traccar http://127.0.0.1:.*/api/devices")));
    lost.pollNow();
    QVERIFY(lostFailed.wait(20000));
    QVERIFY(empty.units().isEmpty());
    QVERIFY(!lost.lastError().isEmpty());
}

void tst_UnitStatus::traccarCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("none") << QStringList{} << QString();
    QTest::newRow("all") << QStringList{QStringLiteral("--traccar-url"),
                                        QStringLiteral("https://10.0.0.5:8443"),
                                        QStringLiteral("--traccar-user"),
                                        QStringLiteral("sigap"),
                                        QStringLiteral("--traccar-password-file"),
                                        QStringLiteral("PASSWORD")}
                         << QString();
    QTest::newRow("plain http, allowed") << QStringList{QStringLiteral("--traccar-url"),
                                                        QStringLiteral("http://10.0.0.5:8082"),
                                                        QStringLiteral("--traccar-allow-http"),
                                                        QStringLiteral("--traccar-user"),
                                                        QStringLiteral("sigap"),
                                                        QStringLiteral("--traccar-password-file"),
                                                        QStringLiteral("PASSWORD")}
                                         << QString();
    QTest::newRow("plain http, not allowed")
        << QStringList{QStringLiteral("--traccar-url"),           QStringLiteral("http://10.0.0.5:8082"),
                       QStringLiteral("--traccar-user"),          QStringLiteral("sigap"),
                       QStringLiteral("--traccar-password-file"), QStringLiteral("PASSWORD")}
        << QStringLiteral("--traccar-allow-http");
    QTest::newRow("password others may read")
        << QStringList{QStringLiteral("--traccar-url"),           QStringLiteral("https://10.0.0.5:8443"),
                       QStringLiteral("--traccar-user"),          QStringLiteral("sigap"),
                       QStringLiteral("--traccar-password-file"), QStringLiteral("OPEN_PASSWORD")}
        << QStringLiteral("chmod 600");
    QTest::newRow("user without url") << QStringList{QStringLiteral("--traccar-user"), QStringLiteral("sigap")}
                                      << QStringLiteral("--traccar-url");
    QTest::newRow("not http") << QStringList{QStringLiteral("--traccar-url"),           QStringLiteral("ftp://x"),
                                             QStringLiteral("--traccar-user"),          QStringLiteral("sigap"),
                                             QStringLiteral("--traccar-password-file"), QStringLiteral("PASSWORD")}
                              << QStringLiteral("ftp://x");
    QTest::newRow("no password") << QStringList{QStringLiteral("--traccar-url"), QStringLiteral("https://10.0.0.5"),
                                                QStringLiteral("--traccar-user"), QStringLiteral("sigap")}
                                 << QStringLiteral("--traccar-password-file");
    QTest::newRow("unreadable password") << QStringList{QStringLiteral("--traccar-url"),
                                                        QStringLiteral("https://10.0.0.5"),
                                                        QStringLiteral("--traccar-user"),
                                                        QStringLiteral("sigap"),
                                                        QStringLiteral("--traccar-password-file"),
                                                        QStringLiteral("/nonexistent/pw")}
                                         << QStringLiteral("/nonexistent/pw");
    QTest::newRow("bad interval")
        << QStringList{QStringLiteral("--traccar-url"),           QStringLiteral("https://10.0.0.5"),
                       QStringLiteral("--traccar-user"),          QStringLiteral("sigap"),
                       QStringLiteral("--traccar-password-file"), QStringLiteral("PASSWORD"),
                       QStringLiteral("--traccar-interval"),      QStringLiteral("0")}
        << QStringLiteral("--traccar-interval");
}

void tst_UnitStatus::traccarCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("traccar.pw"));
    QFile pw(passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("rahasia 112\n");
    pw.close();
    QVERIFY(pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString openPasswordFile = dir.filePath(QStringLiteral("open.pw"));
    QFile open(openPasswordFile);
    QVERIFY(open.open(QIODevice::WriteOnly));
    open.write("rahasia 112\n");
    open.close();
    QVERIFY(open.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    args.replaceInStrings(QStringLiteral("OPEN_PASSWORD"), openPasswordFile);
    args.replaceInStrings(QStringLiteral("PASSWORD"), passwordFile);
    QCommandLineParser parser;
    const TraccarCommandLine options;
    options.addTo(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("sigap-node")} + args));
    auto read = options.read(parser);
    if (!error.isEmpty()) {
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(error), qPrintable(read.error().message));
        return;
    }
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    if (args.isEmpty()) {
        QVERIFY(!read.value());
        return;
    }
    QVERIFY(read.value());
    QCOMPARE(read.value()->password, QStringLiteral("rahasia 112")); // the first line, without its newline
    QCOMPARE(read.value()->user, QStringLiteral("sigap"));
    QCOMPARE(read.value()->intervalMs, 10000);
}

QTEST_GUILESS_MAIN(tst_UnitStatus)
#include "tst_unitstatus.moc"
