// Cold start of a desk on a long history: stores of 1,000,000 and 10,000,000 events (seven
// weeks and a year and a half of a busy room), to a ready node (Node::start: open and check
// the store, fold, listen), with and without a snapshot.
//
// Each start runs in a process of its own (this program with --start-once), so its resident
// memory is that start's alone. The child also times what an operator does first on the
// history it found: the incident list (every cell of every row, as a view reads them) and a
// duplicate search for a new call.
//
// Baselines in the same run: a raw sequential read of the 1,000,000 rows with the SQLite C
// API (for the start without a snapshot), and the 1,000,000 store for the 10,000,000 one.
// Goals: ready in <= 1 s with a snapshot, at most 400 MB resident, and the list and the
// search on the long history no slower than on the short one.
#include "benchsupport.h"
#include "core/clock.h"
#include "domain/duplicatefinder.h"
#include "domain/eventkinds.h"
#include "domain/incidentmodel.h"
#include "node/node.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>
#include <chrono>

using namespace Sigap;
using namespace SigapBench;

namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr qint64 ShortHistory = 1'000'000;
constexpr qint64 LongHistory = 10'000'000;
// A busy room writes about 20,000 events a day (420 calls of ~16 events in 8 hours, and the
// rest of the day): one every 4.32 s.
constexpr qint64 EventStepMs = 4320;
constexpr double ReadyGoalS = 1.0;
constexpr double ResidentGoalMb = 400;
// "As fast": the long history's list and search within this factor of the short one's (the
// two runs are apart in time on a shared machine; a few percent are noise).
constexpr double SameSpeedGoal = 1.25;

double secondsSince(SteadyClock::time_point since)
{
    return std::chrono::duration<double>(SteadyClock::now() - since).count();
}

QString sizeName(qint64 events)
{
    return events >= 1'000'000 ? QStringLiteral("%1m").arg(events / 1'000'000) : QString::number(events);
}

QString dataDir(qint64 events)
{
    // v6: calls too, each incident reported by one, and nuisance calls between them; handoffs
    // of the incidents handed off.
    return QDir::current().absoluteFilePath(QStringLiteral("bench-data/coldstart-v6-%1").arg(sizeName(events)));
}

QString storePath(qint64 events)
{
    return dataDir(events) + QLatin1Char('/') + Node::storeFileName();
}

// An incident being worked on: how many more events it gets and how far its status got.
struct ActiveIncident
{
    QString id;
    int eventsLeft = 0;
    IncidentStatus status = IncidentStatus::New;
};

