#include "callqueuemodel.h"

#include "core/clock.h"

#include <QTimer>

namespace Sigap {

CallQueueModel::CallQueueModel(const CallProjection &calls, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_calls(calls)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(&calls, &CallProjection::callChanged, this, &CallQueueModel::sync);
    connect(&calls, &CallProjection::restored, this, &CallQueueModel::sync);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CallQueueModel::refreshWaits);
    m_timer->start();
    sync();
}

int CallQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CallQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 CallQueueModel::waitMs(const Call &call) const
{
    return qMax<qint64>(0, m_clock.nowMs() - call.offeredMs());
}

QVariant CallQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call *call = m_calls.call(m_ids.at(index.row()));
    if (!call)
        return {};
    const qint64 wait = waitMs(*call);
    switch (role) {
    case CallIdRole: return call->id;
    case WaitMsRole: return wait;
    case WaitLevelRole: return wait >= RedAfterMs ? 2 : wait >= AmberAfterMs ? 1 : 0;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return call->number;
        case WaitColumn: return tr("%1 s").arg(wait / 1000);
        case TrunkColumn: return call->trunk;
        case HistoryColumn: {
            const int earlier = int(m_calls.history(call->number).size()) - 1;
            const int pranks = m_calls.countWithOutcome(call->number, QStringLiteral("iseng"));
            if (earlier <= 0)
                return QString();
            return pranks > 0 ? tr("%1 earlier, %2 prank").arg(earlier).arg(pranks) : tr("%1 earlier").arg(earlier);
        }
        default: return {};
        }
    default: return {};
    }
}

QVariant CallQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case WaitColumn: return tr("Waiting");
    case TrunkColumn: return tr("Line");
    case HistoryColumn: return tr("History");
    default: return {};
    }
}

void CallQueueModel::refreshWaits()
{
    // Whole rows: the waiting level colours every cell of the row, not only the time.
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, WaitMsRole, WaitLevelRole});
}

// Brings the rows in line with the ringing calls with precise removes and inserts, so a
// selection on another ringing call survives one call being answered.
void CallQueueModel::sync()
{
    const QStringList target = m_calls.ringingIds();
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!target.contains(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < target.size(); ++row) {
        if (row < m_ids.size() && m_ids.at(row) == target.at(row))
            continue;
        const qsizetype existing = m_ids.indexOf(target.at(row));
        if (existing >= 0) {
            beginMoveRows({}, int(existing), int(existing), {}, row);
            m_ids.move(existing, row);
            endMoveRows();
        } else {
            beginInsertRows({}, row, row);
            m_ids.insert(row, target.at(row));
            endInsertRows();
        }
    }
}

} // namespace Sigap
