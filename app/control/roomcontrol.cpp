// The room and the desk as a whole: status, peers, the state hash, verify, export and import,
// the clock, the room's key, the KPIs and the room's shifts.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/desksession.h"
#include "core/clock.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"
#include "reports/answertimes.h"
#include "reports/responsetimes.h"
#include "reports/shifts.h"
#include "store/desksigningkey.h"
#include "store/eventlog.h"
#include "store/logfile.h"
#include "sync/roomsecret.h"
#include "sync/roomsync.h"
#include "sync/syncmessages.h"
#include "units/osmandreceiver.h"
#include "units/traccarpoller.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Sigap {

namespace {

using namespace ControlReplies;

QJsonObject statusOf(const ControlContext &desk)
{
    const EventStore &store = desk.log.store();
    const OsmAndReceiver *avl = desk.avl();
    const TraccarPoller *traccar = desk.traccar();
    const RoomSync *sync = desk.sync();
    return QJsonObject{{QStringLiteral("avl_listen"), avl ? avl->listenAddress() : QString()},
                       {QStringLiteral("avl_refused"), avl ? avl->refusedUnknown() : 0},
                       {QStringLiteral("avl_refused_secret"), avl ? avl->refusedSecret() : 0},
                       {QStringLiteral("traccar"), traccar != nullptr},
                       {QStringLiteral("traccar_error"), traccar ? traccar->lastError() : QString()},
                       {QStringLiteral("sync_listen"), sync ? sync->listenAddress() : QString()},
                       {QStringLiteral("sync_connected"), sync ? sync->connectedCount() : 0},
                       {QStringLiteral("sync_announcements_refused"), sync ? sync->refusedAnnouncements() : 0},
                       {QStringLiteral("version"), QStringLiteral(SIGAP_VERSION)},
                       {QStringLiteral("room"), store.room()},
                       {QStringLiteral("desk"), store.deskId()},
                       {QStringLiteral("data_dir"), desk.dataDir},
                       {QStringLiteral("events"), store.lastRowId()},
                       {QStringLiteral("incidents"), desk.incidents.createdCount()},
                       {QStringLiteral("open_incidents"), desk.incidents.openCount()},
                       {QStringLiteral("commits"), desk.log.commits()},
                       {QStringLiteral("snapshot_restored_upto"), desk.restoredFromRowId()},
                       {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
}

void printStatus(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QJsonObject o = result.toObject();
    out << Texts::tr("room %1, desk %2, %3 events, %4 incidents (%5 open), data %6")
               .arg(o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("desk")).toString())
               .arg(o.value(QStringLiteral("events")).toInteger())
               .arg(o.value(QStringLiteral("incidents")).toInteger())
               .arg(o.value(QStringLiteral("open_incidents")).toInteger())
               .arg(o.value(QStringLiteral("data_dir")).toString())
        << Qt::endl;
}

// What verify found beyond sound chains, one line per finding.
QString verifyFindings(const EventStore::VerifyReport &report)
{
    QStringList lines;
    if (!report.forged.isEmpty())
        lines << ServiceTexts::tr("forged: the signature of %1 does not verify with its desk's key")
                     .arg(report.forged.join(QStringLiteral(", ")));
    for (auto it = report.unsignedFrom.cbegin(); it != report.unsignedFrom.cend(); ++it)
        lines << ServiceTexts::tr("unsigned: events of desk %1 from %2 on carry no good signature")
                     .arg(it.key())
                     .arg(it.value());
    for (const EventStore::Trouble &t : report.troubles) {
        const QString range = ServiceTexts::tr("%1-%2 to %1-%3").arg(t.origin).arg(t.firstSeq).arg(t.lastSeq);
        if (t.kind == EventStore::TroubleKind::Forked)
            lines << ServiceTexts::tr("forked: desk %1 signed two histories (%2); it is quarantined")
                         .arg(t.origin, t.detail);
        else if (t.kind == EventStore::TroubleKind::OtherKey)
            lines << ServiceTexts::tr("refused: %1, signed with another key than desk %2 registered (%3), %4 times")
                         .arg(range, t.origin, t.detail)
                         .arg(t.times);
        else
            lines
                << ServiceTexts::tr("refused: %1, forged signatures (%2), %3 times").arg(range, t.detail).arg(t.times);
    }
    return ServiceTexts::tr("%1 events checked, hash chains intact, but:").arg(report.checked) + QLatin1Char('\n')
           + lines.join(QLatin1Char('\n'));
}

// Every desk whose key this store knows, with its fingerprint (compared by eye between desks,
// as ssh host keys are) and what was refused of its events.
QJsonArray deskKeysOf(const EventStore &store)
{
    QHash<QString, QStringList> troubleOf;
    for (const EventStore::Trouble &t : store.troubles())
        troubleOf[t.origin] << QStringLiteral("%1 %2-%3 (%4×): %5")
                                   .arg(t.kind)
                                   .arg(t.firstSeq)
                                   .arg(t.lastSeq)
                                   .arg(t.times)
                                   .arg(t.detail);
    QStringList desks = store.deskKeys().keys();
    desks.sort();
    QJsonArray keys;
    for (const QString &origin : std::as_const(desks))
        keys.append(QJsonObject{{QStringLiteral("desk"), origin},
                                {QStringLiteral("fingerprint"), DeskSigningKey::fingerprint(store.publicKeyOf(origin))},
                                {QStringLiteral("quarantined"), store.isQuarantined(origin)},
                                {QStringLiteral("trouble"), troubleOf.value(origin).join(QStringLiteral("; "))}});
    return keys;
}

// The room sync's peers, problems and this desk's place in it.
QJsonObject peersOf(const ControlContext &desk)
{
    const RoomSync *sync = desk.sync();
    QJsonObject o{{QStringLiteral("room"), desk.log.store().room()},
                  {QStringLiteral("desk"), desk.log.store().deskId()},
                  {QStringLiteral("sync"), sync != nullptr}};
    if (!sync)
        return o;
    o.insert(QStringLiteral("listen"), sync->listenAddress());
    o.insert(QStringLiteral("training"), sync->training());
    o.insert(QStringLiteral("digest"), SyncMessages::digest(desk.log.store().versionVector()));
    QJsonArray peers;
    for (const RoomSync::PeerRow &row : sync->peers()) {
        QJsonObject p{
            {QStringLiteral("desk"), row.desk},
            {QStringLiteral("address"), row.address},
            {QStringLiteral("state"), RoomSync::stateName(row.state)},
            {QStringLiteral("last_contact_ms"), row.lastContactMs},
            {QStringLiteral("last_contact_local"), row.lastContactMs ? desk.localTime(row.lastContactMs) : QString()},
            {QStringLiteral("last_error"), row.lastError},
            {QStringLiteral("presence"), row.presence.state},
            {QStringLiteral("operator"), row.presence.operatorId}};
        if (row.state == RoomSync::PeerState::Connected) {
            p.insert(QStringLiteral("lag_events"), row.figures.lagEvents);
            p.insert(QStringLiteral("lag_ms"), row.figures.lagMs);
            p.insert(QStringLiteral("behind_events"), row.figures.behindEvents);
            p.insert(QStringLiteral("rtt_ms"), row.figures.rttMs);
            p.insert(QStringLiteral("sent_events"), row.figures.sentEvents);
            p.insert(QStringLiteral("received_events"), row.figures.receivedEvents);
        }
        peers.append(p);
    }
    o.insert(QStringLiteral("peers"), peers);
    QJsonArray problems;
    for (const RoomSync::Problem &problem : sync->problems())
        problems.append(QJsonObject{{QStringLiteral("time_ms"), problem.atMs},
                                    {QStringLiteral("time_local"), desk.localTime(problem.atMs)},
                                    {QStringLiteral("text"), problem.text},
                                    {QStringLiteral("count"), problem.count}});
    o.insert(QStringLiteral("problems"), problems);
    o.insert(QStringLiteral("keys"), deskKeysOf(desk.log.store()));
    return o;
}

void printPeers(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QJsonObject o = result.toObject();
    if (!o.value(QStringLiteral("sync")).toBool()) {
        out << Texts::tr("room %1, desk %2: LAN sync is off (no --room-key)")
                   .arg(o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("desk")).toString())
            << Qt::endl;
        return;
    }
    out << Texts::tr("room %1, desk %2, listening on %3")
               .arg(o.value(QStringLiteral("room")).toString(), o.value(QStringLiteral("desk")).toString(),
                    o.value(QStringLiteral("listen")).toString())
        << Qt::endl;
    const QJsonArray peers = o.value(QStringLiteral("peers")).toArray();
    if (peers.isEmpty())
        out << Texts::tr("no peers yet") << Qt::endl;
    for (const QJsonValue &v : peers) {
        const QJsonObject p = v.toObject();
        const QString state = p.value(QStringLiteral("state")).toString();
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(p.value(QStringLiteral("desk")).toString(), -14)
                           .arg(p.value(QStringLiteral("address")).toString(), -21)
                           .arg(state, -13);
        if (state == QLatin1String("connected"))
            line += Texts::tr("lag %1 events / %2 ms, behind %3, rtt %4 ms")
                        .arg(p.value(QStringLiteral("lag_events")).toInteger())
                        .arg(p.value(QStringLiteral("lag_ms")).toInteger())
                        .arg(p.value(QStringLiteral("behind_events")).toInteger())
                        .arg(p.value(QStringLiteral("rtt_ms")).toInteger());
        else
            line += Texts::tr("last contact %1; %2")
                        .arg(p.value(QStringLiteral("last_contact_local")).toString().isEmpty()
                                 ? Texts::tr("never")
                                 : p.value(QStringLiteral("last_contact_local")).toString(),
                             p.value(QStringLiteral("last_error")).toString());
        out << line << Qt::endl;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        out << Texts::tr("desk %1 key %2%3")
                   .arg(k.value(QStringLiteral("desk")).toString(), -14)
                   .arg(k.value(QStringLiteral("fingerprint")).toString())
                   .arg(k.value(QStringLiteral("quarantined")).toBool() ? Texts::tr("  QUARANTINED (fork)") : QString())
            << Qt::endl;
        if (!k.value(QStringLiteral("trouble")).toString().isEmpty())
            out << Texts::tr("  refused: %1").arg(k.value(QStringLiteral("trouble")).toString()) << Qt::endl;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray())
        out << Texts::tr("problem %1 (%2×): %3")
                   .arg(v.toObject().value(QStringLiteral("time_local")).toString())
                   .arg(v.toObject().value(QStringLiteral("count")).toInt())
                   .arg(v.toObject().value(QStringLiteral("text")).toString())
            << Qt::endl;
}

// Response times per agency and category, and answer times, over [fromMs, toMs).
QJsonObject kpiOf(const ControlContext &desk, qint64 fromMs, qint64 toMs)
{
    auto step = [](const ResponseKpi::Step &s) {
        return QJsonObject{{QStringLiteral("count"), s.count},
                           {QStringLiteral("p50_ms"), s.p50Ms},
                           {QStringLiteral("p90_ms"), s.p90Ms}};
    };
    QJsonArray list;
    for (const ResponseKpi &k :
         ResponseTimes::compute(desk.handoffs, desk.incidents, desk.calls, desk.agencies, fromMs, toMs)) {
        const Agency *agency = desk.agencies.byId(k.agency);
        list.append(
            QJsonObject{{QStringLiteral("agency"), k.agency},
                        {QStringLiteral("agency_name"), agency ? agency->name : QString()},
                        {QStringLiteral("category"), k.category},
                        {QStringLiteral("handoffs"), k.handoffs},
                        {QStringLiteral("target_min"), k.targetMin},
                        {QStringLiteral("reached_scene"), k.reachedScene},
                        {QStringLiteral("within_target"), k.withinTarget},
                        {QStringLiteral("share_within_target"), k.shareWithinTarget()},
                        {QStringLiteral("steps"),
                         QJsonObject{{QStringLiteral("answered_to_sent"), step(k.answeredToSent)},
                                     {QStringLiteral("sent_to_acknowledged"), step(k.sentToAcknowledged)},
                                     {QStringLiteral("acknowledged_to_dispatched"), step(k.acknowledgedToDispatched)},
                                     {QStringLiteral("dispatched_to_on_scene"), step(k.dispatchedToOnScene)},
                                     {QStringLiteral("on_scene_to_finished"), step(k.onSceneToFinished)},
                                     {QStringLiteral("answered_to_on_scene"), step(k.answeredToOnScene)}}}});
    }
    const AnswerTimes answers = AnswerTimes::compute(desk.calls, fromMs, toMs);
    const QJsonObject calls{{QStringLiteral("offered"), answers.offered},
                            {QStringLiteral("answered"), answers.answered},
                            {QStringLiteral("abandoned"), answers.abandoned},
                            {QStringLiteral("ringing"), answers.ringing},
                            {QStringLiteral("answer_p50_ms"), answers.answerP50Ms},
                            {QStringLiteral("answer_p90_ms"), answers.answerP90Ms},
                            {QStringLiteral("abandoned_wait_p50_ms"), answers.abandonedWaitP50Ms},
                            {QStringLiteral("answered_within_target"), answers.answeredWithinTarget},
                            {QStringLiteral("target_ms"), AnswerTimes::TargetMs},
                            {QStringLiteral("target_percent"), AnswerTimes::TargetPercent},
                            {QStringLiteral("share_within_target"), answers.shareWithinTarget()}};
    return QJsonObject{{QStringLiteral("from_ms"), fromMs},
                       {QStringLiteral("to_ms"), toMs},
                       {QStringLiteral("from_local"), desk.localTime(fromMs)},
                       {QStringLiteral("to_local"), desk.localTime(toMs)},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("kpis"), list}};
}

