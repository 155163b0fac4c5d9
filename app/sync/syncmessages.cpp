#include "syncmessages.h"

#include "domain/cborinteger.h"
#include "eventsframereader.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace Sigap::SyncMessages {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::SyncMessages)
};

QCborMap typed(const QString &type)
{
    QCborMap map;
    map.insert(QStringLiteral("t"), type);
    return map;
}

Error shapeError(const QString &type, const QString &field)
{
    return makeError(QStringLiteral("frame.field"), Texts::tr("the \"%1\" frame has no valid \"%2\"").arg(type, field));
}

} // namespace

QByteArray encodeHello(const Hello &hello)
{
    QCborMap map = typed(Type::Hello);
    map.insert(QStringLiteral("protocol"), hello.protocol);
    map.insert(QStringLiteral("room"), hello.room);
    map.insert(QStringLiteral("training"), hello.training);
    map.insert(QStringLiteral("desk"), hello.desk);
    QCborMap versions;
    for (auto it = hello.versions.cbegin(); it != hello.versions.cend(); ++it)
        versions.insert(it.key(), QCborArray{it->seq, it->hash});
    map.insert(QStringLiteral("versions"), versions);
    return Frame::encode(map);
}

Result<Hello> decodeHello(const Frame &frame)
{
    const QCborMap &m = frame.body;
    Hello hello;
    const QCborValue protocol = m.value(QStringLiteral("protocol"));
    const QCborValue room = m.value(QStringLiteral("room"));
    const QCborValue desk = m.value(QStringLiteral("desk"));
    const QCborValue versions = m.value(QStringLiteral("versions"));
    if (!protocol.isInteger())
        return shapeError(Type::Hello, QStringLiteral("protocol"));
    if (!room.isString())
        return shapeError(Type::Hello, QStringLiteral("room"));
    if (!desk.isString() || desk.toString().isEmpty())
        return shapeError(Type::Hello, QStringLiteral("desk"));
    if (!versions.isMap())
        return shapeError(Type::Hello, QStringLiteral("versions"));
    hello.protocol = int(cborInteger(protocol));
    hello.room = room.toString();
    hello.training = m.value(QStringLiteral("training")).toBool();
    hello.desk = desk.toString();
    const QCborMap vv = versions.toMap();
    for (auto it = vv.cbegin(); it != vv.cend(); ++it) {
        const QCborArray head = it.value().toArray();
        if (!it.key().isString() || head.size() != 2 || !head.at(0).isInteger() || cborInteger(head.at(0)) < 0
            || !head.at(1).isByteArray())
            return shapeError(Type::Hello, QStringLiteral("versions"));
        hello.versions.insert(it.key().toString(), EventStore::Head{cborInteger(head.at(0)), head.at(1).toByteArray()});
    }
    return hello;
}

QByteArray encodeEvents(const QList<Event> &events)
{
    QCborArray list;
    for (const Event &e : events)
        list.append(e.toCbor());
    QCborMap map = typed(Type::Events);
    map.insert(QStringLiteral("events"), list);
    return Frame::encode(map);
}

Result<QList<ReceivedEvent>> decodeEvents(const Frame &frame, EventsDecoding decoding)
{
    if (frame.eventsDeferred) {
        // The body is raw after its length prefix (FrameDecoder sets raw).
        const QByteArrayView body = frame.raw.size() > 4 ? QByteArrayView(frame.raw).sliced(4) : QByteArrayView();
        if (decoding == EventsDecoding::Fast) {
            if (auto events = EventsFrameReader::read(body))
                return std::move(events).value();
        }
        auto decoded = Frame::decodeBody(body.toByteArray(), Frame::Events::Decode);
        if (!decoded)
            return decoded.error();
        return decodeEvents(decoded.value());
    }
    const QCborValue list = frame.body.value(QStringLiteral("events"));
    if (!list.isArray())
        return shapeError(Type::Events, QStringLiteral("events"));
    QList<ReceivedEvent> events;
    const QCborArray array = list.toArray();
    events.reserve(array.size());
    for (const QCborValue &value : array) {
        auto event = Event::fromCbor(value, Event::HashCheck::LeaveToStore);
        if (!event)
            return makeError(
                QStringLiteral("frame.event"),
                Texts::tr("event %1 of an \"events\" frame: %2").arg(events.size() + 1).arg(event.error().message));
        events.append(ReceivedEvent::of(std::move(event).value()));
    }
    return events;
}

