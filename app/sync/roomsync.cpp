#include "roomsync.h"

#include "core/clock.h"
#include "core/hostport.h"
#include "core/logging.h"
#include "store/eventlog.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>

namespace Sigap {

namespace {

// ECDHE-PSK: the room key proves membership, and the ephemeral key exchange keeps a
// recorded session unreadable even if the room key leaks later.
const char *const SessionCipher = "ECDHE-PSK-CHACHA20-POLY1305";

QByteArray randomKey()
{
    QByteArray key(RoomSecret::KeyBytes, Qt::Uninitialized);
    for (char &c : key)
        c = char(QRandomGenerator::system()->bounded(256));
    return key;
}

} // namespace

RoomSync::RoomSync(EventLog &log, const Clock &clock, RoomSecret secret, const SyncOptions &options)
    : m_log(log)
    , m_clock(clock)
    , m_secret(std::move(secret))
    , m_options(options)
    , m_local{m_secret.room(), m_secret.training(), log.store().deskId(), options.maxClockAheadMs}
{
    m_ownPresence.desk = m_local.desk;
    m_ownPresence.state = QStringLiteral("available");
}

RoomSync::~RoomSync()
{
    const QList<PeerSession *> sessions = m_sessions;
    for (PeerSession *session : sessions) {
        session->disconnect(this);
        session->close(tr("the desk is shutting down"));
    }
}

Result<std::unique_ptr<RoomSync>> RoomSync::start(EventLog &log, const Clock &clock, const SyncOptions &options)
{
    if (!QSslSocket::supportsSsl())
        return makeError(QStringLiteral("sync.tls"), tr("TLS is not available (OpenSSL could not be loaded)"));
    auto secret = RoomSecret::load(options.roomKeyFile);
    if (!secret)
        return secret.error();
    if (secret.value().room() != log.store().room())
        return makeError(QStringLiteral("sync.room"),
                         tr("the room key %1 is for room %2, this store is room %3")
                             .arg(options.roomKeyFile, secret.value().room(), log.store().room()));
    std::unique_ptr<RoomSync> sync(new RoomSync(log, clock, std::move(secret).value(), options));
    if (auto r = sync->open(); !r)
        return r.error();
    return sync;
}

QSslConfiguration RoomSync::tlsConfiguration(bool server) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2); // TLS 1.2: Qt's pre-shared-key support is for 1.2
    config.setCiphers({QSslCipher(QString::fromLatin1(SessionCipher))});
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no certificates: the key is the proof
    if (server)
        config.setPreSharedKeyIdentityHint(m_secret.identity(m_local.desk).toUtf8());
    return config;
}