void printKpis(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QJsonObject o = result.toObject();
    out << Texts::tr("response times %1 to %2 (p50 / p90 in minutes)")
               .arg(o.value(QStringLiteral("from_local")).toString(), o.value(QStringLiteral("to_local")).toString())
        << Qt::endl;
    const QJsonObject calls = o.value(QStringLiteral("calls")).toObject();
    out << Texts::tr("calls: %1 offered, %2 answered (p50 %3 s, p90 %4 s), %5 abandoned, %6 ringing; "
                     "answered within %7 s: %8 % (target %9 %)")
               .arg(calls.value(QStringLiteral("offered")).toInt())
               .arg(calls.value(QStringLiteral("answered")).toInt())
               .arg(calls.value(QStringLiteral("answer_p50_ms")).toDouble() / 1000, 0, 'f', 1)
               .arg(calls.value(QStringLiteral("answer_p90_ms")).toDouble() / 1000, 0, 'f', 1)
               .arg(calls.value(QStringLiteral("abandoned")).toInt())
               .arg(calls.value(QStringLiteral("ringing")).toInt())
               .arg(calls.value(QStringLiteral("target_ms")).toInt() / 1000)
               .arg(qRound(calls.value(QStringLiteral("share_within_target")).toDouble() * 100))
               .arg(calls.value(QStringLiteral("target_percent")).toInt())
        << Qt::endl;
    auto minutes = [](const QJsonObject &step) {
        if (step.value(QStringLiteral("count")).toInt() == 0)
            return QStringLiteral("-");
        return QStringLiteral("%1/%2")
            .arg(step.value(QStringLiteral("p50_ms")).toDouble() / 60000, 0, 'f', 1)
            .arg(step.value(QStringLiteral("p90_ms")).toDouble() / 60000, 0, 'f', 1);
    };
    for (const QJsonValue &v : o.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject k = v.toObject();
        const QJsonObject steps = k.value(QStringLiteral("steps")).toObject();
        out << Texts::tr("%1  %2  %3 handoffs  sent %4  ack %5  dispatched %6  on scene %7  "
                         "answered to on scene %8  within %9 min: %10 %")
                   .arg(k.value(QStringLiteral("agency")).toString(), -14)
                   .arg(k.value(QStringLiteral("category")).toString(), -16)
                   .arg(k.value(QStringLiteral("handoffs")).toInt())
                   .arg(minutes(steps.value(QStringLiteral("answered_to_sent")).toObject()),
                        minutes(steps.value(QStringLiteral("sent_to_acknowledged")).toObject()),
                        minutes(steps.value(QStringLiteral("acknowledged_to_dispatched")).toObject()),
                        minutes(steps.value(QStringLiteral("dispatched_to_on_scene")).toObject()),
                        minutes(steps.value(QStringLiteral("answered_to_on_scene")).toObject()))
                   .arg(k.value(QStringLiteral("target_min")).toInt())
                   .arg(qRound(k.value(QStringLiteral("share_within_target")).toDouble() * 100))
            << Qt::endl;
    }
}

