// The sync protocol's pure parts: frame codec, typed frames and the room secret file.
#include "sync/discovery.h"
#include "sync/eventsframereader.h"
#include "sync/frame.h"
#include "sync/roomsecret.h"
#include "sync/storedevents.h"
#include "sync/syncmessages.h"

#include "core/clock.h"
#include "domain/canonicalcbor.h"

#include <QBuffer>
#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <limits>

using namespace Sigap;

namespace {

Event sampleEvent(qint64 seq, const QByteArray &prevHash)
{
    Event e;
    e.origin = QStringLiteral("a1b2c3d4");
    e.seq = seq;
    e.hlc = (qint64(1795000000000) + seq) << 16;
    e.room = QStringLiteral("bjm");
    e.actor = QStringLiteral("op-7");
    e.role = QStringLiteral("operator");
    e.kind = QStringLiteral("incident.created");
    e.subject = QString();
    e.payload.insert(QStringLiteral("category"), QStringLiteral("kebakaran"));
    e.payload.insert(QStringLiteral("note"), QStringLiteral("asap hitam di Jl. Veteran, ± 20 m²"));
    e.prevHash = prevHash;
    e.hash = e.computeHash();
    return e;
}

// QVERIFY2 builds its message even when the check passes: only read an error that is there.
template<typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : r.error().message.toUtf8();
}

QByteArray prefixed(const QByteArray &body)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

} // namespace

class tst_FrameCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcementsVerifyUnderTheRoomKeyOnly();
    void roundTripOfEveryTypedFrame();
    void decoderReassemblesFramesSplitAnywhere();
    void decoderCutsFramesFromADeviceAsBytesArrive();
    void decoderRefusesAnOversizedFrameOnADevice();
    void decoderRefusesMalformedStreams_data();
    void decoderRefusesMalformedStreams();
    void unknownTypeKeepsItsBytesForRelaying();
    void eventsFrameWithABadEventNamesIt();
    void roomSecretFileIsPrivateAndNeverOverwritten();
    void roomSecretRefusesBadFiles();
    void identitiesOfOtherRoomsAreRefusedWithAReason();
    void seedFramesOnDiskMatchTheWireFormat();
    void storedEventsFrameEqualsTheEventsFrame();
    void fastAndGenericEventsDecodingAgree();
    void eventsFrameOutsideThePlainFormIsDecodedInFull();
    void presenceSaysTheConfigurationAndRefusesAForgedOne();
};

void tst_FrameCodec::roundTripOfEveryTypedFrame()
{
    using namespace SyncMessages;
    const Event first = sampleEvent(1, {});
    const Event second = sampleEvent(2, first.hash);

    Hello hello{ProtocolVersion, QStringLiteral("bjm"), true, QStringLiteral("desk-a"), {}};
    hello.versions.insert(QStringLiteral("a1b2c3d4"), EventStore::Head{2, second.hash});
    FrameDecoder decoder;
    decoder.feed(encodeHello(hello));
    decoder.feed(encodeEvents({first, second}));
    decoder.feed(encodeAck({{QStringLiteral("a1b2c3d4"), 2}, {QStringLiteral("ffff0000"), 9}}));
    decoder.feed(
        encodePresence({QStringLiteral("desk-a"), QStringLiteral("op-7"), QStringLiteral("on_call"), 1234, 99, {}}));
    decoder.feed(encodePing(42));
    decoder.feed(encodeBye(QStringLiteral("shutting down")));

    auto helloFrame = decoder.next();
    QVERIFY(helloFrame && *helloFrame);
    auto decodedHello = decodeHello(helloFrame->value());
    QVERIFY2(decodedHello, why(decodedHello).constData());
    QCOMPARE(decodedHello.value().room, QStringLiteral("bjm"));
    QCOMPARE(decodedHello.value().training, true);
    QCOMPARE(decodedHello.value().desk, QStringLiteral("desk-a"));
    QCOMPARE(decodedHello.value().versions.value(QStringLiteral("a1b2c3d4")).seq, 2);
    QCOMPARE(decodedHello.value().versions.value(QStringLiteral("a1b2c3d4")).hash, second.hash);

    auto eventsFrame = decoder.next();
    QVERIFY(eventsFrame && *eventsFrame);
    auto events = decodeEvents(eventsFrame->value());
    QVERIFY2(events, why(events).constData());
    QCOMPARE(events.value().size(), 2);
    QCOMPARE(events.value().at(1).event.hash, second.hash);
    QVERIFY(events.value().at(1).event.hashIsValid());
    QCOMPARE(events.value().at(0).event.payload, first.payload);
    QCOMPARE(events.value().at(0).canonicalPayload, first.canonicalPayload());

    auto ackFrame = decoder.next();
    QVERIFY(ackFrame);
    QVERIFY2(*ackFrame, why(*ackFrame).constData());
    auto ack = decodeAck(ackFrame->value());
    QVERIFY(ack);
    QCOMPARE(ack.value().value(QStringLiteral("ffff0000")), 9);

    auto presence = decodePresence(decoder.next()->value());
    QVERIFY(presence);
    QCOMPARE(presence.value().state, QStringLiteral("on_call"));
    QCOMPARE(presence.value().counter, 99);

    auto ping = decoder.next();
    QCOMPARE(ping->value().type, Type::Ping);
    QCOMPARE(decodePingId(ping->value()).value(), 42);
    QCOMPARE(decodeByeReason(decoder.next()->value()), QStringLiteral("shutting down"));
    QVERIFY(!decoder.next()); // nothing left, no error
}