Result<void> RoomSync::open()
{
    if (!m_options.listen.isEmpty()) {
        const auto hostPort = splitHostPort(m_options.listen);
        const QHostAddress address(hostPort ? hostPort->first : QString());
        if (!hostPort || address.isNull())
            return makeError(
                QStringLiteral("sync.listen"),
                tr("--listen %1: expected an IP address and a port, e.g. 0.0.0.0:7112").arg(m_options.listen));
        m_server = new GuardedServer(QStringLiteral("sync"), lcSync, ListenerLimits, this);
        m_server->setSslConfiguration(tlsConfiguration(true));
        connect(m_server, &GuardedServer::preparing, this, [this](QSslSocket *socket) {
            connect(socket, &QSslSocket::preSharedKeyAuthenticationRequired, this,
                    [this, socket](QSslPreSharedKeyAuthenticator *a) { onServerPsk(socket, a); });
        });
        connect(m_server, &GuardedServer::handshakeFailed, this, [this](QSslSocket *socket) {
            const QString refusal = socket->property("sigapRefusal").toString();
            if (!refusal.isEmpty())
                report(refusal);
            else if (socket->error() == QAbstractSocket::SslHandshakeFailedError)
                report(tr("a desk at %1 failed the handshake: %2 (does it hold this room's key?)")
                           .arg(socket->peerAddress().toString(), socket->errorString()));
        });
        connect(m_server, &GuardedServer::connectionReady, this, [this](QTcpSocket *socket) {
            adopt(static_cast<QSslSocket *>(socket), PeerSession::Direction::Incoming, nullptr);
        });
        if (!m_server->start(address, hostPort->second))
            return makeError(QStringLiteral("sync.listen"),
                             tr("--listen %1: %2").arg(m_options.listen, m_server->errorString()));
    }
    for (const QString &peer : std::as_const(m_options.peers)) {
        const auto hostPort = splitHostPort(peer);
        if (!hostPort || hostPort->first.isEmpty() || hostPort->second == 0)
            return makeError(QStringLiteral("sync.peer"),
                             tr("--peer %1: expected an address and a port, e.g. 10.0.0.12:7112").arg(peer));
        auto target = std::make_shared<Target>();
        target->host = hostPort->first;
        target->port = hostPort->second;
        target->isStatic = true;
        m_targets.append(target);
    }
    if (m_options.multicast) {
        const auto group = splitHostPort(m_options.multicastGroup);
        const QHostAddress groupAddress(group ? group->first : QString());
        if (!group || !groupAddress.isMulticast() || group->second == 0)
            return makeError(
                QStringLiteral("sync.multicast"),
                tr("multicast group %1: expected a multicast address and a port, e.g. 239.255.112.112:41112")
                    .arg(m_options.multicastGroup));
        if (!m_server)
            return makeError(QStringLiteral("sync.multicast"),
                             tr("announcing this desk needs --listen; add it, or --no-multicast"));
        m_discovery = std::make_unique<Discovery>(groupAddress, group->second, m_secret.announcementKey());
        connect(m_discovery.get(), &Discovery::announced, this, &RoomSync::onAnnounced);
        QString why;
        m_discovery->setAnnouncement({SyncMessages::ProtocolVersion, m_local.room, m_local.training, m_local.desk,
                                      m_server->serverPort(), SyncMessages::digest(m_log.store().versionVector())});
        if (!m_discovery->start(&why)) {
            // A LAN without multicast still works with --peer: say so, and go on.
            report(tr("multicast discovery on %1 is off: %2").arg(m_options.multicastGroup, why));
            m_discovery.reset();
        }
    }
    connect(&m_log, &EventLog::shareWith, this, &RoomSync::onAppended);
    m_maintain.setInterval(MaintainMs);
    connect(&m_maintain, &QTimer::timeout, this, &RoomSync::maintain);
    m_maintain.start();
    QMetaObject::invokeMethod(this, &RoomSync::maintain, Qt::QueuedConnection);
    return {};
}

QString RoomSync::listenAddress() const
{
    if (!m_server)
        return {};
    return m_server->serverAddress().toString() + QLatin1Char(':') + QString::number(m_server->serverPort());
}

int RoomSync::connectedCount() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const PeerSession *s) { return s->isReady() && !s->isClosing(); }));
}

PeerSession *RoomSync::readySession(const QString &desk) const
{
    for (PeerSession *s : m_sessions)
        if (s->isReady() && !s->isClosing() && s->peerDesk() == desk)
            return s;
    return nullptr;
}

void RoomSync::report(const QString &text)
{
    for (qsizetype i = 0; i < m_problems.size(); ++i) {
        if (m_problems[i].text == text) {
            Problem again = m_problems.takeAt(i);
            again.atMs = m_clock.nowMs();
            ++again.count;
            m_problems.append(again);
            return;
        }
    }
    qCWarning(lcSync).noquote() << text;
    m_problems.append(Problem{m_clock.nowMs(), text});
    while (m_problems.size() > KeptProblems)
        m_problems.removeFirst();
    Q_EMIT problemReported(text);
}

void RoomSync::maintain()
{
    m_targets.removeIf([this](const std::shared_ptr<Target> &t) {
        return !t->isStatic && !t->dialing && t->lastHeard.elapsed() > ForgetAfterMs && !readySession(t->desk);
    });
    for (const auto &target : std::as_const(m_targets)) {
        if (target->dialing || target->isSelf)
            continue;
        if (!target->desk.isEmpty() && readySession(target->desk))
            continue;
        if (target->nextAttempt.isValid() && target->nextAttempt.elapsed() < target->waitMs)
            continue;
        // Of two desks that hear each other, the smaller id dials, so they do not both open a
        // session at once; the other steps in when nobody dialled for a while.
        if (!target->isStatic && m_local.desk > target->desk
            && target->firstHeard.elapsed() < 3 * Discovery::IntervalMs)
            continue;
        dial(*target);
    }
    if (m_discovery) {
        m_discovery->setAnnouncement({SyncMessages::ProtocolVersion, m_local.room, m_local.training, m_local.desk,
                                      m_server->serverPort(), SyncMessages::digest(m_log.store().versionVector())});
    }
    Q_EMIT peersChanged();
}

