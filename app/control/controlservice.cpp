#include "controlservice.h"

#include "controlprotocol.h"
#include "core/clock.h"
#include "domain/hlc.h"
#include "lead/deskroster.h"
#include "node/node.h"
#include "reports/answertimes.h"
#include "reports/responsetimes.h"
#include "reports/shifts.h"
#include "store/logfile.h"
#include "telephony/recordingretention.h"
#include "training/loganonymiser.h"
#include "units/osmandreceiver.h"
#include "units/traccarpoller.h"
#include "units/unitrecommender.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Sigap {

namespace {

const QStringList LeadCommandNames{QStringLiteral("reassign"),       QStringLiteral("takeover"),
                                   QStringLiteral("escalations"),    QStringLiteral("escalation.answer"),
                                   QStringLiteral("desks"),          QStringLiteral("alerts"),
                                   QStringLiteral("handover.write"), QStringLiteral("handover.accept"),
                                   QStringLiteral("handover.list"),  QStringLiteral("clock.set")};
// By Escalation::Kind, as sigapctl prints them.
const QStringList EscalationKindNames{QStringLiteral("unacknowledged_handoff"), QStringLiteral("call_waiting"),
                                      QStringLiteral("incident_overdue")};

std::optional<double> optionalDouble(const QJsonObject &args, const QString &key)
{
    const QJsonValue v = args.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// The moves a state machine (incident status, handoff, unit status) kept as conflicts for the
// shift lead: when, in which event, by whom, from and to which state.
template<typename Conflict, typename NameOf>
QJsonArray conflictsToJson(const QList<Conflict> &conflicts, NameOf nameOf)
{
    QJsonArray out;
    for (const Conflict &c : conflicts)
        out.append(
            QJsonObject{{QStringLiteral("time_ms"), Hlc::wallMs(c.stamp.hlc)},
                        {QStringLiteral("event"), c.stamp.origin + QLatin1Char('-') + QString::number(c.stamp.seq)},
                        {QStringLiteral("actor"), c.actor},
                        {QStringLiteral("from"), nameOf(c.from)},
                        {QStringLiteral("to"), nameOf(c.to)}});
    return out;
}

} // namespace

QString ControlService::localTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_node.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject ControlService::incidentToJson(const Incident &incident, bool withDetails) const
{
    const Categories &categories = m_node.categories();
    const Kelurahan *kelurahan = m_node.gazetteer().byKode(incident.kelurahan());
    QJsonObject o{
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("category"), incident.category()},
        {QStringLiteral("priority"), incident.priority()},
        {QStringLiteral("status"), IncidentStatuses::name(incident.status)},
        {QStringLiteral("kelurahan"), incident.kelurahan()},
        {QStringLiteral("kelurahan_name"), kelurahan ? kelurahan->name : QString()},
        {QStringLiteral("kecamatan"), kelurahan ? kelurahan->kecamatanName : QString()},
        {QStringLiteral("caller"), incident.caller()},
        {QStringLiteral("address"), incident.address()},
        {QStringLiteral("created_ms"), incident.createdMs()},
        {QStringLiteral("created_local"), localTime(incident.createdMs())},
        {QStringLiteral("created_by"), incident.createdBy},
        {QStringLiteral("owner"), incident.owner()},
    };
    if (const Category *c = categories.incidentCategory(incident.category()))
        o.insert(QStringLiteral("category_label"), c->labelId);
    if (const auto pos = incident.position()) {
        o.insert(QStringLiteral("lat"), pos->first);
        o.insert(QStringLiteral("lon"), pos->second);
    }
    if (!incident.duplicateOf().isEmpty())
        o.insert(QStringLiteral("duplicate_of"), incident.duplicateOf());
    if (!withDetails)
        return o;

    QJsonArray notes;
    for (const auto &[stamp, note] : incident.notes)
        notes.append(QJsonObject{{QStringLiteral("time_ms"), Hlc::wallMs(stamp.hlc)},
                                 {QStringLiteral("time_local"), localTime(Hlc::wallMs(stamp.hlc))},
                                 {QStringLiteral("actor"), note.actor},
                                 {QStringLiteral("text"), note.text}});
    o.insert(QStringLiteral("notes"), notes);
    QJsonArray calls;
    for (const QString &call : incident.calls)
        calls.append(call);
    o.insert(QStringLiteral("calls"), calls);
    const QJsonArray conflicts = conflictsToJson(incident.conflicts, &IncidentStatuses::name);
    o.insert(QStringLiteral("conflicts"), conflicts);
    return o;
}

