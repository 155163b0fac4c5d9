#pragma once

#include "agencydirectory.h"
#include "handoffprojection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace Sigap {

class Categories;
class Clock;
class Gazetteer;
class IncidentProjection;

// The room's handoffs as a table, one row per (incident, agency) in the order this desk
// learned of them, following the projection's signals with precise inserts and dataChanged.
// The liaison desk of an agency and the operators read it through HandoffFilter; the view
// colours a row from StateRole and OverdueRole (the core has no colours).
class HandoffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IncidentColumn,
        CategoryColumn,
        KelurahanColumn,
        AgencyColumn,
        StateColumn,
        SentColumn,
        WaitingColumn, // since it was sent while unacknowledged, else since its last step
        ColumnCount
    };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        AgencyIdRole,
        StateRole,
        OpenRole,
        OverdueRole,        // unacknowledged past the agency's time
        DeliveryFailedRole, // the agency's EIDO endpoint refused the document
        SortRole
    };

    HandoffModel(const HandoffProjection &handoffs, const IncidentProjection &incidents,
                 const AgencyDirectory &agencies, const Categories &categories, const Gazetteer &gazetteer,
                 const Clock &clock, const QString &language, const QTimeZone &timeZone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &incident, const QString &agency) const;
    // The state for people, with what became of the EIDO document while it waits for an
    // acknowledgement: "Sent · EIDO delivered", "Sent · EIDO refused (422): …".
    static QString stateText(const Handoff &handoff);
    // The waiting times and overdue marks move with the clock: the view calls this on a timer.
    void clockAdvanced();

private:
    struct Key
    {
        QString incident;
        QString agency;
    };
    void onChanged(const QString &incident, const QString &agency);
    void onArchived(const QStringList &keys);
    void indexRows();
    const Handoff *handoffAt(int row) const;
    QVariant display(const Handoff &handoff, int column) const;
    QString waitingText(qint64 ms) const;
    static QString keyOf(const QString &incident, const QString &agency)
    {
        return HandoffProjection::keyOf(incident, agency);
    }

    const HandoffProjection &m_handoffs;
    const IncidentProjection &m_incidents;
    const AgencyDirectory &m_agencies;
    const Categories &m_categories;
    const Gazetteer &m_gazetteer;
    const Clock &m_clock;
    QString m_language;
    QTimeZone m_timeZone;
    QList<Key> m_rows;
    QHash<QString, int> m_rowOf;
};

// The handoffs one desk shows: those of one agency (a liaison desk) or of all, open ones
// only or every one; newest sent first.
class HandoffFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HandoffFilter(QObject *parent = nullptr);

    void setAgency(const QString &agency); // empty: every agency
    QString agency() const { return m_agency; }
    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_agency;
    bool m_openOnly = true;
};

} // namespace Sigap
