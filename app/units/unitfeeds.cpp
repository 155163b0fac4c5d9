#include "unitfeeds.h"

#include "osmandreceiver.h"
#include "unitboard.h"
#include "unitframes.h"

#include "core/clock.h"
#include "sync/roomsync.h"

namespace Sigap {

UnitFeeds::UnitFeeds(UnitBoard &board, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_clock(clock)
{
}

// The feeds stop before the board they write to goes.
UnitFeeds::~UnitFeeds()
{
    m_traccar.reset();
    m_avl.reset();
}

Result<void> UnitFeeds::start(const Options &options, RoomSync *sync)
{
    m_sync = sync;
    if (m_sync) {
        // Unit positions heard from other desks go on this desk's board.
        connect(m_sync, &RoomSync::frameReceived, this, [this](const Frame &frame) {
            if (frame.type != UnitFrames::PositionType)
                return;
            if (auto report = UnitFrames::decodePosition(frame))
                m_board.report(UnitBoard::notAfter(report.value(), m_clock.nowMs()));
        });
    }
    if (!options.avlListen.isEmpty()) {
        auto secrets = OsmAndReceiver::loadDeviceSecrets(options.avlSecretsFile);
        if (!secrets)
            return secrets.error();
        m_avl = std::make_unique<OsmAndReceiver>(m_board, m_clock);
        m_avl->setDeviceSecrets(std::move(secrets).value());
        if (auto r = m_avl->listen(options.avlListen); !r)
            return r;
        // ... and positions from this desk's own feeds go to the other desks.
        connect(m_avl.get(), &OsmAndReceiver::received, this, &UnitFeeds::share);
    }
    if (options.traccar) {
        m_traccar = std::make_unique<TraccarPoller>(m_board, m_clock, *options.traccar);
        connect(m_traccar.get(), &TraccarPoller::received, this, &UnitFeeds::share);
        m_traccar->start();
    }
    return {};
}

void UnitFeeds::share(const UnitReport &report)
{
    if (m_sync)
        m_sync->broadcast(UnitFrames::encodePosition(report));
}

} // namespace Sigap
