#include "node.h"

#include "control/commandtable.h"
#include "control/controlprotocol.h"
#include "control/controlserver.h"
#include "control/controlservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "handoff/eidosender.h"
#include "training/demoshift.h"
#include "units/osmandreceiver.h"
#include "units/unitframes.h"
#include "units/unitoverlay.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Sigap {

namespace {
// The room's local time zone, from the city folder's city.json ("timezone"); Banjarmasin
// is on WITA, Asia/Makassar.
QTimeZone cityTimeZone(const QString &cityJson)
{
    QFile file(cityJson);
    if (!file.open(QIODevice::ReadOnly))
        return QTimeZone::utc();
    const QByteArray zone
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("timezone")).toString().toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(zone) ? QTimeZone(zone) : QTimeZone::utc();
}
} // namespace

Node::Node(const Options &options, const Clock &clock)
    : m_dataDir(QDir(options.dataDir).absolutePath())
    , m_clock(clock)
    , m_settableClock(options.settableClock)
    , m_training(options.training)
    , m_lock(QDir(m_dataDir).absoluteFilePath(QStringLiteral("sigap.lock")))
    , m_categories(Categories::bundled())
    , m_gazetteer(Gazetteer::bundled())
    , m_commands(m_categories, m_gazetteer)
    , m_handoffCommands(m_agencies, m_incidents)
    , m_timeZone(cityTimeZone(QStringLiteral(":/city/banjarmasin/city.json")))
    , m_operatorCommands(m_operators, m_agencies, clock)
    , m_unitCommands(m_unitRoster, m_agencies, m_incidents, m_handoffs, m_unitStatus)
{
    m_lock.setStaleLockTime(0);
    m_snapshotWhenQuiet.setSingleShot(true);
    m_snapshotWhenQuiet.setInterval(SnapshotQuietMs);
    connect(&m_snapshotWhenQuiet, &QTimer::timeout, this, &Node::writeSnapshotNow);
}

Node::~Node()
{
    // Close in order: the control socket, then the log (flushed and, when the fold is whole,
    // snapshotted), and only then give up the data folder's lock, so a desk starting next
    // on this folder never meets our socket or store still half open.
    m_eidoReceiver.reset();
    m_eidoSender.reset();
    delete m_controlServer;
    m_controlServer = nullptr;
    m_traccar.reset();
    m_avl.reset();
    m_sync.reset();
    if (m_log) {
        m_log->flush();
        if (m_folded && m_log->store().lastRowId() > m_fold.snapshotRowId())
            (void)saveSnapshot();
        delete m_log;
        m_log = nullptr;
    }
    m_lock.unlock();
}

QString Node::storePath() const
{
    return QDir(m_dataDir).absoluteFilePath(storeFileName());
}

// Someone signing in is available until the call panel says otherwise; someone signing out
// leaves the desk signed_out. The other desks hear it now, not at the next state change.
void Node::announcePresence()
{
    if (!m_sync)
        return;
    const bool signedIn = m_session->signedIn();
    const QString state = m_sync->ownPresence().state;
    const bool keep = signedIn && !state.isEmpty() && state != QLatin1String("signed_out");
    m_sync->setPresence(m_session->actor().id,
                        signedIn ? (keep ? state : QStringLiteral("available")) : QStringLiteral("signed_out"));
}

Result<std::unique_ptr<Node>> Node::start(const Options &options, const Clock &clock)
{
    std::unique_ptr<Node> node(new Node(options, clock));
    if (auto r = node->open(options); !r)
        return r.error();
    if (auto r = node->startEido(options); !r)
        return r.error();
    return node;
}

// A training room keeps its own store: the data folder of a training desk is marked as
// such when its store is made, and a live desk never opens it, nor a training desk a live
// desk's, so a scenario's calls can never end up in a live room's log or the other way round.
Result<void> Node::checkTrainingMarker(bool training, bool newStore)
{
    const QString marker = QDir(m_dataDir).absoluteFilePath(QStringLiteral("training-room"));
    const bool marked = QFileInfo::exists(marker);
    if (training && !newStore && !marked)
        return makeError(
            QStringLiteral("node.live_store"),
            tr("%1 holds a live desk's store: a training desk keeps its own (give it another --data)").arg(m_dataDir));
    if (!training && marked)
        return makeError(QStringLiteral("node.training_store"),
                         tr("%1 holds a training room's store: start it as a training desk (--training or a "
                            "training room key)")
                             .arg(m_dataDir));
    if (training && newStore) {
        QFile file(marker);
        if (!file.open(QIODevice::WriteOnly) || file.write("This folder holds a training room's store.\n") < 0)
            return makeError(QStringLiteral("node.marker"), tr("%1: cannot write the training marker").arg(marker));
    }
    return {};
}

