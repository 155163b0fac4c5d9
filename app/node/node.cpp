#include "node.h"

#include "control/controlprotocol.h"
#include "control/controlserver.h"
#include "control/controlservice.h"
#include "core/clock.h"
#include "core/logging.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "handoff/eidosender.h"
#include "telephony/recordingretention.h"
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
#include <cstring>

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
    , m_recordingsDir(QDir(m_dataDir).filePath(QStringLiteral("recordings")))
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
        if (m_folded && m_log->store().lastRowId() > m_snapshotRowId)
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

Actor Node::actor() const
{
    if (const OperatorAccount *account = signedIn())
        return OperatorCommands::actorOf(*account);
    return Actor{QStringLiteral("desk-") + m_log->store().deskId(), QStringLiteral("operator")};
}

const OperatorAccount *Node::signedIn() const
{
    return m_signedIn.isEmpty() ? nullptr : m_operators.account(m_signedIn);
}

Result<void> Node::signIn(const QString &operatorId, const QString &pin)
{
    const OperatorAccount *account = m_operators.account(operatorId);
    if (!m_liaisonAgency.isEmpty() && account
        && !(account->hasRole(Role::Liaison) && account->agency == m_liaisonAgency)) {
        const Agency *agency = m_agencies.byId(m_liaisonAgency);
        return makeError(QStringLiteral("operator.not_here"),
                         tr("This is the liaison desk of %1: only its liaisons sign in here.")
                             .arg(agency ? agency->name : m_liaisonAgency));
    }
    auto attempt = m_operatorCommands.signIn(operatorId, pin);
    if (!attempt)
        return attempt.error();
    if (attempt.value().accepted && signedIn()) {
        if (auto r = signOut(); !r)
            return r;
    }
    // The newest sign-in anywhere before this one: what was given to them since is news.
    Stamp previousSignIn;
    for (const auto &[desk, stamp] : account ? account->in : std::map<QString, Stamp>{})
        previousSignIn = std::max(previousSignIn, stamp);
    if (auto appended = m_log->append({attempt.value().draft}); !appended)
        return appended.error();
    if (!attempt.value().accepted)
        return makeError(QStringLiteral("operator.wrong_pin"), attempt.value().refusal);
    m_signedIn = operatorId;
    m_alerts.clear();
    alertGivenSince(previousSignIn);
    qCInfo(lcNode) << "operator" << operatorId << "signed in";
    announcePresence();
    Q_EMIT signedInChanged();
    return {};
}

Result<void> Node::signOut()
{
    if (m_signedIn.isEmpty())
        return {};
    auto draft = m_operatorCommands.signOut(m_signedIn);
    if (!draft)
        return draft.error();
    if (auto appended = m_log->append({draft.value()}); !appended)
        return appended.error();
    qCInfo(lcNode) << "operator" << m_signedIn << "signed out";
    m_signedIn.clear();
    m_alerts.clear();
    announcePresence();
    Q_EMIT signedInChanged();
    return {};
}

// Someone signing in is available until the call panel says otherwise; someone signing out
// leaves the desk signed_out. The other desks hear it now, not at the next state change.
void Node::announcePresence()
{
    if (!m_sync)
        return;
    const QString state = m_sync->ownPresence().state;
    const bool keep = signedIn() && !state.isEmpty() && state != QLatin1String("signed_out");
    m_sync->setPresence(actor().id,
                        signedIn() ? (keep ? state : QStringLiteral("available")) : QStringLiteral("signed_out"));
}

Result<Event> Node::appendOne(const Result<EventDraft> &draft)
{
    if (!draft)
        return draft.error();
    auto appended = m_log->append({draft.value()});
    if (!appended)
        return appended.error();
    return appended.value().constFirst();
}

Result<Event> Node::reassign(const QString &incidentId, const QString &toOperator)
{
    return appendOne(m_leadCommands.reassign(incidentId, toOperator, signedIn()));
}

Result<Event> Node::takeOver(const QString &incidentId)
{
    return appendOne(m_leadCommands.reassign(incidentId, m_signedIn, signedIn()));
}

QList<Escalation> Node::escalations() const
{
    return Escalations::due({m_incidents, m_calls, m_handoffs, m_agencies, m_journal}, m_clock.nowMs());
}

