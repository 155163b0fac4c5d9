#include "gazetteer.h"

#include <algorithm>

namespace Sigap {

Result<Gazetteer> Gazetteer::load(const QString &boundariesPath)
{
    auto features = GeoJson::load(boundariesPath);
    if (!features)
        return features.error();
    return fromFeatures(features.value(), boundariesPath);
}

Result<Gazetteer> Gazetteer::fromFeatures(const QList<GeoFeature> &features, const QString &sourceName)
{
    Gazetteer g;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const GeoFeature &f = features.at(i);
        const QString level = f.properties.value(QStringLiteral("level")).toString();
        const QString kode = f.properties.value(QStringLiteral("kode")).toString();
        const QString name = f.properties.value(QStringLiteral("name")).toString();
        if (level == QLatin1String("kecamatan")) {
            g.m_kecamatan.append(Kecamatan{kode, name});
        } else if (level == QLatin1String("kelurahan")) {
            if (kode.isEmpty() || name.isEmpty() || f.polygons.isEmpty())
                return makeError(
                    QStringLiteral("gazetteer.feature"),
                    tr("%1: feature %2: a kelurahan needs kode, name and a polygon").arg(sourceName).arg(i));
            if (!f.properties.value(QStringLiteral("label_lon")).isDouble()
                || !f.properties.value(QStringLiteral("label_lat")).isDouble())
                return makeError(
                    QStringLiteral("gazetteer.feature"),
                    tr("%1: feature %2 (%3): label_lon and label_lat are needed").arg(sourceName).arg(i).arg(kode));
            Kelurahan k;
            k.kode = kode;
            k.name = name;
            k.kecamatanKode = f.properties.value(QStringLiteral("kecamatan_kode")).toString();
            k.kecamatanName = f.properties.value(QStringLiteral("kecamatan")).toString();
            k.label = QPointF(f.properties.value(QStringLiteral("label_lon")).toDouble(),
                              f.properties.value(QStringLiteral("label_lat")).toDouble());
            k.area = f.polygons;
            g.m_kelurahan.append(k);
        }
    }
    if (g.m_kelurahan.isEmpty())
        return makeError(QStringLiteral("gazetteer.empty"), tr("%1: no kelurahan features").arg(sourceName));
    std::sort(g.m_kelurahan.begin(), g.m_kelurahan.end(),
              [](const Kelurahan &a, const Kelurahan &b) { return a.kode < b.kode; });
    const auto twice = std::adjacent_find(g.m_kelurahan.cbegin(), g.m_kelurahan.cend(),
                                          [](const Kelurahan &a, const Kelurahan &b) { return a.kode == b.kode; });
    if (twice != g.m_kelurahan.cend())
        return makeError(QStringLiteral("gazetteer.duplicate"),
                         tr("%1: kelurahan code %2 appears twice").arg(sourceName, twice->kode));
    std::sort(g.m_kecamatan.begin(), g.m_kecamatan.end(),
              [](const Kecamatan &a, const Kecamatan &b) { return a.kode < b.kode; });
    return g;
}

Gazetteer Gazetteer::bundled()
{
    auto loaded = load(QStringLiteral(":/city/banjarmasin/boundaries.geojson"));
    Q_ASSERT_X(loaded.ok(), "Gazetteer::bundled", "bundled boundaries.geojson is broken");
    return loaded.ok() ? loaded.value() : Gazetteer();
}

const Kelurahan *Gazetteer::byKode(const QString &kode) const
{
    auto it = std::lower_bound(m_kelurahan.cbegin(), m_kelurahan.cend(), kode,
                               [](const Kelurahan &k, const QString &key) { return k.kode < key; });
    return (it != m_kelurahan.cend() && it->kode == kode) ? &*it : nullptr;
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

QList<const Kelurahan *> Gazetteer::search(const QString &text, int limit) const
{
    const QString key = searchKey(text);
    QList<const Kelurahan *> starts, contains, inKecamatan;
    if (key.isEmpty())
        return starts;
    for (const Kelurahan &k : m_kelurahan) {
        const QString name = searchKey(k.name);
        if (name.startsWith(key))
            starts.append(&k);
        else if (name.contains(key))
            contains.append(&k);
        else if (searchKey(k.kecamatanName).contains(key) || k.kode.startsWith(text.trimmed()))
            inKecamatan.append(&k);
    }
    QList<const Kelurahan *> result = starts + contains + inKecamatan;
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

const Kelurahan *Gazetteer::locate(double lat, double lon) const
{
    const QPointF p(lon, lat);
    for (const Kelurahan &k : m_kelurahan) {
        for (const GeoPolygon &polygon : k.area) {
            if (polygon.contains(p))
                return &k;
        }
    }
    return nullptr;
}

} // namespace Sigap
