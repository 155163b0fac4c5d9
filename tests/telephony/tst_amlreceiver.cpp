// AML messages matched to calls by number and time (AmlReceiver) and folded into the call
// as its device location (CallProjection): window edges, a caller who rang twice, spellings
// of a number, order-independent fold, the snapshot.
#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "eventhistory.h"
#include "telephony/amlreceiver.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Sigap;
using namespace SigapTest;

namespace {

constexpr qint64 T0 = 1'796'111'100'000; // 2026-12-01 07:45:00 UTC
constexpr qint64 Minute = 60'000;

QString amlText(double lat, double lon, const QString &top = QStringLiteral("20261201074510"))
{
    const QString body = QStringLiteral("A\"ML=1;lt=%1;lg=%2;rd=25;top=%3;lc=68;pm=G;mcc=510;mnc=10;ml=")
                             .arg(lat, 0, 'f', 5)
                             .arg(lon, 0, 'f', 5)
                             .arg(top);
    int length = int(body.size()) + 2;
    while (int(body.size() + QString::number(length).size()) != length)
        ++length;
    return body + QString::number(length);
}

void offer(EventHistory &log, CallProjection &calls, const QString &id, const QString &number, qint64 atMs)
{
    log.add(QStringLiteral("pbx"), atMs, EventKind::CallOffered, id,
            QCborMap{{QStringLiteral("number"), number}, {QStringLiteral("trunk"), QStringLiteral("112")}});
    calls.apply(log.events.last());
}

QCborMap location(double lat, qint64 atMs)
{
    return QCborMap{{QStringLiteral("number"), QStringLiteral("081200000002")},
                    {QStringLiteral("lat"), lat},
                    {QStringLiteral("lon"), 114.59},
                    {QStringLiteral("radius_m"), 20},
                    {QStringLiteral("at_ms"), atMs},
                    {QStringLiteral("received_ms"), atMs + 5000},
                    {QStringLiteral("method"), QStringLiteral("G")},
                    {QStringLiteral("confidence"), 68}};
}

} // namespace

