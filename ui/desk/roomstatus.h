#pragma once

#include <QLabel>

namespace Sigap {

class RoomSync;

// The status bar's word on the room's LAN: how many of the other desks this desk is
// connected to, how far behind they are, and, in red, when it is cut off from desks it has
// seen, so an unplugged desk is impossible to miss. The tooltip lists every peer.
class RoomStatus : public QLabel
{
    Q_OBJECT

public:
    // sync may be null: the desk does not sync (no room key), which the label says.
    explicit RoomStatus(const RoomSync *sync, QWidget *parent = nullptr);

    enum class Level { Off, Good, Degraded, Cut };
    Level level() const { return m_level; }

Q_SIGNALS:
    void levelChanged(Sigap::RoomStatus::Level level);

public:
    // The operator state another desk announces, for people.
    static QString presenceLabel(const QString &state);

private:
    void refresh();
    void update(); // text, colour and level from the sync's peers

    const RoomSync *m_sync;
    Level m_level = Level::Off;
};

} // namespace Sigap