namespace {
QCborMap seqMap(const SeqVector &seqs)
{
    QCborMap map;
    for (auto it = seqs.cbegin(); it != seqs.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}
} // namespace

QByteArray encodeAck(const SeqVector &seqs)
{
    QCborMap map = typed(Type::Ack);
    map.insert(QStringLiteral("seqs"), seqMap(seqs));
    return Frame::encode(map);
}

Result<SeqVector> decodeAck(const Frame &frame)
{
    const QCborValue value = frame.body.value(QStringLiteral("seqs"));
    if (!value.isMap())
        return shapeError(Type::Ack, QStringLiteral("seqs"));
    SeqVector seqs;
    const QCborMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isString() || !it.value().isInteger() || cborInteger(it.value()) < 0)
            return shapeError(Type::Ack, QStringLiteral("seqs"));
        seqs.insert(it.key().toString(), cborInteger(it.value()));
    }
    return seqs;
}

QByteArray encodePresence(const Presence &presence)
{
    QCborMap map = typed(Type::Presence);
    map.insert(QStringLiteral("desk"), presence.desk);
    map.insert(QStringLiteral("operator"), presence.operatorId);
    map.insert(QStringLiteral("state"), presence.state);
    map.insert(QStringLiteral("since"), presence.sinceMs);
    map.insert(QStringLiteral("counter"), presence.counter);
    if (!presence.config.isEmpty())
        map.insert(QStringLiteral("config"), presence.config);
    return Frame::encode(map);
}

Result<Presence> decodePresence(const Frame &frame)
{
    const QCborMap &m = frame.body;
    Presence p;
    const QCborValue desk = m.value(QStringLiteral("desk"));
    const QCborValue state = m.value(QStringLiteral("state"));
    const QCborValue counter = m.value(QStringLiteral("counter"));
    if (!desk.isString() || desk.toString().isEmpty())
        return shapeError(Type::Presence, QStringLiteral("desk"));
    if (!state.isString())
        return shapeError(Type::Presence, QStringLiteral("state"));
    if (!counter.isInteger())
        return shapeError(Type::Presence, QStringLiteral("counter"));
    p.desk = desk.toString();
    p.operatorId = m.value(QStringLiteral("operator")).toString();
    p.state = state.toString();
    p.sinceMs = cborInteger(m.value(QStringLiteral("since")));
    p.counter = cborInteger(counter);
    // Optional (a desk of an earlier version says nothing): a short hex hash, or refused.
    const QCborValue config = m.value(QStringLiteral("config"));
    static const QRegularExpression shortHash(QStringLiteral("^[0-9a-f]{1,64}$"));
    if (!config.isUndefined() && (!config.isString() || !shortHash.match(config.toString()).hasMatch()))
        return shapeError(Type::Presence, QStringLiteral("config"));
    p.config = config.toString();
    return p;
}

QByteArray encodePing(qint64 id)
{
    QCborMap map = typed(Type::Ping);
    map.insert(QStringLiteral("id"), id);
    return Frame::encode(map);
}

QByteArray encodePong(qint64 id)
{
    QCborMap map = typed(Type::Pong);
    map.insert(QStringLiteral("id"), id);
    return Frame::encode(map);
}

Result<qint64> decodePingId(const Frame &frame)
{
    const QCborValue id = frame.body.value(QStringLiteral("id"));
    if (!id.isInteger())
        return shapeError(frame.type, QStringLiteral("id"));
    return cborInteger(id);
}

QByteArray encodeBye(const QString &reason)
{
    QCborMap map = typed(Type::Bye);
    map.insert(QStringLiteral("reason"), reason);
    return Frame::encode(map);
}

QString decodeByeReason(const Frame &frame)
{
    return frame.body.value(QStringLiteral("reason")).toString();
}

QString digest(const EventStore::VersionVector &versions)
{
    QStringList origins = versions.keys();
    std::sort(origins.begin(), origins.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &origin : std::as_const(origins)) {
        const EventStore::Head &head = versions[origin];
        hash.addData(origin.toUtf8());
        hash.addData(QByteArray::number(head.seq));
        hash.addData(head.hash);
    }
    return QString::fromLatin1(hash.result().left(8).toHex());
}

SeqVector seqsOf(const EventStore::VersionVector &versions)
{
    SeqVector seqs;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        seqs.insert(it.key(), it->seq);
    return seqs;
}

} // namespace Sigap::SyncMessages
