#include "peersession.h"

#include "backgroundeventsdecoder.h"
#include "core/clock.h"
#include "core/logging.h"
#include "domain/hlc.h"
#include "store/eventlog.h"
#include "storedevents.h"

#include <QSslSocket>

#include <limits>

namespace Sigap {

PeerSession::PeerSession(QSslSocket *socket, Direction direction, const Local &local, EventLog &log,
                         StoredEventsCache &frames, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_direction(direction)
    , m_local(local)
    , m_log(log)
    , m_frames(frames)
    , m_clock(clock)
    , m_address(socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort()))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    // Bounded, so that a desk that stops reading (its inbox full) holds the sender back.
    m_socket->setReadBufferSize(InboxHighWaterBytes / 2);
    connect(m_socket, &QIODevice::readyRead, this, &PeerSession::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &PeerSession::pushNew);
    connect(m_socket, &QAbstractSocket::disconnected, this, &PeerSession::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket->error() != QAbstractSocket::RemoteHostClosedError)
            finish(m_closing ? m_closeReason : m_socket->errorString());
    });
    connect(&m_askAgain, &QTimer::timeout, this,
            [this] { close(tr("asking again for the events that waited for this desk's clock")); });
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PeerSession::onHeartbeat);
}

PeerSession::~PeerSession() = default;

void PeerSession::start()
{
    m_lastContact.start();
    m_heartbeat.start();
    const EventStore &store = m_log.store();
    m_socket->write(SyncMessages::encodeHello(SyncMessages::Hello{
        SyncMessages::ProtocolVersion, m_local.room, m_local.training, m_local.desk, store.versionVector()}));
    // Bytes that arrived with the end of the handshake are already waiting.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &PeerSession::onReadyRead, Qt::QueuedConnection);
}

PeerSession::Figures PeerSession::figures() const
{
    Figures f;
    const EventStore &store = m_log.store();
    const EventStore::VersionVector &vv = store.versionVector();
    qint64 oldestStamp = 0;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it) {
        const qint64 peerSeq = m_peerHas.value(it.key());
        if (it->seq <= peerSeq)
            continue;
        f.lagEvents += it->seq - peerSeq;
        if (const auto stamp = store.stampOf(it.key(), peerSeq + 1); stamp && (!oldestStamp || *stamp < oldestStamp))
            oldestStamp = *stamp;
    }
    for (auto it = m_peerHas.cbegin(); it != m_peerHas.cend(); ++it)
        f.behindEvents += std::max<qint64>(0, it.value() - vv.value(it.key()).seq);
    if (oldestStamp)
        f.lagMs = std::max<qint64>(0, m_clock.nowMs() - Hlc::wallMs(oldestStamp));
    f.rttMs = m_rttMs;
    f.sinceContactMs = m_lastContact.isValid() ? m_lastContact.elapsed() : 0;
    f.sentEvents = m_sentEvents;
    f.receivedEvents = m_receivedEvents;
    return f;
}

void PeerSession::pushNew()
{
    if (!m_ready || m_closing)
        return;
    const EventStore &store = m_log.store();
    const EventStore::VersionVector &vv = store.versionVector();
    while (m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < HighWaterBytes) {
        QString origin;
        // Our side of a fork goes first, from where the histories part, whatever acks said.
        if (!m_forkFrom.isEmpty()) {
            origin = m_forkFrom.cbegin().key();
            m_known.insert(origin, m_forkFrom.take(origin));
        }
        for (auto it = vv.cbegin(); origin.isEmpty() && it != vv.cend(); ++it) {
            if (it->seq > m_known.value(it.key())) {
                origin = it.key();
                break;
            }
        }
        if (origin.isEmpty())
            break;
        // Written from the stored bytes; halved until it fits the receiver's frame limit,
        // whatever the events weigh.
        Result<StoredEvents> batch = makeError(QString(), QString());
        for (int limit = BatchEvents; limit >= 1; limit /= 2) {
            batch = m_frames.encode(store, origin, m_known.value(origin), limit);
            if (!batch || batch.value().frame.size() <= FrameDecoder::MaxFrameBytes || limit == 1)
                break;
        }
        if (!batch) {
            fail(batch.error().message);
            return;
        }
        if (batch.value().count == 0) {
            // No signed event to end a frame with (a store from before desks signed).
            qCWarning(lcSync).noquote() << "no signed events of" << origin << "after" << m_known.value(origin)
                                        << "to send";
            m_known.insert(origin, vv.value(origin).seq);
            continue;
        }
        m_socket->write(batch.value().frame);
        m_known.insert(origin, batch.value().lastSeq);
        m_sentEvents += batch.value().count;
    }
    flushNow();
}

