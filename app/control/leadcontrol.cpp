// The shift lead's board: desks, escalations, reassign and take over, handovers, alerts.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/operatordirectory.h"
#include "config/roomconfiguration.h"
#include "core/clock.h"
#include "lead/deskalerts.h"
#include "lead/deskroster.h"
#include "lead/leaddesk.h"
#include "lead/leadjournal.h"
#include "store/eventlog.h"
#include "sync/roomsync.h"

namespace Sigap {

namespace {

using namespace ControlReplies;

// By Escalation::Kind, as sigapctl prints them.
const QStringList EscalationKindNames{QStringLiteral("unacknowledged_handoff"), QStringLiteral("call_waiting"),
                                      QStringLiteral("incident_overdue")};

QString id(const ControlRequest &r)
{
    return r.args.value(QStringLiteral("id")).toString();
}

QJsonArray escalations(const ControlContext &desk)
{
    const qint64 now = desk.clock.nowMs();
    QJsonArray list;
    for (const Escalation &e : desk.lead.escalations())
        list.append(QJsonObject{{QStringLiteral("key"), e.key},
                                {QStringLiteral("kind"), EscalationKindNames.at(int(e.kind))},
                                {QStringLiteral("incident"), e.incident},
                                {QStringLiteral("call"), e.call},
                                {QStringLiteral("agency"), e.agency},
                                {QStringLiteral("since_ms"), e.sinceMs},
                                {QStringLiteral("overdue_ms"), e.overdueMs(now)}});
    return list;
}

QJsonArray desks(const ControlContext &desk)
{
    const RoomSync *sync = desk.sync();
    const QString ownState = sync ? sync->ownPresence().state : QString();
    QJsonArray list;
    for (const DeskRow &row : DeskRoster::rows({desk.log.store().deskId(), ownState, 0, desk.configuration.shortHash()},
                                               sync, desk.operators))
        list.append(QJsonObject{
            {QStringLiteral("desk"), row.desk},
            {QStringLiteral("operator"), row.operatorId},
            {QStringLiteral("name"), row.operatorName},
            {QStringLiteral("state"), row.state},
            {QStringLiteral("self"), row.self},
            {QStringLiteral("config"), row.config},
            {QStringLiteral("config_differs"), !row.config.isEmpty() && row.config != desk.configuration.shortHash()}});
    return list;
}

QJsonArray alerts(const ControlContext &desk)
{
    QJsonArray list;
    for (const DeskAlerts::Alert &a : desk.alerts.alerts())
        list.append(QJsonObject{
            {QStringLiteral("incident"), a.incident}, {QStringLiteral("by"), a.by}, {QStringLiteral("at_ms"), a.atMs}});
    return list;
}

QJsonArray handovers(const ControlContext &desk)
{
    QJsonArray list;
    for (const Handover *h : desk.journal.handovers())
        list.append(QJsonObject{{QStringLiteral("id"), h->id},
                                {QStringLiteral("outgoing"), h->outgoing},
                                {QStringLiteral("incoming"), h->incoming},
                                {QStringLiteral("note"), h->note},
                                {QStringLiteral("open"), QJsonArray::fromStringList(h->openIncidents)},
                                {QStringLiteral("written_ms"), h->writtenMs()},
                                {QStringLiteral("accepted_ms"), h->acceptedMs() ? *h->acceptedMs() : 0}});
    return list;
}

// A list of the board, a line per entry.
ControlCommand listCommand(const QStringList &words, const QString &request, QJsonArray (*list)(const ControlContext &),
                           void (*line)(QTextStream &, const QJsonObject &))
{
    ControlCommand c;
    c.words = words;
    c.request = request;
    c.handle = [list](ControlContext &desk, const ControlRequest &r) { r.ok(list(desk)); };
    c.print = [line](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray())
            line(out, v.toObject());
    };
    return c;
}

// A write of the shift lead's, answered with its event's id.
ControlCommand writeCommand(const QStringList &words, const QString &request, QList<CommandArgument> arguments,
                            std::function<Result<Event>(ControlContext &, const ControlRequest &)> write)
{
    ControlCommand c;
    c.words = words;
    c.request = request;
    c.arguments = std::move(arguments);
    c.printsJson = false;
    c.handle = [write](ControlContext &desk, const ControlRequest &r) { answerEvent(r, write(desk, r)); };
    c.print = printEvent;
    return c;
}

} // namespace

