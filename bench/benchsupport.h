#pragma once

// Shared pieces of the benchmarks: latency records, a plain SQLite connection for the
// baselines, and the summary that prints each subject against its baseline.

#include "domain/event.h"

#include <QString>

#include <map>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace SigapBench {

// Per-operation latencies (seconds) of the last run of each benchmark, by name.
std::vector<double> &latencies(const std::string &name);
double percentile(std::vector<double> values, double p);
double mean(const std::vector<double> &values);

struct Comparison
{
    std::string subject;
    std::string baseline;
    std::string what;
    double goal; // the ratio the issue asks for at most, 0 for none
};
// Prints mean, p50, p99 of every pair and the ratio subject/baseline; returns false when a
// goal is missed.
bool printComparisons(const std::vector<Comparison> &comparisons);

// A raw SQLite connection with the store's settings (WAL, synchronous=FULL) and the store's
// events table, for baselines that write or read the same bytes without Sigap.
class RawSqlite
{
public:
    explicit RawSqlite(const std::string &path);
    ~RawSqlite();
    sqlite3 *db() const { return m_db; }
    void exec(const char *sql);

private:
    sqlite3 *m_db = nullptr;
};

// A realistic event for the benchmarks: an incident note of operator-length text.
Sigap::EventDraft sampleDraft(int i);

} // namespace SigapBench
