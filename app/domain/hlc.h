#pragma once

#include <QtGlobal>

namespace Sigap {

class Clock;

// Hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds in the high bits and a
// logical counter in the low 16 bits, packed into one signed 64-bit integer so it sorts and
// stores as a plain number. It never goes backwards even when the wall clock does, and it
// moves past every timestamp it has observed from another desk.
class Hlc
{
public:
    static constexpr int CounterBits = 16;

    static qint64 pack(qint64 wallMs, quint32 counter) { return (wallMs << CounterBits) | (counter & 0xFFFF); }
    static qint64 wallMs(qint64 packed) { return packed >> CounterBits; }
    static quint32 counter(qint64 packed) { return quint32(packed & 0xFFFF); }
};

class HybridClock
{
public:
    explicit HybridClock(const Clock &clock)
        : m_clock(clock)
    {
    }

    // A timestamp for a new local event, strictly greater than every earlier one.
    qint64 tick();
    // The same for an event that happened at wallMs (never earlier than the last stamp).
    qint64 tickAt(qint64 wallMs);
    // Takes a timestamp seen on another desk (or read back from the store) into account.
    void observe(qint64 packed);

    qint64 last() const { return m_last; }

private:
    const Clock &m_clock;
    qint64 m_last = 0;
};

} // namespace Sigap
