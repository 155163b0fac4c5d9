#pragma once

#include "auth/operatorcommands.h"
#include "auth/operatordirectory.h"
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
#include "lead/escalations.h"
#include "lead/leadcommands.h"
#include "lead/leadjournal.h"
#include "reports/shifts.h"
#include "store/eventlog.h"
#include "sync/roomsync.h"
#include "telephony/amlreceiver.h"
#include "units/traccarpoller.h"
#include "units/unitboard.h"
#include "units/unitcommands.h"
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

// The core of one desk, with or without a window: the data folder's lock, the event log,
// the projections, the reference data and the control socket. sigap-node is this alone;
// sigap puts the widgets on top of it.
class Node : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
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
    // Store format id of the node snapshot (incidents + calls); a snapshot of another format
    // is not read and the log is folded instead.
    // 5: handoffs added; 6: EIDO deliveries and unit statuses; 7: the caller's device location (AML);
    // 8: hold, transfer, call-backs and recordings of calls; 9: operators; 10: incident
    // assignees and the shift lead's journal
    static constexpr int SnapshotFormat = 10;

    static Result<std::unique_ptr<Node>> start(const Options &options, const Clock &clock);
    ~Node() override;

    QString dataDir() const { return m_dataDir; }
    QString storePath() const;
    EventLog &log() { return *m_log; }
    const IncidentProjection &incidents() const { return m_incidents; }
    const CallProjection &calls() const { return m_calls; }
    const Categories &categories() const { return m_categories; }
    const Gazetteer &gazetteer() const { return m_gazetteer; }
    // The room's agencies: DIR/agencies.json when the room has one, else the bundled demo city's.
    const AgencyDirectory &agencies() const { return m_agencies; }
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
    const OsmAndReceiver *avlReceiver() const { return m_avl.get(); }
    // Agency units: DIR/units.json when the room has one, else the bundled demo city's; their
    // status and assignment from the log; the commands that change them.
    const UnitRoster &unitRoster() const { return m_unitRoster; }
    const UnitProjection &unitStatus() const { return m_unitStatus; }
    const UnitCommands &unitCommands() const { return m_unitCommands; }
    // Null unless started with a Traccar server.
    const TraccarPoller *traccarPoller() const { return m_traccar.get(); }
    const IncidentCommands &commands() const { return m_commands; }
    QTimeZone timeZone() const { return m_timeZone; }
    const Clock &clock() const { return m_clock; }
    ManualClock *settableClock() const { return m_settableClock; } // see Options
    // Training, not live: every window says so (LATIHAN / TRAINING) and no live desk syncs with it.
    bool isTraining() const { return m_training || (m_sync && m_sync->training()); }
    // Null when the node does not sync (no room key given).
    RoomSync *sync() { return m_sync.get(); }
    const RoomSync *sync() const { return m_sync.get(); }
    // Who acts at this desk: the signed-in operator, or the desk itself ("desk-ID") while no
    // one is signed in (a room without operators works that way).
    Actor actor() const;
    // The room's operators and the commands about them (auth/).
    const OperatorDirectory &operators() const { return m_operators; }
    const OperatorCommands &operatorCommands() const { return m_operatorCommands; }
    // The operator signed in at this desk; null when no one is.
    const OperatorAccount *signedIn() const;
    // Checks the PIN and records the attempt: signed_in, or sign_in_refused (an error saying
    // how many tries are left). Whoever was signed in here is signed out first.
    Result<void> signIn(const QString &operatorId, const QString &pin);
    Result<void> signOut();
    // This desk is the room's liaison desk of the agency (sigap --agency): only that agency's
    // liaisons sign in here. Empty: any operator may.
    void setLiaisonAgency(const QString &agency) { m_liaisonAgency = agency; }
    QString liaisonAgency() const { return m_liaisonAgency; }

    // The shift lead's work (lead/), as whoever is signed in here; LeadCommands refuses
    // what their roles do not allow.
    const LeadJournal &journal() const { return m_journal; }
    const LeadCommands &leadCommands() const { return m_leadCommands; }
    Result<Event> reassign(const QString &incidentId, const QString &toOperator);
    Result<Event> takeOver(const QString &incidentId); // to the lead signed in here
    QList<Escalation> escalations() const;             // due now, unanswered
    Result<Event> answerEscalation(const QString &key, const QString &note);
    // The room's shifts (reports/shifts.h), from its newest room.shifts_set.
    const Shifts &shifts() const { return m_shifts; }
    // The shift a handover written now hands over: the one whose end is nearest, so a handover
    // written at 07:05 is of the night shift. The shift report is of it too.
    std::pair<qint64, qint64> handoverShift() const;
    // The handover of that shift, with the incidents open now.
    Result<Event> writeHandover(const QString &note);
    // The incoming lead countersigns with their PIN, at the desk where the outgoing lead is
    // signed in, and is signed in there in their place; a wrong PIN counts like any wrong
    // sign-in and nothing is countersigned.
    Result<Event> acceptHandover(const QString &handoverId, const QString &incomingId, const QString &pin);

    // An incident a shift lead gave to the operator signed in here, for the desk to alert.
    struct DeskAlert
    {
        QString incident;
        QString by; // the lead's operator id
        qint64 atMs = 0;
    };
    static constexpr int KeptAlerts = 50;
    QList<DeskAlert> alerts() const { return m_alerts; } // oldest first

    Result<void> saveSnapshot();
    // The log row the fold started from at start-up: 0 when every event was folded, else
    // the extent of the snapshot that was restored.
    qint64 restoredFromRowId() const { return m_restoredFromRowId; }

    static QString storeFileName() { return QStringLiteral("events.sqlite"); }

    // AML: the caller's handset location from the SMS or SIP MESSAGE channel, matched to its
    // call and recorded as call.location_received (AmlReceiver). Refused when malformed.
    const AmlReceiver &amlReceiver() const { return m_aml; }
    Result<Event> receiveAml(const QString &number, const QString &text, qint64 receivedMs);

    // The room's retention of call recordings in days (0: for ever), and the sweep that deletes
    // this desk's expired ones, which runs at start and every RetentionSweepMs; returns how
    // many it removed.
    static constexpr int RetentionSweepMs = 3600 * 1000;
    int recordingsRetentionDays() const;
    Result<int> sweepRecordings();
    // Where this desk's recordings are (sip.json's record_dir); DIR/recordings until set.
    void setRecordingsDir(const QString &dir) { m_recordingsDir = dir; }