void PeerSession::flushNow()
{
    // QSslSocket encrypts and hands written bytes to the TCP socket only on a later pass of
    // the event loop, and that socket writes them on the pass after; flushing sends them now.
    // Each hop of an append (events out, the acknowledgement back) saved two passes.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
}

void PeerSession::send(const QByteArray &frame)
{
    if (m_ready && !m_closing)
        m_socket->write(frame);
}

void PeerSession::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_closeReason = reason;
    m_heartbeat.stop();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(SyncMessages::encodeBye(reason));
        m_socket->disconnectFromHost();
        // A peer that stopped reading must not keep us waiting for the buffer to drain.
        QTimer::singleShot(2000, this, [this] { m_socket->abort(); });
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish(reason);
}

void PeerSession::fail(const QString &message)
{
    qCWarning(lcSync).noquote() << m_address << m_peerDesk << message;
    Q_EMIT problem(message);
    close(message);
}

void PeerSession::finish(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_heartbeat.stop();
    m_socket->abort();
    Q_EMIT closed(reason);
}

void PeerSession::onDisconnected()
{
    // What the peer sent before it hung up is applied (a desk shutting down sends its last
    // events and a bye): cut without a limit, and decode here what the decoder thread still
    // holds, since the session ends before its results would come back.
    if (!m_closing && !m_finished && !m_peerGone) {
        m_peerGone = true;
        cutFrames(std::numeric_limits<qint64>::max());
        for (Inbound &in : m_inbox)
            in.decoding = false;
        if (m_draining)
            return; // hung up while a batch was acknowledged: the drain under way finishes
        drainInbox();
    }
    finish(m_closing ? m_closeReason : tr("the peer closed the connection"));
}

void PeerSession::onHeartbeat()
{
    if (m_lastContact.elapsed() > SilenceMs) {
        close(tr("no word from the peer for %1 s").arg(SilenceMs / 1000));
        return;
    }
    m_pingSent.start();
    m_socket->write(SyncMessages::encodePing(++m_pingId));
    flushNow();
}

void PeerSession::onReadyRead()
{
    if (m_finished || m_closing)
        return;
    m_lastContact.start();
    cutFrames(InboxHighWaterBytes);
    drainInbox();
}

// Moves whole frames from the socket into the inbox until it holds `limit` bytes. Frames are
// cut one at a time; while the inbox is full, what is not taken stays in the socket and TCP
// holds the sender back.
void PeerSession::cutFrames(qint64 limit)
{
    m_cutPaused = false;
    while (!m_malformedQueued) {
        if (m_inboxBytes >= limit) {
            m_cutPaused = true;
            return;
        }
        auto next = m_decoder.next(*m_socket);
        if (!next)
            return;
        Inbound in;
        if (!*next) {
            in.malformed = next->error().message;
            m_inbox.push_back(std::move(in));
            m_malformedQueued = true; // nothing after it can be cut out
            return;
        }
        in.frame = std::move(*next).value();
        in.bytes = in.frame.raw.size();
        m_inboxBytes += in.bytes;
        if (in.frame.type == SyncMessages::Type::Events && in.frame.raw.size() >= BackgroundFrameBytes) {
            if (!m_background)
                m_background = std::make_unique<BackgroundEventsDecoder>(
                    [this](quint64 ticket, BackgroundEventsDecoder::Decoded decoded) {
                        onDecoded(ticket, std::move(decoded));
                    });
            in.decoding = true;
            m_background->decode(m_inboxFirstTicket + m_inbox.size(), in.frame);
        }
        m_inbox.push_back(std::move(in));
    }
}

