#pragma once

#include "core/result.h"
#include "roomsync.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace Sigap {

// The LAN sync options shared by sigap and sigap-node:
//   --room-key FILE --listen ADDR:PORT [--peer ADDR:PORT]... [--no-multicast] [--multicast GROUP:PORT]
class SyncCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::SyncCommandLine)

public:
    SyncCommandLine();
    void addTo(QCommandLineParser &parser) const;
    // Nothing when no sync option was given; an error naming the option when they do not fit.
    Result<std::optional<SyncOptions>> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_roomKey;
    QCommandLineOption m_listen;
    QCommandLineOption m_peer;
    QCommandLineOption m_noMulticast;
    QCommandLineOption m_multicast;
    QCommandLineOption m_maxClockAhead;
};

} // namespace Sigap
