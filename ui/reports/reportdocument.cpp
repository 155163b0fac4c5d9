#include "reportdocument.h"

#include "reportchart.h"

#include "core/durationtext.h"
#include "domain/categories.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <set>

namespace Sigap {

namespace {

const QColor Blue(0x15, 0x65, 0xc0);
const QColor Orange(0xef, 0x6c, 0x00);
const QColor Grey(0x9e, 0x9e, 0x9e);
const QColor Green(0x2e, 0x7d, 0x32);

const QUrl OutcomeChartUrl(QStringLiteral("chart:outcomes"));
const QUrl CategoryChartUrl(QStringLiteral("chart:categories"));
const QUrl ResponseChartUrl(QStringLiteral("chart:response"));
const QUrl CallsPerDayChartUrl(QStringLiteral("chart:calls-per-day"));

// The resolution of the PDF's page coordinates, and how much sharper than the 96-dpi layout
// the chart images are drawn: 3x is 288 dpi, crisp on a laser printer.
constexpr int PdfDpi = 300;
constexpr qreal ChartScale = 3;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, bool number = false)
{
    return (number ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + text + QStringLiteral("</td>");
}

// widths: percent of the text width per column; empty: the layout's choice.
QString headerRow(const QStringList &headers, const QList<int> &widths = {})
{
    QString out = QStringLiteral("<tr bgcolor=\"#e8eef7\">");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int w = widths.value(i);
        // A head breaks only between words, never inside one ("Hando ffs").
        QString head = esc(headers.at(i));
        if (!widths.isEmpty()) // the narrow columns of figures: one word a line
            head.replace(QLatin1Char(' '), QStringLiteral("<br>"));
        out += (w ? QStringLiteral("<th width=\"%1%\" style=\"white-space: nowrap;\">").arg(w)
                  : QStringLiteral("<th style=\"white-space: nowrap;\">"))
               + head + QStringLiteral("</th>");
    }
    return out + QStringLiteral("</tr>");
}

// A cell that is never wrapped: ids, times and figures read badly broken over two lines.
QString keptCell(const QString &text, bool number = false)
{
    return (number ? QStringLiteral("<td align=\"right\" style=\"white-space: nowrap;\">")
                   : QStringLiteral("<td style=\"white-space: nowrap;\">"))
           + text + QStringLiteral("</td>");
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #9e9e9e;\">");
}

QString chartImage(const QUrl &url, const QImage &image)
{
    const QSizeF logical = image.deviceIndependentSize();
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(url.toString())
        .arg(qRound(logical.width()))
        .arg(qRound(logical.height()));
}

QString minutes(qint64 ms)
{
    return minutesAndSeconds((ms + 500) / 1000);
}

} // namespace

ReportDocument::ReportDocument(const ReportFigures &figures, const ReportSources &sources, Options options)
    : m_figures(figures)
    , m_sources(sources)
    , m_options(std::move(options))
{
}

QString ReportDocument::title() const
{
    return m_options.kind == Kind::Shift ? tr("Shift report") : tr("Monthly report");
}

// The room by its name from the configuration, with the id its log carries.
QString ReportDocument::roomText() const
{
    return m_sources.roomName.isEmpty() ? m_options.room
                                        : QStringLiteral("%1 (%2)").arg(m_sources.roomName, m_options.room);
}

QString ReportDocument::villageWord() const
{
    return m_sources.gazetteer ? m_sources.gazetteer->villageWord() : tr("Kelurahan");
}

QString ReportDocument::dateTime(qint64 ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_sources.timeZone);
    return t.toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

QString ReportDocument::periodText() const
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_figures.fromMs, m_sources.timeZone);
    // The zone as the room says it (WITA for Banjarmasin), else its offset from UTC.
    QString zone = from.timeZoneAbbreviation();
    if (zone.isEmpty() || !zone.at(0).isLetter() || zone.startsWith(QLatin1String("GMT"))
        || zone.startsWith(QLatin1String("UTC"))) {
        const int offsetMin = from.offsetFromUtc() / 60;
        zone = QStringLiteral("UTC%1%2:%3")
                   .arg(offsetMin < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(qAbs(offsetMin) / 60, 2, 10, QLatin1Char('0'))
                   .arg(qAbs(offsetMin) % 60, 2, 10, QLatin1Char('0'));
    }
    if (m_options.kind == Kind::Month) {
        const QLocale locale(m_options.language == QLatin1String("en") ? QLocale::English : QLocale::Indonesian);
        //: A month report's period: month and year, then the exact span
        return tr("%1 (%2 – %3 %4)")
            .arg(locale.toString(from.date(), QStringLiteral("MMMM yyyy")), dateTime(m_figures.fromMs),
                 dateTime(m_figures.toMs), zone);
    }
    return QStringLiteral("%1 – %2 %3").arg(dateTime(m_figures.fromMs), dateTime(m_figures.toMs), zone);
}