void tst_FrameCodec::decoderReassemblesFramesSplitAnywhere()
{
    const QByteArray stream = SyncMessages::encodeEvents({sampleEvent(1, {})}) + SyncMessages::encodePing(7);
    for (int cut = 0; cut <= stream.size(); ++cut) {
        FrameDecoder decoder;
        decoder.feed(stream.left(cut));
        QList<Frame> frames;
        while (auto f = decoder.next()) {
            QVERIFY(*f);
            frames.append(f->value());
        }
        decoder.feed(stream.mid(cut));
        while (auto f = decoder.next()) {
            QVERIFY(*f);
            frames.append(f->value());
        }
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.at(0).type, SyncMessages::Type::Events);
        QCOMPARE(frames.at(1).type, SyncMessages::Type::Ping);
        QCOMPARE(decoder.buffered(), 0);
    }
}

void tst_FrameCodec::decoderCutsFramesFromADeviceAsBytesArrive()
{
    // The bytes reach the device a few at a time, as a socket's do; a frame is taken only
    // whole.
    const QByteArray events = SyncMessages::encodeEvents({sampleEvent(1, {}), sampleEvent(2, {})});
    const QByteArray stream = SyncMessages::encodePing(7) + events + SyncMessages::encodeBye(QStringLiteral("done"));
    for (int step : {1, 3, 64, int(stream.size())}) {
        QBuffer device;
        device.open(QIODevice::ReadOnly);
        FrameDecoder decoder;
        QList<Frame> frames;
        for (qsizetype at = 0; at < stream.size(); at += step) {
            device.buffer().append(stream.mid(at, step));
            while (auto f = decoder.next(device)) {
                QVERIFY(*f);
                frames.append(f->value());
            }
            // Nothing whole is left: the device is emptied, so a socket reads on, and its
            // reader is not called again for bytes that cannot make a frame yet.
            QCOMPARE(device.bytesAvailable(), 0);
        }
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames.at(0).type, SyncMessages::Type::Ping);
        QCOMPARE(frames.at(1).raw, events);
        QCOMPARE(SyncMessages::decodeEvents(frames.at(1)).value().size(), 2);
        QCOMPARE(SyncMessages::decodeByeReason(frames.at(2)), QStringLiteral("done"));
    }

    // Bytes fed before come first, then the device's.
    FrameDecoder decoder;
    decoder.feed(stream.left(5));
    QBuffer device;
    device.setData(stream.mid(5));
    device.open(QIODevice::ReadOnly);
    QStringList types;
    while (auto f = decoder.next(device)) {
        QVERIFY(*f);
        types.append(f->value().type);
    }
    QCOMPARE(types, (QStringList{SyncMessages::Type::Ping, SyncMessages::Type::Events, SyncMessages::Type::Bye}));
}

