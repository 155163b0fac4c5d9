#pragma once

#include "geojson.h"

namespace Sigap {

struct Kelurahan
{
    QString kode; // Kemendagri code, e.g. "63.71.01.1001"
    QString name;
    QString kecamatanKode;
    QString kecamatanName;
    QPointF label; // lon, lat of a point inside, for labels and demo data
    QList<GeoPolygon> area;
};

struct Kecamatan
{
    QString kode;
    QString name;
};

// The city's kelurahan and kecamatan, from the boundaries layer of a city folder
// (resources/city/<name>/boundaries.geojson).
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Gazetteer)

public:
    static Result<Gazetteer> load(const QString &boundariesPath);
    static Result<Gazetteer> fromFeatures(const QList<GeoFeature> &features, const QString &sourceName);
    static Gazetteer bundled(); // Kota Banjarmasin, compiled into the program

    const QList<Kelurahan> &kelurahan() const { return m_kelurahan; }
    const QList<Kecamatan> &kecamatan() const { return m_kecamatan; }
    const Kelurahan *byKode(const QString &kode) const;
    // The kelurahan whose polygon holds the point; nullptr outside the city or in the
    // slivers between simplified boundaries. Overlaps resolve to the lowest kode.
    const Kelurahan *locate(double lat, double lon) const;
    // Type-ahead over kelurahan and kecamatan names, tolerant of case, spaces and
    // punctuation ("kuinutara", "Kuin  Utara" and "kuin-utara" all find Kuin Utara). Names
    // starting with the text come first, then names containing it, then kelurahan of a
    // kecamatan that matches; at most `limit` results.
    QList<const Kelurahan *> search(const QString &text, int limit = 8) const;
    static QString searchKey(const QString &text);

private:
    QList<Kelurahan> m_kelurahan; // sorted by kode
    QList<Kecamatan> m_kecamatan;
};

} // namespace Sigap
