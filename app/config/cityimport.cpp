#include "cityimport.h"

#include "geo/gazetteer.h"
#include "geo/geojson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <map>

namespace Sigap {

namespace {

constexpr qsizetype MaxInputBytes = 512 * 1024 * 1024;

QString firstOf(const QJsonObject &properties, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = properties.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(qint64(v.toDouble()));
    }
    return {};
}

QJsonArray ringJson(const GeoRing &ring)
{
    QJsonArray out;
    for (const QPointF &p : ring)
        out.append(QJsonArray{std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6});
    return out;
}

QJsonObject geometryJson(const QList<GeoPolygon> &polygons)
{
    QJsonArray parts;
    for (const GeoPolygon &polygon : polygons) {
        QJsonArray rings;
        for (const GeoRing &ring : polygon.rings)
            rings.append(ringJson(ring));
        parts.append(rings);
    }
    if (parts.size() == 1)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                           {QStringLiteral("coordinates"), parts.at(0)}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                       {QStringLiteral("coordinates"), parts}};
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("import.write"),
                         CityImport::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

const CityImport::Province *CityImport::province(const QString &twoDigits)
{
    static const std::map<QString, Province> provinces{
        {QStringLiteral("11"), {"Aceh", "Asia/Jakarta"}},
        {QStringLiteral("12"), {"Sumatera Utara", "Asia/Jakarta"}},
        {QStringLiteral("13"), {"Sumatera Barat", "Asia/Jakarta"}},
        {QStringLiteral("14"), {"Riau", "Asia/Jakarta"}},
        {QStringLiteral("15"), {"Jambi", "Asia/Jakarta"}},
        {QStringLiteral("16"), {"Sumatera Selatan", "Asia/Jakarta"}},
        {QStringLiteral("17"), {"Bengkulu", "Asia/Jakarta"}},
        {QStringLiteral("18"), {"Lampung", "Asia/Jakarta"}},
        {QStringLiteral("19"), {"Kepulauan Bangka Belitung", "Asia/Jakarta"}},
        {QStringLiteral("21"), {"Kepulauan Riau", "Asia/Jakarta"}},
        {QStringLiteral("31"), {"DKI Jakarta", "Asia/Jakarta"}},
        {QStringLiteral("32"), {"Jawa Barat", "Asia/Jakarta"}},
        {QStringLiteral("33"), {"Jawa Tengah", "Asia/Jakarta"}},
        {QStringLiteral("34"), {"DI Yogyakarta", "Asia/Jakarta"}},
        {QStringLiteral("35"), {"Jawa Timur", "Asia/Jakarta"}},
        {QStringLiteral("36"), {"Banten", "Asia/Jakarta"}},
        {QStringLiteral("51"), {"Bali", "Asia/Makassar"}},
        {QStringLiteral("52"), {"Nusa Tenggara Barat", "Asia/Makassar"}},
        {QStringLiteral("53"), {"Nusa Tenggara Timur", "Asia/Makassar"}},
        {QStringLiteral("61"), {"Kalimantan Barat", "Asia/Pontianak"}},
        {QStringLiteral("62"), {"Kalimantan Tengah", "Asia/Pontianak"}},
        {QStringLiteral("63"), {"Kalimantan Selatan", "Asia/Makassar"}},
        {QStringLiteral("64"), {"Kalimantan Timur", "Asia/Makassar"}},
        {QStringLiteral("65"), {"Kalimantan Utara", "Asia/Makassar"}},
        {QStringLiteral("71"), {"Sulawesi Utara", "Asia/Makassar"}},
        {QStringLiteral("72"), {"Sulawesi Tengah", "Asia/Makassar"}},
        {QStringLiteral("73"), {"Sulawesi Selatan", "Asia/Makassar"}},
        {QStringLiteral("74"), {"Sulawesi Tenggara", "Asia/Makassar"}},
        {QStringLiteral("75"), {"Gorontalo", "Asia/Makassar"}},
        {QStringLiteral("76"), {"Sulawesi Barat", "Asia/Makassar"}},
        {QStringLiteral("81"), {"Maluku", "Asia/Jayapura"}},
        {QStringLiteral("82"), {"Maluku Utara", "Asia/Jayapura"}},
        {QStringLiteral("91"), {"Papua", "Asia/Jayapura"}},
        {QStringLiteral("92"), {"Papua Barat", "Asia/Jayapura"}},
        {QStringLiteral("93"), {"Papua Selatan", "Asia/Jayapura"}},
        {QStringLiteral("94"), {"Papua Tengah", "Asia/Jayapura"}},
        {QStringLiteral("95"), {"Papua Pegunungan", "Asia/Jayapura"}},
        {QStringLiteral("96"), {"Papua Barat Daya", "Asia/Jayapura"}},
    };
    const auto it = provinces.find(twoDigits);
    return it == provinces.end() ? nullptr : &it->second;
}

QString CityImport::dottedCode(const QString &code)
{
    QString digits;
    for (const QChar c : code) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char('.'))
            return {};
    }
    if (digits.size() == 4)
        return digits.left(2) + QLatin1Char('.') + digits.mid(2);
    if (digits.size() == 10)
        return QStringLiteral("%1.%2.%3.%4").arg(digits.left(2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6));
    return {};
}

