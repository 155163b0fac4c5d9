// sigapctl city import: a city folder built from village polygons in a public dataset's form
// (Kabupaten Banjar reshaped with BIG's property names and undotted codes, Banjarmasin's
// villages mixed in), checked by the same rules as every configuration; every malformed input
// named, nothing written.
#include "config/cityimport.h"
#include "config/roomconfiguration.h"
#include "kabbanjar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

namespace {

QJsonArray featuresOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
}

// The villages of a boundaries file as a public dataset has them: BIG's property names,
// codes without dots, no label points, no kecamatan or regency polygons.
QJsonArray asPublished(const QJsonArray &features, const QString &regency)
{
    QJsonArray out;
    for (const QJsonValue &v : features) {
        const QJsonObject p = v.toObject().value(QStringLiteral("properties")).toObject();
        const QString level = p.value(QStringLiteral("level")).toString();
        if (level != QLatin1String("desa") && level != QLatin1String("kelurahan"))
            continue;
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("KDEPUM"),
                                             p.value(QStringLiteral("kode")).toString().remove(QLatin1Char('.'))},
                                            {QStringLiteral("WADMKD"), p.value(QStringLiteral("name"))},
                                            {QStringLiteral("WADMKC"), p.value(QStringLiteral("kecamatan"))},
                                            {QStringLiteral("WADMKK"), regency}}},
                               {QStringLiteral("geometry"), v.toObject().value(QStringLiteral("geometry"))}});
    }
    return out;
}

bool writeCollection(const QString &path, const QJsonArray &features)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly)
           && f.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                                {QStringLiteral("features"), features}})
                          .toJson(QJsonDocument::Compact))
                  > 0;
}

} // namespace

class tst_CityImport : public QObject
{
    Q_OBJECT

