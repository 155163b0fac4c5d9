// LAN sync speed on loopback, each figure beside a baseline measured in the same run:
//
//  1. Append on one node until visible on 4 peers (4 sigap-node processes, each
//     acknowledging after it applied the event durably), p50 and p99, against the raw TCP
//     echo round trip and against PostgreSQL LISTEN/NOTIFY to 4 listeners.
//     Goals: p99 <= 3x the raw round trip, and faster than NOTIFY.
//  2. Catch-up of a fresh node from 100,000 events, in events/s (the median of three fresh
//     nodes), against a raw TCP transfer of the same bytes. Goal: >= 200,000 events/s.
//
// Stores live in /dev/shm when it exists, as they do for the test suites' peers, so the
// figures are about the protocol and not about this machine's disk (each apply is still a
// SQLite commit with synchronous=FULL).
#include "benchsupport.h"
#include "biglog.h"
#include "testsupport.h"

#include "core/clock.h"
#include "node/node.h"
#include "sync/roomsecret.h"
#include "sync/roomsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace Sigap;

namespace {

constexpr int Peers = 4;
constexpr int Samples = 300;
constexpr qint64 CatchUpEvents = 100000;
constexpr int CatchUpRounds = 3;

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void printLatencies(const char *what, const std::vector<double> &ms)
{
    std::printf("%-44s p50 %7.3f ms   p99 %7.3f ms   (%zu samples)\n", what, percentile(ms, 0.5), percentile(ms, 0.99),
                ms.size());
}

// A connected pair of loopback TCP sockets (no Qt, no TLS): the floor any protocol stands on.
std::pair<int, int> socketPair()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::listen(listener, 1);
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len);
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    ::connect(client, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    const int server = ::accept(listener, nullptr, nullptr);
    ::close(listener);
    const int one = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return {client, server};
}

bool readFully(int fd, char *buffer, size_t size)
{
    size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, buffer + got, size - got);
        if (n <= 0)
            return false;
        got += size_t(n);
    }
    return true;
}

std::vector<double> rawRoundTrips(int count)
{
    auto [client, server] = socketPair();
    std::thread echo([fd = server, count] {
        char buffer[64];
        for (int i = 0; i < count; ++i) {
            if (!readFully(fd, buffer, sizeof buffer))
                return;
            (void)::write(fd, buffer, sizeof buffer);
        }
    });
    std::vector<double> ms;
    char buffer[64] = {};
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        (void)::write(client, buffer, sizeof buffer);
        readFully(client, buffer, sizeof buffer);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    echo.join();
    ::close(client);
    ::close(server);
    return ms;
}

// A child's store for rawFanOutRoundTrips: one table in WAL mode with synchronous=FULL,
// as a desk's store is; null when no folder is given.
sqlite3 *openEchoStore(const std::string &folder, int peer)
{
    if (folder.empty())
        return nullptr;
    sqlite3 *db = nullptr;
    const std::string path = folder + "/echo" + std::to_string(peer) + ".sqlite";
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        ::_exit(1);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE IF NOT EXISTS m (id INTEGER PRIMARY KEY, body BLOB NOT NULL)",
                 nullptr, nullptr, nullptr);
    return db;
}

// The same echo, but to `peers` separate processes at once, each woken by its own socket:
// the floor of "one message out to every peer and every answer back" on this machine, with
// no TLS and no event loop. Each child only echoes and exits (no Qt in it). With a store
// folder, each child first commits the message to its own SQLite store, as a desk does
// before it acknowledges: the floor of any protocol whose answer means "stored".
std::vector<double> rawFanOutRoundTrips(int peers, int count, const std::string &storeFolder = {})
{
    std::vector<int> clients;
    std::vector<pid_t> children;
    for (int p = 0; p < peers; ++p) {
        auto [client, server] = socketPair();
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(client);
            sqlite3 *db = openEchoStore(storeFolder, p);
            sqlite3_stmt *insert = nullptr;
            if (db)
                sqlite3_prepare_v2(db, "INSERT INTO m (body) VALUES (?)", -1, &insert, nullptr);
            char buffer[64];
            for (int i = 0; i < count; ++i) {
                if (!readFully(server, buffer, sizeof buffer))
                    break;
                if (insert) { // one transaction per message, as one append is
                    sqlite3_bind_blob(insert, 1, buffer, sizeof buffer, SQLITE_STATIC);
                    sqlite3_step(insert);
                    sqlite3_reset(insert);
                }
                (void)::write(server, buffer, sizeof buffer);
            }
            ::_exit(0);
        }
        ::close(server);
        clients.push_back(client);
        children.push_back(child);
    }
    std::vector<double> ms;
    char buffer[64] = {};
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        for (int fd : clients)
            (void)::write(fd, buffer, sizeof buffer);
        bool answered = true;
        for (int fd : clients)
            answered = readFully(fd, buffer, sizeof buffer) && answered;
        if (!answered)
            break;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int fd : clients)
        ::close(fd);
    for (pid_t child : children)
        ::waitpid(child, nullptr, 0);
    return ms;
}