class tst_AmlReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowEdges_data()
    {
        QTest::addColumn<qint64>("receivedAfterOfferMs");
        QTest::addColumn<bool>("matched");
        QTest::newRow("a minute before the offer") << -Minute << true;
        QTest::newRow("just over a minute before") << -Minute - 1 << false;
        QTest::newRow("at the offer") << qint64(0) << true;
        QTest::newRow("30 minutes after") << AmlReceiver::AfterOfferMs << true;
        QTest::newRow("just over 30 minutes after") << AmlReceiver::AfterOfferMs + 1 << false;
    }

    void windowEdges()
    {
        QFETCH(qint64, receivedAfterOfferMs);
        QFETCH(bool, matched);
        EventHistory log;
        CallProjection calls;
        offer(log, calls, QStringLiteral("c1"), QStringLiteral("081200000002"), T0);
        const AmlReceiver receiver(calls);
        auto r
            = receiver.receive(QStringLiteral("081200000002"), amlText(-3.3186, 114.5926), T0 + receivedAfterOfferMs);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().callId, matched ? QStringLiteral("c1") : QString());
        QCOMPARE(r.value().draft.subject, r.value().callId);
        QCOMPARE(r.value().draft.kind, EventKind::CallLocationReceived);
    }

    void callerWhoRangTwiceIsMatchedToTheRightCall()
    {
        EventHistory log;
        CallProjection calls;
        offer(log, calls, QStringLiteral("first"), QStringLiteral("081200000002"), T0);
        offer(log, calls, QStringLiteral("other"), QStringLiteral("085700000001"), T0 + Minute);
        offer(log, calls, QStringLiteral("second"), QStringLiteral("081200000002"), T0 + 5 * Minute);
        const AmlReceiver receiver(calls);
        // Before the second call's window opened: the first call's.
        QCOMPARE(receiver.matchCall(QStringLiteral("081200000002"), T0 + 2 * Minute), QStringLiteral("first"));
        // Both calls' windows are open: the newer call, the one being handled.
        QCOMPARE(receiver.matchCall(QStringLiteral("081200000002"), T0 + 4 * Minute + 30'000),
                 QStringLiteral("second"));
        QCOMPARE(receiver.matchCall(QStringLiteral("081200000002"), T0 + 20 * Minute), QStringLiteral("second"));
        // Another number's call never matches.
        QCOMPARE(receiver.matchCall(QStringLiteral("081300000003"), T0 + 2 * Minute), QString());
    }

    void numberMatchesInAnySpelling_data()
    {
        QTest::addColumn<QString>("callNumber");
        QTest::addColumn<QString>("smsNumber");
        QTest::newRow("international sender") << QStringLiteral("081200000002") << QStringLiteral("+6281200000002");
        QTest::newRow("without plus") << QStringLiteral("081200000002") << QStringLiteral("6281200000002");
        QTest::newRow("call international") << QStringLiteral("+6281200000002") << QStringLiteral("081200000002");
        QTest::newRow("spaces") << QStringLiteral("081200000002") << QStringLiteral("0812 0000 0002");
    }

    void numberMatchesInAnySpelling()
    {
        QFETCH(QString, callNumber);
        QFETCH(QString, smsNumber);
        EventHistory log;
        CallProjection calls;
        offer(log, calls, QStringLiteral("c1"), callNumber, T0);
        QCOMPARE(AmlReceiver(calls).matchCall(smsNumber, T0 + Minute), QStringLiteral("c1"));
    }

    void refusedMessagesRecordNothing()
    {
        CallProjection calls;
        const AmlReceiver receiver(calls);
        auto bad = receiver.receive(QStringLiteral("081200000002"), QStringLiteral("A\"ML=1;lt=abc;lg=1;ml=24"), T0);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(QLatin1String("lt: ")), qPrintable(bad.error().message));
        auto none = receiver.receive(QStringLiteral("081200000002"), QStringLiteral("A\"ML=1;lt=;lg=;pm=N;ml=25"), T0);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("aml.noposition"));
        auto anonymous = receiver.receive(QString(), amlText(-3.3, 114.6), T0);
        QVERIFY(!anonymous.ok());
        QCOMPARE(anonymous.error().code, QStringLiteral("aml.number"));
    }

    void draftCarriesTheFix()
    {
        EventHistory log;
        CallProjection calls;
        offer(log, calls, QStringLiteral("c1"), QStringLiteral("081200000002"), T0);
        auto r = AmlReceiver(calls).receive(QStringLiteral("081200000002"), amlText(-3.3186, 114.5926), T0 + 20'000);
        QVERIFY(r.ok());
        const QCborMap &p = r.value().draft.payload;
        QCOMPARE(p.value(QStringLiteral("lat")).toDouble(), -3.3186);
        QCOMPARE(p.value(QStringLiteral("radius_m")).toDouble(), 25.0);
        QCOMPARE(p.value(QStringLiteral("at_ms")).toInteger(), T0 + 10'000); // top=…074510
        QCOMPARE(p.value(QStringLiteral("received_ms")).toInteger(), T0 + 20'000);
        QCOMPARE(p.value(QStringLiteral("method")).toString(), QStringLiteral("G"));
        QCOMPARE(p.value(QStringLiteral("confidence")).toInteger(), 68);

        // Folded, the call has its device location; the network position is untouched.
        log.add(QStringLiteral("desk1"), T0 + 20'000, r.value().draft.kind, r.value().draft.subject,
                r.value().draft.payload);
        QSignalSpy changed(&calls, &CallProjection::callChanged);
        calls.apply(log.events.last());
        QCOMPARE(changed.size(), 1);
        const Call *call = calls.call(QStringLiteral("c1"));
        QVERIFY(call->deviceLocation.has_value());
        QCOMPARE(call->deviceLocation->lat, -3.3186);
        QCOMPARE(call->deviceLocation->atMs, T0 + 10'000);
        QVERIFY(!call->callerPosition.has_value());
    }

    void newestFixWinsWhateverTheArrivalOrder()
    {
        EventHistory log;
        log.add(QStringLiteral("pbx"), T0, EventKind::CallOffered, QStringLiteral("c1"),
                QCborMap{{QStringLiteral("number"), QStringLiteral("081200000002")}});
        // The newest positioning time wins, though written earliest; equal times: the later stamp.
        log.add(QStringLiteral("desk2"), T0 + 9000, EventKind::CallLocationReceived, QStringLiteral("c1"),
                location(-3.30, T0 + 1000));
        log.add(QStringLiteral("desk1"), T0 + 3000, EventKind::CallLocationReceived, QStringLiteral("c1"),
                location(-3.31, T0 + 2000));
        log.add(QStringLiteral("desk2"), T0 + 4000, EventKind::CallLocationReceived, QStringLiteral("c1"),
                location(-3.32, T0 + 2000));
        // Out of range: never a location, whatever its time.
        log.add(QStringLiteral("desk3"), T0 + 5000, EventKind::CallLocationReceived, QStringLiteral("c1"),
                location(-93.0, T0 + 8000));
        std::mt19937 shuffler(11);
        for (int order = 0; order < 24; ++order) {
            QList<Event> events = log.events;
            std::shuffle(events.begin(), events.end(), shuffler);
            CallProjection calls;
            calls.apply(events);
            const Call *call = calls.call(QStringLiteral("c1"));
            QVERIFY(call && call->deviceLocation);
            QCOMPARE(call->deviceLocation->lat, -3.32);
            QCOMPARE(call->deviceLocation->stamp.origin, QStringLiteral("desk2"));
        }
    }

    void unmatchedMessageTouchesNoCall()
    {
        EventHistory log;
        log.add(QStringLiteral("desk1"), T0, EventKind::CallLocationReceived, QString(), location(-3.3, T0));
        CallProjection calls;
        QSignalSpy changed(&calls, &CallProjection::callChanged);
        calls.apply(log.events);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!calls.call(QString()));
    }

    void waitingMessageFindsTheCallOfferedAfterIt()
    {
        CallProjection calls;
        const AmlReceiver receiver(calls);
        AmlWaitingList waiting;
        auto early = receiver.receive(QStringLiteral("+6281200000002"), amlText(-3.3186, 114.5926), T0);
        QVERIFY(early.ok());
        QCOMPARE(early.value().callId, QString()); // no call yet
        waiting.add(early.value(), T0);
        // Another number's call takes nothing.
        QVERIFY(waiting.takeFor(QStringLiteral("x"), QStringLiteral("085700000001"), T0 + 1000, T0 + 1000).isEmpty());
        QCOMPARE(waiting.size(), 1);
        // The caller's call, offered 40 s after the SMS: the message is now for it, once.
        const QList<EventDraft> drafts
            = waiting.takeFor(QStringLiteral("c1"), QStringLiteral("081200000002"), T0 + 40'000, T0 + 40'000);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().subject, QStringLiteral("c1"));
        QCOMPARE(drafts.first().kind, EventKind::CallLocationReceived);
        QCOMPARE(drafts.first().payload.value(QStringLiteral("received_ms")).toInteger(), T0);
        QCOMPARE(waiting.size(), 0);
    }

    void waitingMessageExpiresAfterAMinute()
    {
        CallProjection calls;
        AmlWaitingList waiting;
        auto early = AmlReceiver(calls).receive(QStringLiteral("081200000002"), amlText(-3.3, 114.6), T0);
        QVERIFY(early.ok());
        waiting.add(early.value(), T0);
        const qint64 late = T0 + AmlReceiver::BeforeOfferMs + 1;
        QVERIFY(waiting.takeFor(QStringLiteral("c1"), QStringLiteral("081200000002"), late, late).isEmpty());
        QCOMPARE(waiting.size(), 0);
    }

    void snapshotKeepsTheDeviceLocation()
    {
        EventHistory log;
        log.add(QStringLiteral("pbx"), T0, EventKind::CallOffered, QStringLiteral("c1"),
                QCborMap{{QStringLiteral("number"), QStringLiteral("081200000002")}});
        log.add(QStringLiteral("pbx"), T0, EventKind::CallOffered, QStringLiteral("c2"),
                QCborMap{{QStringLiteral("number"), QStringLiteral("081300000003")}});
        log.add(QStringLiteral("desk1"), T0 + 3000, EventKind::CallLocationReceived, QStringLiteral("c1"),
                location(-3.31, T0 + 2000));
        CallProjection calls;
        calls.apply(log.events);
        CallProjection restored;
        QVERIFY(restored.restoreSnapshot(calls.toSnapshot()).ok());
        const Call *c1 = restored.call(QStringLiteral("c1"));
        QVERIFY(c1 && c1->deviceLocation);
        QCOMPARE(c1->deviceLocation->lat, -3.31);
        QCOMPARE(c1->deviceLocation->radiusM, 20.0);
        QCOMPARE(c1->deviceLocation->atMs, T0 + 2000);
        QCOMPARE(c1->deviceLocation->receivedMs, T0 + 7000);
        QCOMPARE(c1->deviceLocation->method, QStringLiteral("G"));
        QCOMPARE(c1->deviceLocation->confidence, 68);
        QCOMPARE(c1->deviceLocation->stamp, calls.call(QStringLiteral("c1"))->deviceLocation->stamp);
        QVERIFY(!restored.call(QStringLiteral("c2"))->deviceLocation);
        // A damaged tail is refused, not half read.
        QVERIFY(!CallProjection().restoreSnapshot(calls.toSnapshot().chopped(3)).ok());
    }
};

QTEST_GUILESS_MAIN(tst_AmlReceiver)
#include "tst_amlreceiver.moc"
