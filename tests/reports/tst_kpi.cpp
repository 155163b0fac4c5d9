// Response-time KPIs on a generated shift whose expected figures the test works out by
// itself from the delays it chose, not from the folds the KPIs read.
#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"
#include "reports/responsetimes.h"

#include <QTest>

#include <cmath>

using namespace Sigap;

namespace {

const qint64 T0 = 1795000000000;

// The expected side: plain lists of durations and a nearest-rank percentile of its own.
struct Expected
{
    QList<qint64> answeredToSent, sentToAck, ackToDispatched, dispatchedToOnScene, answeredToOnScene;
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

class TestKpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchAGeneratedShift();
    void percentileIsNearestRank();
};

void TestKpi::percentileIsNearestRank()
{
    QCOMPARE(ResponseTimes::percentile({4, 1, 3, 2}, 50), 2);
    QCOMPARE(ResponseTimes::percentile({4, 1, 3, 2}, 90), 4);
    QCOMPARE(ResponseTimes::percentile({7}, 90), 7);
    QCOMPARE(ResponseTimes::percentile({}, 50), 0);
}

void TestKpi::figuresMatchAGeneratedShift()
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
        QCOMPARE(k.answeredToSent.count, int(e.answeredToSent.size()));
        QCOMPARE(k.answeredToSent.p50Ms, nearestRank(e.answeredToSent, 0.5));
        QCOMPARE(k.answeredToSent.p90Ms, nearestRank(e.answeredToSent, 0.9));
        QCOMPARE(k.sentToAcknowledged.count, int(e.sentToAck.size())); // skipped acks left out
        QCOMPARE(k.sentToAcknowledged.p90Ms, nearestRank(e.sentToAck, 0.9));
        QCOMPARE(k.acknowledgedToDispatched.p50Ms, nearestRank(e.ackToDispatched, 0.5));
        QCOMPARE(k.dispatchedToOnScene.p90Ms, nearestRank(e.dispatchedToOnScene, 0.9));
        QCOMPARE(k.answeredToOnScene.p50Ms, nearestRank(e.answeredToOnScene, 0.5));
        QCOMPARE(k.answeredToOnScene.p90Ms, nearestRank(e.answeredToOnScene, 0.9));
        QCOMPARE(k.reachedScene, e.reachedScene);
        QCOMPARE(k.withinTarget, e.withinTarget);
        QVERIFY(k.withinTarget > 0 && k.withinTarget < k.reachedScene); // the shift has both kinds
    }
}

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