QJsonObject ControlService::handoffToJson(const Handoff &h) const
{
    const Agency *agency = m_node.agencies().byId(h.agency);
    QJsonObject times;
    for (const auto &[state, ms] : h.reachedMs)
        times.insert(HandoffStates::name(state), QJsonObject{{QStringLiteral("ms"), ms},
                                                             {QStringLiteral("local"), localTime(ms)},
                                                             {QStringLiteral("by"), h.reachedBy.at(state)}});
    const QJsonArray conflicts = conflictsToJson(h.conflicts, &HandoffStates::name);
    const bool overdue = HandoffProjection::isOverdue(h, m_node.clock().nowMs(), m_node.agencies());
    QJsonObject delivery;
    if (h.channel == QLatin1String("eido")) {
        const auto d = h.currentDelivery();
        delivery = d ? QJsonObject{{QStringLiteral("state"),
                                    d->delivered ? QStringLiteral("delivered") : QStringLiteral("refused")},
                                   {QStringLiteral("http_status"), d->httpStatus},
                                   {QStringLiteral("attempts"), d->attempts},
                                   {QStringLiteral("reason"), d->reason}}
                     : QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")}};
    }
    // The agency's units serving the handoff now: dispatched, en route or on scene.
    QJsonArray units;
    for (const UnitState *u : m_node.unitStatus().assignedTo(h.incident, h.agency))
        units.append(
            QJsonObject{{QStringLiteral("id"), u->unit}, {QStringLiteral("status"), UnitStatuses::name(u->status)}});
    return QJsonObject{{QStringLiteral("incident"), h.incident},
                       {QStringLiteral("agency"), h.agency},
                       {QStringLiteral("agency_name"), agency ? agency->name : QString()},
                       {QStringLiteral("state"), HandoffStates::name(h.state)},
                       {QStringLiteral("channel"), h.channel},
                       {QStringLiteral("received_by"), h.receivedBy},
                       {QStringLiteral("reason"), h.reason},
                       {QStringLiteral("times"), times},
                       {QStringLiteral("overdue"), overdue},
                       {QStringLiteral("delivery"), delivery},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("units"), units}};
}

// The period of `sigapctl kpi`: --from and --to (ISO 8601, room time when no offset is
// given), or the current shift (07:00-15:00, 15:00-23:00, 23:00-07:00 room time).
Result<std::pair<qint64, qint64>> ControlService::kpiPeriod(const QJsonObject &args) const
{
    const QTimeZone zone = m_node.timeZone();
    auto parse = [&](const QString &key) -> std::optional<qint64> {
        const QString text = args.value(key).toString();
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            return std::nullopt;
        if (t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), zone);
        return t.toMSecsSinceEpoch();
    };
    const bool hasFrom = args.contains(QStringLiteral("from")), hasTo = args.contains(QStringLiteral("to"));
    if (hasFrom || hasTo) {
        const auto from = hasFrom ? parse(QStringLiteral("from")) : std::optional<qint64>(0);
        const auto to = hasTo ? parse(QStringLiteral("to")) : std::optional<qint64>(m_node.clock().nowMs() + 1);
        if (!from || !to)
            return makeError(
                QStringLiteral("kpi.period"),
                tr("--from and --to take a date and time, e.g. 2026-11-23T07:00 or 2026-11-23T07:00+08:00"));
        if (*to <= *from)
            return makeError(QStringLiteral("kpi.period"), tr("--to must come after --from"));
        return std::pair{*from, *to};
    }
    return m_node.shifts().containing(m_node.clock().nowMs(), zone);
}

QJsonObject ControlService::kpiToJson(qint64 fromMs, qint64 toMs) const
{
    auto step = [](const ResponseKpi::Step &s) {
        return QJsonObject{{QStringLiteral("count"), s.count},
                           {QStringLiteral("p50_ms"), s.p50Ms},
                           {QStringLiteral("p90_ms"), s.p90Ms}};
    };
    QJsonArray list;
    for (const ResponseKpi &k : ResponseTimes::compute(m_node.handoffs(), m_node.incidents(), m_node.calls(),
                                                       m_node.agencies(), fromMs, toMs)) {
        const Agency *agency = m_node.agencies().byId(k.agency);
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
    const AnswerTimes answers = AnswerTimes::compute(m_node.calls(), fromMs, toMs);
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
                       {QStringLiteral("from_local"), localTime(fromMs)},
                       {QStringLiteral("to_local"), localTime(toMs)},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("kpis"), list}};
}

