// LAN sync between real sigap-node processes on loopback: five nodes converge; a node killed
// with SIGKILL in the middle of its catch-up, ten times, restarts and converges with nothing
// lost or doubled; a fresh node joins a room whose log holds 100,000 events.
#include "biglog.h"
#include "testsupport.h"

#include "sync/roomsecret.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace SigapTest;

namespace {

const QString Room = QStringLiteral("bjm-nodes");
constexpr qint64 BigLogEvents = 100000;

QJsonObject statusOf(const QString &dir)
{
    const Run r = ctl(dir, {QStringLiteral("status"), QStringLiteral("--json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

qint64 eventsOf(const QString &dir)
{
    return statusOf(dir).value(QStringLiteral("events")).toInteger(-1);
}

// The events in a stopped node's store, read with SQLite itself (no node is there to ask).
qint64 eventsInStore(const QString &dir)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(dir + QStringLiteral("/events.sqlite"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT count(*) FROM events"), db);
            if (query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

QString stateHashOf(const QString &dir)
{
    return ctl(dir, {QStringLiteral("state-hash")}).out.trimmed();
}

// Polls (through sigapctl, which the node answers between frames) until the node holds
// `count` events or the time runs out.
bool waitForEvents(const QString &dir, qint64 count, int timeoutMs = 120000)
{
    return QTest::qWaitFor([&] { return eventsOf(dir) == count; }, timeoutMs);
}

} // namespace

class tst_SyncNodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fiveNodesConverge();
    void killedDuringCatchUpTenTimesConverges();
    void freshNodeJoinsABigRoom();
    void unitPositionsReachTheOtherDesks();

private:
    QStringList syncArgs(const QStringList &peers) const;
    std::unique_ptr<NodeProcess> startNode(const QString &dir, const QStringList &peers, QString *address);

    QTemporaryDir m_tmp;
    QString m_roomKey;
    QString m_bigDir;
};

void tst_SyncNodes::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const Run init = runProgram(QStringLiteral("sigapctl"),
                                {QStringLiteral("room"), QStringLiteral("init"), QStringLiteral("--room"), Room,
                                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("room.key"))});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    m_roomKey = m_tmp.filePath(QStringLiteral("room.key"));

    m_bigDir = m_tmp.filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkpath(m_bigDir));
    QCOMPARE(fillLog(m_bigDir + QStringLiteral("/events.sqlite"), Room, BigLogEvents), BigLogEvents);
}

QStringList tst_SyncNodes::syncArgs(const QStringList &peers) const
{
    QStringList args{QStringLiteral("--room-key"), m_roomKey, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--no-multicast")};
    for (const QString &peer : peers)
        args << QStringLiteral("--peer") << peer;
    return args;
}

std::unique_ptr<NodeProcess> tst_SyncNodes::startNode(const QString &dir, const QStringList &peers, QString *address)
{
    auto node = std::make_unique<NodeProcess>(dir, syncArgs(peers));
    if (!node->start())
        return nullptr;
    if (address)
        *address = statusOf(dir).value(QStringLiteral("sync_listen")).toString();
    return node;
}

void tst_SyncNodes::fiveNodesConverge()
{
    // A loose mesh: every node dials the first and the one before it.
    std::vector<std::unique_ptr<NodeProcess>> nodes;
    QStringList dirs, addresses;
    for (int i = 0; i < 5; ++i) {
        const QString dir = m_tmp.filePath(QStringLiteral("five-%1").arg(i));
        QStringList peers;
        if (i > 0)
            peers << addresses.first();
        if (i > 1)
            peers << addresses.last();
        QString address;
        nodes.push_back(startNode(dir, peers, &address));
        QVERIFY2(nodes.back(), qPrintable(dir));
        QVERIFY(!address.isEmpty());
        dirs << dir;
        addresses << address;
    }
    for (const QString &dir : std::as_const(dirs))
        for (int k = 0; k < 3; ++k) {
            const Run created
                = ctl(dir, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                            QStringLiteral("kebakaran"), QStringLiteral("--note"), dir.right(6)});
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        }
    for (const QString &dir : std::as_const(dirs))
        QVERIFY2(waitForEvents(dir, 15), qPrintable(dir));
    const QString hash = stateHashOf(dirs.first());
    QVERIFY(!hash.isEmpty());
    for (const QString &dir : std::as_const(dirs))
        QCOMPARE(stateHashOf(dir), hash);

    // peers --json shows a session with each of the four others, with no lag once the room is
    // quiet. (A node may have every event through a neighbour before its own session with
    // the first node is up: wait for the sessions, do not assume them.)
    QVERIFY(QTest::qWaitFor(
        [&] {
            const Run peers = ctl(dirs.first(), {QStringLiteral("peers"), QStringLiteral("--json")});
            const QJsonArray rows
                = QJsonDocument::fromJson(peers.out.toUtf8()).object().value(QStringLiteral("peers")).toArray();
            int connectedInSync = 0;
            for (const QJsonValue &p : rows)
                if (p.toObject().value(QStringLiteral("state")).toString() == QLatin1String("connected")
                    && p.toObject().value(QStringLiteral("lag_events")).toInteger() == 0)
                    ++connectedInSync;
            return peers.exitCode == 0 && connectedInSync == 4 && rows.size() == 4;
        },
        30000));
}

void tst_SyncNodes::killedDuringCatchUpTenTimesConverges()
{
    QString sourceAddress;
    auto source = startNode(m_bigDir, {}, &sourceAddress);
    QVERIFY(source);
    const QString dir = m_tmp.filePath(QStringLiteral("killed"));
    qint64 before = 0;
    int killedMidway = 0;
    for (int round = 0; round < 10; ++round) {
        auto joiner = startNode(dir, {sourceAddress}, nullptr);
        QVERIFY(joiner);
        // Kill the moment the joiner says it applied its first batch of this run: it is then
        // in the middle of the catch-up, however fast the catch-up has become (polling the
        // event count instead let a fast catch-up finish between two polls).
        QProcess &process = joiner->process();
        QDeadlineTimer deadline(60000);
        QByteArray said;
        while (!said.contains("applied") && !deadline.hasExpired() && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            said += process.readAllStandardError();
        }
        QVERIFY2(said.contains("applied"), said.constData());
        joiner->killHard();
        const qint64 now = eventsInStore(dir);
        QVERIFY2(now > before,
                 qPrintable(QStringLiteral("round %1: %2 events, %3 before").arg(round).arg(now).arg(before)));
        if (now < BigLogEvents)
            ++killedMidway;
        before = now;
    }
    // Each run is killed after its first batch of 1,000 events, so all ten end in the middle.
    QVERIFY2(killedMidway >= 9, qPrintable(QStringLiteral("only %1 of 10 kills were mid-catch-up").arg(killedMidway)));

    auto joiner = startNode(dir, {sourceAddress}, nullptr);
    QVERIFY(joiner);
    QVERIFY(waitForEvents(dir, BigLogEvents));
    const Run verified = ctl(dir, {QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY(verified.out.contains(QString::number(BigLogEvents)));
    QCOMPARE(stateHashOf(dir), stateHashOf(m_bigDir));
}

void tst_SyncNodes::freshNodeJoinsABigRoom()
{
    QString sourceAddress;
    auto source = startNode(m_bigDir, {}, &sourceAddress);
    QVERIFY(source);
    const QString dir = m_tmp.filePath(QStringLiteral("fresh"));
    auto joiner = startNode(dir, {sourceAddress}, nullptr);
    QVERIFY(joiner);
    QVERIFY(waitForEvents(dir, BigLogEvents));
    QCOMPARE(stateHashOf(dir), stateHashOf(m_bigDir));
    // And it keeps up afterwards: an incident written on the joiner reaches the source.
    const Run created = ctl(dir, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                                  QStringLiteral("banjir")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(waitForEvents(m_bigDir, BigLogEvents + 1, 30000));
}

void tst_SyncNodes::unitPositionsReachTheOtherDesks()
{
    // A phone posts its position to one node's AVL listener; the other desk has it too.
    const QString a = m_tmp.filePath(QStringLiteral("avl-a"));
    auto nodeA = std::make_unique<NodeProcess>(
        a, syncArgs({}) + QStringList{QStringLiteral("--avl-listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(nodeA->start());
    const QJsonObject status = statusOf(a);
    const QString avl = status.value(QStringLiteral("avl_listen")).toString();
    QVERIFY2(!avl.isEmpty(), "status --json names the AVL listener");
    QString addressB;
    const QString b = m_tmp.filePath(QStringLiteral("avl-b"));
    auto nodeB = startNode(b, {status.value(QStringLiteral("sync_listen")).toString()}, &addressB);
    QVERIFY(nodeB);
    QVERIFY(QTest::qWaitFor([&] { return statusOf(a).value(QStringLiteral("sync_connected")).toInt() == 1; }, 30000));

    QNetworkAccessManager manager;
    // Ids the roster does not have are refused and go nowhere: not on this desk's board, not
    // to the other desk (they were sent before the good one, so they would be there first).
    const int rosterUnits
        = int(QJsonDocument::fromJson(
                  ctl(a, {QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                  .array()
                  .size());
    QVERIFY(rosterUnits > 0);
    for (int i = 0; i < 50; ++i) {
        QNetworkReply *ghost = manager.get(
            QNetworkRequest(QUrl(QStringLiteral("http://%1/?id=ghost-%2&lat=-3.32&lon=114.59").arg(avl).arg(i))));
        QVERIFY(QTest::qWaitFor([&] { return ghost->isFinished(); }, 10000));
        QCOMPARE(ghost->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        ghost->deleteLater();
    }
    QCOMPARE(statusOf(a).value(QStringLiteral("avl_refused")).toInt(), 50);
    QNetworkReply *reply = manager.get(QNetworkRequest(
        QUrl(QStringLiteral("http://%1/?id=damkar-03&lat=-3.3207&lon=114.5926&speed=8&bearing=45").arg(avl))));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    auto unitOn = [](const QString &dir) {
        const QJsonArray units
            = QJsonDocument::fromJson(
                  ctl(dir, {QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                  .array();
        // The roster's units are all listed; the one with a position is the one the phone posted.
        for (const QJsonValue &v : units)
            if (v.toObject().value(QStringLiteral("has_position")).toBool())
                return v.toObject();
        return QJsonObject();
    };
    QCOMPARE(unitOn(a).value(QStringLiteral("id")).toString(), QStringLiteral("damkar-03"));
    QVERIFY(QTest::qWaitFor(
        [&] { return unitOn(b).value(QStringLiteral("id")).toString() == QLatin1String("damkar-03"); }, 30000));
    QCOMPARE(unitOn(b).value(QStringLiteral("lat")).toDouble(), -3.3207);
    for (const QString &dir : {a, b}) {
        const QJsonArray units
            = QJsonDocument::fromJson(
                  ctl(dir, {QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                  .array();
        QCOMPARE(units.size(), rosterUnits);
    }
    QCOMPARE(unitOn(b).value(QStringLiteral("heading")).toDouble(), 45.0);
}

QTEST_GUILESS_MAIN(tst_SyncNodes)
#include "tst_syncnodes.moc"
