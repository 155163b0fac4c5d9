#pragma once

#include "geojson.h"

namespace Sigap {

// Indonesia's lowest administrative unit comes in two kinds: a kelurahan (urban, run by the
// regency or city) and a desa (a village with its own government). The Kemendagri code says
// which: the four-digit village part starts with 1 for a kelurahan, 2 (or 3, Papua's desa
// adat) for a desa.
enum class VillageKind { Kelurahan, Desa };

// "kelurahan" or "desa" by the code alone (a code no longer in the boundaries keeps its kind);
// empty for what is not a village code.
QString villageKindOfCode(const QString &kode);

struct Village
{
    QString kode; // Kemendagri code, e.g. "63.71.01.1001"
    QString name;
    VillageKind kind = VillageKind::Kelurahan;
    QString kecamatanKode;
    QString kecamatanName;
    QPointF label; // lon, lat of a point inside, for labels and demo data
    QList<GeoPolygon> area;

    QString kindName() const
    {
        return kind == VillageKind::Desa ? QStringLiteral("desa") : QStringLiteral("kelurahan");
    }
};

struct Kecamatan
{
    QString kode;
    QString name;
    QList<GeoPolygon> area; // empty when the boundaries file gives no polygon
};

// The villages (desa and kelurahan) and kecamatan of a city or regency, from the boundaries
// layer of its city folder (boundaries.geojson). Each feature has "level" = desa | kelurahan
// | kecamatan | kota | kabupaten, "kode" and "name"; a village also "kecamatan_kode",
// "kecamatan" and, optionally, a label point ("label_lon", "label_lat").
//
// The file is checked whole: every problem is named (file:line: field: why) and any one of
// them refuses it: a village code of the wrong shape, or whose kind disagrees with its level,
// a code given twice, an unknown level, a village that lies in no kecamatan of its code's
// prefix. A label point missing or outside its own polygon (public data has such centroids)
// is not a problem: it is replaced by a point inside, and labelsMoved() counts them.
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Gazetteer)

public:
    static Result<Gazetteer> load(const QString &boundariesPath);
    static Result<Gazetteer> parse(const QByteArray &geojson, const QString &sourceName);
    // features: as parsed from text (for the line numbers of problems; empty: none given).
    static Result<Gazetteer> fromFeatures(const QList<GeoFeature> &features, const QString &sourceName,
                                          const QByteArray &text = {});
    static Gazetteer bundled(); // Kota Banjarmasin, compiled into the program

    const QList<Village> &villages() const { return m_villages; }
    const QList<Kecamatan> &kecamatan() const { return m_kecamatan; }
    const Village *byKode(const QString &kode) const;
    const Kecamatan *kecamatanByKode(const QString &kode) const;
    // The village whose polygon holds the point; nullptr outside the city or in the slivers
    // between simplified boundaries. Overlaps resolve to the lowest kode.
    const Village *locate(double lat, double lon) const;
    // Type-ahead over village and kecamatan names, tolerant of case, spaces and punctuation
    // ("kuinutara", "Kuin  Utara" and "kuin-utara" all find Kuin Utara). Names starting with
    // the text come first, then names containing it, then villages of a kecamatan that
    // matches; at most `limit` results. Two villages of one name are told apart by their
    // kecamatan (displayName()).
    QList<const Village *> search(const QString &text, int limit = 8) const;
    static QString searchKey(const QString &text);
    // "Pasar Lama (Karang Intan)": the name a person picks from, with its kecamatan.
    static QString displayName(const Village &village);

    bool hasDesa() const { return m_desaCount > 0; }
    // What a person reads for a village here: "Desa/kelurahan" where there are desa (a
    // regency), "Kelurahan" in a city of kelurahan only.
    QString villageWord() const { return hasDesa() ? tr("Desa/kelurahan") : tr("Kelurahan"); }
    int labelsMoved() const { return m_labelsMoved; }

private:
    QList<Village> m_villages; // sorted by kode
    QList<Kecamatan> m_kecamatan;
    int m_desaCount = 0;
    int m_labelsMoved = 0;
};

} // namespace Sigap
