#include "deskalerts.h"

#include "auth/desksession.h"
#include "core/logging.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "store/eventlog.h"

namespace Sigap {

DeskAlerts::DeskAlerts(EventLog &log, const IncidentProjection &incidents, const DeskSession &session, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_incidents(incidents)
    , m_session(session)
{
    connect(&session, &DeskSession::signedInChanged, this, &DeskAlerts::signedInChanged);
}

void DeskAlerts::eventsFolded(const QList<Event> &events)
{
    const QString me = m_session.signedInId();
    if (me.isEmpty())
        return;
    for (const Event &e : events) {
        if (e.kind != EventKind::IncidentReassigned || e.actor == me
            || e.payload.value(QStringLiteral("to")).toString() != me)
            continue;
        const Incident *incident = m_incidents.incident(e.subject);
        if (incident && incident->owner() == me && IncidentStatuses::isOpen(incident->status)
            && incident->fields[size_t(FieldId::Assignee)].stamp == stampOf(e))
            alert(Alert{e.subject, e.actor, Hlc::wallMs(e.hlc)});
    }
}

// At sign-in: the open incidents a shift lead gave this operator since they last signed in.
// At sign-out: nothing is anyone's news any more.
void DeskAlerts::signedInChanged()
{
    m_alerts.clear();
    const QString me = m_session.signedInId();
    if (me.isEmpty())
        return;
    const Stamp since = m_session.previousSignIn();
    for (const QString &id : m_incidents.createdIds()) {
        const Incident *incident = m_incidents.incident(id);
        const Incident::Register &given = incident->fields[size_t(FieldId::Assignee)];
        if (!IncidentStatuses::isOpen(incident->status) || given.value.toString() != me || !(since < given.stamp))
            continue;
        QString by;
        if (auto timeline = m_log.store().incidentTimeline(id)) {
            for (const Event &e : timeline.value())
                if (stampOf(e) == given.stamp)
                    by = e.actor;
        }
        if (by != me)
            alert(Alert{id, by, Hlc::wallMs(given.stamp.hlc)});
    }
}

void DeskAlerts::alert(const Alert &alert)
{
    m_alerts.append(alert);
    while (m_alerts.size() > Kept)
        m_alerts.removeFirst();
    qCInfo(lcLead) << "incident" << alert.incident << "given to" << m_session.signedInId() << "by" << alert.by;
    Q_EMIT alerted(alert);
}

} // namespace Sigap
