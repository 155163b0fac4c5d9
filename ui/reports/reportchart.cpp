#include "reportchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Sigap {

namespace {

const QColor Ink(0x21, 0x21, 0x21);
const QColor Grid(0xd0, 0xd0, 0xd0);
const QColor Target(0xc6, 0x28, 0x28);

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(pointSize * 96.0 / 72.0)));
    f.setBold(bold);
    return f;
}

// A round step for about `ticks` grid lines up to max: 1, 2 or 5 times a power of ten.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

QImage blank(int width, int height, qreal scale)
{
    QImage image(QSize(int(width * scale), int(height * scale)), QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    return image;
}

// The legend under a chart: a swatch and the name of each entry, in one row.
void drawLegend(QPainter &p, qreal y, qreal left, const QList<std::pair<QString, QColor>> &entries, bool lastIsLine)
{
    p.setFont(chartFont(8));
    const QFontMetricsF fm(p.font());
    qreal x = left;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &[name, color] = entries.at(i);
        if (lastIsLine && i == entries.size() - 1) {
            p.setPen(QPen(color, 2));
            p.drawLine(QPointF(x + 5, y), QPointF(x + 5, y + 12));
        } else {
            p.fillRect(QRectF(x, y + 1, 11, 11), color);
        }
        p.setPen(Ink);
        p.drawText(QPointF(x + 15, y + fm.ascent()), name);
        x += 15 + fm.horizontalAdvance(name) + 18;
    }
}

} // namespace

QImage ReportChart::horizontalBars(int width, qreal scale) const
{
    const int barHeight = 11;
    const int barGap = 2;
    const int rowGap = 7;
    const int seriesCount = stacked ? 1 : std::max<int>(1, int(series.size()));
    const int rowHeight = seriesCount * barHeight + (seriesCount - 1) * barGap + rowGap;
    const int titleHeight = 24;
    const int axisHeight = 34;
    const bool hasTargets = std::any_of(targets.begin(), targets.end(), [](double t) { return t > 0; });
    const bool hasLegend = series.size() > 1 || hasTargets;
    const int legendHeight = hasLegend ? 20 : 0;
    const int rows = std::max<int>(1, int(labels.size()));
    const int height = titleHeight + rows * rowHeight + axisHeight + legendHeight + 4;
    QImage image = blank(width, height, scale);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    p.setPen(Ink);
    p.setFont(chartFont(10, true));
    p.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);

    const QFont labelFont = chartFont(8);
    const QFontMetricsF fm(labelFont);
    qreal labelWidth = 0;
    for (const QString &l : labels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l));
    labelWidth = std::min(labelWidth + 6, width * 0.38);

    double max = 0;
    for (qsizetype row = 0; row < labels.size(); ++row) {
        double total = 0;
        for (const Series &s : series) {
            total += s.values.value(row);
            max = std::max(max, s.values.value(row));
        }
        if (stacked)
            max = std::max(max, total);
    }
    // A target far beyond every bar (a four-hour one beside bars of twenty minutes) would
    // squash the bars into a corner: it is written at the edge instead of drawn to scale.
    const double barMax = max;
    for (double t : targets) {
        if (t <= 2 * std::max(barMax, 1.0))
            max = std::max(max, t);
    }
    const double step = niceStep(max, 5);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    // Room on the right for the value written after the longest bar.
    const qreal valueRoom = fm.horizontalAdvance(valueText(axisMax)) + 8;
    auto offScaleText = [this](double t) { return QStringLiteral("%1 %2 \u2192").arg(targetName, valueText(t)); };
    qreal offScaleRoom = 0;
    for (double t : targets) {
        if (t > axisMax)
            offScaleRoom = std::max(offScaleRoom, fm.horizontalAdvance(offScaleText(t)) + 6);
    }
    const QRectF plot(labelWidth, titleHeight, width - labelWidth - valueRoom - offScaleRoom, rows * rowHeight);
    auto xOf = [&](double v) { return plot.left() + plot.width() * (v / axisMax); };

    // Grid and axis.
    p.setFont(labelFont);
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const qreal x = xOf(v);
        p.setPen(QPen(v == 0 ? Ink : Grid, v == 0 ? 1 : 0.6));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Ink);
        p.drawText(QRectF(x - 40, plot.bottom() + 2, 80, 14), Qt::AlignHCenter | Qt::AlignTop, valueText(v));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 14), Qt::AlignHCenter | Qt::AlignTop, axisCaption);

    if (labels.isEmpty()) {
        p.setPen(Ink);
        p.drawText(plot, Qt::AlignCenter, QStringLiteral("—"));
    }
    for (qsizetype row = 0; row < labels.size(); ++row) {
        const qreal top = plot.top() + row * rowHeight + rowGap / 2.0;
        p.setPen(Ink);
        p.setFont(labelFont);
        const qreal groupHeight = rowHeight - rowGap;
        p.drawText(QRectF(0, top, labelWidth - 6, groupHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labels.at(row), Qt::ElideRight, labelWidth - 6));
        double base = 0;
        for (qsizetype s = 0; s < series.size(); ++s) {
            const double v = series.at(s).values.value(row);
            const qreal barTop = stacked ? top : top + s * (barHeight + barGap);
            const QRectF bar(xOf(base), barTop, xOf(base + v) - xOf(base), barHeight);
            p.fillRect(bar, series.at(s).color);
            if (stacked) {
                base += v;
                // Each part's own count inside it, where it fits; the total after the bar.
                if (v > 0 && bar.width() > fm.horizontalAdvance(valueText(v)) + 4) {
                    p.setPen(Qt::white);
                    p.drawText(bar, Qt::AlignCenter, valueText(v));
                }
                if (s < series.size() - 1)
                    continue;
            }
            p.setPen(Ink);
            const double shown = stacked ? base : v;
            p.drawText(QRectF(xOf(shown) + 3, barTop, valueRoom + 40, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       valueText(shown));
        }
        if (const double t = targets.value(row); t > 0 && t <= axisMax) {
            p.setPen(QPen(Target, 2));
            p.drawLine(QPointF(xOf(t), top - 2), QPointF(xOf(t), top + groupHeight + 2));
        } else if (t > 0) {
            p.setPen(Target);
            p.drawText(QRectF(plot.right() + valueRoom, top, offScaleRoom, groupHeight),
                       Qt::AlignRight | Qt::AlignVCenter, offScaleText(t));
        }
    }

    if (hasLegend) {
        QList<std::pair<QString, QColor>> entries;
        for (const Series &s : series)
            entries.append({s.name, s.color});
        if (hasTargets)
            entries.append({targetName, Target});
        drawLegend(p, height - legendHeight, plot.left(), entries, hasTargets);
    }
    return image;
}

