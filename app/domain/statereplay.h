#pragma once

#include "hlc.h"

#include <QString>

#include <limits>
#include <optional>

namespace Sigap {

// A move of a state machine that its rules refused: kept for the shift lead instead of lost.
template<typename StampT, typename State>
struct StateConflict
{
    StampT stamp;
    QString actor;
    State from;
    State to;
};

// The one way the room replays a state machine (an incident's status, a handoff, a unit's
// status): its transitions in stamp order, so every desk reaches the same state whatever
// order the events came in. A legal transition moves the state and is handed to `moved`; an
// illegal one changes nothing and is handed to `refused` (the caller keeps it as a conflict).
// Transitions stamped at or after `beforeMs` are not replayed: the state as it was then, for
// the reports. `state` empty: the machine has not started (a handoff before its send).
//
//   isLegal(const std::optional<State> &from, const Transition &t) -> bool
//   moved(const Stamp &stamp, const Transition &t)
//   refused(const Stamp &stamp, const Transition &t, const std::optional<State> &from)
template<typename State, typename Transitions, typename IsLegal, typename Moved, typename Refused>
std::optional<State> replayStates(std::optional<State> state, const Transitions &transitions, IsLegal isLegal,
                                  Moved moved, Refused refused, qint64 beforeMs = std::numeric_limits<qint64>::max())
{
    for (const auto &[stamp, transition] : transitions) {
        if (Hlc::wallMs(stamp.hlc) >= beforeMs)
            break; // in stamp order, and a stamp's wall time never goes back
        if (!isLegal(state, transition)) {
            refused(stamp, transition, state);
            continue;
        }
        state = transition.to;
        moved(stamp, transition);
    }
    return state;
}

} // namespace Sigap
