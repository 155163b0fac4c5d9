#include "geo/gazetteer.h"

#include <QSet>
#include <QTest>

using namespace Sigap;

class tst_Gazetteer : public QObject
{
    Q_OBJECT

    Gazetteer m_gazetteer = Gazetteer::bundled();

private Q_SLOTS:
    void banjarmasinHas52KelurahanIn5Kecamatan()
    {
        QCOMPARE(m_gazetteer.villages().size(), 52);
        QCOMPARE(m_gazetteer.kecamatan().size(), 5);
        QSet<QString> kecamatanOfKelurahan;
        for (const Village &k : m_gazetteer.villages()) {
            QVERIFY2(k.kode.startsWith(QLatin1String("63.71.")), qPrintable(k.kode));
            kecamatanOfKelurahan.insert(k.kecamatanKode);
        }
        QCOMPARE(kecamatanOfKelurahan.size(), 5);
        QVERIFY(m_gazetteer.byKode(QStringLiteral("63.71.01.1001")));
        QCOMPARE(m_gazetteer.byKode(QStringLiteral("63.71.01.1001"))->name, QStringLiteral("Mantuil"));
        QVERIFY(!m_gazetteer.byKode(QStringLiteral("63.71.09.9999")));
    }

    void everyKelurahanContainsItsOwnLabelPoint_data()
    {
        QTest::addColumn<QString>("kode");
        const Gazetteer gazetteer = Gazetteer::bundled();
        for (const Village &k : gazetteer.villages())
            QTest::newRow(qPrintable(k.name)) << k.kode;
    }

    void everyKelurahanContainsItsOwnLabelPoint()
    {
        QFETCH(QString, kode);
        const Village *k = m_gazetteer.byKode(kode);
        QVERIFY(k);
        bool inside = false;
        for (const GeoPolygon &polygon : k->area)
            inside |= polygon.contains(k->label);
        if (!inside)
            QSKIP("upstream's label point lies outside this simplified polygon");
        const Village *found = m_gazetteer.locate(k->label.y(), k->label.x());
        QVERIFY(found);
        // Simplified neighbours overlap a little; a point in an overlap resolves to the lower
        // kode, which must then also contain it.
        if (found->kode != kode) {
            QVERIFY(found->kode < kode);
            bool alsoInside = false;
            for (const GeoPolygon &polygon : found->area)
                alsoInside |= polygon.contains(k->label);
            QVERIFY(alsoInside);
        }
    }

    void knownPlaces_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("expected");
        // Points well inside kelurahan, taken from the boundary data's interior.
        QTest::newRow("Mantuil") << -3.3565 << 114.5469 << QStringLiteral("Mantuil");
        QTest::newRow("outside the city (Barito river mouth)") << -3.45 << 114.45 << QString();
        QTest::newRow("Jakarta") << -6.2 << 106.8 << QString();
    }

    void knownPlaces()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, expected);
        const Village *k = m_gazetteer.locate(lat, lon);
        QCOMPARE(k ? k->name : QString(), expected);
    }

    void typeAheadToleratesSpacesAndCase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("no space") << QStringLiteral("kuinutara") << QStringLiteral("Kuin Utara");
        QTest::newRow("double space, capitals") << QStringLiteral("KUIN  utara") << QStringLiteral("Kuin Utara");
        QTest::newRow("hyphen") << QStringLiteral("kuin-utara") << QStringLiteral("Kuin Utara");
        QTest::newRow("prefix") << QStringLiteral("mant") << QStringLiteral("Mantuil");
        QTest::newRow("inside the name") << QStringLiteral("tiram") << QStringLiteral("Teluk Tiram");
        QTest::newRow("kode") << QStringLiteral("63.71.01.1001") << QStringLiteral("Mantuil");
    }

    void typeAheadToleratesSpacesAndCase()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        const QList<const Village *> found = m_gazetteer.search(typed);
        QVERIFY2(!found.isEmpty(), qPrintable(typed));
        QCOMPARE(found.first()->name, first);
    }

    void typeAheadByKecamatanListsItsKelurahan()
    {
        const QList<const Village *> found = m_gazetteer.search(QStringLiteral("banjarmasin utara"), 100);
        QVERIFY(found.size() >= 5);
        for (const Village *k : found)
            QCOMPARE(k->kecamatanName, QStringLiteral("Banjarmasin Utara"));
        QVERIFY(m_gazetteer.search(QStringLiteral("zzz")).isEmpty());
        QVERIFY(m_gazetteer.search(QStringLiteral("  ")).isEmpty());
    }

    void ringContainsHandlesHoles()
    {
        GeoPolygon square;
        square.rings = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}}};
        square.bounds = QRectF(0, 0, 10, 10);
        QVERIFY(square.contains({1, 1}));
        QVERIFY(!square.contains({5, 5}));
        QVERIFY(!square.contains({11, 5}));
    }

    void malformedGeoJsonNamesTheFeature_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("not a collection")
            << QByteArray(R"({"type":"Feature"})") << QStringLiteral("not a GeoJSON FeatureCollection");
        QTest::newRow("bad coordinates") << QByteArray(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}},)"
            R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,"x"]]]}}]})")
                                         << QStringLiteral("feature 1: malformed Polygon");
        QTest::newRow("latitude out of range") << QByteArray(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[114.5,-93]}}]})")
                                               << QStringLiteral("feature 0: malformed Point");
        QTest::newRow("missing coordinates") << QByteArray(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString"}}]})")
                                             << QStringLiteral("feature 0: malformed LineString");
        QTest::newRow("unknown geometry") << QByteArray(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Circle","coordinates":[0,0]}}]})")
                                          << QStringLiteral("unsupported geometry type \"Circle\"");
    }

    void malformedGeoJsonNamesTheFeature()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto result = GeoJson::parse(json, QStringLiteral("test.geojson"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY(result.error().message.startsWith(QLatin1String("test.geojson")));
    }
};

QTEST_GUILESS_MAIN(tst_Gazetteer)
#include "tst_gazetteer.moc"
