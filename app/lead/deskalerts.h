#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Sigap {

class DeskSession;
class EventLog;
class IncidentProjection;
struct Event;

// The incidents a shift lead gave to the operator signed in at this desk, for the desk to
// alert: as they are given, and at sign-in those given while the operator was away. Only
// while an incident is still theirs and open: a reassignment heard late (a desk that was cut
// off) that a later one overrode, or of an incident closed since, is old news.
class DeskAlerts : public QObject
{
    Q_OBJECT

public:
    struct Alert
    {
        QString incident;
        QString by; // the lead's operator id
        qint64 atMs = 0;
    };
    static constexpr int Kept = 50;

    DeskAlerts(EventLog &log, const IncidentProjection &incidents, const DeskSession &session,
               QObject *parent = nullptr);

    QList<Alert> alerts() const { return m_alerts; } // oldest first
    // New events were folded: alert what they gave to the operator signed in here.
    void eventsFolded(const QList<Event> &events);

Q_SIGNALS:
    void alerted(const Sigap::DeskAlerts::Alert &alert);

private:
    void signedInChanged();
    void alert(const Alert &alert);

    EventLog &m_log;
    const IncidentProjection &m_incidents;
    const DeskSession &m_session;
    QList<Alert> m_alerts;
};

} // namespace Sigap
