#include "kpimodel.h"

#include "core/durationtext.h"
#include "domain/categories.h"
#include "handoff/agencydirectory.h"

namespace Sigap {

KpiModel::KpiModel(const AgencyDirectory &agencies, const Categories &categories, const QString &language,
                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_agencies(agencies)
    , m_categories(categories)
    , m_language(language)
{
}

void KpiModel::setFigures(const QList<ResponseKpi> &figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int KpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiModel::agencyName(const ResponseKpi &kpi) const
{
    const Agency *agency = m_agencies.byId(kpi.agency);
    return agency ? agency->name : kpi.agency;
}

QString KpiModel::agencyShortName(const QString &agencyId) const
{
    const Agency *agency = m_agencies.byId(agencyId);
    return agency && !agency->kind.isEmpty() ? agency->kind.toUpper() : agencyId;
}

QString KpiModel::categoryName(const ResponseKpi &kpi) const
{
    const Category *category = m_categories.incidentCategory(kpi.category);
    return category ? category->label(m_language) : kpi.category;
}

QString KpiModel::duration(const ResponseKpi::Step &step, qint64 ms)
{
    if (step.count == 0)
        return QStringLiteral("—");
    return minutesAndSeconds((ms + 500) / 1000);
}

const ResponseKpi::Step *KpiModel::stepOf(const ResponseKpi &k, int column)
{
    switch (column) {
    case AnsweredToSentColumn: return &k.answeredToSent;
    case SentToAcknowledgedColumn: return &k.sentToAcknowledged;
    case AcknowledgedToDispatchedColumn: return &k.acknowledgedToDispatched;
    case DispatchedToOnSceneColumn: return &k.dispatchedToOnScene;
    case OnSceneToFinishedColumn: return &k.onSceneToFinished;
    case AnsweredToOnSceneColumn: return &k.answeredToOnScene;
    }
    return nullptr;
}

QVariant KpiModel::sortValue(const ResponseKpi &k, int column) const
{
    if (const ResponseKpi::Step *step = stepOf(k, column))
        return step->count ? step->p50Ms : -1; // a step without figures sorts first, not as 0:00
    switch (column) {
    case AgencyColumn: return agencyShortName(k.agency);
    case CategoryColumn: return categoryName(k);
    case HandoffsColumn: return k.handoffs;
    case TargetColumn: return k.targetMin;
    case WithinTargetColumn: return k.shareWithinTarget();
    }
    return {};
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return {};
    const ResponseKpi &k = m_figures.at(index.row());
    const ResponseKpi::Step *step = stepOf(k, index.column());
    if (role == SortRole)
        return sortValue(k, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= HandoffsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AgencyColumn)
        return agencyName(k);
    if (role == Qt::ToolTipRole && step && step->count > 0)
        return tr("median %1, 90th percentile %2, from %n handoff(s)", nullptr, step->count)
            .arg(duration(*step, step->p50Ms), duration(*step, step->p90Ms));
    if (role != Qt::DisplayRole)
        return {};
    if (step)
        return step->count ? tr("%1 · %2").arg(duration(*step, step->p50Ms), duration(*step, step->p90Ms))
                           : QStringLiteral("—");
    switch (index.column()) {
    case AgencyColumn: return agencyShortName(k.agency);
    case CategoryColumn:
    case HandoffsColumn:
    case TargetColumn: return sortValue(k, index.column());
    case WithinTargetColumn:
        if (k.reachedScene == 0)
            return QStringLiteral("—");
        return tr("%1 % (%2 of %3)").arg(qRound(k.shareWithinTarget() * 100)).arg(k.withinTarget).arg(k.reachedScene);
    }
    return {};
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool isStep = stepOf(ResponseKpi(), section) != nullptr;
    if (role == Qt::ToolTipRole && isStep)
        return tr("Median · 90th percentile, in minutes and seconds");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgencyColumn: return tr("Agency");
    case CategoryColumn: return tr("Category");
    case HandoffsColumn: return tr("Handoffs");
    case AnsweredToSentColumn: return tr("Answered → sent");
    case SentToAcknowledgedColumn: return tr("→ acknowledged");
    case AcknowledgedToDispatchedColumn: return tr("→ dispatched");
    case DispatchedToOnSceneColumn: return tr("→ on scene");
    case OnSceneToFinishedColumn: return tr("→ finished");
    case AnsweredToOnSceneColumn: return tr("Answered → on scene");
    case TargetColumn: return tr("Target (min)");
    case WithinTargetColumn: return tr("Within target");
    }
    return {};
}

} // namespace Sigap
