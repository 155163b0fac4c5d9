#pragma once

#include <QtGlobal>

namespace Sigap {

// The only way the program learns the time. Production passes SystemClock; tests, the demo
// and training pass a ManualClock so they run at any speed and replay exactly.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch, UTC
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_nowMs(startMs)
    {
    }

    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace Sigap