// A room's history: calls come in (offered, answered, ended, classified) from a pool of
// 50,000 numbers, so callers call again. About one in two reports an incident, created
// during the call; the others are pranks, silent calls or questions. Each incident then gets
// notes, edits and its status moving on by legal moves (in progress, handed off: Damkar
// acknowledges, reaches the scene and finishes) while other calls come in, and at the end
// "closed". Every incident is closed in the end, so both stores
// have the same working set and the comparison measures the length of history alone (a room
// that forgets to close incidents has a longer open list, whatever its history). Built once
// per size and kept between runs.
bool ensureStore(qint64 eventCount)
{
    SystemClock clock;
    {
        auto existing = EventStore::open(storePath(eventCount), QStringLiteral("bench"), clock);
        if (existing && existing.value()->lastRowId() >= eventCount)
            return true;
    }
    QDir(dataDir(eventCount)).removeRecursively();
    QDir().mkpath(dataDir(eventCount));
    auto opened = EventStore::open(storePath(eventCount), QStringLiteral("bench"), clock);
    if (!opened)
        return false;
    EventStore &store = *opened.value();
    std::printf("building a store of %lld events in %s (once)...\n", eventCount, qPrintable(storePath(eventCount)));
    std::fflush(stdout);
    QRandomGenerator rng(112);
    const QString desk = store.deskId();
    qint64 written = 0;
    qint64 wall = clock.nowMs() - eventCount * EventStepMs - 3600 * 1000;
    QList<ActiveIncident> active;
    QList<EventDraft> nextSteps; // the rest of the call being taken or the handoff, one per step
    qint64 calls = 0;
    const QString actor = QStringLiteral("op-rina");
    const QString role = QStringLiteral("operator");
    const QStringList nuisance{QStringLiteral("iseng"), QStringLiteral("kosong"), QStringLiteral("informasi")};
    while (written < eventCount) {
        QList<EventDraft> batch;
        for (int i = 0; i < 10000 && written + batch.size() < eventCount; ++i) {
            wall += EventStepMs;
            const qint64 seq = written + batch.size() + 1;
            if (!nextSteps.isEmpty()) {
                EventDraft step = nextSteps.takeFirst();
                step.atMs = wall;
                batch.append(step);
                if (step.kind == EventKind::IncidentCreated)
                    active.append(ActiveIncident{QStringLiteral("%1-%2").arg(desk).arg(seq), 3 + int(rng.bounded(6))});
                continue;
            }
            const bool reportsIncident = active.isEmpty() || (active.size() < 50 && rng.bounded(12) == 0);
            if (reportsIncident || rng.bounded(12) == 0) {
                const QString call = QStringLiteral("call-%1").arg(++calls);
                const QString number = QStringLiteral("0812%1").arg(10'000'000 + rng.bounded(50'000));
                batch.append(EventDraft{EventKind::CallOffered, 1, call, QCborMap{{QStringLiteral("number"), number}},
                                        QStringLiteral("system"), QStringLiteral("system"), wall});
                nextSteps.append(EventDraft{EventKind::CallAnswered, 1, call, {}, actor, role, 0});
                if (reportsIncident)
                    nextSteps.append(EventDraft{
                        EventKind::IncidentCreated, 1, QString(),
                        QCborMap{{QStringLiteral("category"), QStringLiteral("medis")},
                                 {QStringLiteral("priority"), 1 + int(rng.bounded(4))},
                                 {QStringLiteral("kelurahan"), QStringLiteral("63.71.01.1001")},
                                 {QStringLiteral("lat"), -3.35 + rng.bounded(0.1)},
                                 {QStringLiteral("lon"), 114.55 + rng.bounded(0.1)},
                                 {QStringLiteral("caller"), number},
                                 {QStringLiteral("call"), call},
                                 {QStringLiteral("note"), QStringLiteral("Bapak pingsan di rumah, masih bernapas.")}},
                        actor, role, 0});
                nextSteps.append(EventDraft{EventKind::CallEnded, 1, call, {}, actor, role, 0});
                const QString outcome
                    = reportsIncident ? QStringLiteral("insiden") : nuisance.at(int(rng.bounded(nuisance.size())));
                nextSteps.append(EventDraft{EventKind::CallClassified, 1, call,
                                            QCborMap{{QStringLiteral("outcome"), outcome}}, actor, role, 0});
                continue;
            }
            const int which = int(rng.bounded(active.size()));
            ActiveIncident &incident = active[which];
            bool last = --incident.eventsLeft == 0;
            if (last && incident.status == IncidentStatus::New) {
                last = false; // taken in hand first: "closed" is no move from "new"
                incident.eventsLeft = 1;
            }
            QCborMap payload;
            QString kind;
            const int roll = int(rng.bounded(3));
            auto moveTo = [&](IncidentStatus to) {
                kind = EventKind::IncidentStatusChanged;
                payload = QCborMap{{QStringLiteral("to"), IncidentStatuses::name(to)}};
                incident.status = to;
            };
            if (last) {
                moveTo(IncidentStatus::Closed);
            } else if (incident.status == IncidentStatus::New && (roll == 1 || incident.eventsLeft == 1)) {
                moveTo(IncidentStatus::InProgress);
            } else if (incident.status == IncidentStatus::InProgress && roll == 1) {
                moveTo(IncidentStatus::HandedOff);
                const QString damkar = QStringLiteral("damkar-bjm");
                nextSteps.append(EventDraft{
                    EventKind::HandoffSent, 1, incident.id,
                    QCborMap{{QStringLiteral("agency"), damkar}, {QStringLiteral("channel"), QStringLiteral("phone")}},
                    actor, role, 0});
                for (const char *to : {"acknowledged", "on_scene", "finished"})
                    nextSteps.append(EventDraft{
                        EventKind::HandoffStatusChanged, 1, incident.id,
                        QCborMap{{QStringLiteral("agency"), damkar}, {QStringLiteral("to"), QLatin1String(to)}}, actor,
                        role, 0});
            } else if (roll != 2) {
                kind = EventKind::IncidentNoteAdded;
                payload = QCborMap{{QStringLiteral("text"), QStringLiteral("Unit sudah tiba di lokasi.")}};
            } else {
                kind = EventKind::IncidentUpdated;
                payload
                    = QCborMap{{QStringLiteral("address"), QStringLiteral("Jl. Veteran No. %1").arg(rng.bounded(200))}};
            }
            batch.append(EventDraft{kind, 1, incident.id, payload, actor, role, wall});
            if (last)
                active.removeAt(which);
        }
        auto r = store.append(batch);
        if (!r) {
            std::printf("%s\n", qPrintable(r.error().message));
            return false;
        }
        written += batch.size();
        if (written % 1'000'000 == 0) {
            std::printf("  %lld events, %lld calls\n", written, calls);
            std::fflush(stdout);
        }
    }
    return true;
}

// Kilobytes of a /proc/self/status line (VmRSS: resident now, VmHWM: the peak).
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// The child: one start on the store in dir, then the list and the search; prints one line
// "RESULT ready_s rss_mb peak_mb rows list_s search_s calls handoffs" (the last two: in memory).
int startOnce(const QString &dir)
{
    SystemClock clock;
    const auto t0 = SteadyClock::now();
    Node::Options options;
    options.dataDir = dir;
    options.control = true;
    auto started = Node::start(options, clock);
    const double ready = secondsSince(t0);
    if (!started) {
        std::printf("ERROR %s\n", qPrintable(started.error().message));
        return 2;
    }
    Node &node = *started.value();
    if (node.incidents().eventsApplied() == 0 && node.restoredFromRowId() == 0) {
        std::printf("ERROR nothing folded\n");
        return 2;
    }
    const double rss = statusMb("VmRSS:");

    // The list: the model over what the desk holds, every cell of every row.
    const auto listStart = SteadyClock::now();
    IncidentModel model(node.incidents(), node.categories(), node.gazetteer(), QStringLiteral("id"), node.timeZone());
    qint64 cells = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            cells += model.data(model.index(row, column)).toString().size();
    }
    benchmark::DoNotOptimize(cells);
    const double list = secondsSince(listStart);

    // The search for duplicates of a new call, at the time of the newest incident.
    qint64 newestMs = 0;
    for (const QString &id : node.incidents().createdIds())
        newestMs = std::max(newestMs, node.incidents().incident(id)->createdMs());
    DuplicateFinder finder(node.incidents(), node.categories());
    const auto searchStart = SteadyClock::now();
    constexpr int Searches = 100;
    qsizetype found = 0;
    for (int i = 0; i < Searches; ++i)
        found += finder.find(newestMs + 60'000, std::pair{-3.35, 114.55}, QStringLiteral("medis"), QString()).size();
    benchmark::DoNotOptimize(found);
    const double search = secondsSince(searchStart) / Searches;

    std::printf("RESULT %.4f %.1f %.1f %d %.6f %.6f %lld %lld\n", ready, rss, statusMb("VmHWM:"), model.rowCount(),
                list, search, qint64(node.calls().inMemoryCount()), qint64(node.handoffs().all().size()));
    std::fflush(stdout);
    return 0;
}

struct StartFigures
{
    double readyS = 0;
    double residentMb = 0;
    double peakMb = 0;
    int rows = 0;
    double listS = 0;
    double searchS = 0;
    qint64 callsInMemory = 0;
    qint64 handoffsInMemory = 0;
};

std::optional<StartFigures> runStartOnce(qint64 events)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--start-once"), dataDir(events)});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::printf("start failed: %s\n", child.readAll().constData());
        return std::nullopt;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "RESULT" && f.size() == 9)
            return StartFigures{f[1].toDouble(), f[2].toDouble(), f[3].toDouble(),   f[4].toInt(),
                                f[5].toDouble(), f[6].toDouble(), f[7].toLongLong(), f[8].toLongLong()};
    }
    return std::nullopt;
}