QString ReportDocument::percent(double fraction) const
{
    const QLocale locale(m_options.language == QLatin1String("en") ? QLocale::English : QLocale::Indonesian);
    return locale.toString(fraction * 100, 'f', 1) + QStringLiteral(" %");
}

QString ReportDocument::categoryLabel(const QString &code) const
{
    const Category *c = m_sources.categories.incidentCategory(code);
    return c ? c->label(m_options.language) : code;
}

QString ReportDocument::outcomeLabel(const QString &code) const
{
    if (code.isEmpty())
        return tr("Not classified (abandoned or ringing)");
    const Category *c = m_sources.categories.callOutcome(code);
    return c ? c->label(m_options.language) : code;
}

QString ReportDocument::agencyLabel(const QString &id) const
{
    const Agency *a = m_sources.agencies.byId(id);
    return a ? a->name : id;
}

int ReportDocument::commonTargetMin(const QString &agency) const
{
    std::set<int> targets;
    for (const ResponseKpi &k : m_figures.perAgencyAndCategory) {
        if (k.agency == agency && k.targetMin > 0)
            targets.insert(k.targetMin);
    }
    return targets.size() == 1 ? *targets.begin() : 0;
}

QImage ReportDocument::outcomeChart(qreal scale) const
{
    ReportChart chart;
    chart.title = tr("Calls by outcome");
    chart.axisCaption = tr("calls");
    ReportChart::Series calls{tr("Calls"), Blue, {}};
    for (const ReportFigures::OutcomeCount &o : m_figures.outcomes) {
        chart.labels << outcomeLabel(o.outcome);
        calls.values << o.count;
    }
    chart.series << calls;
    return chart.horizontalBars(ChartWidth, scale);
}

QImage ReportDocument::categoryChart(qreal scale) const
{
    ReportChart chart;
    chart.title = tr("Incidents by category");
    chart.axisCaption = tr("incidents");
    ReportChart::Series open{tr("Still open at the end"), Orange, {}};
    ReportChart::Series done{tr("Closed or cancelled"), Green, {}};
    for (const ReportFigures::CategoryCount &c : m_figures.categories) {
        chart.labels << categoryLabel(c.category);
        const int finished = c.atStatus(IncidentStatus::Closed) + c.atStatus(IncidentStatus::Cancelled);
        done.values << finished;
        open.values << c.count - finished;
    }
    chart.series << done << open;
    chart.stacked = true;
    return chart.horizontalBars(ChartWidth, scale);
}

QImage ReportDocument::responseChart(qreal scale) const
{
    ReportChart chart;
    chart.title = tr("Call answered to on scene per agency");
    chart.axisCaption = tr("minutes (m:ss)");
    chart.targetName = tr("target");
    chart.valueText = [](double minutesValue) { return minutesAndSeconds(qRound64(minutesValue * 60)); };
    ReportChart::Series p50{tr("p50"), Blue, {}};
    ReportChart::Series p90{tr("p90"), Orange, {}};
    for (const ResponseKpi &k : m_figures.perAgency) {
        if (k.answeredToOnScene.count == 0)
            continue; // nothing reached the scene: no bar to draw (the table says so)
        chart.labels << agencyLabel(k.agency);
        p50.values << k.answeredToOnScene.p50Ms / 60000.0;
        p90.values << k.answeredToOnScene.p90Ms / 60000.0;
        chart.targets << commonTargetMin(k.agency);
    }
    chart.series << p50 << p90;
    return chart.horizontalBars(ChartWidth, scale);
}

QImage ReportDocument::callsPerDayChart(qreal scale) const
{
    ReportChart chart;
    chart.title = tr("Calls per day");
    chart.axisCaption = tr("day of the month");
    ReportChart::Series nuisance{tr("Prank and ghost calls"), Orange, {}};
    ReportChart::Series others{tr("Other calls"), Blue, {}};
    for (const ReportFigures::DayVolume &d : m_figures.days) {
        chart.labels << QString::number(d.day.day());
        nuisance.values << d.prankCalls + d.ghostCalls;
        others.values << d.callsOffered - d.prankCalls - d.ghostCalls;
    }
    chart.series << nuisance << others;
    return chart.stackedColumns(ChartWidth, 260, scale);
}

