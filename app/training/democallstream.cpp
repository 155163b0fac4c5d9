#include "democallstream.h"

#include "callerlines.h"
#include "geo/gazetteer.h"

#include <QRandomGenerator>

namespace Sigap {

namespace {
QString mobileNumber(QRandomGenerator &rng)
{
    static const char *const prefixes[]
        = {"0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0877", "0896"};
    QString n = QLatin1String(prefixes[rng.bounded(int(std::size(prefixes)))]);
    for (int i = 0; i < 8; ++i)
        n += QChar(u'0' + rng.bounded(10));
    return n;
}
} // namespace

QList<ScenarioCall> DemoCallStream::generate(const Gazetteer &gazetteer, quint32 seed, int calls, qint64 meanGapMs)
{
    QRandomGenerator rng(seed);
    QStringList pranksters;
    for (int i = 0; i < 4; ++i)
        pranksters.append(mobileNumber(rng));
    QStringList categories;
    for (const auto &[category, lines] : callerLines())
        categories.append(category);

    QList<ScenarioCall> out;
    qint64 at = 2000; // the first call rings two seconds after the desk opens
    while (out.size() < calls) {
        ScenarioCall call;
        call.atMs = at;
        call.trunk = QStringLiteral("112");
        const int roll = int(rng.bounded(100));
        if (roll < 12) { // prank, mostly from the usual numbers
            call.number
                = rng.bounded(100) < 70 ? pranksters.at(rng.bounded(int(pranksters.size()))) : mobileNumber(rng);
            call.says = QStringLiteral("(tertawa) Halo, pak polisi? Ada alien mendarat di jembatan!");
        } else if (roll < 30) { // silent: nobody speaks, some hang up quickly
            call.number = mobileNumber(rng);
            call.abandonAfterMs = rng.bounded(100) < 40 ? 6000 : 0;
        } else {
            call.number = mobileNumber(rng);
            const QString category = categories.at(rng.bounded(int(categories.size())));
            const QStringList &lines = callerLines().at(category);
            call.says = lines.at(rng.bounded(int(lines.size())));
            if (rng.bounded(100) < 70 && !gazetteer.villages().isEmpty()) {
                const Village &k = gazetteer.villages().at(rng.bounded(int(gazetteer.villages().size())));
                call.position = std::make_pair(k.label.y() + (rng.bounded(401) - 200) * 0.00001,
                                               k.label.x() + (rng.bounded(401) - 200) * 0.00001);
                call.radiusM = 15 + rng.bounded(200);
            }
            call.abandonAfterMs = 45000; // a real emergency caller waits, but not for ever
            // A second caller about the same fire or crash, within two minutes.
            if ((category == QLatin1String("kebakaran") || category == QLatin1String("kecelakaan"))
                && rng.bounded(100) < 40) {
                ScenarioCall second = call;
                second.atMs = at + 20000 + rng.bounded(100000);
                second.number = mobileNumber(rng);
                if (second.position)
                    second.position = std::make_pair(second.position->first + 0.0004, second.position->second - 0.0003);
                out.append(second);
            }
        }
        out.append(call);
        at += meanGapMs / 2 + qint64(rng.bounded(quint64(meanGapMs)));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ScenarioCall &a, const ScenarioCall &b) { return a.atMs < b.atMs; });
    return out;
}

} // namespace Sigap