void exportLog(ControlContext &desk, const ControlRequest &request)
{
    const QString file = request.args.value(QStringLiteral("file")).toString();
    if (file.isEmpty())
        return request.fail(makeError(QStringLiteral("export.file"), ServiceTexts::tr("export: no file given")));
    // Writing into the data folder could replace the live store, its WAL or the lock.
    if (QFileInfo(file).absoluteDir() == QDir(desk.dataDir))
        return request.fail(
            makeError(QStringLiteral("export.file"),
                      ServiceTexts::tr("%1: choose a file outside the data folder %2").arg(file, desk.dataDir)));
    desk.log.flush();
    auto written = LogFile::write(file, desk.log.store());
    if (!written)
        return request.fail(written.error());
    request.ok(QJsonObject{{QStringLiteral("events"), written.value()}});
}

void importLog(ControlContext &desk, const ControlRequest &request)
{
    const QString file = request.args.value(QStringLiteral("file")).toString();
    if (file.isEmpty())
        return request.fail(makeError(QStringLiteral("import.file"), ServiceTexts::tr("import: no file given")));
    auto contents = LogFile::read(file);
    if (!contents)
        return request.fail(contents.error());
    const QString room = desk.log.store().room();
    if (contents.value().room != room)
        return request.fail(makeError(QStringLiteral("import.room"),
                                      ServiceTexts::tr("%1: the file is of room \"%2\", this desk is in room \"%3\"")
                                          .arg(file, contents.value().room, room)));
    desk.log.flush();
    auto summary = desk.log.importEvents(contents.value().events);
    if (!summary)
        return request.fail(
            makeError(summary.error().code, ServiceTexts::tr("%1: %2").arg(file, summary.error().message)));
    request.ok(QJsonObject{{QStringLiteral("added"), summary.value().added.size()},
                           {QStringLiteral("already_present"), summary.value().alreadyPresent}});
}

