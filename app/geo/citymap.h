#pragma once

#include "core/result.h"
#include "geojson.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Sigap {

// What the map draws of a city or regency, from its city folder: city.json with the name,
// the initial view and the attribution lines, and the GeoJSON layers it names: boundaries
// (village, kecamatan and kota/kabupaten polygons, "level" property), water, POIs. Another
// place is another folder; nothing here knows Banjarmasin.
//
// city.json, format "sigap-city" version 1. Required: "name", "initial_view" {lat, lon,
// zoom}, "layers.boundaries". Optional (a file written before they existed keeps loading):
//   "code"      Kemendagri code of the kota/kabupaten, "63.03"
//   "kind"      "kota" or "kabupaten"; without it, a boundaries feature of level kota or
//               kabupaten says, else the code (xx.71 and above are kota)
//   "province"  "Kalimantan Selatan"
//   "timezone"  IANA id, "Asia/Makassar" (WITA); without it: UTC, and a problem is said
//   "seat"      the seat of government, "Martapura"
struct CityMap
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::CityMap)

public:
    enum class Kind { Kota, Kabupaten };

    QString name;
    QString code;
    Kind kind = Kind::Kota;
    QString province;
    QString timeZoneId;
    QString seat;
    double initialLat = 0;
    double initialLon = 0;
    double initialZoom = 12;
    QStringList attribution;
    QList<GeoFeature> boundaries;
    QList<GeoFeature> water;
    QList<GeoFeature> pois;
    QString boundariesFile;    // the layer's file name in the folder, "boundaries.geojson"
    QByteArray boundariesText; // as read, for the gazetteer's line numbers

    QString kindName() const { return kind == Kind::Kabupaten ? QStringLiteral("kabupaten") : QStringLiteral("kota"); }
    // The bounds of the kota/kabupaten outline (or of every boundary), lon/lat.
    QRectF extent() const;

    // Reads a file of the city folder by its name relative to the folder.
    using ReadFile = std::function<Result<QByteArray>(const QString &name)>;
    // folderName: how messages name the folder. The message of a refusal names the file
    // and the field.
    static Result<CityMap> read(const ReadFile &readFile, const QString &folderName);
    // folder: a directory or a resource path such as ":/city/banjarmasin".
    static Result<CityMap> load(const QString &folder);
    static CityMap bundled(); // Kota Banjarmasin, compiled into the program
};

} // namespace Sigap
