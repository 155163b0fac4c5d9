#pragma once

#include "callprojection.h"
#include "categories.h"
#include "incidentprojection.h"

#include <optional>

namespace Sigap {

struct DuplicateCandidate
{
    QString incidentId;
    double distanceM = -1; // -1 when matched by number only
    qint64 ageMs = 0;
    bool sameNumber = false;
};

// Finds the open incidents a new call is probably about, so the operator links the call
// instead of creating a second incident: an open incident of a compatible category within
// 500 m and created within the last 60 minutes, or any open incident reported from the same
// number in that time. Compatible: the same category, or categories related in
// categories.json (a crash and a medical call are often the same event; a snake and a fire
// are not, though Damkar answers both). Same number first, then nearest.
class DuplicateFinder
{
public:
    static constexpr double RadiusM = 500;
    static constexpr qint64 WindowMs = 60 * 60 * 1000;

    DuplicateFinder(const IncidentProjection &incidents, const Categories &categories)
        : m_incidents(incidents)
        , m_categories(categories)
    {
    }

    // category may be empty (not known yet: any category counts); position may be absent.
    QList<DuplicateCandidate> find(qint64 nowMs, const std::optional<std::pair<double, double>> &position,
                                   const QString &category, const QString &number) const;

    bool compatible(const QString &a, const QString &b) const;

private:
    const IncidentProjection &m_incidents;
    const Categories &m_categories;
};

} // namespace Sigap
