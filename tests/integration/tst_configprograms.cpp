// The room configuration through the command-line contract, with real sigap-node and
// sigapctl processes: a regency started from its folder alone places incidents in the right
// desa and kelurahan, says what it runs (config show) and what it holds (agencies, cameras
// without their addresses, the village at a point); a broken folder is refused by
// `config check` and by a node, every problem named; a data folder without one runs the
// bundled city as before.
#include "kabbanjar.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SigapTest;

class tst_ConfigPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regencyFromItsFolderAlone()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("desk"));
        NodeProcess node(data, {QStringLiteral("--config"), kabBanjarFolder()});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));

        const Run show = ctl(data, {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject config = jsonObject(show);
        const QJsonObject city = config.value(QStringLiteral("city")).toObject();
        QCOMPARE(city.value(QStringLiteral("name")).toString(), QStringLiteral("Kabupaten Banjar"));
        QCOMPARE(city.value(QStringLiteral("kind")).toString(), QStringLiteral("kabupaten"));
        QCOMPARE(city.value(QStringLiteral("code")).toString(), QStringLiteral("63.03"));
        QCOMPARE(config.value(QStringLiteral("hash")).toString().size(), 64);
        const QJsonObject counts = config.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("villages")).toInt(), 290);
        QCOMPARE(counts.value(QStringLiteral("desa")).toInt(), 277);
        QCOMPARE(counts.value(QStringLiteral("agencies")).toInt(), 10);
        QCOMPARE(counts.value(QStringLiteral("units")).toInt(), 49);
        QCOMPARE(counts.value(QStringLiteral("cameras")).toInt(), 8);
        const Run check = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("config"), QStringLiteral("check"),
                                                                  kabBanjarFolder(), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(jsonObject(check).value(QStringLiteral("configuration")).toObject().value(QStringLiteral("hash")),
                 config.value(QStringLiteral("hash")));

        // Incidents by position alone land in their desa or kelurahan.
        const QList<SampleVillage> sample = kabBanjarSample(kabBanjarOutsideLabels());
        QVERIFY(sample.size() >= 20);
        for (const SampleVillage &v : sample) {
            const Run created
                = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                             QStringLiteral("kebakaran"), QStringLiteral("--lat"), QString::number(v.label.y(), 'f', 6),
                             QStringLiteral("--lon"), QString::number(v.label.x(), 'f', 6)});
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            const Run shown = ctl(data, {QStringLiteral("incident"), QStringLiteral("show"), created.out.trimmed(),
                                         QStringLiteral("--json")});
            const QJsonObject incident = jsonObject(shown);
            QCOMPARE(incident.value(QStringLiteral("kelurahan")).toString(), v.kode);
            QCOMPARE(incident.value(QStringLiteral("village_kind")).toString(), v.level);
            QCOMPARE(incident.value(QStringLiteral("kecamatan")).toString(), v.kecamatan);
        }

        const Run village = ctl(data, {QStringLiteral("village"), QStringLiteral("at"), QStringLiteral("--lat"),
                                       QString::number(sample.first().label.y(), 'f', 6), QStringLiteral("--lon"),
                                       QString::number(sample.first().label.x(), 'f', 6), QStringLiteral("--json")});
        QCOMPARE(village.exitCode, 0);
        QCOMPARE(jsonObject(village).value(QStringLiteral("code")).toString(), sample.first().kode);
        QCOMPARE(jsonObject(village).value(QStringLiteral("kind")).toString(), sample.first().level);
        const Run sea = ctl(data, {QStringLiteral("village"), QStringLiteral("at"), QStringLiteral("--lat"),
                                   QStringLiteral("-4.5"), QStringLiteral("--lon"), QStringLiteral("114.0")});
        QCOMPARE(sea.exitCode, 1);
        QVERIFY2(sea.err.contains(QLatin1String("no village of Kabupaten Banjar holds")), qPrintable(sea.err));

        const Run agencies = ctl(data, {QStringLiteral("agency"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(agencies).size(), 10);
        QVERIFY(agencies.out.contains(QLatin1String("\"polres-banjar\"")));
        const Run cameras = ctl(data, {QStringLiteral("camera"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(cameras).size(), 8);
        QVERIFY2(!cameras.out.contains(QLatin1String("rtsp")), qPrintable(cameras.out)); // no addresses
    }

    void brokenFolderRefusedByCheckAndByNode()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("config"));
        QVERIFY(copyFolder(kabBanjarFolder(), folder));
        QFile agencies(folder + QStringLiteral("/agencies.json"));
        QVERIFY(agencies.open(QIODevice::WriteOnly | QIODevice::Truncate));
        agencies.write("{\"format\": \"sigap-agencies\", \"version\": 1, \"agencies\": [\n"
                       "  {\"id\": \"x\", \"name\": \"X\", \"kind\": \"damkar\", \"phones\": [\"113\"]}\n]}\n");
        agencies.close();

        const Run check
            = runProgram(QStringLiteral("sigapctl"), {QStringLiteral("config"), QStringLiteral("check"), folder});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(folder + QStringLiteral("/agencies.json:2: agency 0: channel: ")),
                 qPrintable(check.out));

        const QString data = tmp.filePath(QStringLiteral("desk"));
        NodeProcess node(data, {QStringLiteral("--config"), folder});
        QVERIFY(!node.start());
        QVERIFY2(node.errorOutput().contains(QLatin1String("agencies.json:2: agency 0: channel: ")),
                 qPrintable(node.errorOutput()));
        QVERIFY(!QFile::exists(data + QStringLiteral("/events.sqlite"))); // refused before anything changed
    }

    // Two desks of one room: a configuration published on one is in force on the other
    // within seconds; a desk that joins later with only the room key takes it too, and keeps
    // it over a restart; a broken one is refused before it reaches the room.
    void publishedConfigurationReachesEveryDesk()
    {
        QTemporaryDir tmp;
        const QString key = tmp.filePath(QStringLiteral("room.key"));
        const Run init = runProgram(QStringLiteral("sigapctl"),
                                    {QStringLiteral("room"), QStringLiteral("init"), QStringLiteral("--room"),
                                     QStringLiteral("cfg"), QStringLiteral("--out"), key});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const auto syncArgs = [&key](const QString &peer) {
            QStringList args{QStringLiteral("--room-key"), key, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-multicast")};
            if (!peer.isEmpty())
                args << QStringLiteral("--peer") << peer;
            return args;
        };
        const auto hashOf = [](const QString &dir) {
            return jsonObject(ctl(dir, {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}))
                .value(QStringLiteral("hash"))
                .toString();
        };
        const QString a = tmp.filePath(QStringLiteral("a")), b = tmp.filePath(QStringLiteral("b")),
                      c = tmp.filePath(QStringLiteral("c"));
        NodeProcess nodeA(a, syncArgs({}));
        QVERIFY2(nodeA.start(), qPrintable(nodeA.errorOutput()));
        const QString addressA = jsonObject(ctl(a, {QStringLiteral("status"), QStringLiteral("--json")}))
                                     .value(QStringLiteral("sync_listen"))
                                     .toString();
        QVERIFY(!addressA.isEmpty());
        NodeProcess nodeB(b, syncArgs(addressA));
        QVERIFY2(nodeB.start(), qPrintable(nodeB.errorOutput()));
        const QString bundled = hashOf(b);
        QCOMPARE(hashOf(a), bundled);
        // A desk started on another folder: the shift lead's list of desks says it differs.
        const QString d = tmp.filePath(QStringLiteral("d"));
        NodeProcess nodeD(d, syncArgs(addressA) << QStringLiteral("--config") << kabBanjarFolder());
        QVERIFY2(nodeD.start(), qPrintable(nodeD.errorOutput()));
        const auto deskOf = [&](const QString &at, const QString &dir) {
            const QString id = jsonObject(ctl(dir, {QStringLiteral("status"), QStringLiteral("--json")}))
                                   .value(QStringLiteral("desk"))
                                   .toString();
            const QJsonArray desks
                = QJsonDocument::fromJson(ctl(at, {QStringLiteral("desks"), QStringLiteral("--json")}).out.toUtf8())
                      .array();
            for (const QJsonValue &v : desks)
                if (v.toObject().value(QStringLiteral("desk")).toString() == id)
                    return v.toObject();
            return QJsonObject();
        };
        QVERIFY2(QTest::qWaitFor([&] { return deskOf(a, d).value(QStringLiteral("config_differs")).toBool(); }, 30000),
                 QJsonDocument(deskOf(a, d)).toJson().constData());
        QVERIFY(!deskOf(a, b).value(QStringLiteral("config_differs")).toBool());

        const Run published = ctl(
            a, {QStringLiteral("config"), QStringLiteral("publish"), kabBanjarFolder(), QStringLiteral("--json")});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const QString hash = jsonObject(published).value(QStringLiteral("hash")).toString();
        QVERIFY(hash.size() == 64 && hash != bundled);
        QCOMPARE(hashOf(a), hash);
        QVERIFY2(QTest::qWaitFor([&] { return hashOf(b) == hash; }, 30000), qPrintable(hashOf(b)));
        const QJsonObject shownB
            = jsonObject(ctl(b, {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}));
        QCOMPARE(shownB.value(QStringLiteral("city")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("kabupaten"));
        QVERIFY(!shownB.value(QStringLiteral("published_by")).toString().isEmpty());
        QVERIFY(shownB.value(QStringLiteral("published_at")).toString().startsWith(QLatin1String("20")));
        const SampleVillage desa = kabBanjarSample(kabBanjarOutsideLabels()).constFirst();
        const Run village = ctl(b, {QStringLiteral("village"), QStringLiteral("at"), QStringLiteral("--lat"),
                                    QString::number(desa.label.y(), 'f', 6), QStringLiteral("--lon"),
                                    QString::number(desa.label.x(), 'f', 6), QStringLiteral("--json")});
        QCOMPARE(jsonObject(village).value(QStringLiteral("code")).toString(), desa.kode);

        // D ran that very folder already: no desk differs any more.
        QCOMPARE(hashOf(d), hash);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !deskOf(a, d).value(QStringLiteral("config_differs")).toBool()
                                && deskOf(a, b).value(QStringLiteral("config")).toString() == hash.left(12);
                     },
                     30000),
                 QJsonDocument(deskOf(a, b)).toJson().constData());

        // A desk that joins later with only the key.
        NodeProcess nodeC(c, syncArgs(addressA));
        QVERIFY2(nodeC.start(), qPrintable(nodeC.errorOutput()));
        QVERIFY2(QTest::qWaitFor([&] { return hashOf(c) == hash; }, 30000), qPrintable(hashOf(c)));

        // A broken configuration is refused at the desk that would publish it: nothing reaches
        // the room, every desk keeps what it runs.
        const QString broken = tmp.filePath(QStringLiteral("broken"));
        QVERIFY(copyFolder(kabBanjarFolder(), broken));
        QFile cameras(broken + QStringLiteral("/cameras.json"));
        QVERIFY(cameras.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cameras.write("{\"format\": \"sigap-cameras\", \"version\": 1, \"cameras\": [\n"
                      "  {\"id\": \"x\", \"name\": \"X\", \"lat\": -3.4, \"lon\": 114.8, \"url\": \"ftp://x\"}\n]}\n");
        cameras.close();
        const QString stateBefore = ctl(a, {QStringLiteral("state-hash")}).out;
        const Run refused = ctl(a, {QStringLiteral("config"), QStringLiteral("publish"), broken});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("cameras.json:2: camera 0: url: ")), qPrintable(refused.err));
        QCOMPARE(ctl(a, {QStringLiteral("state-hash")}).out, stateBefore);
        for (const QString &dir : {a, b, c})
            QCOMPARE(hashOf(dir), hash);

        // Over a restart, the published configuration stays in force.
        QCOMPARE(nodeB.stop(), 0);
        QVERIFY2(nodeB.start(), qPrintable(nodeB.errorOutput()));
        QCOMPARE(hashOf(b), hash);
    }

    // A new boundary set without a village the room had: old incidents keep their code, and
    // the name the log wrote when they were made.
    void vanishedVillageKeepsItsNameFromTheLog()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("desk"));
        NodeProcess node(data, {QStringLiteral("--config"), kabBanjarFolder()});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const SampleVillage bakambat = kabBanjarSample(kabBanjarOutsideLabels()).constFirst();
        QCOMPARE(bakambat.kode, QStringLiteral("63.03.01.2001"));
        const Run created
            = ctl(data, {QStringLiteral("incident"), QStringLiteral("create"), QStringLiteral("--category"),
                         QStringLiteral("banjir"), QStringLiteral("--lat"), QString::number(bakambat.label.y(), 'f', 6),
                         QStringLiteral("--lon"), QString::number(bakambat.label.x(), 'f', 6)});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString incident = created.out.trimmed();

        const QString without = tmp.filePath(QStringLiteral("without"));
        QVERIFY(copyFolder(kabBanjarFolder(), without));
        QFile boundaries(without + QStringLiteral("/city/boundaries.geojson"));
        QVERIFY(boundaries.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(boundaries.readAll()).object();
        boundaries.close();
        QJsonArray kept;
        for (const QJsonValue &f : root.value(QStringLiteral("features")).toArray()) {
            if (f.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("kode")).toString()
                != bakambat.kode)
                kept.append(f);
        }
        root.insert(QStringLiteral("features"), kept);
        QVERIFY(boundaries.open(QIODevice::WriteOnly | QIODevice::Truncate));
        boundaries.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        boundaries.close();
        const Run published = ctl(data, {QStringLiteral("config"), QStringLiteral("publish"), without});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const QJsonObject counts
            = jsonObject(ctl(data, {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}))
                  .value(QStringLiteral("counts"))
                  .toObject();
        QCOMPARE(counts.value(QStringLiteral("villages")).toInt(), 289);

        const QJsonObject shown = jsonObject(
            ctl(data, {QStringLiteral("incident"), QStringLiteral("show"), incident, QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("kelurahan")).toString(), bakambat.kode);
        QCOMPARE(shown.value(QStringLiteral("kelurahan_name")).toString(), QStringLiteral("Bakambat"));
        QCOMPARE(shown.value(QStringLiteral("village_kind")).toString(), QStringLiteral("desa"));
    }

    void dataFolderWithoutOneRunsTheBundledCity()
    {
        QTemporaryDir tmp;
        NodeProcess node(tmp.path());
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        const QJsonObject config
            = jsonObject(ctl(tmp.path(), {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}));
        QCOMPARE(config.value(QStringLiteral("city")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Kota Banjarmasin"));
        QCOMPARE(config.value(QStringLiteral("city")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("kota"));
        QCOMPARE(config.value(QStringLiteral("in_force")).toObject().value(QStringLiteral("city")).toString(),
                 QStringLiteral("bundled"));
        QCOMPARE(config.value(QStringLiteral("counts")).toObject().value(QStringLiteral("villages")).toInt(), 52);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigPrograms)
#include "tst_configprograms.moc"
