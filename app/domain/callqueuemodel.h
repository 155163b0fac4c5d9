#pragma once

#include "callprojection.h"

#include <QAbstractTableModel>

class QTimer;

namespace Sigap {

class Clock;

// The calls ringing in the room, oldest first, with how long each has waited. The waiting
// time is read from the injected clock and refreshed every second; its level (0 under 10 s,
// 1 from 10 s, 2 from 20 s) lets a view colour the rows, NENA-STA-020.1 asking for 90 % of
// calls answered within 15 s.
class CallQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, WaitColumn, TrunkColumn, HistoryColumn, ColumnCount };
    enum Role { CallIdRole = Qt::UserRole + 1, WaitMsRole, WaitLevelRole };

    static constexpr qint64 AmberAfterMs = 10000;
    static constexpr qint64 RedAfterMs = 20000;

    CallQueueModel(const CallProjection &calls, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString oldestCallId() const { return m_ids.value(0); }
    // Re-reads the clock for the waiting column (the timer calls it every second).
    void refreshWaits();

private:
    void sync();
    qint64 waitMs(const Call &call) const;

    const CallProjection &m_calls;
    const Clock &m_clock;
    QStringList m_ids;
    QTimer *m_timer;
};

} // namespace Sigap
