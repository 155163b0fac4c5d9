#include "tilesource.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Sigap {

Result<std::unique_ptr<MbTilesSource>> MbTilesSource::open(const QString &path)
{
    if (!QFile::exists(path))
        return makeError(QStringLiteral("tiles.read"), tr("%1: no such MBTiles file").arg(path));
    std::unique_ptr<MbTilesSource> source(new MbTilesSource);
    source->m_connection = QStringLiteral("mbtiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), source->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return makeError(QStringLiteral("tiles.open"), tr("%1: cannot open: %2").arg(path, db.lastError().text()));
    QSqlQuery metadata(db);
    if (!metadata.exec(QStringLiteral("SELECT name, value FROM metadata")))
        return makeError(QStringLiteral("tiles.format"), tr("%1: not an MBTiles file (no metadata table)").arg(path));
    while (metadata.next()) {
        const QString key = metadata.value(0).toString();
        const QString value = metadata.value(1).toString();
        if (key == QLatin1String("name"))
            source->m_name = value;
        else if (key == QLatin1String("attribution"))
            source->m_attribution = value;
        else if (key == QLatin1String("maxzoom"))
            source->m_maxZoom = value.toInt();
    }
    QSqlQuery tiles(db);
    if (!tiles.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1")))
        return makeError(QStringLiteral("tiles.format"), tr("%1: not an MBTiles file (no tiles table)").arg(path));
    return source;
}

MbTilesSource::~MbTilesSource()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QByteArray MbTilesSource::tile(int zoom, int x, int y)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    query.addBindValue(zoom);
    query.addBindValue(x);
    query.addBindValue((1 << zoom) - 1 - y); // MBTiles counts rows from the bottom
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

XyzTileSource::XyzTileSource(const QString &urlTemplate, const QString &cacheDir, const QString &attribution,
                             int maxZoom, QObject *parent)
    : TileSource(parent)
    , m_template(urlTemplate)
    , m_cache(cacheDir)
    , m_attribution(attribution)
    , m_maxZoom(maxZoom)
    , m_network(new QNetworkAccessManager(this))
{
    m_cache.mkpath(QStringLiteral("."));
}

QString XyzTileSource::cachePath(int zoom, int x, int y) const
{
    return m_cache.filePath(QStringLiteral("%1/%2/%3").arg(zoom).arg(x).arg(y));
}

QByteArray XyzTileSource::tile(int zoom, int x, int y)
{
    QFile cached(cachePath(zoom, x, y));
    if (cached.open(QIODevice::ReadOnly))
        return cached.readAll();
    const QString key = QStringLiteral("%1/%2/%3").arg(zoom).arg(x).arg(y);
    if (m_pending.contains(key) || zoom > m_maxZoom)
        return {};
    m_pending.insert(key);
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(zoom))
        .replace(QLatin1String("{x}"), QString::number(x))
        .replace(QLatin1String("{y}"), QString::number(y));
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Sigap112/" SIGAP_VERSION));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, zoom, x, y] {
        reply->deleteLater();
        m_pending.remove(key);
        const QByteArray bytes = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || bytes.isEmpty())
            return; // asked again the next time the map needs it
        m_cache.mkpath(QStringLiteral("%1/%2").arg(zoom).arg(x));
        QSaveFile file(cachePath(zoom, x, y)); // whole or not at all, never half a tile
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return;
        ++m_downloads;
        Q_EMIT tileArrived(zoom, x, y);
    });
    return {};
}

} // namespace Sigap
