// Response-time KPIs on a generated shift whose expected figures the test works out by
// itself from the delays it chose, not from the folds the KPIs read.
#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"
#include "reports/answertimes.h"
#include "reports/kpimodel.h"
#include "reports/responsetimes.h"
#include "reports/shifts.h"

#include <QAbstractItemModelTester>
#include <QDateTime>

#include <QTest>

#include <cmath>

using namespace Sigap;

namespace {

const qint64 T0 = 1795000000000;

// The expected side: plain lists of durations and a nearest-rank percentile of its own.
struct Expected
{
    QList<qint64> answeredToSent, sentToAck, ackToDispatched, dispatchedToOnScene, onSceneToFinished, answeredToOnScene;
    int handoffs = 0;
    int reachedScene = 0;
    int withinTarget = 0;
};

qint64 nearestRank(QList<qint64> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const int rank = int(std::ceil(p * double(v.size())));
    return v.at(std::max(rank, 1) - 1);
}

class Shift
{
public:
    void add(const QString &kind, qint64 ms, const QString &subject, const QCborMap &payload)
    {
        Event e;
        e.origin = QStringLiteral("gen");
        e.seq = ++m_seq;
        e.hlc = Hlc::pack(ms, 0);
        e.kind = kind;
        e.subject = subject;
        e.payload = payload;
        e.actor = QStringLiteral("op");
        m_events.append(e);
    }
    QString lastId() const { return QStringLiteral("gen-%1").arg(m_seq); }
    const QList<Event> &events() const { return m_events; }

private:
    QList<Event> m_events;
    qint64 m_seq = 0;
};

} // namespace

class tst_Kpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchAGeneratedShift();
    void percentileIsNearestRank();
    void shiftsFollowRoomTime_data();
    void shiftsFollowRoomTime();
    void lastDaysEndAtTheEndOfToday();
    void modelShowsTheFiguresPerAgencyAndCategory();
    void perAgencySumsCategoriesEachAgainstItsOwnTarget();
    void answerTimesCountEveryCallOffered();
};

// Ten calls answered after 2, 4, … 20 s, two abandoned after 30 and 50 s, one still ringing,
// one before the period: 7 of the 12 settled calls were answered within 15 s.
void tst_Kpi::answerTimesCountEveryCallOffered()
{
    Shift shift;
    qint64 t = T0;
    QList<qint64> answerWaits;
    for (int i = 1; i <= 10; ++i, t += 60000) {
        shift.add(EventKind::CallOffered, t, QStringLiteral("c%1").arg(i),
                  QCborMap{{QStringLiteral("number"), QStringLiteral("0812")}});
        shift.add(EventKind::CallAnswered, t + i * 2000, QStringLiteral("c%1").arg(i), {});
        answerWaits << i * 2000;
    }
    for (int i = 0; i < 2; ++i, t += 60000) {
        shift.add(EventKind::CallOffered, t, QStringLiteral("gone%1").arg(i),
                  QCborMap{{QStringLiteral("number"), QStringLiteral("0813")}});
        shift.add(EventKind::CallAbandoned, t + 30000 + i * 20000, QStringLiteral("gone%1").arg(i), {});
    }
    shift.add(EventKind::CallOffered, t, QStringLiteral("ringing"),
              QCborMap{{QStringLiteral("number"), QStringLiteral("0814")}});
    shift.add(EventKind::CallOffered, T0 - 60000, QStringLiteral("before"),
              QCborMap{{QStringLiteral("number"), QStringLiteral("0815")}});
    shift.add(EventKind::CallAnswered, T0 - 50000, QStringLiteral("before"), {});
    CallProjection calls;
    for (const Event &e : shift.events())
        calls.apply(e);
    const AnswerTimes a = AnswerTimes::compute(calls, T0, t + 1);
    QCOMPARE(a.offered, 13);
    QCOMPARE(a.answered, 10);
    QCOMPARE(a.abandoned, 2);
    QCOMPARE(a.ringing, 1);
    int within = 0;
    for (qint64 w : std::as_const(answerWaits))
        within += w <= 15000 ? 1 : 0;
    QCOMPARE(a.answeredWithinTarget, within);
    QCOMPARE(a.answeredWithinTarget, 7);
    QCOMPARE(a.shareWithinTarget(), 7.0 / 12.0);
    QCOMPARE(a.answerP50Ms, nearestRank(answerWaits, 0.5));
    QCOMPARE(a.answerP90Ms, nearestRank(answerWaits, 0.9));
    QCOMPARE(a.abandonedWaitP50Ms, 30000);
}