void PeerSession::onDecoded(quint64 ticket, std::shared_ptr<Result<QList<ReceivedEvent>>> decoded)
{
    if (m_finished || ticket < m_inboxFirstTicket || ticket - m_inboxFirstTicket >= m_inbox.size())
        return;
    Inbound &in = m_inbox[size_t(ticket - m_inboxFirstTicket)];
    if (!in.decoding)
        return; // decoded on this thread meanwhile (the peer hung up)
    in.decoding = false;
    in.decoded = std::move(decoded);
    // One drain after every result already posted: the frames decoded meanwhile go into the
    // same transaction instead of one transaction each.
    if (!m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_drainPosted = false;
                drainInbox();
            },
            Qt::QueuedConnection);
    }
}

// Applies the inbox from the front, events in batches, until it is empty or its front is
// still being decoded. While the store writes one batch, the decoder thread decodes the next.
void PeerSession::drainInbox()
{
    if (m_draining || m_finished || m_closing)
        return;
    m_draining = true;
    auto popFront = [this] {
        m_inboxBytes -= m_inbox.front().bytes;
        m_inbox.pop_front();
        ++m_inboxFirstTicket;
    };
    QList<ReceivedEvent> batch;
    bool open = true;
    while (open && !m_inbox.empty()) {
        Inbound &in = m_inbox.front();
        if (!in.malformed.isEmpty()) {
            const QString why = in.malformed;
            applyBatch(batch);
            fail(tr("malformed frame: %1").arg(why));
            open = false;
            break;
        }
        if (in.frame.type == SyncMessages::Type::Events && m_ready) {
            if (in.decoding)
                break; // its events are still on the decoder thread; the rest waits behind them
            auto events = in.decoded ? std::move(*in.decoded) : SyncMessages::decodeEvents(in.frame);
            popFront();
            if (!events) {
                applyBatch(batch);
                fail(tr("malformed frame: %1").arg(events.error().message));
                open = false;
                break;
            }
            if (batch.isEmpty())
                batch = std::move(events).value();
            else
                batch.append(std::move(events).value());
            // One transaction per few thousand events: fewer fsyncs during a catch-up.
            if (batch.size() >= 4 * BatchEvents && !applyBatch(batch))
                open = false;
            continue;
        }
        const Frame frame = std::move(in.frame);
        popFront();
        open = applyBatch(batch) && handleFrame(frame);
    }
    if (open)
        applyBatch(batch);
    m_draining = false;
    if (m_peerGone) {
        finish(m_closing ? m_closeReason : tr("the peer closed the connection"));
        return;
    }
    // Cutting paused at the high-water mark, or bytes wait in the socket: go on now.
    if (!m_closing && !m_finished && m_inboxBytes < InboxHighWaterBytes
        && (m_cutPaused || m_socket->bytesAvailable() > 0))
        QMetaObject::invokeMethod(this, &PeerSession::onReadyRead, Qt::QueuedConnection);
}

// An event stamped more than maxClockAheadMs ahead of this desk's clock would win every
// last-writer-wins field until the clock caught up with it, and drag this desk's hybrid clock
// along: a desk whose clock runs a day ahead, or a key holder who stamps ahead on purpose,
// would own the room for a day. Such an event waits, with every later event of its origin
// (they chain to it); the other origins' events go on. When the first of them is due, the
// session ends so that the next one, whoever dials, sends them again.
void PeerSession::holdEventsFromTheFuture(QList<ReceivedEvent> &batch)
{
    const qint64 latestMs = m_clock.nowMs() + m_local.maxClockAheadMs;
    qint64 earliestHeldMs = std::numeric_limits<qint64>::max();
    QStringList newlyHeld;
    for (const ReceivedEvent &received : std::as_const(batch)) {
        const Event &e = received.event;
        const qint64 wallMs = Hlc::wallMs(e.hlc);
        if (wallMs <= latestMs || m_heldOrigins.contains(e.origin))
            continue;
        m_heldOrigins.insert(e.origin);
        newlyHeld << e.origin;
        earliestHeldMs = std::min(earliestHeldMs, wallMs);
    }
    // Every event of such a desk in the batch waits, the earlier ones too: a run is taken only
    // whole, up to its signed end.
    batch.removeIf([&](const ReceivedEvent &received) { return m_heldOrigins.contains(received.event.origin); });
    if (newlyHeld.isEmpty())
        return;
    Q_EMIT problem(tr("events of desk %1 are stamped more than %2 min ahead of this desk's clock; they wait until "
                      "the clock catches up (is that desk's clock right?)")
                       .arg(newlyHeld.join(QStringLiteral(", ")))
                       .arg(m_local.maxClockAheadMs / 60000));
    if (!m_askAgain.isActive()) {
        const qint64 dueInMs = std::clamp<qint64>(earliestHeldMs - latestMs + 1000, 1000, 24 * 3600 * 1000);
        m_askAgain.setSingleShot(true);
        m_askAgain.start(int(dueInMs));
    }
}

