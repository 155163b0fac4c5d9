#include "benchsupport.h"

#include "domain/eventkinds.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <stdexcept>

namespace SigapBench {

std::vector<double> &latencies(const std::string &name)
{
    static std::map<std::string, std::vector<double>> all;
    return all[name];
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size())));
    return values[index];
}

double mean(const std::vector<double> &values)
{
    return values.empty() ? 0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

bool printComparisons(const std::vector<Comparison> &comparisons)
{
    bool allMet = true;
    std::printf("\n%-44s %10s %10s %10s\n", "per operation", "mean", "p50", "p99");
    for (const Comparison &c : comparisons) {
        for (const std::string &name : {c.baseline, c.subject}) {
            const auto &v = latencies(name);
            std::printf("%-44s %8.3fms %8.3fms %8.3fms  (n=%zu)\n", name.c_str(), mean(v) * 1e3,
                        percentile(v, 0.5) * 1e3, percentile(v, 0.99) * 1e3, v.size());
        }
        const double ratioMean = mean(latencies(c.subject)) / mean(latencies(c.baseline));
        const double ratioP99 = percentile(latencies(c.subject), 0.99) / percentile(latencies(c.baseline), 0.99);
        const bool met = c.goal <= 0 || ratioMean <= c.goal;
        allMet = allMet && met;
        std::printf("RATIO %-38s mean %.2fx, p99 %.2fx of the baseline%s\n\n", c.what.c_str(), ratioMean, ratioP99,
                    c.goal > 0 ? (met ? " (goal met)" : " (GOAL MISSED)") : "");
    }
    return allMet;
}

RawSqlite::RawSqlite(const std::string &path)
{
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

void RawSqlite::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        throw std::runtime_error(std::string(sql) + ": " + message);
    }
}

Sigap::EventDraft sampleDraft(int i)
{
    return Sigap::EventDraft{Sigap::EventKind::IncidentNoteAdded,
                             1,
                             QStringLiteral("4f6ebbee-%1").arg(i % 500),
                             QCborMap{{QStringLiteral("text"),
                                       QStringLiteral("Penelepon melaporkan asap tebal dari rumah panggung di gang %1, "
                                                      "warga sudah berkumpul.")
                                           .arg(i)}},
                             QStringLiteral("op-rina"),
                             QStringLiteral("operator"),
                             0};
}

} // namespace SigapBench