// Damkar's fires have a 15-minute target and its fallen trees the default 30: a fire on scene
// after 20 minutes is late, a tree after 20 minutes is in time, also when summed per agency.
void tst_Kpi::perAgencySumsCategoriesEachAgainstItsOwnTarget()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    Shift shift;
    const QList<std::pair<QString, int>> handoffs{
        {QStringLiteral("kebakaran"), 20}, {QStringLiteral("kebakaran"), 10}, {QStringLiteral("pohon_tumbang"), 20}};
    qint64 t = T0;
    for (const auto &[category, minutes] : handoffs) {
        shift.add(EventKind::IncidentCreated, t, {}, QCborMap{{QStringLiteral("category"), category}});
        const QString incident = shift.lastId();
        const QCborMap damkar{{QStringLiteral("agency"), QStringLiteral("damkar-bjm")},
                              {QStringLiteral("channel"), QStringLiteral("desk")}};
        shift.add(EventKind::HandoffSent, t + 60000, incident, damkar);
        shift.add(EventKind::HandoffStatusChanged, t + qint64(minutes) * 60000, incident,
                  QCborMap{{QStringLiteral("agency"), QStringLiteral("damkar-bjm")},
                           {QStringLiteral("to"), QStringLiteral("on_scene")}});
        t += 3600000;
    }
    IncidentProjection incidents;
    CallProjection calls;
    HandoffProjection projection;
    for (const Event &e : shift.events()) {
        incidents.apply(e);
        calls.apply(e);
        projection.apply(e);
    }
    const QList<ResponseKpi> perCategory = ResponseTimes::compute(projection, incidents, calls, agencies, T0, t);
    QCOMPARE(perCategory.size(), 2);
    const QList<ResponseKpi> perAgency
        = ResponseTimes::compute(projection, incidents, calls, agencies, T0, t, ResponseTimes::Grouping::Agency);
    QCOMPARE(perAgency.size(), 1);
    const ResponseKpi &damkar = perAgency.first();
    QVERIFY(damkar.category.isEmpty());
    QCOMPARE(damkar.handoffs, 3);
    QCOMPARE(damkar.reachedScene, 3);
    QCOMPARE(damkar.withinTarget, 2); // the late fire is the one out
    QCOMPARE(damkar.targetMin, 0);    // no single target for mixed categories
    QCOMPARE(damkar.answeredToOnScene.p50Ms, qint64(20) * 60000);
    QCOMPARE(damkar.answeredToOnScene.p90Ms, qint64(20) * 60000);
}

void tst_Kpi::shiftsFollowRoomTime_data()
{
    QTest::addColumn<QString>("now");   // room time, WITA
    QTest::addColumn<QString>("start"); // of the shift holding it
    QTest::newRow("morning starts at 07:00") << "2026-12-01T07:00:00"
                                             << "2026-12-01T07:00:00";
    QTest::newRow("last minute of the morning") << "2026-12-01T14:59:59"
                                                << "2026-12-01T07:00:00";
    QTest::newRow("afternoon") << "2026-12-01T15:00:00"
                               << "2026-12-01T15:00:00";
    QTest::newRow("night before midnight") << "2026-12-01T23:30:00"
                                           << "2026-12-01T23:00:00";
    QTest::newRow("night after midnight began yesterday") << "2026-12-02T06:59:00"
                                                          << "2026-12-01T23:00:00";
}

void tst_Kpi::shiftsFollowRoomTime()
{
    QFETCH(QString, now);
    QFETCH(QString, start);
    const QTimeZone wita("Asia/Makassar");
    QVERIFY(wita.isValid());
    auto at = [&wita](const QString &text) {
        const QDateTime local = QDateTime::fromString(text, Qt::ISODate);
        return QDateTime(local.date(), local.time(), wita).toMSecsSinceEpoch();
    };
    const auto [from, to] = Shifts().containing(at(now), wita);
    QCOMPARE(from, at(start));
    QCOMPARE(to - from, qint64(8) * 3600 * 1000);
}

void tst_Kpi::lastDaysEndAtTheEndOfToday()
{
    const QTimeZone wita("Asia/Makassar");
    const qint64 now = QDateTime(QDate(2026, 12, 1), QTime(3, 15), wita).toMSecsSinceEpoch();
    const auto [from, to] = Shifts::lastDays(now, wita, 7);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(from, wita), QDateTime(QDate(2026, 11, 25), QTime(0, 0), wita));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(to, wita), QDateTime(QDate(2026, 12, 2), QTime(0, 0), wita));
    const auto today = Shifts::lastDays(now, wita, 1);
    QCOMPARE(today.second - today.first, qint64(24) * 3600 * 1000);
}

