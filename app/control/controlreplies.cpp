#include "controlreplies.h"

#include "auth/desksession.h"
#include "auth/operatordirectory.h"
#include "controlcontext.h"
#include "core/clock.h"
#include "domain/incidentprojection.h"
#include "reports/shifts.h"
#include "store/eventlog.h"

#include <QDateTime>

namespace Sigap::ControlReplies {

Actor actorOf(const ControlContext &desk, const QJsonObject &args)
{
    const QString as = args.value(QStringLiteral("as")).toString().trimmed();
    return as.isEmpty() ? desk.session.actor() : Actor{as, QStringLiteral("liaison")};
}

void submit(ControlContext &desk, const ControlRequest &request, const Result<EventDraft> &draft)
{
    if (!draft)
        return request.fail(draft.error());
    desk.log.submit(draft.value(), request.context, [ok = request.ok, fail = request.fail](const Result<Event> &event) {
        if (!event)
            return fail(event.error());
        const Event &e = event.value();
        const QString about = e.subject.isEmpty() ? e.id() : e.subject;
        ok(QJsonObject{{QStringLiteral("id"), about}, {QStringLiteral("event"), e.id()}});
    });
}

void appendAll(ControlContext &desk, const ControlRequest &request, const Result<QList<EventDraft>> &drafts)
{
    if (!drafts)
        return request.fail(drafts.error());
    auto appended = desk.log.append(drafts.value());
    if (!appended)
        return request.fail(appended.error());
    request.ok(QJsonObject{{QStringLiteral("event"), appended.value().constLast().id()}});
}

void answer(const ControlRequest &request, const Result<QJsonValue> &result)
{
    if (!result)
        return request.fail(result.error());
    request.ok(result.value());
}

void answerEvent(const ControlRequest &request, const Result<Event> &event)
{
    if (!event)
        return request.fail(event.error());
    request.ok(QJsonObject{{QStringLiteral("event"), event.value().id()}});
}

Result<const Incident *> existingIncident(const ControlContext &desk, const QString &id)
{
    const Incident *incident = desk.incidents.incident(id);
    if (!incident || !incident->created)
        return makeError(QStringLiteral("incident.unknown"), ServiceTexts::tr("no incident with id \"%1\"").arg(id));
    return incident;
}

Result<std::pair<qint64, qint64>> period(const ControlContext &desk, const QJsonObject &args)
{
    const QTimeZone zone = desk.timeZone;
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
        const auto to = hasTo ? parse(QStringLiteral("to")) : std::optional<qint64>(desk.clock.nowMs() + 1);
        if (!from || !to)
            return makeError(
                QStringLiteral("kpi.period"),
                ServiceTexts::tr(
                    "--from and --to take a date and time, e.g. 2026-11-23T07:00 or 2026-11-23T07:00+08:00"));
        if (*to <= *from)
            return makeError(QStringLiteral("kpi.period"), ServiceTexts::tr("--to must come after --from"));
        return std::pair{*from, *to};
    }
    return desk.shifts.containing(desk.clock.nowMs(), zone);
}

void printEvent(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    out << text(result, "event") << Qt::endl;
}

void printId(QTextStream &out, const QJsonValue &result, const QJsonObject &)
{
    out << text(result, "id") << Qt::endl;
}

Result<void> mayManageRoom(const ControlContext &desk)
{
    if (desk.operators.hadPermission(desk.session.actor().id, Permission::ManageRoom, OperatorDirectory::atNow()))
        return {};
    return makeError(QStringLiteral("room.forbidden"),
                     ServiceTexts::tr("only an administrator signed in at this desk may change the room's settings"));
}

} // namespace Sigap::ControlReplies

namespace Sigap {

QString ControlContext::localTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace Sigap
