#pragma once

#include "event.h"

#include <QList>

namespace Sigap {

// Holds back the events whose effect needs an authority (a shift lead's reassignment, an
// administrator's room setting) until ProjectionFold asks it to settle: by then every event of
// the batch, or of everything folded at start, has been folded, operator registrations
// included, so the decision does not depend on the order the events came in. AuthorityGate is the one
// the desks use.
class EventGate
{
public:
    virtual ~EventGate() = default;

    // True: the event is the gate's to decide; the projections get it only if settle()
    // releases it.
    virtual bool holds(const Event &event) = 0;

    struct Settled
    {
        QList<Event> release; // now allowed, not yet folded
        // An event folded earlier is no longer allowed (a registration that took a role away
        // arrived late): projections cannot take one event back, so the whole log is folded again.
        bool foldAgain = false;
    };
    virtual Settled settle() = 0;
};

} // namespace Sigap