// clock.set {ms}: only a node started on a settable clock (sigap-node --clock-at).
void setClock(ControlContext &desk, const ControlRequest &request)
{
    ManualClock *clock = desk.settableClock;
    if (!clock)
        return request.fail(makeError(
            QStringLiteral("clock.fixed"),
            ServiceTexts::tr("this desk runs on the real clock; only a node started with --clock-at can be set")));
    const qint64 ms = request.args.value(QStringLiteral("ms")).toInteger(-1);
    if (ms < clock->nowMs())
        return request.fail(
            makeError(QStringLiteral("clock.backwards"), ServiceTexts::tr("the clock only moves forward")));
    clock->setNowMs(ms);
    request.ok(QJsonObject{{QStringLiteral("now_ms"), ms}});
}

// Sets the room's shifts when starts ("07:00,15:00,23:00") is given; says them.
void shifts(ControlContext &desk, const ControlRequest &request)
{
    const QString starts = request.args.value(QStringLiteral("starts")).toString();
    if (!starts.isEmpty()) {
        auto parsed = Shifts::parse(starts);
        if (!parsed)
            return request.fail(parsed.error());
        if (auto allowed = mayManageRoom(desk); !allowed)
            return request.fail(allowed.error());
        auto appended = desk.log.append(QList<EventDraft>{parsed.value().setting(desk.session.actor()).value()});
        if (!appended)
            return request.fail(appended.error());
    }
    const auto [from, to] = desk.shifts.containing(desk.clock.nowMs(), desk.timeZone);
    request.ok(QJsonObject{{QStringLiteral("starts"), desk.shifts.text()},
                           {QStringLiteral("current_from"), desk.localTime(from)},
                           {QStringLiteral("current_to"), desk.localTime(to)}});
}