Result<void> Node::open(const Options &options)
{
    if (!QDir().mkpath(m_dataDir))
        return makeError(QStringLiteral("node.datadir"), tr("%1: cannot create the data folder").arg(m_dataDir));
    if (!m_lock.tryLock(0))
        return makeError(QStringLiteral("node.locked"),
                         tr("%1: another Sigap desk or node is already using this data folder").arg(m_dataDir));

    // The room's own agency directory, when it has one; a broken file stops the start, a
    // broken agency in it is left out and said (AgencyDirectory).
    const QString agenciesFile = QDir(m_dataDir).absoluteFilePath(QStringLiteral("agencies.json"));
    if (QFileInfo::exists(agenciesFile)) {
        auto agencies = AgencyDirectory::load(agenciesFile);
        if (!agencies)
            return agencies.error();
        m_agencies = std::move(agencies).value();
        for (const QString &problem : m_agencies.problems())
            qCWarning(lcNode).noquote() << problem;
    } else {
        m_agencies = AgencyDirectory::bundled();
    }

    if (auto r = openUnits(); !r)
        return r;

    QString room = options.room;
    bool trainingRoom = options.training;
    if (options.sync) {
        // The room key names the room; a --room that says otherwise is a mistake to stop on.
        auto secret = RoomSecret::load(options.sync->roomKeyFile);
        if (!secret)
            return secret.error();
        if (!room.isEmpty() && room != secret.value().room())
            return makeError(QStringLiteral("node.room"),
                             tr("--room %1 does not match the room key %2 (room %3)")
                                 .arg(room, options.sync->roomKeyFile, secret.value().room()));
        room = secret.value().room();
        if (options.training && !secret.value().training())
            return makeError(QStringLiteral("node.training_live"),
                             tr("%1 is the key of the live room %2: a training desk joins a training room only "
                                "(sigapctl room init --training)")
                                 .arg(options.sync->roomKeyFile, room));
        trainingRoom = trainingRoom || secret.value().training();
        if (options.settableClock && !secret.value().training())
            return makeError(
                QStringLiteral("node.clock_live"),
                tr("a standing clock (--clock-at) is for tests and training rooms, not the live room %1").arg(room));
    }
    // A training desk reaches no real agency and takes no real unit positions: its
    // agencies answer from the scenario.
    if (trainingRoom && (options.eidoListen || !options.avlListen.isEmpty() || options.traccar))
        return makeError(QStringLiteral("node.training_feeds"),
                         tr("a training desk takes no live feeds (--eido-listen, --avl-listen, --traccar-url)"));
    m_training = trainingRoom;
    const bool newStore = !QFileInfo::exists(storePath());
    if (auto r = checkTrainingMarker(trainingRoom, newStore); !r)
        return r;
    if (options.demo && newStore) {
        if (room.isEmpty())
            room = QStringLiteral("demo");
        qCInfo(lcNode) << "filling a new demo store in" << m_dataDir;
        // The demo's people (with a PIN everyone knows) never join a live room's LAN.
        const auto people = !options.sync || trainingRoom ? DemoShift::People::Included : DemoShift::People::Left;
        if (auto r = DemoShift::fill(storePath(), room, m_categories, m_gazetteer, m_clock, people); !r)
            return r;
    }

    auto store = EventStore::open(storePath(), room, m_clock);
    if (!store)
        return store.error();
    m_log = new EventLog(std::move(store).value(), this);
    if (auto r = foldLog(); !r)
        return r;
    m_folded = true; // only a whole fold may be written as a snapshot
    readShifts();
    connect(m_log, &EventLog::appended, this, &Node::onAppended);
    m_session = new DeskSession(*m_log, m_operators, m_operatorCommands, m_agencies, this);
    m_alerts = new DeskAlerts(*m_log, m_incidents, *m_session, this);
    m_aml = new AmlIntake(*m_log, m_calls, m_clock, this);
    m_lead
        = std::make_unique<LeadDesk>(LeadDesk::Parts{*m_log, *m_session, m_incidents, m_calls, m_handoffs, m_agencies,
                                                     m_operators, m_journal, m_shifts, m_clock, m_timeZone});
    connect(m_session, &DeskSession::signedInChanged, this, &Node::announcePresence);
    if (auto r = m_session->start(); !r)
        return r;
    // This desk's expired call recordings go now and every hour after (RecordingRetention).
    m_recordings = new RecordingSweeper(
        *m_log, m_calls, m_clock, [this] { return m_session->actor(); },
        QDir(m_dataDir).filePath(QStringLiteral("recordings")), this);
    m_recordings->start();

    if (options.control) {
        m_controlService = std::make_unique<ControlService>(CommandTable::all(), controlContext());
        m_controlServer = new ControlServer(*m_controlService, this);
        if (auto r = m_controlServer->listen(ControlProtocol::socketPath(m_dataDir)); !r)
            return r;
    }
    if (options.sync) {
        auto sync = RoomSync::start(*m_log, m_clock, *options.sync);
        if (!sync)
            return sync.error();
        m_sync = std::move(sync).value();
        // Unit positions heard from other desks go on this desk's board.
        connect(m_sync.get(), &RoomSync::frameReceived, this, [this](const Frame &frame) {
            if (frame.type != UnitFrames::PositionType)
                return;
            if (auto report = UnitFrames::decodePosition(frame))
                m_units.report(report.value());
        });
    }
    if (!options.avlListen.isEmpty()) {
        m_avl = std::make_unique<OsmAndReceiver>(m_units, m_clock);
        if (auto r = m_avl->listen(options.avlListen); !r)
            return r;
        // ... and positions from this desk's own feeds go to the other desks.
        connect(m_avl.get(), &OsmAndReceiver::received, this, &Node::shareUnitPosition);
    }
    if (options.traccar) {
        m_traccar = std::make_unique<TraccarPoller>(m_units, m_clock, *options.traccar);
        connect(m_traccar.get(), &TraccarPoller::received, this, &Node::shareUnitPosition);
        m_traccar->start();
    }
    return {};
}

