#include "core/clock.h"
#include "domain/callprojection.h"
#include "domain/callqueuemodel.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "eventhistory.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Sigap;
using namespace SigapTest;

namespace {

QCborMap offered(const QString &number)
{
    return QCborMap{{QStringLiteral("number"), number}, {QStringLiteral("trunk"), QStringLiteral("112")}};
}

} // namespace

class tst_CallProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void earliestAnswerOwnsTheCallWhateverTheArrivalOrder()
    {
        // Three desks answer the same ringing call at once; the earliest stamp wins.
        EventHistory log;
        log.add(QStringLiteral("pbx"), 1000, EventKind::CallOffered, QStringLiteral("c1"),
                offered(QStringLiteral("081234567890")));
        log.add(QStringLiteral("deskC"), 3000, EventKind::CallAnswered, QStringLiteral("c1"));
        log.add(QStringLiteral("deskB"), 2500, EventKind::CallAnswered, QStringLiteral("c1"));
        log.add(QStringLiteral("deskA"), 2500, EventKind::CallAnswered, QStringLiteral("c1"));
        std::mt19937 shuffler(7);
        for (int order = 0; order < 10; ++order) {
            QList<Event> events = log.events;
            std::shuffle(events.begin(), events.end(), shuffler);
            CallProjection calls;
            calls.apply(events);
            const Call *call = calls.call(QStringLiteral("c1"));
            QVERIFY(call);
            QCOMPARE(call->state(), CallState::Answered);
            QCOMPARE(call->answeredBy, QStringLiteral("op-deskA")); // same ms: origin order
            QCOMPARE(call->waitedMs(), 1500);
        }
    }

    void abandonedCallsCountTheirWait()
    {
        EventHistory log;
        log.add(QStringLiteral("pbx"), 1000, EventKind::CallOffered, QStringLiteral("c1"),
                offered(QStringLiteral("0811")));
        log.add(QStringLiteral("pbx"), 9000, EventKind::CallAbandoned, QStringLiteral("c1"));
        CallProjection calls;
        calls.apply(log.events);
        QCOMPARE(calls.call(QStringLiteral("c1"))->state(), CallState::Abandoned);
        QCOMPARE(calls.call(QStringLiteral("c1"))->waitedMs(), 8000);
        QVERIFY(calls.ringingIds().isEmpty());
    }

    void numberHistoryAndPrankCounts()
    {
        EventHistory log;
        const QString prankster = QStringLiteral("085712345678");
        for (int i = 0; i < 4; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            log.add(QStringLiteral("pbx"), 1000 + i * 60000, EventKind::CallOffered, id, offered(prankster));
            log.add(QStringLiteral("deskA"), 1005 + i * 60000, EventKind::CallAnswered, id);
            log.add(QStringLiteral("deskA"), 1010 + i * 60000, EventKind::CallClassified, id,
                    QCborMap{{QStringLiteral("outcome"), i < 3 ? QStringLiteral("iseng") : QStringLiteral("kosong")}});
        }
        QList<Event> reversed(log.events.rbegin(), log.events.rend());
        CallProjection calls;
        calls.apply(reversed);
        const QList<const Call *> history = calls.history(prankster);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.first()->id, QStringLiteral("c0")); // oldest first
        QCOMPARE(history.last()->id, QStringLiteral("c3"));
        QCOMPARE(calls.countWithOutcome(prankster, QStringLiteral("iseng")), 3);
        QCOMPARE(calls.countWithOutcome(prankster, QStringLiteral("kosong")), 1);
    }

    void incidentsLinkTheirCalls()
    {
        EventHistory log;
        log.add(QStringLiteral("pbx"), 1000, EventKind::CallOffered, QStringLiteral("c1"),
                offered(QStringLiteral("0811")));
        const Event &created = log.add(QStringLiteral("deskA"), 2000, EventKind::IncidentCreated, QString(),
                                       QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                                                {QStringLiteral("call"), QStringLiteral("c1")}});
        const QString incidentId = created.id();
        log.add(QStringLiteral("pbx"), 3000, EventKind::CallOffered, QStringLiteral("c2"),
                offered(QStringLiteral("0812")));
        log.add(QStringLiteral("deskB"), 4000, EventKind::IncidentCallLinked, incidentId,
                QCborMap{{QStringLiteral("call"), QStringLiteral("c2")}});
        CallProjection calls;
        calls.apply(log.events);
        QCOMPARE(calls.call(QStringLiteral("c1"))->incident, incidentId);
        QCOMPARE(calls.call(QStringLiteral("c2"))->incident, incidentId);
    }

    // A duplicate link undone (the incident drops the call, the call its outcome) and the
    // call then linked elsewhere: the same result in any arrival order, on both sides.
    void undoneLinkStaysUndoneWhateverTheArrivalOrder()
    {
        EventHistory log;
        log.add(QStringLiteral("pbx"), 1000, EventKind::CallOffered, QStringLiteral("c1"),
                offered(QStringLiteral("0811")));
        log.add(QStringLiteral("deskA"), 1500, EventKind::CallAnswered, QStringLiteral("c1"));
        const QCborMap call{{QStringLiteral("call"), QStringLiteral("c1")}};
        log.add(QStringLiteral("deskA"), 2000, EventKind::IncidentCallLinked, QStringLiteral("A"), call);
        log.add(QStringLiteral("deskA"), 2000, EventKind::CallClassified, QStringLiteral("c1"),
                QCborMap{{QStringLiteral("outcome"), QStringLiteral("insiden")},
                         {QStringLiteral("incident"), QStringLiteral("A")}});
        log.add(QStringLiteral("deskA"), 3000, EventKind::IncidentCallUnlinked, QStringLiteral("A"), call);
        log.add(QStringLiteral("deskA"), 3000, EventKind::CallClassified, QStringLiteral("c1"),
                QCborMap{{QStringLiteral("outcome"), QString()}});
        CallProjection undone;
        undone.apply(log.events);
        QCOMPARE(undone.call(QStringLiteral("c1"))->incident, QString());
        QCOMPARE(undone.call(QStringLiteral("c1"))->outcome, QString());

        log.add(QStringLiteral("deskB"), 4000, EventKind::IncidentCallLinked, QStringLiteral("B"), call);
        std::mt19937 shuffler(3);
        for (int order = 0; order < 30; ++order) {
            QList<Event> events = log.events;
            std::shuffle(events.begin(), events.end(), shuffler);
            CallProjection calls;
            IncidentProjection incidents;
            calls.apply(events);
            incidents.apply(events);
            QCOMPARE(calls.call(QStringLiteral("c1"))->incident, QStringLiteral("B"));
            QCOMPARE(calls.call(QStringLiteral("c1"))->outcome, QString());
            QCOMPARE(incidents.incident(QStringLiteral("A"))->calls, QStringList());
            QCOMPARE(incidents.incident(QStringLiteral("B"))->calls, QStringList{QStringLiteral("c1")});
            CallProjection restored;
            QVERIFY(restored.restoreSnapshot(calls.toSnapshot()).ok());
            QCOMPARE(restored.call(QStringLiteral("c1"))->incident, QStringLiteral("B"));
            QCOMPARE(restored.call(QStringLiteral("c1"))->incidentLinks.size(), size_t(2));
        }
    }

    void snapshotRestoresEveryCallAndHistory()
    {
        EventHistory log;
        for (int i = 0; i < 50; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            log.add(QStringLiteral("pbx"), 1000 + i * 1000, EventKind::CallOffered, id,
                    offered(i % 5 == 0 ? QStringLiteral("0857") : QStringLiteral("08%1").arg(i)));
            if (i % 3 != 0)
                log.add(QStringLiteral("deskA"), 1500 + i * 1000, EventKind::CallAnswered, id);
            if (i % 5 == 0)
                log.add(QStringLiteral("deskA"), 1600 + i * 1000, EventKind::CallClassified, id,
                        QCborMap{{QStringLiteral("outcome"), QStringLiteral("iseng")}});
        }
        CallProjection source;
        source.apply(log.events);
        CallProjection restored;
        QVERIFY(restored.restoreSnapshot(source.toSnapshot()).ok());
        QCOMPARE(restored.ringingIds(), source.ringingIds());
        QCOMPARE(restored.countWithOutcome(QStringLiteral("0857"), QStringLiteral("iseng")), 10);
        QCOMPARE(restored.history(QStringLiteral("0857")).size(), 10);
        QCOMPARE(restored.history(QStringLiteral("0857")).first()->id, QStringLiteral("c0"));
        QCOMPARE(restored.call(QStringLiteral("c7"))->answeredBy, QStringLiteral("op-deskA"));
        QCOMPARE(restored.call(QStringLiteral("c7"))->waitedMs(), 500);
        QVERIFY(!restored.restoreSnapshot(source.toSnapshot().chopped(3)).ok());
    }

    // Hold, transfer, call-backs and recordings fold to the same call in any arrival order,
    // and the snapshot keeps all of them.
    void holdTransferCallBacksAndRecordingsFoldInAnyOrder()
    {
        EventHistory log;
        const QString c = QStringLiteral("c1");
        log.add(QStringLiteral("pbx"), 1000, EventKind::CallOffered, c, offered(QStringLiteral("0812")));
        log.add(QStringLiteral("deskA"), 1500, EventKind::CallAnswered, c);
        log.add(QStringLiteral("deskA"), 2000, EventKind::CallHoldChanged, c, QCborMap{{QStringLiteral("held"), true}});
        log.add(QStringLiteral("deskA"), 3000, EventKind::CallHoldChanged, c,
                QCborMap{{QStringLiteral("held"), false}});
        log.add(QStringLiteral("deskA"), 4000, EventKind::CallHoldChanged, c, QCborMap{{QStringLiteral("held"), true}});
        log.add(QStringLiteral("deskA"), 5000, EventKind::CallTransferred, c,
                QCborMap{{QStringLiteral("number"), QStringLiteral("110")},
                         {QStringLiteral("agency"), QStringLiteral("polres")}});
        log.add(QStringLiteral("deskA"), 5500, EventKind::CallEnded, c);
        log.add(QStringLiteral("deskA"), 6000, EventKind::CallRecorded, c,
                QCborMap{{QStringLiteral("path"), QStringLiteral("/d/rec/c1.wav")},
                         {QStringLiteral("sha256"), QStringLiteral("aa")},
                         {QStringLiteral("duration_ms"), 4000}});
        log.add(QStringLiteral("deskA"), 7000, EventKind::CallBackPlaced, c,
                QCborMap{{QStringLiteral("number"), QStringLiteral("0812")},
                         {QStringLiteral("callback"), QStringLiteral("cb1")}});
        log.add(QStringLiteral("deskA"), 9000, EventKind::CallBackEnded, c,
                QCborMap{{QStringLiteral("callback"), QStringLiteral("cb1")}, {QStringLiteral("connected"), true}});
        log.add(QStringLiteral("deskA"), 9500, EventKind::CallRecorded, c,
                QCborMap{{QStringLiteral("path"), QStringLiteral("/d/rec/cb1.wav")},
                         {QStringLiteral("sha256"), QStringLiteral("bb")},
                         {QStringLiteral("duration_ms"), 2000},
                         {QStringLiteral("callback"), QStringLiteral("cb1")}});
        log.add(QStringLiteral("deskA"), 99000, EventKind::CallRecordingRemoved, c,
                QCborMap{{QStringLiteral("path"), QStringLiteral("/d/rec/c1.wav")},
                         {QStringLiteral("reason"), QStringLiteral("retention")}});
        std::mt19937 shuffler(11);
        for (int order = 0; order < 20; ++order) {
            QList<Event> events = log.events;
            std::shuffle(events.begin(), events.end(), shuffler);
            CallProjection folded;
            folded.apply(events);
            CallProjection restored;
            QVERIFY(restored.restoreSnapshot(folded.toSnapshot()).ok());
            for (const CallProjection *calls : {&folded, &restored}) {
                const Call *call = calls->call(c);
                QVERIFY(call->held);
                QCOMPARE(call->transferredTo, QStringLiteral("polres"));
                QCOMPARE(call->state(), CallState::Ended);
                QCOMPARE(call->callBacks.size(), size_t(1));
                QCOMPARE(call->callBacks.front().number, QStringLiteral("0812"));
                QVERIFY(call->callBacks.front().connected);
                QCOMPARE(call->recordings.size(), size_t(2));
                QCOMPARE(call->recordings.at(0).path, QStringLiteral("/d/rec/c1.wav"));
                QVERIFY(call->recordings.at(0).removedStamp.has_value());
                QCOMPARE(call->recordings.at(0).durationMs, 4000);
                QCOMPARE(call->recordings.at(0).desk, QStringLiteral("op-deskA"));
                QCOMPARE(call->recordings.at(1).callBack, QStringLiteral("cb1"));
                QVERIFY(!call->recordings.at(1).removedStamp.has_value());
            }
        }
    }

    // A call with two recordings and no call-back, alone in the snapshot: its entries are the
    // smallest the reader must accept. A failed transfer after a transfer leaves the call not
    // put through, in either arrival order.
    void smallestRecordingEntriesAndAFailedTransfer()
    {
        EventHistory log;
        const QString c = QStringLiteral("c2");
        log.add(QStringLiteral("pbx"), 1000, EventKind::CallOffered, c, offered(QStringLiteral("0813")));
        for (const char *path : {"/r/a.wav", "/r/b.wav"})
            log.add(QStringLiteral("deskA"), 2000, EventKind::CallRecorded, c,
                    QCborMap{{QStringLiteral("path"), QLatin1String(path)}});
        log.add(QStringLiteral("deskA"), 3000, EventKind::CallTransferred, c,
                QCborMap{{QStringLiteral("number"), QStringLiteral("113")},
                         {QStringLiteral("agency"), QStringLiteral("damkar-bjm")}});
        log.add(QStringLiteral("deskA"), 4000, EventKind::CallTransferFailed, c);
        for (bool reversed : {false, true}) {
            QList<Event> events = log.events;
            if (reversed)
                std::reverse(events.begin(), events.end());
            CallProjection folded;
            folded.apply(events);
            QCOMPARE(folded.call(c)->transferredTo, QString());
            CallProjection restored;
            const auto r = restored.restoreSnapshot(folded.toSnapshot());
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(restored.call(c)->recordings.size(), size_t(2));
            QCOMPARE(restored.call(c)->transferredTo, QString());
        }
    }

    void queueShowsRingingCallsOldestFirstWithTheirWait()
    {
        ManualClock clock(100000);
        CallProjection calls;
        CallQueueModel queue(calls, clock);
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventHistory log;
        auto feed = [&](const Event &e) { calls.apply(e); };

        feed(log.add(QStringLiteral("pbx"), 95000, EventKind::CallOffered, QStringLiteral("late"),
                     offered(QStringLiteral("0813"))));
        feed(log.add(QStringLiteral("pbx"), 75000, EventKind::CallOffered, QStringLiteral("early"),
                     offered(QStringLiteral("0814"))));
        feed(log.add(QStringLiteral("pbx"), 88000, EventKind::CallOffered, QStringLiteral("middle"),
                     offered(QStringLiteral("0815"))));
        QCOMPARE(queue.rowCount(), 3);
        QCOMPARE(queue.oldestCallId(), QStringLiteral("early"));
        QCOMPARE(queue.index(0, 0).data(CallQueueModel::WaitLevelRole).toInt(), 2); // 25 s
        QCOMPARE(queue.index(1, 0).data(CallQueueModel::WaitLevelRole).toInt(), 1); // 12 s
        QCOMPARE(queue.index(2, 0).data(CallQueueModel::WaitLevelRole).toInt(), 0); // 5 s

        clock.advanceMs(6000);
        QSignalSpy changed(&queue, &QAbstractItemModel::dataChanged);
        queue.refreshWaits();
        QCOMPARE(queue.index(2, 0).data(CallQueueModel::WaitLevelRole).toInt(), 1); // 11 s now
        // Every cell of every row is told, so the whole row turns amber, not only the time.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), queue.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), queue.index(2, CallQueueModel::ColumnCount - 1));

        feed(log.add(QStringLiteral("deskA"), 106500, EventKind::CallAnswered, QStringLiteral("early")));
        QCOMPARE(queue.rowCount(), 2);
        QCOMPARE(queue.oldestCallId(), QStringLiteral("middle"));
        feed(log.add(QStringLiteral("pbx"), 107000, EventKind::CallAbandoned, QStringLiteral("late")));
        QCOMPARE(queue.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CallProjection)
#include "tst_callprojection.moc"
