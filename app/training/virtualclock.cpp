#include "virtualclock.h"

#include <algorithm>

namespace Sigap {

VirtualClock::VirtualClock(const Clock &base)
    : VirtualClock(base, base.nowMs())
{
}

VirtualClock::VirtualClock(const Clock &base, qint64 startMs)
    : m_base(base)
    , m_anchorBaseMs(base.nowMs())
    , m_anchorMs(startMs)
{
}

qint64 VirtualClock::nowMs() const
{
    const qint64 running = runningMs();
    return m_heldMs ? std::min(*m_heldMs, running) : running;
}

qint64 VirtualClock::runningMs() const
{
    if (m_paused)
        return m_anchorMs;
    // A base clock that steps back (NTP) would drag the scenario back: hold still instead.
    return m_anchorMs + std::max<qint64>(0, m_base.nowMs() - m_anchorBaseMs) * m_speed;
}

void VirtualClock::reanchor()
{
    m_anchorMs = runningMs();
    m_anchorBaseMs = m_base.nowMs();
}

void VirtualClock::setSpeed(int speed)
{
    reanchor();
    m_speed = std::clamp(speed, 1, MaxSpeed);
}

void VirtualClock::pause()
{
    reanchor();
    m_paused = true;
}

void VirtualClock::resume()
{
    reanchor();
    m_paused = false;
}

void VirtualClock::jumpTo(qint64 ms)
{
    reanchor();
    m_anchorMs = std::max(m_anchorMs, ms);
}

} // namespace Sigap
