// Calls from the scenario source through the CallTaker into a real event store, folded by
// the call projection: ring, answer, classify, hang up, abandon.
#include "core/clock.h"
#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "store/eventlog.h"
#include "telephony/calltaker.h"
#include "telephony/deskcall.h"
#include "telephony/scenariocallsource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sigap;

namespace {
const QByteArray scenario = R"({
  "format": "sigap-scenario", "version": 1, "name": "three callers",
  "calls": [
    {"at_s": 8, "number": "081300000003", "abandon_after_s": 10},
    {"at_s": 0, "number": "085700000001", "says": "Halo? (tertawa) Ada kebakaran di bulan!"},
    {"at_s": 5, "number": "081200000002", "lat": -3.3186, "lon": 114.5926, "radius_m": 40,
     "says": "Rumah terbakar di Jl. Veteran, api besar!"}
  ]})";
// A real event store in a temporary folder, with the call projection following its log.
struct CallRecords
{
    QTemporaryDir tmp;
    ManualClock clock{1'790'000'000'000};
    std::unique_ptr<EventLog> log;
    CallProjection calls;
    const Categories categories = Categories::bundled(); // a CallTaker keeps a reference

    CallRecords()
    {
        auto store = EventStore::open(tmp.filePath(QStringLiteral("s.sqlite")), QStringLiteral("test"), clock);
        if (!store)
            qFatal("cannot open the test store: %s", qPrintable(store.error().message));
        log = std::make_unique<EventLog>(std::move(store).value());
        QObject::connect(log.get(), &EventLog::appended, &calls,
                         [this](const QList<Event> &events) { calls.apply(events); });
    }

    // Everything another desk wrote, as the LAN sync brings it: this is the other desk.
    bool receiveFrom(EventLog &from)
    {
        QList<Event> events;
        return from.store().forEach(0, [&](const Event &e) { events.append(e); }) && log->importEvents(events);
    }
};

} // namespace

