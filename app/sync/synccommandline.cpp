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
{
}

void SyncCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_roomKey, m_listen, m_peer, m_noMulticast, m_multicast});
}

Result<std::optional<SyncOptions>> SyncCommandLine::read(const QCommandLineParser &parser) const
{
    const bool anySync
        = parser.isSet(m_listen) || parser.isSet(m_peer) || parser.isSet(m_noMulticast) || parser.isSet(m_multicast);
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
    return std::optional<SyncOptions>(options);
}

} // namespace Sigap
