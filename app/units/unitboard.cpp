#include "unitboard.h"

namespace Sigap {

void UnitBoard::report(const UnitReport &report)
{
    if (!admits(report.id))
        return;
    auto it = m_units.find(report.id);
    if (it != m_units.end() && it->reportedMs > report.reportedMs)
        return;
    UnitReport taken = report;
    if (m_annotator)
        m_annotator(taken);
    m_units.insert(taken.id, taken);
    Q_EMIT changed();
}

UnitReport UnitBoard::notAfter(UnitReport report, qint64 nowMs)
{
    report.reportedMs = std::min(report.reportedMs, nowMs);
    return report;
}

void UnitBoard::annotate(const QString &id)
{
    auto it = m_units.find(id);
    if (it == m_units.end() || !m_annotator)
        return;
    const UnitReport before = *it;
    m_annotator(*it);
    if (it->status != before.status || it->callsign != before.callsign || it->agency != before.agency)
        Q_EMIT changed();
}

} // namespace Sigap