double rawTransferSeconds(qint64 bytes)
{
    auto [client, server] = socketPair();
    QElapsedTimer t;
    t.start();
    std::thread reader([fd = server, bytes] {
        std::vector<char> buffer(1 << 20);
        qint64 got = 0;
        while (got < bytes) {
            const ssize_t n = ::read(fd, buffer.data(), buffer.size());
            if (n <= 0)
                return;
            got += n;
        }
    });
    std::vector<char> chunk(1 << 20, 'x');
    for (qint64 sent = 0; sent < bytes;) {
        const ssize_t n = ::write(client, chunk.data(), size_t(std::min<qint64>(bytes - sent, qint64(chunk.size()))));
        if (n <= 0)
            break;
        sent += n;
    }
    reader.join();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    ::close(client);
    ::close(server);
    return seconds;
}

// Runs the event loop until done() holds, checking each time `signal` fires (not polling,
// which would round every figure up to the poll interval).
template<typename Sender, typename Signal>
bool runUntil(const std::function<bool()> &done, const Sender *sender, Signal signal, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return done();
}

// PostgreSQL LISTEN/NOTIFY with 4 listeners; empty when no server could be started.
std::vector<double> notifyLatencies(const QString &folder)
{
    const QString script = QStringLiteral(SIGAP_SOURCE_DIR "/bench/pg-cluster.sh");
    const QString port = QStringLiteral("55432");
    if (QProcess::execute(script, {QStringLiteral("start"), folder, port}) != 0) {
        std::printf("SKIP PostgreSQL baseline: no server could be started (./run bench installs postgresql)\n");
        return {};
    }
    std::vector<double> ms;
    {
        auto open = [&](const QString &name) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(folder);
            db.setPort(port.toInt());
            db.setUserName(QStringLiteral("bench"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open())
                std::printf("PostgreSQL: %s\n", qPrintable(db.lastError().text()));
            return db;
        };
        QSqlDatabase sender = open(QStringLiteral("notify-sender"));
        int heard = 0;
        QEventLoop *waiting = nullptr; // quit once all listeners heard
        QList<QSqlDatabase> listeners;
        for (int i = 0; i < Peers; ++i) {
            listeners.append(open(QStringLiteral("listener-%1").arg(i)));
            listeners.last().driver()->subscribeToNotification(QStringLiteral("incidents"));
            QObject::connect(
                listeners.last().driver(),
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
                listeners.last().driver(), [&heard, &waiting] {
                    if (++heard == Peers && waiting)
                        waiting->quit();
                });
        }
        QSqlQuery notify(sender);
        for (int i = 0; sender.isOpen() && i < Samples; ++i) {
            heard = 0;
            QElapsedTimer t;
            t.start();
            notify.exec(QStringLiteral("NOTIFY incidents, 'incident %1'").arg(i));
            if (heard < Peers) {
                QEventLoop loop;
                waiting = &loop;
                QTimer::singleShot(10000, &loop, &QEventLoop::quit);
                loop.exec();
                waiting = nullptr;
            }
            if (heard < Peers)
                break;
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        for (QSqlDatabase &db : listeners)
            db.close();
        sender.close();
    }
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    QProcess::execute(script, {QStringLiteral("stop"), folder});
    return ms;
}

// CPU seconds (user + system) of every child process waited for so far.
double childrenCpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString scratchParent()
{
    return QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
}

struct Origin
{
    std::unique_ptr<Node> node;
    std::unique_ptr<RoomSync> sync;
};

Origin startOrigin(const QString &dir, const QString &roomKey, const Clock &clock)
{
    Origin o;
    Node::Options options;
    options.dataDir = dir;
    options.control = false;
    SyncOptions sync;
    sync.roomKeyFile = roomKey;
    sync.listen = QStringLiteral("127.0.0.1:0");
    sync.multicast = false;
    options.sync = sync;
    auto node = Node::start(options, clock);
    if (!node) {
        std::printf("origin: %s\n", qPrintable(node.error().message));
        return o;
    }
    o.node = std::move(node).value();
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("SIGAP_BIN_DIR", SIGAP_BIN_DIR);
    QLoggingCategory::setFilterRules(QStringLiteral("sigap.*.info=false"));
    QTemporaryDir scratch(scratchParent() + QStringLiteral("/sigap-bench-XXXXXX"));
    const QString roomKey = scratch.filePath(QStringLiteral("room.key"));
    if (!RoomSecret::generate(QStringLiteral("bench"), false).save(roomKey))
        return 1;
    SystemClock clock;
    bool allMet = true;

    // SIGAP_BENCH_SYNC_ONLY=catchup skips the latency part; SIGAP_BENCH_JOINER_LAUNCHER runs the
    // joining node through another program, e.g. "valgrind --tool=callgrind", to profile it.
    const bool latency = qEnvironmentVariable("SIGAP_BENCH_SYNC_ONLY") != QLatin1String("catchup");

    // 1. Latency to 4 peers.
    if (latency) {
        Origin origin = startOrigin(scratch.filePath(QStringLiteral("origin")), roomKey, clock);
        if (!origin.node)
            return 1;
        RoomSync &sync = *origin.node->sync();
        const QString originDesk = origin.node->log().store().deskId();
        // One peer first (how long one desk takes to apply and answer), then all four (what
        // the 2 cores of this machine do when four desks apply at once).
        std::vector<std::unique_ptr<SigapTest::NodeProcess>> peers;
        QHash<QString, qint64> holds;
        QObject::connect(
            &sync, &RoomSync::peerAcknowledged, &sync,
            [&](const QString &desk, const SyncMessages::SeqVector &s) { holds[desk] = s.value(originDesk); });
        int sent = 0;
        auto measure = [&](int peerCount, std::vector<double> &ms) {
            while (int(peers.size()) < peerCount) {
                peers.push_back(std::make_unique<SigapTest::NodeProcess>(
                    scratch.filePath(QStringLiteral("peer%1").arg(peers.size())),
                    QStringList{QStringLiteral("--room-key"), roomKey, QStringLiteral("--peer"),
                                sync.listenAddress()}));
                if (!peers.back()->start())
                    return false;
            }
            if (!QTest::qWaitFor([&] { return sync.connectedCount() == peerCount; }, 30000))
                return false;
            auto allHold = [&](qint64 seq) {
                return holds.size() == peerCount
                       && std::all_of(holds.cbegin(), holds.cend(), [seq](qint64 held) { return held >= seq; });
            };
            for (int i = 0; i < Samples + 20; ++i) {
                QElapsedTimer t;
                t.start();
                auto appended = origin.node->log().append({SigapBench::sampleDraft(sent++)});
                if (!appended)
                    return false;
                const qint64 seq = appended.value().constFirst().seq;
                if (!runUntil([&] { return allHold(seq); }, &sync, &RoomSync::peerAcknowledged, 10000))
                    return false;
                if (i >= 20) // the first ones warm the caches and the TLS sessions
                    ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            return true;
        };
        std::vector<double> onePeer, ms;
        if (!measure(1, onePeer) || !measure(Peers, ms))
            return 1;
        const std::vector<double> rtt = rawRoundTrips(2000);
        const std::vector<double> fanOut = rawFanOutRoundTrips(Peers, 2000);
        QDir().mkpath(scratch.filePath(QStringLiteral("echo")));
        const std::vector<double> fanOutStored
            = rawFanOutRoundTrips(Peers, 2000, scratch.filePath(QStringLiteral("echo")).toStdString());
        // The server runs as the postgres user, so its folder must be open to it.
        QTemporaryDir pgFolder(QDir::tempPath() + QStringLiteral("/sigap-bench-pg-XXXXXX"));
        QFile::setPermissions(pgFolder.path(), QFileDevice::Permissions(0x7755));
        const std::vector<double> notify = notifyLatencies(pgFolder.filePath(QStringLiteral("pg")));
        std::printf("\nAppend on one node until applied on %d peers (loopback, stores in %s)\n", Peers,
                    qPrintable(scratchParent()));
        printLatencies("sigap sync, append -> acknowledged by 1 peer", onePeer);
        printLatencies("sigap sync, append -> acknowledged by all 4", ms);
        printLatencies("raw TCP echo round trip (baseline a)", rtt);
        printLatencies("raw TCP echo to 4 processes at once", fanOut);
        printLatencies("the same, each committing to SQLite first", fanOutStored);
        const double ratioRtt = percentile(ms, 0.99) / percentile(rtt, 0.99);
        const bool rttMet = ratioRtt <= 3.0;
        std::printf("RATIO sync p99 / raw TCP round trip p99       %.2fx %s\n", ratioRtt,
                    rttMet ? "(goal <= 3x met)" : "(GOAL MISSED: <= 3x)");
        // Not goals: how much of the 3x budget the machine itself takes when 4 processes must
        // each be woken, and when each must also store the message before answering, before
        // any protocol does anything else (no TLS, no hash, no fold).
        std::printf("RATIO raw echo to 4 processes p99 / round trip p99      %.2fx (the floor on this machine)\n",
                    percentile(fanOut, 0.99) / percentile(rtt, 0.99));
        std::printf("RATIO same, committing first, p99 / round trip p99      %.2fx (the floor of a durable answer)\n",
                    percentile(fanOutStored, 0.99) / percentile(rtt, 0.99));
        allMet = allMet && rttMet;
        if (!notify.empty()) {
            printLatencies("PostgreSQL NOTIFY -> 4 listeners (baseline b)", notify);
            const double ratioNotify = percentile(ms, 0.99) / percentile(notify, 0.99);
            const double ratioNotify50 = percentile(ms, 0.5) / percentile(notify, 0.5);
            const bool notifyMet = ratioNotify < 1.0;
            std::printf("RATIO sync / NOTIFY                            p50 %.2fx, p99 %.2fx %s\n", ratioNotify50,
                        ratioNotify, notifyMet ? "(goal: faster, met)" : "(GOAL MISSED: faster than NOTIFY)");
            allMet = allMet && notifyMet;
        }
    }

    // 2. Catch-up of a fresh node.
    {
        const QString dir = scratch.filePath(QStringLiteral("big"));
        QDir().mkpath(dir);
        if (SigapTest::fillLog(dir + QStringLiteral("/events.sqlite"), QStringLiteral("bench"), CatchUpEvents)
            != CatchUpEvents)
            return 1;
        Origin origin = startOrigin(dir, roomKey, clock);
        if (!origin.node)
            return 1;
        RoomSync &sync = *origin.node->sync();
        const QString originDesk = origin.node->log().store().deskId();
        // What the catch-up puts on the wire: the same events in the same frames.
        qint64 bytes = 0;
        for (qint64 after = 0; after < CatchUpEvents; after += PeerSession::BatchEvents)
            bytes += SyncMessages::encodeEvents(
                         origin.node->log().store().eventsOfOrigin(originDesk, after, PeerSession::BatchEvents).value())
                         .size();
        // Three fresh nodes join one after the other (this shared machine's noise is a tenth of
        // the figure); the median of their times is the figure, the goal judged on it.
        QElapsedTimer t;
        qint64 held = 0;
        QObject::connect(&sync, &RoomSync::peersChanged, &sync, [&] {
            if (!t.isValid() && sync.connectedCount() == 1)
                t.start();
        });
        QObject::connect(&sync, &RoomSync::peerAcknowledged, &sync,
                         [&](const QString &, const SyncMessages::SeqVector &s) { held = s.value(originDesk); });
        std::vector<double> rounds, raws, joinerCpu;
        for (int round = 0; round < CatchUpRounds; ++round) {
            t.invalidate();
            const double cpuBefore = childrenCpuSeconds();
            held = 0;
            SigapTest::NodeProcess joiner(
                scratch.filePath(QStringLiteral("joiner%1").arg(round)),
                {QStringLiteral("--room-key"), roomKey, QStringLiteral("--peer"), sync.listenAddress()});
            joiner.setLauncher(
                qEnvironmentVariable("SIGAP_BENCH_JOINER_LAUNCHER").split(QLatin1Char(' '), Qt::SkipEmptyParts));
            if (!joiner.start()
                || !runUntil([&] { return held == CatchUpEvents; }, &sync, &RoomSync::peerAcknowledged, 300000))
                return 1;
            rounds.push_back(double(t.nsecsElapsed()) / 1e9);
            if (qEnvironmentVariableIsSet("SIGAP_BENCH_VERBOSE"))
                std::printf("%s\n", qPrintable(joiner.errorOutput()));
            joiner.stop(); // waited for, so its CPU time is counted below
            joinerCpu.push_back(childrenCpuSeconds() - cpuBefore);
            if (!QTest::qWaitFor([&] { return sync.connectedCount() == 0; }, 30000))
                return 1;
            raws.push_back(rawTransferSeconds(bytes));
        }
        const double seconds = percentile(rounds, 0.5), raw = percentile(raws, 0.5);
        const double rate = double(CatchUpEvents) / seconds;
        const bool met = rate >= 200000;
        std::printf("\nCatch-up of a fresh node from %lld events (%.1f MB of frames), median of %d joins\n",
                    CatchUpEvents, double(bytes) / 1e6, CatchUpRounds);
        for (size_t i = 0; i < rounds.size(); ++i)
            std::printf("  join %zu: %.3f s  %9.0f events/s  (the joining node used %.3f s of CPU, start to stop)\n",
                        i + 1, rounds[i], double(CatchUpEvents) / rounds[i], joinerCpu[i]);
        std::printf("sigap sync, session up -> all applied         %8.3f s  %9.0f events/s\n", seconds, rate);
        std::printf("raw TCP transfer of the same bytes (baseline)  %8.3f s  %9.0f events/s\n", raw,
                    double(CatchUpEvents) / raw);
        std::printf("RATIO sync time / raw transfer time            %.1fx; %s\n", seconds / raw,
                    met ? "goal >= 200,000 events/s met" : "GOAL MISSED: >= 200,000 events/s");
        allMet = allMet && met;
    }
    return allMet ? 0 : 1;
}
