#include "incidentdetailshtml.h"

#include "core/clock.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffmodel.h"
#include "handoff/handoffprojection.h"
#include "store/eventstore.h"

#include <QDateTime>

namespace Sigap {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

IncidentDetailsHtml::IncidentDetailsHtml(const Parts &parts, const QString &language)
    : m_parts(parts)
    , m_language(language)
{
}

QString IncidentDetailsHtml::build(const Incident &incident, QList<PlayableRecording> &recordings) const
{
    const Category *category = m_parts.categories.incidentCategory(incident.category());
    const Village *kelurahan = m_parts.gazetteer.byKode(incident.kelurahan());
    auto time = [this](qint64 hlc) {
        return QDateTime::fromMSecsSinceEpoch(Hlc::wallMs(hlc), m_parts.timeZone)
            .toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    };
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(category ? category->label(m_language) : incident.category()));
    html += QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                .arg(escaped(incident.id), escaped(IncidentStatuses::label(incident.status)),
                     tr("priority %1").arg(incident.priority()));
    html += QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Reported"), time(incident.createdStamp.hlc));
    row(tr("Caller"), incident.caller());
    row(m_parts.gazetteer.villageWord(),
        kelurahan ? tr("%1, Kec. %2").arg(kelurahan->name, kelurahan->kecamatanName) : incident.kelurahan());
    row(tr("Address"), incident.address());
    if (const auto pos = incident.position())
        row(tr("Position"), QStringLiteral("%1, %2").arg(pos->first, 0, 'f', 5).arg(pos->second, 0, 'f', 5));
    row(tr("Calls"), QString::number(incident.calls.size()));
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("Notes"));
    for (const auto &[stamp, note] : incident.notes)
        html += QStringLiteral("<li><b>%1</b> %2: %3</li>")
                    .arg(time(stamp.hlc), escaped(note.actor), escaped(note.text));
    html += QStringLiteral("</ul>");
    html += handoffsHtml(incident);
    html += IncidentCallsHtml::build(incident, m_parts.calls, m_parts.agencies, m_parts.timeZone, recordings);
    html += QStringLiteral("<h3>%1</h3><table cellspacing=3>").arg(tr("Timeline"));
    if (auto timeline = m_parts.store.incidentTimeline(incident.id)) {
        for (const Event &e : timeline.value())
            html += QStringLiteral("<tr><td>%1</td><td><i>%2</i></td><td>%3</td></tr>")
                        .arg(time(e.hlc), escaped(e.actor), escaped(describe(e)));
    }
    html += QStringLiteral("</table>");
    if (!incident.conflicts.isEmpty()) {
        html += QStringLiteral("<h3 style='color:#c62828'>%1</h3><ul>").arg(tr("Conflicts for the shift lead"));
        for (const StatusConflict &c : incident.conflicts)
            html += QStringLiteral("<li>%1: %2 → %3 (%4)</li>")
                        .arg(time(c.stamp.hlc), escaped(IncidentStatuses::label(c.from)),
                             escaped(IncidentStatuses::label(c.to)), escaped(c.actor));
        html += QStringLiteral("</ul>");
    }
    return html;
}

// Each agency the incident went to: where its handoff stands and when each step happened;
// an unacknowledged handoff past the agency's time in red.
QString IncidentDetailsHtml::handoffsHtml(const Incident &incident) const
{
    const QList<const Handoff *> handoffs = m_parts.handoffs.ofIncident(incident.id);
    if (handoffs.isEmpty())
        return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Handoffs"), tr("Not handed off yet (Ctrl+H)."));
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Handoffs"));
    for (const Handoff *h : handoffs) {
        const Agency *agency = m_parts.agencies.byId(h->agency);
        QStringList steps;
        for (const auto &[state, ms] : h->reachedMs)
            steps << QStringLiteral("%1 %2").arg(
                HandoffStates::label(state),
                QDateTime::fromMSecsSinceEpoch(ms, m_parts.timeZone).toString(QStringLiteral("HH:mm:ss")));
        const bool late = HandoffProjection::isOverdue(*h, m_parts.clock.nowMs(), m_parts.agencies);
        html += QStringLiteral("<tr><td><b>%1</b></td><td%2>%3</td><td>%4</td></tr>")
                    .arg(escaped(agency ? agency->name : h->agency),
                         late ? QStringLiteral(" style='color:#c62828;font-weight:bold'") : QString(),
                         escaped(late ? tr("%1 — not acknowledged in time").arg(HandoffModel::stateText(*h))
                                      : HandoffModel::stateText(*h)),
                         escaped(steps.join(QStringLiteral(" · "))));
    }
    return html + QStringLiteral("</table>");
}

QString IncidentDetailsHtml::describe(const Event &e) const
{
    if (e.kind == EventKind::HandoffSent || e.kind == EventKind::HandoffStatusChanged) {
        const QString agencyId = e.payload.value(QStringLiteral("agency")).toString();
        const Agency *agency = m_parts.agencies.byId(agencyId);
        const QString name = agency ? agency->name : agencyId;
        if (e.kind == EventKind::HandoffSent)
            return tr("handed off to %1").arg(name);
        const auto to = HandoffStates::fromName(e.payload.value(QStringLiteral("to")).toString());
        return tr("%1: %2").arg(name,
                                to ? HandoffStates::label(*to) : e.payload.value(QStringLiteral("to")).toString());
    }
    if (e.kind == EventKind::IncidentCreated) {
        const Category *c = m_parts.categories.incidentCategory(e.payload.value(QStringLiteral("category")).toString());
        return tr("reported: %1")
            .arg(c ? c->label(m_language) : e.payload.value(QStringLiteral("category")).toString());
    }
    if (e.kind == EventKind::IncidentStatusChanged) {
        const auto to = IncidentStatuses::fromName(e.payload.value(QStringLiteral("to")).toString());
        return tr("status: %1")
            .arg(to ? IncidentStatuses::label(*to) : e.payload.value(QStringLiteral("to")).toString());
    }
    if (e.kind == EventKind::IncidentNoteAdded)
        return tr("note: %1").arg(e.payload.value(QStringLiteral("text")).toString());
    if (e.kind == EventKind::IncidentCallLinked)
        return tr("call linked: %1").arg(e.payload.value(QStringLiteral("call")).toString());
    if (e.kind == EventKind::IncidentCallUnlinked)
        return tr("call link undone: %1").arg(e.payload.value(QStringLiteral("call")).toString());
    if (e.kind == EventKind::IncidentUpdated) {
        QStringList fields;
        for (auto it = e.payload.constBegin(); it != e.payload.constEnd(); ++it)
            fields << it.key().toString();
        return tr("changed: %1").arg(fields.join(QStringLiteral(", ")));
    }
    return e.kind; // a kind this version does not know: shown by its name
}

} // namespace Sigap
