// Agency units through the command-line contract, with real sigap-node and sigapctl
// processes: positions over the AVL listener and from a Traccar server, the roster with
// and without a position, status changes and assignments as events that survive a restart,
// illegal moves kept as conflicts, refusals that name what is wrong, and the recommendation.
#include "testsupport.h"
#include "traccarserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace SigapTest;

namespace {

QJsonObject unitOf(const QJsonArray &units, const QString &id)
{
    for (const QJsonValue &v : units)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

// One OsmAnd position to the node's AVL listener; the HTTP status of the answer.
int sendPosition(const QString &address, const QByteArray &query)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    QTcpSocket socket;
    socket.connectToHost(address.left(colon), quint16(address.mid(colon + 1).toUInt()));
    if (!socket.waitForConnected(10000))
        return 0;
    socket.write("GET /?" + query + " HTTP/1.1\r\nHost: sigap\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(10000))
        answer += socket.readAll();
    answer += socket.readAll();
    const QList<QByteArray> statusLine = answer.left(answer.indexOf('\r')).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

double greatCircleM(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371008.8, p1 = lat1 * M_PI / 180, p2 = lat2 * M_PI / 180;
    const double dp = (lat2 - lat1) * M_PI / 180, dl = (lon2 - lon1) * M_PI / 180;
    const double h
        = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * r * std::atan2(std::sqrt(h), std::sqrt(1 - h));
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class tst_UnitPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsThroughCtl()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("units"));
        NodeProcess node(data, {QStringLiteral("--avl-listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const QString avl = jsonObject(ctl(data, {QStringLiteral("status"), QStringLiteral("--json")}))
                                .value(QStringLiteral("avl_listen"))
                                .toString();
        QVERIFY2(!avl.isEmpty(), "the node listens for positions");
        const double incidentLat = -3.3186, incidentLon = 114.5926;
        const QList<std::tuple<QString, double, double>> places{{QStringLiteral("damkar-01"), -3.3400, 114.5900},
                                                                {QStringLiteral("damkar-02"), -3.3250, 114.6000},
                                                                {QStringLiteral("damkar-03"), -3.3300, 114.5926}};
        for (const auto &[id, lat, lon] : places)
            QCOMPARE(
                sendPosition(
                    avl,
                    QStringLiteral("id=%1&lat=%2&lon=%3").arg(id).arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6).toUtf8()),
                200);

        const Run created
            = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                         QStringLiteral("kebakaran"), QStringLiteral("--lat"), QString::number(incidentLat, 'f', 6),
                         QStringLiteral("--lon"), QString::number(incidentLon, 'f', 6)});
        QCOMPARE(created.exitCode, 0);
        const QString incident = created.out.trimmed();
        QCOMPARE(ctl(data, {QStringLiteral("handoff"), QStringLiteral("send"), incident, QStringLiteral("damkar-bjm")})
                     .exitCode,
                 0);

        // The nearest first, by the test's own distances and the documented speed and detour.
        auto recommend = [&] {
            return jsonObject(ctl(data, {QStringLiteral("unit"), QStringLiteral("recommend"), incident,
                                         QStringLiteral("damkar-bjm"), QStringLiteral("--json")}));
        };
        QJsonObject advice = recommend();
        QJsonArray units = advice.value(QStringLiteral("units")).toArray();
        QList<std::pair<double, QString>> expected;
        for (const auto &[id, lat, lon] : places)
            expected.append({greatCircleM(incidentLat, incidentLon, lat, lon), id});
        std::sort(expected.begin(), expected.end());
        QCOMPARE(units.size(), 3); // the other five Damkar units have no position
        for (int i = 0; i < 3; ++i) {
            const QJsonObject u = units.at(i).toObject();
            QCOMPARE(u.value(QStringLiteral("id")).toString(), expected.at(i).second);
            QVERIFY2(qAbs(u.value(QStringLiteral("distance_m")).toDouble() - expected.at(i).first) <= 1,
                     qPrintable(QString::number(u.value(QStringLiteral("distance_m")).toDouble())));
            QCOMPARE(u.value(QStringLiteral("eta_s")).toInteger(),
                     qint64(std::ceil(expected.at(i).first * 1.4 / (30000.0 / 3600.0))));
        }
        const Run text = ctl(data, {QStringLiteral("unit"), QStringLiteral("recommend"), incident,
                                    QStringLiteral("damkar-bjm"), QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("1. ") + expected.at(0).second), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QLatin1String("2. ")), qPrintable(text.out));

        // Assigned to the handoff, the nearest is no longer recommended.
        const QString nearest = expected.at(0).second;
        auto unit = [&](const QStringList &args) { return ctl(data, QStringList{QStringLiteral("unit")} + args); };
        QCOMPARE(unit({QStringLiteral("assign"), incident, QStringLiteral("damkar-bjm"), nearest}).exitCode, 0);
        QCOMPARE(recommend()
                     .value(QStringLiteral("units"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 expected.at(1).second);
        QCOMPARE(unit({QStringLiteral("status"), nearest, QStringLiteral("en_route")}).exitCode, 0);
        // Out of service, then on scene without being dispatched: the second is kept as a conflict.
        const QString other = expected.at(2).second;
        QCOMPARE(unit({QStringLiteral("status"), other, QStringLiteral("out_of_service")}).exitCode, 0);
        QCOMPARE(unit({QStringLiteral("status"), other, QStringLiteral("on_scene"), QStringLiteral("--as"),
                       QStringLiteral("damkar-rudi")})
                     .exitCode,
                 0);
        // dispatched by `unit status` is an assignment too.
        QCOMPARE(
            unit({QStringLiteral("status"), QStringLiteral("damkar-05"), QStringLiteral("dispatched"),
                  QStringLiteral("--incident"), incident, QStringLiteral("--agency"), QStringLiteral("damkar-bjm")})
                .exitCode,
            0);

        const Run listed = unit({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = jsonArray(listed);
        QCOMPARE(list.size(), 49); // the bundled roster, with or without positions
        const QJsonObject going = unitOf(list, nearest);
        QCOMPARE(going.value(QStringLiteral("status")).toString(), QStringLiteral("en_route"));
        QCOMPARE(going.value(QStringLiteral("incident")).toString(), incident);
        QCOMPARE(going.value(QStringLiteral("agency")).toString(), QStringLiteral("damkar-bjm"));
        QCOMPARE(going.value(QStringLiteral("type")).toString().isEmpty(), false);
        QVERIFY(going.value(QStringLiteral("has_position")).toBool());
        QVERIFY(going.value(QStringLiteral("age_s")).toInteger() < 600);
        const QJsonObject broken = unitOf(list, other);
        QCOMPARE(broken.value(QStringLiteral("status")).toString(), QStringLiteral("out_of_service"));
        QCOMPARE(broken.value(QStringLiteral("conflicts")).toArray().size(), 1);
        QCOMPARE(
            broken.value(QStringLiteral("conflicts")).toArray().at(0).toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("on_scene"));
        QCOMPARE(broken.value(QStringLiteral("conflicts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
                 QStringLiteral("damkar-rudi"));
        const QJsonObject parked = unitOf(list, QStringLiteral("psc119-04"));
        QCOMPARE(parked.value(QStringLiteral("status")).toString(), QStringLiteral("available"));
        QCOMPARE(parked.value(QStringLiteral("agency")).toString(), QStringLiteral("psc119-bjm"));
        QCOMPARE(parked.value(QStringLiteral("has_position")).toBool(), false);
        QCOMPARE(unitOf(list, QStringLiteral("damkar-05")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("dispatched"));
        // The handoff names the units serving it.
        const QJsonArray handoffs
            = jsonArray(ctl(data, {QStringLiteral("handoff"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(handoffs.size(), 1);
        QStringList serving;
        for (const QJsonValue &v : handoffs.at(0).toObject().value(QStringLiteral("units")).toArray())
            serving << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(serving, (QStringList{nearest, QStringLiteral("damkar-05")}));
        const Run table = unit({QStringLiteral("list")});
        QVERIFY2(table.out.contains(QLatin1String("no position")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QLatin1String("1 conflict")), qPrintable(table.out));

        // An incident without a position is measured from its kelurahan's centre.
        const Run placed
            = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                         QStringLiteral("kebakaran"), QStringLiteral("--kelurahan"), QStringLiteral("63.71.01.1001")});
        QCOMPARE(placed.exitCode, 0);
        const QJsonObject fromKelurahan
            = jsonObject(ctl(data, {QStringLiteral("unit"), QStringLiteral("recommend"), placed.out.trimmed(),
                                    QStringLiteral("damkar-bjm"), QStringLiteral("--json")}));
        QCOMPARE(fromKelurahan.value(QStringLiteral("measured_from")).toString(), QStringLiteral("kelurahan"));
        QCOMPARE(fromKelurahan.value(QStringLiteral("lat")).toDouble(), -3.356463); // Mantuil's label point
        const QJsonArray fromThere = fromKelurahan.value(QStringLiteral("units")).toArray();
        QCOMPARE(fromThere.size(), 1); // the one Damkar unit still available with a position
        QCOMPARE(fromThere.at(0).toObject().value(QStringLiteral("id")).toString(), expected.at(1).second);

        // Refused, naming what is wrong; nothing written.
        const qint64 events = jsonObject(ctl(data, {QStringLiteral("status"), QStringLiteral("--json")}))
                                  .value(QStringLiteral("events"))
                                  .toInteger();
        const QList<std::pair<QStringList, QString>> refusals{
            {{QStringLiteral("status"), QStringLiteral("ghost-9"), QStringLiteral("available")},
             QStringLiteral("ghost-9")},
            {{QStringLiteral("status"), QStringLiteral("damkar-04"), QStringLiteral("flying")},
             QStringLiteral("flying")},
            {{QStringLiteral("status"), QStringLiteral("damkar-04"), QStringLiteral("dispatched")},
             QStringLiteral("--incident")},
            {{QStringLiteral("assign"), incident, QStringLiteral("psc119-bjm"), QStringLiteral("psc119-01")},
             QStringLiteral("no open handoff")},
            {{QStringLiteral("assign"), incident, QStringLiteral("damkar-bjm"), QStringLiteral("psc119-01")},
             QStringLiteral("belongs to psc119-bjm")},
            {{QStringLiteral("assign"), QStringLiteral("zz-404"), QStringLiteral("damkar-bjm"),
              QStringLiteral("damkar-04")},
             QStringLiteral("zz-404")},
            {{QStringLiteral("recommend"), incident, QStringLiteral("ghostbusters")}, QStringLiteral("ghostbusters")},
        };
        for (const auto &[args, named] : refusals) {
            const Run r = unit(args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        }
        QCOMPARE(unit({QStringLiteral("assign"), incident}).exitCode, 2);
        QCOMPARE(jsonObject(ctl(data, {QStringLiteral("status"), QStringLiteral("--json")}))
                     .value(QStringLiteral("events"))
                     .toInteger(),
                 events);

        // Statuses, assignments and conflicts are events: they survive a restart (from the
        // snapshot written at shutdown); positions are telemetry and do not.
        QCOMPARE(node.stop(), 0);
        QVERIFY(node.start());
        const QJsonArray again = jsonArray(unit({QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(again.size(), list.size());
        for (const QJsonValue &v : list) {
            const QJsonObject before = v.toObject();
            const QJsonObject after = unitOf(again, before.value(QStringLiteral("id")).toString());
            for (const QString &key :
                 {QStringLiteral("status"), QStringLiteral("incident"), QStringLiteral("conflicts"),
                  QStringLiteral("callsign"), QStringLiteral("agency")})
                QCOMPARE(after.value(key), before.value(key));
            QCOMPARE(after.value(QStringLiteral("has_position")).toBool(), false);
        }
        QVERIFY(jsonObject(ctl(data, {QStringLiteral("status"), QStringLiteral("--json")}))
                    .value(QStringLiteral("snapshot_restored_upto"))
                    .toInteger()
                > 0);
    }

    void aRoomsOwnRosterLeavesBrokenUnitsOut()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("roster"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(writeFile(data + QStringLiteral("/units.json"),
                          "{\"format\": \"sigap-units\", \"version\": 1, \"units\": [\n"
                          "  {\"id\": \"bpbd-perahu-1\", \"agency\": \"bpbd-bjm\", \"callsign\": \"Perahu 1\", "
                          "\"type\": \"rescue_boat\"},\n"
                          "  {\"id\": \"bpbd-perahu-2\", \"agency\": \"bpbd\", \"callsign\": \"Perahu 2\", "
                          "\"type\": \"rescue_boat\"},\n"
                          "  {\"id\": \"pmi-amb-1\", \"agency\": \"pmi-bjm\", \"callsign\": \"PMI 1\", "
                          "\"type\": \"ambulance\"}\n]}\n"));
        NodeProcess node(data);
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        QVERIFY2(node.errorOutput().contains(QLatin1String("units.json:3: unit 1: agency: ")),
                 qPrintable(node.errorOutput()));
        const QJsonArray list
            = jsonArray(ctl(data, {QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("callsign")).toString(), QStringLiteral("Perahu 1"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("ambulance"));
        node.stop();

        // A roster that is not one stops the node, naming the file.
        QVERIFY(writeFile(data + QStringLiteral("/units.json"), "{\"units\": [\n"));
        const Run refused = runProgram(QStringLiteral("sigap-node"), {QStringLiteral("--data"), data});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("units.json")), qPrintable(refused.err));
    }

    void positionsFromATraccarServer()
    {
        TraccarServer server(QStringLiteral("sigap"), QStringLiteral("rahasia"));
        server.devices = R"([{"id": 7, "name": "Ambulans 3", "uniqueId": "psc119-03"}])";
        // A fix from now: the node's clock is the real one.
        server.positions = QStringLiteral(R"([{"id": 70, "deviceId": 7, "fixTime": "%1", "valid": true,
            "latitude": -3.3011, "longitude": 114.6012, "speed": 20.0, "course": 45.0}])")
                               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                               .toUtf8();
        QVERIFY(server.listen());
        QTemporaryDir tmp;
        const QString password = tmp.filePath(QStringLiteral("traccar.pw"));
        QVERIFY(writeFile(password, "rahasia\n"));
        QVERIFY(QFile::setPermissions(password, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString data = tmp.filePath(QStringLiteral("traccar"));
        // The test's Traccar server speaks plain HTTP on loopback: allowed by saying so.
        NodeProcess node(data, {QStringLiteral("--traccar-url"), server.url(), QStringLiteral("--traccar-allow-http"),
                                QStringLiteral("--traccar-user"), QStringLiteral("sigap"),
                                QStringLiteral("--traccar-password-file"), password,
                                QStringLiteral("--traccar-interval"), QStringLiteral("2")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        // The second poll's request means the first one's answer was taken.
        QTRY_VERIFY_WITH_TIMEOUT(server.served("/api/positions") >= 2, 60000);
        const QJsonObject unit
            = unitOf(jsonArray(ctl(data, {QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--json")})),
                     QStringLiteral("psc119-03"));
        QVERIFY(unit.value(QStringLiteral("has_position")).toBool());
        QCOMPARE(unit.value(QStringLiteral("lat")).toDouble(), -3.3011);
        QCOMPARE(unit.value(QStringLiteral("heading")).toDouble(), 45.0);
        QCOMPARE(unit.value(QStringLiteral("callsign")).toString(), QStringLiteral("PSC 119 3")); // the roster's
        node.stop();

        // A wrong password: said on the node's log with the reason, and no unit moves.
        QVERIFY(writeFile(password, "tebakan\n"));
        const QString data2 = tmp.filePath(QStringLiteral("traccar2"));
        NodeProcess refused(data2, {QStringLiteral("--traccar-url"), server.url(),
                                    QStringLiteral("--traccar-allow-http"), QStringLiteral("--traccar-user"),
                                    QStringLiteral("sigap"), QStringLiteral("--traccar-password-file"), password,
                                    QStringLiteral("--traccar-interval"), QStringLiteral("2")});
        QVERIFY2(refused.start(), qPrintable(refused.errorOutput()));
        QTRY_VERIFY_WITH_TIMEOUT(refused.errorOutput().contains(QLatin1String("HTTP 401")), 60000);
        const QJsonObject status = jsonObject(ctl(data2, {QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY(status.value(QStringLiteral("traccar")).toBool());
        QVERIFY2(status.value(QStringLiteral("traccar_error")).toString().contains(QLatin1String("401")),
                 qPrintable(status.value(QStringLiteral("traccar_error")).toString()));
        const QJsonObject stillUnknown
            = unitOf(jsonArray(ctl(data2, {QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--json")})),
                     QStringLiteral("psc119-03"));
        QCOMPARE(stillUnknown.value(QStringLiteral("has_position")).toBool(), false);
    }

    void traccarOptionsAreCheckedBeforeStarting()
    {
        QTemporaryDir tmp;
        const Run noPassword = runProgram(QStringLiteral("sigap-node"),
                                          {QStringLiteral("--data"), tmp.filePath(QStringLiteral("x")),
                                           QStringLiteral("--traccar-url"), QStringLiteral("https://127.0.0.1:1"),
                                           QStringLiteral("--traccar-user"), QStringLiteral("sigap")});
        QCOMPARE(noPassword.exitCode, 2);
        QVERIFY2(noPassword.err.contains(QLatin1String("--traccar-password-file")), qPrintable(noPassword.err));
        // Plain http would send the password in the clear: refused unless the room says so.
        const Run plain = runProgram(QStringLiteral("sigap-node"),
                                     {QStringLiteral("--data"), tmp.filePath(QStringLiteral("x")),
                                      QStringLiteral("--traccar-url"), QStringLiteral("http://127.0.0.1:1"),
                                      QStringLiteral("--traccar-user"), QStringLiteral("sigap")});
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(QLatin1String("--traccar-allow-http")), qPrintable(plain.err));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x"))));
        const Run help = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QLatin1String("unit recommend INCIDENT AGENCY")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(tst_UnitPrograms)
#include "tst_unitprograms.moc"
