#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentmodel.h"
#include "geo/gazetteer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Sigap;

namespace {
Event makeEvent(qint64 seq, const QString &kind, const QString &subject, const QCborMap &payload)
{
    Event e;
    e.origin = QStringLiteral("desk1");
    e.seq = seq;
    e.hlc = Hlc::pack(1'790'000'000'000 + seq * 1000, 0);
    e.actor = QStringLiteral("op-a");
    e.kind = kind;
    e.subject = subject;
    e.payload = payload;
    return e;
}
} // namespace

class tst_IncidentModel : public QObject
{
    Q_OBJECT

    Categories m_categories = Categories::bundled();
    Gazetteer m_gazetteer = Gazetteer::bundled();

private Q_SLOTS:
    void followsTheProjectionPrecisely()
    {
        IncidentProjection projection;
        IncidentModel model(projection, m_categories, m_gazetteer, QStringLiteral("id"),
                            QTimeZone(QByteArrayLiteral("Asia/Makassar")));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        projection.apply(makeEvent(1, EventKind::IncidentCreated, QString(),
                                   QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                                            {QStringLiteral("priority"), 1},
                                            {QStringLiteral("kelurahan"), QStringLiteral("63.71.01.1001")},
                                            {QStringLiteral("caller"), QStringLiteral("08123456789")}}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IncidentModel::CategoryColumn).data().toString(), QStringLiteral("Kebakaran"));
        QCOMPARE(model.index(0, IncidentModel::KelurahanColumn).data().toString(), QStringLiteral("Mantuil"));
        QCOMPARE(model.index(0, IncidentModel::KecamatanColumn).data().toString(),
                 QStringLiteral("Banjarmasin Selatan"));
        QCOMPARE(model.index(0, IncidentModel::TimeColumn).data().toString().size(), 11); // "dd-MM HH:mm"
        QCOMPARE(model.index(0, 0).data(IncidentModel::IncidentIdRole).toString(), QStringLiteral("desk1-1"));

        projection.apply(makeEvent(2, EventKind::IncidentStatusChanged, QStringLiteral("desk1-1"),
                                   QCborMap{{QStringLiteral("to"), QStringLiteral("in_progress")}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(IncidentModel::StatusRole).toString(), QStringLiteral("in_progress"));
        QCOMPARE(inserted.size(), 1);

        // Events about other subjects do not touch the model.
        projection.apply(makeEvent(3, EventKind::CallOffered, QStringLiteral("call-1"), {}));
        QCOMPARE(changed.size(), 1);

        projection.apply(makeEvent(4, EventKind::IncidentCreated, QString(),
                                   QCborMap{{QStringLiteral("category"), QStringLiteral("medis")}}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOfIncident(QStringLiteral("desk1-4")).row(), 1);

        // Restoring a snapshot resets the model once.
        IncidentProjection other;
        other.apply(makeEvent(5, EventKind::IncidentCreated, QString(),
                              QCborMap{{QStringLiteral("category"), QStringLiteral("sar")}}));
        QVERIFY(projection.restoreSnapshot(other.toSnapshot()).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IncidentModel::CategoryColumn).data().toString(),
                 QStringLiteral("SAR / orang tenggelam"));
    }

    void englishLabelsWhenAsked()
    {
        IncidentProjection projection;
        IncidentModel model(projection, m_categories, m_gazetteer, QStringLiteral("en"), QTimeZone::utc());
        projection.apply(makeEvent(1, EventKind::IncidentCreated, QString(),
                                   QCborMap{{QStringLiteral("category"), QStringLiteral("hewan_berbahaya")}}));
        QCOMPARE(model.index(0, IncidentModel::CategoryColumn).data().toString(),
                 QStringLiteral("Dangerous animal (snake, hornets)"));
    }
};

QTEST_GUILESS_MAIN(tst_IncidentModel)
#include "tst_incidentmodel.moc"
