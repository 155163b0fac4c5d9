#pragma once

#include "core/guardedserver.h"
#include "core/result.h"
#include "discovery.h"
#include "peersession.h"
#include "roomsecret.h"
#include "storedevents.h"
#include "syncmessages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QSslSocket;
class QSslPreSharedKeyAuthenticator;

namespace Sigap {

class Clock;
class EventLog;

struct SyncOptions
{
    QString roomKeyFile;
    QString listen;    // ADDR:PORT; port 0 takes a free one (see RoomSync::listenAddress)
    QStringList peers; // ADDR:PORT of desks to dial, for networks without multicast
    bool multicast = true;
    QString multicastGroup = QStringLiteral("239.255.112.112:41112");
    qint64 maxClockAheadMs = PeerSession::DefaultMaxClockAheadMs;
};

// One desk's membership of the room's LAN: it listens for the other desks, dials the ones it
// knows of (static peers, multicast announcements), keeps one TLS session per pair of desks,
// pushes every new event of the log to each of them, passes presence and unknown frames on,
// and keeps what the peers list and the status bar show. Sessions come and go; the log is
// the only state that matters, so any desk can leave and come back at any time.
class RoomSync : public QObject
{
    Q_OBJECT

public:
    enum class PeerState { Connected, Connecting, Disconnected };

    struct PeerRow
    {
        QString desk;    // empty until the peer said hello
        QString address; // host:port
        PeerState state = PeerState::Disconnected;
        PeerSession::Figures figures; // when connected
        qint64 lastContactMs = 0;     // wall time, 0 for never
        QString lastError;
        SyncMessages::Presence presence; // desk empty when unknown
    };

    struct Problem
    {
        qint64 atMs = 0; // the latest time it happened
        QString text;
        int count = 1; // a peer refused on every retry is one problem, counted
    };

    static constexpr int MaintainMs = 500;
    static constexpr int ConnectTimeoutMs = 5000;
    static constexpr int MaxRetryMs = 8000;
    static constexpr int KeptProblems = 50;
    // A room has tens of desks, each with one session to this one (two while a duplicate is
    // being settled); a desk that dials in a loop or a flood from one address cannot hold
    // more than maxPerAddress of the slots.
    static constexpr GuardedServer::Limits ListenerLimits{128, 16, 10000, 15000};

    static Result<std::unique_ptr<RoomSync>> start(EventLog &log, const Clock &clock, const SyncOptions &options);
    ~RoomSync() override;

    QString listenAddress() const;
    QString room() const { return m_local.room; }
    bool training() const { return m_local.training; }
    QList<PeerRow> peers() const;
    QList<Problem> problems() const { return m_problems; }
    int connectedCount() const;
    // Multicast announcements dropped because their MAC did not verify.
    int refusedAnnouncements() const { return m_discovery ? m_discovery->unverified() : 0; }

    // An ephemeral frame of another module (a unit's position) to every desk of the room;
    // passed on like any frame this version does not fold itself.
    void broadcast(const QByteArray &frame);

    // This desk's operator state, sent to every peer at once.
    void setPresence(const QString &operatorId, const QString &state);
    // The room configuration this desk runs (its short hash), told with its presence so the
    // shift lead sees a desk that runs another one.
    void setConfiguration(const QString &shortHash);
    SyncMessages::Presence ownPresence() const { return m_ownPresence; }
    // The other desks' presence, as last heard (directly or passed on), by desk id.
    QHash<QString, SyncMessages::Presence> presence() const { return m_presence; }

    static QString stateName(PeerState state);

    // Desks this desk's store quarantined for a fork (EventStore), sorted.
    QStringList quarantinedDesks() const;

Q_SIGNALS:
    // A peer came or went, or a desk's presence changed (this desk's own too).
    void peersChanged();
    void problemReported(const QString &text);
    // A peer applied events and told us what it holds now (benchmarks time this).
    void peerAcknowledged(const QString &desk, const Sigap::SyncMessages::SeqVector &holds);
    // A frame the sync does not fold itself, heard for the first time (after passing it on).
    void frameReceived(const Sigap::Frame &frame);

private:
    struct Target
    {
        QString host;
        quint16 port = 0;
        QString desk; // known once it said hello, or from its announcement
        bool isStatic = false;
        QPointer<QSslSocket> dialing;
        QElapsedTimer nextAttempt; // started when the wait began
        qint64 waitMs = 0;
        int retryMs = 1000;
        QElapsedTimer firstHeard; // discovered targets
        QElapsedTimer lastHeard;  // discovered targets: forgotten when silent and not connected
        bool isSelf = false;      // a static peer that turned out to be this desk: never dialled again
        QString lastError;
    };
    // Announcements carry the room's MAC, but a recorded one can be sent again: at most this
    // many desks are remembered from them, and one not heard for ForgetAfterMs without a
    // session is forgotten.
    static constexpr int MaxDiscovered = 64;
    static constexpr int ForgetAfterMs = 5 * Discovery::IntervalMs;

    RoomSync(EventLog &log, const Clock &clock, RoomSecret secret, const SyncOptions &options);
    Result<void> open();
    QSslConfiguration tlsConfiguration(bool server) const;

    void maintain();
    void dial(Target &target);
    void onServerPsk(QSslSocket *socket, QSslPreSharedKeyAuthenticator *authenticator);
    void onClientPsk(QSslSocket *socket, QSslPreSharedKeyAuthenticator *authenticator);
    void adopt(QSslSocket *socket, PeerSession::Direction direction, Target *target);
    void onSessionReady(PeerSession *session);
    void onSessionClosed(PeerSession *session, const QString &reason);
    void onPresence(PeerSession *from, const SyncMessages::Presence &presence);
    void sendOwnPresence();
    void relay(PeerSession *from, const Frame &frame);
    bool firstTimeSeen(const QByteArray &rawFrame);
    void onAppended();
    void onAnnounced(const Discovery::Announcement &announcement, const QHostAddress &from);
    void report(const QString &text);
    PeerSession *readySession(const QString &desk) const;
    Target *targetOfSocket(const QSslSocket *socket);
    void retryLater(Target &target, const QString &why);

    EventLog &m_log;
    StoredEventsCache m_frames; // the sessions' last "events" frame, shared
    const Clock &m_clock;
    RoomSecret m_secret;
    SyncOptions m_options;
    PeerSession::Local m_local;
    GuardedServer *m_server = nullptr;
    std::unique_ptr<Discovery> m_discovery;
    QList<std::shared_ptr<Target>> m_targets;
    QList<PeerSession *> m_sessions;
    QHash<QString, PeerRow> m_lastSeen; // desks seen at least once, by desk id
    QHash<QString, SyncMessages::Presence> m_presence;
    SyncMessages::Presence m_ownPresence;
    QList<QByteArray> m_relayed; // hashes of frames already passed on
    QList<Problem> m_problems;
    QTimer m_maintain;
    bool m_pushScheduled = false;
};

} // namespace Sigap
