// The node writes its snapshot once the log has been quiet for a moment, not in the middle
// of a burst (a catch-up from another desk), and at once when very many events pile up.
#include "core/clock.h"
#include "node/node.h"
#include "store/projectionfold.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

class tst_NodeSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotWaitsForAQuietLog();
    void theSnapshotHoldsOneNamedSectionPerProjection();
    void aSnapshotThatCannotBeUsedIsRefolded_data();
    void aSnapshotThatCannotBeUsedIsRefolded();
    void theSectionContainerRefusesDamage();
};

namespace {
// A demo store folded once and snapshotted, in its own folder.
struct SnapshottedDemo
{
    QTemporaryDir dir;
    ManualClock clock{1'796'000'000'000};

    std::unique_ptr<Node> start()
    {
        Node::Options options;
        options.dataDir = dir.path();
        options.demo = true;
        options.control = false;
        auto node = Node::start(options, clock);
        if (!node)
            qFatal("the demo node did not start: %s", qPrintable(node.error().message));
        return std::move(node).value();
    }
};
} // namespace

void tst_NodeSnapshot::theSnapshotHoldsOneNamedSectionPerProjection()
{
    SnapshottedDemo demo;
    auto node = demo.start();
    QVERIFY(node->saveSnapshot());
    const auto snapshot = node->log().store().latestSnapshot(Node::SnapshotFormat);
    QVERIFY(snapshot.has_value());
    const auto sections = ProjectionFold::unpack(snapshot->data);
    QVERIFY(sections.has_value());
    QCOMPARE(sections->keys(),
             (QStringList{QStringLiteral("authority"), QStringLiteral("calls"), QStringLiteral("handoffs"),
                          QStringLiteral("incidents"), QStringLiteral("lead_journal"), QStringLiteral("operators"),
                          QStringLiteral("unit_statuses")}));
    node.reset();
    node = demo.start();
    QCOMPARE(node->restoredFromRowId(), snapshot->uptoRowId);
}

// What the node does with a snapshot it cannot use: it folds the whole log and ends up in
// the same state, never crashing and never half-restored.
void tst_NodeSnapshot::aSnapshotThatCannotBeUsedIsRefolded_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("a section missing") << QStringLiteral("missing");
    QTest::newRow("a section no projection claims") << QStringLiteral("unknown");
    QTest::newRow("a section its projection refuses") << QStringLiteral("refused");
    QTest::newRow("not a section container") << QStringLiteral("garbage");
}

void tst_NodeSnapshot::aSnapshotThatCannotBeUsedIsRefolded()
{
    QFETCH(QString, damage);
    SnapshottedDemo demo;
    auto node = demo.start();
    const QByteArray stateHash = node->incidents().stateHash();
    const qsizetype operators = node->operators().all().size();
    QVERIFY(operators > 0);
    QVERIFY(node->saveSnapshot());
    auto sections = ProjectionFold::unpack(node->log().store().latestSnapshot(Node::SnapshotFormat)->data).value();
    if (damage == QLatin1String("missing"))
        sections.remove(QStringLiteral("operators"));
    else if (damage == QLatin1String("unknown"))
        sections.insert(QStringLiteral("from_a_newer_sigap"), QByteArrayLiteral("?"));
    else if (damage == QLatin1String("refused"))
        sections[QStringLiteral("incidents")] = QByteArrayLiteral("not an incident snapshot");
    const QByteArray bytes = damage == QLatin1String("garbage") ? QByteArrayLiteral("SGNS and then nothing sensible")
                                                                : ProjectionFold::pack(sections);
    EventStore &store = node->log().store();
    QVERIFY(store.saveSnapshot(store.lastRowId(), Node::SnapshotFormat, bytes));
    node.reset(); // a clean stop writes no new snapshot: nothing was appended since
    node = demo.start();
    QCOMPARE(node->restoredFromRowId(), 0);
    QCOMPARE(node->incidents().stateHash(), stateHash);
    QCOMPARE(node->operators().all().size(), operators);
}

void tst_NodeSnapshot::theSectionContainerRefusesDamage()
{
    const QMap<QString, QByteArray> sections{{QStringLiteral("a"), QByteArrayLiteral("one")},
                                             {QStringLiteral("b"), QByteArray()}};
    const QByteArray packed = ProjectionFold::pack(sections);
    QCOMPARE(ProjectionFold::unpack(packed).value(), sections);
    for (qsizetype cut = 0; cut < packed.size(); ++cut)
        QVERIFY2(!ProjectionFold::unpack(packed.left(cut)), qPrintable(QStringLiteral("cut at %1").arg(cut)));
    QVERIFY2(!ProjectionFold::unpack(packed + 'x'), "trailing bytes");
    QByteArray twice = ProjectionFold::pack({{QStringLiteral("a"), QByteArrayLiteral("one")}});
    twice[4] = 2; // the count says two sections
    twice += twice.mid(8);
    QVERIFY2(!ProjectionFold::unpack(twice), "a name twice");
}

void tst_NodeSnapshot::snapshotWaitsForAQuietLog()
{
    QTemporaryDir dir;
    SystemClock clock;
    Node::Options options;
    options.dataDir = dir.path();
    options.room = QStringLiteral("bjm");
    options.control = false;
    auto node = Node::start(options, clock);
    QVERIFY(node);
    EventLog &log = node.value()->log();

    QList<EventDraft> burst;
    for (qint64 i = 0; i < Node::SnapshotEvery + 10; ++i) {
        EventDraft d;
        d.kind = QStringLiteral("desk.test");
        d.subject = QStringLiteral("s");
        d.actor = QStringLiteral("system");
        d.role = QStringLiteral("system");
        d.payload.insert(QStringLiteral("i"), i);
        burst.append(d);
    }
    QVERIFY(log.append(burst));
    // Past the threshold, but the log has just been written: no snapshot yet.
    QVERIFY(!log.store().latestSnapshot(Node::SnapshotFormat));
    QTRY_VERIFY_WITH_TIMEOUT(log.store().latestSnapshot(Node::SnapshotFormat).has_value(), Node::SnapshotQuietMs * 10);
    QCOMPARE(log.store().latestSnapshot(Node::SnapshotFormat)->uptoRowId, log.store().lastRowId());
}

QTEST_GUILESS_MAIN(tst_NodeSnapshot)
#include "tst_nodesnapshot.moc"
