#include "guardedserver.h"

#include <QSslSocket>

namespace Sigap {

namespace {

// An IPv4 peer on a dual-stack socket reads as ::ffff:a.b.c.d; count it as a.b.c.d.
QHostAddress plainAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

// Where this machine reaches a listener bound to `address`.
QHostAddress probeTarget(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QHostAddress(QHostAddress::LocalHost);
    if (address == QHostAddress::AnyIPv6)
        return QHostAddress(QHostAddress::LocalHostIPv6);
    return address;
}

// Log lines about refused connections: at most one per listener in this time.
constexpr qint64 RefusalLogEveryMs = 10000;

} // namespace

GuardedServer::GuardedServer(const QString &name, LogCategory category, const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_name(name)
    , m_category(category)
    , m_limits(limits)
{
    m_watchdog.setInterval(m_limits.watchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &GuardedServer::watch);
    m_probeTimeout.setSingleShot(true);
    m_probeTimeout.setInterval(ProbeTimeoutMs);
    connect(&m_probeTimeout, &QTimer::timeout, this, &GuardedServer::probeTimedOut);
}

void GuardedServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_configuration = configuration;
}

bool GuardedServer::start(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    m_address = address;
    m_port = serverPort(); // port 0 took a free one: a restart takes the same one again
    m_lastArrival.start();
    m_watchdog.start();
    return true;
}

void GuardedServer::incomingConnection(qintptr descriptor)
{
    m_lastArrival.start();
    m_probeTimeout.stop(); // whatever arrived, the listener is alive
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket; // the connection died before it was taken up; the socket closed it
        return;
    }
    if (isOwnProbe(*socket)) {
        socket->abort();
        socket->deleteLater();
        dropProbe();
        ++m_probesSeen;
        return;
    }
    const QHostAddress from = plainAddress(socket->peerAddress());
    if (m_open >= m_limits.maxConnections)
        return refuse(socket, QStringLiteral("%1 connections are open, the most it takes").arg(m_open));
    if (m_perAddress.value(from) >= m_limits.maxPerAddress)
        return refuse(socket, QStringLiteral("%1 connections from that address are open, the most one address may hold")
                                  .arg(m_perAddress.value(from)));
    track(socket);
    if (m_tls)
        startHandshake(static_cast<QSslSocket *>(socket));
    else
        Q_EMIT connectionReady(socket);
}

bool GuardedServer::isOwnProbe(const QTcpSocket &socket) const
{
    return m_probe && m_probe->localPort() == socket.peerPort() && socket.peerAddress().isLoopback();
}

void GuardedServer::track(QTcpSocket *socket)
{
    const QHostAddress from = plainAddress(socket->peerAddress());
    ++m_open;
    ++m_perAddress[from];
    // The count follows the socket wherever its owner takes it, until it is destroyed.
    connect(socket, &QObject::destroyed, this, [this, from] {
        --m_open;
        if (--m_perAddress[from] <= 0)
            m_perAddress.remove(from);
    });
}

void GuardedServer::refuse(QTcpSocket *socket, const QString &why)
{
    ++m_refused;
    if (!m_lastRefusalLogged.isValid() || m_lastRefusalLogged.elapsed() >= RefusalLogEveryMs) {
        m_lastRefusalLogged.start();
        qCWarning(m_category).noquote()
            << QStringLiteral("%1 listener refused a connection from %2: %3 (%4 refused since the start)")
                   .arg(m_name, plainAddress(socket->peerAddress()).toString(), why)
                   .arg(m_refused);
    }
    socket->abort();
    socket->deleteLater();
}

void GuardedServer::startHandshake(QSslSocket *socket)
{
    socket->setSslConfiguration(m_configuration);
    Q_EMIT preparing(socket);
    // One ending per socket: an error, a close or the time-out, whichever comes first. It
    // runs inside the TLS backend's own signal, so it only schedules the deletion: closing
    // the socket there crashes Qt 6.4's OpenSSL backend. The backend has sent its alert.
    auto fail = [this, socket] {
        if (socket->isEncrypted() || socket->property("sigapHandshakeFailed").toBool())
            return;
        socket->setProperty("sigapHandshakeFailed", true);
        Q_EMIT handshakeFailed(socket);
        socket->deleteLater();
    };
    const auto onError = connect(socket, &QAbstractSocket::errorOccurred, this, fail);
    const auto onClose = connect(socket, &QAbstractSocket::disconnected, this, fail);
    QTimer::singleShot(m_limits.handshakeTimeoutMs, socket, [socket, fail] {
        if (socket->isEncrypted())
            return;
        fail();
        socket->abort();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, onError, onClose] {
        disconnect(onError);
        disconnect(onClose);
        Q_EMIT connectionReady(socket);
    });
    socket->startServerEncryption();
}

void GuardedServer::dropProbe()
{
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
}

void GuardedServer::watch()
{
    if (m_probeTimeout.isActive())
        return;  // a probe is out
    dropProbe(); // one that another connection overtook
    if (!isListening())
        return restart();
    if (m_lastArrival.elapsed() < m_limits.watchdogMs)
        return; // connections arrive: it works
    m_probe = new QTcpSocket(this);
    connect(m_probe, &QAbstractSocket::errorOccurred, this, [this] {
        // Refused or reset before the server saw it: nothing listens any more.
        if (m_probeTimeout.isActive())
            probeTimedOut();
    });
    // Bound first, so its port is known when the server takes the connection: this same
    // thread learns that its own dial connected only after the server has seen it.
    const QHostAddress target = probeTarget(m_address);
    if (!m_probe->bind(target, 0)) {
        dropProbe();
        return;
    }
    m_probe->connectToHost(target, m_port);
    m_probeTimeout.start();
    m_lastArrival.start(); // measures how late the time-out comes (see probeTimedOut)
}

void GuardedServer::probeTimedOut()
{
    m_probeTimeout.stop();
    const bool eventLoopWasBusy = m_lastArrival.elapsed() > ProbeTimeoutMs + 1000;
    dropProbe();
    // A desk busy for seconds (a long fold) sees its time-out late, together with the
    // probe's arrival: that is not a stall; probe again at the next round.
    if (eventLoopWasBusy)
        return;
    restart();
}

void GuardedServer::restart()
{
    qCWarning(m_category).noquote() << m_name << "listener on port" << m_port
                                    << "stopped taking connections; opening it again";
    close();
    if (!listen(m_address, m_port)) {
        qCWarning(m_category).noquote() << m_name << "listener could not open again:" << errorString()
                                        << "(trying again in" << m_limits.watchdogMs / 1000 << "s)";
        return;
    }
    ++m_restarts;
    m_lastArrival.start();
    Q_EMIT restarted();
}

} // namespace Sigap
