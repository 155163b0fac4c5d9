#pragma once

#include "scenario.h"

#include "telephony/calltaker.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <map>
#include <memory>

class QTimer;

namespace Sigap {

class CallProjection;
class Categories;
class EventLog;
class HandoffCommands;
class HandoffProjection;
class ScenarioCallSource;
class UnitBoard;
class UnitRoster;
class VirtualClock;

// Plays a training scenario into a desk's node on the training room's virtual clock:
//   - the calls ring through a ScenarioCallSource into the CallTaker the player owns (the
//     trainee answers, classifies and links them through callTaker(), as the desk window does
//     with the one main.cpp makes), so they are events of the room like any call;
//   - the units move on the node's UnitBoard at their times;
//   - when a handoff of a scenario call's incident reaches an agency that has a scripted
//     response, the agency's acknowledgement, dispatch, arrival and finish are written with
//     HandoffCommands at their delays after the send, as the agency's liaison would. A step
//     the handoff can no longer take (a liaison moved it on, the operator cancelled it) is
//     left out. Only one desk of a room should script the agencies (Options::agencies).
//
// Several trainee desks of one room each run a player of the same scenario begun at the same
// time: the calls then have the same ids at every desk, ring everywhere, and the earliest
// answer owns each call, as with the room's PBX.
//
// Everything due at one moment happens in this order: calls (abandons first), unit moves,
// agency steps. advanceTo() is what tests use (the clock is the caller's to set); play(),
// pause() and setSpeed() are the console's, and follow the clock from a timer.
class ScenarioPlayer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool agencies = true; // this desk writes the agencies' scripted responses
    };

    struct Due
    {
        qint64 atMs = 0; // scenario time
        QString what;    // for people
    };

    // The parts of the training desk the scenario plays into.
    struct Desk
    {
        EventLog &log;
        const CallProjection &calls;
        const Categories &categories;
        const HandoffProjection &handoffs;
        const HandoffCommands &handoffCommands;
        const UnitRoster &unitRoster;
        UnitBoard &units;
        CallTaker::ActorNow actorNow; // who answers the calls at the desk
    };

    ScenarioPlayer(Scenario scenario, const Desk &desk, VirtualClock &clock, QObject *parent = nullptr);
    ScenarioPlayer(Scenario scenario, const Desk &desk, VirtualClock &clock, Options options,
                   QObject *parent = nullptr);
    ~ScenarioPlayer() override;

    const Scenario &scenario() const { return m_scenario; }
    CallTaker &callTaker() { return *m_callTaker; }
    ScenarioCallSource &callSource() { return *m_source; }
    VirtualClock &clock() { return m_clock; }

    void begin();                // time zero is the clock's now
    void begin(qint64 startMs);  // time zero is startMs (several desks agree on it)
    void advanceTo(qint64 atMs); // everything due up to scenario time atMs, in order
    void tick();                 // advanceTo() the clock's scenario time
    void play();                 // begins if not begun, runs the clock, follows it
    void pause();
    void setSpeed(int speed);

    bool begun() const { return m_begun; }
    qint64 startMs() const { return m_startMs; }
    qint64 elapsedMs() const;                          // the clock's scenario time
    qint64 positionMs() const { return m_positionMs; } // played up to here
    bool finished() const;                             // every call rang, every unit moved, no agency step is pending

    // The room's call id of a scenario call, and back; empty when unknown.
    QString roomCallId(const QString &scenarioCallId) const;
    QString scenarioCallId(const QString &roomCallId) const;
    QHash<QString, QString> scenarioCallIds() const; // room call id -> scenario call id
    // The next things the scenario will do, soonest first (the console's "next" list).
    QList<Due> upcoming(int limit) const;

Q_SIGNALS:
    void advanced(qint64 atMs);
    void agencyResponded(const QString &incident, const QString &agency, const QString &to);

private:
    struct Step
    {
        QString incident;
        QString agency;
        QString sendId; // the handoff round it answers
        HandoffState to;
    };

    void onHandoffChanged(const QString &incident, const QString &agency);
    void moveUnit(const UnitMovement &move);
    void writeStep(qint64 atMs, const Step &step);
    qint64 nextDue() const; // scenario time of the earliest call, unit move or agency step; -1: none

    Scenario m_scenario;
    Desk m_desk;
    VirtualClock &m_clock;
    Options m_options;
    std::unique_ptr<ScenarioCallSource> m_source;
    std::unique_ptr<CallTaker> m_callTaker;
    QTimer *m_timer;
    bool m_begun = false;
    qint64 m_startMs = 0;
    qint64 m_positionMs = 0;
    int m_nextUnit = 0;
    std::multimap<qint64, Step> m_steps; // by scenario time; equal times keep their order
    QSet<QString> m_answeredSends;       // handoff rounds already scripted
};

} // namespace Sigap
