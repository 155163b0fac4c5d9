#include "gazetteer.h"

#include "core/jsonpositions.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Sigap {

namespace {

const QRegularExpression &villageCodeShape()
{
    static const QRegularExpression shape(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$"));
    return shape;
}

const QRegularExpression &kecamatanCodeShape()
{
    static const QRegularExpression shape(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}$"));
    return shape;
}

// The line of the text where `needle` first occurs (1-based); 0 when it does not. A
// boundaries file is often one long line; the line is still the honest answer.
int lineOf(const QByteArray &text, const QString &needle)
{
    if (text.isEmpty() || needle.isEmpty())
        return 0;
    const qsizetype at = text.indexOf('"' + needle.toUtf8() + '"');
    return at < 0 ? 0 : JsonPositions::lineAt(text, at);
}

bool anyContains(const QList<GeoPolygon> &area, const QPointF &p)
{
    return std::any_of(area.cbegin(), area.cend(), [&p](const GeoPolygon &polygon) { return polygon.contains(p); });
}

QPointF insidePointOf(const QList<GeoPolygon> &area)
{
    const auto largest = std::max_element(area.cbegin(), area.cend(),
                                          [](const GeoPolygon &a, const GeoPolygon &b) { return a.area() < b.area(); });
    return largest->insidePoint();
}

} // namespace

QString villageKindOfCode(const QString &kode)
{
    if (!villageCodeShape().match(kode).hasMatch())
        return {};
    return kode.at(9) == QLatin1Char('1') ? QStringLiteral("kelurahan") : QStringLiteral("desa");
}

Result<Gazetteer> Gazetteer::load(const QString &boundariesPath)
{
    QFile file(boundariesPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("gazetteer.open"),
                         tr("%1: cannot read: %2").arg(boundariesPath, file.errorString()));
    return parse(file.readAll(), boundariesPath);
}

Result<Gazetteer> Gazetteer::parse(const QByteArray &geojson, const QString &sourceName)
{
    auto features = GeoJson::parse(geojson, sourceName);
    if (!features)
        return features.error();
    return fromFeatures(features.value(), sourceName, geojson);
}

Result<Gazetteer> Gazetteer::fromFeatures(const QList<GeoFeature> &features, const QString &sourceName,
                                          const QByteArray &text)
{
    static const QStringList levels{QStringLiteral("desa"), QStringLiteral("kelurahan"), QStringLiteral("kecamatan"),
                                    QStringLiteral("kota"), QStringLiteral("kabupaten")};
    QStringList problems;
    const auto problem = [&](const QString &kode, qsizetype index, const QString &field, const QString &why) {
        problems << tr("%1:%2: feature %3%4: %5: %6")
                        .arg(sourceName)
                        .arg(std::max(1, lineOf(text, kode)))
                        .arg(index)
                        .arg(kode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kode), field, why);
    };

