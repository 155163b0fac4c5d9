#include "handoffcommands.h"

#include "domain/eventkinds.h"
#include "domain/incidentprojection.h"

namespace Sigap {

Result<const Agency *> HandoffCommands::checkTarget(const QString &incident, const QString &agency) const
{
    const Incident *i = m_incidents.incident(incident);
    if (!i || !i->created)
        return makeError(QStringLiteral("handoff.incident"), tr("no incident with id \"%1\"").arg(incident));
    const Agency *a = m_agencies.byId(agency);
    if (!a)
        return makeError(QStringLiteral("handoff.agency"),
                         tr("no agency with id \"%1\" in the room's agency directory").arg(agency));
    return a;
}

EventDraft HandoffCommands::draft(const QString &kind, const QString &incident, const QString &agency,
                                  const Actor &actor)
{
    EventDraft d;
    d.kind = kind;
    d.subject = incident;
    d.actor = actor.id;
    d.role = actor.role;
    d.payload.insert(QStringLiteral("agency"), agency);
    return d;
}

Result<EventDraft> HandoffCommands::send(const QString &incident, const QString &agency, const QString &channel,
                                         const QString &receivedBy, const Actor &actor) const
{
    auto target = checkTarget(incident, agency);
    if (!target)
        return target.error();
    HandoffChannel how = target.value()->channel;
    if (!channel.isEmpty()) {
        const auto named = AgencyDirectory::channelFromName(channel);
        if (!named)
            return makeError(QStringLiteral("handoff.channel"),
                             tr("channel \"%1\": expected desk, eido or phone").arg(channel));
        how = *named;
    }
    if (how == HandoffChannel::Eido && target.value()->eidoUrl.isEmpty())
        return makeError(QStringLiteral("handoff.channel"),
                         tr("%1 has no EIDO endpoint in the agency directory").arg(target.value()->name));
    EventDraft d = draft(EventKind::HandoffSent, incident, agency, actor);
    d.payload.insert(QStringLiteral("channel"), AgencyDirectory::channelName(how));
    if (!receivedBy.trimmed().isEmpty())
        d.payload.insert(QStringLiteral("received_by"), receivedBy.trimmed());
    return d;
}

Result<EventDraft> HandoffCommands::changeState(const QString &incident, const QString &agency, const QString &to,
                                                const QString &reason, const Actor &actor) const
{
    auto target = checkTarget(incident, agency);
    if (!target)
        return target.error();
    const auto state = HandoffStates::fromName(to);
    if (!state || *state == HandoffState::Sent)
        return makeError(QStringLiteral("handoff.state"),
                         tr("state \"%1\": expected acknowledged, dispatched, en_route, on_scene, finished, "
                            "rejected or cancelled")
                             .arg(to));
    if (*state == HandoffState::Rejected && reason.trimmed().isEmpty())
        return makeError(QStringLiteral("handoff.reason"), tr("a rejection needs a reason"));
    EventDraft d = draft(EventKind::HandoffStatusChanged, incident, agency, actor);
    d.payload.insert(QStringLiteral("to"), to);
    if (!reason.trimmed().isEmpty())
        d.payload.insert(QStringLiteral("reason"), reason.trimmed());
    return d;
}

HandoffCommands::Sending HandoffCommands::sendTo(const QString &incident, const QList<Recipient> &recipients,
                                                 const Actor &actor) const
{
    Sending sending;
    for (const Recipient &r : recipients) {
        auto draft = send(incident, r.agency, {}, r.receivedBy, actor);
        if (draft)
            sending.drafts.append(draft.value());
        else
            sending.refusals.append(draft.error().message);
    }
    return sending;
}

} // namespace Sigap
