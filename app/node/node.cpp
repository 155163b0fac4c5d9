#include "node.h"

#include "sync/roomsecret.h"

#include "config/configarchive.h"
#include "core/privatedata.h"

#include "control/commandtable.h"
#include "control/controlprotocol.h"
#include "control/controlserver.h"
#include "control/controlservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "handoff/eidosender.h"
#include "node/roomadmission.h"
#include "sync/roomsecret.h"
#include "training/demoshift.h"
#include "units/osmandreceiver.h"
#include "units/unitoverlay.h"

#include <QDir>
#include <QRegularExpression>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Sigap {

Node::Node(const Options &options, RoomConfiguration configuration, const Clock &clock)
    : m_dataDir(QDir(options.dataDir).absolutePath())
    , m_clock(clock)
    , m_settableClock(options.settableClock)
    , m_training(options.training)
    , m_lock(QDir(m_dataDir).absoluteFilePath(QStringLiteral("sigap.lock")))
    , m_config(std::move(configuration))
    , m_commands(m_config.categories, m_config.gazetteer)
    , m_handoffCommands(m_config.agencies, m_incidents)
    , m_operatorCommands(m_operators, m_config.agencies, clock)
    , m_authority(m_operators,
                  [this](const QString &origin, qint64 seq) -> std::optional<Event> {
                      auto read = m_log->store().eventsOfOrigin(origin, seq - 1, 1);
                      if (!read || read.value().isEmpty() || read.value().first().seq != seq)
                          return std::nullopt;
                      return read.value().first();
                  })
    , m_unitCommands(m_config.units, m_config.agencies, m_incidents, m_handoffs, m_unitStatus)
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
    delete m_unitFeeds;
    m_unitFeeds = nullptr;
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
    auto configuration = options.configDir.isEmpty() ? RoomConfiguration::forDataFolder(options.dataDir)
                                                     : RoomConfiguration::load(options.configDir);
    if (!configuration)
        return configuration.error();
    for (const QString &warning : configuration.value().warnings)
        qCWarning(lcNode).noquote() << warning;
    std::unique_ptr<Node> node(new Node(options, std::move(configuration).value(), clock));
    if (auto r = node->open(options); !r)
        return r.error();
    if (auto r = node->startEido(options); !r)
        return r.error();
    return node;
}

Result<void> Node::open(const Options &options)
{
    if (auto r
        = PrivateData::makePrivateFolder(m_dataDir, {AgencyTokens::fileName(), OsmAndReceiver::secretsFileName()});
        !r)
        return r.error();
    if (!m_lock.tryLock(0))
        return makeError(QStringLiteral("node.locked"),
                         tr("%1: another Sigap desk or node is already using this data folder").arg(m_dataDir));

    if (auto r = openUnits(); !r)
        return r;

    auto admission
        = RoomAdmission::decide({options.room, options.training, options.sync, options.settableClock != nullptr,
                                 options.eidoListen || !options.avlListen.isEmpty() || options.traccar});
    if (!admission)
        return admission.error();
    QString room = admission.value().room;
    const bool trainingRoom = admission.value().training;
    m_training = trainingRoom;
    const bool newStore = !QFileInfo::exists(storePath());
    if (auto r = RoomAdmission::checkMarker(m_dataDir, trainingRoom, newStore); !r)
        return r;
    if (options.demo && newStore) {
        if (room.isEmpty())
            room = QStringLiteral("demo");
        qCInfo(lcNode) << "filling a new demo store in" << m_dataDir;
        // The demo's people (with a PIN everyone knows) never join a live room's LAN.
        const auto people = !options.sync || trainingRoom ? DemoShift::People::Included : DemoShift::People::Left;
        if (auto r = DemoShift::fill(storePath(), room, m_config.categories, m_config.gazetteer, m_config.agencies,
                                     m_clock, people);
            !r)
            return r;
    }

    // PINs set at a desk with the room key are peppered with it (PinHash).
    if (options.sync) {
        auto secret = RoomSecret::load(options.sync->roomKeyFile);
        if (!secret)
            return secret.error();
        m_operatorCommands.setPinPepper(secret.value().pinPepper());
    }

    auto store = EventStore::open(storePath(), room, m_clock);
    if (!store)
        return store.error();
    m_log = new EventLog(std::move(store).value(), this);
    if (auto r = foldLog(); !r)
        return r;
    m_folded = true; // only a whole fold may be written as a snapshot
    readShifts();
    applyPublishedConfiguration();
    connect(m_log, &EventLog::appended, this, &Node::onAppended);
    m_session = new DeskSession(*m_log, m_operators, m_operatorCommands, m_config.agencies, this);
    m_alerts = new DeskAlerts(*m_log, m_incidents, *m_session, this);
    m_aml = new AmlIntake(*m_log, m_calls, m_clock, this);
    m_lead = std::make_unique<LeadDesk>(LeadDesk::Parts{*m_log, *m_session, m_incidents, m_calls, m_handoffs,
                                                        m_config.agencies, m_operators, m_journal, m_shifts, m_clock,
                                                        m_config.timeZone});
    connect(m_session, &DeskSession::signedInChanged, this, &Node::announcePresence);
    if (auto r = m_session->start(); !r)
        return r;
    // This desk's expired call recordings go now and every hour after (RecordingRetention).
    m_recordings = new RecordingSweeper(
        *m_log, m_calls, m_clock, [this] { return m_session->actor(); }, m_authority,
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
        m_sync->setConfiguration(m_config.shortHash());
    }
    m_unitFeeds = new UnitFeeds(m_units, m_clock, this);
    const QString avlSecrets = QDir(m_dataDir).absoluteFilePath(OsmAndReceiver::secretsFileName());
    if (auto r = m_unitFeeds->start({options.avlListen, avlSecrets, options.traccar}, m_sync.get()); !r)
        return r;
    return {};
}