class tst_CallTaking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Who is signed in is asked at every event: an operator who signs in during a call is on
    // what the desk writes from then on, and the call stays this desk's.
    void aSignInDuringACallIsOnWhatFollows()
    {
        CallRecords records;
        auto parsed = ScenarioCallSource::parse(scenario, QStringLiteral("three.json"));
        QVERIFY(parsed.ok());
        ScenarioCallSource source(parsed.value(), records.clock);
        Actor now{QStringLiteral("desk-1"), QStringLiteral("operator")};
        CallTaker taker(source, *records.log, records.calls, records.categories, [&now] { return now; });
        source.begin(records.clock.nowMs());
        source.advanceTo(records.clock.nowMs());
        const QStringList ringing = records.calls.ringingIds();
        QVERIFY(!ringing.isEmpty());
        QVERIFY(taker.answer(ringing.first()).ok());
        now = Actor{QStringLiteral("op-rina"), QStringLiteral("operator")};
        QVERIFY(taker.classify(ringing.first(), QStringLiteral("informasi")).ok());
        const Call *call = records.calls.call(ringing.first());
        QCOMPARE(call->answeredBy, QStringLiteral("desk-1"));
        QCOMPARE(call->outcome, QStringLiteral("informasi"));
        QList<Event> events;
        QVERIFY(records.log->store().forEach(0, [&](const Event &e) { events.append(e); }));
        QCOMPARE(events.constLast().kind, EventKind::CallEnded);
        QCOMPARE(events.constLast().actor, QStringLiteral("op-rina"));
        QCOMPARE(events.at(events.size() - 2).kind, EventKind::CallClassified);
        QCOMPARE(events.at(events.size() - 2).actor, QStringLiteral("op-rina"));
    }

    // One keystroke, one transaction: closing a call, linking it to an open incident and
    // saving the incident it reported each write all their events in a single commit.
    void eachOperationOnACallIsOneTransaction_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("classify") << QStringLiteral("classify");
        QTest::newRow("link to an open incident") << QStringLiteral("link");
        QTest::newRow("report a new incident") << QStringLiteral("report");
    }

    void eachOperationOnACallIsOneTransaction()
    {
        QFETCH(QString, operation);
        CallRecords records;
        auto parsed = ScenarioCallSource::parse(scenario, QStringLiteral("three.json"));
        QVERIFY(parsed.ok());
        ScenarioCallSource source(parsed.value(), records.clock);
        CallTaker taker(source, *records.log, records.calls, records.categories,
                        Actor{QStringLiteral("op-rina"), QStringLiteral("operator")});
        source.begin(records.clock.nowMs());
        source.advanceTo(records.clock.nowMs());
        const QString callId = records.calls.ringingIds().value(0);
        QVERIFY(!callId.isEmpty());
        QVERIFY(taker.answer(callId).ok());

        EventDraft created{EventKind::IncidentCreated,
                           1,
                           QString(),
                           QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                                    {QStringLiteral("priority"), 1},
                                    {QStringLiteral("call"), callId}},
                           QStringLiteral("op-rina"),
                           QStringLiteral("operator")};
        QString openIncident;
        if (operation == QLatin1String("link")) {
            auto appended = records.log->append({created});
            QVERIFY(appended);
            openIncident = appended.value().constFirst().id();
        }
        const qint64 commitsBefore = records.log->commits();
        const qint64 eventsBefore = records.log->store().eventCount();
        QString incident;
        if (operation == QLatin1String("classify")) {
            QVERIFY(taker.classify(callId, QStringLiteral("iseng")).ok());
        } else if (operation == QLatin1String("link")) {
            QVERIFY(taker.linkToIncident(callId, openIncident).ok());
            incident = openIncident;
        } else {
            auto reported = taker.reportIncident(callId, created);
            QVERIFY2(reported.ok(), qPrintable(reported.ok() ? QString() : reported.error().message));
            incident = reported.value();
        }
        QCOMPARE(records.log->commits(), commitsBefore + 1);
        QCOMPARE(records.log->store().eventCount(), eventsBefore + (operation == QLatin1String("classify") ? 2 : 3));
        const Call *call = records.calls.call(callId);
        QCOMPARE(call->state(), CallState::Ended);
        QCOMPARE(call->incident, incident);
        QVERIFY2(operation == QLatin1String("classify") || !incident.isEmpty(), "the call names its incident");
        QVERIFY2(!taker.classify(callId, QStringLiteral("iseng")).ok(), "a closed call cannot be closed again");
    }

    // The desk's call in conversation lives in the core (DeskCall): a call on hold waits
    // behind the next one and comes back when that one is closed; a link can be taken back.
    void theDeskHoldsOneCallBehindTheActiveOne()
    {
        CallRecords records;
        auto parsed = ScenarioCallSource::parse(scenario, QStringLiteral("three.json"));
        QVERIFY(parsed.ok());
        ScenarioCallSource source(parsed.value(), records.clock);
        CallTaker taker(source, *records.log, records.calls, records.categories,
                        Actor{QStringLiteral("op-rina"), QStringLiteral("operator")});
        DeskCall desk(taker, records.calls);
        QSignalSpy back(&desk, &DeskCall::heldCallBack);
        const qint64 start = records.clock.nowMs();
        source.begin(start);
        source.advanceTo(start);
        const QString first = records.calls.ringingIds().value(0);
        QVERIFY(desk.answer(first));
        QCOMPARE(desk.activeCallId(), first);
        QCOMPARE(desk.canAnswer().error().code, QStringLiteral("call.busy")); // not on hold

        records.clock.advanceMs(6000);
        source.advanceTo(records.clock.nowMs());
        const QString second = records.calls.ringingIds().value(0);
        QVERIFY(!second.isEmpty() && second != first);
        QVERIFY(desk.toggleHold());
        QVERIFY(desk.answer(second));
        QCOMPARE(desk.activeCallId(), second);
        QCOMPARE(desk.heldCallId(), first);
        QCOMPARE(desk.canAnswer().error().code, QStringLiteral("call.busy")); // one waits on hold already

        QVERIFY(desk.close(QStringLiteral("informasi")));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).at(0).toString(), first);
        QCOMPARE(desk.activeCallId(), first);
        QVERIFY(desk.heldCallId().isEmpty());

        auto created = records.log->append({EventDraft{
            EventKind::IncidentCreated, 1, QString(),
            QCborMap{{QStringLiteral("category"), QStringLiteral("medis")}, {QStringLiteral("priority"), 2}},
            QStringLiteral("op-rina"), QStringLiteral("operator")}});
        QVERIFY(created);
        const QString incident = created.value().constFirst().id();
        QVERIFY(desk.toggleHold()); // off hold again
        QVERIFY(desk.linkTo(incident));
        QVERIFY(desk.activeCallId().isEmpty());
        QCOMPARE(desk.lastLinkedCallId(), first);
        QCOMPARE(records.calls.call(first)->incident, incident);
        QVERIFY(desk.undoLastLink());
        QCOMPARE(desk.activeCallId(), first);
        QVERIFY(records.calls.call(first)->incident.isEmpty());
        QCOMPARE(desk.undoLastLink().error().code, QStringLiteral("call.busy"));
        QVERIFY(desk.close(QStringLiteral("iseng")));
        QCOMPARE(desk.undoLastLink().error().code, QStringLiteral("call.no_link"));
        QCOMPARE(desk.close(QStringLiteral("iseng")).error().code, QStringLiteral("call.none"));
    }

    // A draft that names a draft not before it in the same append is refused whole.
    void aDraftNamingNoEarlierDraftIsRefusedWhole()
    {
        CallRecords records;
        EventDraft first{QStringLiteral("desk.test"), 1, QStringLiteral("s"), {}, QStringLiteral("system"),
                         QStringLiteral("system")};
        EventDraft second = first;
        second.idsOfDrafts = {{QStringLiteral("of"), 1}}; // itself, not an earlier one
        QVERIFY(!records.log->append({first, second}).ok());
        QCOMPARE(records.log->store().eventCount(), 0);
        second.idsOfDrafts = {{QStringLiteral("of"), 0}};
        auto appended = records.log->append({first, second});
        QVERIFY(appended.ok());
        QCOMPARE(appended.value().at(1).payload.value(QStringLiteral("of")).toString(), appended.value().at(0).id());
        QVERIFY2(records.log->store().verify().ok(), "the id is part of the hashed payload");
        // Submitted drafts share a batch with others: one that names a draft is refused.
        std::optional<Error> refused;
        records.log->submit(second, this, [&refused](const Result<Event> &e) {
            if (!e)
                refused = e.error();
        });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->code, QStringLiteral("store.draft_ref"));
        QCOMPARE(records.log->store().eventCount(), 2);
    }

    void ringAnswerClassifyAbandon()
    {
        CallRecords records;
        ManualClock &clock = records.clock;
        EventLog &log = *records.log;
        CallProjection &calls = records.calls;
        const Categories &categories = records.categories;

        auto parsed = ScenarioCallSource::parse(scenario, QStringLiteral("three.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        ScenarioCallSource source(parsed.value(), clock);
        CallTaker taker(source, log, calls, categories, Actor{QStringLiteral("op-rina"), QStringLiteral("operator")});
        QSignalSpy said(&taker, &CallTaker::callerSaid);
        QSignalSpy offered(&source, &CallSource::offered);

        const qint64 start = clock.nowMs();
        source.begin(start);
        source.advanceTo(start);
        QCOMPARE(offered.size(), 1);
        const QString prank = offered.at(0).at(0).value<IncomingCall>().id;
        QCOMPARE(calls.ringingIds(), QStringList{prank});

        clock.advanceMs(3000);
        QVERIFY(taker.answer(prank).ok());
        QCOMPARE(said.size(), 1);
        QVERIFY(said.at(0).at(1).toString().contains(QLatin1String("bulan")));
        QVERIFY(taker.classify(prank, QStringLiteral("iseng")).ok());
        QCOMPARE(calls.call(prank)->state(), CallState::Ended);
        QCOMPARE(calls.call(prank)->waitedMs(), 3000);
        QVERIFY2(!taker.classify(prank, QStringLiteral("iseng")).ok(), "a closed call cannot be closed again");

        clock.setNowMs(start + 6000);
        source.advanceTo(clock.nowMs());
        QCOMPARE(offered.size(), 2);
        const IncomingCall fire = offered.at(1).at(0).value<IncomingCall>();
        QVERIFY(fire.position.has_value());
        const Call *fireCall = calls.call(fire.id);
        QVERIFY(fireCall->callerPosition.has_value());
        QCOMPARE(fireCall->callerRadiusM, 40.0);
        QVERIFY(taker.answer(fire.id).ok());
        QVERIFY2(!taker.answer(fire.id).ok(), "an answered call is no longer ringing");
        auto unknownOutcome = taker.classify(fire.id, QStringLiteral("ufo"));
        QVERIFY(!unknownOutcome.ok());
        QVERIFY(unknownOutcome.error().message.contains(QLatin1String("ufo")));
        // The caller hangs up before the operator classified the call: it is still this
        // desk's to classify, and no other desk's.
        Q_EMIT source.ended(fire.id);
        QCOMPARE(calls.call(fire.id)->state(), CallState::Ended);
        {
            CallRecords other;
            QVERIFY(other.receiveFrom(log));
            QCOMPARE(other.calls.call(fire.id)->state(), CallState::Ended);
            CallTaker otherDesk(source, *other.log, other.calls, categories,
                                Actor{QStringLiteral("op-budi"), QStringLiteral("operator")});
            QVERIFY(!otherDesk.classify(fire.id, QStringLiteral("informasi")).ok());
        } // gone again: two takers on one source would record its calls twice
        QVERIFY(taker.classify(fire.id, QStringLiteral("informasi")).ok());
        QCOMPARE(calls.call(fire.id)->outcome, QStringLiteral("informasi"));
        QVERIFY2(!taker.classify(fire.id, QStringLiteral("iseng")).ok(), "a classified call is closed for good");

        clock.setNowMs(start + 20000);
        source.advanceTo(clock.nowMs());
        QCOMPARE(offered.size(), 3);
        QCOMPARE(source.remaining(), 0);
        // Offered at 8 s, gives up 10 s later: abandoned at the next step past 18 s.
        clock.setNowMs(start + 21000);
        source.advanceTo(clock.nowMs());
        const Call *abandonedCall = calls.call(offered.at(2).at(0).value<IncomingCall>().id);
        QCOMPARE(abandonedCall->state(), CallState::Abandoned);
        QVERIFY(calls.ringingIds().isEmpty());
        QCOMPARE(calls.countWithOutcome(QStringLiteral("085700000001"), QStringLiteral("iseng")), 1);
        // Everything is in the log: 3 offered, 2 answered, 2 classified, 2 ended, 1 abandoned.
        QCOMPARE(log.store().eventCount(), 10);
    }

    // The SIP backend reports each answered call's recording; the desk keeps it as an event
    // of the call, with the checksum that proves the file unaltered.
    void recordingBecomesAnEventOfTheCall()
    {
        CallRecords records;
        ManualClock &clock = records.clock;
        EventLog &log = *records.log;
        CallProjection &calls = records.calls;
        ScenarioCallSource source({}, clock);
        CallTaker taker(source, log, calls, records.categories,
                        Actor{QStringLiteral("op-rina"), QStringLiteral("operator")});
        Q_EMIT source.recorded(QStringLiteral("c1@pbx"), QStringLiteral("/data/recordings/c1_pbx.wav"), "ab12", 7480);
        auto events = log.store().eventsOfSubject(QStringLiteral("c1@pbx"));
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 1);
        const Event &e = events.value().at(0);
        QCOMPARE(e.kind, EventKind::CallRecorded);
        QCOMPARE(e.payload.value(QStringLiteral("path")).toString(), QStringLiteral("/data/recordings/c1_pbx.wav"));
        QCOMPARE(e.payload.value(QStringLiteral("sha256")).toString(), QStringLiteral("ab12"));
        QCOMPARE(e.payload.value(QStringLiteral("duration_ms")).toInteger(), 7480);
    }

    // Hold and back, a transfer to an agency, and a call-back to a caller whose line dropped:
    // each is an event of the call, the projection folds it, and what is not possible now is
    // refused with the reason (nothing recorded for it).
    void holdTransferAndCallBack()
    {
        CallRecords records;
        ManualClock &clock = records.clock;
        EventLog &log = *records.log;
        CallProjection &calls = records.calls;
        auto parsed = ScenarioCallSource::parse(scenario, QStringLiteral("three.json"));
        QVERIFY(parsed.ok());
        ScenarioCallSource source(parsed.value(), clock);
        const Categories &categories = records.categories;
        CallTaker taker(source, log, calls, categories, Actor{QStringLiteral("op-rina"), QStringLiteral("operator")});
        QSignalSpy offered(&source, &CallSource::offered);
        QSignalSpy said(&taker, &CallTaker::callerSaid);
        QSignalSpy callBackChanged(&taker, &CallTaker::callBackChanged);
        source.begin(clock.nowMs());
        clock.advanceMs(6000);
        source.advanceTo(clock.nowMs());
        QCOMPARE(offered.size(), 2);
        const QString prank = offered.at(0).at(0).value<IncomingCall>().id;
        const QString fire = offered.at(1).at(0).value<IncomingCall>().id;

        QVERIFY2(!taker.hold(fire).ok(), "a ringing call cannot be held");
        QVERIFY(taker.answer(fire).ok());
        QVERIFY(taker.hold(fire).ok());
        QVERIFY(calls.call(fire)->held);
        QVERIFY2(!taker.hold(fire).ok(), "a held call is held already");
        {
            CallRecords other;
            QVERIFY(other.receiveFrom(log));
            CallTaker otherDesk(source, *other.log, other.calls, categories,
                                Actor{QStringLiteral("op-budi"), QStringLiteral("operator")});
            QVERIFY2(!otherDesk.resume(fire).ok(), "only the desk in conversation resumes the call");
        }
        QVERIFY(taker.resume(fire).ok());
        QVERIFY(!calls.call(fire)->held);

        QVERIFY2(!taker.transfer(fire, QStringLiteral("  "), {}).ok(), "a transfer needs a number");
        // The agency's line does not take the caller: the desk is told, the call is not put through.
        QSignalSpy failed(&taker, &CallTaker::transferFailed);
        QVERIFY(taker.transfer(fire, QStringLiteral("0511-3252113"), QStringLiteral("damkar-bjm")).ok());
        QCOMPARE(calls.call(fire)->transferredTo, QStringLiteral("damkar-bjm"));
        clock.advanceMs(1000);
        Q_EMIT source.transferFailed(fire);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(calls.call(fire)->transferredTo, QString());
        QCOMPARE(calls.call(fire)->state(), CallState::Answered);
        // The scenario source ends a transferred call a moment later, as if the caller hung up.
        QTRY_COMPARE(calls.call(fire)->state(), CallState::Ended);
        QVERIFY(calls.call(fire)->transferredTo.isEmpty());
        // The call waits for its outcome at the desk.
        QVERIFY(taker.classify(fire, QStringLiteral("insiden")).ok());

        // The prank caller's line dropped while it rang; the desk calls back.
        QVERIFY(taker.answer(prank).ok());
        QVERIFY2(!taker.callBack(prank).ok(), "nobody to call back while the caller is on the line");
        Q_EMIT source.ended(prank);
        QVERIFY(taker.callBack(prank).ok());
        QCOMPARE(taker.callBackOf(), prank);
        QCOMPARE(taker.callBackNumber(), QStringLiteral("085700000001"));
        QVERIFY2(!taker.callBack(prank).ok(), "one call-back at a time");
        QVERIFY(!taker.callBackConnected());
        QTRY_VERIFY(taker.callBackConnected()); // the scenario's caller answers
        QVERIFY(said.last().at(1).toString().contains(QLatin1String("bulan")));
        QVERIFY(taker.endCallBack().ok());
        QVERIFY(taker.callBackOf().isEmpty());
        QVERIFY(!taker.endCallBack().ok());
        QCOMPARE(callBackChanged.size(), 3); // placed, answered, over

        const Call *called = calls.call(prank);
        QCOMPARE(called->callBacks.size(), size_t(1));
        QVERIFY(called->callBacks.front().connected);
        QVERIFY(called->callBacks.front().endedStamp.has_value());
        QCOMPARE(called->callBacks.front().desk, QStringLiteral("op-rina"));
        // The call-back's recording belongs to the call it called back.
        const QString callBackId = called->callBacks.front().id;
        Q_EMIT source.recorded(callBackId, records.tmp.filePath(QStringLiteral("cb.wav")), "cd34", 2000);
        QCOMPARE(calls.call(prank)->recordings.size(), size_t(1));
        QCOMPARE(calls.call(prank)->recordings.front().callBack, callBackId);
        QCOMPARE(calls.call(prank)->recordings.front().durationMs, 2000);
    }

    void badScenariosNameTheCallAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a scenario") << QByteArray(R"({"format":"x"})") << QStringLiteral("not a Sigap scenario");
        QTest::newRow("no number") << QByteArray(R"({"format":"sigap-scenario","version":1,"calls":[{"at_s":1}]})")
                                   << QStringLiteral("calls[0]: field \"number\"");
        QTest::newRow("negative time") << QByteArray(
            R"({"format":"sigap-scenario","version":1,"calls":[{"at_s":1,"number":"1"},{"at_s":-2,"number":"2"}]})")
                                       << QStringLiteral("calls[1]: field \"at_s\"");
        QTest::newRow("latitude only") << QByteArray(
            R"({"format":"sigap-scenario","version":1,"calls":[{"at_s":1,"number":"1","lat":-3.3}]})")
                                       << QStringLiteral("calls[0]: field \"lon\"");
    }

    void badScenariosNameTheCallAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto result = ScenarioCallSource::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY(result.error().message.startsWith(QLatin1String("bad.json")));
    }
};

QTEST_GUILESS_MAIN(tst_CallTaking)
#include "tst_calltaking.moc"
