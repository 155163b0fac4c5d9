#include "unitrecommender.h"

#include "unitprojection.h"
#include "unitroster.h"

#include "domain/incident.h"
#include "geo/distance.h"
#include "geo/gazetteer.h"

#include <algorithm>
#include <cmath>

namespace Sigap {

qint64 UnitRecommender::etaSeconds(double straightLineM)
{
    const double metresPerSecond = UrbanSpeedKmh * 1000.0 / 3600.0;
    return qint64(std::ceil(straightLineM * DetourFactor / metresPerSecond));
}

std::optional<IncidentPlace> UnitRecommender::placeOf(const Incident &incident, const Gazetteer &gazetteer)
{
    if (const auto at = incident.position())
        return IncidentPlace{at->first, at->second, false};
    if (const Village *k = gazetteer.byKode(incident.kelurahan()))
        return IncidentPlace{k->label.y(), k->label.x(), true};
    return std::nullopt;
}

QList<UnitRecommendation> UnitRecommender::recommend(double lat, double lon, const QString &agency,
                                                     const UnitRoster &roster, const UnitProjection &status,
                                                     const UnitBoard &board, qint64 nowMs, int count)
{
    QList<UnitRecommendation> out;
    for (const RosterUnit *unit : roster.ofAgency(agency)) {
        if (status.statusOf(unit->id) != UnitStatus::Available)
            continue;
        const auto held = board.units().constFind(unit->id);
        if (held == board.units().cend() || UnitBoard::isStale(*held, nowMs))
            continue;
        const double metres = distanceM(lat, lon, held->lat, held->lon);
        out.append(UnitRecommendation{unit, *held, metres, etaSeconds(metres)});
    }
    std::sort(out.begin(), out.end(), [](const UnitRecommendation &a, const UnitRecommendation &b) {
        return a.distanceM != b.distanceM ? a.distanceM < b.distanceM : a.unit->id < b.unit->id;
    });
    if (count >= 0 && out.size() > count)
        out.resize(count);
    return out;
}

} // namespace Sigap