void tst_Kpi::modelShowsTheFiguresPerAgencyAndCategory()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    const Categories categories = Categories::bundled();
    KpiModel model(agencies, categories, QStringLiteral("en"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    ResponseKpi fire;
    fire.agency = QStringLiteral("damkar-bjm");
    fire.category = QStringLiteral("kebakaran");
    fire.handoffs = 3;
    fire.answeredToSent = {3, 70000, 180000};
    fire.sentToAcknowledged = {3, 45000, 125000};
    fire.acknowledgedToDispatched = {3, 20000, 50000};
    fire.dispatchedToOnScene = {2, 6 * 60000, 11 * 60000};
    fire.onSceneToFinished = {2, 40 * 60000, 55 * 60000};
    fire.answeredToOnScene = {2, 9 * 60000 + 29600, 16 * 60000};
    fire.targetMin = 15;
    fire.reachedScene = 2;
    fire.withinTarget = 1;
    ResponseKpi unknown; // an agency no longer in the directory keeps its id
    unknown.agency = QStringLiteral("gone-agency");
    unknown.category = QStringLiteral("medis");
    unknown.handoffs = 1;
    model.setFigures({fire, unknown});
    QCOMPARE(model.rowCount(), 2);
    auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, KpiModel::AgencyColumn), QStringLiteral("DAMKAR")); // the full name is the tooltip
    QCOMPARE(model.index(0, KpiModel::AgencyColumn).data(Qt::ToolTipRole).toString(),
             agencies.byId(QStringLiteral("damkar-bjm"))->name);
    QCOMPARE(cell(0, KpiModel::CategoryColumn), categories.incidentCategory(QStringLiteral("kebakaran"))->labelEn);
    QCOMPARE(cell(0, KpiModel::HandoffsColumn), QStringLiteral("3"));
    // Each step's median and 90th percentile, in minutes and seconds.
    QCOMPARE(cell(0, KpiModel::AnsweredToSentColumn), QStringLiteral("1:10 · 3:00"));
    QCOMPARE(cell(0, KpiModel::SentToAcknowledgedColumn), QStringLiteral("0:45 · 2:05"));
    QCOMPARE(cell(0, KpiModel::AcknowledgedToDispatchedColumn), QStringLiteral("0:20 · 0:50"));
    QCOMPARE(cell(0, KpiModel::DispatchedToOnSceneColumn), QStringLiteral("6:00 · 11:00"));
    QCOMPARE(cell(0, KpiModel::OnSceneToFinishedColumn), QStringLiteral("40:00 · 55:00"));
    QCOMPARE(cell(0, KpiModel::AnsweredToOnSceneColumn), QStringLiteral("9:30 · 16:00")); // rounded to the second
    QVERIFY(model.index(0, KpiModel::SentToAcknowledgedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("0:45, 90th percentile 2:05, from 3 handoff")));
    QCOMPARE(cell(0, KpiModel::TargetColumn), QStringLiteral("15"));
    QCOMPARE(cell(0, KpiModel::WithinTargetColumn), QStringLiteral("50 % (1 of 2)"));
    QCOMPARE(cell(1, KpiModel::AgencyColumn), QStringLiteral("gone-agency"));
    QCOMPARE(cell(1, KpiModel::SentToAcknowledgedColumn), QStringLiteral("—")); // no figures: no invented zero
    QCOMPARE(cell(1, KpiModel::OnSceneToFinishedColumn), QStringLiteral("—"));
    QCOMPARE(cell(1, KpiModel::WithinTargetColumn), QStringLiteral("—"));
    QCOMPARE(model.index(0, KpiModel::AnsweredToOnSceneColumn).data(KpiModel::SortRole).toLongLong(),
             9 * 60000 + 29600); // sorted by the median
    QCOMPARE(model.index(1, KpiModel::AnsweredToOnSceneColumn).data(KpiModel::SortRole).toLongLong(), -1);
}

void tst_Kpi::percentileIsNearestRank()
{
    QCOMPARE(ResponseTimes::percentile({4, 1, 3, 2}, 50), 2);
    QCOMPARE(ResponseTimes::percentile({4, 1, 3, 2}, 90), 4);
    QCOMPARE(ResponseTimes::percentile({7}, 90), 7);
    QCOMPARE(ResponseTimes::percentile({}, 50), 0);
}

