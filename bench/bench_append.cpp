// Durable append: Sigap's EventStore (canonical CBOR, SHA-256 chain, Qt Sql, WAL +
// synchronous=FULL) against raw SQLite inserting the same bytes into the same table with the
// same journal and synchronous mode. Goal: at most 1.3x the cost of the raw insert.
//
// Each desk signs the last event of every append (Ed25519, about 30 us here), which no faster
// store could skip: the floor of a signed log is printed too, the raw insert plus one signature
// of the row's hash per commit, and Sigap's ratio against it.
#include "benchsupport.h"
#include "core/clock.h"
#include "domain/canonicalcbor.h"
#include "domain/hlc.h"
#include "store/desksigningkey.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <chrono>

using namespace Sigap;
using namespace SigapBench;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// The exact rows the store writes, built once for the raw baseline.
std::vector<Event> prebuiltEvents(int count)
{
    std::vector<Event> events;
    QByteArray prev;
    for (int i = 0; i < count; ++i) {
        const EventDraft d = sampleDraft(i);
        Event e;
        e.origin = QStringLiteral("benchdsk");
        e.seq = i + 1;
        e.hlc = Hlc::pack(1'790'000'000'000 + i, 0);
        e.room = QStringLiteral("bench");
        e.actor = d.actor;
        e.role = d.role;
        e.kind = d.kind;
        e.subject = d.subject;
        e.payload = canonicalized(d.payload).toMap();
        e.prevHash = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        events.push_back(e);
    }
    return events;
}

const std::vector<Event> &events()
{
    static const std::vector<Event> all = prebuiltEvents(20000);
    return all;
}

QString benchDir()
{
    // On the build's own disk, not a tmpfs: fsync has to reach a device to mean anything.
    static QTemporaryDir dir(QDir::current().absoluteFilePath(QStringLiteral("bench-append-XXXXXX")));
    return dir.path();
}