void tst_FrameCodec::decoderRefusesAnOversizedFrameOnADevice()
{
    // Refused from its prefix alone: nothing waits for (or allocates) the announced bytes.
    QByteArray huge(4, Qt::Uninitialized);
    qToBigEndian(quint32(FrameDecoder::MaxFrameBytes + 1), huge.data());
    QBuffer device;
    device.setData(SyncMessages::encodePing(1) + huge);
    device.open(QIODevice::ReadOnly);
    FrameDecoder decoder;
    auto good = decoder.next(device);
    QVERIFY(good && *good);
    auto bad = decoder.next(device);
    QVERIFY(bad && !*bad);
    QCOMPARE(bad->error().code, QStringLiteral("frame.size"));
    auto after = decoder.next(device);
    QVERIFY(after && !*after);
}

void tst_FrameCodec::decoderRefusesMalformedStreams_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("code");
    QByteArray huge(4, Qt::Uninitialized);
    qToBigEndian(quint32(FrameDecoder::MaxFrameBytes + 1), huge.data());
    QTest::newRow("over the size limit") << huge << QStringLiteral("frame.size");
    QTest::newRow("not CBOR") << prefixed(QByteArray("\xff\xff\xff", 3)) << QStringLiteral("frame.cbor");
    QTest::newRow("bytes after the value")
        << prefixed(QCborMap{{QStringLiteral("t"), QStringLiteral("ping")}}.toCborValue().toCbor() + "x")
        << QStringLiteral("frame.cbor");
    QTest::newRow("an array, not a map") << prefixed(QCborArray{1, 2}.toCborValue().toCbor())
                                         << QStringLiteral("frame.shape");
    QTest::newRow("no type") << prefixed(QCborMap{{QStringLiteral("x"), 1}}.toCborValue().toCbor())
                             << QStringLiteral("frame.shape");
    QTest::newRow("truncated map") << prefixed(QByteArray("\xa2\x61t", 3)) << QStringLiteral("frame.cbor");
}

void tst_FrameCodec::decoderRefusesMalformedStreams()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, code);
    FrameDecoder decoder;
    decoder.feed(SyncMessages::encodePing(1) + stream + SyncMessages::encodePing(2));
    auto good = decoder.next();
    QVERIFY(good && *good);
    auto bad = decoder.next();
    QVERIFY(bad);
    QVERIFY(!*bad);
    QCOMPARE(bad->error().code, code);
    // The stream cannot be trusted after a bad frame: the decoder stays in error.
    auto after = decoder.next();
    QVERIFY(after && !*after);
}

void tst_FrameCodec::unknownTypeKeepsItsBytesForRelaying()
{
    QCborMap future{{QStringLiteral("t"), QStringLiteral("unit.position.v2")}, {QStringLiteral("lat"), -3.3}};
    const QByteArray bytes = Frame::encode(future);
    FrameDecoder decoder;
    decoder.feed(bytes);
    auto frame = decoder.next();
    QVERIFY(frame && *frame);
    QCOMPARE(frame->value().type, QStringLiteral("unit.position.v2"));
    QCOMPARE(frame->value().raw, bytes);
}

void tst_FrameCodec::eventsFrameWithABadEventNamesIt()
{
    QCborArray list{sampleEvent(1, {}).toCbor(), QCborMap{{QStringLiteral("nonsense"), 1}}};
    const QByteArray bytes
        = Frame::encode(QCborMap{{QStringLiteral("t"), QStringLiteral("events")}, {QStringLiteral("events"), list}});
    FrameDecoder decoder;
    decoder.feed(bytes);
    auto events = SyncMessages::decodeEvents(decoder.next()->value());
    QVERIFY(!events);
    QCOMPARE(events.error().code, QStringLiteral("frame.event"));
    QVERIFY2(events.error().message.contains(QLatin1String("event 2")), why(events).constData());
}

void tst_FrameCodec::roomSecretFileIsPrivateAndNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("room.key"));
    const RoomSecret secret = RoomSecret::generate(QStringLiteral("bjm-112"), false);
    QVERIFY(secret.save(path));
    QCOMPARE(QFile(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner); // owner-only (ReadUser/WriteUser mirror the owner for root)
    auto again = RoomSecret::generate(QStringLiteral("bjm-112"), false).save(path);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("secret.exists"));
    auto loaded = RoomSecret::load(path);
    QVERIFY2(loaded, why(loaded).constData());
    QCOMPARE(loaded.value().room(), QStringLiteral("bjm-112"));
    QCOMPARE(loaded.value().sessionKey(), secret.sessionKey());
    QVERIFY(loaded.value().sessionKey() != RoomSecret::generate(QStringLiteral("bjm-112"), false).sessionKey());

    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    auto exposed = RoomSecret::load(path);
    QVERIFY(!exposed);
    QCOMPARE(exposed.error().code, QStringLiteral("secret.permissions"));
}

