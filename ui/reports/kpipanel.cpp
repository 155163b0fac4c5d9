#include "kpipanel.h"

#include "core/clock.h"
#include "domain/callprojection.h"
#include "handoff/handoffprojection.h"
#include "reports/answertimes.h"
#include "reports/kpimodel.h"
#include "reports/responsetimes.h"
#include "reports/shifts.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Sigap {

KpiPanel::KpiPanel(const Sources &sources, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_model(new KpiModel(sources.report.agencies, sources.report.categories, language, this))
    , m_title(new QLabel)
    , m_calls(new QLabel)
    , m_period(new QComboBox)
    , m_view(new QTableView)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("kpiPanel"));
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_period->setObjectName(QStringLiteral("kpiPeriod"));
    m_period->addItem(tr("This shift"), int(Period::Shift));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Week));
    m_period->addItem(tr("Last 30 days"), int(Period::Month));
    auto *periodLabel = new QLabel(tr("&Period"));
    periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this, &KpiPanel::refresh);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(KpiModel::SortRole);
    m_view->setObjectName(QStringLiteral("kpiTable"));
    m_view->setAccessibleName(tr("Response times per agency and category"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(KpiModel::AgencyColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(KpiModel::CategoryColumn, QHeaderView::Stretch);

    m_chartView->setObjectName(QStringLiteral("kpiChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 160);
    // The panel is low: small margins, the legend beside the bars, not under them.
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setTitle(tr("Call answered to on scene per agency (minutes)"));
    m_chart->legend()->setAlignment(Qt::AlignRight);

    m_calls->setObjectName(QStringLiteral("kpiCalls"));
    // Both wrap: unwrapped, their length set the whole window's minimum width (too wide for a
    // 1366-pixel monitor).
    m_title->setWordWrap(true);
    m_calls->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_calls, 1);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    // Side by side: the bottom panel is wide and low.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *refreshNow = new QAction(tr("Recompute the &response times"), this);
    refreshNow->setObjectName(QStringLiteral("kpiRefreshAction"));
    refreshNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refreshNow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshNow, &QAction::triggered, this, &KpiPanel::refresh);
    addAction(refreshNow);
    m_actions << refreshNow;

    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &KpiPanel::refresh);
    connect(&sources.report.handoffs, &HandoffProjection::changed, m_settle, [this] {
        if (!m_settle->isActive())
            m_settle->start();
    });
    connect(&sources.report.calls, &CallProjection::callChanged, m_settle, [this] {
        if (!m_settle->isActive())
            m_settle->start();
    });
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &KpiPanel::refresh);
    clock->start(ClockRefreshMs);
    refresh();
}

void KpiPanel::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void KpiPanel::focusPeriod()
{
    m_period->setFocus();
}

std::pair<qint64, qint64> KpiPanel::periodRange() const
{
    const qint64 now = m_sources.clock.nowMs();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Shift: return m_sources.shifts.containing(now, m_sources.report.timeZone);
    case Period::Today: return Shifts::lastDays(now, m_sources.report.timeZone, 1);
    case Period::Week: return Shifts::lastDays(now, m_sources.report.timeZone, 7);
    case Period::Month: return Shifts::lastDays(now, m_sources.report.timeZone, 30);
    }
    return m_sources.shifts.containing(now, m_sources.report.timeZone);
}

void KpiPanel::refresh()
{
    const auto [from, to] = periodRange();
    m_model->setFigures(ResponseTimes::compute(m_sources.report.handoffs, m_sources.report.incidents,
                                               m_sources.report.calls, m_sources.report.agencies, from, to));
    m_perAgency = ResponseTimes::compute(m_sources.report.handoffs, m_sources.report.incidents, m_sources.report.calls,
                                         m_sources.report.agencies, from, to, ResponseTimes::Grouping::Agency);
    auto local = [this](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, m_sources.report.timeZone).toString(QStringLiteral("dd-MM HH:mm"));
    };
    int handoffs = 0;
    for (const ResponseKpi &k : m_model->figures())
        handoffs += k.handoffs;
    const AnswerTimes answers = AnswerTimes::compute(m_sources.report.calls, from, to);
    m_title->setText(tr("Response times %1 – %2: %n handoff(s)", nullptr, handoffs).arg(local(from), local(to)));
    m_calls->setText(tr("Calls: %1 offered · %2 % answered within %3 s (target %4 %) · p90 %5 s · %6 abandoned")
                         .arg(answers.offered)
                         .arg(qRound(answers.shareWithinTarget() * 100))
                         .arg(AnswerTimes::TargetMs / 1000)
                         .arg(AnswerTimes::TargetPercent)
                         .arg(answers.answerP90Ms / 1000.0, 0, 'f', 1)
                         .arg(answers.abandoned));
    // Below the standard's share: said in red, the shift lead's first question.
    const bool belowTarget
        = answers.answered + answers.abandoned > 0 && answers.shareWithinTarget() * 100 < AnswerTimes::TargetPercent;
    m_calls->setStyleSheet(belowTarget ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    rebuildChart();
}

// One bar group per agency over all its categories, p50 and p90 of call answered to on
// scene, labelled with the agency's short name: the table beside it has the categories and
// the shares within target.
void KpiPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    auto *p50 = new QBarSet(tr("p50"));
    auto *p90 = new QBarSet(tr("p90"));
    p50->setColor(QColor(0x15, 0x65, 0xc0));
    p90->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList labels;
    double longest = 1;
    for (const ResponseKpi &k : std::as_const(m_perAgency)) {
        if (k.answeredToOnScene.count == 0)
            continue; // nothing reached the scene: no bar to draw
        labels << m_model->agencyShortName(k.agency);
        const double a = k.answeredToOnScene.p50Ms / 60000.0, b = k.answeredToOnScene.p90Ms / 60000.0;
        *p50 << a;
        *p90 << b;
        longest = std::max({longest, a, b});
    }
    auto *series = new QBarSeries;
    series->append(p50);
    series->append(p90);
    m_chart->addSeries(series);
    auto *agencies = new QBarCategoryAxis;
    agencies->append(labels);
    m_chart->addAxis(agencies, Qt::AlignBottom);
    series->attachAxis(agencies);
    auto *minutes = new QValueAxis;
    minutes->setRange(0, std::ceil(longest * 1.1));
    minutes->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(minutes, Qt::AlignLeft);
    series->attachAxis(minutes);
}

} // namespace Sigap
