#include "hlc.h"

#include "core/clock.h"

#include <algorithm>

namespace Sigap {

qint64 HybridClock::tick()
{
    return tickAt(m_clock.nowMs());
}

qint64 HybridClock::tickAt(qint64 wallMs)
{
    const qint64 physical = Hlc::pack(wallMs, 0);
    // When the wall clock has not moved past the last stamp, count up logically; the
    // counter overflowing into the millisecond bits is harmless (it just borrows a ms).
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

void HybridClock::observe(qint64 packed)
{
    m_last = std::max(m_last, packed);
}

} // namespace Sigap
