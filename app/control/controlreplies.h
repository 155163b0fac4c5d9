#pragma once

#include "controlcommand.h"

#include "domain/event.h"
#include "domain/hlc.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sigap {

struct ControlContext;
struct Incident;

// What the commands' handlers share: answering, writing, and the shapes several of them send.
namespace ControlReplies {

// The translation contexts of the control commands: what sigapctl prints, and what the desk
// answers.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigapctl)
};
struct ServiceTexts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::ControlService)
};

// Who acts: an agency's liaison or a unit's crew under their own name (--as), else whoever
// is signed in at the desk.
Actor actorOf(const ControlContext &desk, const QJsonObject &args);

// A write: a refused draft is answered with its error; a good one is submitted through the
// group commit and answered once durable, with the id of what it is about (its subject, or
// the new event's own id) and the event's id.
void submit(ControlContext &desk, const ControlRequest &request, const Result<EventDraft> &draft);
// Events appended now; answered with the last one's id.
void appendAll(ControlContext &desk, const ControlRequest &request, const Result<QList<EventDraft>> &drafts);
void answer(const ControlRequest &request, const Result<QJsonValue> &result);

// A room setting (shifts, retention) needs an administrator signed in at the desk, or a room
// without one yet (the machine owner's set-up): the fold would refuse it otherwise.
Result<void> mayManageRoom(const ControlContext &desk);
void answerEvent(const ControlRequest &request, const Result<Event> &event); // {"event": id}

// The incident with this id if it was created; an error naming the id otherwise.
Result<const Incident *> existingIncident(const ControlContext &desk, const QString &id);
// The period of a report: from and to (ISO 8601, room time when no offset is given), or the
// room's current shift.
Result<std::pair<qint64, qint64>> period(const ControlContext &desk, const QJsonObject &args);

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

// Printing for people: a value of the answer, and the lines most writes print.
inline QString text(const QJsonValue &result, const char *key)
{
    return result.toObject().value(QLatin1String(key)).toString();
}
void printEvent(QTextStream &out, const QJsonValue &result, const QJsonObject &args); // the event's id
void printId(QTextStream &out, const QJsonValue &result, const QJsonObject &args);    // what it is about

} // namespace ControlReplies
} // namespace Sigap
