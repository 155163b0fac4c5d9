// The trainer's core: scenario format 2 (and 1), the bundled scenarios, the virtual clock,
// a scenario played into a real node with a scripted trainee (replay determinism), a live
// log anonymised into a scenario, and the trainee's score.
#include "core/clock.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "node/node.h"
#include "store/eventstore.h"
#include "telephony/calltaker.h"
#include "training/demoshift.h"
#include "training/loganonymiser.h"
#include "training/scenario.h"
#include "training/scenarioplayer.h"
#include "training/trainingscore.h"
#include "training/trainingstatehash.h"
#include "training/virtualclock.h"
#include "units/unitroster.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sigap;

namespace {

constexpr qint64 StartMs = 1'790'000'000'000;

QString errorOf(const Result<Scenario> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// A training desk: a real node in a temporary folder on a virtual clock over a ManualClock,
// playing a scenario; the trainee acts through the node's own commands.
struct TrainingDesk
{
    QTemporaryDir dir;
    ManualClock base{StartMs};
    VirtualClock clock{base};
    std::unique_ptr<Node> node;
    std::unique_ptr<ScenarioPlayer> player;
    int speed = 1;

    explicit TrainingDesk(const Scenario &scenario, int clockSpeed = 1)
        : speed(clockSpeed)
    {
        Node::Options options;
        options.dataDir = dir.path();
        options.room = QStringLiteral("latihan");
        options.control = false;
        auto started = Node::start(options, clock);
        if (!started)
            qFatal("cannot start the training node: %s", qPrintable(started.error().message));
        node = std::move(started).value();
        clock.setSpeed(speed);
        player = std::make_unique<ScenarioPlayer>(scenario, node->scenarioDesk(), clock);
        player->begin(clock.nowMs());
    }

    ~TrainingDesk() { player.reset(); }

    // Moves the base clock so that the scenario reads atMs, and plays up to there.
    void at(qint64 atMs)
    {
        base.setNowMs(StartMs + atMs / speed);
        player->tick();
    }

    QString room(const QString &scenarioCall) const { return player->roomCallId(scenarioCall); }

    bool answer(const QString &call) { return player->callTaker().answer(room(call)).ok(); }

    // Opens an incident from the call (at the caller's network location) and closes the call with it.
    QString openIncident(const QString &call, const QString &category)
    {
        const Call *c = node->calls().call(room(call));
        NewIncident in;
        in.category = category;
        in.call = room(call);
        in.caller = c ? c->number : QString();
        if (c && c->callerPosition) {
            in.lat = c->callerPosition->first;
            in.lon = c->callerPosition->second;
        }
        auto draft = node->commands().create(in, node->session().actor());
        if (!draft)
            return {};
        auto appended = node->log().append({draft.value()});
        if (!appended)
            return {};
        const QString id = appended.value().first().id();
        return player->callTaker().classify(room(call), QStringLiteral("insiden"), id).ok() ? id : QString();
    }

    bool handOff(const QString &incident, const QString &agency)
    {
        auto draft = node->handoffCommands().send(incident, agency, {}, {}, node->session().actor());
        return draft && node->log().append({draft.value()}).ok();
    }

    bool link(const QString &call, const QString &incident)
    {
        return player->callTaker().linkToIncident(room(call), incident).ok();
    }

    bool close(const QString &call, const QString &outcome)
    {
        return player->callTaker().classify(room(call), outcome).ok();
    }

    QByteArray stateHash() const { return TrainingStateHash::of(node->calls(), node->incidents(), node->handoffs()); }

    QList<Event> events() const
    {
        QList<Event> all;
        (void)node->log().store().forEach(0, [&all](const Event &e) { all.append(e); });
        return all;
    }
};

Scenario bundled(const QString &file)
{
    auto loaded = Scenario::load(QStringLiteral(":/scenarios/") + file);
    if (!loaded)
        qFatal("bundled scenario %s: %s", qPrintable(file), qPrintable(loaded.error().message));
    return loaded.value();
}

const QByteArray scoringScenario = R"json({
  "format": "sigap-scenario", "version": 2, "name": "fire, a neighbour, a prank",
  "calls": [
    {"id": "fire", "at_s": 0, "number": "081348271905", "lat": -3.334954, "lon": 114.59831,
     "says": "Rumah terbakar!", "expect": {"outcome": "incident", "category": "kebakaran",
                                           "agencies": ["relawan-bjm", "damkar-bjm"]}},
    {"id": "neighbour", "at_s": 20, "number": "085251736640", "lat": -3.335654, "lon": 114.59841,
     "says": "Ada kebakaran di gang!", "expect": {"duplicate_of": "fire"}},
    {"id": "prank", "at_s": 40, "number": "085754120981", "says": "(tertawa)",
     "expect": {"outcome": "prank"}}
  ]})json";

} // namespace