// What the control socket's commands act on: the parts, not the node.
ControlContext Node::controlContext()
{
    return ControlContext{m_dataDir,
                          *m_log,
                          m_clock,
                          m_settableClock,
                          m_config.timeZone,
                          [this] { return restoredFromRowId(); },
                          m_incidents,
                          m_calls,
                          m_handoffs,
                          m_unitStatus,
                          m_operators,
                          m_journal,
                          m_authority,
                          m_shifts,
                          m_config.categories,
                          m_config.gazetteer,
                          m_config.agencies,
                          m_config.units,
                          m_config,
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

// The units of the configuration on the map and in the feeds.
Result<void> Node::openUnits()
{
    m_unitOverlay = std::make_unique<UnitOverlay>(m_units, m_config.units, m_unitStatus);
    // The map and the feeds know the roster's units only (see UnitBoard).
    m_units.setAdmission([this](const QString &id) { return m_config.units.byId(id) != nullptr; });
    return {};
}

// The EIDO channel: this desk's handoffs to eido agencies go out over HTTPS (retried until
// delivered), and agencies' status updates come in on --eido-listen with their tokens from
// DIR/eido-tokens. A node that listens without a readable tokens file does not start.
Result<void> Node::startEido(const Options &options)
{
    if (m_training)
        return {}; // nothing of a training room is sent to an agency
    m_eidoSender
        = std::make_unique<EidoSender>(EidoSender::Sources{*m_log, m_incidents, m_calls, m_handoffs, m_config.agencies,
                                                           m_config.gazetteer, m_config.categories, m_config},
                                       m_session->actor(), m_config.timeZone);
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
    for (Projection *projection : std::initializer_list<Projection *>{
             &m_incidents, &m_calls, &m_handoffs, &m_unitStatus, &m_operators, &m_journal, &m_authority})
        m_fold.add(*projection);
    m_fold.setGate(&m_authority);
    if (auto folded = m_fold.foldStore(m_log->store()); !folded)
        return folded;
    return m_fold.foldAgainWanted() ? m_fold.foldAgain(m_log->store()) : Result<void>{};
}

void Node::onAppended(const QList<Event> &events)
{
    const quint64 authorityBefore = m_operators.authorityVersion();
    const QList<Event> releasedLate = m_fold.apply(events);
    if (m_fold.foldAgainWanted()) {
        if (auto folded = m_fold.foldAgain(m_log->store()); !folded)
            qCWarning(lcNode) << "the log could not be folded again:" << folded.error().message;
    }
    m_aml->eventsFolded(events);
    // A reassignment refused for want of authority alerts nobody; one released late alerts now.
    m_alerts->eventsFolded(releasedLate + m_authority.tookEffectOnly(events));
    const bool authorityChanged = m_operators.authorityVersion() != authorityBefore;
    const auto anyOf = [&events](const QString &kind) {
        return std::any_of(events.cbegin(), events.cend(), [&kind](const Event &e) { return e.kind == kind; });
    };
    if (authorityChanged || anyOf(EventKind::RoomShiftsSet))
        readShifts();
    if (authorityChanged || anyOf(EventKind::RoomConfigPublished))
        applyPublishedConfiguration();
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
    m_shifts = Shifts::fromRoomEvents(m_authority.tookEffectOnly(settings.value()));
}

// The newest configuration published to the room that took effect (its author could manage
// the room) replaces the one in force, whole: it is unpacked into DIR/room-config/HASH/,
// checked as any folder is, and only then put in place. One that does not check here leaves
// everything as it was and is said (config show, the log).
void Node::applyPublishedConfiguration()
{
    auto read = m_log->store().eventsOfSubject(RoomConfiguration::Subject);
    if (!read) {
        qCWarning(lcNode) << "the room's configuration could not be read:" << read.error().message;
        return;
    }
    const QList<Event> tookEffect = m_authority.tookEffectOnly(read.value());
    const Event *newest = newestOfKind(tookEffect, EventKind::RoomConfigPublished);
    if (!newest)
        return;
    const QString hash = newest->payload.value(QStringLiteral("hash")).toString();
    if (hash == m_config.hash && m_config.publishedAtMs == Hlc::wallMs(newest->hlc))
        return; // in force already
    auto loaded = unpackPublished(*newest);
    if (!loaded) {
        m_configProblem = tr("the room's configuration %1, published by %2, is not in force here: %3")
                              .arg(hash.left(12), newest->actor, loaded.error().message);
        qCWarning(lcNode).noquote() << m_configProblem;
        return;
    }
    m_config = std::move(loaded).value();
    m_config.publishedBy = newest->actor;
    m_config.publishedAtMs = Hlc::wallMs(newest->hlc);
    m_configProblem.clear();
    if (m_sync)
        m_sync->setConfiguration(m_config.shortHash());
    qCInfo(lcNode).noquote() << "the room's configuration" << m_config.shortHash() << "published by"
                             << m_config.publishedBy << "is in force";
    Q_EMIT configurationChanged();
}

Result<RoomConfiguration> Node::unpackPublished(const Event &published) const
{
    const QString hash = published.payload.value(QStringLiteral("hash")).toString();
    static const QRegularExpression hexHash(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexHash.match(hash).hasMatch())
        return makeError(QStringLiteral("config.hash"), tr("the event names no configuration hash"));
    const QString folder = QDir(m_dataDir).filePath(QStringLiteral("room-config/") + hash);
    // Unpacked before (at an earlier start) and untouched since: use it as it is.
    if (auto earlier = RoomConfiguration::load(folder); earlier && earlier.value().hash == hash)
        return earlier;
    QDir(folder).removeRecursively();
    auto files = ConfigArchive::unpack(published.payload.value(QStringLiteral("archive")).toByteArray());
    if (!files)
        return files.error();
    // Written beside, then renamed: a folder named by its hash is always whole.
    const QString partial = folder + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (auto written = ConfigArchive::write(files.value(), partial); !written)
        return written.error();
    if (!QDir().rename(partial, folder))
        return makeError(QStringLiteral("config.write"), tr("%1: cannot put the configuration in place").arg(folder));
    auto loaded = RoomConfiguration::load(folder);
    if (!loaded)
        return loaded.error();
    if (loaded.value().hash != hash)
        return makeError(QStringLiteral("config.hash"), tr("its files hash to %1, not to the %2 it was published as")
                                                            .arg(loaded.value().shortHash(), hash.left(12)));
    return loaded;
}

Result<void> Node::saveSnapshot()
{
    return m_fold.saveSnapshot(m_log->store());
}

} // namespace Sigap
