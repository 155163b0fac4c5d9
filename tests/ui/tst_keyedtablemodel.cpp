// The board's table model: rows follow their keys through every change, so a view's
// selection and scroll position stay on the same incident, desk or escalation.
#include "lead/keyedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Sigap;

namespace {
KeyedTableModel::Row row(const QString &key, const QString &text = {})
{
    return {key, {key, text.isEmpty() ? key : text}, {}};
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromLatin1(t);
    return out;
}

QStringList keys(const KeyedTableModel &model)
{
    QStringList out;
    for (const KeyedTableModel::Row &r : model.rows())
        out << r.key;
    return out;
}
} // namespace

class tst_KeyedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheirKeysThroughEveryChange_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("one new on top") << list({"b", "c"}) << list({"a", "b", "c"});
        QTest::newRow("one gone") << list({"a", "b", "c"}) << list({"a", "c"});
        QTest::newRow("reversed") << list({"a", "b", "c", "d"}) << list({"d", "c", "b", "a"});
        QTest::newRow("all new") << list({"a", "b"}) << list({"x", "y", "z"});
        QTest::newRow("emptied") << list({"a", "b"}) << list({});
        QTest::newRow("gone, moved and new") << list({"a", "b", "c", "d"}) << list({"d", "e", "b"});
    }

    void rowsFollowTheirKeysThroughEveryChange()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        KeyedTableModel model({QStringLiteral("Key"), QStringLiteral("Text")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<KeyedTableModel::Row> rows;
        for (const QString &k : before)
            rows << row(k);
        model.setRows(rows);
        QList<QPersistentModelIndex> held;
        for (int r = 0; r < model.rowCount(); ++r)
            held << QPersistentModelIndex(model.index(r, 1));

        rows.clear();
        for (const QString &k : after)
            rows << row(k);
        model.setRows(rows);
        QCOMPARE(keys(model), after);
        for (int i = 0; i < held.size(); ++i) {
            const QString key = before.at(i);
            if (after.contains(key)) {
                QVERIFY2(held.at(i).isValid(), qPrintable(key));
                QCOMPARE(held.at(i).row(), int(after.indexOf(key)));
                QCOMPARE(held.at(i).data(KeyedTableModel::KeyRole).toString(), key);
            } else {
                QVERIFY2(!held.at(i).isValid(), qPrintable(key + QStringLiteral(" went, its index with it")));
            }
        }
    }

    // Only what changed is announced: a view repaints one cell's row, not the table.
    void anUnchangedRowIsNotAnnounced()
    {
        KeyedTableModel model({QStringLiteral("Key"), QStringLiteral("Text")});
        model.setRows({row(QStringLiteral("a")), row(QStringLiteral("b"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({row(QStringLiteral("a")), row(QStringLiteral("b"), QStringLiteral("new"))});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("new"));
    }

    // Many random changes in a row, under the model tester (seeded: the same every run).
    void randomChangesKeepTheModelWhole()
    {
        KeyedTableModel model({QStringLiteral("Key"), QStringLiteral("Text")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator random(112);
        for (int round = 0; round < 200; ++round) {
            QStringList pool;
            for (int k = 0; k < 12; ++k)
                if (random.bounded(2))
                    pool << QString::number(k);
            std::shuffle(pool.begin(), pool.end(), random);
            QList<KeyedTableModel::Row> rows;
            for (const QString &k : pool)
                rows << row(k, QString::number(random.bounded(3)));
            model.setRows(rows);
            QCOMPARE(keys(model), pool);
            QCOMPARE(model.rows(), rows);
        }
    }
};

QTEST_GUILESS_MAIN(tst_KeyedTableModel)
#include "tst_keyedtablemodel.moc"
