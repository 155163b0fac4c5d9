#include "synccommandline.h"

#include <QCommandLineParser>

namespace Sigap {

SyncCommandLine::SyncCommandLine()
    : m_roomKey(QStringLiteral("room-key"), tr("The room's secret (made by sigapctl room init); turns on LAN sync."),
                tr("FILE"))
    , m_listen(QStringLiteral("listen"), tr("Address for LAN sync with the other desks (port 0: any free port)."),
               tr("ADDR:PORT"))
    , m_peer(QStringLiteral("peer"), tr("A peer desk to sync with (repeatable)."), tr("ADDR:PORT"))
    , m_noMulticast(QStringLiteral("no-multicast"), tr("Do not announce or discover desks by multicast."))
    , m_multicast(QStringLiteral("multicast"),
                  tr("Multicast group for discovery (default %1).").arg(SyncOptions().multicastGroup), tr("GROUP:PORT"))
    , m_maxClockAhead(QStringLiteral("max-clock-ahead"),
                      tr("Minutes a peer's events may be stamped ahead of this desk's clock before they wait, 1 to "
                         "60 (default %1).")
                          .arg(PeerSession::DefaultMaxClockAheadMs / 60000),
                      tr("MIN"))
{
}

void SyncCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_roomKey, m_listen, m_peer, m_noMulticast, m_multicast, m_maxClockAhead});
}

Result<std::optional<SyncOptions>> SyncCommandLine::read(const QCommandLineParser &parser) const
{
    const bool anySync = parser.isSet(m_listen) || parser.isSet(m_peer) || parser.isSet(m_noMulticast)
                         || parser.isSet(m_multicast) || parser.isSet(m_maxClockAhead);
    if (!parser.isSet(m_roomKey)) {
        if (anySync)
            return makeError(QStringLiteral("usage"), tr("LAN sync needs the room's secret: add --room-key FILE"));
        return std::optional<SyncOptions>();
    }
    SyncOptions options;
    options.roomKeyFile = parser.value(m_roomKey);
    options.listen = parser.value(m_listen);
    options.peers = parser.values(m_peer);
    options.multicast = !parser.isSet(m_noMulticast);
    if (parser.isSet(m_multicast))
        options.multicastGroup = parser.value(m_multicast);
    if (options.listen.isEmpty() && options.peers.isEmpty())
        return makeError(QStringLiteral("usage"), tr("--room-key needs --listen ADDR:PORT or --peer ADDR:PORT"));
    if (options.listen.isEmpty())
        options.multicast = false; // nothing to announce: this desk only dials its peers
    if (parser.isSet(m_maxClockAhead)) {
        bool ok = false;
        const int minutes = parser.value(m_maxClockAhead).toInt(&ok);
        if (!ok || minutes < 1 || minutes > 60)
            return makeError(QStringLiteral("usage"),
                             tr("--max-clock-ahead: \"%1\" is not a number of minutes from 1 to 60")
                                 .arg(parser.value(m_maxClockAhead)));
        options.maxClockAheadMs = qint64(minutes) * 60000;
    }
    return std::optional<SyncOptions>(options);
}

} // namespace Sigap
