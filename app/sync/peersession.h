#pragma once

#include "frame.h"
#include "syncmessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

class QSslSocket;

namespace Sigap {

class BackgroundEventsDecoder;
class Clock;
class EventLog;
class StoredEventsCache;

// One encrypted connection with another desk of the room, from the moment TLS is up.
//
// Both sides start with a hello carrying their version vector; from then on each side sends
// the other exactly the events it lacks (per origin, in chain order, from the peer's last
// known sequence number) and, later, every new event as it is appended. Events received are
// applied through the log, which checks room, hash and chain and ignores what it already
// holds, so applying twice is harmless. An ack after each applied batch tells the sender
// how far the receiver really is, which is the lag the peers list shows.
class PeerSession : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Outgoing, Incoming };

    static constexpr qint64 DefaultMaxClockAheadMs = 5 * 60 * 1000;

    struct Local
    {
        QString room;
        bool training = false;
        QString desk;
        // Events stamped further ahead of this desk's clock wait (see holdEventsFromTheFuture).
        qint64 maxClockAheadMs = DefaultMaxClockAheadMs;
    };

    struct Figures
    {
        qint64 lagEvents = 0;    // events this desk holds that the peer has not confirmed
        qint64 lagMs = 0;        // age of the oldest of them (0 when none)
        qint64 behindEvents = 0; // events the peer holds that this desk lacks
        qint64 rttMs = -1;       // last heartbeat round trip, -1 before the first
        qint64 sinceContactMs = 0;
        qint64 sentEvents = 0;
        qint64 receivedEvents = 0;
    };

    // Heartbeats keep a quiet session visibly alive; a peer silent this long is taken as
    // gone (a pulled cable does not close a TCP connection by itself).
    static constexpr int HeartbeatMs = 1000;
    static constexpr int SilenceMs = 6000;
    // At most this many events per frame, and no more queued in the socket than this.
    static constexpr int BatchEvents = 2000;
    static constexpr qint64 HighWaterBytes = 4 * 1024 * 1024;
    // Events frames at least this large are decoded on the decoder thread (a catch-up's); a
    // live append's frame is a few hundred bytes and is decoded at once.
    static constexpr qsizetype BackgroundFrameBytes = 16 * 1024;
    // Received frames not yet applied: reading from the socket pauses above this, so a slow
    // store holds the sender back through TCP instead of filling this desk's memory.
    static constexpr qint64 InboxHighWaterBytes = 16 * 1024 * 1024;

    // frames: shared by the room's sessions (a frame made once serves every peer in step).
    PeerSession(QSslSocket *socket, Direction direction, const Local &local, EventLog &log, StoredEventsCache &frames,
                const Clock &clock, QObject *parent = nullptr);
    ~PeerSession() override;

    Direction direction() const { return m_direction; }
    bool isReady() const { return m_ready; }
    bool isClosing() const { return m_closing; }
    // The peer's hello named this very desk (a --peer that points at itself).
    bool reachedItself() const { return m_reachedItself; }
    QString peerDesk() const { return m_peerDesk; }
    QString address() const { return m_address; }
    // The desk that opened the connection (used to keep one session per pair of desks).
    QString dialerDesk() const { return m_direction == Direction::Outgoing ? m_local.desk : m_peerDesk; }
    Figures figures() const;

    void start();
    // Sends what the peer lacks, as far as the socket's buffer allows; called again as the
    // buffer drains and after every local append.
    void pushNew();
    // Presence and relayed frames; dropped once closing.
    void send(const QByteArray &frame);
    // Tells the peer why, then closes. closed() follows.
    void close(const QString &reason);

Q_SIGNALS:
    void ready();
    void closed(const QString &reason);
    void presenceReceived(const Sigap::SyncMessages::Presence &presence);
    void otherFrameReceived(const Sigap::Frame &frame);
    void problem(const QString &message);
    // The peer said which events it holds now (after applying a batch).
    void acknowledged(const Sigap::SyncMessages::SeqVector &holds);

private:
    void onReadyRead();
    void onDisconnected();
    void onHeartbeat();
    bool handleFrame(const Frame &frame);
    bool handleHello(const Frame &frame);
    bool applyBatch(QList<ReceivedEvent> &batch);
    void holdEventsFromTheFuture(QList<ReceivedEvent> &batch);
    void reportRefused(const QList<EventStore::RefusedRun> &refused);
    void askForEitherSideOfAFork(const EventStore::VersionVector &peerHeads);
    void cutFrames(qint64 limit);
    void drainInbox();
    void onDecoded(quint64 ticket, std::shared_ptr<Result<QList<ReceivedEvent>>> decoded);
    void flushNow();
    void fail(const QString &message); // a problem worth reporting, then close
    void finish(const QString &reason);

    QSslSocket *m_socket;
    Direction m_direction;
    Local m_local;
    EventLog &m_log;
    StoredEventsCache &m_frames;
    const Clock &m_clock;
    QString m_address;
    QString m_peerDesk;
    FrameDecoder m_decoder;
    // Frames in the order they arrived, applied from the front. An events frame handed to
    // the decoder thread waits there until its events come back; the frames behind it wait
    // too, so the order of the stream is kept.
    struct Inbound
    {
        Frame frame;
        QString malformed;   // the decoder's reason, for a frame that could not be cut out
        qsizetype bytes = 0; // counted in m_inboxBytes
        bool decoding = false;
        std::shared_ptr<Result<QList<ReceivedEvent>>> decoded; // from the decoder thread
    };
    std::deque<Inbound> m_inbox;
    quint64 m_inboxFirstTicket = 0; // the ticket of m_inbox.front()
    qint64 m_inboxBytes = 0;
    bool m_draining = false;
    bool m_drainPosted = false; // a drain is queued after the decoder's latest results
    bool m_cutPaused = false;   // whole frames wait in the socket: the inbox was full
    bool m_malformedQueued = false;
    bool m_peerGone = false; // it hung up: its frames are applied, then the session ends
    // Made at the first large frame.
    std::unique_ptr<BackgroundEventsDecoder> m_background;
    SyncMessages::SeqVector m_known;   // what the peer holds or has been sent
    SyncMessages::SeqVector m_peerHas; // what the peer has confirmed holding
    QTimer m_heartbeat;
    QSet<QString> m_heldOrigins; // origins whose events wait for this desk's clock
    QSet<QString> m_reportedQuarantined;
    QHash<QString, qint64> m_forkFrom; // desk -> seq after which to send our side of a fork
    QTimer m_askAgain;                 // ends the session when they may be taken, to be sent them again
    QElapsedTimer m_lastContact;
    QElapsedTimer m_pingSent;
    qint64 m_pingId = 0;
    qint64 m_rttMs = -1;
    qint64 m_sentEvents = 0;
    qint64 m_receivedEvents = 0;
    bool m_ready = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_reachedItself = false;
    QString m_closeReason;
};

} // namespace Sigap