void tst_FrameCodec::roomSecretRefusesBadFiles()
{
    QTemporaryDir dir;
    const QList<std::pair<QByteArray, QString>> files{
        {"room=bjm\nmode=live\nkey=abcd\n", QStringLiteral("line 3")},
        {"room=bjm\nmode=party\nkey=" + QByteArray(64, 'a') + "\n", QStringLiteral("line 2")},
        {"room=bjm\nkey=" + QByteArray(64, 'a') + "\n", QStringLiteral("mode=")},
        {"mode=live\nkey=" + QByteArray(64, 'a') + "\n", QStringLiteral("room=")},
        {"room=bjm\nmode=live\nsecret=x\n", QStringLiteral("line 3")},
    };
    int n = 0;
    for (const auto &[text, mentions] : files) {
        const QString path = dir.filePath(QStringLiteral("bad%1.key").arg(++n));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto loaded = RoomSecret::load(path);
        QVERIFY2(!loaded, text.constData());
        QVERIFY2(loaded.error().message.contains(mentions), why(loaded).constData());
    }
}

void tst_FrameCodec::identitiesOfOtherRoomsAreRefusedWithAReason()
{
    const RoomSecret live = RoomSecret::generate(QStringLiteral("bjm"), false);
    const RoomSecret training = RoomSecret::generate(QStringLiteral("bjm"), true);
    const RoomSecret other = RoomSecret::generate(QStringLiteral("smd"), false);
    QVERIFY(live.refusalReason(live.identity(QStringLiteral("d2"))).isEmpty());
    QVERIFY(live.refusalReason(training.identity(QStringLiteral("d2"))).contains(QLatin1String("training")));
    QVERIFY(training.refusalReason(live.identity(QStringLiteral("d2"))).contains(QLatin1String("live")));
    QVERIFY(live.refusalReason(other.identity(QStringLiteral("d2"))).contains(QLatin1String("smd")));
    QVERIFY(!live.refusalReason(QStringLiteral("curl/8")).isEmpty());
    // A training room and a live room of the same name never share a session key.
    QVERIFY(live.sessionKey() != training.sessionKey());
}

// The seed corpus of the fuzzer and of the mutated-frame replay (tests/sync/frames) is one
// frame of each type. Comparing it with what the codec writes today catches an accidental
// change of the wire format; SIGAP_WRITE_FRAME_SEEDS=1 rewrites it after a deliberate one.
void tst_FrameCodec::seedFramesOnDiskMatchTheWireFormat()
{
    using namespace SyncMessages;
    const Event first = sampleEvent(1, {});
    const Event second = sampleEvent(2, first.hash);
    Hello hello{ProtocolVersion, QStringLiteral("bjm"), false, QStringLiteral("desk-a"), {}};
    hello.versions.insert(first.origin, EventStore::Head{2, second.hash});
    const QList<std::pair<QString, QByteArray>> seeds{
        {QStringLiteral("seed-hello.bin"), encodeHello(hello)},
        {QStringLiteral("seed-events.bin"), encodeEvents({first, second})},
        {QStringLiteral("seed-ack.bin"), encodeAck({{first.origin, 2}})},
        {QStringLiteral("seed-presence.bin"),
         encodePresence({QStringLiteral("desk-a"), QStringLiteral("op-7"), QStringLiteral("on_call"), 1234, 99, {}})},
        {QStringLiteral("seed-ping.bin"), encodePing(42)},
        {QStringLiteral("seed-bye.bin"), encodeBye(QStringLiteral("shutting down"))},
    };
    const QString dir = qEnvironmentVariable("SIGAP_SOURCE_DIR") + QStringLiteral("/tests/sync/frames/");
    for (const auto &[name, bytes] : seeds) {
        QFile file(dir + name);
        if (qEnvironmentVariableIntValue("SIGAP_WRITE_FRAME_SEEDS")) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            continue;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), bytes);
    }
}

