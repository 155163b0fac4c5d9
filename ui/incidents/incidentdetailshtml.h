#pragma once

#include "calls/incidentcallshtml.h"
#include "domain/event.h"
#include "domain/incident.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace Sigap {

class AgencyDirectory;
class CallProjection;
class Categories;
class Clock;
class EventStore;
class Gazetteer;
class HandoffProjection;

// The details panel of an incident, as HTML: what it is and where, its notes, where each
// agency's handoff stands, its calls with their recordings, its timeline (every event about
// it, read from the store, so an archived incident shows it too) and the conflicts for the
// shift lead.
class IncidentDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::IncidentDetailsHtml)

public:
    struct Parts
    {
        const CallProjection &calls;
        const HandoffProjection &handoffs;
        const AgencyDirectory &agencies;
        const Categories &categories;
        const Gazetteer &gazetteer;
        const EventStore &store;
        const Clock &clock;
        QTimeZone timeZone;
    };

    IncidentDetailsHtml(const Parts &parts, const QString &language);

    // recordings: the incident's recordings, which the calls' links name by index.
    QString build(const Incident &incident, QList<PlayableRecording> &recordings) const;
    QString describe(const Event &event) const; // one line of an incident's timeline

private:
    QString handoffsHtml(const Incident &incident) const;

    Parts m_parts;
    QString m_language;
};

} // namespace Sigap
