#include "duplicatefinder.h"

#include "geo/distance.h"

#include <QtMath>

#include <algorithm>

namespace Sigap {

bool DuplicateFinder::compatible(const QString &a, const QString &b) const
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    const Category *ca = m_categories.incidentCategory(a);
    const Category *cb = m_categories.incidentCategory(b);
    if (!ca || !cb)
        return false;
    return ca->related.contains(b) || cb->related.contains(a);
}

QList<DuplicateCandidate> DuplicateFinder::find(qint64 nowMs, const std::optional<std::pair<double, double>> &position,
                                                const QString &category, const QString &number) const
{
    QList<DuplicateCandidate> found;
    for (const QString &id : m_incidents.createdIds()) {
        const Incident *incident = m_incidents.incident(id);
        if (!IncidentStatuses::isOpen(incident->status))
            continue;
        const qint64 age = nowMs - incident->createdMs();
        if (age < 0 || age > WindowMs)
            continue;
        DuplicateCandidate c{id, -1, age, !number.isEmpty() && incident->caller() == number};
        const auto where = incident->position();
        if (position && where)
            c.distanceM = distanceM(position->first, position->second, where->first, where->second);
        const bool near = c.distanceM >= 0 && c.distanceM <= RadiusM && compatible(category, incident->category());
        if (near || c.sameNumber)
            found.append(c);
    }
    std::sort(found.begin(), found.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        if (a.sameNumber != b.sameNumber)
            return a.sameNumber;
        const double da = a.distanceM < 0 ? 1e12 : a.distanceM;
        const double db = b.distanceM < 0 ? 1e12 : b.distanceM;
        return da != db ? da < db : a.ageMs < b.ageMs;
    });
    return found;
}

} // namespace Sigap
