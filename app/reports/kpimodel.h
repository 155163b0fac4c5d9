#pragma once

#include "responsetimes.h"

#include <QAbstractTableModel>

namespace Sigap {

class AgencyDirectory;
class Categories;

// The response-time figures of a period as a table, one row per agency and category. The
// figures are recomputed whole (ResponseTimes::compute), so a new set resets the model.
class KpiModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The response time against its target first, then every step of a handoff, each cell
    // "p50 · p90" (m:ss), sorted by the p50.
    enum Column {
        AgencyColumn,
        CategoryColumn,
        HandoffsColumn,
        AnsweredToOnSceneColumn, // the response time the target is about
        TargetColumn,            // minutes, call answered -> on scene
        WithinTargetColumn,      // share of those on scene within the target
        AnsweredToSentColumn,
        SentToAcknowledgedColumn,
        AcknowledgedToDispatchedColumn,
        DispatchedToOnSceneColumn,
        OnSceneToFinishedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    KpiModel(const AgencyDirectory &agencies, const Categories &categories, const QString &language,
             QObject *parent = nullptr);

    void setFigures(const QList<ResponseKpi> &figures);
    const QList<ResponseKpi> &figures() const { return m_figures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString agencyName(const ResponseKpi &kpi) const;
    // The agency's kind in capitals ("DAMKAR", "BPBD"), as a room says it; the table and the
    // chart use it, the full name is the cell's tooltip.
    QString agencyShortName(const QString &agencyId) const;
    QString categoryName(const ResponseKpi &kpi) const;
    // "m:ss" for a step with figures, an em dash for one without.
    static QString duration(const ResponseKpi::Step &step, qint64 ms);

private:
    QVariant sortValue(const ResponseKpi &kpi, int column) const;
    // The step a column shows; nullptr for the other columns.
    static const ResponseKpi::Step *stepOf(const ResponseKpi &kpi, int column);

    const AgencyDirectory &m_agencies;
    const Categories &m_categories;
    QString m_language;
    QList<ResponseKpi> m_figures;
};

} // namespace Sigap
