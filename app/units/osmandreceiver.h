#pragma once

#include "core/guardedserver.h"
#include "core/result.h"
#include "unitboard.h"

#include <QCoreApplication>
#include <QHash>

class QTcpSocket;

namespace Sigap {

class Clock;

// Receives unit positions the way field phones send them: the OsmAnd protocol of the
// Traccar Client app, an HTTP request to the room's node with the position in the query
// string or a form body (id, lat, lon, timestamp, speed, bearing), or the app's newer JSON
// body ({"device_id", "location": {"timestamp", "coords": {latitude, longitude, speed,
// heading}}}). A good report answers 200 and goes on the unit board; anything malformed
// answers 400 with the reason and changes nothing.
//
// Only units of the room's roster are taken (403 otherwise). A room may also give each device a
// secret: the file `avl-secrets` in the data folder (owner-only, "unit-id=secret" lines, a
// secret of 16 characters at least), and the device's server URL in the Traccar Client then
// ends in "?secret=…", which the app keeps when it adds its own parameters. A unit listed there
// is taken only with its secret (403 otherwise); a unit not listed needs none.
class OsmAndReceiver : public QObject
{
    Q_OBJECT

public:
    // Requests larger than this are refused (a position is a few hundred bytes).
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;
    static constexpr int RequestTimeoutMs = 10000;
    // A room's units report every few seconds; phones behind one carrier gateway share an
    // address, so one address may hold more here than on the sync port.
    static constexpr GuardedServer::Limits ListenerLimits{512, 64, 0, 15000};

    OsmAndReceiver(UnitBoard &board, const Clock &clock, QObject *parent = nullptr);

    Result<void> listen(const QString &addressAndPort);
    QString listenAddress() const;
    // Positions refused because the roster does not know the unit.
    int refusedUnknown() const { return m_refusedUnknown; }
    // Positions refused because the unit's device secret was missing or wrong.
    int refusedSecret() const { return m_refusedSecret; }

    static QString secretsFileName() { return QStringLiteral("avl-secrets"); }
    static constexpr qsizetype MinSecretLength = 16;
    // unit id -> secret, from a file in the form above; a missing file is no secrets.
    static Result<QHash<QString, QByteArray>> loadDeviceSecrets(const QString &path);
    void setDeviceSecrets(QHash<QString, QByteArray> secrets) { m_secrets = std::move(secrets); }
    // The secret a request carries ("secret" in the query, the form or the JSON body).
    static QByteArray secretOf(const QByteArray &target, const QByteArray &body);

    // The report a request carries, or why it carries none (for HTTP 400).
    static Result<UnitReport> parse(const QByteArray &method, const QByteArray &target,
                                    const QHash<QByteArray, QByteArray> &headers, const QByteArray &body, qint64 nowMs);

Q_SIGNALS:
    // A report taken onto the board (the node passes it on to the other desks).
    void received(const Sigap::UnitReport &report);

private:
    void onConnection(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &text);

    UnitBoard &m_board;
    const Clock &m_clock;
    GuardedServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_refusedUnknown = 0;
    int m_refusedSecret = 0;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace Sigap