QString ReportDocument::titleBlock() const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    html += QStringLiteral("<table cellpadding=\"2\">");
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    //: The command room's name in the report's title block
    line(tr("Command room"), roomText());
    if (!m_sources.areaName.isEmpty()) {
        //: The kota or kabupaten the room serves, in the report's title block
        line(tr("Area"), m_sources.areaName);
    }
    line(tr("Period"), periodText());
    line(tr("Generated at"), dateTime(m_options.generatedAtMs));
    if (m_options.kind == Kind::Month)
        line(tr("For"), tr("Regional head · Kominfo"));
    return html + QStringLiteral("</table>");
}

QString ReportDocument::handoverSection() const
{
    if (m_options.kind != Kind::Shift || !m_options.handover)
        return {};
    const ReportHandover &h = *m_options.handover;
    QString note = esc(h.note);
    note.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    auto signedText = [this](qint64 ms) { return ms > 0 ? dateTime(ms) : tr("not signed"); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Shift handover")));
    html += tableStart()
            + QStringLiteral("<tr><td>%1</td></tr></table>").arg(note.isEmpty() ? QStringLiteral("—") : note);
    html += QStringLiteral("<p></p>") + tableStart();
    html += headerRow({tr("Shift lead"), tr("Name"), tr("Signed at")});
    html += QStringLiteral("<tr>") + cell(esc(tr("Outgoing"))) + cell(esc(h.outgoingLead))
            + cell(esc(signedText(h.outgoingSignedMs))) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + cell(esc(tr("Incoming"))) + cell(esc(h.incomingLead))
            + cell(esc(signedText(h.incomingSignedMs))) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString ReportDocument::summarySection() const
{
    const ReportFigures &f = m_figures;
    const AnswerTimes &a = f.answers;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Summary")));
    html += tableStart();
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td width=\"55%\">") + esc(label) + QStringLiteral("</td>") + cell(esc(value), true)
                + QStringLiteral("</tr>");
    };
    line(tr("Calls offered"), QString::number(f.callsOffered));
    line(tr("Answered"), QString::number(a.answered));
    line(tr("Abandoned while ringing"), QString::number(a.abandoned));
    line(tr("Answered within %1 s (target %2 %)").arg(AnswerTimes::TargetMs / 1000).arg(AnswerTimes::TargetPercent),
         tr("%1 of %2 · %3")
             .arg(a.answeredWithinTarget)
             .arg(a.answered + a.abandoned)
             .arg(percent(a.shareWithinTarget())));
    line(tr("Time to answer p50 · p90 (m:ss)"),
         minutes(a.answerP50Ms) + QStringLiteral(" · ") + minutes(a.answerP90Ms));
    line(tr("Prank calls"), tr("%1 · %2 of calls").arg(f.prankCalls).arg(percent(f.prankShare())));
    line(tr("Ghost (silent) calls"), tr("%1 · %2 of calls").arg(f.ghostCalls).arg(percent(f.ghostShare())));
    line(tr("Incidents created"), QString::number(f.incidentsCreated));
    line(tr("Incidents open at the end"),
         tr("%1 (%2 of them created in this period)").arg(f.openAtEnd.size()).arg(f.openAtEndCreatedInPeriod));
    return html + QStringLiteral("</table>");
}

QString ReportDocument::openIncidentsSection() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Incidents open at the end of the shift")));
    if (m_figures.openAtEnd.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None: every incident is closed or cancelled.")));
    html += tableStart();
    //: Column heads of the open incidents; "Age" is hours and minutes (h:mm)
    html += headerRow({tr("Incident"), tr("Created"), tr("Category"), tr("Prio."), villageWord(), tr("Age"),
                       tr("Status"), tr("Handoffs")},
                      {15, 10, 19, 6, 14, 6, 10, 20});
    for (const ReportFigures::OpenIncident &o : m_figures.openAtEnd) {
        QStringList handoffs;
        for (const ReportFigures::OpenHandoff &h : o.handoffs) {
            const Agency *a = m_sources.agencies.byId(h.agency);
            const QString who = a && !a->kind.isEmpty() ? a->kind.toUpper() : h.agency;
            handoffs << who + QStringLiteral(": ") + HandoffStates::label(h.state);
        }
        const qint64 ageMin = o.ageMs / 60000;
        // Created as day and time only: the year is in the title block.
        const QString created
            = QDateTime::fromMSecsSinceEpoch(o.createdMs, m_sources.timeZone).toString(QStringLiteral("dd-MM HH:mm"));
        html += QStringLiteral("<tr>") + keptCell(esc(o.id)) + keptCell(esc(created))
                + cell(esc(categoryLabel(o.category))) + cell(QString::number(o.priority), true)
                + cell(esc(o.kelurahanName.isEmpty() ? o.kelurahan : o.kelurahanName))
                + keptCell(QStringLiteral("%1:%2").arg(ageMin / 60).arg(ageMin % 60, 2, 10, QLatin1Char('0')), true)
                + keptCell(esc(IncidentStatuses::label(o.status)))
                + cell(handoffs.isEmpty() ? QStringLiteral("—") : esc(handoffs.join(QStringLiteral(", "))))
                + QStringLiteral("</tr>");
    }
    return html
           + QStringLiteral("</table><p><i>%1</i></p>")
                 .arg(esc(tr("Age: hours and minutes (h:mm) at the end of the shift.")));
}

