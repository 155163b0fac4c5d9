// A real LAN partition: five sigap-node processes, each in its own Linux network namespace,
// joined by a bridge and finding each other by multicast (no --peer). The bridge is split
// 2/3, both sides write, the bridge is healed, and every node ends with the same state hash.
// Needs root (network namespaces); without it the suite skips and says so.
//
// Each namespace is held by an `unshare --net sleep` process and entered with `nsenter`,
// rather than named with `ip netns`, whose `exec` remounts / and /sys (which a chroot
// refuses): nothing is mounted, and the namespaces vanish with their holders.
#include "testsupport.h"

#include "sync/discovery.h"
#include "sync/syncmessages.h"

#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <unistd.h>

using namespace SigapTest;

namespace {

const QString Room = QStringLiteral("bjm-lan");
constexpr int Nodes = 5;
// Two hosts more on the LAN: one that forges announcements, and a desk that joins the room.
constexpr int ForgerHost = Nodes + 1;
constexpr int NewcomerHost = Nodes + 2;

// Runs a command to completion; false with what it printed on failure.
bool run(const QString &program, const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error
                = QStringLiteral("%1 %2: %3")
                      .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

// A network namespace, alive as long as its holder process runs.
class NetNamespace
{
public:
    bool start(QString *error)
    {
        m_holder.start(QStringLiteral("unshare"),
                       {QStringLiteral("--net"), QStringLiteral("sleep"), QStringLiteral("100000")});
        if (!m_holder.waitForStarted(10000)) {
            *error = QStringLiteral("unshare: %1").arg(m_holder.errorString());
            return false;
        }
        // unshare enters the new namespace, then becomes sleep: wait until it has (before
        // that, the holder is still in this test's namespace, and so would every command be).
        const QByteArray own = namespaceOf("/proc/self/ns/net");
        if (own.isEmpty()
            || !QTest::qWaitFor(
                [&] {
                    const QByteArray ns = namespaceOf(path().toLocal8Bit());
                    return !ns.isEmpty() && ns != own;
                },
                10000)) {
            *error = QStringLiteral("unshare --net did not make a namespace: %1")
                         .arg(QString::fromUtf8(m_holder.readAllStandardError()));
            return false;
        }
        return true;
    }
    ~NetNamespace()
    {
        m_holder.kill();
        m_holder.waitForFinished();
    }
    QString pid() const { return QString::number(m_holder.processId()); }
    // "net:[4026531840]": the namespace a /proc/.../ns/net link names (empty if unreadable).
    static QByteArray namespaceOf(const QByteArray &link)
    {
        char target[64] = {};
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        return n > 0 ? QByteArray(target, n) : QByteArray();
    }
    QString path() const
    {
        return m_holder.processId() ? QStringLiteral("/proc/%1/ns/net").arg(m_holder.processId()) : QString();
    }
    // `nsenter --net=...`: the prefix that runs a command inside.
    QStringList enter() const { return {QStringLiteral("nsenter"), QStringLiteral("--net=") + path()}; }
    bool ip(const QStringList &args, QString *error) const
    {
        return run(QStringLiteral("nsenter"),
                   QStringList{QStringLiteral("--net=") + path(), QStringLiteral("ip")} + args, error);
    }

private:
    QProcess m_holder;
};

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

class tst_SyncPartition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void splitTwoThreeWriteBothSidesHeal();
    void forgedAnnouncementsDoNotKeepANewDeskOut();

private:
    bool moveToBridge(int i, const QString &bridge, QString *error)
    {
        return m_switch.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("p%1").arg(i),
                            QStringLiteral("master"), bridge},
                           error);
    }
    QString createIncident(int node);

    QTemporaryDir m_tmp;
    QString m_roomKey;
    NetNamespace m_switch;
    std::vector<std::unique_ptr<NetNamespace>> m_hosts;
    std::vector<std::unique_ptr<NodeProcess>> m_nodes;
    QStringList m_dirs;
};

void tst_SyncPartition::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("network namespaces need root: run as root (CI does) to split and heal a real LAN");
    QString error;
    // The switch: two bridges in a namespace of their own; every node's cable starts on br0.
    QVERIFY2(m_switch.start(&error), qPrintable(error));
    for (const QString &bridge : {QStringLiteral("br0"), QStringLiteral("br1")}) {
        QVERIFY2(m_switch.ip({QStringLiteral("link"), QStringLiteral("add"), bridge, QStringLiteral("type"),
                              QStringLiteral("bridge"), QStringLiteral("mcast_snooping"), QStringLiteral("0")},
                             &error),
                 qPrintable(error));
        QVERIFY2(m_switch.ip({QStringLiteral("link"), QStringLiteral("set"), bridge, QStringLiteral("up")}, &error),
                 qPrintable(error));
    }
    for (int i = 1; i <= NewcomerHost; ++i) {
        m_hosts.push_back(std::make_unique<NetNamespace>());
        NetNamespace &host = *m_hosts.back();
        QVERIFY2(host.start(&error), qPrintable(error));
        const QString port = QStringLiteral("p%1").arg(i);
        QVERIFY2(m_switch.ip({QStringLiteral("link"), QStringLiteral("add"), port, QStringLiteral("type"),
                              QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
                              QStringLiteral("eth0"), QStringLiteral("netns"), host.pid()},
                             &error),
                 qPrintable(error));
        QVERIFY2(m_switch.ip({QStringLiteral("link"), QStringLiteral("set"), port, QStringLiteral("master"),
                              QStringLiteral("br0"), QStringLiteral("up")},
                             &error),
                 qPrintable(error));
        const QStringList steps[] = {
            {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.112.0.%1/24").arg(i),
             QStringLiteral("dev"), QStringLiteral("eth0")},
            {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("up")},
            {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
            // Multicast leaves through the room's LAN, as on a desk with one network card.
            {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("224.0.0.0/4"), QStringLiteral("dev"),
             QStringLiteral("eth0")},
        };
        for (const QStringList &step : steps)
            QVERIFY2(host.ip(step, &error), qPrintable(error));
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
        node->setLauncher(m_hosts.at(i - 1)->enter());
        QVERIFY2(node->start(), qPrintable(node->errorOutput()));
        m_nodes.push_back(std::move(node));
        m_dirs << dir;
    }
}