QJsonObject ControlService::peersToJson() const
{
    const RoomSync *sync = m_node.sync();
    QJsonObject o{{QStringLiteral("room"), m_node.log().store().room()},
                  {QStringLiteral("desk"), m_node.log().store().deskId()},
                  {QStringLiteral("sync"), sync != nullptr}};
    if (!sync)
        return o;
    o.insert(QStringLiteral("listen"), sync->listenAddress());
    o.insert(QStringLiteral("training"), sync->training());
    o.insert(QStringLiteral("digest"), SyncMessages::digest(m_node.log().store().versionVector()));
    QJsonArray peers;
    for (const RoomSync::PeerRow &row : sync->peers()) {
        QJsonObject p{
            {QStringLiteral("desk"), row.desk},
            {QStringLiteral("address"), row.address},
            {QStringLiteral("state"), RoomSync::stateName(row.state)},
            {QStringLiteral("last_contact_ms"), row.lastContactMs},
            {QStringLiteral("last_contact_local"), row.lastContactMs ? localTime(row.lastContactMs) : QString()},
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
                                    {QStringLiteral("time_local"), localTime(problem.atMs)},
                                    {QStringLiteral("text"), problem.text},
                                    {QStringLiteral("count"), problem.count}});
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

// Every unit of the roster, with or without a position, then any unit the feeds report that
// the roster does not know (its agency, call sign and status are the feed's).
QJsonArray ControlService::unitsToJson() const
{
    const qint64 now = m_node.clock().nowMs();
    const QHash<QString, UnitReport> &board = m_node.units().units();
    auto withPosition = [&](QJsonObject o, const QString &id) {
        const auto held = board.constFind(id);
        o.insert(QStringLiteral("has_position"), held != board.cend());
        if (held == board.cend())
            return o;
        o.insert(QStringLiteral("lat"), held->lat);
        o.insert(QStringLiteral("lon"), held->lon);
        o.insert(QStringLiteral("reported_ms"), held->reportedMs);
        o.insert(QStringLiteral("reported_local"), localTime(held->reportedMs));
        o.insert(QStringLiteral("age_s"), (now - held->reportedMs) / 1000);
        o.insert(QStringLiteral("stale"), UnitBoard::isStale(*held, now));
        if (held->headingDeg)
            o.insert(QStringLiteral("heading"), *held->headingDeg);
        return o;
    };
    QJsonArray list;
    for (const RosterUnit &u : m_node.unitRoster().units()) {
        const Agency *agency = m_node.agencies().byId(u.agency);
        const UnitState *state = m_node.unitStatus().unit(u.id);
        QJsonObject o{{QStringLiteral("id"), u.id},
                      {QStringLiteral("agency"), u.agency},
                      {QStringLiteral("agency_name"), agency ? agency->name : QString()},
                      {QStringLiteral("callsign"), u.callsign},
                      {QStringLiteral("type"), u.type},
                      {QStringLiteral("in_roster"), true},
                      {QStringLiteral("status"), UnitStatuses::name(state ? state->status : UnitStatus::Available)},
                      {QStringLiteral("incident"), state ? state->incident : QString()}};
        if (state && state->sinceMs) {
            o.insert(QStringLiteral("status_since_ms"), state->sinceMs);
            o.insert(QStringLiteral("status_since_local"), localTime(state->sinceMs));
        }
        const QJsonArray conflicts = state ? conflictsToJson(state->conflicts, &UnitStatuses::name) : QJsonArray();
        o.insert(QStringLiteral("conflicts"), conflicts);
        list.append(withPosition(o, u.id));
    }
    QList<UnitReport> others;
    for (const UnitReport &u : board)
        if (!m_node.unitRoster().byId(u.id))
            others.append(u);
    std::sort(others.begin(), others.end(), [](const UnitReport &a, const UnitReport &b) { return a.id < b.id; });
    for (const UnitReport &u : std::as_const(others))
        list.append(withPosition(QJsonObject{{QStringLiteral("id"), u.id},
                                             {QStringLiteral("agency"), u.agency},
                                             {QStringLiteral("callsign"), u.callsign},
                                             {QStringLiteral("type"), QString()},
                                             {QStringLiteral("in_roster"), false},
                                             {QStringLiteral("status"), u.status},
                                             {QStringLiteral("conflicts"), QJsonArray()}},
                                 u.id));
    return list;
}

// The nearest available units of an agency for an incident (UnitRecommender): the incident's
// own position, or when it has none its kelurahan's centre.
Result<QJsonObject> ControlService::recommendToJson(const QJsonObject &args) const
{
    const QString incidentId = args.value(QStringLiteral("incident")).toString();
    const QString agencyId = args.value(QStringLiteral("agency")).toString();
    const Incident *incident = m_node.incidents().incident(incidentId);
    if (!incident || !incident->created)
        return makeError(QStringLiteral("incident.unknown"), tr("no incident with id \"%1\"").arg(incidentId));
    if (!m_node.agencies().byId(agencyId))
        return makeError(QStringLiteral("unit.agency"),
                         tr("no agency with id \"%1\" in the room's agency directory").arg(agencyId));
    const double count = args.value(QStringLiteral("count")).toDouble(3);
    if (count != std::floor(count) || count < 1 || count > 100)
        return makeError(QStringLiteral("unit.count"), tr("--count: must be a whole number from 1 to 100"));
    const auto at = UnitRecommender::placeOf(*incident, m_node.gazetteer());
    if (!at)
        return makeError(QStringLiteral("unit.position"),
                         tr("incident %1 has neither a position nor a kelurahan to measure from").arg(incidentId));
    const qint64 now = m_node.clock().nowMs();
    QJsonArray units;
    for (const UnitRecommendation &r : UnitRecommender::recommend(at->lat, at->lon, agencyId, m_node.unitRoster(),
                                                                  m_node.unitStatus(), m_node.units(), now, int(count)))
        units.append(QJsonObject{{QStringLiteral("id"), r.unit->id},
                                 {QStringLiteral("callsign"), r.unit->callsign},
                                 {QStringLiteral("type"), r.unit->type},
                                 {QStringLiteral("distance_m"), qRound64(r.distanceM)},
                                 {QStringLiteral("eta_s"), r.etaS},
                                 {QStringLiteral("lat"), r.position.lat},
                                 {QStringLiteral("lon"), r.position.lon},
                                 {QStringLiteral("age_s"), (now - r.position.reportedMs) / 1000}});
    return QJsonObject{
        {QStringLiteral("incident"), incidentId},
        {QStringLiteral("agency"), agencyId},
        {QStringLiteral("lat"), at->lat},
        {QStringLiteral("lon"), at->lon},
        {QStringLiteral("measured_from"), at->fromKelurahan ? QStringLiteral("kelurahan") : QStringLiteral("incident")},
        {QStringLiteral("speed_kmh"), UnitRecommender::UrbanSpeedKmh},
        {QStringLiteral("detour_factor"), UnitRecommender::DetourFactor},
        {QStringLiteral("units"), units}};
}

void ControlService::handle(const QJsonObject &request, QObject *context, const Respond &respond)
{
    const qint64 id = request.value(QStringLiteral("id")).toInteger(-1);
    const QString cmd = request.value(QStringLiteral("cmd")).toString();
    const QJsonObject args = request.value(QStringLiteral("args")).toObject();
    auto ok = [&](const QJsonValue &result) { respond(ControlProtocol::success(id, result)); };
    auto fail = [&](const Error &error) { respond(ControlProtocol::failure(id, error.code, error.message)); };
    EventStore &store = m_node.log().store();
    const IncidentProjection &incidents = m_node.incidents();

    // Writes go through the group commit and are answered once durable.
    auto submit = [&](const Result<EventDraft> &draft) {
        if (!draft)
            return fail(draft.error());
        m_node.log().submit(draft.value(), context, [id, respond](const Result<Event> &event) {
            if (!event)
                return respond(ControlProtocol::failure(id, event.error().code, event.error().message));
            const Event &e = event.value();
            const QString incidentId = e.subject.isEmpty() ? e.id() : e.subject;
            respond(ControlProtocol::success(
                id, QJsonObject{{QStringLiteral("id"), incidentId}, {QStringLiteral("event"), e.id()}}));
        });
    };
    auto existingIncident = [&](const QString &incidentId) -> const Incident * {
        const Incident *incident = incidents.incident(incidentId);
        return incident && incident->created ? incident : nullptr;
    };
    auto noSuchIncident = [&](const QString &incidentId) {
        fail(makeError(QStringLiteral("incident.unknown"), tr("no incident with id \"%1\"").arg(incidentId)));
    };

    if (cmd == QLatin1String("peers")) {
        ok(peersToJson());
    } else if (cmd == QLatin1String("status")) {
        ok(QJsonObject{
            {QStringLiteral("avl_listen"), m_node.avlReceiver() ? m_node.avlReceiver()->listenAddress() : QString()},
            {QStringLiteral("traccar"), m_node.traccarPoller() != nullptr},
            {QStringLiteral("traccar_error"), m_node.traccarPoller() ? m_node.traccarPoller()->lastError() : QString()},
            {QStringLiteral("sync_listen"), m_node.sync() ? m_node.sync()->listenAddress() : QString()},
            {QStringLiteral("sync_connected"), m_node.sync() ? m_node.sync()->connectedCount() : 0},
            {QStringLiteral("version"), QStringLiteral(SIGAP_VERSION)},
            {QStringLiteral("room"), store.room()},
            {QStringLiteral("desk"), store.deskId()},
            {QStringLiteral("data_dir"), m_node.dataDir()},
            {QStringLiteral("events"), store.lastRowId()},
            {QStringLiteral("incidents"), incidents.createdIds().size()},
            {QStringLiteral("open_incidents"), incidents.openCount()},
            {QStringLiteral("commits"), m_node.log().commits()},
            {QStringLiteral("snapshot_restored_upto"), m_node.restoredFromRowId()},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}});
    } else if (cmd == QLatin1String("incident.create")) {
        NewIncident in;
        in.category = args.value(QStringLiteral("category")).toString();
        const QJsonValue priority = args.value(QStringLiteral("priority"));
        if (!priority.isUndefined()) {
            // 0 means "the category's default" inside; from outside only 1 to 4 are priorities.
            const double p = priority.toDouble(-1);
            if (!priority.isDouble() || p != std::floor(p) || p < 1 || p > 4)
                return fail(makeError(QStringLiteral("incident.priority"),
                                      tr("priority: must be a whole number from 1 (highest) to 4")));
            in.priority = int(p);
        }
        in.kelurahan = args.value(QStringLiteral("kelurahan")).toString();
        in.lat = optionalDouble(args, QStringLiteral("lat"));
        in.lon = optionalDouble(args, QStringLiteral("lon"));
        in.caller = args.value(QStringLiteral("caller")).toString();
        in.address = args.value(QStringLiteral("address")).toString();
        in.note = args.value(QStringLiteral("note")).toString();
        submit(m_node.commands().create(in, m_node.actor()));
    } else if (cmd == QLatin1String("incident.note") || cmd == QLatin1String("incident.status")) {
        const QString incidentId = args.value(QStringLiteral("id")).toString();
        if (!existingIncident(incidentId))
            return noSuchIncident(incidentId);
        if (cmd == QLatin1String("incident.note"))
            submit(
                m_node.commands().addNote(incidentId, args.value(QStringLiteral("text")).toString(), m_node.actor()));
        else
            submit(m_node.commands().changeStatus(incidentId, args.value(QStringLiteral("to")).toString(),
                                                  m_node.actor()));
    } else if (cmd == QLatin1String("handoff.send") || cmd == QLatin1String("handoff.state")) {
        // An agency's liaison acknowledges under their own name (--as); the desk otherwise.
        const QString as = args.value(QStringLiteral("as")).toString().trimmed();
        const Actor actor = as.isEmpty() ? m_node.actor() : Actor{as, QStringLiteral("liaison")};
        const QString incidentId = args.value(QStringLiteral("incident")).toString();
        const QString agency = args.value(QStringLiteral("agency")).toString();
        if (cmd == QLatin1String("handoff.send"))
            submit(m_node.handoffCommands().send(incidentId, agency, args.value(QStringLiteral("channel")).toString(),
                                                 args.value(QStringLiteral("received_by")).toString(), actor));
        else
            submit(m_node.handoffCommands().changeState(incidentId, agency, args.value(QStringLiteral("to")).toString(),
                                                        args.value(QStringLiteral("reason")).toString(), actor));
    } else if (cmd == QLatin1String("aml.receive")) {
        // Received now by this node's clock, as the SMS channel would stamp it.
        const QString number = args.value(QStringLiteral("number")).toString();
        const QString text = args.value(QStringLiteral("text")).toString();
        auto event = m_node.receiveAml(number, text, m_node.clock().nowMs());
        if (!event)
            return fail(event.error());
        QJsonObject o = Aml::parse(text).value().toJson(); // accepted just now
        o.insert(QStringLiteral("call"), event.value().subject);
        o.insert(QStringLiteral("event"), event.value().id());
        ok(o);
    } else if (cmd == QLatin1String("scenario.export")) {
        // A live room's calls of a period (default: the current shift), anonymised into a
        // training scenario (training/loganonymiser.h) at file.
        auto period = kpiPeriod(args);
        if (!period)
            return fail(period.error());
        m_node.log().flush();
        auto scenario = LogAnonymiser(m_node.gazetteer())
                            .anonymise(m_node.log().store(), period.value().first, period.value().second - 1);
        if (!scenario)
            return fail(scenario.error());
        const QString file = args.value(QStringLiteral("file")).toString();
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(scenario.value().toJson()) < 0 || !out.commit())
            return fail(makeError(QStringLiteral("scenario.write"), tr("%1: %2").arg(file, out.errorString())));
        ok(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("calls"), scenario.value().calls.size()}});
    } else if (cmd == QLatin1String("shifts")) {
        // Sets the room's shifts when starts ("07:00,15:00,23:00") is given; says them.
        const QString starts = args.value(QStringLiteral("starts")).toString();
        if (!starts.isEmpty()) {
            auto shifts = Shifts::parse(starts);
            if (!shifts)
                return fail(shifts.error());
            auto appended = m_node.log().append(QList<EventDraft>{shifts.value().setting(m_node.actor()).value()});
            if (!appended)
                return fail(appended.error());
        }
        const auto [from, to] = m_node.shifts().containing(m_node.clock().nowMs(), m_node.timeZone());
        ok(QJsonObject{{QStringLiteral("starts"), m_node.shifts().text()},
                       {QStringLiteral("current_from"), localTime(from)},
                       {QStringLiteral("current_to"), localTime(to)}});
    } else if (cmd == QLatin1String("retention")) {
        // Sets the room's retention of call recordings when recordings_days is given, and
        // sweeps this desk's expired recordings when sweep is true.
        const QJsonValue days = args.value(QStringLiteral("recordings_days"));
        if (!days.isUndefined()) {
            if (!days.isDouble() || days.toDouble() != double(days.toInteger(-1)))
                return fail(makeError(QStringLiteral("retention.days"),
                                      tr("recordings_days: a whole number of days is expected")));
            const qint64 wanted = std::clamp<qint64>(days.toInteger(-1), -1, RecordingRetention::MaxDays + 1);
            auto draft = RecordingRetention::setting(int(wanted), m_node.actor());
            if (!draft)
                return fail(draft.error());
            if (auto appended = m_node.log().append(QList<EventDraft>{draft.value()}); !appended)
                return fail(appended.error());
        }
        int removed = 0;
        if (args.value(QStringLiteral("sweep")).toBool()) {
            auto swept = m_node.sweepRecordings();
            if (!swept)
                return fail(swept.error());
            removed = swept.value();
        }
        ok(QJsonObject{{QStringLiteral("recordings_days"), m_node.recordingsRetentionDays()},
                       {QStringLiteral("removed"), removed}});
    } else if (cmd == QLatin1String("kpi")) {
        auto period = kpiPeriod(args);
        if (!period)
            return fail(period.error());
        ok(kpiToJson(period.value().first, period.value().second));
    } else if (cmd == QLatin1String("unit.list")) {
        ok(unitsToJson());
    } else if (cmd == QLatin1String("unit.status") || cmd == QLatin1String("unit.assign")) {
        // A unit's crew or its agency's liaison reports under their own name (--as).
        const QString as = args.value(QStringLiteral("as")).toString().trimmed();
        const Actor actor = as.isEmpty() ? m_node.actor() : Actor{as, QStringLiteral("liaison")};
        const QString unitId = args.value(QStringLiteral("unit")).toString();
        const QString incidentId = args.value(QStringLiteral("incident")).toString();
        const QString agency = args.value(QStringLiteral("agency")).toString();
        if (cmd == QLatin1String("unit.status"))
            submit(m_node.unitCommands().changeStatus(unitId, args.value(QStringLiteral("to")).toString(), incidentId,
                                                      agency, actor));
        else
            submit(m_node.unitCommands().assign(incidentId, agency, unitId, actor));
    } else if (cmd == QLatin1String("unit.recommend")) {
        auto recommended = recommendToJson(args);
        if (!recommended)
            return fail(recommended.error());
        ok(recommended.value());
    } else if (cmd == QLatin1String("handoff.list")) {
        QJsonArray list;
        for (const Handoff *h : m_node.handoffs().all())
            list.append(handoffToJson(*h));
        ok(list);
    } else if (cmd == QLatin1String("incident.list")) {
        QJsonArray list;
        for (const QString &incidentId : incidents.createdIds())
            list.append(incidentToJson(*incidents.incident(incidentId), false));
        ok(list);
    } else if (cmd == QLatin1String("incident.show")) {
        const QString incidentId = args.value(QStringLiteral("id")).toString();
        const Incident *incident = existingIncident(incidentId);
        if (!incident)
            return noSuchIncident(incidentId);
        ok(incidentToJson(*incident, true));
    } else if (cmd == QLatin1String("state-hash")) {
        ok(QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(incidents.stateHash())},
                       {QStringLiteral("events"), store.lastRowId()}});
    } else if (cmd == QLatin1String("verify")) {
        m_node.log().flush();
        auto checked = store.verify();
        if (!checked)
            return fail(checked.error());
        ok(QJsonObject{{QStringLiteral("events_checked"), checked.value()}});
    } else if (cmd == QLatin1String("export")) {
        const QString file = args.value(QStringLiteral("file")).toString();
        if (file.isEmpty())
            return fail(makeError(QStringLiteral("export.file"), tr("export: no file given")));
        // Writing into the data folder could replace the live store, its WAL or the lock.
        if (QFileInfo(file).absoluteDir() == QDir(m_node.dataDir()))
            return fail(makeError(QStringLiteral("export.file"),
                                  tr("%1: choose a file outside the data folder %2").arg(file, m_node.dataDir())));
        m_node.log().flush();
        auto written = LogFile::write(file, store);
        if (!written)
            return fail(written.error());
        ok(QJsonObject{{QStringLiteral("events"), written.value()}});
    } else if (cmd == QLatin1String("import")) {
        if (args.value(QStringLiteral("file")).toString().isEmpty())
            return fail(makeError(QStringLiteral("import.file"), tr("import: no file given")));
        auto contents = LogFile::read(args.value(QStringLiteral("file")).toString());
        if (!contents)
            return fail(contents.error());
        if (contents.value().room != store.room())
            return fail(makeError(
                QStringLiteral("import.room"),
                tr("%1: the file is of room \"%2\", this desk is in room \"%3\"")
                    .arg(args.value(QStringLiteral("file")).toString(), contents.value().room, store.room())));
        m_node.log().flush();
        auto summary = m_node.log().importEvents(contents.value().events);
        if (!summary)
            return fail(makeError(summary.error().code, tr("%1: %2").arg(args.value(QStringLiteral("file")).toString(),
                                                                         summary.error().message)));
        ok(QJsonObject{{QStringLiteral("added"), summary.value().added.size()},
                       {QStringLiteral("already_present"), summary.value().alreadyPresent}});
    } else if (cmd.startsWith(QLatin1String("operator.")) || cmd == QLatin1String("signin")
               || cmd == QLatin1String("signout")) {
        auto answer = handleOperators(cmd, args);
        if (!answer)
            return fail(answer.error());
        ok(answer.value());
    } else if (LeadCommandNames.contains(cmd)) {
        auto answer = handleLead(cmd, args);
        if (!answer)
            return fail(answer.error());
        ok(answer.value());
    } else {
        fail(makeError(QStringLiteral("control.unknown"), tr("unknown command \"%1\"").arg(cmd)));
    }
}