Result<Event> Node::answerEscalation(const QString &key, const QString &note)
{
    if (auto allowed = LeadCommands::require(signedIn(), Permission::AnswerEscalations); !allowed)
        return allowed.error();
    const QList<Escalation> due = escalations();
    const bool isDue = std::any_of(due.cbegin(), due.cend(), [&](const Escalation &e) { return e.key == key; });
    if (!isDue && !m_journal.answer(key))
        return makeError(QStringLiteral("lead.no_escalation"), tr("There is no escalation %1 now.").arg(key));
    return appendOne(m_leadCommands.answerEscalation(key, note, signedIn()));
}

Result<Event> Node::writeHandover(const QString &note)
{
    QStringList open;
    for (const QString &id : m_incidents.createdIds()) {
        if (IncidentStatuses::isOpen(m_incidents.incident(id)->status))
            open.append(id);
    }
    const auto [from, to] = handoverShift();
    return appendOne(m_leadCommands.writeHandover(note, open, from, to, signedIn()));
}

std::pair<qint64, qint64> Node::handoverShift() const
{
    const qint64 now = m_clock.nowMs();
    const auto current = m_shifts.containing(now, m_timeZone);
    if (now - current.first < current.second - now) // nearer the change just past
        return m_shifts.containing(current.first - 1, m_timeZone);
    return current;
}

Result<Event> Node::acceptHandover(const QString &handoverId, const QString &incomingId, const QString &pin)
{
    // Face to face: at the desk where the lead who wrote it is still signed in.
    const Handover *handover = m_journal.handover(handoverId);
    if (handover && (!signedIn() || signedIn()->id != handover->outgoing)) {
        const OperatorAccount *outgoing = m_operators.account(handover->outgoing);
        return makeError(QStringLiteral("lead.not_here"),
                         tr("The handover is countersigned at the desk where %1, who wrote it, is signed in.")
                             .arg(outgoing ? outgoing->name : handover->outgoing));
    }
    const OperatorAccount *incoming = m_operators.account(incomingId);
    if (!incoming)
        return makeError(QStringLiteral("lead.no_operator"), tr("There is no operator %1.").arg(incomingId));
    // Everything but the PIN first, so a countersignature that cannot be given costs no try.
    if (auto draft = m_leadCommands.acceptHandover(handoverId, *incoming); !draft)
        return draft.error();
    if (auto r = signIn(incomingId, pin); !r)
        return r.error();
    return appendOne(m_leadCommands.acceptHandover(handoverId, *signedIn()));
}

// A shift lead gave an incident to the operator signed in here. Only while it is still theirs
// and open: a reassignment heard late (a desk that was cut off) that a later one overrode, or
// of an incident closed since, is old news.
void Node::alertReassignments(const QList<Event> &events)
{
    if (m_signedIn.isEmpty())
        return;
    for (const Event &e : events) {
        if (e.kind != EventKind::IncidentReassigned || e.actor == m_signedIn
            || e.payload.value(QStringLiteral("to")).toString() != m_signedIn)
            continue;
        const Incident *incident = m_incidents.incident(e.subject);
        if (incident && incident->owner() == m_signedIn && IncidentStatuses::isOpen(incident->status)
            && incident->fields[size_t(FieldId::Assignee)].stamp == stampOf(e))
            alert(DeskAlert{e.subject, e.actor, Hlc::wallMs(e.hlc)});
    }
}

// At sign-in: the open incidents a shift lead gave this operator since they last signed in.
void Node::alertGivenSince(const Stamp &since)
{
    for (const QString &id : m_incidents.createdIds()) {
        const Incident *incident = m_incidents.incident(id);
        const Incident::Register &given = incident->fields[size_t(FieldId::Assignee)];
        if (!IncidentStatuses::isOpen(incident->status) || given.value.toString() != m_signedIn
            || !(since < given.stamp))
            continue;
        QString by;
        if (auto timeline = m_log->store().incidentTimeline(id)) {
            for (const Event &e : timeline.value())
                if (stampOf(e) == given.stamp)
                    by = e.actor;
        }
        if (by != m_signedIn)
            alert(DeskAlert{id, by, Hlc::wallMs(given.stamp.hlc)});
    }
}