void RoomSync::dial(Target &target)
{
    auto *socket = new QSslSocket(this);
    target.dialing = socket;
    socket->setSslConfiguration(tlsConfiguration(false));
    connect(socket, &QSslSocket::preSharedKeyAuthenticationRequired, this,
            [this, socket](QSslPreSharedKeyAuthenticator *a) { onClientPsk(socket, a); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        Target *t = targetOfSocket(socket);
        if (t) {
            t->dialing = nullptr;
            t->retryMs = 1000;
            t->lastError.clear();
        }
        adopt(socket, PeerSession::Direction::Outgoing, t);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket->isEncrypted())
            return; // the session owns it now
        Target *t = targetOfSocket(socket);
        const QString refusal = socket->property("sigapRefusal").toString();
        const QString why = refusal.isEmpty() ? socket->errorString() : refusal;
        if (!refusal.isEmpty())
            report(tr("%1:%2 refused: %3").arg(socket->peerName()).arg(socket->peerPort()).arg(why));
        else if (socket->error() == QAbstractSocket::SslHandshakeFailedError)
            report(tr("%1:%2 refused the handshake: %3 (does this desk hold the room's key?)")
                       .arg(socket->peerName())
                       .arg(socket->peerPort())
                       .arg(why));
        if (t)
            retryLater(*t, why);
        socket->deleteLater();
    });
    // A desk behind a broken link never answers a SYN: give up after a few seconds.
    QTimer::singleShot(ConnectTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    connect(socket, &QAbstractSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::UnconnectedState || socket->isEncrypted())
            return;
        if (Target *t = targetOfSocket(socket); t && t->dialing == socket) {
            retryLater(*t, t->lastError.isEmpty() ? tr("no answer") : t->lastError);
            socket->deleteLater();
        }
    });
    socket->connectToHostEncrypted(target.host, target.port);
}

RoomSync::Target *RoomSync::targetOfSocket(const QSslSocket *socket)
{
    for (const auto &t : std::as_const(m_targets))
        if (t->dialing == socket)
            return t.get();
    return nullptr;
}

void RoomSync::retryLater(Target &target, const QString &why)
{
    target.dialing = nullptr;
    target.lastError = why;
    target.waitMs = target.retryMs;
    target.nextAttempt.start();
    target.retryMs = std::min(target.retryMs * 2, MaxRetryMs);
}

void RoomSync::onServerPsk(QSslSocket *socket, QSslPreSharedKeyAuthenticator *authenticator)
{
    const QString identity = QString::fromUtf8(authenticator->identity());
    const QString refusal = m_secret.refusalReason(identity);
    if (refusal.isEmpty()) {
        authenticator->setPreSharedKey(m_secret.sessionKey());
        return;
    }
    // A key nobody holds: the handshake fails and the peer learns nothing of ours.
    socket->setProperty("sigapRefusal", tr("refused a desk at %1: %2").arg(socket->peerAddress().toString(), refusal));
    authenticator->setPreSharedKey(randomKey());
}

void RoomSync::onClientPsk(QSslSocket *socket, QSslPreSharedKeyAuthenticator *authenticator)
{
    const QString hint = QString::fromUtf8(authenticator->identityHint());
    const QString refusal = m_secret.refusalReason(hint);
    authenticator->setIdentity(m_secret.identity(m_local.desk).toUtf8());
    if (refusal.isEmpty()) {
        authenticator->setPreSharedKey(m_secret.sessionKey());
        return;
    }
    socket->setProperty("sigapRefusal", refusal);
    authenticator->setPreSharedKey(randomKey());
}

void RoomSync::adopt(QSslSocket *socket, PeerSession::Direction direction, Target *target)
{
    socket->disconnect(this);
    auto *session = new PeerSession(socket, direction, m_local, m_log, m_frames, m_clock, this);
    m_sessions.append(session);
    std::weak_ptr<Target> weakTarget;
    for (const auto &t : std::as_const(m_targets))
        if (t.get() == target)
            weakTarget = t;
    connect(session, &PeerSession::ready, this, [this, session, weakTarget] {
        if (auto t = weakTarget.lock())
            t->desk = session->peerDesk();
        onSessionReady(session);
    });
    connect(session, &PeerSession::closed, this, [this, session, weakTarget](const QString &reason) {
        if (auto t = weakTarget.lock(); t && session->reachedItself())
            t->isSelf = true;
        if (auto t = weakTarget.lock()) {
            t->waitMs = 1000;
            t->nextAttempt.start();
            t->lastError = reason;
        }
        onSessionClosed(session, reason);
    });
    connect(session, &PeerSession::presenceReceived, this,
            [this, session](const SyncMessages::Presence &p) { onPresence(session, p); });
    connect(session, &PeerSession::otherFrameReceived, this, [this, session](const Frame &f) { relay(session, f); });
    connect(session, &PeerSession::problem, this, [this](const QString &text) { report(text); });
    connect(session, &PeerSession::acknowledged, this, [this, session](const SyncMessages::SeqVector &holds) {
        Q_EMIT peerAcknowledged(session->peerDesk(), holds);
    });
    session->start();
}

