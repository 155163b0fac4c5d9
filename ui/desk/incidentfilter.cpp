#include "incidentfilter.h"

#include "domain/incident.h"
#include "domain/incidentmodel.h"

namespace Sigap {

IncidentFilter::IncidentFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentModel::SortRole);
    setDynamicSortFilter(true);
}

void IncidentFilter::setScope(Scope scope)
{
    m_scope = scope;
    invalidateFilter();
}

void IncidentFilter::setMe(const QString &actorId)
{
    m_me = actorId;
    invalidateFilter();
}

void IncidentFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool IncidentFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QString status = model->index(sourceRow, 0, sourceParent).data(IncidentModel::StatusRole).toString();
    const auto parsed = IncidentStatuses::fromName(status);
    const bool open = parsed && IncidentStatuses::isOpen(*parsed);
    if ((m_scope == Scope::Open && !open) || (m_scope == Scope::Closed && open))
        return false;
    if (m_scope == Scope::Mine
        && (!open || model->index(sourceRow, 0, sourceParent).data(IncidentModel::OwnerRole).toString() != m_me))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Sigap
