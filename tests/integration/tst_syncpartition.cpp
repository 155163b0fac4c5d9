// A real LAN partition: five sigap-node processes, each in its own Linux network namespace,
// joined by a bridge and finding each other by multicast (no --peer). The bridge is split
// 2/3, both sides write, the bridge is healed, and every node ends with the same state hash.
// Needs root (ip netns); without it the suite skips and says so.
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <unistd.h>

using namespace SigapTest;

namespace {

const QString Room = QStringLiteral("bjm-lan");
constexpr int Nodes = 5;

bool ip(const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("ip"), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("ip %1: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

qint64 statusField(const QString &dir, const QString &field)
{
    const Run r = ctl(dir, {QStringLiteral("status"), QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object().value(field).toInteger(-1) : -1;
}

qint64 eventsOf(const QString &dir)
{
    return statusField(dir, QStringLiteral("events"));
}

qint64 connectedPeersOf(const QString &dir)
{
    return statusField(dir, QStringLiteral("sync_connected"));
}

} // namespace

class TestSyncPartition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void splitTwoThreeWriteBothSidesHeal();

private:
    QString ns(int i) const { return m_prefix + QStringLiteral("-n%1").arg(i); }
    QString switchNs() const { return m_prefix + QStringLiteral("-sw"); }
    bool inSwitch(const QStringList &args, QString *error)
    {
        return ip(QStringList{QStringLiteral("-n"), switchNs()} + args, error);
    }
    bool moveToBridge(int i, const QString &bridge, QString *error)
    {
        return inSwitch({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("p%1").arg(i),
                         QStringLiteral("master"), bridge},
                        error);
    }
    void removeNamespaces();
    QString createIncident(int node);

    QTemporaryDir m_tmp;
    QString m_prefix;
    QString m_roomKey;
    std::vector<std::unique_ptr<NodeProcess>> m_nodes;
    QStringList m_dirs;
    bool m_made = false;
};

void TestSyncPartition::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("network namespaces need root: run as root (CI does) to split and heal a real LAN");
    m_prefix = QStringLiteral("sgp%1").arg(QCoreApplication::applicationPid() % 100000);
    removeNamespaces();
    QString error;
    // The switch: two bridges in their own namespace; every node's cable starts on br0.
    QVERIFY2(ip({QStringLiteral("netns"), QStringLiteral("add"), switchNs()}, &error), qPrintable(error));
    m_made = true;
    for (const QString &bridge : {QStringLiteral("br0"), QStringLiteral("br1")}) {
        QVERIFY2(inSwitch({QStringLiteral("link"), QStringLiteral("add"), bridge, QStringLiteral("type"),
                           QStringLiteral("bridge"), QStringLiteral("mcast_snooping"), QStringLiteral("0")},
                          &error),
                 qPrintable(error));
        QVERIFY2(inSwitch({QStringLiteral("link"), QStringLiteral("set"), bridge, QStringLiteral("up")}, &error),
                 qPrintable(error));
    }
    for (int i = 1; i <= Nodes; ++i) {
        const QStringList steps[] = {
            {QStringLiteral("netns"), QStringLiteral("add"), ns(i)},
            {QStringLiteral("-n"), switchNs(), QStringLiteral("link"), QStringLiteral("add"),
             QStringLiteral("p%1").arg(i), QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
             QStringLiteral("name"), QStringLiteral("eth0"), QStringLiteral("netns"), ns(i)},
            {QStringLiteral("-n"), switchNs(), QStringLiteral("link"), QStringLiteral("set"),
             QStringLiteral("p%1").arg(i), QStringLiteral("master"), QStringLiteral("br0"), QStringLiteral("up")},
            {QStringLiteral("-n"), ns(i), QStringLiteral("addr"), QStringLiteral("add"),
             QStringLiteral("10.112.0.%1/24").arg(i), QStringLiteral("dev"), QStringLiteral("eth0")},
            {QStringLiteral("-n"), ns(i), QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("eth0"),
             QStringLiteral("up")},
            {QStringLiteral("-n"), ns(i), QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
             QStringLiteral("up")},
            // Multicast leaves through the room's LAN, as on a desk with one network card.
            {QStringLiteral("-n"), ns(i), QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("224.0.0.0/4"),
             QStringLiteral("dev"), QStringLiteral("eth0")},
        };
        for (const QStringList &step : steps)
            QVERIFY2(ip(step, &error), qPrintable(error));
    }

    m_roomKey = m_tmp.filePath(QStringLiteral("room.key"));
    const Run init
        = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("room"), QStringLiteral("init"),
                                                  QStringLiteral("--room"), Room, QStringLiteral("--out"), m_roomKey});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    for (int i = 1; i <= Nodes; ++i) {
        const QString dir = m_tmp.filePath(QStringLiteral("node%1").arg(i));
        // The node runs inside its namespace; sigapctl reaches it through DIR/control.sock,
        // which is a file and not part of any network.
        auto node = std::make_unique<NodeProcess>(dir, QStringList{QStringLiteral("--room-key"), m_roomKey,
                                                                   QStringLiteral("--listen"),
                                                                   QStringLiteral("10.112.0.%1:7112").arg(i)});
        node->setLauncher({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), ns(i)});
        QVERIFY2(node->start(), qPrintable(node->errorOutput()));
        m_nodes.push_back(std::move(node));
        m_dirs << dir;
    }
}

