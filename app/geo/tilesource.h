#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Sigap {

// Raster tiles for under the map's own layers, in the XYZ scheme (zoom, column, row from
// the top-left), as encoded images (PNG or JPEG bytes; the map decodes them). Two kinds:
// an MBTiles file on disk, and an XYZ server with an on-disk cache. Both work offline with
// what they hold; a tile they do not have is simply not drawn.
class TileSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // The tile's bytes if they are here now; an XYZ source then fetches a missing one and
    // says so with tileArrived().
    virtual QByteArray tile(int zoom, int x, int y) = 0;
    virtual QString attribution() const = 0;
    virtual int maxZoom() const = 0;

Q_SIGNALS:
    void tileArrived(int zoom, int x, int y);
};

// An MBTiles 1.3 file (SQLite: metadata and tiles tables, rows counted from the bottom as
// in TMS), read through Qt Sql.
class MbTilesSource : public TileSource
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<MbTilesSource>> open(const QString &path);
    ~MbTilesSource() override;

    QByteArray tile(int zoom, int x, int y) override;
    QString attribution() const override { return m_attribution; }
    int maxZoom() const override { return m_maxZoom; }
    QString name() const { return m_name; }

private:
    MbTilesSource() = default;
    QString m_connection;
    QString m_name;
    QString m_attribution;
    int m_maxZoom = 19;
};

// Tiles from a URL template such as "https://tiles.example.id/{z}/{x}/{y}.png", kept in a
// cache folder as {z}/{x}/{y}: a tile once fetched is never fetched again, so the map keeps
// working when the link goes down.
class XyzTileSource : public TileSource
{
    Q_OBJECT

public:
    XyzTileSource(const QString &urlTemplate, const QString &cacheDir, const QString &attribution, int maxZoom = 19,
                  QObject *parent = nullptr);

    QByteArray tile(int zoom, int x, int y) override;
    QString attribution() const override { return m_attribution; }
    int maxZoom() const override { return m_maxZoom; }
    int downloads() const { return m_downloads; } // tiles fetched from the server so far

private:
    QString cachePath(int zoom, int x, int y) const;

    QString m_template;
    QDir m_cache;
    QString m_attribution;
    int m_maxZoom;
    QNetworkAccessManager *m_network;
    QSet<QString> m_pending; // "z/x/y" being fetched
    int m_downloads = 0;
};

} // namespace Sigap