void addLeadCommands(CommandTable &table)
{
    ControlCommand deskList = listCommand(
        {QStringLiteral("desks")}, QStringLiteral("desks"), desks, [](QTextStream &out, const QJsonObject &o) {
            const QString op = o.value(QStringLiteral("operator")).toString();
            out << QStringLiteral("%1%2  %3  %4")
                       .arg(o.value(QStringLiteral("desk")).toString(),
                            o.value(QStringLiteral("self")).toBool() ? QStringLiteral(" *") : QString(),
                            op.isEmpty() ? QStringLiteral("-") : op, o.value(QStringLiteral("state")).toString())
                << Qt::endl;
        });
    deskList.note = Texts::tr("every desk of the room: who is signed in, on a call, idle...");
    table.add(deskList);

    ControlCommand reassign = writeCommand(
        {QStringLiteral("reassign")}, QStringLiteral("reassign"),
        {{QStringLiteral("id"), QStringLiteral("INCIDENT")}, {QStringLiteral("to"), QStringLiteral("OPERATOR")}},
        [](ControlContext &desk, const ControlRequest &r) {
            return desk.lead.reassign(id(r), r.args.value(QStringLiteral("to")).toString());
        });
    reassign.note = Texts::tr("shift lead: the incident goes to that operator");
    table.add(reassign);

    ControlCommand takeOver = writeCommand(
        {QStringLiteral("takeover")}, QStringLiteral("takeover"), {{QStringLiteral("id"), QStringLiteral("INCIDENT")}},
        [](ControlContext &desk, const ControlRequest &r) { return desk.lead.takeOver(id(r)); });
    takeOver.note = Texts::tr("shift lead: the incident goes to the lead signed in here");
    table.add(takeOver);

    ControlCommand alertList = listCommand(
        {QStringLiteral("alerts")}, QStringLiteral("alerts"), alerts, [](QTextStream &out, const QJsonObject &o) {
            out << Texts::tr("%1 given to you by %2")
                       .arg(o.value(QStringLiteral("incident")).toString(), o.value(QStringLiteral("by")).toString())
                << Qt::endl;
        });
    alertList.note = Texts::tr("incidents a shift lead gave to the operator signed in here");
    table.add(alertList);

    ControlCommand escalationList = listCommand(
        {QStringLiteral("escalations")}, QStringLiteral("escalations"), escalations,
        [](QTextStream &out, const QJsonObject &o) {
            out << Texts::tr("%1  %2, overdue by %3 s")
                       .arg(o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("kind")).toString())
                       .arg(o.value(QStringLiteral("overdue_ms")).toInteger() / 1000)
                << Qt::endl;
        });
    escalationList.note = Texts::tr("unacknowledged handoffs, calls waiting over 20 s, incidents over their target");
    table.add(escalationList);

    ControlCommand answerEscalation = writeCommand(
        {QStringLiteral("escalation"), QStringLiteral("answer")}, QStringLiteral("escalation.answer"),
        {{QStringLiteral("id"), QStringLiteral("KEY")}}, [](ControlContext &desk, const ControlRequest &r) {
            return desk.lead.answerEscalation(id(r), r.args.value(QStringLiteral("note")).toString());
        });
    answerEscalation.options = {{QStringLiteral("note"), QStringLiteral("note")}};
    answerEscalation.note = Texts::tr("shift lead");
    table.add(answerEscalation);

    ControlCommand writeHandover
        = writeCommand({QStringLiteral("handover"), QStringLiteral("write")}, QStringLiteral("handover.write"), {},
                       [](ControlContext &desk, const ControlRequest &r) {
                           return desk.lead.writeHandover(r.args.value(QStringLiteral("note")).toString());
                       });
    writeHandover.options = {{QStringLiteral("note"), QStringLiteral("note")}};
    writeHandover.note = Texts::tr("outgoing shift lead");
    table.add(writeHandover);

    ControlCommand acceptHandover = writeCommand(
        {QStringLiteral("handover"), QStringLiteral("accept")}, QStringLiteral("handover.accept"),
        {{QStringLiteral("id"), QStringLiteral("ID")}, {QStringLiteral("operator"), QStringLiteral("OPERATOR")}},
        [](ControlContext &desk, const ControlRequest &r) {
            return desk.lead.acceptHandover(id(r), r.args.value(QStringLiteral("operator")).toString(),
                                            r.args.value(QStringLiteral("pin")).toString());
        });
    acceptHandover.readsPin = true;
    acceptHandover.note = Texts::tr("the incoming shift lead countersigns with their PIN, read from standard input, "
                                    "and is signed in here");
    table.add(acceptHandover);

    ControlCommand handoverList = listCommand(
        {QStringLiteral("handover"), QStringLiteral("list")}, QStringLiteral("handover.list"), handovers,
        [](QTextStream &out, const QJsonObject &o) {
            const QString incoming = o.value(QStringLiteral("incoming")).toString();
            out << Texts::tr("%1  by %2, %3, %n open incident(s)", nullptr,
                             int(o.value(QStringLiteral("open")).toArray().size()))
                       .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("outgoing")).toString(),
                            incoming.isEmpty() ? Texts::tr("not countersigned")
                                               : Texts::tr("countersigned by %1").arg(incoming))
                << Qt::endl;
        });
    table.add(handoverList);
}

} // namespace Sigap