Result<QJsonValue> ControlService::handleLead(const QString &cmd, const QJsonObject &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    auto eventJson = [](const Result<Event> &event) -> Result<QJsonValue> {
        if (!event)
            return event.error();
        return QJsonValue(QJsonObject{{QStringLiteral("event"), event.value().id()}});
    };
    if (cmd == QLatin1String("reassign"))
        return eventJson(m_node.reassign(id, args.value(QStringLiteral("to")).toString()));
    if (cmd == QLatin1String("takeover"))
        return eventJson(m_node.takeOver(id));
    if (cmd == QLatin1String("escalation.answer"))
        return eventJson(m_node.answerEscalation(id, args.value(QStringLiteral("note")).toString()));
    if (cmd == QLatin1String("handover.write"))
        return eventJson(m_node.writeHandover(args.value(QStringLiteral("note")).toString()));
    if (cmd == QLatin1String("handover.accept"))
        return eventJson(m_node.acceptHandover(id, args.value(QStringLiteral("operator")).toString(),
                                               args.value(QStringLiteral("pin")).toString()));
    if (cmd == QLatin1String("escalations")) {
        const qint64 now = m_node.clock().nowMs();
        QJsonArray list;
        for (const Escalation &e : m_node.escalations())
            list.append(QJsonObject{{QStringLiteral("key"), e.key},
                                    {QStringLiteral("kind"), EscalationKindNames.at(int(e.kind))},
                                    {QStringLiteral("incident"), e.incident},
                                    {QStringLiteral("call"), e.call},
                                    {QStringLiteral("agency"), e.agency},
                                    {QStringLiteral("since_ms"), e.sinceMs},
                                    {QStringLiteral("overdue_ms"), e.overdueMs(now)}});
        return QJsonValue(list);
    }
    if (cmd == QLatin1String("desks")) {
        const RoomSync *sync = m_node.sync();
        const QString ownState = sync ? sync->ownPresence().state : QString();
        QJsonArray list;
        for (const DeskRow &row :
             DeskRoster::rows({m_node.log().store().deskId(), ownState, 0}, sync, m_node.operators()))
            list.append(QJsonObject{{QStringLiteral("desk"), row.desk},
                                    {QStringLiteral("operator"), row.operatorId},
                                    {QStringLiteral("name"), row.operatorName},
                                    {QStringLiteral("state"), row.state},
                                    {QStringLiteral("self"), row.self}});
        return QJsonValue(list);
    }
    if (cmd == QLatin1String("alerts")) {
        QJsonArray list;
        for (const Node::DeskAlert &a : m_node.alerts())
            list.append(QJsonObject{{QStringLiteral("incident"), a.incident},
                                    {QStringLiteral("by"), a.by},
                                    {QStringLiteral("at_ms"), a.atMs}});
        return QJsonValue(list);
    }
    if (cmd == QLatin1String("handover.list")) {
        QJsonArray list;
        for (const Handover *h : m_node.journal().handovers())
            list.append(QJsonObject{{QStringLiteral("id"), h->id},
                                    {QStringLiteral("outgoing"), h->outgoing},
                                    {QStringLiteral("incoming"), h->incoming},
                                    {QStringLiteral("note"), h->note},
                                    {QStringLiteral("open"), QJsonArray::fromStringList(h->openIncidents)},
                                    {QStringLiteral("written_ms"), h->writtenMs()},
                                    {QStringLiteral("accepted_ms"), h->acceptedMs() ? *h->acceptedMs() : 0}});
        return QJsonValue(list);
    }
    // clock.set {ms}: only a node started on a settable clock (sigap-node --clock-at).
    ManualClock *clock = m_node.settableClock();
    if (!clock)
        return makeError(QStringLiteral("clock.fixed"),
                         tr("this desk runs on the real clock; only a node started with --clock-at can be set"));
    const qint64 ms = args.value(QStringLiteral("ms")).toInteger(-1);
    if (ms < clock->nowMs())
        return makeError(QStringLiteral("clock.backwards"), tr("the clock only moves forward"));
    clock->setNowMs(ms);
    return QJsonValue(QJsonObject{{QStringLiteral("now_ms"), ms}});
}

