#include "roomstatus.h"

#include "lead/deskroster.h"
#include "sync/roomsync.h"

#include <QDateTime>

namespace Sigap {

RoomStatus::RoomStatus(const RoomSync *sync, QWidget *parent)
    : QLabel(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("roomStatus"));
    setMargin(2);
    if (m_sync) {
        connect(m_sync, &RoomSync::peersChanged, this, &RoomStatus::refresh);
        connect(m_sync, &RoomSync::problemReported, this, &RoomStatus::refresh); // a quarantine comes with one
    }
    refresh();
}

QString RoomStatus::presenceLabel(const QString &state)
{
    return state.isEmpty() ? tr("presence unknown") : DeskRoster::stateLabel(state);
}

void RoomStatus::refresh()
{
    const Level before = m_level;
    update();
    if (m_level != before)
        Q_EMIT levelChanged(m_level);
}

void RoomStatus::update()
{
    if (!m_sync) {
        m_level = Level::Off;
        setText(tr("LAN sync off"));
        setToolTip(tr("This desk does not sync with other desks (started without --room-key)."));
        setStyleSheet(QString());
        return;
    }
    const QList<RoomSync::PeerRow> rows = m_sync->peers();
    int connected = 0;
    qint64 lagEvents = 0;
    qint64 lastContactMs = 0;
    QStringList lines;
    for (const RoomSync::PeerRow &row : rows) {
        const QString name = row.desk.isEmpty() ? row.address : row.desk;
        if (row.state == RoomSync::PeerState::Connected) {
            ++connected;
            lagEvents += row.figures.lagEvents;
            lines << tr("%1 (%2): connected, %3 events behind, round trip %4 ms")
                         .arg(name, presenceLabel(row.presence.state))
                         .arg(row.figures.lagEvents)
                         .arg(row.figures.rttMs);
        } else {
            lastContactMs = std::max(lastContactMs, row.lastContactMs);
            lines
                << tr("%1: not connected since %2 (%3)")
                       .arg(name,
                            row.lastContactMs
                                ? QDateTime::fromMSecsSinceEpoch(row.lastContactMs).toString(QStringLiteral("HH:mm:ss"))
                                : tr("never"),
                            row.lastError);
        }
    }
    const int disconnected = int(rows.size()) - connected;
    if (connected == 0) {
        m_level = Level::Cut;
        setText(rows.isEmpty()
                    ? tr("NOT CONNECTED: no other desk of room %1 found").arg(m_sync->room())
                    : tr("NOT CONNECTED to the room's other desks; last contact %1")
                          .arg(lastContactMs
                                   ? QDateTime::fromMSecsSinceEpoch(lastContactMs).toString(QStringLiteral("HH:mm:ss"))
                                   : tr("never")));
        setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; }"));
    } else if (disconnected > 0) {
        m_level = Level::Degraded;
        setText(tr("LAN: %1 of %2 desks connected").arg(connected).arg(rows.size()));
        setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: black; font-weight: bold; }"));
    } else {
        m_level = Level::Good;
        setText(lagEvents == 0 ? tr("LAN: %n desk(s) connected, in sync", nullptr, connected)
                               : tr("LAN: %n desk(s) connected, %1 events to send", nullptr, connected).arg(lagEvents));
        setStyleSheet(QString());
    }
    // A desk that signed two histories is named on every desk that saw it, in the colour of a
    // degraded room at least: the lead has to take that desk out.
    const QStringList quarantined = m_sync->quarantinedDesks();
    if (!quarantined.isEmpty()) {
        setText(
            text() + QStringLiteral(" — ")
            + tr("desk %1 QUARANTINED (forked log): tell the shift lead").arg(quarantined.join(QStringLiteral(", "))));
        if (m_level == Level::Good) {
            m_level = Level::Degraded;
            setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: black; font-weight: bold; }"));
        }
        lines << tr("Quarantined for a forked log (sigapctl peers shows the hashes): %1")
                     .arg(quarantined.join(QStringLiteral(", ")));
    }
    setToolTip(tr("Room %1, this desk listens on %2").arg(m_sync->room(), m_sync->listenAddress()) + QLatin1Char('\n')
               + lines.join(QLatin1Char('\n')));
}

} // namespace Sigap
