// The handoff table that the liaison desks and the operators read: precise rows as handoffs
// arrive and move, the agency and open-only filters, and the overdue mark on the clock.
#include "core/clock.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffmodel.h"
#include "handoff/handoffprojection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Sigap;

namespace {

const qint64 T0 = 1795000000000;

class Log
{
public:
    Event add(const QString &kind, qint64 ms, const QString &subject, const QCborMap &payload)
    {
        Event e;
        e.origin = QStringLiteral("desk1");
        e.seq = ++m_seq;
        e.hlc = Hlc::pack(ms, 0);
        e.kind = kind;
        e.subject = subject;
        e.payload = payload;
        e.actor = QStringLiteral("op");
        return e;
    }

private:
    qint64 m_seq = 0;
};

QCborMap move(const QString &agency, const QString &to)
{
    return QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("to"), to}};
}

QCborMap sent(const QString &agency)
{
    return QCborMap{{QStringLiteral("agency"), agency}, {QStringLiteral("channel"), QStringLiteral("desk")}};
}

} // namespace

class tst_HandoffModel : public QObject
{
    Q_OBJECT

    AgencyDirectory m_agencies = AgencyDirectory::bundled();
    Categories m_categories = Categories::bundled();
    Gazetteer m_gazetteer = Gazetteer::bundled();

private Q_SLOTS:
    void rowsFollowTheHandoffs();
    void liaisonSeesItsAgencyAndOpenOnes();
    void overdueFollowsTheClock();
};

void tst_HandoffModel::rowsFollowTheHandoffs()
{
    ManualClock clock(T0);
    IncidentProjection incidents;
    HandoffProjection handoffs;
    Log log;
    const Event fire = log.add(EventKind::IncidentCreated, T0, {},
                               QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                                        {QStringLiteral("kelurahan"), QStringLiteral("63.71.01.1001")}});
    incidents.apply(fire);
    HandoffModel model(handoffs, incidents, m_agencies, m_categories, m_gazetteer, clock, QStringLiteral("en"),
                       QTimeZone("Asia/Makassar"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);

    handoffs.apply(log.add(EventKind::HandoffSent, T0 + 60000, fire.id(), sent(QStringLiteral("damkar-bjm"))));
    handoffs.apply(log.add(EventKind::HandoffSent, T0 + 61000, fire.id(), sent(QStringLiteral("relawan-bjm"))));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex damkar = model.indexOf(fire.id(), QStringLiteral("damkar-bjm"));
    QVERIFY(damkar.isValid());
    auto cell = [&model, &damkar](int column) { return model.index(damkar.row(), column).data().toString(); };
    QCOMPARE(cell(HandoffModel::IncidentColumn), fire.id());
    QCOMPARE(cell(HandoffModel::CategoryColumn), m_categories.incidentCategory(QStringLiteral("kebakaran"))->labelEn);
    QCOMPARE(cell(HandoffModel::AgencyColumn), m_agencies.byId(QStringLiteral("damkar-bjm"))->name);
    QCOMPARE(cell(HandoffModel::StateColumn), HandoffStates::label(HandoffState::Sent));

    clock.setNowMs(T0 + 60000 + 95000);
    QCOMPARE(cell(HandoffModel::WaitingColumn), QStringLiteral("1:35 min"));

    // A move changes its own row, nothing is inserted or reset.
    changed.clear();
    handoffs.apply(log.add(EventKind::HandoffStatusChanged, T0 + 90000, fire.id(),
                           move(QStringLiteral("damkar-bjm"), QStringLiteral("acknowledged"))));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), damkar.row());
    QCOMPARE(cell(HandoffModel::StateColumn), HandoffStates::label(HandoffState::Acknowledged));
    QCOMPARE(damkar.data(HandoffModel::StateRole).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(reset.size(), 0);
}

void tst_HandoffModel::liaisonSeesItsAgencyAndOpenOnes()
{
    ManualClock clock(T0);
    IncidentProjection incidents;
    HandoffProjection handoffs;
    Log log;
    HandoffModel model(handoffs, incidents, m_agencies, m_categories, m_gazetteer, clock, QStringLiteral("id"),
                       QTimeZone::utc());
    HandoffFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 3; ++i) {
        handoffs.apply(log.add(EventKind::HandoffSent, T0 + i, QStringLiteral("inc-%1").arg(i),
                               sent(QStringLiteral("damkar-bjm"))));
        handoffs.apply(log.add(EventKind::HandoffSent, T0 + i, QStringLiteral("inc-%1").arg(i),
                               sent(QStringLiteral("psc119-bjm"))));
    }
    QCOMPARE(filter.rowCount(), 6);
    filter.setAgency(QStringLiteral("damkar-bjm"));
    QCOMPARE(filter.rowCount(), 3);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(HandoffModel::AgencyIdRole).toString(), QStringLiteral("damkar-bjm"));

    // Finished and refused handoffs leave the open list, and come back with "show all".
    handoffs.apply(log.add(EventKind::HandoffStatusChanged, T0 + 10, QStringLiteral("inc-0"),
                           move(QStringLiteral("damkar-bjm"), QStringLiteral("finished"))));
    QCborMap refused = move(QStringLiteral("damkar-bjm"), QStringLiteral("rejected"));
    refused.insert(QStringLiteral("reason"), QStringLiteral("no unit free"));
    handoffs.apply(log.add(EventKind::HandoffStatusChanged, T0 + 11, QStringLiteral("inc-1"), refused));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(HandoffModel::IncidentIdRole).toString(), QStringLiteral("inc-2"));
    filter.setOpenOnly(false);
    QCOMPARE(filter.rowCount(), 3);
    filter.setAgency({});
    QCOMPARE(filter.rowCount(), 6);
}

void tst_HandoffModel::overdueFollowsTheClock()
{
    ManualClock clock(T0);
    IncidentProjection incidents;
    HandoffProjection handoffs;
    Log log;
    HandoffModel model(handoffs, incidents, m_agencies, m_categories, m_gazetteer, clock, QStringLiteral("en"),
                       QTimeZone::utc());
    handoffs.apply(log.add(EventKind::HandoffSent, T0, QStringLiteral("inc"), sent(QStringLiteral("damkar-bjm"))));
    const QModelIndex row = model.index(0, 0);
    const int ackTimeoutS = m_agencies.byId(QStringLiteral("damkar-bjm"))->ackTimeoutS;
    QVERIFY(!row.data(HandoffModel::OverdueRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advanceMs(qint64(ackTimeoutS) * 1000 + 1000);
    model.clockAdvanced();
    QCOMPARE(changed.size(), 1);
    QVERIFY(row.data(HandoffModel::OverdueRole).toBool());
    QCOMPARE(changed.first().at(2).value<QList<int>>(), (QList<int>{Qt::DisplayRole, HandoffModel::OverdueRole}));

    handoffs.apply(log.add(EventKind::HandoffStatusChanged, clock.nowMs(), QStringLiteral("inc"),
                           move(QStringLiteral("damkar-bjm"), QStringLiteral("acknowledged"))));
    QVERIFY(!row.data(HandoffModel::OverdueRole).toBool());
    QCOMPARE(row.data(HandoffModel::StateRole).toString(), QStringLiteral("acknowledged"));
}

QTEST_GUILESS_MAIN(tst_HandoffModel)
#include "tst_handoffmodel.moc"
