#include "core/clock.h"
#include "domain/canonicalcbor.h"
#include "domain/cborinteger.h"
#include "domain/event.h"
#include "domain/hlc.h"

#include <QCborArray>
#include <QTest>

#include <limits>

using namespace Sigap;

class tst_Event : public QObject
{
    Q_OBJECT

private:
    static Event sample()
    {
        Event e;
        e.origin = QStringLiteral("a1b2c3d4");
        e.seq = 7;
        e.hlc = Hlc::pack(1'790'000'000'000, 3);
        e.room = QStringLiteral("bjm-live");
        e.actor = QStringLiteral("op-rina");
        e.role = QStringLiteral("operator");
        e.kind = QStringLiteral("incident.created");
        e.kindVersion = 1;
        e.subject = QString();
        e.payload = QCborMap{{QStringLiteral("category"), QStringLiteral("kebakaran")},
                             {QStringLiteral("priority"), 1},
                             {QStringLiteral("lat"), -3.3186}};
        e.prevHash = QByteArray(32, '\x11');
        e.hash = e.computeHash();
        return e;
    }

private Q_SLOTS:
    void canonicalCborIgnoresInsertionOrder()
    {
        QCborMap a;
        a.insert(QStringLiteral("zeta"), 1);
        a.insert(QStringLiteral("alpha"), QCborMap{{QStringLiteral("y"), 2}, {QStringLiteral("b"), 3}});
        a.insert(QStringLiteral("mid"), QCborArray{QCborMap{{QStringLiteral("q"), 1}, {QStringLiteral("c"), 2}}});
        QCborMap b;
        b.insert(QStringLiteral("mid"), QCborArray{QCborMap{{QStringLiteral("c"), 2}, {QStringLiteral("q"), 1}}});
        b.insert(QStringLiteral("alpha"), QCborMap{{QStringLiteral("b"), 3}, {QStringLiteral("y"), 2}});
        b.insert(QStringLiteral("zeta"), 1);
        QVERIFY2(a.toCborValue().toCbor() != b.toCborValue().toCbor(), "precondition: plain encodings differ");
        QCOMPARE(canonicalCbor(a), canonicalCbor(b));
    }

    void canonicalCborSortsShorterKeysFirst()
    {
        // RFC 8949 §4.2.1: bytewise order of the encoded keys, so "b" (0x61 0x62) sorts
        // before "aa" (0x62 0x61 0x61) because its length byte is smaller.
        const QByteArray bytes = canonicalCbor(QCborMap{{QStringLiteral("aa"), 1}, {QStringLiteral("b"), 2}});
        QVERIFY(bytes.indexOf("b") < bytes.indexOf("aa"));
    }

