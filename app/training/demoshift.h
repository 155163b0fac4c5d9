#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Sigap {

class AgencyDirectory;
class Categories;
class Clock;
class Gazetteer;

// A realistic night in a 112 room, written into a new store from the room's own categories,
// villages and agencies: about 420 calls over the eight hours before now, of which ~30 %
// prank or silent (as Indonesian rooms report), a few information requests and wrong
// numbers, and ~260 incidents across the categories and villages with their calls, notes
// and status changes. Repeat prank numbers, callers reporting the same fire, and incidents
// still open at the end of the shift are all there, and so are the room's people: two shift
// leads, three operators, the fire brigade's liaison, a trainer and an administrator, each
// with the PIN DemoPin.
// The same seed gives the same shift (relative to "now").
class DemoShift
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::DemoShift)

public:
    // The PIN of every operator of the demo room (lead-sari, op-rina, liaison-damkar, ...).
    static constexpr const char *DemoPin = "112233";

    enum class People { Included, Left }; // Left: a demo store that joins a live room's LAN
    static Result<void> fill(const QString &storePath, const QString &room, const Categories &categories,
                             const Gazetteer &gazetteer, const AgencyDirectory &agencies, const Clock &clock,
                             People people = People::Included, quint32 seed = 112);
};

} // namespace Sigap
