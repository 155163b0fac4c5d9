#pragma once

#include "core/result.h"
#include "handoff/handoff.h"
#include "telephony/scenariocallsource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <map>
#include <optional>

namespace Sigap {

// What the trainer expects the operator to make of one call.
struct ExpectedAnswer
{
    // prank, ghost, info, wrong_number or incident (the wire names of the scenario file;
    // callOutcomeCode() gives the room's outcome code: iseng, kosong, informasi, ...).
    QString outcome;
    QString category;     // an incident category code; empty for anything but an incident
    QStringList agencies; // agency ids to hand the incident to, sorted; may be empty
    QString duplicateOf;  // the id of an earlier call of the file about the same incident

    bool isIncident() const { return outcome == QLatin1String("incident"); }
    static QString callOutcomeCode(const QString &outcome); // empty when not an outcome
    static QString outcomeOfCallCode(const QString &code);  // the reverse
    static const QStringList &outcomes();
};

// One call of a training scenario: the call as it rings (ScenarioCall, the format-1 part)
// with its id in the file and what the trainee should make of it.
struct TrainingCall
{
    QString id;
    ScenarioCall call;
    std::optional<ExpectedAnswer> expect;
};

// A unit of the room's roster is seen at a place at a time (the scenario's AVL feed).
struct UnitMovement
{
    qint64 atMs = 0;
    QString unit;
    double lat = 0;
    double lon = 0;
};

// How an agency answers a handoff of the incident of one call: each step's delay after the
// handoff was sent. Steps left out are skipped (the handoff state machine moves forward).
struct AgencyResponse
{
    QString call; // the call whose incident is handed off; empty: any call's incident
    QString agency;
    std::map<HandoffState, qint64> afterMs; // acknowledged, dispatched, en_route, on_scene, finished
};

// A training scenario: calls with their expected answers, unit movements and the agencies'
// scripted responses. JSON, two versions; version 1 files (calls only) are read as well.
//
//   {"format": "sigap-scenario", "version": 2, "name": "...", "description": "...",
//    "calls": [{"id": "c1", "at_s": 0, "number": "081251234567", "trunk": "112",
//               "lat": -3.33, "lon": 114.59, "radius_m": 40, "says": "...", "abandon_after_s": 30,
//               "expect": {"outcome": "incident", "category": "kebakaran",
//                          "agencies": ["damkar-bjm", "relawan-bjm"], "duplicate_of": "c0"}}],
//    "units": [{"at_s": 60, "unit": "damkar-01", "lat": -3.33, "lon": 114.59}],
//    "agency_responses": [{"call": "c1", "agency": "damkar-bjm", "acknowledged_s": 20,
//                          "dispatched_s": 45, "en_route_s": 60, "on_scene_s": 540,
//                          "finished_s": 2400}]}
//
// calls: as in version 1 (at_s and number required; trunk defaults to 112; lat and lon
//   together; abandon_after_s: the caller gives up if nobody answers in time), plus
//   id (required in version 2, unique; version 1 calls are "c1", "c2"... in file order) and
//   expect (optional; a call without it is played but not scored):
//     outcome: prank, ghost, info, wrong_number or incident (required);
//     category: required for an incident unless it is a duplicate, refused otherwise;
//     agencies: agency ids the incident should be handed to (none: no handoff expected);
//     duplicate_of: the id of an earlier call (not later in time) whose expected outcome
//       is an incident: this caller reports the same incident, which the operator should
//       link the call to instead of opening a new one; implies outcome incident.
// units: at_s, unit (an id of the room's unit roster), lat and lon, all required: where the
//   unit is from then on.
// agency_responses: agency (required), call (the id of a call of the file; absent: any
//   handoff to that agency no other response names), and at least one of acknowledged_s,
//   dispatched_s, en_route_s, on_scene_s, finished_s: seconds after the handoff was sent,
//   not decreasing in that order. At most one response per (call, agency).
//
// Times are seconds from the scenario's start (fractions allowed). A file of a version this
// program does not know is refused by name, not read in part: a newer file may mean things
// a partial read would get wrong. Errors name the file, the entry and the field, e.g.
// `calls[2]: field "lon"`.
class Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Scenario)

public:
    static constexpr int Version = 2; // the newest version read and the one written

    int version = Version;
    QString name;
    QString description;
    QList<TrainingCall> calls; // sorted by time (stable: equal times keep the file's order)
    QList<UnitMovement> units; // sorted by time
    QList<AgencyResponse> agencyResponses;

    static Result<Scenario> parse(const QByteArray &json, const QString &sourceName);
    static Result<Scenario> load(const QString &path);
    // The scenarios that ship with the program (":/scenarios/..."), sorted by file name.
    static QStringList bundledPaths();

    // Always version 2; parse(toJson()) gives an equal scenario.
    QByteArray toJson() const;

    QList<ScenarioCall> scenarioCalls() const; // what a ScenarioCallSource plays, in order
    int indexOfCall(const QString &id) const;  // -1 when no call has that id
    // The response scripted for a handoff of this call's incident to the agency: its own, or
    // the agency's default; null when the agency does not answer by script.
    const AgencyResponse *responseFor(const QString &callId, const QString &agency) const;
    qint64 durationMs() const; // the last scripted moment (call, abandon, unit, response)

    static const QList<HandoffState> &responseSteps(); // in their order in the file
    static QString responseKey(HandoffState step);     // "acknowledged_s", ...
};

} // namespace Sigap
