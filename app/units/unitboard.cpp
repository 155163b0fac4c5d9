#include "unitboard.h"

namespace Sigap {

void UnitBoard::report(const UnitReport &report)
{
    auto it = m_units.find(report.id);
    if (it != m_units.end() && it->reportedMs > report.reportedMs)
        return;
    m_units.insert(report.id, report);
    Q_EMIT changed();
}

} // namespace Sigap
