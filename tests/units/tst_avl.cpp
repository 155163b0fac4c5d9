// Unit positions over HTTP in the OsmAnd protocol (what the Traccar Client app sends), to a
// real listening socket: query string, form body and JSON body move a unit; malformed
// requests answer 400 (or 405, 413) and change nothing.
#include "core/clock.h"
#include "core/hostport.h"
#include "units/osmandreceiver.h"
#include "units/unitboard.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

namespace {
const qint64 Now = 1795000000000;

// Sends one raw HTTP request and returns the status code of the answer (0: no answer).
int send(const QString &address, const QByteArray &request)
{
    const auto hostPort = splitHostPort(address);
    if (!hostPort)
        return 0;
    QTcpSocket socket;
    socket.connectToHost(hostPort->first, hostPort->second);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return 0;
    socket.write(request);
    QByteArray answer;
    // The listener answers and closes; the status line is read whether or not it closed.
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    answer += socket.readAll();
    const QList<QByteArray> statusLine = answer.left(answer.indexOf('\r')).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

QByteArray get(const QByteArray &query)
{
    return "GET /?" + query + " HTTP/1.1\r\nHost: sigap\r\nUser-Agent: Traccar Client\r\n\r\n";
}

QByteArray post(const QByteArray &contentType, const QByteArray &body)
{
    return "POST / HTTP/1.1\r\nHost: sigap\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

class tst_Avl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock.setNowMs(Now);
        m_board = std::make_unique<UnitBoard>();
        m_receiver = std::make_unique<OsmAndReceiver>(*m_board, m_clock);
        QVERIFY(m_receiver->listen(QStringLiteral("127.0.0.1:0")));
    }

    void unknownUnitIsRefusedCountedAndNotPassedOn()
    {
        // The room's roster knows damkar-03; 200 invented ids are refused one by one.
        m_board->setAdmission([](const QString &id) { return id == QLatin1String("damkar-03"); });
        QSignalSpy received(m_receiver.get(), &OsmAndReceiver::received);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(send(address(), get("id=ghost-" + QByteArray::number(i) + "&lat=-3.3&lon=114.6")), 403);
        QCOMPARE(m_receiver->refusedUnknown(), 200);
        QCOMPARE(received.size(), 0);
        QVERIFY(m_board->units().isEmpty());
        QCOMPARE(send(address(), get("id=damkar-03&lat=-3.3207&lon=114.5926")), 200);
        QCOMPARE(received.size(), 1);
        QCOMPARE(m_board->units().size(), 1);
    }

    // A device the room gave a secret moves its unit only with it (in the URL, the form or the
    // JSON body); forged positions are refused, counted and not passed on. A unit without a
    // secret in the file is taken on the roster alone. The file is owner-only and well formed.
    void aDeviceWithASecretMovesItsUnitOnlyWithIt()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(OsmAndReceiver::secretsFileName());
        auto write = [&](const QByteArray &text, QFile::Permissions mode) {
            QFile f(file);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(text);
            f.close();
            f.setPermissions(mode);
        };
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        write("damkar-03=rahasia-perangkat-03\n", ownerOnly | QFile::ReadOther);
        QCOMPARE(OsmAndReceiver::loadDeviceSecrets(file).error().code, QStringLiteral("avl.permissions"));
        write("damkar-03=pendek\n", ownerOnly);
        QCOMPARE(OsmAndReceiver::loadDeviceSecrets(file).error().code, QStringLiteral("avl.secrets"));
        write("# units with a secret\ndamkar-03=rahasia-perangkat-03\n", ownerOnly);
        auto secrets = OsmAndReceiver::loadDeviceSecrets(file);
        QVERIFY(secrets);
        m_receiver->setDeviceSecrets(secrets.value());

        QSignalSpy received(m_receiver.get(), &OsmAndReceiver::received);
        QCOMPARE(send(address(), get("id=damkar-03&lat=-3.3&lon=114.6")), 403);
        QCOMPARE(send(address(), get("id=damkar-03&lat=-3.3&lon=114.6&secret=rahasia-perangkat-04")), 403);
        QCOMPARE(send(address(), post("application/json", R"({"device_id": "damkar-03", "secret": "salah",
            "location": {"coords": {"latitude": -3.3, "longitude": 114.6}}})")),
                 403);
        QCOMPARE(m_receiver->refusedSecret(), 3);
        QCOMPARE(received.size(), 0);
        QVERIFY(m_board->units().isEmpty());
        QCOMPARE(send(address(), get("secret=rahasia-perangkat-03&id=damkar-03&lat=-3.3&lon=114.6")), 200);
        QCOMPARE(send(address(), post("application/x-www-form-urlencoded",
                                      "id=damkar-03&lat=-3.31&lon=114.6&secret=rahasia-perangkat-03")),
                 200);
        QCOMPARE(send(address(), get("id=psc-1&lat=-3.3&lon=114.6")), 200); // no secret in the file
        QCOMPARE(received.size(), 3);
    }

    void positionFromTheFutureIsTakenAsOfNow()
    {
        // A phone whose clock runs a day ahead would otherwise hold every true position off.
        const QByteArray tomorrow = QByteArray::number((Now + 24 * 3600 * 1000) / 1000);
        QCOMPARE(send(address(), get("id=damkar-03&lat=-3.3207&lon=114.5926&timestamp=" + tomorrow)), 200);
        QCOMPARE(m_board->units().value(QStringLiteral("damkar-03")).reportedMs, Now);
        m_clock.advanceMs(5000);
        QCOMPARE(send(address(), get("id=damkar-03&lat=-3.3300&lon=114.6000")), 200);
        QCOMPARE(m_board->units().value(QStringLiteral("damkar-03")).lat, -3.33);
    }

