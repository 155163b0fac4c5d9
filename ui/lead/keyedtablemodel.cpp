#include "keyedtablemodel.h"

#include <QSet>

namespace Sigap {

KeyedTableModel::KeyedTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

void KeyedTableModel::setRows(const QList<Row> &rows)
{
    QSet<QString> wanted;
    for (const Row &r : rows)
        wanted.insert(r.key);
    // The rows that went, from the bottom so the rows above keep their places.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).key))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Then place each wanted row in turn: here already, further down (moved up), or new.
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const int at = rowOf(row.key);
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == row)) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
    }
}

void KeyedTableModel::setColumn(int column, const std::function<QString(const QString &key)> &text)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        QString cell = text(m_rows.at(i).key);
        if (column >= m_rows.at(i).cells.size() || m_rows.at(i).cells.at(column) == cell)
            continue;
        m_rows[i].cells[column] = std::move(cell);
        Q_EMIT dataChanged(index(i, column), index(i, column), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int KeyedTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

QString KeyedTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int KeyedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant KeyedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return row.cells.value(index.column());
    case KeyRole: return row.key;
    case Qt::BackgroundRole: return row.background.isValid() ? QVariant(row.background) : QVariant();
    default: return {};
    }
}

QVariant KeyedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_headers.value(section);
}

} // namespace Sigap