struct RawEventsTable
{
    explicit RawEventsTable(const std::string &path)
        : raw(path)
    {
        raw.exec(
            "CREATE TABLE IF NOT EXISTS events (rowid INTEGER PRIMARY KEY, origin TEXT NOT NULL, seq INTEGER NOT NULL,"
            " hlc INTEGER NOT NULL, room TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL,"
            " kind_version INTEGER NOT NULL, subject TEXT NOT NULL, payload BLOB NOT NULL, prev_hash BLOB NOT NULL,"
            " hash BLOB NOT NULL, sig BLOB, UNIQUE (origin, seq))");
        raw.exec("DELETE FROM events");
        sqlite3_prepare_v2(
            raw.db(),
            "INSERT INTO events (origin, seq, hlc, room, actor, role, kind, kind_version, subject, payload,"
            " prev_hash, hash, sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            -1, &insert, nullptr);
    }
    ~RawEventsTable() { sqlite3_finalize(insert); }

    void insertRow(const Event &e, const DeskSigningKey *signer = nullptr)
    {
        const QByteArray origin = e.origin.toUtf8(), room = e.room.toUtf8(), actor = e.actor.toUtf8(),
                         role = e.role.toUtf8(), kind = e.kind.toUtf8(), subject = e.subject.toUtf8(),
                         payload = canonicalCbor(e.payload);
        sqlite3_bind_text(insert, 1, origin.constData(), int(origin.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, e.seq);
        sqlite3_bind_int64(insert, 3, e.hlc);
        sqlite3_bind_text(insert, 4, room.constData(), int(room.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, actor.constData(), int(actor.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, role.constData(), int(role.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 7, kind.constData(), int(kind.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 8, e.kindVersion);
        sqlite3_bind_text(insert, 9, subject.constData(), int(subject.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 10, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 11, e.prevHash.constData(), int(e.prevHash.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 12, e.hash.constData(), int(e.hash.size()), SQLITE_TRANSIENT);
        const QByteArray signature = signer ? signer->sign(e.hash) : QByteArray();
        if (signer)
            sqlite3_bind_blob(insert, 13, signature.constData(), int(signature.size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(insert, 13);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }

    RawSqlite raw;
    sqlite3_stmt *insert = nullptr;
};

// signed: the last row of each commit carries a signature of its hash, as Sigap's do.
void runRaw(benchmark::State &state, const std::string &name, int batch, bool signedRows = false)
{
    const DeskSigningKey signer = DeskSigningKey::generate();
    RawEventsTable table((benchDir() + QStringLiteral("/raw-%1-%2.sqlite").arg(batch).arg(signedRows)).toStdString());
    auto &lat = latencies(name);
    lat.clear();
    size_t next = 0;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        table.raw.exec("BEGIN");
        for (int i = 0; i < batch; ++i)
            table.insertRow(events()[next++ % events().size()], signedRows && i == batch - 1 ? &signer : nullptr);
        table.raw.exec("COMMIT");
        lat.push_back(seconds(t0));
    }
    state.SetItemsProcessed(state.iterations() * batch);
}

void runSigap(benchmark::State &state, const std::string &name, int batch)
{
    SystemClock clock;
    const QString path = benchDir() + QStringLiteral("/sigap-%1.sqlite").arg(batch);
    QFile::remove(path);
    auto opened = EventStore::open(path, QStringLiteral("bench"), clock);
    if (!opened) {
        state.SkipWithError(qPrintable(opened.error().message));
        return;
    }
    EventStore &store = *opened.value();
    auto &lat = latencies(name);
    lat.clear();
    int next = 0;
    for (auto _ : state) {
        QList<EventDraft> drafts;
        for (int i = 0; i < batch; ++i)
            drafts.append(sampleDraft(next++));
        const auto t0 = Clock::now();
        auto r = store.append(drafts);
        lat.push_back(seconds(t0));
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * batch);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    (void)events();
    benchmark::RegisterBenchmark("raw_sqlite_insert/1_per_commit",
                                 [](benchmark::State &s) { runRaw(s, "raw SQLite, 1 event per commit", 1); })
        ->Iterations(1500)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(
        "raw_sqlite_insert_signed/1_per_commit",
        [](benchmark::State &s) { runRaw(s, "raw SQLite + one Ed25519 signature, 1 event per commit", 1, true); })
        ->Iterations(1500)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("sigap_append/1_per_commit",
                                 [](benchmark::State &s) { runSigap(s, "Sigap append, 1 event per commit", 1); })
        ->Iterations(1500)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("raw_sqlite_insert/64_per_commit",
                                 [](benchmark::State &s) { runRaw(s, "raw SQLite, 64 events per commit", 64); })
        ->Iterations(300)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("sigap_append/64_per_commit",
                                 [](benchmark::State &s) { runSigap(s, "Sigap append, 64 events per commit", 64); })
        ->Iterations(300)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    const bool met = printComparisons({
        {"Sigap append, 1 event per commit", "raw SQLite, 1 event per commit", "durable append, 1 per commit", 1.3},
        {"Sigap append, 64 events per commit", "raw SQLite, 64 events per commit", "group commit of 64", 1.3},
        {"raw SQLite + one Ed25519 signature, 1 event per commit", "raw SQLite, 1 event per commit",
         "the floor: raw insert + one signature, 1 per commit", 1.3},
        {"Sigap append, 1 event per commit", "raw SQLite + one Ed25519 signature, 1 event per commit",
         "durable append against that floor", 1.3},
    });
    const double perEventSingle = mean(latencies("Sigap append, 1 event per commit"));
    const double perEventGroup = mean(latencies("Sigap append, 64 events per commit")) / 64;
    std::printf("group commit: %.0f durable events/s one at a time, %.0f events/s in groups of 64 (%.1fx)\n",
                1 / perEventSingle, 1 / perEventGroup, perEventSingle / perEventGroup);
    return met ? 0 : 1;
}
