#pragma once

#include "core/result.h"
#include "sync/roomsync.h"

#include <QCoreApplication>

#include <optional>

namespace Sigap {

// Which room a desk opens, and whether as a training desk: from --room, the room key and
// --training. Training never touches live data: a training desk refuses a live room's key and
// live feeds, a standing clock is refused in a live room, and a data folder is marked as a
// training room's when its store is made, so neither kind of desk opens the other's store.
class RoomAdmission
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::RoomAdmission)

public:
    struct Request
    {
        QString room; // --room; empty: the key's, or the store's own
        bool training = false;
        const std::optional<SyncOptions> &sync;
        bool standingClock = false; // --clock-at
        bool liveFeeds = false;     // --eido-listen, --avl-listen or --traccar-url
    };
    struct Decision
    {
        QString room; // empty: the store's own (a new store: "default")
        bool training = false;
    };
    static Result<Decision> decide(const Request &request);

    // A new store of a training desk marks its folder; an existing one must be of the same
    // kind as the desk.
    static Result<void> checkMarker(const QString &dataDir, bool training, bool newStore);
};

} // namespace Sigap
