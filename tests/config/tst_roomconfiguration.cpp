// The room configuration folder: a regency from its folder alone (Kabupaten Banjar, shipped
// in resources/rooms/), the bundled city of version 1 unchanged, the same files giving the
// same hash, and every malformed input named with nothing of the folder taken.
#include "config/configarchive.h"
#include "config/roomconfiguration.h"
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "kabbanjar.h"
#include "node/node.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Sigap;

namespace {

QString kabBanjar()
{
    return SigapTest::kabBanjarFolder();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The boundaries file with `change` applied to its features.
bool editBoundaries(const QString &folder, const std::function<void(QJsonArray &)> &change)
{
    const QString path = folder + QStringLiteral("/city/boundaries.geojson");
    QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QJsonArray features = root.value(QStringLiteral("features")).toArray();
    change(features);
    root.insert(QStringLiteral("features"), features);
    return writeAll(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

qsizetype indexOfKode(const QJsonArray &features, const QString &kode)
{
    for (qsizetype i = 0; i < features.size(); ++i)
        if (features.at(i).toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("kode"))
            == kode)
            return i;
    return -1;
}

void setFeatureProperty(QJsonArray &features, const QString &kode, const QString &key, const QJsonValue &value)
{
    const qsizetype i = indexOfKode(features, kode);
    QJsonObject f = features.at(i).toObject();
    QJsonObject p = f.value(QStringLiteral("properties")).toObject();
    p.insert(key, value);
    f.insert(QStringLiteral("properties"), p);
    features[i] = f;
}

} // namespace

class tst_RoomConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kabupatenBanjarFromItsFolderAlone()
    {
        auto loaded = RoomConfiguration::load(kabBanjar());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const RoomConfiguration &c = loaded.value();
        QCOMPARE(c.city.name, QStringLiteral("Kabupaten Banjar"));
        QCOMPARE(c.city.code, QStringLiteral("63.03"));
        QVERIFY(c.isKabupaten());
        QCOMPARE(c.city.province, QStringLiteral("Kalimantan Selatan"));
        QCOMPARE(c.timeZone.id(), QByteArray("Asia/Makassar"));
        QCOMPARE(c.roomName, QStringLiteral("Call Center 112 Kabupaten Banjar"));
        QCOMPARE(c.gazetteer.villages().size(), 290);
        QCOMPARE(c.gazetteer.kecamatan().size(), 20);
        const auto desa = std::count_if(c.gazetteer.villages().cbegin(), c.gazetteer.villages().cend(),
                                        [](const Village &v) { return v.kind == VillageKind::Desa; });
        QCOMPARE(desa, 277);
        QVERIFY(c.gazetteer.hasDesa());
        // The data's SOURCES.md lists 8 label points outside their own polygon; each is replaced.
        QCOMPARE(c.gazetteer.labelsMoved(), 8);
        for (const Village &v : c.gazetteer.villages()) {
            QVERIFY2(
                std::any_of(v.area.cbegin(), v.area.cend(), [&v](const GeoPolygon &p) { return p.contains(v.label); }),
                qPrintable(v.kode));
        }
        QCOMPARE(c.agencies.byId(QStringLiteral("polres-banjar"))->name, QStringLiteral("Polres Banjar"));
        QCOMPARE(c.units.units().size(), 49);
        QVERIFY(c.units.problems().isEmpty());
        QCOMPARE(c.cameras.cameras().size(), 8);
        QCOMPARE(c.inForce.value(QStringLiteral("city")), RoomConfiguration::Source::Folder);
        QCOMPARE(c.inForce.value(QStringLiteral("categories")), RoomConfiguration::Source::Bundled);
        QCOMPARE(c.hash.size(), 64);
    }

    // Twenty-odd villages, one in every kecamatan and both kinds, found at the data's own
    // inside points (the upstream label where it lies inside its polygon).
    void twentyVillagesAtTheirInsidePoints()
    {
        auto loaded = RoomConfiguration::load(kabBanjar());
        QVERIFY(loaded);
        const Gazetteer &g = loaded.value().gazetteer;
        const QList<SigapTest::SampleVillage> sample = SigapTest::kabBanjarSample(SigapTest::kabBanjarOutsideLabels());
        QVERIFY2(sample.size() >= 20, qPrintable(QString::number(sample.size())));
        QSet<QString> kecamatan;
        QSet<QString> kinds;
        for (const SigapTest::SampleVillage &v : sample) {
            const Village *found = g.locate(v.label.y(), v.label.x());
            QVERIFY2(found, qPrintable(v.kode));
            QCOMPARE(found->kode, v.kode);
            QCOMPARE(found->kindName(), v.level);
            QCOMPARE(found->kecamatanName, v.kecamatan);
            QCOMPARE(g.byKode(v.kode)->label, v.label); // an inside label is kept as it is
            kecamatan.insert(v.kode.left(8));
            kinds.insert(v.level);
        }
        QCOMPARE(kecamatan.size(), 20);
        QCOMPARE(kinds.size(), 2);
        // And the eight whose upstream label lies outside: their own inside point finds them.
        for (const QString &kode : SigapTest::kabBanjarOutsideLabels()) {
            const Village *v = g.byKode(kode);
            QVERIFY(v);
            const Village *found = g.locate(v->label.y(), v->label.x());
            QVERIFY2(found && found->kode == kode, qPrintable(kode));
        }
    }

    void twoPasarLamaToldApartByKecamatan()
    {
        auto loaded = RoomConfiguration::load(kabBanjar());
        QVERIFY(loaded);
        const QList<const Village *> found = loaded.value().gazetteer.search(QStringLiteral("pasar lama"));
        QStringList shown;
        for (const Village *v : found)
            if (v->name == QLatin1String("Pasar Lama"))
                shown << Gazetteer::displayName(*v) + QLatin1Char(' ') + v->kode;
        QCOMPARE(shown, (QStringList{QStringLiteral("Pasar Lama (Karang Intan) 63.03.06.2018"),
                                     QStringLiteral("Pasar Lama (Simpang Empat) 63.03.08.2025")}));
    }

    // Today's city.json (version 1, no kind) loads as before, and a folder holding exactly the
    // bundled city runs the very configuration the bundled one is: same hash.
    void bundledCityOfVersionOneUnchangedAndHashedByContent()
    {
        const RoomConfiguration bundled = RoomConfiguration::bundled();
        QCOMPARE(bundled.city.name, QStringLiteral("Kota Banjarmasin"));
        QVERIFY(!bundled.isKabupaten());
        QCOMPARE(bundled.gazetteer.villages().size(), 52);
        QVERIFY(!bundled.gazetteer.hasDesa());
        QCOMPARE(bundled.timeZone.id(), QByteArray("Asia/Makassar"));

        QTemporaryDir tmp;
        QVERIFY(SigapTest::copyFolder(QStringLiteral(":/city/banjarmasin"), tmp.filePath(QStringLiteral("city"))));
        QFile::remove(tmp.filePath(QStringLiteral("city/cameras.json"))); // the demo's, not the city's
        auto same = RoomConfiguration::load(tmp.path());
        QVERIFY2(same, qPrintable(same ? QString() : same.error().message));
        QCOMPARE(same.value().hash, bundled.hash);
        QVERIFY(writeAll(tmp.filePath(QStringLiteral("room.json")),
                         R"({"format": "sigap-room", "version": 1, "name": "Call Center 112 Banjarmasin"})"));
        auto other = RoomConfiguration::load(tmp.path());
        QVERIFY(other);
        QVERIFY(other.value().hash != bundled.hash);
        QCOMPARE(other.value().roomName, QStringLiteral("Call Center 112 Banjarmasin"));
    }

    void malformedInputIsNamed_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QStringList>("expected"); // fragments of one problem line

        QTest::newRow("broken JSON") << QStringLiteral(
            "json") << QStringList{QStringLiteral("agencies.json:3: "), QStringLiteral("not valid JSON")};
        QTest::newRow("unknown level") << QStringLiteral("level")
                                       << QStringList{QStringLiteral("boundaries.geojson:1: "),
                                                      QStringLiteral("(63.03.01.2001): level: \"dusun\"")};
        QTest::newRow("duplicate codes") << QStringLiteral(
            "duplicate") << QStringList{QStringLiteral("(63.03.01.2001): kode: "), QStringLiteral("appears twice")};
        QTest::newRow("outside every kecamatan")
            << QStringLiteral("outside")
            << QStringList{QStringLiteral("(63.03.01.2001): geometry: "),
                           QStringLiteral("outside its kecamatan 63.03.01 (Aluh Aluh)")};
        QTest::newRow("no kecamatan of its prefix") << QStringLiteral("prefix")
                                                    << QStringList{QStringLiteral("(63.03.21.2001): kecamatan_kode: "),
                                                                   QStringLiteral("no kecamatan 63.03.21")};
        QTest::newRow("camera with a bad URL")
            << QStringLiteral("camera") << QStringList{QStringLiteral("cameras.json:7: camera 1: url: ")};
        QTest::newRow("agency without a channel")
            << QStringLiteral("channel") << QStringList{QStringLiteral("agencies.json:6: agency 0: channel: ")};
        QTest::newRow("unknown time zone")
            << QStringLiteral("timezone")
            << QStringList{QStringLiteral("city.json: field \"timezone\": \"Asia/Banjar\"")};
        QTest::newRow("no city folder") << QStringLiteral("nocity")
                                        << QStringList{QStringLiteral("city/city.json: missing")};
        QTest::newRow("kind neither kota nor kabupaten")
            << QStringLiteral("kind") << QStringList{QStringLiteral("city.json: field \"kind\": \"provinsi\"")};
    }