// What the control socket's commands act on: the parts, not the node.
ControlContext Node::controlContext()
{
    return ControlContext{m_dataDir,
                          *m_log,
                          m_clock,
                          m_settableClock,
                          m_timeZone,
                          [this] { return restoredFromRowId(); },
                          m_incidents,
                          m_calls,
                          m_handoffs,
                          m_unitStatus,
                          m_operators,
                          m_journal,
                          m_shifts,
                          m_categories,
                          m_gazetteer,
                          m_agencies,
                          m_unitRoster,
                          m_units,
                          m_commands,
                          m_handoffCommands,
                          m_unitCommands,
                          m_operatorCommands,
                          *m_session,
                          *m_lead,
                          *m_alerts,
                          *m_aml,
                          *m_recordings,
                          [this] { return sync(); },
                          [this] { return avlReceiver(); },
                          [this] { return traccarPoller(); }};
}

void Node::shareUnitPosition(const UnitReport &report)
{
    if (m_sync)
        m_sync->broadcast(UnitFrames::encodePosition(report));
}

// The room's unit roster, like its agency directory: a broken file stops the start, a broken
// unit in it is left out and said (UnitRoster).
Result<void> Node::openUnits()
{
    const QString unitsFile = QDir(m_dataDir).absoluteFilePath(QStringLiteral("units.json"));
    if (QFileInfo::exists(unitsFile)) {
        auto roster = UnitRoster::load(unitsFile, m_agencies);
        if (!roster)
            return roster.error();
        m_unitRoster = std::move(roster).value();
        for (const QString &problem : m_unitRoster.problems())
            qCWarning(lcNode).noquote() << problem;
    } else {
        m_unitRoster = UnitRoster::bundled(m_agencies);
    }
    m_unitOverlay = std::make_unique<UnitOverlay>(m_units, m_unitRoster, m_unitStatus);
    return {};
}

// The EIDO channel: this desk's handoffs to eido agencies go out over HTTPS (retried until
// delivered), and agencies' status updates come in on --eido-listen with their tokens from
// DIR/eido-tokens. A node that listens without a readable tokens file does not start.
Result<void> Node::startEido(const Options &options)
{
    if (m_training)
        return {}; // nothing of a training room is sent to an agency
    m_eidoSender = std::make_unique<EidoSender>(
        EidoSender::Sources{*m_log, m_incidents, m_calls, m_handoffs, m_agencies, m_gazetteer, m_categories},
        m_session->actor(), m_timeZone);
    m_eidoSender->start();
    if (!options.eidoListen)
        return {};
    auto tokens = AgencyTokens::load(QDir(m_dataDir).absoluteFilePath(AgencyTokens::fileName()));
    if (!tokens)
        return tokens.error();
    m_eidoReceiver
        = std::make_unique<EidoStatusReceiver>(*m_log, m_handoffCommands, m_handoffs, std::move(tokens).value());
    return m_eidoReceiver->listen(*options.eidoListen);
}

Result<void> Node::foldLog()
{
    for (Projection *projection : std::initializer_list<Projection *>{&m_incidents, &m_calls, &m_handoffs,
                                                                      &m_unitStatus, &m_operators, &m_journal})
        m_fold.add(*projection);
    return m_fold.foldStore(m_log->store());
}

void Node::onAppended(const QList<Event> &events)
{
    m_fold.apply(events);
    m_aml->eventsFolded(events);
    m_alerts->eventsFolded(events);
    if (std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.kind == EventKind::RoomShiftsSet; }))
        readShifts();
    const qint64 unsnapshotted = m_log->store().lastRowId() - m_fold.snapshotRowId();
    if (!m_folded || unsnapshotted < SnapshotEvery)
        return;
    if (unsnapshotted >= MaxUnsnapshotted)
        writeSnapshotNow();
    else
        m_snapshotWhenQuiet.start(); // restarted by every append until the log is quiet
}

void Node::writeSnapshotNow()
{
    m_snapshotWhenQuiet.stop();
    if (auto r = saveSnapshot(); !r)
        qCWarning(lcNode) << r.error().message;
}

void Node::readShifts()
{
    auto settings = m_log->store().eventsOfSubject(Shifts::Subject);
    if (!settings) {
        qCWarning(lcNode) << "the room's shifts could not be read:" << settings.error().message;
        return;
    }
    m_shifts = Shifts::fromRoomEvents(settings.value());
}

Result<void> Node::saveSnapshot()
{
    return m_fold.saveSnapshot(m_log->store());
}

} // namespace Sigap
