#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Sigap {

// A bar chart drawn with QPainter for the printed reports. Not QtCharts: on paper every bar
// carries its value as text (a reader cannot hover), the labels are long Indonesian category
// names that need the room a horizontal bar gives them, and the drawing is the same on a
// headless recorder desk as on a workstation.
struct ReportChart
{
    struct Series
    {
        QString name;
        QColor color;
        QList<double> values; // one per label
    };

    QString title;
    QString axisCaption; // under the value axis, with the unit: "minutes", "calls"
    QStringList labels;
    QList<Series> series;
    // Horizontal charts: a target line per label (0: none), drawn across the label's bars.
    QList<double> targets;
    QString targetName; // its legend entry
    // Horizontal charts: the series of a label in one bar, end to end (parts of a whole, like
    // the closed and the open incidents of a category), its total written after it.
    bool stacked = false;
    std::function<QString(double)> valueText = [](double v) { return QString::number(v, 'f', 0); };

    // One row per label, the series as bars side by side; the image's height follows the
    // number of rows. width is in logical pixels (96 dpi); scale multiplies the resolution.
    QImage horizontalBars(int width, qreal scale) const;
    // One column per label, the series stacked bottom to top (calls per day: the prank and
    // ghost calls under the others, so both the total and the nuisance part read off).
    QImage stackedColumns(int width, int height, qreal scale) const;
};

} // namespace Sigap
