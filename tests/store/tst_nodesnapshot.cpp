// The node writes its snapshot once the log has been quiet for a moment, not in the middle
// of a burst (a catch-up from another desk), and at once when very many events pile up.
#include "core/clock.h"
#include "node/node.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

class TestNodeSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotWaitsForAQuietLog();
};

void TestNodeSnapshot::snapshotWaitsForAQuietLog()
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

QTEST_GUILESS_MAIN(TestNodeSnapshot)
#include "tst_nodesnapshot.moc"
