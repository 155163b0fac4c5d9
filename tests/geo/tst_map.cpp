// The map's geography: Web Mercator and the city folder the map draws from.
#include "geo/citymap.h"
#include "geo/webmercator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QByteArray validCity = R"({"format": "sigap-city", "version": 1, "name": "Kota Contoh",
  "initial_view": {"lat": -3.3, "lon": 114.6, "zoom": 13},
  "layers": {"boundaries": "boundaries.geojson"}, "attribution": ["Made up for the test"]})";
const QByteArray validBoundaries = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"level": "kelurahan", "kode": "1", "name": "Satu"},
   "geometry": {"type": "Polygon", "coordinates": [[[114.5, -3.3], [114.6, -3.3], [114.6, -3.2], [114.5, -3.3]]]}}]})";

} // namespace

class tst_Map : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mercatorKnownPoints()
    {
        QCOMPARE(WebMercator::toWorld(0, 0), QPointF(128, 128));
        QCOMPARE(WebMercator::toWorld(0, -180).x(), 0.0);
        QCOMPARE(WebMercator::toWorld(0, 180).x(), 256.0);
        QVERIFY(qAbs(WebMercator::toWorld(WebMercator::MaxLatitude, 0).y()) < 1e-9);
        QCOMPARE(WebMercator::toWorld(89.9, 10), WebMercator::toWorld(WebMercator::MaxLatitude, 10)); // clamped
        // The ground under one pixel at the equator at zoom 0, the figure every tile server uses.
        QVERIFY(qAbs(WebMercator::metresPerPixel(0, 0) - 156543.03) < 0.01);
        QVERIFY(qAbs(WebMercator::metresPerPixel(-3.3, 15) - 4.77) < 0.01); // Banjarmasin, street level
    }

    void mercatorRoundTrips()
    {
        for (double lat = -85; lat <= 85; lat += 4.25) {
            for (double lon = -179.5; lon <= 180; lon += 7.25) {
                const auto [backLat, backLon] = WebMercator::toLatLon(WebMercator::toWorld(lat, lon));
                QVERIFY2(qAbs(backLat - lat) < 1e-9 && qAbs(backLon - lon) < 1e-9,
                         qPrintable(QStringLiteral("%1, %2").arg(lat).arg(lon)));
            }
        }
    }

    void bundledCityHasItsLayers()
    {
        const CityMap city = CityMap::bundled();
        QCOMPARE(city.name, QStringLiteral("Kota Banjarmasin"));
        QCOMPARE(city.boundaries.size(), 58); // 52 kelurahan, 5 kecamatan, the city
        QVERIFY(!city.water.isEmpty());
        QVERIFY(!city.pois.isEmpty());
        QCOMPARE(city.attribution.size(), 3);
        QVERIFY(city.initialZoom >= 10 && city.initialZoom <= 16);
    }

    void aCityIsAFolder()
    {
        QTemporaryDir tmp;
        write(tmp.filePath(QStringLiteral("city.json")), validCity);
        write(tmp.filePath(QStringLiteral("boundaries.geojson")), validBoundaries);
        auto city = CityMap::load(tmp.path());
        QVERIFY2(city.ok(), qPrintable(city.ok() ? QString() : city.error().message));
        QCOMPARE(city.value().name, QStringLiteral("Kota Contoh"));
        QCOMPARE(city.value().boundaries.size(), 1);
        QVERIFY(city.value().water.isEmpty()); // optional layers may be absent
    }

    void brokenCityFoldersNameTheFileAndField_data()
    {
        QTest::addColumn<QByteArray>("cityJson");
        QTest::addColumn<QByteArray>("boundaries");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no city.json") << QByteArray() << validBoundaries << QStringLiteral("city.json: cannot read");
        QTest::newRow("bad JSON") << QByteArray("{\"format\": ") << validBoundaries
                                  << QStringLiteral("city.json:1: not valid JSON");
        QTest::newRow("not a city") << QByteArray(R"({"format": "sigap-scenario", "version": 1})") << validBoundaries
                                    << QStringLiteral("not a Sigap city file");
        QTest::newRow("no latitude") << QByteArray(validCity).replace("\"lat\": -3.3, ", "") << validBoundaries
                                     << QStringLiteral("field \"initial_view.lat\"");
        QTest::newRow("no boundaries") << QByteArray(validCity).replace("\"boundaries\"", "\"borders\"")
                                       << validBoundaries << QStringLiteral("field \"layers.boundaries\"");
        QTest::newRow("broken boundaries")
            << validCity << QByteArray(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
               "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[114.5]]]}}]})")
            << QStringLiteral("boundaries.geojson: feature 0");
    }

    void brokenCityFoldersNameTheFileAndField()
    {
        QFETCH(QByteArray, cityJson);
        QFETCH(QByteArray, boundaries);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        if (!cityJson.isEmpty())
            write(tmp.filePath(QStringLiteral("city.json")), cityJson);
        write(tmp.filePath(QStringLiteral("boundaries.geojson")), boundaries);
        auto city = CityMap::load(tmp.path());
        QVERIFY(!city.ok());
        QVERIFY2(city.error().message.contains(expected), qPrintable(city.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_Map)
#include "tst_map.moc"