void Node::alert(const DeskAlert &alert)
{
    m_alerts.append(alert);
    while (m_alerts.size() > KeptAlerts)
        m_alerts.removeFirst();
    qCInfo(lcNode) << "incident" << alert.incident << "given to" << m_signedIn << "by" << alert.by;
    Q_EMIT alerted(alert);
}

// An operator made inactive (at any desk) while signed in here is signed out at once.
void Node::signOutIfNoLongerAllowed(const QString &operatorId)
{
    if (operatorId != m_signedIn || (signedIn() && signedIn()->active))
        return;
    if (auto r = signOut(); !r)
        qCWarning(lcNode) << "operator" << operatorId << "could not be signed out:" << r.error().message;
}

// A desk starts with no one signed in. Whoever the log still has signed in here (the desk
// stopped or crashed without signing them out) is signed out, so the other desks do not
// show a sign-in that is over.
Result<void> Node::signOutLeftovers()
{
    const QString desk = m_log->store().deskId();
    QList<EventDraft> drafts;
    for (const OperatorAccount *account : m_operators.all()) {
        if (!account->signedInAt().contains(desk))
            continue;
        auto draft = m_operatorCommands.signOut(account->id);
        if (draft)
            drafts.append(draft.value());
    }
    if (drafts.isEmpty())
        return {};
    auto appended = m_log->append(drafts);
    return appended ? Result<void>() : Result<void>(appended.error());
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
    if (auto r = signOutLeftovers(); !r)
        return r;
    // Queued: the sign-out it may write is not written from inside the fold of another event.
    connect(&m_operators, &OperatorDirectory::changed, this, &Node::signOutIfNoLongerAllowed, Qt::QueuedConnection);
    // This desk's expired call recordings go now and every hour after (RecordingRetention).
    m_retentionSweep.setInterval(RetentionSweepMs);
    auto sweep = [this] {
        if (auto r = sweepRecordings(); !r)
            qCWarning(lcNode) << "retention: the removals could not be recorded:" << r.error().message;
    };
    connect(&m_retentionSweep, &QTimer::timeout, this, sweep);
    m_retentionSweep.start();
    QMetaObject::invokeMethod(this, sweep, Qt::QueuedConnection);

    if (options.control) {
        m_controlService = std::make_unique<ControlService>(*this);
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
        EidoSender::Sources{*m_log, m_incidents, m_calls, m_handoffs, m_agencies, m_gazetteer, m_categories}, actor(),
        m_timeZone);
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

namespace {

// The node's snapshot holds each projection's own snapshot: "SGND", then length-prefixed
// blobs (incidents, calls, handoffs, unit statuses, operators, the lead's journal).
constexpr quint32 NodeSnapshotMagic = 0x53474e44;

QByteArray packSnapshot(const QList<QByteArray> &blobs)
{
    QByteArray out;
    auto put32 = [&out](quint32 v) { out.append(reinterpret_cast<const char *>(&v), sizeof v); };
    put32(NodeSnapshotMagic);
    for (const QByteArray &blob : blobs) {
        put32(quint32(blob.size()));
        out.append(blob);
    }
    return out;
}

bool unpackSnapshot(const QByteArray &data, QList<QByteArray> &blobs, int count)
{
    qsizetype at = 0;
    auto get32 = [&](quint32 &v) {
        if (data.size() - at < qsizetype(sizeof v))
            return false;
        memcpy(&v, data.constData() + at, sizeof v);
        at += sizeof v;
        return true;
    };
    quint32 magic = 0;
    if (!get32(magic) || magic != NodeSnapshotMagic)
        return false;
    for (int i = 0; i < count; ++i) {
        quint32 size = 0;
        if (!get32(size) || data.size() - at < qsizetype(size))
            return false;
        blobs.append(data.mid(at, size));
        at += size;
    }
    return at == data.size();
}

} // namespace

Result<void> Node::foldLog()
{
    const EventStore &store = m_log->store();
    if (auto snapshot = store.latestSnapshot(SnapshotFormat)) {
        QList<QByteArray> blobs;
        if (unpackSnapshot(snapshot->data, blobs, 6) && m_incidents.restoreSnapshot(blobs[0]).ok()
            && m_calls.restoreSnapshot(blobs[1]).ok() && m_handoffs.restoreSnapshot(blobs[2]).ok()
            && m_unitStatus.restoreSnapshot(blobs[3]).ok() && m_operators.restoreSnapshot(blobs[4]).ok()
            && m_journal.restoreSnapshot(blobs[5]).ok()) {
            m_snapshotRowId = snapshot->uptoRowId;
            m_restoredFromRowId = snapshot->uptoRowId;
        } else {
            qCWarning(lcNode) << "ignoring an unreadable snapshot; folding the whole log";
            m_incidents.clear();
            m_calls.clear();
            m_handoffs.clear();
            m_unitStatus.clear();
            m_operators.clear();
            m_journal.clear();
        }
    }
    return store.forEach(m_snapshotRowId, [this](const Event &e) {
        m_incidents.apply(e);
        m_calls.apply(e);
        m_handoffs.apply(e);
        m_unitStatus.apply(e);
        m_operators.apply(e);
        m_journal.apply(e);
    });
}

void Node::onAppended(const QList<Event> &events)
{
    m_incidents.apply(events);
    m_calls.apply(events);
    m_handoffs.apply(events);
    m_unitStatus.apply(events);
    m_operators.apply(events);
    m_journal.apply(events);
    matchWaitingAml(events);
    alertReassignments(events);
    if (std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.kind == EventKind::RoomShiftsSet; }))
        readShifts();
    const qint64 unsnapshotted = m_log->store().lastRowId() - m_snapshotRowId;
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

