#pragma once

#include "domain/incident.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace Sigap {

// The status of one agency unit, a state machine replayed from unit.status_changed events in
// stamp order. Legal moves:
//   available      -> dispatched | out_of_service
//   dispatched     -> en_route | on_scene | available | out_of_service
//   en_route       -> on_scene | available | out_of_service | dispatched (diverted)
//   on_scene       -> available | out_of_service
//   out_of_service -> available
// A unit that has never had an event is available. Dispatching names the incident and the
// agency whose handoff the unit serves: that is the assignment of a unit to a handoff, one
// event and one state machine, so the unit's status and its assignment cannot disagree. The
// assignment holds through en_route and on_scene and ends with available or out_of_service.
// A diversion (dispatched again while en route) moves the unit to another incident. A unit
// dispatched but not yet rolling is not dispatched again: two desks dispatching the same
// unit at once is a double booking the shift lead must see, so the later one is a conflict;
// to re-task it, stand it down (available) first. A unit on scene must clear first. Anything else is kept as a conflict
// for the shift lead and changes nothing.
enum class UnitStatus { Available, Dispatched, EnRoute, OnScene, OutOfService };

class UnitStatuses
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::UnitStatuses)

public:
    static QString name(UnitStatus status); // stable wire name, e.g. "en_route"
    static std::optional<UnitStatus> fromName(const QString &name);
    static QString label(UnitStatus status); // translated, for people
    static bool isLegal(UnitStatus from, UnitStatus to);
    static const QList<UnitStatus> &all();
    static QString allNames(); // "available, dispatched, ..." for messages
};

struct UnitTransition
{
    UnitStatus to = UnitStatus::Available;
    QString actor;
    QString incident; // dispatched: the incident; otherwise empty
    QString agency;   // dispatched: the agency of the handoff the unit serves
};

using UnitConflict = StateConflict<Stamp, UnitStatus>;

// One unit's status as folded from its events; the same on every desk whatever order the
// events arrived in, because the transitions are kept by stamp and replayed.
struct UnitState
{
    QString unit;
    UnitStatus status = UnitStatus::Available;
    QString incident; // the assignment while dispatched, en route or on scene
    QString agency;
    qint64 sinceMs = 0; // wall time the current status was reached; 0: never changed
    QList<UnitConflict> conflicts;
    std::map<Stamp, UnitTransition> transitions;

    void add(const Stamp &stamp, const UnitTransition &transition);
    // Many transitions at once (a snapshot), replayed once.
    void load(std::map<Stamp, UnitTransition> all);

private:
    void replay();
    void step(const Stamp &stamp, const UnitTransition &transition);
    // Continues from the status reached so far; `more` is a range of (stamp, transition) in
    // stamp order (defined and used in unitstatus.cpp only).
    template<typename Transitions>
    void replayFrom(const Transitions &more);
};

} // namespace Sigap