// A catch-up writes frames straight from the stored bytes; they must be the very frames
// encodeEvents() makes of the same events, for any payload.
void tst_FrameCodec::storedEventsFrameEqualsTheEventsFrame()
{
    QTemporaryDir dir;
    ManualClock clock(1795000000000);
    auto store = EventStore::open(dir.filePath(QStringLiteral("events.sqlite")), QStringLiteral("bjm"), clock);
    QVERIFY(store);
    QList<EventDraft> drafts;
    for (int i = 0; i < 300; ++i) {
        EventDraft d;
        d.kind = i % 2 ? QStringLiteral("incident.note_added") : QStringLiteral("unit.position");
        d.kindVersion = 1 + i % 3;
        d.subject = i % 5 ? QStringLiteral("a1b2-%1").arg(i) : QString();
        d.actor = QStringLiteral("op-%1").arg(i % 7);
        d.role = QStringLiteral("operator");
        d.payload.insert(QStringLiteral("text"), QStringLiteral("catatan ke-%1: asap, ±20 m², 🚒").arg(i));
        d.payload.insert(QStringLiteral("lat"), -3.31 - i * 1e-4);
        d.payload.insert(QStringLiteral("n"), qint64(i) * 1000003 - 150000000);
        d.payload.insert(QStringLiteral("big"), std::numeric_limits<qint64>::max() - i);
        d.payload.insert(
            QStringLiteral("nested"),
            QCborMap{{QStringLiteral("z"), i}, {QStringLiteral("a"), QCborArray{true, QByteArray(i, 'x')}}});
        drafts.append(d);
    }
    QVERIFY(store.value()->append(drafts));
    const QString desk = store.value()->deskId();
    for (const auto &[after, limit] : {std::pair{0, 1000}, std::pair{17, 5}, std::pair{299, 10}, std::pair{300, 10}}) {
        auto stored = StoredEvents::encode(*store.value(), desk, after, limit);
        QVERIFY2(stored, why(stored).constData());
        // A frame ends at a signed event: the last of the append here, however far that is.
        auto events = store.value()->eventsOfOrigin(desk, after, int(stored.value().count));
        QVERIFY(events);
        QCOMPARE(stored.value().count, after < 300 ? 300 - after : 0);
        QCOMPARE(stored.value().frame, SyncMessages::encodeEvents(events.value()));
        if (!events.value().isEmpty())
            QCOMPARE(stored.value().lastSeq, events.value().constLast().seq);
    }

    // The sessions' shared cache gives the same frame while the store holds nothing newer,
    // and a frame with the new event once it does.
    StoredEventsCache cache;
    auto first = cache.encode(*store.value(), desk, 299, 10);
    QVERIFY(first && first.value().count == 1);
    QCOMPARE(cache.encode(*store.value(), desk, 299, 10).value().frame, first.value().frame);
    QCOMPARE(cache.encode(*store.value(), desk, 298, 10).value().count, 2); // another range is made anew
    QVERIFY(store.value()->append({drafts.constFirst()}));
    auto after = cache.encode(*store.value(), desk, 299, 10);
    QVERIFY(after);
    QCOMPARE(after.value().count, 2);
    QCOMPARE(after.value().lastSeq, 301);
    QCOMPARE(after.value().frame, SyncMessages::encodeEvents(store.value()->eventsOfOrigin(desk, 299, 10).value()));
}

namespace {
void compareReceived(const QList<ReceivedEvent> &fast, const QList<ReceivedEvent> &generic)
{
    QCOMPARE(fast.size(), generic.size());
    for (qsizetype i = 0; i < fast.size(); ++i) {
        const Event &a = fast.at(i).event;
        const Event &b = generic.at(i).event;
        QCOMPARE(a.origin, b.origin);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.hlc, b.hlc);
        QCOMPARE(a.room, b.room);
        QCOMPARE(a.actor, b.actor);
        QCOMPARE(a.role, b.role);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.kindVersion, b.kindVersion);
        QCOMPARE(a.subject, b.subject);
        QCOMPARE(a.payload, b.payload);
        QCOMPARE(a.prevHash, b.prevHash);
        QCOMPARE(a.hash, b.hash);
        QCOMPARE(fast.at(i).canonicalPayload, generic.at(i).canonicalPayload);
        QCOMPARE(a.computeHash(fast.at(i).canonicalPayload), a.hash);
    }
}
} // namespace