class tst_Training : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionOneIsRead()
    {
        const QByteArray v1 = R"({"format": "sigap-scenario", "version": 1, "name": "old",
          "calls": [{"at_s": 9, "number": "081300000003"}, {"at_s": 2, "number": "085700000001", "says": "Halo?"}]})";
        auto parsed = Scenario::parse(v1, QStringLiteral("old.json"));
        QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
        const Scenario &s = parsed.value();
        QCOMPARE(s.version, 1);
        QCOMPARE(s.calls.size(), 2);
        // Ids by place in the file, then sorted by time.
        QCOMPARE(s.calls.at(0).id, QStringLiteral("c2"));
        QCOMPARE(s.calls.at(0).call.atMs, 2000);
        QCOMPARE(s.calls.at(1).id, QStringLiteral("c1"));
        QVERIFY(!s.calls.at(0).expect.has_value());
        QVERIFY(s.units.isEmpty());
    }

    void versionTwoRoundTrips()
    {
        auto parsed = Scenario::parse(scoringScenario, QStringLiteral("s.json"));
        QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
        Scenario s = parsed.value();
        QCOMPARE(s.calls.size(), 3);
        const ExpectedAnswer &fire = *s.calls.at(0).expect;
        QCOMPARE(fire.outcome, QStringLiteral("incident"));
        QCOMPARE(fire.agencies, (QStringList{QStringLiteral("damkar-bjm"), QStringLiteral("relawan-bjm")}));
        QCOMPARE(s.calls.at(1).expect->outcome, QStringLiteral("incident")); // implied by duplicate_of
        QCOMPARE(s.calls.at(1).expect->duplicateOf, QStringLiteral("fire"));
        QCOMPARE(ExpectedAnswer::callOutcomeCode(s.calls.at(2).expect->outcome), QStringLiteral("iseng"));

        s.units.append(UnitMovement{90'500, QStringLiteral("damkar-01"), -3.33, 114.59});
        AgencyResponse response;
        response.call = QStringLiteral("fire");
        response.agency = QStringLiteral("damkar-bjm");
        response.afterMs = {{HandoffState::Acknowledged, 15'000}, {HandoffState::OnScene, 480'250}};
        s.agencyResponses.append(response);
        auto again = Scenario::parse(s.toJson(), QStringLiteral("again.json"));
        QVERIFY2(again.ok(), qPrintable(errorOf(again)));
        QCOMPARE(again.value().toJson(), s.toJson());
        QCOMPARE(again.value().units.at(0).atMs, 90'500);
        QCOMPARE(again.value().agencyResponses.at(0).afterMs.at(HandoffState::OnScene), 480'250);
        QCOMPARE(again.value().responseFor(QStringLiteral("fire"), QStringLiteral("damkar-bjm"))->agency,
                 QStringLiteral("damkar-bjm"));
        QVERIFY(!again.value().responseFor(QStringLiteral("fire"), QStringLiteral("relawan-bjm")));

        // The call source plays the calls of a version-2 file.
        auto calls = ScenarioCallSource::parse(scoringScenario, QStringLiteral("s.json"));
        QVERIFY(calls.ok());
        QCOMPARE(calls.value().size(), 3);
        QCOMPARE(calls.value().at(1).number, QStringLiteral("085251736640"));
    }

    void badFilesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("calls");
        QTest::addColumn<QByteArray>("rest");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("message");
        const QByteArray ok = R"({"id": "a", "at_s": 0, "number": "081200000001"})";
        QTest::newRow("newer version") << ok << QByteArray() << 3 << QStringLiteral("version 3 is newer");
        QTest::newRow("no id") << QByteArray(R"({"at_s": 0, "number": "081200000001"})") << QByteArray() << 2
                               << QStringLiteral("calls[0]: field \"id\"");
        QTest::newRow("repeated id") << ok + ", " + ok << QByteArray() << 2 << QStringLiteral("calls[1]: field \"id\"");
        QTest::newRow("no number") << QByteArray(R"({"id": "a", "at_s": 0})") << QByteArray() << 2
                                   << QStringLiteral("calls[0]: field \"number\"");
        QTest::newRow("unknown outcome") << QByteArray(
            R"({"id": "a", "at_s": 0, "number": "0812", "expect": {"outcome": "alien"}})")
                                         << QByteArray() << 2 << QStringLiteral("calls[0]: field \"expect.outcome\"");
        QTest::newRow("incident without category")
            << QByteArray(R"({"id": "a", "at_s": 0, "number": "0812", "expect": {"outcome": "incident"}})")
            << QByteArray() << 2 << QStringLiteral("calls[0]: field \"expect.category\"");
        QTest::newRow("prank with agencies") << QByteArray(
            R"({"id": "a", "at_s": 0, "number": "0812", "expect": {"outcome": "prank", "agencies": ["damkar-bjm"]}})")
                                             << QByteArray() << 2
                                             << QStringLiteral("calls[0]: field \"expect.agencies\"");
        QTest::newRow("duplicate of nothing")
            << QByteArray(R"({"id": "a", "at_s": 0, "number": "0812", "expect": {"duplicate_of": "zz"}})")
            << QByteArray() << 2 << QStringLiteral("calls[0]: field \"expect.duplicate_of\"");
        QTest::newRow("duplicate of a later call")
            << QByteArray(R"({"id": "a", "at_s": 0, "number": "0812", "expect": {"duplicate_of": "b"}},
                 {"id": "b", "at_s": 5, "number": "0813", "expect": {"outcome": "incident", "category": "medis"}})")
            << QByteArray() << 2 << QStringLiteral("calls[0]: field \"expect.duplicate_of\"");
        QTest::newRow("duplicate of a prank")
            << QByteArray(R"({"id": "a", "at_s": 0, "number": "0812", "expect": {"outcome": "prank"}},
                 {"id": "b", "at_s": 5, "number": "0813", "expect": {"duplicate_of": "a"}})")
            << QByteArray() << 2 << QStringLiteral("calls[1]: field \"expect.duplicate_of\"");
        QTest::newRow("unit without latitude")
            << ok << QByteArray(R"("units": [{"at_s": 1, "unit": "damkar-01", "lon": 114.5}])") << 2
            << QStringLiteral("units[0]: field \"lat\"");
        QTest::newRow("response steps backwards")
            << ok
            << QByteArray(
                   R"("agency_responses": [{"call": "a", "agency": "damkar-bjm", "acknowledged_s": 60, "dispatched_s": 30}])")
            << 2 << QStringLiteral("agency_responses[0]: field \"dispatched_s\"");
        QTest::newRow("response to an unknown call")
            << ok << QByteArray(R"("agency_responses": [{"call": "q", "agency": "damkar-bjm", "acknowledged_s": 6}])")
            << 2 << QStringLiteral("agency_responses[0]: field \"call\"");
        QTest::newRow("response without steps")
            << ok << QByteArray(R"("agency_responses": [{"call": "a", "agency": "damkar-bjm"}])") << 2
            << QStringLiteral("agency_responses[0]: field \"acknowledged_s\"");
    }

    void badFilesAreRefusedByName()
    {
        QFETCH(QByteArray, calls);
        QFETCH(QByteArray, rest);
        QFETCH(int, version);
        QFETCH(QString, message);
        const QByteArray json = "{\"format\": \"sigap-scenario\", \"version\": " + QByteArray::number(version)
                                + ", \"calls\": [" + calls + "]" + (rest.isEmpty() ? QByteArray() : ", " + rest) + "}";
        auto parsed = Scenario::parse(json, QStringLiteral("bad.json"));
        QVERIFY2(!parsed.ok(), "a bad file must be refused");
        QVERIFY2(parsed.error().message.contains(message) && parsed.error().message.contains(QLatin1String("bad.json")),
                 qPrintable(parsed.error().message));
    }

    // Every file in resources/scenarios is compiled in, loads, and speaks of the demo city:
    // its kelurahan, categories, agencies and units, with Indonesian mobile numbers.
    void everyBundledScenarioLoads()
    {
        const QDir dir(SigapTest::sourceDir() + QStringLiteral("/resources/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        QStringList bundledNames;
        for (const QString &path : Scenario::bundledPaths())
            bundledNames.append(QFileInfo(path).fileName());
        QCOMPARE(bundledNames, files);

        const Gazetteer gazetteer = Gazetteer::bundled();
        const Categories categories = Categories::bundled();
        const AgencyDirectory agencies = AgencyDirectory::bundled();
        const UnitRoster roster = UnitRoster::bundled(agencies);
        const QRegularExpression mobile(QStringLiteral("^08(1[1-9]|2[1-3]|5[1-9]|7[7-8]|8[1-9]|9[5-9])[0-9]{6,9}$"));
        for (const QString &file : files) {
            auto loaded = Scenario::load(dir.filePath(file));
            QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
            const Scenario &s = loaded.value();
            QVERIFY2(!s.name.isEmpty() && s.calls.size() >= 5, qPrintable(file));
            int incidents = 0;
            for (const TrainingCall &c : s.calls) {
                const QString where = file + QLatin1Char(' ') + c.id;
                QVERIFY2(mobile.match(c.call.number).hasMatch(), qPrintable(where + QLatin1Char(' ') + c.call.number));
                QVERIFY2(c.expect.has_value(), qPrintable(where + QStringLiteral(": every bundled call is scored")));
                if (c.call.position)
                    QVERIFY2(gazetteer.locate(c.call.position->first, c.call.position->second),
                             qPrintable(where + QStringLiteral(": outside every kelurahan")));
                if (c.expect->isIncident() && c.expect->duplicateOf.isEmpty()) {
                    ++incidents;
                    QVERIFY2(categories.incidentCategory(c.expect->category), qPrintable(where));
                    QVERIFY2(!c.expect->agencies.isEmpty(), qPrintable(where));
                    for (const QString &a : c.expect->agencies)
                        QVERIFY2(agencies.byId(a), qPrintable(where + QLatin1Char(' ') + a));
                    QVERIFY2(!c.call.says.isEmpty(), qPrintable(where));
                }
            }
            QVERIFY2(incidents >= 1, qPrintable(file));
            for (const UnitMovement &m : s.units) {
                QVERIFY2(roster.byId(m.unit), qPrintable(file + QLatin1Char(' ') + m.unit));
                QVERIFY2(gazetteer.locate(m.lat, m.lon), qPrintable(file + QLatin1Char(' ') + m.unit));
            }
            for (const AgencyResponse &r : s.agencyResponses)
                QVERIFY2(agencies.byId(r.agency), qPrintable(file + QLatin1Char(' ') + r.agency));
        }
        // The night of pranks: repeat numbers, and exactly one real emergency.
        const Scenario night = bundled(QStringLiteral("malam-telepon-iseng.json"));
        QSet<QString> numbers;
        int real = 0;
        for (const TrainingCall &c : night.calls) {
            numbers.insert(c.call.number);
            real += c.expect->isIncident() ? 1 : 0;
        }
        QVERIFY(numbers.size() < night.calls.size());
        QCOMPARE(real, 1);
    }

    void virtualClockRunsAtItsSpeed()
    {
        ManualClock base(1'000);
        VirtualClock clock(base);
        QCOMPARE(clock.nowMs(), 1'000);
        base.advanceMs(10);
        QCOMPARE(clock.nowMs(), 1'010);
        clock.setSpeed(4);
        base.advanceMs(10);
        QCOMPARE(clock.nowMs(), 1'050); // 4 ms per base ms
        base.advanceMs(1);
        QCOMPARE(clock.nowMs(), 1'054);
        clock.pause();
        base.advanceMs(1'000);
        QCOMPARE(clock.nowMs(), 1'054); // paused: time stands still
        QVERIFY(clock.isPaused());
        clock.resume();
        base.advanceMs(5);
        QCOMPARE(clock.nowMs(), 1'074); // on from where it stopped, still at 4x
        clock.setSpeed(1);
        base.advanceMs(5);
        QCOMPARE(clock.nowMs(), 1'079);
        clock.jumpTo(500);
        QCOMPARE(clock.nowMs(), 1'079); // never back
        clock.jumpTo(2'000);
        QCOMPARE(clock.nowMs(), 2'000);
        base.setNowMs(base.nowMs() - 100); // the base steps back: the scenario holds still
        QCOMPARE(clock.nowMs(), 2'000);
        clock.setSpeed(1000);
        QCOMPARE(clock.speed(), VirtualClock::MaxSpeed);
    }

    // The house-fire scenario, played twice into fresh nodes at 4x with the same scripted
    // trainee, gives the same state; a trainee who does one thing differently does not.
    void replayIsDeterministic()
    {
        const Scenario fire = bundled(QStringLiteral("kebakaran-kelayan-dalam.json"));
        auto run = [&](bool linkTheNeighbour, QByteArray *dump) {
            TrainingDesk desk(fire, 4);
            desk.at(8'000);
            [&] { QVERIFY(desk.answer(QStringLiteral("c1"))); }();
            desk.at(32'000);
            const QString incident = desk.openIncident(QStringLiteral("c1"), QStringLiteral("kebakaran"));
            [&] { QVERIFY(!incident.isEmpty()); }();
            desk.at(40'000);
            [&] {
                QVERIFY(desk.handOff(incident, QStringLiteral("damkar-bjm")));
                QVERIFY(desk.handOff(incident, QStringLiteral("relawan-bjm")));
            }();
            desk.at(44'000);
            [&] { QVERIFY(desk.answer(QStringLiteral("c2"))); }();
            desk.at(60'000);
            if (linkTheNeighbour)
                [&] { QVERIFY(desk.link(QStringLiteral("c2"), incident)); }();
            else
                [&] { QVERIFY(!desk.openIncident(QStringLiteral("c2"), QStringLiteral("kebakaran")).isEmpty()); }();
            desk.at(64'000);
            [&] {
                QVERIFY(desk.answer(QStringLiteral("c3")));
                QVERIFY(desk.close(QStringLiteral("c3"), QStringLiteral("kosong")));
            }();
            for (qint64 t = 120'000; t <= 3'200'000; t += 120'000)
                desk.at(t);
            // The agencies answered on script, at their delays after the send at 40 s.
            const Handoff *damkar = desk.node->handoffs().handoff(incident, QStringLiteral("damkar-bjm"));
            [&] {
                QVERIFY(damkar);
                QCOMPARE(damkar->state, HandoffState::Finished);
                QCOMPARE(*damkar->at(HandoffState::Acknowledged) - *damkar->at(HandoffState::Sent), 15'000);
                QCOMPARE(*damkar->at(HandoffState::OnScene) - *damkar->at(HandoffState::Sent), 480'000);
                QVERIFY(desk.player->finished());
                // The units moved on the board.
                QVERIFY(desk.node->units().units().contains(QStringLiteral("damkar-01")));
                QCOMPARE(desk.node->units().units().value(QStringLiteral("relawan-02")).reportedMs,
                         desk.player->startMs() + 120'000);
            }();
            *dump = TrainingStateHash::dump(desk.node->calls(), desk.node->incidents(), desk.node->handoffs());
            return desk.stateHash();
        };
        QByteArray firstDump, secondDump, otherDump;
        const QByteArray first = run(true, &firstDump);
        if (QTest::currentTestFailed())
            return;
        const QByteArray second = run(true, &secondDump);
        QVERIFY2(first == second, qPrintable(QString::fromUtf8(firstDump + "\n---\n" + secondDump)));
        QVERIFY2(firstDump.contains("incident#1:scn-"), "incidents are named by their call, not their desk id");
        const QByteArray other = run(false, &otherDump);
        QVERIFY2(other != first, "a trainee who opens a second incident leaves another state");
    }

    // A demo shift (420 calls, their incidents, notes, addresses, handoffs), anonymised:
    // nothing of the people or their words is left, the numbers map one to one, and the
    // result is a scenario that plays.
    void anonymisedLogKeepsNoPeople()
    {
        QTemporaryDir dir;
        ManualClock clock(StartMs);
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const Gazetteer gazetteer = Gazetteer::bundled();
        QVERIFY(DemoShift::fill(path, QStringLiteral("bjm"), Categories::bundled(), gazetteer,
                                AgencyDirectory::bundled(), clock)
                    .ok());
        auto store = EventStore::open(path, QString(), clock);
        QVERIFY(store.ok());
        // A named operator and a named person at an agency, as a live room has them.
        const QString operatorName = QStringLiteral("Rina Marlina Sari");
        const QString agencyPerson = QStringLiteral("Pak Juhri Santoso");
        QList<Event> events;
        QVERIFY(store.value()->forEach(0, [&events](const Event &e) { events.append(e); }).ok());
        QString someIncident;
        for (const Event &e : std::as_const(events)) {
            if (e.kind == EventKind::IncidentCreated)
                someIncident = e.id();
        }
        QVERIFY(store.value()
                    ->append({EventDraft{EventKind::OperatorRegistered, 1, QStringLiteral("op-rina"),
                                         QCborMap{{QStringLiteral("name"), operatorName},
                                                  {QStringLiteral("roles"), QCborArray{QStringLiteral("operator")}},
                                                  {QStringLiteral("active"), true}},
                                         QStringLiteral("admin"), QStringLiteral("admin"), 0},
                              EventDraft{EventKind::HandoffSent, 1, someIncident,
                                         QCborMap{{QStringLiteral("agency"), QStringLiteral("pmi-bjm")},
                                                  {QStringLiteral("channel"), QStringLiteral("phone")},
                                                  {QStringLiteral("received_by"), agencyPerson}},
                                         QStringLiteral("op-rina"), QStringLiteral("operator"), 0}})
                    .ok());
        events.clear();
        QVERIFY(store.value()->forEach(0, [&events](const Event &e) { events.append(e); }).ok());

        // What the source log holds that must not come out.
        QSet<QString> originals{operatorName, agencyPerson};
        QList<std::pair<qint64, QString>> offered; // (stamp, number) of every call
        int pranks = 0;
        for (const Event &e : std::as_const(events)) {
            if (e.kind == EventKind::CallOffered)
                offered.append({e.hlc, e.payload.value(QStringLiteral("number")).toString()});
            if (e.kind == EventKind::CallClassified
                && e.payload.value(QStringLiteral("outcome")).toString() == QLatin1String("iseng"))
                ++pranks;
            for (const QString &key : {QStringLiteral("number"), QStringLiteral("caller"), QStringLiteral("address"),
                                       QStringLiteral("note"), QStringLiteral("text")}) {
                const QString value = e.payload.value(key).toString();
                if (!value.isEmpty())
                    originals.insert(value);
            }
            if (e.role == QLatin1String("operator") || e.role == QLatin1String("liaison"))
                originals.insert(e.actor);
        }
        std::sort(offered.begin(), offered.end());
        QVERIFY(offered.size() >= 420);
        QVERIFY2(originals.size() > 600, "numbers, addresses, notes and names to look for");

        const LogAnonymiser anonymiser(gazetteer, QByteArray("a key for this test only"));
        auto scenario = anonymiser.anonymise(*store.value());
        QVERIFY2(scenario.ok(), qPrintable(errorOf(scenario)));
        const QByteArray json = scenario.value().toJson();
        const QString text = QString::fromUtf8(json);
        for (const QString &original : std::as_const(originals))
            QVERIFY2(!text.contains(original), qPrintable(QStringLiteral("\"%1\" is in the output").arg(original)));

        // It is a version-2 scenario, with every call in time order.
        auto parsed = Scenario::parse(json, QStringLiteral("replay.json"));
        QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
        const Scenario &s = parsed.value();
        QCOMPARE(s.calls.size(), offered.size());
        QCOMPARE(s.calls.first().call.atMs, 0);
        // One number, one replacement, and two numbers never one replacement.
        QHash<QString, QString> forward, backward;
        int repeats = 0;
        for (qsizetype i = 0; i < offered.size(); ++i) {
            const QString &from = offered.at(i).second;
            const QString &to = s.calls.at(i).call.number;
            if (forward.contains(from)) {
                ++repeats;
                QCOMPARE(forward.value(from), to);
            }
            QVERIFY2(!backward.contains(to) || backward.value(to) == from, qPrintable(to));
            forward.insert(from, to);
            backward.insert(to, from);
            QCOMPARE(s.calls.at(i).call.atMs, Hlc::wallMs(offered.at(i).first) - Hlc::wallMs(offered.first().first));
        }
        QVERIFY2(repeats > 0, "the demo's pranksters call more than once");
        // What the operators did is what the trainee is expected to do.
        int expectedPranks = 0, duplicates = 0;
        for (const TrainingCall &c : s.calls) {
            expectedPranks += c.expect && c.expect->outcome == QLatin1String("prank") ? 1 : 0;
            duplicates += c.expect && !c.expect->duplicateOf.isEmpty() ? 1 : 0;
        }
        QCOMPARE(expectedPranks, pranks);
        QVERIFY(duplicates > 0);
        QVERIFY(!s.agencyResponses.isEmpty());
        // Positions are kelurahan label points.
        for (const TrainingCall &c : s.calls) {
            if (!c.call.position)
                continue;
            const Village *k = gazetteer.locate(c.call.position->first, c.call.position->second);
            QVERIFY(k);
            QCOMPARE(c.call.position->first, k->label.y());
        }
        // Another export's key gives other numbers.
        auto other = LogAnonymiser(gazetteer).anonymise(*store.value());
        QVERIFY(other.ok());
        QVERIFY(other.value().calls.first().call.number != s.calls.first().call.number);
        // A window takes only the calls offered in it.
        const qint64 from = Hlc::wallMs(offered.at(100).first);
        const qint64 to = Hlc::wallMs(offered.at(149).first);
        auto window = anonymiser.anonymise(*store.value(), from, to);
        QVERIFY(window.ok());
        QVERIFY(window.value().calls.size() >= 50); // calls at the same millisecond may join
        QVERIFY(window.value().calls.size() < 60);
    }

    void scoring_data()
    {
        QTest::addColumn<QString>("fireCategory");
        QTest::addColumn<QStringList>("agencies");
        QTest::addColumn<bool>("linkNeighbour");
        QTest::addColumn<QString>("prankOutcome");
        QTest::addColumn<int>("firePoints");
        QTest::addColumn<int>("neighbourPoints");
        QTest::addColumn<int>("prankPoints");
        const QStringList both{QStringLiteral("damkar-bjm"), QStringLiteral("relawan-bjm")};
        const QString fire = QStringLiteral("kebakaran");
        const QString prank = QStringLiteral("iseng");
        QTest::newRow("all right") << fire << both << true << prank << 100 << 100 << 100;
        QTest::newRow("wrong category") << QStringLiteral("medis") << both << true << prank << 70 << 100 << 100;
        QTest::newRow("an agency missing")
            << fire << QStringList{QStringLiteral("damkar-bjm")} << true << prank << 70 << 100 << 100;
        QTest::newRow("an agency too many")
            << fire << (both + QStringList{QStringLiteral("psc119-bjm")}) << true << prank << 70 << 100 << 100;
        QTest::newRow("missed duplicate") << fire << both << false << prank << 100 << 40 << 100;
        QTest::newRow("prank taken for a ghost call")
            << fire << both << true << QStringLiteral("kosong") << 100 << 100 << 0;
        QTest::newRow("everything wrong")
            << QStringLiteral("medis") << QStringList{} << false << QStringLiteral("informasi") << 40 << 40 << 0;
    }

    void scoring()
    {
        QFETCH(QString, fireCategory);
        QFETCH(QStringList, agencies);
        QFETCH(bool, linkNeighbour);
        QFETCH(QString, prankOutcome);
        QFETCH(int, firePoints);
        QFETCH(int, neighbourPoints);
        QFETCH(int, prankPoints);
        auto parsed = Scenario::parse(scoringScenario, QStringLiteral("s.json"));
        QVERIFY(parsed.ok());
        TrainingDesk desk(parsed.value());
        desk.at(5'000);
        QVERIFY(desk.answer(QStringLiteral("fire")));
        desk.at(35'000);
        const QString incident = desk.openIncident(QStringLiteral("fire"), fireCategory);
        QVERIFY(!incident.isEmpty());
        desk.at(50'000);
        for (const QString &agency : std::as_const(agencies))
            QVERIFY(desk.handOff(incident, agency));
        desk.at(52'000);
        QVERIFY(desk.answer(QStringLiteral("neighbour")));
        desk.at(60'000);
        if (linkNeighbour)
            QVERIFY(desk.link(QStringLiteral("neighbour"), incident));
        else
            QVERIFY(!desk.openIncident(QStringLiteral("neighbour"), QStringLiteral("kebakaran")).isEmpty());
        desk.at(61'000);
        QVERIFY(desk.answer(QStringLiteral("prank")));
        desk.at(64'000);
        QVERIFY(desk.close(QStringLiteral("prank"), prankOutcome));

        const TrainingScore score
            = TrainingScore::compute(desk.player->scenario(), desk.player->scenarioCallIds(), desk.events());
        QCOMPARE(score.calls.size(), 3);
        const CallScore &fire = score.calls.at(0);
        const CallScore &neighbour = score.calls.at(1);
        const CallScore &prank = score.calls.at(2);
        QCOMPARE(fire.trainee, desk.node->session().actor().id);
        QCOMPARE(fire.points, firePoints);
        QCOMPARE(neighbour.points, neighbourPoints);
        QCOMPARE(prank.points, prankPoints);
        QCOMPARE(neighbour.missedDuplicate, !linkNeighbour);
        // The times, on the virtual clock: rang at 0, 20 and 40 s.
        QCOMPARE(fire.answerMs, 5'000);
        QCOMPARE(fire.classifyMs, 30'000);
        QCOMPARE(fire.handOffMs, agencies.isEmpty() ? -1 : 45'000);
        QCOMPARE(neighbour.answerMs, 32'000);
        QCOMPARE(neighbour.handOffMs, -1); // a linked call hands nothing off
        QCOMPARE(prank.answerMs, 21'000);
        QCOMPARE(prank.classifyMs, 3'000);
        QCOMPARE(score.trainees.size(), 1);
        const int total = firePoints + neighbourPoints + prankPoints;
        QCOMPARE(score.trainees.at(0).score(), (100 * total + 150) / 300);
        QCOMPARE(score.trainees.at(0).missedDuplicates, linkNeighbour ? 0 : 1);

        TrainingResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScore(score);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, TrainingResultsModel::Answer)).toString(), QStringLiteral("5 s"));
        QCOMPARE(model.data(model.index(2, TrainingResultsModel::Points)).toString(),
                 QStringLiteral("%1 / 100").arg(prankPoints));
        QVERIFY(
            score.toHtml(QStringLiteral("s")).contains(QStringLiteral("%1 / 100").arg(score.trainees.at(0).score())));
    }

    // Nobody answered: the call scores nobody and is listed as not answered.
    void unansweredCallsScoreNobody()
    {
        auto parsed = Scenario::parse(scoringScenario, QStringLiteral("s.json"));
        QVERIFY(parsed.ok());
        TrainingDesk desk(parsed.value());
        desk.at(45'000);
        const TrainingScore score
            = TrainingScore::compute(desk.player->scenario(), desk.player->scenarioCallIds(), desk.events());
        QCOMPARE(score.calls.size(), 3);
        for (const CallScore &c : score.calls) {
            QVERIFY(c.trainee.isEmpty());
            QVERIFY(!c.scored);
            QCOMPARE(c.answerMs, -1);
        }
        QVERIFY(score.trainees.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Training)
#include "tst_training.moc"
