#pragma once

#include <QByteArray>

namespace Sigap {

class CallProjection;
class HandoffProjection;
class IncidentProjection;

// The state of a training room as a hash that two runs of one scenario can compare: the
// same scenario, on the same virtual clock, with the trainee doing the same, gives the same
// hash, though each run's store has a desk id of its own. So the dump holds content, not the
// desk-made ids: an incident is named by the call it was opened from (scenario call ids are
// made from the scenario's start time and the call's place, the same in every run), or by
// its place in creation order when it has none; an actor "desk-<id>" is "desk". Times are
// the virtual clock's, so they are compared too.
class TrainingStateHash
{
public:
    // SHA-256 (hex) of dump().
    static QByteArray of(const CallProjection &calls, const IncidentProjection &incidents,
                         const HandoffProjection &handoffs);
    // One line per call, incident and handoff, sorted: what the hash covers.
    static QByteArray dump(const CallProjection &calls, const IncidentProjection &incidents,
                           const HandoffProjection &handoffs);
};

} // namespace Sigap
