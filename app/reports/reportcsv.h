#pragma once

#include "reportfigures.h"

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Sigap {

// The report's figures as CSV, for the regional head's and Kominfo's spreadsheets.
//
// One file per table, not one file with sections: RFC 4180 knows no sections, and every
// spreadsheet and script reads a plain table. writeAll() writes them side by side as
// DIR/PREFIX-TABLE.csv (TABLE: the names in Table). Every file is UTF-8 without a byte-order
// mark, CRLF line ends, a header row of stable snake_case column names (never translated, so
// a script written once keeps working), fields quoted per RFC 4180 when they hold a comma, a
// quote or a line break. Numbers are machine-readable: counts as integers, times as integer
// milliseconds (columns ending in _ms), targets in whole minutes (_min), shares as a decimal
// fraction with a dot (0.2843, columns ending in _share), instants as ISO 8601 in room time
// with its offset (2026-03-03T07:00:00+08:00) and again as epoch ms. Codes (category,
// outcome, status, agency) come with a *_label column in the report's language for people.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ReportCsv)

public:
    enum class Table {
        Summary,                  // figure,value: the period, call and incident totals, answer times
        CallsByOutcome,           // one row per call outcome, unclassified last
        IncidentsByCategory,      // one row per category, with the count per status at the end
        ResponseByAgency,         // ResponseKpi per agency over all its categories
        ResponseByAgencyCategory, // ResponseKpi per agency and category
        CallsPerDay,              // one row per room-time day
        OpenIncidents,            // the incidents still open at the end of the period
        Incidents,                // every incident created in the period
    };
    static const QList<Table> &tables();
    static QString tableName(Table table); // "calls-by-outcome", the file name's part

    // One table as CSV bytes. Incidents needs the projections; the others only the figures
    // (and the reference data for labels).
    static QByteArray table(Table table, const ReportFigures &figures, const ReportSources &sources,
                            const QString &language);
    // Writes every table into dir (which must exist; it is not created, so a mistyped path is
    // an error rather than a new folder somewhere) and returns the paths written.
    static Result<QStringList> writeAll(const ReportFigures &figures, const ReportSources &sources, const QString &dir,
                                        const QString &prefix, const QString &language);

    // RFC 4180: a field is quoted when it holds a comma, a double quote, CR or LF; quotes
    // inside are doubled.
    static QByteArray field(const QString &text);
    static QByteArray row(const QStringList &fields); // ends in CRLF
};

} // namespace Sigap