QString ReportDocument::outcomeSection() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Calls by outcome")));
    html += tableStart() + headerRow({tr("Outcome"), tr("Calls"), tr("Share")}, {60, 20, 20});
    for (const ReportFigures::OutcomeCount &o : m_figures.outcomes)
        html += QStringLiteral("<tr>") + cell(esc(outcomeLabel(o.outcome))) + cell(QString::number(o.count), true)
                + cell(percent(o.share), true) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(tr("All calls"))))
            + cell(QStringLiteral("<b>%1</b>").arg(m_figures.callsOffered), true) + cell(percent(1), true)
            + QStringLiteral("</tr></table>");
    return html + chartImage(OutcomeChartUrl, outcomeChart(1));
}

QString ReportDocument::categorySection() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Incidents by category")));
    html
        += tableStart()
           + headerRow(
               {tr("Category"), tr("Incidents"), IncidentStatuses::label(IncidentStatus::New),
                IncidentStatuses::label(IncidentStatus::InProgress), IncidentStatuses::label(IncidentStatus::HandedOff),
                IncidentStatuses::label(IncidentStatus::Closed), IncidentStatuses::label(IncidentStatus::Cancelled)});
    for (const ReportFigures::CategoryCount &c : m_figures.categories) {
        html += QStringLiteral("<tr>") + cell(esc(categoryLabel(c.category))) + cell(QString::number(c.count), true);
        for (IncidentStatus s : {IncidentStatus::New, IncidentStatus::InProgress, IncidentStatus::HandedOff,
                                 IncidentStatus::Closed, IncidentStatus::Cancelled})
            html += cell(QString::number(c.atStatus(s)), true);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p><i>%1</i></p>").arg(esc(tr("Status at the end of the period.")));
    return html + chartImage(CategoryChartUrl, categoryChart(1));
}

QString ReportDocument::responseSection() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Response times per agency")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("From the call being answered to the agency on scene, over the handoffs sent in the "
                            "period; p50 and p90 in minutes and seconds (m:ss).")));
    auto step = [](const ResponseKpi::Step &s, qint64 ms) { return s.count ? minutes(ms) : QStringLiteral("—"); };
    auto kpiRow = [&](const ResponseKpi &k, bool withCategory) {
        const int target = withCategory ? k.targetMin : commonTargetMin(k.agency);
        // Per category the agency goes by its kind in capitals (DAMKAR, PSC119), as the room
        // says it: the full names are in the table above.
        const Agency *agency = m_sources.agencies.byId(k.agency);
        const QString shortName = agency && !agency->kind.isEmpty() ? agency->kind.toUpper() : k.agency;
        QString row = QStringLiteral("<tr>") + cell(esc(withCategory ? shortName : agencyLabel(k.agency)));
        if (withCategory)
            row += cell(esc(categoryLabel(k.category)));
        row += cell(QString::number(k.handoffs), true)
               + keptCell(step(k.sentToAcknowledged, k.sentToAcknowledged.p50Ms), true)
               + keptCell(step(k.answeredToOnScene, k.answeredToOnScene.p50Ms), true)
               + keptCell(step(k.answeredToOnScene, k.answeredToOnScene.p90Ms), true)
               + cell(target > 0 ? QString::number(target) : esc(tr("per category")), true)
               + keptCell(k.reachedScene ? QStringLiteral("%1/%2 · %3")
                                               .arg(k.withinTarget)
                                               .arg(k.reachedScene)
                                               .arg(percent(k.shareWithinTarget()))
                                         : QStringLiteral("—"),
                          true);
        return row + QStringLiteral("</tr>");
    };
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Ack.: handoff sent to acknowledged. On scene: call answered to the agency on scene. "
                            "Within target: on scene within the target of the incident's category, of those on "
                            "scene.")));
    //: Short column heads of the response-time tables, explained in the line above them
    const QStringList columns{tr("Handoffs"),     tr("Ack. p50"),     tr("On scene p50"),
                              tr("On scene p90"), tr("Target (min)"), tr("Within target")};
    html += tableStart() + headerRow(QStringList{tr("Agency")} + columns, {30, 10, 9, 11, 11, 11, 18});
    for (const ResponseKpi &k : m_figures.perAgency)
        html += kpiRow(k, false);
    html += QStringLiteral("</table>");
    html += chartImage(ResponseChartUrl, responseChart(1));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Per agency and category")));
    html
        += tableStart() + headerRow(QStringList{tr("Agency"), tr("Category")} + columns, {19, 19, 9, 10, 11, 7, 9, 16});
    for (const ResponseKpi &k : m_figures.perAgencyAndCategory)
        html += kpiRow(k, true);
    return html + QStringLiteral("</table>");
}

