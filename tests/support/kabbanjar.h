#pragma once

// Kabupaten Banjar as shipped in resources/rooms/kab-banjar: where its folder is, and twenty
// of its villages at the data's own inside points, for the tests that find them again.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QSet>

namespace SigapTest {

inline QString kabBanjarFolder()
{
    return sourceDir() + QStringLiteral("/resources/rooms/kab-banjar");
}

struct SampleVillage
{
    QString kode;
    QString level; // desa or kelurahan
    QString kecamatan;
    QPointF label; // lon, lat: the upstream label point
};

// The first village of each of the 20 kecamatan and the first three kelurahan, in file order:
// 20 to 23 villages, both kinds. outsideLabels: the codes whose upstream label lies outside
// their own polygon (SOURCES.md lists them), left out: there the label is not the answer.
inline QList<SampleVillage> kabBanjarSample(const QSet<QString> &outsideLabels)
{
    QFile file(kabBanjarFolder() + QStringLiteral("/city/boundaries.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray features
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    QList<SampleVillage> sample;
    QSet<QString> kecamatanSeen;
    int kelurahan = 0;
    for (const QJsonValue &f : features) {
        const QJsonObject p = f.toObject().value(QStringLiteral("properties")).toObject();
        SampleVillage v{
            p.value(QStringLiteral("kode")).toString(), p.value(QStringLiteral("level")).toString(),
            p.value(QStringLiteral("kecamatan")).toString(),
            QPointF(p.value(QStringLiteral("label_lon")).toDouble(), p.value(QStringLiteral("label_lat")).toDouble())};
        if ((v.level != QLatin1String("desa") && v.level != QLatin1String("kelurahan"))
            || outsideLabels.contains(v.kode))
            continue;
        const bool newKecamatan = !kecamatanSeen.contains(v.kode.left(8));
        const bool wantedKelurahan = v.level == QLatin1String("kelurahan") && kelurahan < 3;
        if (!newKecamatan && !wantedKelurahan)
            continue;
        kecamatanSeen.insert(v.kode.left(8));
        kelurahan += v.level == QLatin1String("kelurahan");
        sample.append(v);
    }
    return sample;
}

// The eight villages whose upstream label lies outside their polygon (city/SOURCES.md).
inline QSet<QString> kabBanjarOutsideLabels()
{
    return {QStringLiteral("63.03.05.1003"), QStringLiteral("63.03.06.2015"), QStringLiteral("63.03.08.2007"),
            QStringLiteral("63.03.10.2012"), QStringLiteral("63.03.11.2005"), QStringLiteral("63.03.13.2012"),
            QStringLiteral("63.03.19.2011"), QStringLiteral("63.03.20.2007")};
}

} // namespace SigapTest
