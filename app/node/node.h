#pragma once

#include "auth/authoritygate.h"
#include "auth/desksession.h"
#include "auth/operatorcommands.h"
#include "auth/operatordirectory.h"
#include "config/roomconfiguration.h"
#include "control/controlcontext.h"
#include "core/result.h"
#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/event.h"
#include "domain/incidentcommands.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/eidostatusreceiver.h"
#include "handoff/handoffcommands.h"
#include "handoff/handoffprojection.h"
#include "lead/deskalerts.h"
#include "lead/leaddesk.h"
#include "lead/leadjournal.h"
#include "reports/reportfigures.h"
#include "reports/shifts.h"
#include "store/eventlog.h"
#include "store/projectionfold.h"
#include "sync/roomsync.h"
#include "telephony/amlintake.h"
#include "telephony/recordingsweeper.h"
#include "training/scenarioplayer.h"
#include "units/unitboard.h"
#include "units/unitcommands.h"
#include "units/unitfeeds.h"
#include "units/unitprojection.h"
#include "units/unitroster.h"

#include <QLockFile>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace Sigap {

class Clock;
class ControlServer;
class ManualClock;
class ControlService;
class EidoSender;
class OsmAndReceiver;
class UnitOverlay;

// The composition root of one desk, with or without a window: it takes the data folder's
// lock, opens the event log, builds the projections, the reference data (categories,
// gazetteer, agencies, units), the desk's session, the shift lead's operations, the feeds and
// the control socket, and wires them together. It holds no business logic of its own: each
// part does one job and is handed only the parts it needs. sigap-node is this alone; sigap
// puts the widgets on top of it.
class Node : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        // The room configuration folder (RoomConfiguration); empty: the bundled one, with the
        // data folder's own agencies.json, units.json and cameras.json over it.
        QString configDir;
        QString room;        // empty: the store's own (a new store: "default", or "demo" with demo)
        bool demo = false;   // fill a new store with a demo shift first
        bool control = true; // listen on DIR/control.sock
        // EIDO: the HTTPS endpoint for agencies' status updates; none: not listening.
        std::optional<EidoListenOptions> eidoListen;
        // LAN sync with the room's other desks; the room key file also names the room.
        std::optional<SyncOptions> sync;
        QString avlListen;                     // ADDR:PORT for unit positions in the OsmAnd protocol; empty: none
        std::optional<TraccarOptions> traccar; // poll unit positions from a Traccar server
        // The clock passed to start() when it is one that sigapctl may set (`clock set`):
        // tests and rehearsals run a node on a standing clock. Null: the clock is the clock.
        ManualClock *settableClock = nullptr;
        // A training desk (sigap --training): it refuses a live room's key. A desk with a
        // training room's key is a training desk too.
        bool training = false;
    };

    // Events folded since the last snapshot before a new one is written; bounds start-up
    // time by (snapshot decode + this many events). The snapshot waits for the log to be
    // quiet for SnapshotQuietMs (a catch-up from another desk is not interrupted for it),
    // unless MaxUnsnapshotted events have piled up.
    static constexpr qint64 SnapshotEvery = 20000;
    static constexpr qint64 MaxUnsnapshotted = 200000;
    static constexpr int SnapshotQuietMs = 1000;
    // The store format id of the node's snapshot: one named section per projection
    // (ProjectionFold); a projection's own format changes need no new id.
    static constexpr int SnapshotFormat = ProjectionFold::SnapshotFormat;

    static Result<std::unique_ptr<Node>> start(const Options &options, const Clock &clock);
    ~Node() override;

    QString dataDir() const { return m_dataDir; }
    QString storePath() const;
    EventLog &log() { return *m_log; }
    const IncidentProjection &incidents() const { return m_incidents; }
    const CallProjection &calls() const { return m_calls; }
    // What the room sets: its city, categories, agencies, units, cameras (RoomConfiguration):
    // the newest configuration published to the room, else the folder given at start (or
    // the bundled one). A published one replaces it whole, at once, on every desk.
    const RoomConfiguration &configuration() const { return m_config; }
    // Why the room's newest published configuration is not in force here; empty when it is
    // (or none was published).
    QString configurationProblem() const { return m_configProblem; }
    const Categories &categories() const { return m_config.categories; }
    const Gazetteer &gazetteer() const { return m_config.gazetteer; }
    const AgencyDirectory &agencies() const { return m_config.agencies; }
    const HandoffProjection &handoffs() const { return m_handoffs; }
    const HandoffCommands &handoffCommands() const { return m_handoffCommands; }
    // EIDO: the sender of this desk's eido handoffs (null on a training desk, which sends
    // nothing to agencies); the status endpoint, null unless listening.
    EidoSender *eidoSender() { return m_eidoSender.get(); }
    const EidoStatusReceiver *eidoReceiver() const { return m_eidoReceiver.get(); }
    // Where the agency units are: from the AVL feed, the other desks, or the demo feed.
    UnitBoard &units() { return m_units; }
    const UnitBoard &units() const { return m_units; }
    // Null unless started with an AVL listen address.
    const OsmAndReceiver *avlReceiver() const { return m_unitFeeds ? m_unitFeeds->avl() : nullptr; }
    // Agency units: the configuration's; their status and assignment from the log; the
    // commands that change them.
    const UnitRoster &unitRoster() const { return m_config.units; }
    const UnitProjection &unitStatus() const { return m_unitStatus; }
    const UnitCommands &unitCommands() const { return m_unitCommands; }
    // Null unless started with a Traccar server.
    const TraccarPoller *traccarPoller() const { return m_unitFeeds ? m_unitFeeds->traccar() : nullptr; }
    const IncidentCommands &commands() const { return m_commands; }
    QTimeZone timeZone() const { return m_config.timeZone; }
    const Clock &clock() const { return m_clock; }
    ManualClock *settableClock() const { return m_settableClock; } // see Options
    // Training, not live: every window says so (LATIHAN / TRAINING) and no live desk syncs with it.
    bool isTraining() const { return m_training || (m_sync && m_sync->training()); }
    // Null when the node does not sync (no room key given).
    RoomSync *sync() { return m_sync.get(); }
    const RoomSync *sync() const { return m_sync.get(); }
    // The room's operators and the commands about them (auth/).
    const OperatorDirectory &operators() const { return m_operators; }
    const OperatorCommands &operatorCommands() const { return m_operatorCommands; }
    // Who is signed in at this desk, and so who acts for what it writes.
    DeskSession &session() { return *m_session; }
    const DeskSession &session() const { return *m_session; }
    // The shift lead's work at this desk, as whoever is signed in (lead/).
    LeadDesk &lead() { return *m_lead; }
    const LeadDesk &lead() const { return *m_lead; }
    const LeadJournal &journal() const { return m_journal; }
    const AuthorityGate &authority() const { return m_authority; }
    // Incidents a shift lead gave to the operator signed in here.
    const DeskAlerts &alerts() const { return *m_alerts; }
    // The room's shifts (reports/shifts.h), from its newest room.shifts_set.
    const Shifts &shifts() const { return m_shifts; }

    // What the reports are computed from (ReportFigures).
    ReportSources reportSources() const
    {
        return ReportSources{m_incidents,         m_calls,           m_handoffs,          m_config.agencies,
                             m_config.categories, m_config.timeZone, &m_config.gazetteer, m_config.roomName,
                             m_config.city.name};
    }

    // What a training scenario plays into (ScenarioPlayer), the desk's operator answering.
    ScenarioPlayer::Desk scenarioDesk()
    {
        return ScenarioPlayer::Desk{
            *m_log, m_calls, m_config.categories, m_handoffs, m_handoffCommands, m_config.units, m_units, [this] {
                return m_session->actor();
            }};
    }

    Result<void> saveSnapshot();