// A peer's events are taken per desk: a run the store refuses (a forged or foreign signature,
// a fork) is reported and the rest of the batch goes on, so a peer that relayed it in good
// faith is not cut off and the other desks' events keep flowing. A quarantined desk's events
// are refused every time they come; that is reported once per session.
void PeerSession::reportRefused(const QList<EventStore::RefusedRun> &refused)
{
    for (const EventStore::RefusedRun &run : refused) {
        if (run.error.code == QLatin1String("import.quarantined")) {
            if (m_reportedQuarantined.contains(run.origin))
                continue;
            m_reportedQuarantined.insert(run.origin);
        }
        qCWarning(lcSync).noquote() << m_address << m_peerDesk << "refused events" << run.origin << run.firstSeq
                                    << run.lastSeq << run.error.code;
        Q_EMIT problem(tr("refused events %1 to %2 of desk %3 from desk %4: %5")
                           .arg(run.firstSeq)
                           .arg(run.lastSeq)
                           .arg(run.origin, m_peerDesk, run.error.message));
    }
}

bool PeerSession::applyBatch(QList<ReceivedEvent> &batch)
{
    if (batch.isEmpty())
        return !m_closing;
    // The peer holds what it sends: never send it back. A frame is a run of one origin's
    // events, so the vectors are updated once per run, not per event.
    qint64 runMax = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Event &e = batch.at(i).event;
        runMax = std::max(runMax, e.seq);
        if (i + 1 < batch.size() && batch.at(i + 1).event.origin == e.origin)
            continue;
        if (runMax > m_known.value(e.origin))
            m_known.insert(e.origin, runMax);
        if (runMax > m_peerHas.value(e.origin))
            m_peerHas.insert(e.origin, runMax);
        runMax = 0;
    }
    holdEventsFromTheFuture(batch);
    if (batch.isEmpty())
        return !m_closing;
    QElapsedTimer applying;
    applying.start();
    const qsizetype count = batch.size();
    // The payload bytes stay referenced here, so the store only drops its references and the
    // decoder thread that allocated them frees them below.
    QList<QByteArray> payloads;
    if (m_background) {
        payloads.reserve(batch.size());
        for (const ReceivedEvent &received : std::as_const(batch))
            payloads.append(received.canonicalPayload);
    }
    auto result = m_log.importEvents(std::move(batch), EventStore::Refusals::PerOrigin);
    qCDebug(lcSync) << "applied" << count << "events in" << applying.elapsed() << "ms; buffered" << m_decoder.buffered()
                    << "bytes";
    batch.clear();
    if (!result) {
        fail(tr("refused %1 events from desk %2: %3").arg(count).arg(m_peerDesk, result.error().message));
        return false;
    }
    m_receivedEvents += result.value().added.size();
    reportRefused(result.value().refused);
    // Acknowledged even when all of it was here already (another peer brought it first): the
    // sender's lag figure for this desk depends on it.
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(SyncMessages::encodeAck(SyncMessages::seqsOf(m_log.store().versionVector())));
        flushNow();
    }
    if (m_background) {
        m_background->releaseLater(std::move(payloads));
        m_background->releaseLater(std::move(result).value());
    }
    return !m_closing;
}

