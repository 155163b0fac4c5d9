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

QVariant KpiModel::sortValue(const ResponseKpi &k, int column) const
{
    switch (column) {
    case AgencyColumn: return agencyName(k);
    case CategoryColumn: return categoryName(k);
    case HandoffsColumn: return k.handoffs;
    case AckP50Column: return k.sentToAcknowledged.p50Ms;
    case AckP90Column: return k.sentToAcknowledged.p90Ms;
    case OnSceneP50Column: return k.answeredToOnScene.p50Ms;
    case OnSceneP90Column: return k.answeredToOnScene.p90Ms;
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
    if (role == SortRole)
        return sortValue(k, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= HandoffsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AgencyColumn:
    case CategoryColumn:
    case HandoffsColumn:
    case TargetColumn: return sortValue(k, index.column());
    case AckP50Column: return duration(k.sentToAcknowledged, k.sentToAcknowledged.p50Ms);
    case AckP90Column: return duration(k.sentToAcknowledged, k.sentToAcknowledged.p90Ms);
    case OnSceneP50Column: return duration(k.answeredToOnScene, k.answeredToOnScene.p50Ms);
    case OnSceneP90Column: return duration(k.answeredToOnScene, k.answeredToOnScene.p90Ms);
    case WithinTargetColumn:
        if (k.reachedScene == 0)
            return QStringLiteral("—");
        return tr("%1 % (%2 of %3)").arg(qRound(k.shareWithinTarget() * 100)).arg(k.withinTarget).arg(k.reachedScene);
    }
    return {};
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgencyColumn: return tr("Agency");
    case CategoryColumn: return tr("Category");
    case HandoffsColumn: return tr("Handoffs");
    case AckP50Column: return tr("Acknowledged p50");
    case AckP90Column: return tr("Acknowledged p90");
    case OnSceneP50Column: return tr("On scene p50");
    case OnSceneP90Column: return tr("On scene p90");
    case TargetColumn: return tr("Target (min)");
    case WithinTargetColumn: return tr("Within target");
    }
    return {};
}

} // namespace Sigap
