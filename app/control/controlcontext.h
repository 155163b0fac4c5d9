#pragma once

#include <QString>
#include <QTimeZone>

#include <functional>

namespace Sigap {

class AgencyDirectory;
class AmlIntake;
class AuthorityGate;
class CallProjection;
class Categories;
class Clock;
class DeskAlerts;
class DeskSession;
class EventLog;
class Gazetteer;
class HandoffCommands;
class HandoffProjection;
class IncidentCommands;
class IncidentProjection;
class LeadDesk;
class LeadJournal;
class ManualClock;
class OperatorCommands;
class OperatorDirectory;
class OsmAndReceiver;
class RecordingSweeper;
class RoomSync;
class Shifts;
class TraccarPoller;
class UnitBoard;
class UnitCommands;
class UnitProjection;
class RoomConfiguration;
class UnitRoster;

// The parts of a desk that the control socket's commands act on, handed to each command's
// handler by the node that owns them. The control module sees these parts, never the node.
struct ControlContext
{
    QString dataDir;
    EventLog &log;
    const Clock &clock;
    ManualClock *settableClock;                // null unless the node runs on a standing clock (--clock-at)
    const QTimeZone &timeZone;                 // the room configuration's, as it changes
    std::function<qint64()> restoredFromRowId; // where the fold at start continued from

    const IncidentProjection &incidents;
    const CallProjection &calls;
    const HandoffProjection &handoffs;
    const UnitProjection &unitStatus;
    const OperatorDirectory &operators;
    const LeadJournal &journal;
    const AuthorityGate &authority;
    const Shifts &shifts;

    const Categories &categories;
    const Gazetteer &gazetteer;
    const AgencyDirectory &agencies;
    const UnitRoster &unitRoster;
    const RoomConfiguration &configuration; // all of the above and the rest the room sets
    UnitBoard &units;

    const IncidentCommands &incidentCommands;
    const HandoffCommands &handoffCommands;
    const UnitCommands &unitCommands;
    const OperatorCommands &operatorCommands;

    DeskSession &session;
    LeadDesk &lead;
    const DeskAlerts &alerts;
    AmlIntake &aml;
    RecordingSweeper &recordings;

    std::function<const RoomSync *()> sync; // null when the desk does not sync
    std::function<const OsmAndReceiver *()> avl;
    std::function<const TraccarPoller *()> traccar;

    QString localTime(qint64 ms) const; // in the room's time zone, "yyyy-MM-dd HH:mm:ss"
};

} // namespace Sigap