// Head hashes are compared when sessions meet. Where the peer's newest event of a desk differs
// from the one this desk holds under the same number, one of the two histories is a fork: this
// desk sends its own from that number on, and the peer (doing the same) sends its own, so each
// side's store sees both signed versions and quarantines the desk. Without this, two desks
// holding different events under the same numbers would never exchange them.
void PeerSession::askForEitherSideOfAFork(const EventStore::VersionVector &peerHeads)
{
    const EventStore &store = m_log.store();
    for (auto it = peerHeads.cbegin(); it != peerHeads.cend(); ++it) {
        const qint64 seq = it->seq;
        if (seq < 1 || seq > store.versionVector().value(it.key()).seq)
            continue;
        const auto here = store.hashAt(it.key(), seq);
        if (here && here.value() != it->hash) {
            qCWarning(lcSync).noquote() << m_address << m_peerDesk << "holds another event" << it.key() << seq;
            m_forkFrom.insert(it.key(), seq - 1);
        }
    }
}

bool PeerSession::handleFrame(const Frame &frame)
{
    using namespace SyncMessages;
    if (frame.type == Type::Bye) {
        close(tr("the peer closed the session: %1").arg(decodeByeReason(frame)));
        return false;
    }
    if (!m_ready) {
        if (frame.type == Type::Hello)
            return handleHello(frame);
        fail(tr("expected a hello, received a \"%1\" frame").arg(frame.type));
        return false;
    }
    if (frame.type == Type::Hello) {
        fail(tr("a second hello in one session"));
        return false;
    }
    if (frame.type == Type::Ack) {
        auto seqs = decodeAck(frame);
        if (!seqs) {
            fail(tr("malformed frame: %1").arg(seqs.error().message));
            return false;
        }
        for (auto it = seqs.value().cbegin(); it != seqs.value().cend(); ++it) {
            m_peerHas.insert(it.key(), std::max(it.value(), m_peerHas.value(it.key())));
            m_known.insert(it.key(), std::max(it.value(), m_known.value(it.key())));
        }
        Q_EMIT acknowledged(m_peerHas);
        pushNew();
    } else if (frame.type == Type::Ping) {
        auto id = decodePingId(frame);
        if (id) {
            m_socket->write(encodePong(id.value()));
            flushNow(); // the round trip is the figure the peers list shows
        }
    } else if (frame.type == Type::Pong) {
        auto id = decodePingId(frame);
        if (id && id.value() == m_pingId)
            m_rttMs = m_pingSent.elapsed();
    } else if (frame.type == Type::Presence) {
        auto presence = decodePresence(frame);
        if (!presence) {
            fail(tr("malformed frame: %1").arg(presence.error().message));
            return false;
        }
        Q_EMIT presenceReceived(presence.value());
    } else {
        // A frame of a later protocol version: passed on, not dropped.
        Q_EMIT otherFrameReceived(frame);
    }
    return !m_closing;
}

bool PeerSession::handleHello(const Frame &frame)
{
    if (m_closing)
        return false; // a hello that arrives after the close changes nothing
    auto hello = SyncMessages::decodeHello(frame);
    if (!hello) {
        fail(tr("malformed frame: %1").arg(hello.error().message));
        return false;
    }
    const SyncMessages::Hello &h = hello.value();
    if (h.protocol != SyncMessages::ProtocolVersion) {
        fail(tr("the peer speaks sync protocol %1, this desk speaks %2")
                 .arg(h.protocol)
                 .arg(SyncMessages::ProtocolVersion));
        return false;
    }
    if (h.room != m_local.room || h.training != m_local.training) {
        fail(tr("the peer is desk %1 of room %2, this is room %3").arg(h.desk, h.room, m_local.room));
        return false;
    }
    if (h.desk == m_local.desk) {
        m_reachedItself = true;
        close(tr("this address is this desk itself"));
        return false;
    }
    m_peerDesk = h.desk;
    m_peerHas = SyncMessages::seqsOf(h.versions);
    m_known = m_peerHas;
    askForEitherSideOfAFork(h.versions);
    m_ready = true;
    Q_EMIT ready();
    if (m_closing) // the room keeps one session per pair of desks
        return false;
    pushNew();
    return true;
}

} // namespace Sigap