// Operators and sign-in. sigapctl speaks for whoever may use this machine's control socket
// (its owner only), so registering operators, setting PINs and unlocking need no sign-in
// here: that is how a room gets its first administrator. The PIN never leaves this call.
Result<QJsonValue> ControlService::handleOperators(const QString &cmd, const QJsonObject &args)
{
    const OperatorCommands &commands = m_node.operatorCommands();
    const QString id = args.value(QStringLiteral("id")).toString();
    const QString pin = args.value(QStringLiteral("pin")).toString();
    auto append = [this](const QList<EventDraft> &drafts) -> Result<QJsonValue> {
        auto appended = m_node.log().append(drafts);
        if (!appended)
            return appended.error();
        return QJsonValue(QJsonObject{{QStringLiteral("event"), appended.value().constLast().id()}});
    };
    if (cmd == QLatin1String("operator.list")) {
        QJsonArray list;
        for (const OperatorAccount *a : m_node.operators().all())
            list.append(operatorToJson(*a));
        return QJsonValue(list);
    }
    if (cmd == QLatin1String("operator.add")) {
        OperatorCommands::Registration r;
        r.id = id;
        r.name = args.value(QStringLiteral("name")).toString();
        for (const QJsonValue &name : args.value(QStringLiteral("roles")).toArray()) {
            const auto role = Roles::fromName(name.toString());
            if (!role)
                return makeError(QStringLiteral("operator.input"),
                                 tr("\"%1\" is not a role (%2)")
                                     .arg(name.toString(), Roles::names(Roles::all()).join(QStringLiteral(", "))));
            r.roles.append(*role);
        }
        r.agency = args.value(QStringLiteral("agency")).toString();
        r.pin = pin;
        r.active = args.value(QStringLiteral("active")).toBool(true);
        auto drafts = commands.registerOperator(r, m_node.actor());
        return drafts ? append(drafts.value()) : Result<QJsonValue>(drafts.error());
    }
    if (cmd == QLatin1String("operator.pin") || cmd == QLatin1String("operator.unlock")) {
        auto draft = cmd == QLatin1String("operator.pin") ? commands.setPin(id, pin, m_node.actor())
                                                          : commands.unlock(id, m_node.actor());
        return draft ? append({draft.value()}) : Result<QJsonValue>(draft.error());
    }
    if (cmd == QLatin1String("signin")) {
        if (auto r = m_node.signIn(id, pin); !r)
            return r.error();
    } else if (cmd == QLatin1String("signout")) {
        if (auto r = m_node.signOut(); !r)
            return r.error();
    } else {
        return makeError(QStringLiteral("control.unknown"), tr("unknown command \"%1\"").arg(cmd));
    }
    const OperatorAccount *now = m_node.signedIn();
    return QJsonValue(QJsonObject{{QStringLiteral("signed_in"), now ? now->id : QString()}});
}

QJsonObject ControlService::operatorToJson(const OperatorAccount &a) const
{
    const qint64 lockedUntil = m_node.operators().lockedUntilMs(a, m_node.clock().nowMs());
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("roles"), QJsonArray::fromStringList(Roles::names(a.roles))},
        {QStringLiteral("agency"), a.agency},
        {QStringLiteral("active"), a.active},
        {QStringLiteral("has_pin"), !a.pinHash.isEmpty()},
        {QStringLiteral("failed_sign_ins"), qint64(a.refusals.size())},
        {QStringLiteral("locked_until"),
         lockedUntil ? QDateTime::fromMSecsSinceEpoch(lockedUntil, QTimeZone::utc()).toString(Qt::ISODate) : QString()},
        {QStringLiteral("signed_in_at"), QJsonArray::fromStringList(a.signedInAt())}};
}

} // namespace Sigap