void RoomSync::onSessionReady(PeerSession *session)
{
    const QString desk = session->peerDesk();
    const QList<PeerSession *> sessions = m_sessions; // closing one may remove it from the list
    for (PeerSession *other : sessions) {
        if (other == session || !other->isReady() || other->isClosing() || other->peerDesk() != desk)
            continue;
        // Two sessions with one desk: both sides keep the one the smaller desk id dialled
        // (the older one when both were dialled by the same desk), so they agree.
        const QString preferredDialer = std::min(m_local.desk, desk);
        PeerSession *loser = session;
        if (session->dialerDesk() == preferredDialer && other->dialerDesk() != preferredDialer)
            loser = other;
        loser->close(tr("a session with this desk is already open"));
        if (loser == session)
            return;
    }
    qCInfo(lcSync).noquote() << "session with desk" << desk << "at" << session->address();
    PeerRow &row = m_lastSeen[desk];
    row.desk = desk;
    row.address = session->address();
    row.lastError.clear();
    session->send(SyncMessages::encodePresence(m_ownPresence));
    for (const SyncMessages::Presence &p : std::as_const(m_presence))
        if (p.desk != desk)
            session->send(SyncMessages::encodePresence(p));
    Q_EMIT peersChanged();
}

void RoomSync::onSessionClosed(PeerSession *session, const QString &reason)
{
    m_sessions.removeOne(session);
    if (session->isReady()) {
        PeerRow &row = m_lastSeen[session->peerDesk()];
        row.lastContactMs = m_clock.nowMs() - session->figures().sinceContactMs;
        row.lastError = reason;
        qCInfo(lcSync).noquote() << "session with desk" << session->peerDesk() << "ended:" << reason;
    }
    session->deleteLater();
    Q_EMIT peersChanged();
}

void RoomSync::onPresence(PeerSession *from, const SyncMessages::Presence &presence)
{
    if (presence.desk == m_local.desk)
        return;
    auto it = m_presence.find(presence.desk);
    if (it != m_presence.end() && it->counter >= presence.counter)
        return;
    m_presence.insert(presence.desk, presence);
    const QByteArray frame = SyncMessages::encodePresence(presence);
    const QList<PeerSession *> sessions = m_sessions;
    for (PeerSession *s : sessions)
        if (s != from && s->peerDesk() != presence.desk)
            s->send(frame);
    Q_EMIT peersChanged();
}

bool RoomSync::firstTimeSeen(const QByteArray &rawFrame)
{
    const QByteArray hash = QCryptographicHash::hash(rawFrame, QCryptographicHash::Sha256);
    if (m_relayed.contains(hash))
        return false;
    m_relayed.append(hash);
    while (m_relayed.size() > 1024)
        m_relayed.removeFirst();
    return true;
}

void RoomSync::relay(PeerSession *from, const Frame &frame)
{
    // Frames the sync does not fold (a unit's position, a frame of a later version) travel
    // the room like presence does: each desk passes a frame on once, so it reaches every
    // desk even where not all are directly connected.
    if (!firstTimeSeen(frame.raw))
        return;
    const QList<PeerSession *> sessions = m_sessions;
    for (PeerSession *s : sessions)
        if (s != from)
            s->send(frame.raw);
    Q_EMIT frameReceived(frame);
}

void RoomSync::broadcast(const QByteArray &frame)
{
    firstTimeSeen(frame); // our own frame coming back round is not passed on again
    const QList<PeerSession *> sessions = m_sessions;
    for (PeerSession *s : sessions)
        s->send(frame);
}

void RoomSync::onAppended()
{
    // A copy: pushing may close a session (a store error), which takes it off the list.
    const QList<PeerSession *> sessions = m_sessions;
    for (PeerSession *s : sessions)
        s->pushNew();
}