std::map<std::string, std::vector<StartFigures>> &figures()
{
    static std::map<std::string, std::vector<StartFigures>> all;
    return all;
}

void rawSequentialRead(benchmark::State &state)
{
    auto &lat = latencies("raw SQLite sequential read of every row (1m)");
    lat.clear();
    for (auto _ : state) {
        const auto t0 = SteadyClock::now();
        RawSqlite raw(storePath(ShortHistory).toStdString());
        sqlite3_stmt *select = nullptr;
        sqlite3_prepare_v2(
            raw.db(),
            "SELECT origin, seq, hlc, room, actor, role, kind, kind_version, subject, payload, prev_hash, hash"
            " FROM events ORDER BY rowid",
            -1, &select, nullptr);
        qint64 bytes = 0;
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int c = 0; c < 12; ++c) {
                sqlite3_column_blob(select, c);
                bytes += sqlite3_column_bytes(select, c);
            }
        }
        sqlite3_finalize(select);
        benchmark::DoNotOptimize(bytes);
        lat.push_back(secondsSince(t0));
    }
}

void removeSnapshots(qint64 events)
{
    RawSqlite raw(storePath(events).toStdString());
    raw.exec("DELETE FROM snapshots");
}

std::string startName(qint64 events, bool withSnapshot)
{
    return QStringLiteral("Sigap start to ready (%1), %2")
        .arg(sizeName(events), withSnapshot ? QStringLiteral("with snapshot") : QStringLiteral("no snapshot"))
        .toStdString();
}