QString ReportDocument::callsPerDaySection() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Calls per day")));
    html += chartImage(CallsPerDayChartUrl, callsPerDayChart(1));
    html += tableStart()
            + headerRow({tr("Day"), tr("Calls offered"), tr("Prank"), tr("Ghost"), tr("Prank and ghost share"),
                         tr("Incidents created")});
    for (const ReportFigures::DayVolume &d : m_figures.days) {
        const double nuisance = d.callsOffered ? double(d.prankCalls + d.ghostCalls) / d.callsOffered : 0;
        html += QStringLiteral("<tr>") + cell(d.day.toString(QStringLiteral("dd-MM-yyyy")))
                + cell(QString::number(d.callsOffered), true) + cell(QString::number(d.prankCalls), true)
                + cell(QString::number(d.ghostCalls), true) + cell(percent(nuisance), true)
                + cell(QString::number(d.incidentsCreated), true) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReportDocument::html() const
{
    // The sections flow on; a chart that does not fit moves whole to the next page.
    QString body = titleBlock();
    if (m_options.kind == Kind::Shift) {
        // The incoming lead reads the handover and what is still open first.
        body += handoverSection() + summarySection() + openIncidentsSection() + outcomeSection() + categorySection()
                + responseSection();
    } else {
        body += summarySection() + callsPerDaySection() + outcomeSection() + categorySection() + responseSection();
    }
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2</body></html>")
        .arg(esc(title()), body);
}

void ReportDocument::fill(QTextDocument &document, qreal chartScale) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // No ligatures: "ff" drawn as one glyph copies out of the PDF as another character, and
    // an incident id such as c0ffee0f-17 copied from the report would find nothing.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 13pt; color: #0d47a1; } "
                                                 "h3 { font-size: 11pt; } th { font-weight: bold; }"));
    document.addResource(QTextDocument::ImageResource, OutcomeChartUrl, outcomeChart(chartScale));
    document.addResource(QTextDocument::ImageResource, CategoryChartUrl, categoryChart(chartScale));
    document.addResource(QTextDocument::ImageResource, ResponseChartUrl, responseChart(chartScale));
    if (m_options.kind == Kind::Month)
        document.addResource(QTextDocument::ImageResource, CallsPerDayChartUrl, callsPerDayChart(chartScale));
    document.setHtml(html());
}

Result<void> ReportDocument::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("report.pdf_write"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(title() + QStringLiteral(" — ") + roomText());
        writer.setCreator(QStringLiteral("Sigap 112"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        fill(document, ChartScale);
        document.setDocumentMargin(0);

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(QStringLiteral("report.pdf_write"),
                             tr("Cannot write %1: the PDF could not be started").arg(path));
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(7.5);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2;
        const QSizeF page(writer.width(), writer.height() - footerHeight);
        document.setPageSize(page);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x61, 0x61, 0x61));
            const QRectF footer(0, page.height() + footerHeight * 0.4, page.width(), footerHeight * 0.6);
            painter.drawLine(QPointF(0, footer.top() - footerHeight * 0.15),
                             QPointF(page.width(), footer.top() - footerHeight * 0.15));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("Sigap 112 · %1 · %2 · %3").arg(roomText(), title(), periodText()));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(i + 1).arg(pages));
        }
        if (!painter.end())
            return makeError(QStringLiteral("report.pdf_write"),
                             tr("Cannot write %1: the PDF could not be finished").arg(path));
    }
    if (!file.commit())
        return makeError(QStringLiteral("report.pdf_write"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Sigap