Result<int> Node::readRetentionDays() const
{
    auto settings = m_log->store().eventsOfSubject(RecordingRetention::Subject);
    if (!settings)
        return settings.error();
    return RecordingRetention::recordingsDays(settings.value());
}

int Node::recordingsRetentionDays() const
{
    auto days = readRetentionDays();
    return days ? days.value() : 0;
}

Result<int> Node::sweepRecordings()
{
    auto read = readRetentionDays();
    if (!read)
        return read.error();
    const int days = read.value();
    const RecordingRetention::Sweep sweep = RecordingRetention::sweep(
        m_calls, {m_log->store().deskId(), actor(), m_recordingsDir}, days, m_clock.nowMs());
    for (const QString &problem : sweep.problems)
        qCWarning(lcNode) << "retention:" << problem;
    if (sweep.removals.isEmpty())
        return 0;
    if (auto appended = m_log->append(sweep.removals); !appended)
        return appended.error();
    qCInfo(lcNode) << "retention: removed" << sweep.removals.size() << "recordings older than" << days << "days";
    return int(sweep.removals.size());
}

Result<Event> Node::receiveAml(const QString &number, const QString &text, qint64 receivedMs)
{
    auto received = m_aml.receive(number, text, receivedMs);
    if (!received)
        return received.error();
    auto appended = m_log->append({received.value().draft});
    if (!appended)
        return appended.error();
    if (received.value().callId.isEmpty())
        m_amlWaiting.add(received.value(), receivedMs);
    return appended.value().first();
}

// Calls offered after an AML message that found none: record the message for its call.
// Queued, so every projection and view has seen the offer before the location comes.
void Node::matchWaitingAml(const QList<Event> &events)
{
    if (m_amlWaiting.size() == 0)
        return;
    QList<EventDraft> drafts;
    for (const Event &e : events) {
        const Call *call = e.kind == EventKind::CallOffered ? m_calls.call(e.subject) : nullptr;
        if (call && call->offeredStamp == stampOf(e))
            drafts += m_amlWaiting.takeFor(call->id, call->number, call->offeredMs(), m_clock.nowMs());
    }
    if (drafts.isEmpty())
        return;
    QMetaObject::invokeMethod(
        this,
        [this, drafts] {
            if (auto r = m_log->append(drafts); !r)
                qCWarning(lcNode) << "waiting AML location not recorded:" << r.error().message;
        },
        Qt::QueuedConnection);
}

Result<void> Node::saveSnapshot()
{
    const qint64 upto = m_log->store().lastRowId();
    auto r = m_log->store().saveSnapshot(
        upto, SnapshotFormat,
        packSnapshot({m_incidents.toSnapshot(), m_calls.toSnapshot(), m_handoffs.toSnapshot(),
                      m_unitStatus.toSnapshot(), m_operators.toSnapshot(), m_journal.toSnapshot()}));
    if (r)
        m_snapshotRowId = upto;
    return r;
}

} // namespace Sigap
