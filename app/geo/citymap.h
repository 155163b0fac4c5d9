#pragma once

#include "core/result.h"
#include "geojson.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sigap {

// What the map draws of a city, from its folder (resources/city/<name>/): city.json with
// the name, the initial view and the attribution lines, and the GeoJSON layers it names:
// boundaries (kelurahan, kecamatan and kota polygons, "level" property), water, POIs.
// Another city is another folder; nothing here knows Banjarmasin.
struct CityMap
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::CityMap)

public:
    QString name;
    double initialLat = 0;
    double initialLon = 0;
    double initialZoom = 12;
    QStringList attribution;
    QList<GeoFeature> boundaries;
    QList<GeoFeature> water;
    QList<GeoFeature> pois;

    // folder: a directory or a resource path such as ":/city/banjarmasin". The message of a
    // refusal names the file and the field.
    static Result<CityMap> load(const QString &folder);
    static CityMap bundled(); // Kota Banjarmasin, compiled into the program
};

} // namespace Sigap