void RoomSync::setPresence(const QString &operatorId, const QString &state)
{
    if (m_ownPresence.operatorId == operatorId && m_ownPresence.state == state)
        return;
    m_ownPresence.operatorId = operatorId;
    m_ownPresence.state = state;
    m_ownPresence.sinceMs = m_clock.nowMs();
    sendOwnPresence();
}

void RoomSync::setConfiguration(const QString &shortHash)
{
    if (m_ownPresence.config == shortHash)
        return;
    m_ownPresence.config = shortHash;
    sendOwnPresence();
}

void RoomSync::sendOwnPresence()
{
    // Stamped by the log's hybrid clock: newer than anything this desk said before a restart.
    m_ownPresence.counter = m_log.store().hybridClock().tick();
    const QByteArray frame = SyncMessages::encodePresence(m_ownPresence);
    const QList<PeerSession *> sessions = m_sessions;
    for (PeerSession *s : sessions)
        s->send(frame);
    Q_EMIT peersChanged();
}

void RoomSync::onAnnounced(const Discovery::Announcement &a, const QHostAddress &from)
{
    if (a.room != m_local.room || a.training != m_local.training || a.protocol != SyncMessages::ProtocolVersion)
        return; // another room on the same LAN: not ours to dial
    const QString host = from.toString();
    int discovered = 0;
    for (const auto &t : std::as_const(m_targets)) {
        if (t->desk == a.desk) {
            t->lastHeard.start();
            // A desk that moved gets its new address, but an announcement (which anyone on the
            // LAN can send) never redirects a desk this one is talking to or dialling.
            if (!t->isStatic && !t->dialing && !readySession(t->desk)) {
                t->host = host;
                t->port = a.port;
            }
            return;
        }
        discovered += t->isStatic ? 0 : 1;
    }
    if (discovered >= MaxDiscovered)
        return;
    auto target = std::make_shared<Target>();
    target->host = host;
    target->port = a.port;
    target->desk = a.desk;
    target->firstHeard.start();
    target->lastHeard.start();
    m_targets.append(target);
    maintain();
}

QList<RoomSync::PeerRow> RoomSync::peers() const
{
    QList<PeerRow> rows;
    QSet<QString> listed;
    for (PeerSession *s : m_sessions) {
        if (!s->isReady() || s->isClosing())
            continue;
        PeerRow row;
        row.desk = s->peerDesk();
        row.address = s->address();
        row.state = PeerState::Connected;
        row.figures = s->figures();
        row.lastContactMs = m_clock.nowMs() - row.figures.sinceContactMs;
        row.presence = m_presence.value(row.desk);
        rows.append(row);
        listed.insert(row.desk);
    }
    for (auto it = m_lastSeen.cbegin(); it != m_lastSeen.cend(); ++it) {
        if (listed.contains(it.key()))
            continue;
        PeerRow row = it.value();
        row.state = PeerState::Disconnected;
        for (const auto &t : m_targets)
            if (t->desk == it.key() && t->dialing)
                row.state = PeerState::Connecting;
        row.presence = m_presence.value(row.desk);
        rows.append(row);
        listed.insert(row.desk);
    }
    // Static peers never reached yet: listed by address, so a typo or a dead desk shows.
    for (const auto &t : m_targets) {
        if (!t->desk.isEmpty() && listed.contains(t->desk))
            continue;
        if (!t->isStatic && t->desk.isEmpty())
            continue;
        PeerRow row;
        row.desk = t->desk;
        row.address = t->host + QLatin1Char(':') + QString::number(t->port);
        row.state = t->dialing ? PeerState::Connecting : PeerState::Disconnected;
        row.lastError = t->lastError;
        rows.append(row);
        if (!t->desk.isEmpty())
            listed.insert(t->desk);
    }
    std::sort(rows.begin(), rows.end(), [](const PeerRow &a, const PeerRow &b) {
        return a.desk != b.desk ? a.desk < b.desk : a.address < b.address;
    });
    return rows;
}

QString RoomSync::stateName(PeerState state)
{
    switch (state) {
    case PeerState::Connected: return QStringLiteral("connected");
    case PeerState::Connecting: return QStringLiteral("connecting");
    case PeerState::Disconnected: break;
    }
    return QStringLiteral("disconnected");
}

QStringList RoomSync::quarantinedDesks() const
{
    QStringList desks;
    for (auto it = m_log.store().deskKeys().cbegin(); it != m_log.store().deskKeys().cend(); ++it) {
        if (m_log.store().isQuarantined(it.key()))
            desks << it.key();
    }
    desks.sort();
    return desks;
}

} // namespace Sigap
