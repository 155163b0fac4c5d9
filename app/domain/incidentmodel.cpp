#include "incidentmodel.h"

#include "rowblocks.h"

#include <QDateTime>
#include <QPointF>

#include <algorithm>
#include <functional>

namespace Sigap {

IncidentModel::IncidentModel(const IncidentProjection &projection, const Categories &categories,
                             const Gazetteer &gazetteer, const QString &language, const QTimeZone &timeZone,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_projection(projection)
    , m_categories(categories)
    , m_gazetteer(gazetteer)
    , m_language(language)
    , m_timeZone(timeZone)
{
    connect(&projection, &IncidentProjection::incidentCreated, this, &IncidentModel::onCreated);
    connect(&projection, &IncidentProjection::incidentChanged, this, &IncidentModel::onChanged);
    connect(&projection, &IncidentProjection::restored, this, &IncidentModel::onRestored);
    connect(&projection, &IncidentProjection::incidentsArchived, this, &IncidentModel::onArchived);
    onRestored();
}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident *incident = m_projection.incident(m_ids.at(index.row()));
    if (!incident)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*incident, index.column());
    case IncidentIdRole: return incident->id;
    case StatusRole: return IncidentStatuses::name(incident->status);
    case PriorityRole: return incident->priority();
    case OwnerRole: return incident->owner();
    case PositionRole: {
        const auto position = incident->position();
        return position ? QVariant(QPointF(position->first, position->second)) : QVariant();
    }
    case CategoryRole: return incident->category();
    case OpenRole: return IncidentStatuses::isOpen(incident->status);
    case StatusValueRole: return int(incident->status);
    case SortRole:
        switch (index.column()) {
        case TimeColumn: return incident->createdStamp.hlc;
        case PriorityColumn: return incident->priority();
        case StatusColumn: return int(incident->status);
        default: return display(*incident, index.column());
        }
    case Qt::ToolTipRole: {
        QStringList notes;
        for (const auto &[stamp, note] : incident->notes)
            notes.append(note.text);
        return notes.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

QVariant IncidentModel::display(const Incident &incident, int column) const
{
    switch (column) {
    case IdColumn: return incident.id;
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(incident.createdMs(), m_timeZone).toString(QStringLiteral("dd-MM HH:mm"));
    case CategoryColumn: {
        const Category *c = m_categories.incidentCategory(incident.category());
        return c ? c->label(m_language) : incident.category();
    }
    case PriorityColumn: return incident.priority() > 0 ? QVariant(incident.priority()) : QVariant();
    case StatusColumn: return IncidentStatuses::label(incident.status);
    case KelurahanColumn: {
        const Village *k = m_gazetteer.byKode(incident.kelurahan());
        return k ? k->name : incident.kelurahan();
    }
    case KecamatanColumn: {
        const Village *k = m_gazetteer.byKode(incident.kelurahan());
        return k ? k->kecamatanName : QString();
    }
    case CallerColumn: return incident.caller();
    case AddressColumn: return incident.address();
    default: return {};
    }
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Incident");
    case TimeColumn: return tr("Time");
    case CategoryColumn: return tr("Category");
    case PriorityColumn: return tr("Priority");
    case StatusColumn: return tr("Status");
    case KelurahanColumn: return m_gazetteer.villageWord();
    case KecamatanColumn: return tr("Kecamatan");
    case CallerColumn: return tr("Caller");
    case AddressColumn: return tr("Address");
    default: return {};
    }
}

QModelIndex IncidentModel::indexOfIncident(const QString &id) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, 0);
}

void IncidentModel::onCreated(const QString &id)
{
    if (m_rowOf.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void IncidentModel::onChanged(const QString &id)
{
    const int row = m_rowOf.value(id, -1);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

// Settled history left memory: its rows go, one block of neighbouring rows at a time (they
// are mostly the oldest, at the top), so views keep their selection and scroll position.
void IncidentModel::onArchived(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            rows.append(row);
    }
    for (const auto &[first, last] : rowBlocksFromBottom(rows)) {
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
    }
    indexRows();
}

void IncidentModel::onRestored()
{
    beginResetModel();
    m_ids = m_projection.createdIds();
    indexRows();
    endResetModel();
}

void IncidentModel::indexRows()
{
    m_rowOf.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
}

} // namespace Sigap