Result<CityImport::Report> CityImport::run(const QString &input, const QString &code, const QString &outFolder)
{
    const QString regency = dottedCode(code);
    const Province *prov = regency.isEmpty() ? nullptr : province(regency.left(2));
    if (!prov)
        return makeError(QStringLiteral("import.code"),
                         tr("--code: \"%1\" is not the code of a kota or kabupaten (two digits of a province, two of "
                            "the regency: 63.03)")
                             .arg(code));
    const QString cityJson = QDir(outFolder).filePath(QStringLiteral("city.json"));
    if (QFileInfo::exists(cityJson))
        return makeError(QStringLiteral("import.exists"),
                         tr("%1 exists; choose an empty folder (nothing is overwritten)").arg(cityJson));
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("import.read"), tr("%1: cannot read: %2").arg(input, file.errorString()));
    if (file.size() > MaxInputBytes)
        return makeError(QStringLiteral("import.large"),
                         tr("%1: larger than %2 MiB").arg(input).arg(MaxInputBytes >> 20));
    const QByteArray text = file.readAll();
    auto features = GeoJson::parse(text, input);
    if (!features)
        return features.error();

    QStringList problems;
    const auto problem = [&](qsizetype index, const QString &kode, const QString &field, const QString &why) {
        problems << tr("%1:1: feature %2%3: %4: %5")
                        .arg(input)
                        .arg(index)
                        .arg(kode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kode), field, why);
    };
    Report report;
    QString regencyName;
    QJsonArray out;
    std::map<QString, QString> kecamatan; // code, name
    QSet<QString> seen;
    for (qsizetype i = 0; i < features.value().size(); ++i) {
        const GeoFeature &f = features.value().at(i);
        if (f.polygons.isEmpty())
            continue; // points, lines, unlocated features: not villages
        const QString raw = firstOf(f.properties, {"kode", "code", "kode_desa", "kd_desa", "KDEPUM"});
        const QString kode = dottedCode(raw);
        if (kode.isEmpty()) {
            problem(i, raw, QStringLiteral("kode"), tr("a village code has the form 63.03.05.2001 or 6303052001"));
            continue;
        }
        if (!kode.startsWith(regency + QLatin1Char('.'))) {
            ++report.skipped;
            continue;
        }
        const QString kind = villageKindOfCode(kode);
        const QString name = firstOf(f.properties, {"name", "nama", "nama_desa", "NAMOBJ", "WADMKD"});
        if (name.isEmpty())
            problem(i, kode, QStringLiteral("name"), tr("missing"));
        if (seen.contains(kode))
            problem(i, kode, QStringLiteral("kode"), tr("this village code appears twice"));
        seen.insert(kode);
        for (const GeoPolygon &polygon : f.polygons) {
            for (const GeoRing &ring : polygon.rings) {
                if (ring.first() != ring.last())
                    problem(i, kode, QStringLiteral("geometry"),
                            tr("a ring is not closed (its last point is not its first)"));
            }
            if (polygon.area() <= 0)
                problem(i, kode, QStringLiteral("geometry"), tr("a polygon has no area"));
        }
        const QString kecamatanCode = kode.left(8);
        const QString kecamatanName = firstOf(f.properties, {"kecamatan", "nama_kecamatan", "WADMKC"});
        if (!kecamatan.count(kecamatanCode) || kecamatan[kecamatanCode].isEmpty())
            kecamatan[kecamatanCode] = kecamatanName;
        if (regencyName.isEmpty())
            regencyName = firstOf(f.properties, {"kabupaten", "kota", "nama_kabupaten", "WADMKK"});
        const auto largest
            = std::max_element(f.polygons.cbegin(), f.polygons.cend(),
                               [](const GeoPolygon &a, const GeoPolygon &b) { return a.area() < b.area(); });
        const QPointF label = largest->insidePoint();
        out.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("level"), kind},
                         {QStringLiteral("kode"), kode},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("kecamatan_kode"), kecamatanCode},
                         {QStringLiteral("label_lon"), std::round(label.x() * 1e6) / 1e6},
                         {QStringLiteral("label_lat"), std::round(label.y() * 1e6) / 1e6}}},
            {QStringLiteral("geometry"), geometryJson(f.polygons)},
        });
        (kind == QLatin1String("desa") ? report.desa : report.kelurahan) += 1;
    }
    if (out.isEmpty() && problems.isEmpty())
        problems << tr("%1: no village with a code under %2 (%3 of other regencies)")
                        .arg(input, regency)
                        .arg(report.skipped);
    if (!problems.isEmpty())
        return makeError(QStringLiteral("import.invalid"), problems.join(QLatin1Char('\n')));

    const bool kota = regency.mid(3).toInt() >= 71;
    report.name = regencyName.isEmpty() ? (kota ? tr("Kota %1") : tr("Kabupaten %1")).arg(regency) : regencyName;
    // Each village names its kecamatan; the kecamatan are named features without a polygon.
    for (qsizetype i = 0; i < out.size(); ++i) {
        QJsonObject f = out.at(i).toObject();
        QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        const QString kecamatanName = kecamatan[p.value(QStringLiteral("kecamatan_kode")).toString()];
        p.insert(QStringLiteral("kecamatan"),
                 kecamatanName.isEmpty() ? p.value(QStringLiteral("kecamatan_kode")).toString() : kecamatanName);
        p.insert(kota ? QStringLiteral("kota") : QStringLiteral("kabupaten"), report.name);
        f.insert(QStringLiteral("properties"), p);
        out[i] = f;
    }
    for (const auto &[kode, name] : kecamatan) {
        out.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("level"), QStringLiteral("kecamatan")},
                                                       {QStringLiteral("kode"), kode},
                                                       {QStringLiteral("name"), name.isEmpty() ? kode : name}}},
            {QStringLiteral("geometry"), QJsonValue::Null}});
    }
    report.kecamatan = int(kecamatan.size());
    const QByteArray boundaries
        = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                    {QStringLiteral("features"), out}})
              .toJson(QJsonDocument::Compact);
    // What is written is what the gazetteer will read: check it with the same rules first.
    auto checked = Gazetteer::parse(boundaries, QDir(outFolder).filePath(QStringLiteral("boundaries.geojson")));
    if (!checked)
        return checked.error();
    QRectF extent;
    for (const Village &v : checked.value().villages()) {
        for (const GeoPolygon &p : v.area)
            extent = extent.united(p.bounds);
    }
    // The widest zoom that shows the whole extent on a map about 800 pixels wide.
    const double worldUnits = extent.width() / 360.0 * 256;
    const double zoom = std::clamp(std::floor(std::log2(800 / std::max(worldUnits, 1e-9)) * 2) / 2, 8.0, 14.0);
    const QJsonObject city{
        {QStringLiteral("format"), QStringLiteral("sigap-city")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("code"), regency},
        {QStringLiteral("name"), report.name},
        {QStringLiteral("kind"), kota ? QStringLiteral("kota") : QStringLiteral("kabupaten")},
        {QStringLiteral("province"), QLatin1String(prov->name)},
        {QStringLiteral("timezone"), QLatin1String(prov->timeZone)},
        {QStringLiteral("initial_view"),
         QJsonObject{{QStringLiteral("lat"), std::round(extent.center().y() * 1e4) / 1e4},
                     {QStringLiteral("lon"), std::round(extent.center().x() * 1e4) / 1e4},
                     {QStringLiteral("zoom"), zoom}}},
        {QStringLiteral("layers"), QJsonObject{{QStringLiteral("boundaries"), QStringLiteral("boundaries.geojson")}}},
        {QStringLiteral("attribution"),
         QJsonArray{tr("Administrative boundaries: %1 (see SOURCES.md for its origin and licence).")
                        .arg(QFileInfo(input).fileName())}},
    };
    const QString sources
        = tr("# %1: sources\n\nboundaries.geojson was built by `sigapctl city import` from `%2` (SHA-256 %3): "
             "%4 desa and %5 kelurahan in %6 kecamatan.\n\nWrite here, before the room uses this folder: where that "
             "file comes from, under which licence, and the attribution the licence asks for (also in city.json).\n")
              .arg(report.name, QFileInfo(input).fileName(),
                   QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()))
              .arg(report.desa)
              .arg(report.kelurahan)
              .arg(report.kecamatan);
    if (!QDir().mkpath(outFolder))
        return makeError(QStringLiteral("import.write"), tr("%1: cannot make the folder").arg(outFolder));
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("boundaries.geojson"), boundaries},
          std::pair{QStringLiteral("city.json"), QJsonDocument(city).toJson(QJsonDocument::Indented)},
          std::pair{QStringLiteral("SOURCES.md"), sources.toUtf8()}}) {
        if (auto written = writeFile(QDir(outFolder).filePath(name), bytes); !written)
            return written.error();
    }
    return report;
}

} // namespace Sigap