// `sigapctl room init`: a new room's key, written by sigapctl alone.
int initRoom(const QJsonObject &args, bool)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString room = args.value(QStringLiteral("room")).toString();
    const QString outFile = args.value(QStringLiteral("out")).toString();
    const bool training = args.value(QStringLiteral("training")).toBool();
    if (!RoomSecret::validRoomId(room)) {
        err << Texts::tr("sigapctl: room init needs --room ID (letters, digits, '.', '_' or '-', up to 64)")
            << Qt::endl;
        return 2;
    }
    if (outFile.isEmpty()) {
        err << Texts::tr("sigapctl: room init needs --out FILE") << Qt::endl;
        return 2;
    }
    if (auto r = RoomSecret::generate(room, training).save(outFile); !r) {
        err << Texts::tr("sigapctl: %1").arg(r.error().message) << Qt::endl;
        return 1;
    }
    out << Texts::tr("wrote the secret of %1 room %2 to %3; copy it to every desk of the room")
               .arg(training ? Texts::tr("training") : Texts::tr("live"), room, outFile)
        << Qt::endl;
    return 0;
}

} // namespace

void addRoomCommands(CommandTable &table)
{
    ControlCommand init;
    init.words = {QStringLiteral("room"), QStringLiteral("init")};
    init.request = QStringLiteral("room.init");
    init.options = {{QStringLiteral("room"), QStringLiteral("room"), ValueKind::Text, true},
                    {QStringLiteral("out"), QStringLiteral("out"), ValueKind::Text, true},
                    {QStringLiteral("training"), QStringLiteral("training"), ValueKind::Flag}};
    init.needsDesk = false;
    init.printsJson = false;
    init.note = Texts::tr("a new room's key (no running desk needed)");
    init.runAlone = initRoom;
    table.add(init);

    ControlCommand status;
    status.words = {QStringLiteral("status")};
    status.request = QStringLiteral("status");
    status.handle = [](ControlContext &desk, const ControlRequest &r) { r.ok(statusOf(desk)); };
    status.print = printStatus;
    table.add(status);

    ControlCommand peers;
    peers.words = {QStringLiteral("peers")};
    peers.request = QStringLiteral("peers");
    peers.note = Texts::tr("the room sync: peers, connection state, lag in events and ms, problems");
    peers.handle = [](ControlContext &desk, const ControlRequest &r) { r.ok(peersOf(desk)); };
    peers.print = printPeers;
    table.add(peers);

    ControlCommand kpi;
    kpi.words = {QStringLiteral("kpi")};
    kpi.request = QStringLiteral("kpi");
    kpi.options = {{QStringLiteral("from"), QStringLiteral("from")}, {QStringLiteral("to"), QStringLiteral("to")}};
    kpi.note = Texts::tr("response and answer times (default: the current shift)");
    kpi.handle = [](ControlContext &desk, const ControlRequest &r) {
        auto p = period(desk, r.args);
        if (!p)
            return r.fail(p.error());
        r.ok(kpiOf(desk, p.value().first, p.value().second));
    };
    kpi.print = printKpis;
    table.add(kpi);

    ControlCommand shiftsCommand;
    shiftsCommand.words = {QStringLiteral("shifts")};
    shiftsCommand.request = QStringLiteral("shifts");
    shiftsCommand.options = {{QStringLiteral("starts"), QStringLiteral("starts")}};
    shiftsCommand.note = Texts::tr("the room's shifts; default 07:00,15:00,23:00");
    shiftsCommand.handle = shifts;
    shiftsCommand.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        out << Texts::tr("shifts begin at %1; the current one runs from %2 to %3")
                   .arg(text(result, "starts"), text(result, "current_from"), text(result, "current_to"))
            << Qt::endl;
    };
    table.add(shiftsCommand);

    ControlCommand clock;
    clock.words = {QStringLiteral("clock"), QStringLiteral("set")};
    clock.request = QStringLiteral("clock.set");
    clock.arguments = {{QStringLiteral("ms"), QStringLiteral("MS"), ValueKind::Integer}};
    clock.printsJson = false;
    clock.note = Texts::tr("only a node started with --clock-at");
    clock.handle = setClock;
    clock.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        out << result.toObject().value(QStringLiteral("now_ms")).toInteger() << Qt::endl;
    };
    table.add(clock);

    ControlCommand hash;
    hash.words = {QStringLiteral("state-hash")};
    hash.request = QStringLiteral("state-hash");
    hash.printsJson = false;
    hash.note = Texts::tr("the hash of the folded state, equal on desks that have converged");
    hash.handle = [](ControlContext &desk, const ControlRequest &r) {
        r.ok(QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(desk.incidents.stateHash())},
                         {QStringLiteral("events"), desk.log.store().lastRowId()}});
    };
    hash.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        out << text(result, "hash") << Qt::endl;
    };
    table.add(hash);

    ControlCommand verify;
    verify.words = {QStringLiteral("verify")};
    verify.request = QStringLiteral("verify");
    verify.printsJson = false;
    verify.note = Texts::tr("checks every hash chain and signature; names forged, unsigned and forked events");
    verify.handle = [](ControlContext &desk, const ControlRequest &r) {
        desk.log.flush();
        auto checked = desk.log.store().verify();
        if (!checked)
            return r.fail(checked.error());
        const EventStore::VerifyReport &report = checked.value();
        if (!report.clean())
            return r.fail(makeError(QStringLiteral("verify.trust"), verifyFindings(report)));
        r.ok(QJsonObject{{QStringLiteral("events_checked"), report.checked},
                         {QStringLiteral("signatures_checked"), report.signaturesChecked}});
    };
    verify.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        out << Texts::tr("ok: %1 events, every hash chain intact, %2 signatures good")
                   .arg(result.toObject().value(QStringLiteral("events_checked")).toInteger())
                   .arg(result.toObject().value(QStringLiteral("signatures_checked")).toInteger())
            << Qt::endl;
    };
    table.add(verify);

    ControlCommand exportCommand;
    exportCommand.words = {QStringLiteral("export")};
    exportCommand.request = QStringLiteral("export");
    exportCommand.arguments = {{QStringLiteral("file"), QStringLiteral("FILE"), ValueKind::Path}};
    exportCommand.printsJson = false;
    exportCommand.note = Texts::tr("the whole log, portable, chains included (not into DIR)");
    exportCommand.handle = exportLog;
    exportCommand.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &args) {
        out << Texts::tr("exported %1 events to %2")
                   .arg(result.toObject().value(QStringLiteral("events")).toInteger())
                   .arg(args.value(QStringLiteral("file")).toString())
            << Qt::endl;
    };
    table.add(exportCommand);

    ControlCommand importCommand;
    importCommand.words = {QStringLiteral("import")};
    importCommand.request = QStringLiteral("import");
    importCommand.arguments = {{QStringLiteral("file"), QStringLiteral("FILE"), ValueKind::Path}};
    importCommand.printsJson = false;
    importCommand.note = Texts::tr("all or nothing, idempotent; names the first bad record");
    importCommand.handle = importLog;
    importCommand.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        out << Texts::tr("imported %1 new events (%2 already present)")
                   .arg(result.toObject().value(QStringLiteral("added")).toInteger())
                   .arg(result.toObject().value(QStringLiteral("already_present")).toInteger())
            << Qt::endl;
    };
    table.add(importCommand);
}

} // namespace Sigap
