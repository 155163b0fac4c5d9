// Handoffs to agencies: send, acknowledge, move on, list.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/desksession.h"
#include "core/clock.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffcommands.h"
#include "handoff/handoffprojection.h"
#include "units/unitprojection.h"

namespace Sigap {

namespace {

using namespace ControlReplies;

// One handoff: state, channel, the time each state was reached, overdue, conflicts.
QJsonObject handoffToJson(const ControlContext &desk, const Handoff &h)
{
    const Agency *agency = desk.agencies.byId(h.agency);
    QJsonObject times;
    for (const auto &[state, ms] : h.reachedMs)
        times.insert(HandoffStates::name(state), QJsonObject{{QStringLiteral("ms"), ms},
                                                             {QStringLiteral("local"), desk.localTime(ms)},
                                                             {QStringLiteral("by"), h.reachedBy.at(state)}});
    const QJsonArray conflicts = conflictsToJson(h.conflicts, &HandoffStates::name);
    const bool overdue = HandoffProjection::isOverdue(h, desk.clock.nowMs(), desk.agencies);
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
    for (const UnitState *u : desk.unitStatus.assignedTo(h.incident, h.agency))
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

void printHandoffLine(QTextStream &out, const QJsonObject &o)
{
    const QJsonObject times = o.value(QStringLiteral("times")).toObject();
    QStringList steps;
    for (const QString &state : {QStringLiteral("sent"), QStringLiteral("acknowledged"), QStringLiteral("dispatched"),
                                 QStringLiteral("en_route"), QStringLiteral("on_scene"), QStringLiteral("finished"),
                                 QStringLiteral("rejected"), QStringLiteral("cancelled")})
        if (times.contains(state))
            steps << state + QLatin1Char(' ')
                         + times.value(state).toObject().value(QStringLiteral("local")).toString().mid(11);
    for (const QJsonValue &u : o.value(QStringLiteral("units")).toArray())
        steps << Texts::tr("unit %1 %2")
                     .arg(u.toObject().value(QStringLiteral("id")).toString(),
                          u.toObject().value(QStringLiteral("status")).toString());
    out << QStringLiteral("%1  %2  %3  %4  %5%6")
               .arg(o.value(QStringLiteral("incident")).toString(), -14)
               .arg(o.value(QStringLiteral("agency")).toString(), -14)
               .arg(o.value(QStringLiteral("state")).toString(), -12)
               .arg(o.value(QStringLiteral("channel")).toString(), -5)
               .arg(steps.join(QStringLiteral(", ")))
               .arg(o.value(QStringLiteral("overdue")).toBool() ? Texts::tr("  OVERDUE: not acknowledged") : QString())
        << Qt::endl;
}

const CommandArgument IncidentArgument{QStringLiteral("incident"), QStringLiteral("INCIDENT")};
const CommandArgument AgencyArgument{QStringLiteral("agency"), QStringLiteral("AGENCY")};
const CommandOption As{QStringLiteral("as"), QStringLiteral("as")};

} // namespace

void addHandoffCommands(CommandTable &table)
{
    ControlCommand send;
    send.words = {QStringLiteral("handoff"), QStringLiteral("send")};
    send.request = QStringLiteral("handoff.send");
    send.arguments = {IncidentArgument, AgencyArgument};
    send.options = {{QStringLiteral("channel"), QStringLiteral("channel")},
                    {QStringLiteral("received-by"), QStringLiteral("received_by")},
                    As};
    send.printsJson = false;
    send.note = Texts::tr("channel: desk, eido or phone");
    send.handle = [](ControlContext &desk, const ControlRequest &r) {
        submit(desk, r,
               desk.handoffCommands.send(r.args.value(QStringLiteral("incident")).toString(),
                                         r.args.value(QStringLiteral("agency")).toString(),
                                         r.args.value(QStringLiteral("channel")).toString(),
                                         r.args.value(QStringLiteral("received_by")).toString(),
                                         actorOf(desk, r.args)));
    };
    send.print = printEvent;
    table.add(send);

    ControlCommand ack;
    ack.words = {QStringLiteral("handoff"), QStringLiteral("ack")};
    ack.request = QStringLiteral("handoff.state"); // handled as "handoff state ... acknowledged"
    ack.arguments = {IncidentArgument, AgencyArgument};
    ack.options = {{QStringLiteral("reason"), QStringLiteral("reason")}, As};
    ack.fixedArgs = {{QStringLiteral("to"), QStringLiteral("acknowledged")}};
    ack.printsJson = false;
    ack.print = printEvent;
    table.add(ack);

    ControlCommand state;
    state.words = {QStringLiteral("handoff"), QStringLiteral("state")};
    state.request = QStringLiteral("handoff.state");
    state.arguments = {IncidentArgument, AgencyArgument, {QStringLiteral("to"), QStringLiteral("STATE")}};
    state.options = {{QStringLiteral("reason"), QStringLiteral("reason")}, As};
    state.printsJson = false;
    state.handle = [](ControlContext &desk, const ControlRequest &r) {
        submit(desk, r,
               desk.handoffCommands.changeState(
                   r.args.value(QStringLiteral("incident")).toString(),
                   r.args.value(QStringLiteral("agency")).toString(), r.args.value(QStringLiteral("to")).toString(),
                   r.args.value(QStringLiteral("reason")).toString(), actorOf(desk, r.args)));
    };
    state.print = printEvent;
    table.add(state);

    ControlCommand list;
    list.words = {QStringLiteral("handoff"), QStringLiteral("list")};
    list.request = QStringLiteral("handoff.list");
    list.note = Texts::tr("state, who and when of each step, EIDO delivery, units");
    list.handle = [](ControlContext &desk, const ControlRequest &r) {
        // Archived ones too, in the order of all(): by incident, then agency.
        std::vector<std::pair<QString, QJsonObject>> listed;
        desk.handoffs.forEachHandoff([&](const Handoff &h) {
            listed.emplace_back(HandoffProjection::keyOf(h.incident, h.agency), handoffToJson(desk, h));
        });
        std::sort(listed.begin(), listed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonArray all;
        for (const auto &[key, json] : listed)
            all.append(json);
        r.ok(all);
    };
    list.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray())
            printHandoffLine(out, v.toObject());
    };
    table.add(list);
}

} // namespace Sigap
