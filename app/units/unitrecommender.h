#pragma once

#include "unitboard.h"

#include <QList>

#include <optional>

namespace Sigap {

class Gazetteer;
struct Incident;
class UnitProjection;
class UnitRoster;
struct RosterUnit;

// Where the distance to an incident is measured from.
struct IncidentPlace
{
    double lat = 0;
    double lon = 0;
    bool fromKelurahan = false; // the incident has no position: its kelurahan's label point
};

struct UnitRecommendation
{
    const RosterUnit *unit = nullptr;
    UnitReport position;
    double distanceM = 0; // straight line
    qint64 etaS = 0;      // estimated driving time (UnitRecommender::etaSeconds)
};

// Which units of an agency to send to an incident: its roster units that are available (by
// the event log) and whose position is fresh (not UnitBoard::isStale), nearest first by
// straight-line distance, ties by unit id. A unit without a position, or whose tracker fell
// silent, is not recommended: where it is would be a guess.
class UnitRecommender
{
public:
    // Straight-line distance is shorter than any road: a detour factor of 1.4 (the usual
    // ratio of road to crow-fly distance in a city's street grid; Banjarmasin's rivers and few
    // bridges make it no better) at an average of 30 km/h, what an emergency vehicle keeps up
    // through Banjarmasin's traffic with lights and siren, counting junctions and bridges.
    static constexpr double DetourFactor = 1.4;
    static constexpr double UrbanSpeedKmh = 30.0;
    static qint64 etaSeconds(double straightLineM);
    // The incident's position, else the label point of its kelurahan; none without either.
    static std::optional<IncidentPlace> placeOf(const Incident &incident, const Gazetteer &gazetteer);

    static QList<UnitRecommendation> recommend(double lat, double lon, const QString &agency, const UnitRoster &roster,
                                               const UnitProjection &status, const UnitBoard &board, qint64 nowMs,
                                               int count);
};

} // namespace Sigap
