#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

namespace Sigap {

// A TCP or TLS listener that nobody on the LAN can stop: the sync port, the EIDO status
// endpoint and the AVL receiver all listen through it.
//
// Qt's own servers keep sockets that are still in their TLS handshake in the queue of
// pending connections, pause accepting when that queue is full and, in Qt 6.4, never
// resume once those sockets go away: 30 connections opened and closed shut the port until
// a restart. This server takes every connection off the kernel's queue at once and never
// uses Qt's pending queue:
//   - at most Limits::maxConnections open at a time, and Limits::maxPerAddress from one
//     remote address (a flood from one machine cannot take every slot); a connection over
//     either limit is closed at once and counted;
//   - a TLS connection that has not finished its handshake within handshakeTimeoutMs is
//     dropped; what happens after the handshake (requests, sessions) keeps its own
//     time-outs in its owner;
//   - a watchdog: when no connection arrived for watchdogMs, the server dials itself; if
//     that connection is not seen within ProbeTimeoutMs, the listener is stalled, and it is
//     closed and opened again on the same address and port, with a log line.
class GuardedServer : public QTcpServer
{
    Q_OBJECT

public:
    using LogCategory = const QLoggingCategory &(*)();

    struct Limits
    {
        int maxConnections = 128;
        int maxPerAddress = 32;
        int handshakeTimeoutMs = 10000;
        int watchdogMs = 15000;
    };
    static constexpr int ProbeTimeoutMs = 5000;

    // name is what log lines call the listener ("sync", "EIDO", "AVL"). A server given no TLS
    // configuration hands plain TCP sockets over.
    GuardedServer(const QString &name, LogCategory category, const Limits &limits, QObject *parent = nullptr);

    void setSslConfiguration(const QSslConfiguration &configuration);

    // listen() that also arms the watchdog.
    bool start(const QHostAddress &address, quint16 port);

    int openConnections() const { return m_open; }
    int refusedConnections() const { return m_refused; }
    int restarts() const { return m_restarts; }
    int probesSeen() const { return m_probesSeen; }

Q_SIGNALS:
    // A TLS socket before its handshake starts: connect to its pre-shared-key signal here.
    void preparing(QSslSocket *socket);
    // A connection ready to use (TLS: encrypted). The receiver owns it from here; it stays
    // counted until it is destroyed, so owners delete sockets they are done with.
    void connectionReady(QTcpSocket *socket);
    // A TLS handshake that failed or timed out; the socket is deleted after this returns.
    void handshakeFailed(QSslSocket *socket);
    // The watchdog found the listener stalled and opened it again.
    void restarted();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool isOwnProbe(const QTcpSocket &socket) const;
    void track(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const QString &why);
    void startHandshake(QSslSocket *socket);
    void watch();
    void dropProbe();
    void probeTimedOut();
    void restart();

    QString m_name;
    LogCategory m_category;
    Limits m_limits;
    bool m_tls = false;
    QSslConfiguration m_configuration;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_open = 0;
    int m_refused = 0;
    int m_restarts = 0;
    int m_probesSeen = 0;
    QHash<QHostAddress, int> m_perAddress;
    QElapsedTimer m_lastRefusalLogged;
    QElapsedTimer m_lastArrival;
    QTimer m_watchdog;
    QPointer<QTcpSocket> m_probe;
    QTimer m_probeTimeout;
};

} // namespace Sigap
