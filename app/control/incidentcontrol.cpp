// Incidents: create, list, show, add a note, change the status.
#include "commandtable.h"
#include "controlcontext.h"
#include "controlreplies.h"

#include "auth/desksession.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/incidentcommands.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "store/eventlog.h"
#include "store/eventstore.h"

#include <cmath>

namespace Sigap {

namespace {

using namespace ControlReplies;

std::optional<double> optionalDouble(const QJsonObject &args, const QString &key)
{
    const QJsonValue v = args.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// The name of a village code the room's boundaries no longer hold, as incident.created wrote
// it; empty when the log has none (the incident was placed later, or before names were kept).
QString villageNameInLog(const ControlContext &desk, const Incident &incident)
{
    const qsizetype dash = incident.id.lastIndexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 seq = incident.id.mid(dash + 1).toLongLong(&ok);
    if (dash <= 0 || !ok)
        return {};
    auto created = desk.log.store().eventsOfOrigin(incident.id.left(dash), seq - 1, 1);
    if (!created || created.value().isEmpty() || created.value().first().kind != EventKind::IncidentCreated)
        return {};
    const QCborMap &payload = created.value().first().payload;
    if (payload.value(IncidentField::Kelurahan).toString() != incident.kelurahan())
        return {};
    return payload.value(QStringLiteral("kelurahan_name")).toString(); // see IncidentCommands::create
}

QJsonObject incidentToJson(const ControlContext &desk, const Incident &incident, bool withDetails)
{
    const Village *kelurahan = desk.gazetteer.byKode(incident.kelurahan());
    const QString kelurahanName = kelurahan                        ? kelurahan->name
                                  : incident.kelurahan().isEmpty() ? QString()
                                                                   : villageNameInLog(desk, incident);
    QJsonObject o{
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("category"), incident.category()},
        {QStringLiteral("priority"), incident.priority()},
        {QStringLiteral("status"), IncidentStatuses::name(incident.status)},
        {QStringLiteral("kelurahan"), incident.kelurahan()},
        {QStringLiteral("village_kind"), villageKindOfCode(incident.kelurahan())},
        {QStringLiteral("kelurahan_name"), kelurahanName},
        {QStringLiteral("kecamatan"), kelurahan ? kelurahan->kecamatanName : QString()},
        {QStringLiteral("caller"), incident.caller()},
        {QStringLiteral("address"), incident.address()},
        {QStringLiteral("created_ms"), incident.createdMs()},
        {QStringLiteral("created_local"), desk.localTime(incident.createdMs())},
        {QStringLiteral("created_by"), incident.createdBy},
        {QStringLiteral("owner"), incident.owner()},
    };
    if (const Category *c = desk.categories.incidentCategory(incident.category()))
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
                                 {QStringLiteral("time_local"), desk.localTime(Hlc::wallMs(stamp.hlc))},
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

void create(ControlContext &desk, const ControlRequest &request)
{
    const QJsonObject &args = request.args;
    NewIncident in;
    in.category = args.value(QStringLiteral("category")).toString();
    const QJsonValue priority = args.value(QStringLiteral("priority"));
    if (!priority.isUndefined()) {
        // 0 means "the category's default" inside; from outside only 1 to 4 are priorities.
        const double p = priority.toDouble(-1);
        if (!priority.isDouble() || p != std::floor(p) || p < 1 || p > 4)
            return request.fail(makeError(QStringLiteral("incident.priority"),
                                          ServiceTexts::tr("priority: must be a whole number from 1 (highest) to 4")));
        in.priority = int(p);
    }
    in.kelurahan = args.value(QStringLiteral("kelurahan")).toString();
    in.lat = optionalDouble(args, QStringLiteral("lat"));
    in.lon = optionalDouble(args, QStringLiteral("lon"));
    in.caller = args.value(QStringLiteral("caller")).toString();
    in.address = args.value(QStringLiteral("address")).toString();
    in.note = args.value(QStringLiteral("note")).toString();
    submit(desk, request, desk.incidentCommands.create(in, desk.session.actor()));
}

void printIncidentLine(QTextStream &out, const QJsonObject &o)
{
    out << QStringLiteral("%1  %2  %3  P%4  %5  %6  %7")
               .arg(o.value(QStringLiteral("id")).toString(), -14)
               .arg(o.value(QStringLiteral("created_local")).toString())
               .arg(o.value(QStringLiteral("status")).toString(), -11)
               .arg(o.value(QStringLiteral("priority")).toInt())
               .arg(o.value(QStringLiteral("category")).toString(), -16)
               .arg(o.value(QStringLiteral("kelurahan_name")).toString(), -20)
               .arg(o.value(QStringLiteral("caller")).toString())
        << Qt::endl;
}

void printIncident(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    const QJsonObject o = result.toObject();
    printIncidentLine(out, o);
    if (!o.value(QStringLiteral("address")).toString().isEmpty())
        out << Texts::tr("  address: %1").arg(o.value(QStringLiteral("address")).toString()) << Qt::endl;
    if (o.contains(QStringLiteral("lat")))
        out << Texts::tr("  position: %1, %2")
                   .arg(o.value(QStringLiteral("lat")).toDouble(), 0, 'f', 6)
                   .arg(o.value(QStringLiteral("lon")).toDouble(), 0, 'f', 6)
            << Qt::endl;
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject note = n.toObject();
        out << Texts::tr("  note %1 %2: %3")
                   .arg(note.value(QStringLiteral("time_local")).toString(),
                        note.value(QStringLiteral("actor")).toString(), note.value(QStringLiteral("text")).toString())
            << Qt::endl;
    }
    for (const QJsonValue &c : o.value(QStringLiteral("calls")).toArray())
        out << Texts::tr("  call: %1").arg(c.toString()) << Qt::endl;
    for (const QJsonValue &c : o.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject conflict = c.toObject();
        out << Texts::tr("  conflict: %1 -> %2 refused (event %3 by %4)")
                   .arg(conflict.value(QStringLiteral("from")).toString(),
                        conflict.value(QStringLiteral("to")).toString(),
                        conflict.value(QStringLiteral("event")).toString(),
                        conflict.value(QStringLiteral("actor")).toString())
            << Qt::endl;
    }
}

} // namespace

void addIncidentCommands(CommandTable &table)
{
    ControlCommand createCommand;
    createCommand.words = {QStringLiteral("incident"), QStringLiteral("create")};
    createCommand.request = QStringLiteral("incident.create");
    createCommand.options = {{QStringLiteral("category"), QStringLiteral("category"), ValueKind::Text, true},
                             {QStringLiteral("kelurahan"), QStringLiteral("kelurahan")},
                             {QStringLiteral("lat"), QStringLiteral("lat"), ValueKind::Number},
                             {QStringLiteral("lon"), QStringLiteral("lon"), ValueKind::Number},
                             {QStringLiteral("caller"), QStringLiteral("caller")},
                             {QStringLiteral("note"), QStringLiteral("note")},
                             {QStringLiteral("address"), QStringLiteral("address")},
                             {QStringLiteral("priority"), QStringLiteral("priority"), ValueKind::Number}};
    createCommand.printsJson = false;
    createCommand.note = Texts::tr("prints the new id once it is on disk");
    createCommand.handle = create;
    createCommand.print = printId;
    table.add(createCommand);

    ControlCommand list;
    list.words = {QStringLiteral("incident"), QStringLiteral("list")};
    list.request = QStringLiteral("incident.list");
    list.handle = [](ControlContext &desk, const ControlRequest &r) {
        QJsonArray all;
        desk.incidents.forEachIncident(
            [&](const Incident &incident) { all.append(incidentToJson(desk, incident, false)); });
        r.ok(all);
    };
    list.print = [](QTextStream &out, const QJsonValue &result, const QJsonObject &) {
        for (const QJsonValue &v : result.toArray())
            printIncidentLine(out, v.toObject());
    };
    table.add(list);

    ControlCommand show;
    show.words = {QStringLiteral("incident"), QStringLiteral("show")};
    show.request = QStringLiteral("incident.show");
    show.arguments = {{QStringLiteral("id"), QStringLiteral("ID")}};
    show.handle = [](ControlContext &desk, const ControlRequest &r) {
        auto incident = existingIncident(desk, r.args.value(QStringLiteral("id")).toString());
        if (!incident)
            return r.fail(incident.error());
        r.ok(incidentToJson(desk, *incident.value(), true));
    };
    show.print = printIncident;
    table.add(show);

    ControlCommand note;
    note.words = {QStringLiteral("incident"), QStringLiteral("note")};
    note.request = QStringLiteral("incident.note");
    note.arguments = {{QStringLiteral("id"), QStringLiteral("ID")}, {QStringLiteral("text"), QStringLiteral("TEXT")}};
    note.printsJson = false;
    note.handle = [](ControlContext &desk, const ControlRequest &r) {
        auto incident = existingIncident(desk, r.args.value(QStringLiteral("id")).toString());
        if (!incident)
            return r.fail(incident.error());
        submit(desk, r,
               desk.incidentCommands.addNote(incident.value()->id, r.args.value(QStringLiteral("text")).toString(),
                                             desk.session.actor()));
    };
    note.print = printId;
    table.add(note);

    ControlCommand status;
    status.words = {QStringLiteral("incident"), QStringLiteral("status")};
    status.request = QStringLiteral("incident.status");
    status.arguments = {{QStringLiteral("id"), QStringLiteral("ID")}, {QStringLiteral("to"), QStringLiteral("STATUS")}};
    status.printsJson = false;
    status.note = Texts::tr("new, in_progress, handed_off, closed, cancelled");
    status.handle = [](ControlContext &desk, const ControlRequest &r) {
        auto incident = existingIncident(desk, r.args.value(QStringLiteral("id")).toString());
        if (!incident)
            return r.fail(incident.error());
        submit(desk, r,
               desk.incidentCommands.changeStatus(incident.value()->id, r.args.value(QStringLiteral("to")).toString(),
                                                  desk.session.actor()));
    };
    status.print = printId;
    table.add(status);
}

} // namespace Sigap