    void malformedInputIsNamed()
    {
        QFETCH(QString, breakage);
        QFETCH(QStringList, expected);
        QTemporaryDir tmp;
        const QString folder = tmp.path();
        QVERIFY(SigapTest::copyFolder(kabBanjar(), folder));
        const auto replaceIn = [&](const QString &file, const QByteArray &from, const QByteArray &to) {
            QByteArray text = readAll(folder + QLatin1Char('/') + file);
            QVERIFY2(text.contains(from), from.constData());
            QVERIFY(writeAll(folder + QLatin1Char('/') + file, text.replace(from, to)));
        };
        if (breakage == QLatin1String("json")) {
            replaceIn(QStringLiteral("agencies.json"), "\"version\": 1,", "\"version\": 1,,");
        } else if (breakage == QLatin1String("level")) {
            QVERIFY(editBoundaries(folder, [](QJsonArray &f) {
                setFeatureProperty(f, QStringLiteral("63.03.01.2001"), QStringLiteral("level"),
                                   QStringLiteral("dusun"));
            }));
        } else if (breakage == QLatin1String("duplicate")) {
            QVERIFY(editBoundaries(folder, [](QJsonArray &f) {
                setFeatureProperty(f, QStringLiteral("63.03.01.2002"), QStringLiteral("kode"),
                                   QStringLiteral("63.03.01.2001"));
            }));
        } else if (breakage == QLatin1String("outside")) {
            // Bakambat's polygon moved 40 km east: it keeps its code but lies in no part of
            // Aluh Aluh any more.
            QVERIFY(editBoundaries(folder, [](QJsonArray &f) {
                const qsizetype i = indexOfKode(f, QStringLiteral("63.03.01.2001"));
                QJsonObject feature = f.at(i).toObject();
                QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
                QJsonArray rings = geometry.value(QStringLiteral("coordinates")).toArray();
                QJsonArray moved;
                for (const QJsonValue &ring : std::as_const(rings)) {
                    QJsonArray r;
                    for (const QJsonValue &p : ring.toArray())
                        r.append(QJsonArray{p.toArray().at(0).toDouble() + 0.4, p.toArray().at(1).toDouble()});
                    moved.append(r);
                }
                geometry.insert(QStringLiteral("coordinates"), moved);
                feature.insert(QStringLiteral("geometry"), geometry);
                QJsonObject p = feature.value(QStringLiteral("properties")).toObject();
                p.remove(QStringLiteral("label_lon"));
                feature.insert(QStringLiteral("properties"), p);
                f[i] = feature;
            }));
        } else if (breakage == QLatin1String("prefix")) {
            QVERIFY(editBoundaries(folder, [](QJsonArray &f) {
                setFeatureProperty(f, QStringLiteral("63.03.01.2001"), QStringLiteral("kode"),
                                   QStringLiteral("63.03.21.2001"));
                setFeatureProperty(f, QStringLiteral("63.03.21.2001"), QStringLiteral("kecamatan_kode"),
                                   QStringLiteral("63.03.21"));
            }));
        } else if (breakage == QLatin1String("camera")) {
            replaceIn(QStringLiteral("cameras.json"),
                      "\"url\": \"rtsp://127.0.0.1:8554/cam\", \"owner\": \"Diskominfo\"",
                      "\"url\": \"ftp://127.0.0.1/cam\", \"owner\": \"Diskominfo\"");
        } else if (breakage == QLatin1String("channel")) {
            replaceIn(QStringLiteral("agencies.json"), "\"channel\": \"desk\", \"phones\": [\"113\"]",
                      "\"phones\": [\"113\"]");
        } else if (breakage == QLatin1String("timezone")) {
            replaceIn(QStringLiteral("city/city.json"), "Asia/Makassar", "Asia/Banjar");
        } else if (breakage == QLatin1String("nocity")) {
            QVERIFY(QDir(folder + QStringLiteral("/city")).removeRecursively());
        } else if (breakage == QLatin1String("kind")) {
            replaceIn(QStringLiteral("city/city.json"), "\"kind\": \"kabupaten\"", "\"kind\": \"provinsi\"");
        }
        const QByteArray before = SigapTest::fileSha256(folder + QStringLiteral("/agencies.json"));

        auto loaded = RoomConfiguration::load(folder);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QStringLiteral("config.invalid"));
        const QStringList problems = loaded.error().message.split(QLatin1Char('\n'));
        const bool named = std::any_of(problems.cbegin(), problems.cend(), [&](const QString &line) {
            return std::all_of(expected.cbegin(), expected.cend(),
                               [&](const QString &fragment) { return line.contains(fragment); });
        });
        QVERIFY2(named, qPrintable(loaded.error().message));
        QCOMPARE(SigapTest::fileSha256(folder + QStringLiteral("/agencies.json")), before); // nothing written
    }

    // Every problem of a folder at once, not the first only.
    void everyProblemAtOnce()
    {
        QTemporaryDir tmp;
        QVERIFY(SigapTest::copyFolder(kabBanjar(), tmp.path()));
        QVERIFY(writeAll(tmp.filePath(QStringLiteral("cameras.json")), "{\"cameras\": [\n"));
        QVERIFY(editBoundaries(tmp.path(), [](QJsonArray &f) {
            setFeatureProperty(f, QStringLiteral("63.03.05.1001"), QStringLiteral("level"), QStringLiteral("desa"));
        }));
        auto loaded = RoomConfiguration::load(tmp.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(QLatin1String("cameras.json")), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(QLatin1String("(63.03.05.1001): level: \"desa\", but the code says "
                                                               "kelurahan")),
                 qPrintable(loaded.error().message));
    }

    // What comes out of the room's log is checked before a byte reaches the disk.
    void archiveRefusesWhatMayNotBeWritten_data()
    {
        QTest::addColumn<QByteArray>("packed");
        const auto packMap = [](const QCborMap &map) { return qCompress(map.toCborValue().toCbor()); };
        QTest::newRow("garbage") << QByteArray("\x00\x00\x10\x00garbage");
        QTest::newRow("empty") << QByteArray();
        QByteArray bomb = qCompress(QByteArray(1024, 'x'));
        qToBigEndian<quint32>(quint32(ConfigArchive::MaxUnpackedBytes + 1), bomb.data());
        QTest::newRow("declared too large") << bomb;
        QTest::newRow("not a map") << qCompress(QCborValue(42).toCbor());
        QTest::newRow("parent folder") << packMap({{QStringLiteral("../evil.json"), QByteArray("x")}});
        QTest::newRow("absolute path") << packMap({{QStringLiteral("/etc/passwd"), QByteArray("x")}});
        QTest::newRow("deep path") << packMap({{QStringLiteral("a/b/c.json"), QByteArray("x")}});
        QTest::newRow("hidden file") << packMap({{QStringLiteral(".bashrc"), QByteArray("x")}});
        QTest::newRow("text, not bytes") << packMap({{QStringLiteral("room.json"), QStringLiteral("x")}});
        QCborMap many;
        for (int i = 0; i <= ConfigArchive::MaxFiles; ++i)
            many.insert(QStringLiteral("f%1.json").arg(i), QByteArray("x"));
        QTest::newRow("too many files") << packMap(many);
    }

    void archiveRefusesWhatMayNotBeWritten()
    {
        QFETCH(QByteArray, packed);
        QVERIFY(!ConfigArchive::unpack(packed));
    }

    void archiveRoundTripsAFolder()
    {
        auto loaded = RoomConfiguration::load(kabBanjar());
        QVERIFY(loaded);
        const QByteArray packed = ConfigArchive::pack(loaded.value().files);
        QVERIFY2(packed.size() < 400 * 1024, qPrintable(QString::number(packed.size())));
        auto files = ConfigArchive::unpack(packed);
        QVERIFY(files);
        QCOMPARE(files.value(), loaded.value().files);
        QTemporaryDir tmp;
        QVERIFY(ConfigArchive::write(files.value(), tmp.path()));
        auto again = RoomConfiguration::load(tmp.path());
        QVERIFY(again);
        QCOMPARE(again.value().hash, loaded.value().hash);
    }

    // A published configuration whose files do not hash to what it says, or that does not
    // check, changes nothing on the desk; it is said.
    void forgedPublicationChangesNothing_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::newRow("hash of other files") << QStringLiteral("hash");
        QTest::newRow("files that do not check") << QStringLiteral("broken");
        QTest::newRow("archive of garbage") << QStringLiteral("garbage");
    }

    void forgedPublicationChangesNothing()
    {
        QFETCH(QString, forgery);
        QTemporaryDir tmp;
        ManualClock clock(1'790'000'000'000);
        Node::Options options;
        options.dataDir = tmp.path();
        options.control = false;
        auto node = Node::start(options, clock);
        QVERIFY(node);
        const QString before = node.value()->configuration().hash;
        auto loaded = RoomConfiguration::load(kabBanjar());
        QVERIFY(loaded);
        ConfigArchive::Files files = loaded.value().files;
        QString hash = loaded.value().hash;
        QByteArray archive = ConfigArchive::pack(files);
        if (forgery == QLatin1String("hash")) {
            hash = QString(64, QLatin1Char('a'));
        } else if (forgery == QLatin1String("broken")) {
            files.insert(QStringLiteral("cameras.json"), "{\"cameras\": [");
            archive = ConfigArchive::pack(files);
        } else {
            archive = QByteArray(4096, '\x7f');
        }
        const EventDraft draft{EventKind::RoomConfigPublished,
                               1,
                               RoomConfiguration::Subject,
                               QCborMap{{QStringLiteral("hash"), hash}, {QStringLiteral("archive"), archive}},
                               QStringLiteral("admin"),
                               QStringLiteral("admin"),
                               0};
        QVERIFY(node.value()->log().append({draft}));
        QCOMPARE(node.value()->configuration().hash, before);
        QCOMPARE(node.value()->configuration().city.name, QStringLiteral("Kota Banjarmasin"));
        QVERIFY2(node.value()->configurationProblem().contains(QLatin1String("is not in force here")),
                 qPrintable(node.value()->configurationProblem()));
    }
};

QTEST_GUILESS_MAIN(tst_RoomConfiguration)
#include "tst_roomconfiguration.moc"