    Gazetteer g;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const GeoFeature &f = features.at(i);
        const QString level = f.properties.value(QStringLiteral("level")).toString();
        const QString kode = f.properties.value(QStringLiteral("kode")).toString();
        const QString name = f.properties.value(QStringLiteral("name")).toString();
        if (!levels.contains(level)) {
            problem(kode, i, QStringLiteral("level"),
                    tr("\"%1\" is not one of desa, kelurahan, kecamatan, kota, kabupaten").arg(level));
            continue;
        }
        if (level == QLatin1String("kecamatan")) {
            if (!kecamatanCodeShape().match(kode).hasMatch())
                problem(kode, i, QStringLiteral("kode"), tr("a kecamatan code has the form 63.03.05"));
            g.m_kecamatan.append(Kecamatan{kode, name, f.polygons});
            continue;
        }
        if (level != QLatin1String("desa") && level != QLatin1String("kelurahan"))
            continue; // the kota or kabupaten outline: the map draws it, the gazetteer needs it not
        if (!villageCodeShape().match(kode).hasMatch()) {
            problem(kode, i, QStringLiteral("kode"), tr("a village code has the form 63.03.05.2001"));
            continue;
        }
        if (name.isEmpty())
            problem(kode, i, QStringLiteral("name"), tr("missing"));
        if (f.polygons.isEmpty()) {
            problem(kode, i, QStringLiteral("geometry"), tr("a village needs a Polygon or MultiPolygon"));
            continue;
        }
        Village v;
        v.kode = kode;
        v.name = name;
        v.kind = kode.at(9) == QLatin1Char('1') ? VillageKind::Kelurahan : VillageKind::Desa;
        if (v.kindName() != level)
            problem(kode, i, QStringLiteral("level"),
                    tr("\"%1\", but the code says %2 (1xxx: kelurahan, 2xxx: desa)").arg(level, v.kindName()));
        v.kecamatanKode = f.properties.value(QStringLiteral("kecamatan_kode")).toString();
        if (v.kecamatanKode.isEmpty())
            v.kecamatanKode = kode.left(8);
        else if (v.kecamatanKode != kode.left(8))
            problem(kode, i, QStringLiteral("kecamatan_kode"),
                    tr("\"%1\" is not the prefix of the village code").arg(v.kecamatanKode));
        v.kecamatanName = f.properties.value(QStringLiteral("kecamatan")).toString();
        v.area = f.polygons;
        const QJsonValue lon = f.properties.value(QStringLiteral("label_lon"));
        const QJsonValue lat = f.properties.value(QStringLiteral("label_lat"));
        v.label = QPointF(lon.toDouble(), lat.toDouble());
        if (!lon.isDouble() || !lat.isDouble() || !anyContains(v.area, v.label)) {
            v.label = insidePointOf(v.area);
            ++g.m_labelsMoved;
        }
        g.m_villages.append(v);
    }
    if (g.m_villages.isEmpty() && problems.isEmpty())
        problems << tr("%1: no desa or kelurahan features").arg(sourceName);

    std::sort(g.m_villages.begin(), g.m_villages.end(),
              [](const Village &a, const Village &b) { return a.kode < b.kode; });
    std::sort(g.m_kecamatan.begin(), g.m_kecamatan.end(),
              [](const Kecamatan &a, const Kecamatan &b) { return a.kode < b.kode; });
    for (qsizetype i = 1; i < g.m_kecamatan.size(); ++i) {
        if (g.m_kecamatan.at(i).kode == g.m_kecamatan.at(i - 1).kode)
            problem(g.m_kecamatan.at(i).kode, i, QStringLiteral("kode"), tr("this kecamatan code appears twice"));
    }
    for (qsizetype i = 0; i < g.m_villages.size(); ++i) {
        Village &v = g.m_villages[i];
        if (i > 0 && v.kode == g.m_villages.at(i - 1).kode)
            problem(v.kode, i, QStringLiteral("kode"), tr("this village code appears twice"));
        if (v.kind == VillageKind::Desa)
            ++g.m_desaCount;
        if (g.m_kecamatan.isEmpty())
            continue; // a boundaries file without kecamatan features: nothing to check against
        const Kecamatan *kecamatan = g.kecamatanByKode(v.kecamatanKode);
        if (!kecamatan) {
            problem(v.kode, i, QStringLiteral("kecamatan_kode"),
                    tr("no kecamatan %1 in this file holds the village").arg(v.kecamatanKode));
            continue;
        }
        if (v.kecamatanName.isEmpty())
            v.kecamatanName = kecamatan->name;
        if (!kecamatan->area.isEmpty() && !anyContains(kecamatan->area, v.label))
            problem(v.kode, i, QStringLiteral("geometry"),
                    tr("the village lies outside its kecamatan %1 (%2)").arg(kecamatan->kode, kecamatan->name));
    }
    if (!problems.isEmpty())
        return makeError(QStringLiteral("gazetteer.invalid"), problems.join(QLatin1Char('\n')));
    return g;
}

Gazetteer Gazetteer::bundled()
{
    auto loaded = load(QStringLiteral(":/city/banjarmasin/boundaries.geojson"));
    Q_ASSERT_X(loaded.ok(), "Gazetteer::bundled", "bundled boundaries.geojson is broken");
    return loaded.ok() ? loaded.value() : Gazetteer();
}

const Village *Gazetteer::byKode(const QString &kode) const
{
    auto it = std::lower_bound(m_villages.cbegin(), m_villages.cend(), kode,
                               [](const Village &k, const QString &key) { return k.kode < key; });
    return (it != m_villages.cend() && it->kode == kode) ? &*it : nullptr;
}

const Kecamatan *Gazetteer::kecamatanByKode(const QString &kode) const
{
    auto it = std::lower_bound(m_kecamatan.cbegin(), m_kecamatan.cend(), kode,
                               [](const Kecamatan &k, const QString &key) { return k.kode < key; });
    return (it != m_kecamatan.cend() && it->kode == kode) ? &*it : nullptr;
}

QString Gazetteer::searchKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString Gazetteer::displayName(const Village &village)
{
    return village.kecamatanName.isEmpty() ? village.name
                                           : QStringLiteral("%1 (%2)").arg(village.name, village.kecamatanName);
}

QList<const Village *> Gazetteer::search(const QString &text, int limit) const
{
    const QString key = searchKey(text);
    QList<const Village *> starts, contains, inKecamatan;
    if (key.isEmpty())
        return starts;
    for (const Village &k : m_villages) {
        const QString name = searchKey(k.name);
        if (name.startsWith(key))
            starts.append(&k);
        else if (name.contains(key))
            contains.append(&k);
        else if (searchKey(k.kecamatanName).contains(key) || k.kode.startsWith(text.trimmed()))
            inKecamatan.append(&k);
    }
    QList<const Village *> result = starts + contains + inKecamatan;
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

const Village *Gazetteer::locate(double lat, double lon) const
{
    const QPointF p(lon, lat);
    for (const Village &k : m_villages) {
        for (const GeoPolygon &polygon : k.area) {
            if (polygon.contains(p))
                return &k;
        }
    }
    return nullptr;
}

} // namespace Sigap
