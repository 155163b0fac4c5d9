#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>

namespace Sigap {

class CallProjection;
class CallSource;
struct Call;
class Categories;
class EventLog;

// Takes the room's calls at one desk: what the call source reports becomes events in the
// log (offered, abandoned, ended), and the operator's answer and classification become
// events too, so the queue, the caller history and the statistics fold from the log like
// everything else.
class CallTaker : public QObject
{
    Q_OBJECT

public:
    // Who acts at this desk now: the signed-in operator, or the desk (Node::actor), asked at
    // each event so that a sign-in is on the calls from then on.
    using ActorNow = std::function<Actor()>;
    CallTaker(CallSource &source, EventLog &log, const CallProjection &calls, const Categories &categories,
              ActorNow actorNow, QObject *parent = nullptr);
    // The same with one actor throughout (tests, tools).
    CallTaker(CallSource &source, EventLog &log, const CallProjection &calls, const Categories &categories,
              const Actor &actor, QObject *parent = nullptr)
        : CallTaker(
            source, log, calls, categories, [actor] { return actor; }, parent)
    {
    }

    Result<void> answer(const QString &callId);
    // Closes the call with an outcome ("iseng", "kosong", "informasi", "salah_sambung", or
    // "insiden" with the incident it reported) and hangs up.
    Result<void> classify(const QString &callId, const QString &outcome, const QString &incident = {});
    // The caller reported a new incident: the incident is created from its draft (incident.created,
    // IncidentCommands::create) and the call closed as reporting it, in one transaction; the
    // new incident's id.
    Result<QString> reportIncident(const QString &callId, const EventDraft &incidentCreated);
    // The call is about an incident already open (a duplicate): link it there and close it.
    Result<void> linkToIncident(const QString &callId, const QString &incidentId);
    // The link was a mistake: the incident drops the call and the call is left without an
    // outcome, to be classified again (an incident of its own, or F9 to F12).
    Result<void> undoLink(const QString &callId);

    // The call in conversation at this desk goes on hold, or comes back.
    Result<void> hold(const QString &callId);
    Result<void> resume(const QString &callId);
    // Puts the caller through to an agency's number (blind transfer). The call leaves the
    // desk; it still gets its outcome there (an incident, or F9 to F12).
    Result<void> transfer(const QString &callId, const QString &number, const QString &agencyId);
    // Calls the caller of callId back (the line dropped, or the caller said nothing). One
    // call-back at a time per desk; endCallBack() hangs it up.
    Result<void> callBack(const QString &callId);
    Result<void> endCallBack();
    // The call whose caller this desk is calling back, or empty; whether the caller answered.
    QString callBackOf() const { return m_callBack.callId; }
    QString callBackId() const { return m_callBack.id; }
    QString callBackNumber() const { return m_callBack.number; }
    bool callBackConnected() const { return m_callBack.connected; }

Q_SIGNALS:
    void callerSaid(const QString &callId, const QString &text);
    void callBackChanged();                     // placed, answered by the caller, or over
    void transferFailed(const QString &callId); // the caller is still on the desk's line

private:
    Result<QList<Event>> close(const QString &callId, const QCborMap &classified, const QList<EventDraft> &before,
                               const QList<std::pair<QString, int>> &idsOfDrafts);
    Result<void> record(const QString &kind, const QString &callId, const QCborMap &payload, const Actor &actor);
    const Call *callInConversationHere(const QString &callId) const;
    bool answeredHere(const Call &call) const;
    Actor actor() const { return m_actor(); }
    static Error notInConversationHere(const QString &callId);
    void callBackOver();

    struct CallBack
    {
        QString id;     // the outgoing call's own id
        QString callId; // the call whose caller is called back
        QString number;
        bool connected = false;
    };

    CallSource &m_source;
    EventLog &m_log;
    const CallProjection &m_calls;
    const Categories &m_categories;
    ActorNow m_actor;
    CallBack m_callBack;
    QHash<QString, QString> m_callOfCallBack; // call-back id -> call, for its recording (after it ended)
};

} // namespace Sigap