void TestSyncPartition::cleanupTestCase()
{
    m_nodes.clear();
    if (m_made)
        removeNamespaces();
}

void TestSyncPartition::removeNamespaces()
{
    ip({QStringLiteral("netns"), QStringLiteral("del"), switchNs()});
    for (int i = 1; i <= Nodes; ++i)
        ip({QStringLiteral("netns"), QStringLiteral("del"), ns(i)});
}

QString TestSyncPartition::createIncident(int node)
{
    const Run r = ctl(m_dirs.at(node - 1),
                      {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                       QStringLiteral("banjir"), QStringLiteral("--note"), QStringLiteral("dari node %1").arg(node)});
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

void TestSyncPartition::splitTwoThreeWriteBothSidesHeal()
{
    // Whole room first: found by multicast alone, one incident reaches all five.
    QVERIFY(!createIncident(1).isEmpty());
    for (const QString &dir : std::as_const(m_dirs))
        QVERIFY2(QTest::qWaitFor([&] { return eventsOf(dir) == 1; }, 60000), qPrintable(dir));

    QString error;
    QVERIFY2(moveToBridge(1, QStringLiteral("br1"), &error), qPrintable(error));
    QVERIFY2(moveToBridge(2, QStringLiteral("br1"), &error), qPrintable(error));
    for (int i = 1; i <= Nodes; ++i)
        QVERIFY(!createIncident(i).isEmpty()); // one on each node, both sides
    QVERIFY(!createIncident(1).isEmpty());
    QVERIFY(!createIncident(4).isEmpty());
    // Each side converges on its own writes: 1 + 3 on the small side, 1 + 4 on the large.
    for (int i = 1; i <= 2; ++i)
        QVERIFY2(QTest::qWaitFor([&] { return eventsOf(m_dirs.at(i - 1)) == 4; }, 60000), qPrintable(m_dirs.at(i - 1)));
    for (int i = 3; i <= Nodes; ++i)
        QVERIFY2(QTest::qWaitFor([&] { return eventsOf(m_dirs.at(i - 1)) == 5; }, 60000), qPrintable(m_dirs.at(i - 1)));
    // The sessions across the cut go silent and are dropped: each side sees only itself.
    for (int i = 1; i <= Nodes; ++i) {
        const int sameSide = i <= 2 ? 1 : 2;
        QVERIFY2(QTest::qWaitFor([&] { return connectedPeersOf(m_dirs.at(i - 1)) == sameSide; }, 60000),
                 qPrintable(m_dirs.at(i - 1)));
    }
    // Nothing crossed the cut while it lasted.
    QCOMPARE(eventsOf(m_dirs.at(0)), 4);
    QCOMPARE(eventsOf(m_dirs.at(4)), 5);

    QVERIFY2(moveToBridge(1, QStringLiteral("br0"), &error), qPrintable(error));
    QVERIFY2(moveToBridge(2, QStringLiteral("br0"), &error), qPrintable(error));
    for (const QString &dir : std::as_const(m_dirs)) {
        QVERIFY2(QTest::qWaitFor([&] { return eventsOf(dir) == 8; }, 90000), qPrintable(dir));
        QVERIFY2(QTest::qWaitFor([&] { return connectedPeersOf(dir) == Nodes - 1; }, 90000), qPrintable(dir));
    }
    const QString hash = ctl(m_dirs.first(), {QStringLiteral("state-hash")}).out.trimmed();
    QVERIFY(!hash.isEmpty());
    for (const QString &dir : std::as_const(m_dirs))
        QCOMPARE(ctl(dir, {QStringLiteral("state-hash")}).out.trimmed(), hash);
}

QTEST_GUILESS_MAIN(TestSyncPartition)
#include "tst_syncpartition.moc"