// A peer's events frame is read straight from its bytes; the result must be the one the
// general decoder gives, payload bytes included, for any payload a desk may write.
void tst_FrameCodec::fastAndGenericEventsDecodingAgree()
{
    QTemporaryDir dir;
    ManualClock clock(1795000000000);
    auto store = EventStore::open(dir.filePath(QStringLiteral("events.sqlite")), QStringLiteral("bjm"), clock);
    QVERIFY(store);
    QList<EventDraft> drafts;
    for (int i = 0; i < 200; ++i) {
        EventDraft d;
        d.kind = i % 2 ? QStringLiteral("incident.note_added") : QStringLiteral("unit.position");
        d.kindVersion = 1 + i % 300;
        d.subject = i % 5 ? QStringLiteral("a1b2-%1").arg(i) : QString();
        d.actor = i % 3 ? QStringLiteral("op-%1").arg(i % 7) : QStringLiteral("operatör ✓");
        d.role = QStringLiteral("operator");
        d.payload.insert(QStringLiteral("text"), QStringLiteral("catatan ke-%1: asap, ±20 m², 🚒").arg(i));
        d.payload.insert(QStringLiteral("lat"), i % 4 ? -3.31 - i * 1e-4 : (i % 8 ? -0.0 : qInf()));
        d.payload.insert(QStringLiteral("n"), qint64(i) * 1000003 - 150000000);
        d.payload.insert(QStringLiteral("big"), std::numeric_limits<qint64>::min() + i);
        d.payload.insert(i, QCborArray{QCborValue(), QCborValue(QCborValue::Undefined), QByteArray(i, 'x')});
        d.payload.insert(
            QStringLiteral("nested"),
            QCborMap{{QStringLiteral("z"), i}, {QStringLiteral("a"), QCborArray{true, QByteArray(i, 'x')}}});
        drafts.append(d);
    }
    QVERIFY(store.value()->append(drafts));
    auto stored = StoredEvents::encode(*store.value(), store.value()->deskId(), 0, 1000);
    QVERIFY2(stored, why(stored).constData());
    const QByteArray fromEvents
        = SyncMessages::encodeEvents(store.value()->eventsOfOrigin(store.value()->deskId(), 0, 1000).value());
    for (const QByteArray &bytes : {stored.value().frame, fromEvents}) {
        FrameDecoder decoder;
        decoder.feed(bytes);
        auto frame = decoder.next();
        QVERIFY(frame && *frame);
        QVERIFY(frame->value().eventsDeferred);
        QVERIFY2(EventsFrameReader::read(QByteArrayView(bytes).sliced(4)), "the plain form is read fast");
        auto fast = SyncMessages::decodeEvents(frame->value());
        auto generic = SyncMessages::decodeEvents(frame->value(), SyncMessages::EventsDecoding::Generic);
        QVERIFY2(fast, why(fast).constData());
        QVERIFY2(generic, why(generic).constData());
        QCOMPARE(fast.value().size(), 200);
        compareReceived(fast.value(), generic.value());
    }
}

// A frame another implementation might write (keys in another order, a payload not in
// canonical form) is not refused: the general decoder reads it, and the store hashes the
// payload's canonical form, as before.
void tst_FrameCodec::eventsFrameOutsideThePlainFormIsDecodedInFull()
{
    Event e = sampleEvent(1, {});
    // The payload's keys out of canonical order ("note" is encoded shorter, so it sorts
    // first), and the envelope's keys sorted.
    QCborMap payload;
    payload.insert(QStringLiteral("category"), e.payload.value(QStringLiteral("category")));
    payload.insert(QStringLiteral("note"), e.payload.value(QStringLiteral("note")));
    QCborMap envelope = e.toCbor();
    envelope.insert(QStringLiteral("payload"), payload);
    const QCborMap sortedEnvelope = canonicalized(envelope).toMap();
    for (const QCborMap &m : {envelope, sortedEnvelope}) {
        const QByteArray bytes = Frame::encode(
            QCborMap{{QStringLiteral("t"), QStringLiteral("events")}, {QStringLiteral("events"), QCborArray{m}}});
        QVERIFY(!EventsFrameReader::read(QByteArrayView(bytes).sliced(4)));
        FrameDecoder decoder;
        decoder.feed(bytes);
        auto events = SyncMessages::decodeEvents(decoder.next()->value());
        QVERIFY2(events, why(events).constData());
        QCOMPARE(events.value().size(), 1);
        QCOMPARE(events.value().at(0).canonicalPayload, e.canonicalPayload());
        QCOMPARE(events.value().at(0).event.computeHash(events.value().at(0).canonicalPayload), e.hash);
    }
    // Malformed after the fixed start: refused, naming what is wrong.
    QByteArray truncated = SyncMessages::encodeEvents({e});
    truncated.chop(5);
    truncated = prefixed(truncated.sliced(4));
    FrameDecoder decoder;
    decoder.feed(truncated);
    auto frame = decoder.next();
    QVERIFY(frame && *frame);
    auto refused = SyncMessages::decodeEvents(frame->value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("frame.cbor"));
}