    // The receiver hashes a peer's payload bytes as they came when canonicalItemLength()
    // takes them; that is only sound if canonicalCbor() gives those very bytes back.
    void canonicalCheckTakesOnlyBytesCanonicalCborGivesBack_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("taken");
        auto canonical = [](const QCborValue &v) { return canonicalCbor(v); };
        QCborMap rich{
            {QStringLiteral("text"), QStringLiteral("asap ±20 m², 🚒")},
            {QStringLiteral("n"), -150000000},
            {QStringLiteral("big"), std::numeric_limits<qint64>::max()},
            {QStringLiteral("small"), std::numeric_limits<qint64>::min()},
            {QStringLiteral("lat"), -3.31},
            {QStringLiteral("two"), 2.0},
            {QStringLiteral("negzero"), -0.0},
            {QStringLiteral("inf"), qInf()},
            {QStringLiteral("tiny"), 5e-324},
            {QStringLiteral("flags"), QCborArray{true, false, QCborValue(), QCborValue(QCborValue::Undefined)}},
            {QStringLiteral("bytes"), QByteArray("\x00\xff", 2)},
            {QStringLiteral("nested"),
             QCborMap{{QStringLiteral("z"), QCborArray{}}, {QStringLiteral("a"), QCborMap{}}}},
            {1, QStringLiteral("integer key")},
            {-7, QStringLiteral("negative key")},
            {QStringLiteral(""), 0}};
        QTest::newRow("a rich payload") << canonical(rich) << true;
        QTest::newRow("an empty map") << canonical(QCborMap{}) << true;
        QTest::newRow("noncharacters") << canonical(
            QCborMap{{QStringLiteral("k"), QString(QChar(0xfffe)) + QChar(0xffff)}})
                                       << true;
        QTest::newRow("keys out of order") << QByteArray("\xa2\x61\x62\x01\x61\x61\x02", 7) << false;
        QTest::newRow("a key twice") << QByteArray("\xa2\x61\x61\x01\x61\x61\x02", 7) << false;
        QTest::newRow("a longer integer head than needed") << QByteArray("\xa1\x61\x61\x18\x01", 5) << false;
        QTest::newRow("an integer past qint64")
            << QByteArray("\xa1\x61\x61\x1b\xff\xff\xff\xff\xff\xff\xff\xff", 12) << false;
        QTest::newRow("a half float") << QByteArray("\xa1\x61\x61\xf9\x3c\x00", 6) << false;
        QTest::newRow("a single float") << QByteArray("\xa1\x61\x61\xfa\x3f\x80\x00\x00", 8) << false;
        QTest::newRow("NaN") << QByteArray("\xa1\x61\x61\xfb\x7f\xf8\x00\x00\x00\x00\x00\x00", 12) << false;
        QTest::newRow("a tag") << QByteArray("\xa1\x61\x61\xc1\x01", 5) << false;
        QTest::newRow("an indefinite map") << QByteArray("\xbf\x61\x61\x01\xff", 5) << false;
        QTest::newRow("invalid UTF-8") << QByteArray("\xa1\x61\x61\x62\xc3\x28", 6) << false;
        QTest::newRow("an overlong slash") << QByteArray("\xa1\x61\x61\x62\xc0\xaf", 6) << false;
        QTest::newRow("a surrogate") << QByteArray("\xa1\x61\x61\x63\xed\xa0\x80", 7) << false;
        QTest::newRow("a byte-string key") << QByteArray("\xa1\x41\x61\x01", 4) << false;
        QTest::newRow("truncated") << QByteArray("\xa2\x61\x61\x01\x61", 5) << false;
        QTest::newRow("a simple value") << QByteArray("\xa1\x61\x61\xf0", 4) << false;
        QByteArray deep;
        for (int i = 0; i <= CborBytes::MaxCanonicalDepth + 1; ++i)
            deep.append('\x81');
        deep.append('\x01');
        QTest::newRow("nested too deep") << deep << false;
    }

    void canonicalCheckTakesOnlyBytesCanonicalCborGivesBack()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, taken);
        const bool isTaken = CborBytes::canonicalItemLength(bytes) == bytes.size();
        QCOMPARE(isTaken, taken);
        if (isTaken)
            QCOMPARE(canonicalCbor(QCborValue::fromCbor(bytes)), bytes);
    }

    void hashCoversEveryField_data()
    {
        QTest::addColumn<int>("field");
        const char *names[] = {"origin", "seq",         "hlc",     "room",    "actor",   "role",
                               "kind",   "kindVersion", "subject", "payload", "prevHash"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void hashCoversEveryField()
    {
        QFETCH(int, field);
        const Event original = sample();
        Event e = original;
        switch (field) {
        case 0: e.origin += QLatin1Char('x'); break;
        case 1: ++e.seq; break;
        case 2: ++e.hlc; break;
        case 3: e.room += QLatin1Char('x'); break;
        case 4: e.actor += QLatin1Char('x'); break;
        case 5: e.role += QLatin1Char('x'); break;
        case 6: e.kind += QLatin1Char('x'); break;
        case 7: ++e.kindVersion; break;
        case 8: e.subject += QLatin1Char('x'); break;
        case 9: e.payload.insert(QStringLiteral("priority"), 2); break;
        case 10: e.prevHash[0] = '\x12'; break;
        }
        QVERIFY2(!e.hashIsValid(), "changing any field must break the event's hash");
        QVERIFY(original.hashIsValid());
        QCOMPARE(original.hash.size(), 32);
    }

    void fastEncodingEqualsTheSpecification()
    {
        // canonicalBytes() writes the envelope field by field; its specification is the
        // canonical CBOR of the equivalent array.
        for (int i = 0; i < 200; ++i) {
            Event e = sample();
            e.seq = 1 + i * 7919;
            e.hlc = Hlc::pack(1'790'000'000'000 + i * 104729LL, quint32(i));
            e.subject = i % 2 ? QStringLiteral("inc-%1").arg(i) : QString();
            e.actor = QStringLiteral("op-é-%1").arg(i);
            e.prevHash = i == 0 ? QByteArray() : QByteArray(32, char(i));
            e.kindVersion = i % 3 + 1;
            e.payload.insert(QStringLiteral("n%1").arg(i), QCborArray{i, double(i) / 3, QStringLiteral("x")});
            const QCborArray specification{
                Event::EnvelopeVersion, e.origin,  e.seq,     e.hlc,     e.room, e.actor, e.role, e.kind,
                e.kindVersion,          e.subject, e.payload, e.prevHash};
            QCOMPARE(e.canonicalBytes(), canonicalCbor(specification));
        }
    }

    void cborRoundTrip()
    {
        const Event e = sample();
        auto back = Event::fromCbor(QCborValue::fromCbor(QCborValue(e.toCbor()).toCbor()));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().id(), e.id());
        QCOMPARE(back.value().hash, e.hash);
        QCOMPARE(back.value().payload, e.payload);
        QCOMPARE(back.value().hlc, e.hlc);
    }

    void malformedRecordsNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seq zero") << QStringLiteral("seq") << QCborValue(0) << QStringLiteral("\"seq\"");
        QTest::newRow("origin number") << QStringLiteral("origin") << QCborValue(5) << QStringLiteral("\"origin\"");
        QTest::newRow("payload text") << QStringLiteral("payload") << QCborValue(QStringLiteral("x"))
                                      << QStringLiteral("\"payload\"");
        QTest::newRow("hash forged") << QStringLiteral("hash") << QCborValue(QByteArray(32, 'f'))
                                     << QStringLiteral("hash");
        QTest::newRow("envelope v9") << QStringLiteral("v") << QCborValue(9) << QStringLiteral("envelope version 9");
        // Doubles where integers belong, out of qint64's range: refused, never cast (that
        // cast is undefined behaviour, found by fuzz_frames).
        QTest::newRow("envelope huge double")
            << QStringLiteral("v") << QCborValue(2.8268e23) << QStringLiteral("envelope version");
        QTest::newRow("hlc huge double") << QStringLiteral("hlc") << QCborValue(1e300) << QStringLiteral("\"hlc\"");
        QTest::newRow("seq NaN") << QStringLiteral("seq") << QCborValue(qQNaN()) << QStringLiteral("\"seq\"");
        QTest::newRow("kind version infinite")
            << QStringLiteral("kv") << QCborValue(qInf()) << QStringLiteral("\"kv\"");
    }

    void malformedRecordsNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QCborValue, value);
        QFETCH(QString, expected);
        QCborMap map = sample().toCbor();
        map.insert(key, value);
        auto result = Event::fromCbor(map);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void cborIntegerNeverCastsADoubleOutOfRange()
    {
        QCOMPARE(cborInteger(QCborValue(qint64(-42))), -42);
        QCOMPARE(cborInteger(QCborValue(42.9)), 42);
        QCOMPARE(cborInteger(QCborValue(-9223372036854775808.0), 7), std::numeric_limits<qint64>::min());
        QCOMPARE(cborInteger(QCborValue(9223372036854775808.0), 7), 7);
        QCOMPARE(cborInteger(QCborValue(2.8268e23), 7), 7);
        QCOMPARE(cborInteger(QCborValue(qQNaN()), 7), 7);
        QCOMPARE(cborInteger(QCborValue(-qInf()), 7), 7);
        QCOMPARE(cborInteger(QCborValue(QStringLiteral("12")), 7), 7);
    }

    void duplicateKeysInThePayloadAreRefused()
    {
        // Two encoders disagree on {"priority":1,"priority":4}; such a record is refused.
        QByteArray bytes = QCborValue(sample().toCbor()).toCbor();
        const QByteArray one = QCborValue(QCborMap{{QStringLiteral("priority"), 1}}).toCbor().mid(1);
        const qsizetype at = bytes.indexOf(one);
        QVERIFY(at > 0);
        // Turn the payload map's "priority": 1 into a second "category" key with the same value shape.
        QByteArray tampered = bytes;
        tampered.replace(at, one.size(), QCborValue(QStringLiteral("category")).toCbor() + QCborValue(1).toCbor());
        auto result = Event::fromCbor(QCborValue::fromCbor(tampered));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("same key twice")), qPrintable(result.error().message));
    }

    void nonPositiveStampsAreRefused()
    {
        QCborMap map = sample().toCbor();
        map.insert(QStringLiteral("hlc"), -5);
        auto result = Event::fromCbor(map);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("\"hlc\"")), qPrintable(result.error().message));
    }

    void hybridClockNeverGoesBackwards()
    {
        ManualClock wall(1'000'000);
        HybridClock hlc(wall);
        const qint64 a = hlc.tick();
        const qint64 b = hlc.tick(); // same millisecond: the counter moves
        QVERIFY(b > a);
        QCOMPARE(Hlc::wallMs(b), 1'000'000);
        QCOMPARE(Hlc::counter(b), 1u);
        wall.setNowMs(900'000); // the wall clock is set back
        const qint64 c = hlc.tick();
        QVERIFY2(c > b, "a clock set back must not reorder new events before old ones");
        hlc.observe(Hlc::pack(2'000'000, 5)); // a peer ahead of us
        const qint64 d = hlc.tick();
        QVERIFY(d > Hlc::pack(2'000'000, 5));
        wall.setNowMs(3'000'000);
        QCOMPARE(hlc.tick(), Hlc::pack(3'000'000, 0));
    }
};

QTEST_GUILESS_MAIN(tst_Event)
#include "tst_event.moc"
