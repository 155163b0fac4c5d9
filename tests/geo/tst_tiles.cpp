// Raster tile sources on real files and a real HTTP server: an MBTiles file the test
// writes through Qt Sql, and an XYZ server (a QTcpServer speaking HTTP/1.1) whose tiles
// land in the on-disk cache and are served from it once the server is gone.
#include "domain/categories.h"
#include "domain/incidentmodel.h"
#include "domain/incidentprojection.h"
#include "geo/citymap.h"
#include "geo/tilesource.h"
#include "map/mapview.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Sigap;

namespace {

// A 256×256 PNG of one colour, which says which tile it is.
QByteArray tilePng(const QColor &colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QColor colourOf(const QByteArray &png)
{
    return QImage::fromData(png, "PNG").pixelColor(128, 128);
}

QColor colourFor(int zoom, int x, int y)
{
    return QColor((40 * zoom) % 256, (60 * x) % 256, (60 * y) % 256);
}

// Serves GET /{z}/{x}/{y}.png with tilePng(colourFor(z, x, y)), one request per connection.
class TileServer : public QObject
{
public:
    TileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QList<QByteArray> request = socket->readAll().split(' ');
                    const QList<QByteArray> parts = request.value(1).split('/');
                    ++requests;
                    const QByteArray body = parts.size() == 4 ? tilePng(colourFor(parts[1].toInt(), parts[2].toInt(),
                                                                                  parts[3].split('.').first().toInt()))
                                                              : QByteArray();
                    socket->write("HTTP/1.1 " + QByteArray(body.isEmpty() ? "404 Not Found" : "200 OK")
                                  + "\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort());
    }
    void stop() { m_server.close(); }
    int requests = 0;

private:
    QTcpServer m_server;
};

// An MBTiles file with the tiles of one zoom level over columns x0..x1 and rows y0..y1
// (XYZ rows; written the MBTiles way, from the bottom).
bool writeMbtiles(const QString &path, int zoom, int x0, int x1, int y0, int y1,
                  const std::function<QColor(int, int)> &colour)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"))
             && q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                      "tile_row INTEGER, tile_data BLOB)"))
             && q.exec(QStringLiteral("INSERT INTO metadata VALUES ('name', 'Test city'), "
                                      "('attribution', 'Tiles: made by the test'), ('maxzoom', '%1')")
                           .arg(zoom));
        for (int x = x0; ok && x <= x1; ++x) {
            for (int y = y0; ok && y <= y1; ++y) {
                q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
                q.addBindValue(zoom);
                q.addBindValue(x);
                q.addBindValue((1 << zoom) - 1 - y);
                q.addBindValue(tilePng(colour(x, y)));
                ok = q.exec();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    return ok;
}

} // namespace

