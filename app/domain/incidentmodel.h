#pragma once

#include "categories.h"
#include "geo/gazetteer.h"
#include "incidentprojection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace Sigap {

// The incidents of the room as a table, one row per created incident in the order this desk
// learned of them. Views sort and filter through a proxy; the model follows the projection's
// signals with precise row inserts and dataChanged, never a reset on a single event.
class IncidentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TimeColumn,
        CategoryColumn,
        PriorityColumn,
        StatusColumn,
        KelurahanColumn,
        KecamatanColumn,
        CallerColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SortRole,
        StatusRole,
        PriorityRole,
        OwnerRole,
        PositionRole,    // QPointF(lat, lon); none when the incident has no place
        CategoryRole,    // the category's code
        OpenRole,        // neither closed nor cancelled
        StatusValueRole, // IncidentStatus as an int
    };

    IncidentModel(const IncidentProjection &projection, const Categories &categories, const Gazetteer &gazetteer,
                  const QString &language, const QTimeZone &timeZone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfIncident(const QString &id) const;

private:
    void onCreated(const QString &id);
    void onChanged(const QString &id);
    void onRestored();
    void onArchived(const QStringList &ids);
    void indexRows(); // m_rowOf from m_ids
    QVariant display(const Incident &incident, int column) const;

    const IncidentProjection &m_projection;
    const Categories &m_categories;
    const Gazetteer &m_gazetteer;
    QString m_language;
    QTimeZone m_timeZone;
    QStringList m_ids;
    QHash<QString, int> m_rowOf;
};

} // namespace Sigap
