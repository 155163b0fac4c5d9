#pragma once

#include "core/result.h"
#include "reports/reportfigures.h"

#include <QCoreApplication>
#include <QImage>
#include <QTimeZone>

#include <optional>

class QLocale;
class QTextDocument;

namespace Sigap {

// The handover the outgoing shift lead writes and both leads sign, as the caller (the shift
// lead window) has it; the report prints it, it does not keep it.
struct ReportHandover
{
    QString note;
    QString outgoingLead; // names as the operator directory has them
    QString incomingLead;
    qint64 outgoingSignedMs = 0; // 0: not signed (yet)
    qint64 incomingSignedMs = 0;
};

// A report as a PDF on A4, for the shift handover binder and for the regional head and
// Kominfo: a title block, the figures as tables, and bar charts that read in black-and-white
// print too (every bar carries its value). The text is laid out by QTextDocument from HTML;
// the charts are ReportChart images at print resolution; the pages are painted one by one
// so each carries a footer with the room, the period and "page x of n".
//
// Strings go through tr(), so the report is in the language whose translation the caller
// installed (installTranslation); `language` picks the category and outcome labels of the
// room's data and the number and date format, and should be the same.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ReportDocument)

public:
    enum class Kind {
        Shift, // the shift lead's: with the handover and the incidents the next shift inherits
        Month, // the regional head's and Kominfo's: with the calls per day
    };

    struct Options
    {
        Kind kind = Kind::Shift;
        QString room; // the room's name as the title says it
        QString language = QStringLiteral("id");
        qint64 generatedAtMs = 0;               // from the desk's clock
        std::optional<ReportHandover> handover; // shift reports only
    };

    ReportDocument(const ReportFigures &figures, const ReportSources &sources, Options options);

    // The document as HTML with the charts as named image resources; public so a preview
    // or a test can read what the PDF says.
    QString html() const;
    // Writes the PDF whole or not at all (QSaveFile); an error names the path.
    Result<void> writePdf(const QString &path) const;

    QImage outcomeChart(qreal scale) const;
    QImage categoryChart(qreal scale) const;
    QImage responseChart(qreal scale) const;
    QImage callsPerDayChart(qreal scale) const;

    static constexpr int ChartWidth = 640; // logical px of the text width (A4 less margins at 96 dpi)

private:
    QString title() const;
    QString periodText() const;
    QString dateTime(qint64 ms) const;
    QString roomText() const;
    QString villageWord() const;
    QString percent(double fraction) const;
    QString categoryLabel(const QString &code) const;
    QString outcomeLabel(const QString &code) const;
    QString agencyLabel(const QString &id) const;
    // The target an agency's per-agency bars are drawn against: its categories' target when
    // they all have the same one in the period, else 0 (the table has them per category).
    int commonTargetMin(const QString &agency) const;

    QString titleBlock() const;
    QString handoverSection() const;
    QString summarySection() const;
    QString openIncidentsSection() const;
    QString outcomeSection() const;
    QString categorySection() const;
    QString responseSection() const;
    QString callsPerDaySection() const;
    void fill(QTextDocument &document, qreal chartScale) const;

    const ReportFigures &m_figures;
    const ReportSources &m_sources;
    Options m_options;
};

} // namespace Sigap