    QString published(const QTemporaryDir &tmp)
    {
        QJsonArray features
            = asPublished(featuresOf(SigapTest::kabBanjarFolder() + QStringLiteral("/city/boundaries.geojson")),
                          QStringLiteral("Kabupaten Banjar"));
        const QJsonArray banjarmasin = asPublished(featuresOf(QStringLiteral(":/city/banjarmasin/boundaries.geojson")),
                                                   QStringLiteral("Kota Banjarmasin"));
        for (const QJsonValue &v : banjarmasin)
            features.append(v);
        const QString path = tmp.filePath(QStringLiteral("villages.geojson"));
        return writeCollection(path, features) ? path : QString();
    }

private Q_SLOTS:
    void regencyFromPublicVillagePolygons()
    {
        QTemporaryDir tmp;
        const QString input = published(tmp);
        QVERIFY(!input.isEmpty());
        const QString config = tmp.filePath(QStringLiteral("config"));
        const SigapTest::Run run = SigapTest::runProgram(QStringLiteral("sigapctl"),
                                                         {QStringLiteral("city"), QStringLiteral("import"), input,
                                                          QStringLiteral("--code"), QStringLiteral("63.03"),
                                                          QStringLiteral("--out"), config + QStringLiteral("/city")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("277 desa and 13 kelurahan in 20 kecamatan")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("52 villages of other regencies")), qPrintable(run.out));

        auto loaded = RoomConfiguration::load(config);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const RoomConfiguration &c = loaded.value();
        QCOMPARE(c.city.name, QStringLiteral("Kabupaten Banjar"));
        QVERIFY(c.isKabupaten());
        QCOMPARE(c.city.province, QStringLiteral("Kalimantan Selatan"));
        QCOMPARE(c.timeZone.id(), QByteArray("Asia/Makassar"));
        QCOMPARE(c.gazetteer.villages().size(), 290);
        QCOMPARE(c.gazetteer.kecamatan().size(), 20);
        QCOMPARE(c.gazetteer.labelsMoved(), 0); // every label was computed inside
        for (const SigapTest::SampleVillage &v : SigapTest::kabBanjarSample(SigapTest::kabBanjarOutsideLabels())) {
            const Village *found = c.gazetteer.locate(v.label.y(), v.label.x());
            QVERIFY2(found && found->kode == v.kode, qPrintable(v.kode));
            QCOMPARE(found->kecamatanName, v.kecamatan);
        }
        for (const Village &v : c.gazetteer.villages()) {
            const Village *found = c.gazetteer.locate(v.label.y(), v.label.x());
            QVERIFY2(found, qPrintable(v.kode));
        }
        QVERIFY(QFile::exists(config + QStringLiteral("/city/SOURCES.md")));

        // A second import into the same folder overwrites nothing.
        auto again = CityImport::run(input, QStringLiteral("6303"), config + QStringLiteral("/city"));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("exists")));
    }

    void wibRegencyGetsWib()
    {
        QCOMPARE(QLatin1String(CityImport::province(QStringLiteral("62"))->timeZone), QLatin1String("Asia/Pontianak"));
        QCOMPARE(QLatin1String(CityImport::province(QStringLiteral("94"))->timeZone), QLatin1String("Asia/Jayapura"));
        QVERIFY(!CityImport::province(QStringLiteral("99")));
        QCOMPARE(CityImport::dottedCode(QStringLiteral("6202052001")), QStringLiteral("62.02.05.2001"));
        QCOMPARE(CityImport::dottedCode(QStringLiteral("6202")), QStringLiteral("62.02"));
        QVERIFY(CityImport::dottedCode(QStringLiteral("62-02")).isEmpty());
    }

    void malformedVillagesAreNamed_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("open ring") << QStringLiteral("ring")
                                   << QStringLiteral("(63.03.01.2001): geometry: a ring is not closed");
        QTest::newRow("bad code") << QStringLiteral("code")
                                  << QStringLiteral("(63030120): kode: a village code has the form");
        QTest::newRow("duplicate code") << QStringLiteral("duplicate")
                                        << QStringLiteral("(63.03.01.2001): kode: this village code appears twice");
        QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("(63.03.01.2001): name: missing");
        QTest::newRow("wrong regency code") << QStringLiteral("regency") << QStringLiteral("--code: \"99.01\"");
        QTest::newRow("not GeoJSON") << QStringLiteral("json") << QStringLiteral("not valid JSON");
    }

    void malformedVillagesAreNamed()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        QJsonArray features
            = asPublished(featuresOf(SigapTest::kabBanjarFolder() + QStringLiteral("/city/boundaries.geojson")),
                          QStringLiteral("Kabupaten Banjar"));
        QJsonObject first = features.at(0).toObject();
        QJsonObject p = first.value(QStringLiteral("properties")).toObject();
        QString code = QStringLiteral("63.03");
        if (breakage == QLatin1String("ring")) {
            QJsonObject g = first.value(QStringLiteral("geometry")).toObject();
            QJsonArray rings = g.value(QStringLiteral("coordinates")).toArray();
            QJsonArray outer = rings.at(0).toArray();
            outer.removeLast();
            rings[0] = outer;
            g.insert(QStringLiteral("coordinates"), rings);
            first.insert(QStringLiteral("geometry"), g);
        } else if (breakage == QLatin1String("code")) {
            p.insert(QStringLiteral("KDEPUM"), QStringLiteral("63030120"));
        } else if (breakage == QLatin1String("duplicate")) {
            QJsonObject second = features.at(1).toObject();
            QJsonObject q = second.value(QStringLiteral("properties")).toObject();
            q.insert(QStringLiteral("KDEPUM"), p.value(QStringLiteral("KDEPUM")));
            second.insert(QStringLiteral("properties"), q);
            features[1] = second;
        } else if (breakage == QLatin1String("name")) {
            p.remove(QStringLiteral("WADMKD"));
        } else if (breakage == QLatin1String("regency")) {
            code = QStringLiteral("99.01");
        }
        first.insert(QStringLiteral("properties"), p);
        features[0] = first;
        const QString input = tmp.filePath(QStringLiteral("villages.geojson"));
        QVERIFY(writeCollection(input, features));
        if (breakage == QLatin1String("json")) {
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"type\": \"FeatureCollection\", \"features\": [");
        }
        const QString out = tmp.filePath(QStringLiteral("city"));
        auto imported = CityImport::run(input, code, out);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
        QVERIFY(!QFile::exists(out + QStringLiteral("/city.json"))); // nothing written
        QVERIFY(!QFile::exists(out + QStringLiteral("/boundaries.geojson")));
    }
};

QTEST_GUILESS_MAIN(tst_CityImport)
#include "tst_cityimport.moc"
