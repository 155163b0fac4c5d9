#pragma once

#include "traccarpoller.h"

#include "core/result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Sigap {

class Clock;
class OsmAndReceiver;
class RoomSync;
class UnitBoard;
struct UnitReport;

// Where the agencies' units are, as this desk hears it: its own AVL feeds (OsmAnd positions
// on --avl-listen, a Traccar server polled) and the other desks of the room, which share
// what their own feeds hear as position frames. Everything goes on the desk's UnitBoard.
class UnitFeeds : public QObject
{
    Q_OBJECT

public:
    UnitFeeds(UnitBoard &board, const Clock &clock, QObject *parent = nullptr);
    ~UnitFeeds() override;

    struct Options
    {
        QString avlListen;      // ADDR:PORT; empty: none
        QString avlSecretsFile; // per-device secrets (OsmAndReceiver); may not exist
        std::optional<TraccarOptions> traccar;
    };
    // sync: the room's LAN, null when the desk does not sync.
    Result<void> start(const Options &options, RoomSync *sync);

    const OsmAndReceiver *avl() const { return m_avl.get(); }        // null unless listening
    const TraccarPoller *traccar() const { return m_traccar.get(); } // null unless polling

private:
    void share(const UnitReport &report); // a position from this desk's own feeds

    UnitBoard &m_board;
    const Clock &m_clock;
    RoomSync *m_sync = nullptr;
    std::unique_ptr<OsmAndReceiver> m_avl;
    std::unique_ptr<TraccarPoller> m_traccar;
};

} // namespace Sigap