Q_SIGNALS:
    // A configuration published to the room took the place of the one in force.
    void configurationChanged();

public:
    // The log row the fold started from at start-up: 0 when every event was folded, else
    // the extent of the snapshot that was restored.
    qint64 restoredFromRowId() const { return m_fold.restoredFromRowId(); }

    static QString storeFileName() { return QStringLiteral("events.sqlite"); }

    // AML: the caller's handset location from the SMS or SIP MESSAGE channel (AmlIntake).
    AmlIntake &aml() { return *m_aml; }

    // The sweep of this desk's call recordings past the room's retention.
    RecordingSweeper &recordings() { return *m_recordings; }

private:
    Node(const Options &options, RoomConfiguration configuration, const Clock &clock);
    Result<void> open(const Options &options);
    Result<void> foldLog();
    void onAppended(const QList<Event> &events);
    void writeSnapshotNow();
    Result<void> startEido(const Options &options);
    Result<void> openUnits();
    ControlContext controlContext();
    void announcePresence(); // the sign-in changed: tell the other desks at once
    void readShifts();
    void applyPublishedConfiguration();
    Result<RoomConfiguration> unpackPublished(const Event &published) const;

    QString m_dataDir;
    const Clock &m_clock;
    ManualClock *m_settableClock = nullptr;
    bool m_training = false;
    QLockFile m_lock;
    RoomConfiguration m_config; // before every part that is handed a piece of it
    QString m_configProblem;
    IncidentCommands m_commands;
    IncidentProjection m_incidents;
    CallProjection m_calls;
    HandoffProjection m_handoffs;
    HandoffCommands m_handoffCommands;
    std::unique_ptr<EidoSender> m_eidoSender;
    std::unique_ptr<EidoStatusReceiver> m_eidoReceiver;
    EventLog *m_log = nullptr;
    std::unique_ptr<ControlService> m_controlService;
    std::unique_ptr<RoomSync> m_sync;
    UnitBoard m_units;
    OperatorDirectory m_operators;
    OperatorCommands m_operatorCommands;
    AuthorityGate m_authority; // lead actions and room settings take effect by it
    // Children of the node, made once the log is open.
    DeskSession *m_session = nullptr;
    DeskAlerts *m_alerts = nullptr;
    AmlIntake *m_aml = nullptr;
    RecordingSweeper *m_recordings = nullptr;
    std::unique_ptr<LeadDesk> m_lead;
    LeadJournal m_journal;
    Shifts m_shifts;
    ControlServer *m_controlServer = nullptr;
    ProjectionFold m_fold;
    QTimer m_snapshotWhenQuiet;
    bool m_folded = false;

    // Agency units (declared after the board, which the overlay and the poller write to).
    UnitProjection m_unitStatus;
    UnitCommands m_unitCommands;
    std::unique_ptr<UnitOverlay> m_unitOverlay;
    UnitFeeds *m_unitFeeds = nullptr; // a child of the node; stopped before the board goes
};

} // namespace Sigap