Q_SIGNALS:
    void signedInChanged();
    void alerted(const Sigap::Node::DeskAlert &alert);

private:
    Result<int> readRetentionDays() const; // from the room's room.retention_set events
    Node(const Options &options, const Clock &clock);
    Result<void> open(const Options &options);
    Result<void> checkTrainingMarker(bool training, bool newStore);
    Result<void> foldLog();
    Result<void> signOutLeftovers();
    void signOutIfNoLongerAllowed(const QString &operatorId);
    void announcePresence(); // the sign-in changed: tell the other desks at once
    void alertReassignments(const QList<Event> &events);
    void alertGivenSince(const Stamp &since);
    void alert(const DeskAlert &alert);
    Result<Event> appendOne(const Result<EventDraft> &draft);
    void onAppended(const QList<Event> &events);
    // A position from this desk's own AVL feed (OsmAnd, Traccar), for the other desks.
    void shareUnitPosition(const UnitReport &report);
    void writeSnapshotNow();
    Result<void> startEido(const Options &options);

    QString m_dataDir;
    QString m_recordingsDir;
    const Clock &m_clock;
    ManualClock *m_settableClock = nullptr;
    bool m_training = false;
    QLockFile m_lock;
    Categories m_categories;
    Gazetteer m_gazetteer;
    IncidentCommands m_commands;
    IncidentProjection m_incidents;
    CallProjection m_calls;
    AgencyDirectory m_agencies;
    HandoffProjection m_handoffs;
    HandoffCommands m_handoffCommands;
    std::unique_ptr<EidoSender> m_eidoSender;
    std::unique_ptr<EidoStatusReceiver> m_eidoReceiver;
    QTimeZone m_timeZone;
    EventLog *m_log = nullptr;
    std::unique_ptr<ControlService> m_controlService;
    std::unique_ptr<RoomSync> m_sync;
    UnitBoard m_units;
    OperatorDirectory m_operators;
    OperatorCommands m_operatorCommands;
    QString m_signedIn; // operator id; empty: no one
    QString m_liaisonAgency;
    LeadJournal m_journal;
    LeadCommands m_leadCommands{m_incidents, m_operators, m_journal};
    QList<DeskAlert> m_alerts;
    Shifts m_shifts;
    void readShifts();
    std::unique_ptr<OsmAndReceiver> m_avl;
    ControlServer *m_controlServer = nullptr;
    qint64 m_snapshotRowId = 0;
    QTimer m_snapshotWhenQuiet;
    QTimer m_retentionSweep;
    qint64 m_restoredFromRowId = 0;
    bool m_folded = false;

    // Agency units (declared after the board, which the overlay and the poller write to).
    Result<void> openUnits();
    UnitRoster m_unitRoster;
    UnitProjection m_unitStatus;
    UnitCommands m_unitCommands;
    std::unique_ptr<UnitOverlay> m_unitOverlay;
    std::unique_ptr<TraccarPoller> m_traccar;

    AmlReceiver m_aml{m_calls};
    AmlWaitingList m_amlWaiting;
    void matchWaitingAml(const QList<Event> &events);
};

} // namespace Sigap