class tst_Tiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mbtilesRowsCountFromTheBottom()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("city.mbtiles"));
        QVERIFY(writeMbtiles(path, 1, 0, 1, 0, 1, [](int x, int y) { return colourFor(1, x, y); }));

        auto source = MbTilesSource::open(path);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().message));
        MbTilesSource &tiles = *source.value();
        QCOMPARE(tiles.name(), QStringLiteral("Test city"));
        QCOMPARE(tiles.attribution(), QStringLiteral("Tiles: made by the test"));
        QCOMPARE(tiles.maxZoom(), 1);
        for (int x = 0; x < 2; ++x)
            for (int y = 0; y < 2; ++y)
                QCOMPARE(colourOf(tiles.tile(1, x, y)), colourFor(1, x, y));
        QVERIFY(tiles.tile(2, 0, 0).isEmpty()); // not in the file: nothing, not an error
    }

    void brokenMbtilesAreRefusedByName()
    {
        QTemporaryDir tmp;
        auto missing = MbTilesSource::open(tmp.filePath(QStringLiteral("none.mbtiles")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("none.mbtiles: no such MBTiles file")));

        const QString empty = tmp.filePath(QStringLiteral("empty.mbtiles"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
            db.setDatabaseName(empty);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("empty"));
        auto noTiles = MbTilesSource::open(empty);
        QVERIFY(!noTiles.ok());
        QVERIFY2(noTiles.error().message.contains(QLatin1String("empty.mbtiles: not an MBTiles file (no tiles table)")),
                 qPrintable(noTiles.error().message));
    }

    // The map draws the tiles under its own layers and credits them: a corner of the map
    // far from any line or name shows the tile's colour.
    void mapDrawsTilesUnderItsLayers()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("magenta.mbtiles"));
        // Zoom 9 around Banjarmasin (column 418, row 260), a margin of tiles on every side.
        QVERIFY(writeMbtiles(path, 9, 412, 424, 254, 266, [](int, int) { return QColor(Qt::magenta); }));
        auto source = MbTilesSource::open(path);
        QVERIFY(source.ok());
        IncidentProjection noIncidents;
        const Categories categories = Categories::bundled();
        const Gazetteer gazetteer = Gazetteer::bundled();
        const IncidentModel model(noIncidents, categories, gazetteer, QStringLiteral("id"), QTimeZone::utc());
        MapView map(CityMap::bundled(), model, categories);
        map.resize(800, 600);
        map.setZoom(9);
        QImage before(map.size(), QImage::Format_ARGB32);
        map.render(&before);
        QVERIFY(before.pixelColor(5, 5) != QColor(Qt::magenta));
        map.setTileSource(source.value().get());
        QImage after(map.size(), QImage::Format_ARGB32);
        map.render(&after);
        QCOMPARE(after.pixelColor(5, 5), QColor(Qt::magenta));
        QCOMPARE(after.pixelColor(795, 5), QColor(Qt::magenta));
        // The attribution box, bottom right, grew a line for the tiles.
        int attributionRows = 0;
        for (int y = 0; y < after.height(); ++y)
            attributionRows += after.pixelColor(after.width() - 3, y) != QColor(Qt::magenta) ? 1 : 0;
        int rowsBefore = 0;
        for (int y = 0; y < before.height(); ++y)
            rowsBefore += before.pixelColor(before.width() - 3, y) != before.pixelColor(5, 5) ? 1 : 0;
        QVERIFY2(attributionRows > rowsBefore,
                 qPrintable(QStringLiteral("%1 vs %2").arg(attributionRows).arg(rowsBefore)));
    }

    void xyzTilesAreFetchedOnceAndServedFromTheCache()
    {
        QTemporaryDir tmp;
        TileServer server;
        XyzTileSource source(server.urlTemplate(), tmp.filePath(QStringLiteral("cache")),
                             QStringLiteral("Tiles: the test server"), 18);
        QSignalSpy arrived(&source, &TileSource::tileArrived);

        QVERIFY(source.tile(12, 3279, 2086).isEmpty()); // not here yet: fetched in the background
        QVERIFY(source.tile(12, 3279, 2086).isEmpty()); // asked again meanwhile: still one request
        QTRY_COMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first(), (QList<QVariant>{12, 3279, 2086}));
        QCOMPARE(server.requests, 1);
        QCOMPARE(colourOf(source.tile(12, 3279, 2086)), colourFor(12, 3279, 2086));
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("cache/12/3279/2086"))));

        // The link goes down: what is cached still shows; what is not stays empty, quietly.
        server.stop();
        XyzTileSource offline(server.urlTemplate(), tmp.filePath(QStringLiteral("cache")), QString(), 18);
        QCOMPARE(colourOf(offline.tile(12, 3279, 2086)), colourFor(12, 3279, 2086));
        QVERIFY(offline.tile(12, 3280, 2086).isEmpty());
        QCOMPARE(server.requests, 1);
        QCOMPARE(source.downloads(), 1);
        QCOMPARE(offline.downloads(), 0);
    }
};

QTEST_MAIN(tst_Tiles)
#include "tst_tiles.moc"
