#include "kpipanel.h"

#include "core/clock.h"
#include "node/node.h"
#include "reports/kpimodel.h"
#include "reports/responsetimes.h"
#include "reports/shifts.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Sigap {

KpiPanel::KpiPanel(Node &node, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
    , m_model(new KpiModel(node.agencies(), node.categories(), language, this))
    , m_title(new QLabel)
    , m_period(new QComboBox)
    , m_view(new QTableView)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("kpiPanel"));
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);

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
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(KpiModel::AgencyColumn, QHeaderView::Stretch);

    m_chartView->setObjectName(QStringLiteral("kpiChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chart->setTitle(tr("Call answered to on scene (minutes)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(splitter);

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
    connect(&node.handoffs(), &HandoffProjection::changed, m_settle, [this] {
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
    const qint64 now = m_node.clock().nowMs();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Shift: return Shifts::containing(now, m_node.timeZone());
    case Period::Today: return Shifts::lastDays(now, m_node.timeZone(), 1);
    case Period::Week: return Shifts::lastDays(now, m_node.timeZone(), 7);
    case Period::Month: return Shifts::lastDays(now, m_node.timeZone(), 30);
    }
    return Shifts::containing(now, m_node.timeZone());
}

void KpiPanel::refresh()
{
    const auto [from, to] = periodRange();
    m_model->setFigures(
        ResponseTimes::compute(m_node.handoffs(), m_node.incidents(), m_node.calls(), m_node.agencies(), from, to));
    auto local = [this](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, m_node.timeZone()).toString(QStringLiteral("dd-MM HH:mm"));
    };
    int handoffs = 0;
    for (const ResponseKpi &k : m_model->figures())
        handoffs += k.handoffs;
    m_title->setText(tr("Response times %1 – %2: %n handoff(s)", nullptr, handoffs).arg(local(from), local(to)));
    rebuildChart();
}

// One bar group per agency and category: p50 and p90 of call answered to on scene, and the
// target beside them, so a bar past its target is seen without reading numbers.
void KpiPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    auto *p50 = new QBarSet(tr("p50"));
    auto *p90 = new QBarSet(tr("p90"));
    auto *target = new QBarSet(tr("target"));
    p50->setColor(QColor(0x15, 0x65, 0xc0));
    p90->setColor(QColor(0xef, 0x6c, 0x00));
    target->setColor(QColor(0x9e, 0x9e, 0x9e));
    QStringList labels;
    double longest = 1;
    for (const ResponseKpi &k : m_model->figures()) {
        if (k.answeredToOnScene.count == 0)
            continue; // nothing reached the scene: no bar to draw
        labels << tr("%1 · %2").arg(m_model->agencyName(k), m_model->categoryName(k));
        const double a = k.answeredToOnScene.p50Ms / 60000.0, b = k.answeredToOnScene.p90Ms / 60000.0;
        *p50 << a;
        *p90 << b;
        *target << k.targetMin;
        longest = std::max({longest, a, b, double(k.targetMin)});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(target);
    series->append(p90);
    series->append(p50);
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *minutes = new QValueAxis;
    minutes->setRange(0, std::ceil(longest * 1.1));
    minutes->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(minutes, Qt::AlignBottom);
    series->attachAxis(minutes);
}

} // namespace Sigap
