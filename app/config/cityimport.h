#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Sigap {

// Builds a city folder (city.json and boundaries.geojson, with a SOURCES.md to fill in) from a
// GeoJSON FeatureCollection of village polygons with a code and a name property: the form in
// which Indonesia's boundary datasets are published. Only the villages of one kota or
// kabupaten are taken (their code starts with `code`, "63.03").
//
// Property names vary between datasets; the first present of these is read:
//   code:      kode, code, kode_desa, kd_desa, KDEPUM   ("63.03.05.2001" or "6303052001")
//   name:      name, nama, nama_desa, NAMOBJ, WADMKD
//   kecamatan: kecamatan, nama_kecamatan, WADMKC        (optional)
//   regency:   kabupaten, kota, nama_kabupaten, WADMKK  (optional, for the city's name)
//
// Every problem is named (file:line: feature N (code): field: why) and any one writes
// nothing: a polygon with an open ring, a code of the wrong shape or given twice, a village
// without a name. The kecamatan are named, not drawn (no polygon union here); each village
// gets a label point inside its largest part. The province and the time zone come from the
// code's province part (63: Kalimantan Selatan, WITA).
class CityImport
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::CityImport)

public:
    struct Report
    {
        QString name;
        int desa = 0;
        int kelurahan = 0;
        int kecamatan = 0;
        int skipped = 0; // villages of other regencies in the file
    };

    static Result<Report> run(const QString &input, const QString &code, const QString &outFolder);
    // "6303052001" or "63.03.05.2001" as "63.03.05.2001"; "6303" as "63.03"; empty when neither.
    static QString dottedCode(const QString &code);

    struct Province
    {
        const char *name;
        const char *timeZone;
    };
    // The province of a two-digit Kemendagri code, with its time zone; nullptr: none such.
    static const Province *province(const QString &twoDigits);
};

} // namespace Sigap
