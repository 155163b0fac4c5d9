#pragma once

#include "categories.h"
#include "event.h"
#include "geo/gazetteer.h"

#include <optional>

namespace Sigap {

struct NewIncident
{
    QString category;
    int priority = 0; // 0: the category's default
    QString kelurahan;
    std::optional<double> lat;
    std::optional<double> lon;
    QString caller;
    QString address;
    QString note;
    QString call; // the call the incident came from, if any
};

// Turns what a person asked for into event drafts, refusing bad input with a message that
// names the field. Status legality is deliberately not checked here: two desks may move the
// same incident concurrently, and the fold records the loser as a conflict for the lead.
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::IncidentCommands)

public:
    IncidentCommands(const Categories &categories, const Gazetteer &gazetteer)
        : m_categories(categories)
        , m_gazetteer(gazetteer)
    {
    }

    Result<EventDraft> create(const NewIncident &incident, const Actor &actor) const;
    Result<EventDraft> addNote(const QString &incidentId, const QString &text, const Actor &actor) const;
    Result<EventDraft> changeStatus(const QString &incidentId, const QString &to, const Actor &actor) const;

    static bool isValidPhoneNumber(const QString &number);

private:
    const Categories &m_categories;
    const Gazetteer &m_gazetteer;
};

} // namespace Sigap
