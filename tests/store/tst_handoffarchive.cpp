// Years of handoffs: finished, rejected and cancelled handoffs leave memory for the store's
// archive at a snapshot, filed under their incident, and nothing a person or a report sees
// changes because of it: an incident's handoffs, the desk's handoff list, response times,
// reports and the training hash. The reference is a plain fold of the same log with nothing
// archived.
#include "domain/eventkinds.h"
#include "handoff/handoffmodel.h"
#include "handoff/handoffprojection.h"
#include "node/node.h"
#include "reports/responsetimes.h"
#include "training/trainingstatehash.h"

#include "archiveroom.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Sigap;

class tst_HandoffArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settledHandoffsLeaveMemoryAndStayReadable();
    void anEventAboutAnArchivedHandoffBringsItBack();
    void figuresOfThePastAreUnchanged();
    void aRestartKeepsTheArchiveAndAWholeFoldRebuildsIt();
};

namespace {

using SigapTest::ArchiveRoom;
constexpr qint64 Now = ArchiveRoom::Now;
constexpr qint64 DayMs = ArchiveRoom::DayMs;
const QString Damkar = QStringLiteral("damkar-bjm");
const QString Psc = QStringLiteral("psc119-bjm");

// A store with ten days of fires: each day one handed to Damkar (acknowledged, on scene,
// finished) and to PSC 119 (refused), the incident then closed; and a fire four days ago
// whose handoff Damkar never acknowledged (open: it stays in memory).
struct TenDaysOfHandoffs : ArchiveRoom
{
    QStringList incidents;   // every incident, oldest first
    QStringList settledKeys; // handoffs settled more than two days before the newest event
    QStringList otherKeys;   // recent or open