void nodeStart(benchmark::State &state, qint64 events, bool withSnapshot)
{
    const std::string name = startName(events, withSnapshot);
    auto &lat = latencies(name);
    lat.clear();
    figures()[name].clear();
    for (auto _ : state) {
        if (!withSnapshot)
            removeSnapshots(events);
        const auto result = runStartOnce(events); // its clean stop writes the snapshot the next start uses
        if (!result) {
            state.SkipWithError("the start failed");
            return;
        }
        lat.push_back(result->readyS);
        figures()[name].push_back(*result);
        state.counters["resident_MB"] = result->residentMb;
        state.counters["peak_MB"] = result->peakMb;
        state.counters["rows"] = result->rows;
        state.counters["calls"] = double(result->callsInMemory);
        state.counters["handoffs"] = double(result->handoffsInMemory);
    }
}

// The list's and the search's times of the starts with a snapshot, as latencies.
void recordOperatorTimes(qint64 events)
{
    const std::string size = sizeName(events).toStdString();
    auto &list = latencies("incident list, every cell (" + size + ")");
    auto &search = latencies("duplicate search (" + size + ")");
    list.clear();
    search.clear();
    for (const StartFigures &f : figures()[startName(events, true)]) {
        list.push_back(f.listS);
        search.push_back(f.searchS);
    }
}

double worst(const std::vector<StartFigures> &all, double StartFigures::*field)
{
    double most = 0;
    for (const StartFigures &f : all)
        most = std::max(most, f.*field);
    return most;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--start-once") == 0)
        return startOnce(QString::fromLocal8Bit(argv[2]));
    benchmark::Initialize(&argc, argv);
    for (const qint64 events : {ShortHistory, LongHistory}) {
        if (!ensureStore(events))
            return 2;
    }
    benchmark::RegisterBenchmark("raw_sqlite_sequential_read/1m", rawSequentialRead)
        ->Iterations(3)
        ->Unit(benchmark::kMillisecond);
    for (const qint64 events : {ShortHistory, LongHistory}) {
        const std::string size = sizeName(events).toStdString();
        benchmark::RegisterBenchmark(("sigap_start/" + size + "/no_snapshot").c_str(),
                                     [events](benchmark::State &s) { nodeStart(s, events, false); })
            ->Iterations(1)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("sigap_start/" + size + "/with_snapshot").c_str(),
                                     [events](benchmark::State &s) { nodeStart(s, events, true); })
            ->Iterations(3)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    recordOperatorTimes(ShortHistory);
    recordOperatorTimes(LongHistory);

    bool met = printComparisons({
        {startName(ShortHistory, false), "raw SQLite sequential read of every row (1m)", "start without snapshot (1m)",
         0},
        {startName(ShortHistory, true), "raw SQLite sequential read of every row (1m)", "start with snapshot (1m)", 0},
        {startName(LongHistory, true), startName(ShortHistory, true), "start with snapshot, 10m against 1m", 0},
        {"incident list, every cell (10m)", "incident list, every cell (1m)", "incident list, 10m against 1m",
         SameSpeedGoal},
        {"duplicate search (10m)", "duplicate search (1m)", "duplicate search, 10m against 1m", SameSpeedGoal},
    });
    for (const qint64 events : {ShortHistory, LongHistory}) {
        const auto &withSnapshot = figures()[startName(events, true)];
        const auto &without = figures()[startName(events, false)];
        const double ready = mean(latencies(startName(events, true)));
        const double resident
            = std::max(worst(withSnapshot, &StartFigures::residentMb), worst(without, &StartFigures::residentMb));
        const double peak = worst(withSnapshot, &StartFigures::peakMb);
        if (withSnapshot.empty() || without.empty()) {
            std::printf("%s events: not run\n", qPrintable(sizeName(events)));
            met = false;
            continue;
        }
        const bool readyMet = ready <= ReadyGoalS;
        const bool residentMet = resident <= ResidentGoalMb && peak <= ResidentGoalMb;
        met = met && readyMet && residentMet;
        std::printf("%s events: start with snapshot %.3f s (goal <= %.0f s: %s); resident %.0f MB, peak with "
                    "snapshot %.0f MB, peak without %.0f MB (goal <= %.0f MB: %s); %d incidents in the list, %lld "
                    "calls and %lld handoffs in memory\n",
                    qPrintable(sizeName(events)), ready, ReadyGoalS, readyMet ? "met" : "MISSED", resident, peak,
                    worst(without, &StartFigures::peakMb), ResidentGoalMb, residentMet ? "met" : "MISSED",
                    withSnapshot.front().rows, withSnapshot.front().callsInMemory,
                    withSnapshot.front().handoffsInMemory);
    }
    return met ? 0 : 1;
}
