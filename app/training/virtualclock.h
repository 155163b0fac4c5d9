#pragma once

#include "core/clock.h"

#include <optional>

namespace Sigap {

// The training room's clock: it runs at a speed (1x, 2x, 4x, 8x...) or stands still, and is
// derived from a base clock, so a trainer can pause a scenario or run a quiet stretch faster,
// and a test that passes a ManualClock as the base gets exact times. It starts at the base's
// time, running at 1x; it never goes backwards, whatever the changes of speed.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(const Clock &base);
    VirtualClock(const Clock &base, qint64 startMs); // starts at startMs instead

    qint64 nowMs() const override;

    // A whole number from 1 (real time) to MaxSpeed; out-of-range values are clamped.
    void setSpeed(int speed);
    int speed() const { return m_speed; }
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Jumps ahead (a trainer skipping a quiet stretch); never back: a smaller time is ignored.
    void jumpTo(qint64 ms);
    // While held, the clock reads ms (or its running time, if that is earlier): the player
    // writes what fell due at a moment as of that moment, though it plays it a little later
    // (at its next timer tick, or when a test moves the base). release() lets it run again;
    // the running time never stopped.
    void holdAt(qint64 ms) { m_heldMs = ms; }
    void release() { m_heldMs.reset(); }

    static constexpr int MaxSpeed = 64;

private:
    qint64 runningMs() const; // the time without a hold
    void reanchor();          // the time so far becomes the new anchor

    const Clock &m_base;
    qint64 m_anchorBaseMs;
    qint64 m_anchorMs;
    int m_speed = 1;
    bool m_paused = false;
    std::optional<qint64> m_heldMs;
};

} // namespace Sigap
