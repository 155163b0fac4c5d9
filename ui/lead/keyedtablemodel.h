#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <functional>

namespace Sigap {

// A table whose rows each have a key (an incident id, a desk id, an escalation key) and whose
// content is recomputed as a whole by its owner. setRows() changes only what changed: rows
// that went are removed, new ones inserted, rows that moved are moved and cells that changed
// are announced, so a view keeps the selected row (by its key) and its scroll position, and a
// row that went leaves nothing selected rather than its neighbour.
//
// Cells are text; the key is under KeyRole, the row's background (a warning) under
// Qt::BackgroundRole.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int KeyRole = Qt::UserRole;

    struct Row
    {
        QString key;
        QStringList cells;
        QColor background = {}; // invalid: none
        bool operator==(const Row &other) const = default;
    };

    explicit KeyedTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    // Rewrites one column's cells from their rows' keys (a clock's column: ages, times
    // overdue), announcing only the cells that changed.
    void setColumn(int column, const std::function<QString(const QString &key)> &text);
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &key) const; // -1: none
    QString keyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Sigap
