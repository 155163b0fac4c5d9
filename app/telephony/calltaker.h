#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QObject>

namespace Sigap {

class CallProjection;
class CallSource;
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
    CallTaker(CallSource &source, EventLog &log, const CallProjection &calls, const Categories &categories,
              const Actor &desk, QObject *parent = nullptr);

    Result<void> answer(const QString &callId);
    // Closes the call with an outcome ("iseng", "kosong", "informasi", "salah_sambung", or
    // "insiden" with the incident it reported) and hangs up.
    Result<void> classify(const QString &callId, const QString &outcome, const QString &incident = {});
    // The call is about an incident already open (a duplicate): link it there and close it.
    Result<void> linkToIncident(const QString &callId, const QString &incidentId);
    // The link was a mistake: the incident drops the call and the call is left without an
    // outcome, to be classified again (an incident of its own, or F9 to F12).
    Result<void> undoLink(const QString &callId);

Q_SIGNALS:
    void callerSaid(const QString &callId, const QString &text);

private:
    Result<void> record(const QString &kind, const QString &callId, const QCborMap &payload, const Actor &actor);

    CallSource &m_source;
    EventLog &m_log;
    const CallProjection &m_calls;
    const Categories &m_categories;
    Actor m_desk;
};

} // namespace Sigap