    void queryStringMovesAUnit()
    {
        QSignalSpy received(m_receiver.get(), &OsmAndReceiver::received);
        const QByteArray seconds = QByteArray::number(Now / 1000 - 30);
        QCOMPARE(send(address(), get("id=damkar-03&lat=-3.3207&lon=114.5926&timestamp=" + seconds
                                     + "&hdop=1.2&altitude=4&speed=12.5&bearing=270")),
                 200);
        const UnitReport unit = m_board->units().value(QStringLiteral("damkar-03"));
        QCOMPARE(unit.lat, -3.3207);
        QCOMPARE(unit.lon, 114.5926);
        QCOMPARE(unit.reportedMs, Now - 30000);
        QCOMPARE(unit.headingDeg.value_or(-1), 270.0);
        QCOMPARE(received.size(), 1);
    }

    void formAndJsonBodiesMoveAUnit()
    {
        QCOMPARE(send(address(), post("application/x-www-form-urlencoded", "id=psc-1&lat=-3.30&lon=114.60")), 200);
        QCOMPARE(m_board->units().value(QStringLiteral("psc-1")).lat, -3.30);
        QCOMPARE(m_board->units().value(QStringLiteral("psc-1")).reportedMs, Now); // no time sent: now
        const QByteArray json = R"({"device_id": "polres-7", "location": {"timestamp": "2026-11-17T03:33:00.000Z",
            "coords": {"latitude": -3.3301, "longitude": 114.5801, "speed": 0, "heading": -1}}})";
        QCOMPARE(send(address(), post("application/json", json)), 200);
        const UnitReport polres = m_board->units().value(QStringLiteral("polres-7"));
        QCOMPARE(polres.lon, 114.5801);
        QCOMPARE(
            polres.reportedMs,
            QDateTime::fromString(QStringLiteral("2026-11-17T03:33:00.000Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
        QVERIFY(!polres.headingDeg); // standing still: no heading
    }

    void aRealHttpClientIsAnswered()
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(
            QNetworkRequest(QUrl(QStringLiteral("http://%1/?id=bpbd-2&lat=-3.31&lon=114.61").arg(address()))));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(m_board->units().contains(QStringLiteral("bpbd-2")));
        reply->deleteLater();
    }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no id") << get("lat=-3.3&lon=114.6") << 400;
        QTest::newRow("no lat") << get("id=x&lon=114.6") << 400;
        QTest::newRow("lat out of range") << get("id=x&lat=200&lon=114.6") << 400;
        QTest::newRow("lon not a number") << get("id=x&lat=-3.3&lon=east") << 400;
        QTest::newRow("bad timestamp") << get("id=x&lat=-3.3&lon=114.6&timestamp=yesterday") << 400;
        QTest::newRow("nan is not a place") << get("id=x&lat=nan&lon=nan") << 400;
        QTest::newRow("infinite time") << get("id=x&lat=-3.3&lon=114.6&timestamp=inf") << 400;
        QTest::newRow("time beyond 2200") << get("id=x&lat=-3.3&lon=114.6&timestamp=1e300") << 400;
        QTest::newRow("json without coords") << post("application/json", R"({"device_id": "x"})") << 400;
        QTest::newRow("not json") << post("application/json", "{{{") << 400;
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("wrong method") << QByteArray("PUT /?id=x&lat=1&lon=1 HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("too large") << post("application/x-www-form-urlencoded", QByteArray(20000, 'a')) << 413;
    }

    void badRequestsChangeNothing()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy changed(m_board.get(), &UnitBoard::changed);
        QCOMPARE(send(address(), request), status);
        QCOMPARE(changed.size(), 0);
        QVERIFY(m_board->units().isEmpty());
    }

    void aKnownUnitKeepsItsAgencyAndCallSign()
    {
        UnitReport known;
        known.id = QStringLiteral("damkar-05");
        known.agency = QStringLiteral("damkar");
        known.callsign = QStringLiteral("Damkar 5");
        known.status = QStringLiteral("en_route");
        known.reportedMs = Now - 60000;
        m_board->report(known);
        QCOMPARE(send(address(), get("id=damkar-05&lat=-3.33&lon=114.58")), 200);
        const UnitReport unit = m_board->units().value(QStringLiteral("damkar-05"));
        QCOMPARE(unit.callsign, QStringLiteral("Damkar 5"));
        QCOMPARE(unit.status, QStringLiteral("en_route"));
        QCOMPARE(unit.lat, -3.33);
    }

    void listenRefusesABadAddress()
    {
        UnitBoard board;
        OsmAndReceiver receiver(board, m_clock);
        auto refused = receiver.listen(QStringLiteral("anywhere"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("--avl-listen")));
    }

private:
    QString address() const { return m_receiver->listenAddress(); }

    ManualClock m_clock{Now};
    std::unique_ptr<UnitBoard> m_board;
    std::unique_ptr<OsmAndReceiver> m_receiver;
};

QTEST_GUILESS_MAIN(tst_Avl)
#include "tst_avl.moc"