    TenDaysOfHandoffs()
    {
        auto opened = EventStore::open(storePath(), QString(), clock);
        if (!opened)
            qFatal("cannot make the store: %s", qPrintable(opened.error().message));
        EventStore &store = *opened.value();
        auto add = [&](const QString &kind, const QString &subject, qint64 at, const QCborMap &payload) {
            const auto appended = store.append(
                {EventDraft{kind, 1, subject, payload, QStringLiteral("op-rina"), QStringLiteral("operator"), at}});
            if (!appended)
                qFatal("append: %s", qPrintable(appended.error().message));
            return appended.value().first().id();
        };
        auto fire = [&](qint64 at) {
            const QString id = add(EventKind::IncidentCreated, QString(), at,
                                   QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                                            {QStringLiteral("priority"), 1},
                                            {QStringLiteral("lat"), -3.32},
                                            {QStringLiteral("lon"), 114.59}});
            incidents.append(id);
            add(EventKind::IncidentStatusChanged, id, at + 60'000,
                QCborMap{{QStringLiteral("to"), QStringLiteral("in_progress")}});
            return id;
        };
        auto send = [&](const QString &incident, const QString &agency, qint64 at) {
            add(EventKind::HandoffSent, incident, at,
                QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("channel"), QStringLiteral("phone")}});
        };
        auto move = [&](const QString &incident, const QString &agency, qint64 at, const char *to) {
            add(EventKind::HandoffStatusChanged, incident, at,
                QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("to"), QLatin1String(to)}});
        };
        for (int day = 10; day >= 1; --day) {
            const qint64 at = Now - day * DayMs;
            const QString id = fire(at);
            send(id, Damkar, at + 2 * 60'000);
            move(id, Damkar, at + 3 * 60'000, "acknowledged");
            move(id, Damkar, at + 12 * 60'000, "on_scene");
            move(id, Damkar, at + 90 * 60'000, "finished");
            send(id, Psc, at + 2 * 60'000);
            move(id, Psc, at + 4 * 60'000, "rejected");
            add(EventKind::IncidentStatusChanged, id, at + 95 * 60'000,
                QCborMap{{QStringLiteral("to"), QStringLiteral("closed")}});
            (day >= 3 ? settledKeys : otherKeys)
                << HandoffProjection::keyOf(id, Damkar) << HandoffProjection::keyOf(id, Psc);
        }
        const QString unanswered = fire(Now - 4 * DayMs);
        send(unanswered, Damkar, Now - 4 * DayMs + 60'000);
        otherKeys << HandoffProjection::keyOf(unanswered, Damkar);
    }
};

QStringList keysOf(const QList<const Handoff *> &handoffs)
{
    QStringList keys;
    for (const Handoff *h : handoffs)
        keys.append(HandoffProjection::keyOf(h->incident, h->agency));
    return keys;
}

QStringList walked(const HandoffProjection &handoffs)
{
    QStringList keys;
    handoffs.forEachHandoff([&keys](const Handoff &h) { keys.append(HandoffProjection::keyOf(h.incident, h.agency)); });
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

// Every incident's handoffs, with their states, as a plain fold has them.
void compareWithPlainFold(Node &node, const QStringList &incidents)
{
    HandoffProjection plain;
    QVERIFY(node.log().store().forEach(0, [&plain](const Event &e) { plain.apply(e); }));
    for (const QString &incident : incidents) {
        const QList<const Handoff *> ours = node.handoffs().ofIncident(incident);
        QCOMPARE(keysOf(ours), keysOf(plain.ofIncident(incident)));
        for (const Handoff *h : ours)
            QCOMPARE(h->state, plain.handoff(h->incident, h->agency)->state);
    }
    QCOMPARE(walked(node.handoffs()), walked(plain));
}

} // namespace

void tst_HandoffArchive::settledHandoffsLeaveMemoryAndStayReadable()
{
    TenDaysOfHandoffs room;
    auto node = room.start();
    const HandoffProjection &handoffs = node->handoffs();
    HandoffModel model(handoffs, node->incidents(), node->agencies(), node->categories(), node->gazetteer(),
                       node->clock(), QStringLiteral("en"), node->timeZone());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(room.settledKeys.size() + room.otherKeys.size()));

    QVERIFY(node->saveSnapshot());

    QCOMPARE(sorted(keysOf(handoffs.all())), sorted(room.otherKeys));
    QCOMPARE(model.rowCount(), int(room.otherKeys.size()));
    QCOMPARE(node->log().store().archivedCount(QStringLiteral("handoffs")), qint64(room.settledKeys.size()));
    const QString oldFire = room.incidents.first();
    const Handoff *archived = handoffs.handoff(oldFire, Damkar);
    QVERIFY(archived);
    QCOMPARE(archived->state, HandoffState::Finished);
    QVERIFY(archived->at(HandoffState::OnScene).has_value());
    QCOMPARE(handoffs.ofIncident(oldFire).size(), 2);
    QCOMPARE(walked(handoffs), sorted(room.settledKeys + room.otherKeys));
    compareWithPlainFold(*node, room.incidents);
    QVERIFY(!handoffs.handoff(oldFire, QStringLiteral("basarnas")));
}

void tst_HandoffArchive::anEventAboutAnArchivedHandoffBringsItBack()
{
    TenDaysOfHandoffs room;
    auto node = room.start();
    const HandoffProjection &handoffs = node->handoffs();
    HandoffModel model(handoffs, node->incidents(), node->agencies(), node->categories(), node->gazetteer(),
                       node->clock(), QStringLiteral("en"), node->timeZone());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(node->saveSnapshot());
    const QString oldFire = room.incidents.at(2);
    const Handoff *recalled = handoffs.handoff(oldFire, Psc);
    QVERIFY(recalled);
    QCOMPARE(recalled->state, HandoffState::Rejected);

    // The fire is handed to PSC 119 again, days later: a rejected handoff may be sent again.
    QVERIFY(node->log().append(
        {EventDraft{EventKind::HandoffSent, 1, oldFire,
                    QCborMap{{QStringLiteral("agency"), Psc}, {QStringLiteral("channel"), QStringLiteral("phone")}},
                    QStringLiteral("op-rina"), QStringLiteral("operator")}}));

    QCOMPARE(handoffs.handoff(oldFire, Psc), recalled); // the same handoff, brought back
    QCOMPARE(recalled->state, HandoffState::Sent);
    QCOMPARE(handoffs.all().size(), room.otherKeys.size() + 1);
    QCOMPARE(model.rowCount(), int(room.otherKeys.size() + 1));
    QVERIFY(model.indexOf(oldFire, Psc).isValid());
    QCOMPARE(handoffs.ofIncident(oldFire).size(), 2); // not listed twice
    compareWithPlainFold(*node, room.incidents);
}

void tst_HandoffArchive::figuresOfThePastAreUnchanged()
{
    TenDaysOfHandoffs room;
    auto node = room.start();
    const QList<std::pair<qint64, qint64>> periods{{Now - 12 * DayMs, Now - 5 * DayMs}, {Now - 11 * DayMs, Now}};
    auto figures = [&] {
        QList<QByteArray> out;
        for (const auto &[from, to] : periods) {
            for (const ResponseKpi &kpi :
                 ResponseTimes::compute(node->handoffs(), node->incidents(), node->calls(), node->agencies(), from, to,
                                        ResponseTimes::Grouping::Agency))
                out.append(kpi.agency.toUtf8() + ' ' + QByteArray::number(kpi.handoffs) + ' '
                           + QByteArray::number(kpi.reachedScene));
            out.append(SigapTest::reportTables(*node, from, to));
        }
        out.append(TrainingStateHash::dump(node->calls(), node->incidents(), node->handoffs()));
        return out;
    };
    const QList<QByteArray> before = figures();
    QVERIFY(before.contains("damkar-bjm 5 5")); // the first week's five fires, all reached
    QVERIFY(before.contains("psc119-bjm 5 0"));
    QVERIFY(node->saveSnapshot());
    QVERIFY(node->log().store().archivedCount(QStringLiteral("handoffs")) > 0);
    QCOMPARE(figures(), before);
}

void tst_HandoffArchive::aRestartKeepsTheArchiveAndAWholeFoldRebuildsIt()
{
    TenDaysOfHandoffs room;
    {
        auto node = room.start();
        QVERIFY(node->saveSnapshot());
    }
    {
        auto node = room.start();
        QVERIFY(node->restoredFromRowId() > 0);
        QCOMPARE(sorted(keysOf(node->handoffs().all())), sorted(room.otherKeys));
        compareWithPlainFold(*node, room.incidents);
    }
    room.removeSnapshots();
    {
        auto node = room.start();
        QCOMPARE(node->restoredFromRowId(), qint64(0));
        QCOMPARE(node->log().store().archivedCount(QStringLiteral("handoffs")), qint64(0)); // cleared with the fold
        QCOMPARE(node->handoffs().all().size(), room.settledKeys.size() + room.otherKeys.size());
        QVERIFY(node->saveSnapshot());
        QCOMPARE(node->log().store().archivedCount(QStringLiteral("handoffs")), qint64(room.settledKeys.size()));
        compareWithPlainFold(*node, room.incidents);
    }
}

QTEST_GUILESS_MAIN(tst_HandoffArchive)
#include "tst_handoffarchive.moc"