void tst_SyncPartition::cleanupTestCase()
{
    m_nodes.clear(); // the nodes first, then the namespaces they run in
    m_hosts.clear();
}

QString tst_SyncPartition::createIncident(int node)
{
    const Run r = ctl(m_dirs.at(node - 1),
                      {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                       QStringLiteral("banjir"), QStringLiteral("--note"), QStringLiteral("dari node %1").arg(node)});
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

void tst_SyncPartition::splitTwoThreeWriteBothSidesHeal()
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

// Someone on the LAN without the room's key announces 200 invented desks of the room, over
// and over (400 a second; half in the signed form with a MAC made up, half in the old unsigned
// form). A desk that joins the room by multicast alone still finds it and catches up.
void tst_SyncPartition::forgedAnnouncementsDoNotKeepANewDeskOut()
{
    const QString forged = m_tmp.filePath(QStringLiteral("forged"));
    QVERIFY(QDir().mkpath(forged));
    for (int i = 0; i < 200; ++i) {
        Sigap::Discovery::Announcement a;
        a.protocol = Sigap::SyncMessages::ProtocolVersion;
        a.room = Room;
        a.desk = QStringLiteral("ghost%1").arg(i, 3, 10, QLatin1Char('0'));
        a.port = 7112;
        a.digest = QStringLiteral("0");
        QByteArray datagram;
        if (i % 2 == 0) {
            datagram = Sigap::Discovery::encode(a, QByteArray(32, char(i)));
        } else {
            QCborMap unsigned_;
            unsigned_.insert(QStringLiteral("t"), QStringLiteral("announce"));
            unsigned_.insert(QStringLiteral("protocol"), a.protocol);
            unsigned_.insert(QStringLiteral("room"), a.room);
            unsigned_.insert(QStringLiteral("training"), false);
            unsigned_.insert(QStringLiteral("desk"), a.desk);
            unsigned_.insert(QStringLiteral("port"), a.port);
            unsigned_.insert(QStringLiteral("digest"), a.digest);
            datagram = unsigned_.toCborValue().toCbor();
        }
        QFile file(forged + QStringLiteral("/%1.cbor").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(datagram);
    }
    QProcess forger;
    QStringList command = m_hosts.at(ForgerHost - 1)->enter();
    command << QStringLiteral("/usr/bin/python3") << QStringLiteral("-c")
            << QStringLiteral("import glob, socket, sys, time\n"
                              "data = [open(f, 'rb').read() for f in sorted(glob.glob(sys.argv[1] + '/*.cbor'))]\n"
                              "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                              "s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)\n"
                              "while True:\n"
                              "    for d in data:\n"
                              "        s.sendto(d, ('239.255.112.112', 41112))\n"
                              "    time.sleep(0.5)\n")
            << forged;
    forger.start(command.takeFirst(), command);
    QVERIFY2(forger.waitForStarted(10000), qPrintable(forger.errorString()));
    const auto stopForger = qScopeGuard([&] {
        forger.kill();
        forger.waitForFinished();
    });

    const qint64 events = eventsOf(m_dirs.first());
    QVERIFY(events > 0);
    const QString dir = m_tmp.filePath(QStringLiteral("newcomer"));
    NodeProcess newcomer(dir, {QStringLiteral("--room-key"), m_roomKey, QStringLiteral("--listen"),
                               QStringLiteral("10.112.0.%1:7112").arg(NewcomerHost)});
    newcomer.setLauncher(m_hosts.at(NewcomerHost - 1)->enter());
    QVERIFY2(newcomer.start(), qPrintable(newcomer.errorOutput()));
    QVERIFY2(QTest::qWaitFor([&] { return eventsOf(dir) == events; }, 60000),
             qPrintable(QStringLiteral("the new desk holds %1 of %2 events").arg(eventsOf(dir)).arg(events)));
    QCOMPARE(forger.state(), QProcess::Running); // the forgery went on the whole time
    const QJsonObject status
        = QJsonDocument::fromJson(ctl(dir, {QStringLiteral("status"), QStringLiteral("--json")}).out.toUtf8()).object();
    QVERIFY2(status.value(QStringLiteral("sync_announcements_refused")).toInt() > 0,
             "the new desk heard the forged announcements and refused them");
}

QTEST_GUILESS_MAIN(tst_SyncPartition)
#include "tst_syncpartition.moc"
