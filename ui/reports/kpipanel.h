#pragma once

#include "reports/reportfigures.h"
#include "reports/responsetimes.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace Sigap {

class Clock;
class KpiModel;
class Shifts;

// How fast each agency responds, for the shift lead and the regional head: per agency and
// category the p50 and p90 of acknowledgement and of call answered to on scene, and the
// share on scene within the agency's target, as a table, and per agency as a bar chart. The period is the
// current shift, today, or the last 7 or 30 days (room time). Figures follow the log: they
// are recomputed shortly after any handoff moves, and every minute for the clock.
class KpiPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Shift, Today, Week, Month };

    // What the panel reads: the figures' sources, the clock and the room's shifts for the
    // period.
    struct Sources
    {
        ReportSources report;
        const Clock &clock;
        const Shifts &shifts;
    };

    KpiPanel(const Sources &sources, const QString &language, QWidget *parent = nullptr);

    void setPeriod(Period period);
    void refresh();
    KpiModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    QList<QAction *> panelActions() const { return m_actions; }
    void focusPeriod();

    static constexpr int SettleMs = 2000; // a burst of handoff events makes one recompute
    static constexpr int ClockRefreshMs = 60000;

private:
    std::pair<qint64, qint64> periodRange() const;
    void rebuildChart();

    Sources m_sources;
    KpiModel *m_model;
    QLabel *m_title;
    QLabel *m_calls; // the call-taking figures of the period
    QComboBox *m_period;
    QTableView *m_view;
    QChart *m_chart;
    QChartView *m_chartView;
    QTimer *m_settle;
    QList<QAction *> m_actions;
    QList<ResponseKpi> m_perAgency; // the chart's figures
};

} // namespace Sigap