QImage ReportChart::stackedColumns(int width, int height, qreal scale) const
{
    QImage image = blank(width, height, scale);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int titleHeight = 24;
    const int legendHeight = series.size() > 1 ? 20 : 0;
    const QFont labelFont = chartFont(8);
    const QFontMetricsF fm(labelFont);

    p.setPen(Ink);
    p.setFont(chartFont(10, true));
    p.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);

    QList<double> totals(labels.size(), 0.0);
    for (const Series &s : series)
        for (qsizetype i = 0; i < labels.size(); ++i)
            totals[i] += s.values.value(i);
    const double max = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    const double step = niceStep(max, 5);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    const qreal axisWidth = fm.horizontalAdvance(valueText(axisMax)) + 8;
    const QRectF plot(axisWidth, titleHeight + 14, width - axisWidth - 4,
                      height - titleHeight - 14 - 32 - legendHeight);
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v / axisMax); };

    p.setFont(labelFont);
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const qreal y = yOf(v);
        p.setPen(QPen(v == 0 ? Ink : Grid, v == 0 ? 1 : 0.6));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Ink);
        p.drawText(QRectF(0, y - 7, axisWidth - 4, 14), Qt::AlignRight | Qt::AlignVCenter, valueText(v));
    }
    const qreal slot = labels.isEmpty() ? plot.width() : plot.width() / labels.size();
    const qreal barWidth = std::max<qreal>(2, slot * 0.7);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qreal x = plot.left() + i * slot + (slot - barWidth) / 2;
        double base = 0;
        for (const Series &s : series) {
            const double v = s.values.value(i);
            p.fillRect(QRectF(x, yOf(base + v), barWidth, yOf(base) - yOf(base + v)), s.color);
            base += v;
        }
        p.setPen(Ink);
        if (totals.at(i) > 0) // the day's total over its column, small: a month has 31 of them
        {
            p.setFont(chartFont(6));
            p.drawText(QRectF(x - 10, yOf(base) - 12, barWidth + 20, 11), Qt::AlignHCenter | Qt::AlignBottom,
                       valueText(totals.at(i)));
            p.setFont(labelFont);
        }
        p.drawText(QRectF(x - 10, plot.bottom() + 2, barWidth + 20, 14), Qt::AlignHCenter | Qt::AlignTop, labels.at(i));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 14), Qt::AlignHCenter | Qt::AlignTop, axisCaption);
    if (legendHeight) {
        QList<std::pair<QString, QColor>> entries;
        for (const Series &s : series)
            entries.append({s.name, s.color});
        drawLegend(p, height - legendHeight, plot.left(), entries, false);
    }
    return image;
}

} // namespace Sigap
