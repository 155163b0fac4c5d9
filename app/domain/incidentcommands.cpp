#include "incidentcommands.h"

#include "eventkinds.h"
#include "incident.h"

#include <QRegularExpression>

namespace Sigap {

namespace {

EventDraft draftFor(const QString &kind, const QString &subject, const QCborMap &payload, const Actor &actor)
{
    return EventDraft{kind, 1, subject, payload, actor.id, actor.role};
}

} // namespace

bool IncidentCommands::isValidPhoneNumber(const QString &number)
{
    // E.164 digits with an optional "+", or a local number ("0812...", "112"): 3 to 16 digits.
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9]{3,16}$"));
    return pattern.match(number).hasMatch();
}

Result<EventDraft> IncidentCommands::create(const NewIncident &in, const Actor &actor) const
{
    const Category *category = m_categories.incidentCategory(in.category);
    if (!category)
        return makeError(QStringLiteral("incident.category"), tr("category: unknown category \"%1\"").arg(in.category));
    const int priority = in.priority == 0 ? category->defaultPriority : in.priority;
    if (priority < 1 || priority > 4)
        return makeError(QStringLiteral("incident.priority"),
                         tr("priority: must be 1 (highest) to 4, not %1").arg(priority));
    if (in.lat.has_value() != in.lon.has_value())
        return makeError(QStringLiteral("incident.position"),
                         tr("lat/lon: give both latitude and longitude, or neither"));
    if (in.lat && (*in.lat < -90 || *in.lat > 90))
        return makeError(QStringLiteral("incident.position"), tr("lat: %1 is not a latitude (-90 to 90)").arg(*in.lat));
    if (in.lon && (*in.lon < -180 || *in.lon > 180))
        return makeError(QStringLiteral("incident.position"),
                         tr("lon: %1 is not a longitude (-180 to 180)").arg(*in.lon));

    QString kelurahan = in.kelurahan;
    if (!kelurahan.isEmpty() && !m_gazetteer.byKode(kelurahan))
        return makeError(QStringLiteral("incident.kelurahan"),
                         tr("kelurahan: unknown kelurahan code \"%1\"").arg(kelurahan));
    if (kelurahan.isEmpty() && in.lat) {
        if (const Village *k = m_gazetteer.locate(*in.lat, *in.lon))
            kelurahan = k->kode;
    }
    if (!in.caller.isEmpty() && !isValidPhoneNumber(in.caller))
        return makeError(QStringLiteral("incident.caller"), tr("caller: \"%1\" is not a phone number").arg(in.caller));

    QCborMap payload;
    payload.insert(IncidentField::Category, in.category);
    payload.insert(IncidentField::Priority, priority);
    if (!kelurahan.isEmpty()) {
        payload.insert(IncidentField::Kelurahan, kelurahan);
        // The village's name as the room knew it: a later boundary set may drop the code, and
        // the log keeps what the incident was about (incident show falls back to it).
        payload.insert(QStringLiteral("kelurahan_name"), m_gazetteer.byKode(kelurahan)->name);
    }
    if (in.lat) {
        payload.insert(QStringLiteral("lat"), *in.lat);
        payload.insert(QStringLiteral("lon"), *in.lon);
    }
    if (!in.caller.isEmpty())
        payload.insert(IncidentField::Caller, in.caller);
    if (!in.address.trimmed().isEmpty())
        payload.insert(IncidentField::Address, in.address.trimmed());
    if (!in.note.trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), in.note.trimmed());
    if (!in.call.isEmpty())
        payload.insert(QStringLiteral("call"), in.call);
    return draftFor(EventKind::IncidentCreated, QString(), payload, actor);
}

Result<EventDraft> IncidentCommands::addNote(const QString &incidentId, const QString &text, const Actor &actor) const
{
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("incident.note"), tr("note: the note is empty"));
    return draftFor(EventKind::IncidentNoteAdded, incidentId, QCborMap{{QStringLiteral("text"), text.trimmed()}},
                    actor);
}

Result<EventDraft> IncidentCommands::changeStatus(const QString &incidentId, const QString &to,
                                                  const Actor &actor) const
{
    if (!IncidentStatuses::fromName(to))
        return makeError(QStringLiteral("incident.status"),
                         tr("status: unknown status \"%1\" (new, in_progress, handed_off, closed, cancelled)").arg(to));
    return draftFor(EventKind::IncidentStatusChanged, incidentId, QCborMap{{QStringLiteral("to"), to}}, actor);
}

} // namespace Sigap