// A multicast announcement is taken only with the MAC of the room's announcement key: not
// under another room's key, not with its MAC cut or a bit of its body changed, not unsigned.
void tst_FrameCodec::announcementsVerifyUnderTheRoomKeyOnly()
{
    const RoomSecret room = RoomSecret::generate(QStringLiteral("bjm"), false);
    const RoomSecret other = RoomSecret::generate(QStringLiteral("bjm"), false);
    QVERIFY(room.announcementKey() != room.sessionKey());
    QVERIFY(room.announcementKey() != RoomSecret::generate(QStringLiteral("bjm"), true).announcementKey());
    Discovery::Announcement a;
    a.protocol = SyncMessages::ProtocolVersion;
    a.room = QStringLiteral("bjm");
    a.desk = QStringLiteral("3f2a9c10");
    a.port = 7112;
    a.digest = QStringLiteral("ab12");
    const QByteArray datagram = Discovery::encode(a, room.announcementKey());
    const auto decoded = Discovery::decode(datagram, room.announcementKey());
    QVERIFY(decoded);
    QCOMPARE(decoded->desk, a.desk);
    QCOMPARE(decoded->port, a.port);
    QCOMPARE(decoded->digest, a.digest);
    QVERIFY(!Discovery::decode(datagram, other.announcementKey()));
    QVERIFY(!Discovery::decode(datagram.left(datagram.size() - 1), room.announcementKey()));
    QCborArray parts = QCborValue::fromCbor(datagram).toArray();
    QByteArray body = parts.at(0).toByteArray();
    body[body.indexOf("7112") < 0 ? body.size() / 2 : body.indexOf("7112")] ^= 1;
    parts[0] = body;
    QVERIFY(!Discovery::decode(parts.toCborValue().toCbor(), room.announcementKey()));
    QVERIFY(!Discovery::decode(QCborValue::fromCbor(datagram).toArray().at(0).toByteArray(), room.announcementKey()));
    QVERIFY(!Discovery::decode(QByteArray(), room.announcementKey()));
}

QTEST_GUILESS_MAIN(tst_FrameCodec)
// A desk tells the short hash of the room configuration it runs with its presence; a desk
// of an earlier version says none; anything but a short hex hash is refused.
void tst_FrameCodec::presenceSaysTheConfigurationAndRefusesAForgedOne()
{
    using namespace SyncMessages;
    Presence said{QStringLiteral("desk-a"),      QStringLiteral("op-7"), QStringLiteral("on_call"), 1234, 99,
                  QStringLiteral("0123456789ab")};
    FrameDecoder decoder;
    decoder.feed(encodePresence(said));
    decoder.feed(encodePresence({QStringLiteral("desk-b"), {}, QStringLiteral("available"), 1, 2, {}}));
    auto withConfig = decodePresence(decoder.next()->value());
    QVERIFY(withConfig);
    QCOMPARE(withConfig.value().config, QStringLiteral("0123456789ab"));
    auto without = decodePresence(decoder.next()->value());
    QVERIFY(without);
    QVERIFY(without.value().config.isEmpty());

    for (const QCborValue &forged : {QCborValue(QStringLiteral("<script>")), QCborValue(42),
                                     QCborValue(QString(65, QLatin1Char('a'))), QCborValue(QByteArray("ab"))}) {
        QCborMap body = Frame::decodeBody(encodePresence(said).mid(4)).value().body;
        body.insert(QStringLiteral("config"), forged);
        FrameDecoder again;
        again.feed(Frame::encode(body));
        auto frame = again.next();
        QVERIFY(frame && *frame);
        QVERIFY2(!decodePresence(frame->value()), qPrintable(forged.toDiagnosticNotation()));
    }
}

#include "tst_framecodec.moc"
