#pragma once

// A room's store with days of history written behind it, for the tests of the archive
// (incidents, calls, handoffs): a data folder, a standing clock at Now, and nodes started on
// it. The derived fixture writes the history into storePath() before the first start.

#include "core/clock.h"
#include "node/node.h"
#include "reports/reportcsv.h"
#include "reports/reportfigures.h"
#include "storesql.h"

#include <QTemporaryDir>
#include <QTest>

namespace SigapTest {

struct ArchiveRoom
{
    static constexpr qint64 Now = 1'796'000'000'000;
    static constexpr qint64 HourMs = 3600 * 1000;
    static constexpr qint64 DayMs = 24 * HourMs;

    QTemporaryDir dir;
    Sigap::ManualClock clock{Now};

    QString storePath() const { return dir.filePath(Sigap::Node::storeFileName()); }

    std::unique_ptr<Sigap::Node> start()
    {
        Sigap::Node::Options options;
        options.dataDir = dir.path();
        options.control = false;
        auto node = Sigap::Node::start(options, clock);
        if (!node)
            qFatal("the node did not start: %s", qPrintable(node.error().message));
        return std::move(node).value();
    }

    // The next start folds the whole log (and rebuilds the archive).
    void removeSnapshots() const { QVERIFY(rawSql(storePath(), {QStringLiteral("DELETE FROM snapshots")})); }
};

// Every table of the room's report of a period, as CSV: what must not change when history
// moves to the archive.
inline QList<QByteArray> reportTables(const Sigap::Node &node, qint64 fromMs, qint64 toMs)
{
    QList<QByteArray> tables;
    const Sigap::ReportFigures figures = Sigap::ReportFigures::compute(node.reportSources(), fromMs, toMs);
    for (Sigap::ReportCsv::Table table : Sigap::ReportCsv::tables())
        tables.append(Sigap::ReportCsv::table(table, figures, node.reportSources(), QStringLiteral("en")));
    return tables;
}

} // namespace SigapTest