void tst_Kpi::figuresMatchAGeneratedShift()
{
    const AgencyDirectory agencies = AgencyDirectory::bundled();
    Shift shift;
    QHash<QString, Expected> expected; // by agency
    const qint64 from = T0, to = T0 + 8 * 3600 * 1000;
    for (int i = -1; i < 40; ++i) {
        const bool fire = i % 2 == 0;
        const QString agency = fire ? QStringLiteral("damkar-bjm") : QStringLiteral("psc119-bjm");
        const QString category = fire ? QStringLiteral("kebakaran") : QStringLiteral("medis");
        const int targetMin = fire ? 15 : 20;
        // i = -1 is sent before the period and must not count.
        const qint64 offered = T0 + i * 600000 - 20000;
        const qint64 answered = offered + 8000 + 1000 * (i % 5);
        const QString call = QStringLiteral("call-%1").arg(i);
        shift.add(EventKind::CallOffered, offered, call, QCborMap{{QStringLiteral("number"), QStringLiteral("0812")}});
        shift.add(EventKind::CallAnswered, answered, call, {});
        shift.add(EventKind::IncidentCreated, answered + 40000, {},
                  QCborMap{{QStringLiteral("category"), category}, {QStringLiteral("call"), call}});
        const QString incident = shift.lastId();
        const qint64 sent = answered + 60000 + 7000 * i;
        shift.add(EventKind::HandoffSent, sent, incident,
                  QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("channel"), QStringLiteral("desk")}});
        const bool skipsAck = i % 7 == 0;
        const qint64 ack = sent + 20000 + 3000 * i;
        if (!skipsAck)
            shift.add(
                EventKind::HandoffStatusChanged, ack, incident,
                QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("to"), QStringLiteral("acknowledged")}});
        const qint64 dispatched = (skipsAck ? sent : ack) + 30000 + 1000 * i;
        shift.add(EventKind::HandoffStatusChanged, dispatched, incident,
                  QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("to"), QStringLiteral("dispatched")}});
        const bool arrives = i % 9 != 0;
        const qint64 onScene = dispatched + 300000 + 37000 * i;
        if (arrives)
            shift.add(EventKind::HandoffStatusChanged, onScene, incident,
                      QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("to"), QStringLiteral("on_scene")}});
        // Two in three of those on scene are finished within the shift.
        const bool finishes = arrives && i % 3 != 1;
        const qint64 finished = onScene + 1200000 + 11000 * i;
        if (finishes)
            shift.add(EventKind::HandoffStatusChanged, finished, incident,
                      QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("to"), QStringLiteral("finished")}});
        if (i < 0)
            continue;
        Expected &e = expected[agency];
        ++e.handoffs;
        e.answeredToSent << sent - answered;
        if (!skipsAck) {
            e.sentToAck << ack - sent;
            e.ackToDispatched << dispatched - ack;
        }
        if (arrives) {
            e.dispatchedToOnScene << onScene - dispatched;
            e.answeredToOnScene << onScene - answered;
            ++e.reachedScene;
            if (onScene - answered <= qint64(targetMin) * 60000)
                ++e.withinTarget;
        }
        if (finishes)
            e.onSceneToFinished << finished - onScene;
    }

    IncidentProjection incidents;
    CallProjection calls;
    HandoffProjection handoffs;
    for (const Event &e : shift.events()) {
        incidents.apply(e);
        calls.apply(e);
        handoffs.apply(e);
    }
    const QList<ResponseKpi> kpis = ResponseTimes::compute(handoffs, incidents, calls, agencies, from, to);
    QCOMPARE(kpis.size(), 2);
    for (const ResponseKpi &k : kpis) {
        const Expected &e = expected.value(k.agency);
        QVERIFY2(e.handoffs > 0, qPrintable(k.agency));
        QCOMPARE(k.handoffs, e.handoffs);
        // Every step: its count (skipped acknowledgements and units that never arrived are
        // left out), p50 and p90.
        const QList<std::pair<const ResponseKpi::Step *, const QList<qint64> *>> steps{
            {&k.answeredToSent, &e.answeredToSent},
            {&k.sentToAcknowledged, &e.sentToAck},
            {&k.acknowledgedToDispatched, &e.ackToDispatched},
            {&k.dispatchedToOnScene, &e.dispatchedToOnScene},
            {&k.onSceneToFinished, &e.onSceneToFinished},
            {&k.answeredToOnScene, &e.answeredToOnScene}};
        for (qsizetype s = 0; s < steps.size(); ++s) {
            const auto &[step, durations] = steps.at(s);
            QVERIFY2(!durations->isEmpty(), qPrintable(QString::number(s)));
            QCOMPARE(step->count, int(durations->size()));
            QCOMPARE(step->p50Ms, nearestRank(*durations, 0.5));
            QCOMPARE(step->p90Ms, nearestRank(*durations, 0.9));
        }
        QVERIFY(k.sentToAcknowledged.count < k.handoffs);
        QVERIFY(k.onSceneToFinished.count < k.reachedScene);
        QCOMPARE(k.reachedScene, e.reachedScene);
        QCOMPARE(k.withinTarget, e.withinTarget);
        QVERIFY(k.withinTarget > 0 && k.withinTarget < k.reachedScene); // the shift has both kinds
    }
}

QTEST_GUILESS_MAIN(tst_Kpi)
#include "tst_kpi.moc"
