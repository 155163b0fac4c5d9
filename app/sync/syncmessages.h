#pragma once

#include "core/result.h"
#include "domain/event.h"
#include "frame.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Sigap {

// The typed frames of the LAN sync protocol (version 1). Every frame is a CBOR map with
// text keys; "t" is the type. A frame of a type this version does not know is not an
// error: the session relays it to its other peers (a newer desk may understand it).
namespace SyncMessages {

inline constexpr int ProtocolVersion = 1;

namespace Type {
inline const QString Hello = QStringLiteral("hello");       // first frame of each side
inline const QString Events = QStringLiteral("events");     // events the receiver lacks
inline const QString Ack = QStringLiteral("ack");           // receiver's version vector after applying
inline const QString Presence = QStringLiteral("presence"); // operator state of one desk (ephemeral)
inline const QString Ping = QStringLiteral("ping");
inline const QString Pong = QStringLiteral("pong");
inline const QString Bye = QStringLiteral("bye"); // the reason a side closes
} // namespace Type

// Per origin: how many events of it a desk holds.
using SeqVector = QHash<QString, qint64>;

struct Hello
{
    int protocol = ProtocolVersion;
    QString room;
    bool training = false;
    QString desk;
    EventStore::VersionVector versions; // seq and head hash per origin
};

struct Presence
{
    QString desk;
    QString operatorId;
    QString state; // available, on_call, wrap_up, break, signed_out
    qint64 sinceMs = 0;
    qint64 counter = 0; // grows with each change at that desk; the newest wins
    QString config;     // the short hash of the room configuration in force there; empty: unsaid
};

QByteArray encodeHello(const Hello &hello);
Result<Hello> decodeHello(const Frame &frame);

QByteArray encodeEvents(const QList<Event> &events);
// A deferred frame (see Frame::eventsDeferred) is read by EventsFrameReader when it is in the
// plain form, else decoded in full: Generic forces the latter (tests compare the two).
enum class EventsDecoding { Fast, Generic };
Result<QList<ReceivedEvent>> decodeEvents(const Frame &frame, EventsDecoding decoding = EventsDecoding::Fast);

QByteArray encodeAck(const SeqVector &seqs);
Result<SeqVector> decodeAck(const Frame &frame);

QByteArray encodePresence(const Presence &presence);
Result<Presence> decodePresence(const Frame &frame);

QByteArray encodePing(qint64 id);
QByteArray encodePong(qint64 id);
Result<qint64> decodePingId(const Frame &frame);

QByteArray encodeBye(const QString &reason);
QString decodeByeReason(const Frame &frame);

// A short digest of a version vector (hex), equal on desks that hold the same events.
QString digest(const EventStore::VersionVector &versions);
SeqVector seqsOf(const EventStore::VersionVector &versions);

} // namespace SyncMessages

} // namespace Sigap
