#include "trainingstatehash.h"

#include "domain/callprojection.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "handoff/handoffprojection.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Sigap {

namespace {

QString actorName(const QString &actor)
{
    return actor.startsWith(QLatin1String("desk-")) ? QStringLiteral("desk") : actor;
}

QString ms(const Stamp &stamp)
{
    return QString::number(Hlc::wallMs(stamp.hlc));
}

QString ms(const std::optional<Stamp> &stamp)
{
    return stamp ? ms(*stamp) : QStringLiteral("-");
}

} // namespace

QByteArray TrainingStateHash::dump(const CallProjection &calls, const IncidentProjection &incidents,
                                   const HandoffProjection &handoffs)
{
    // Incidents by creation time (then content), named by the call they were opened from.
    // Copies, as archived incidents live only while they are visited.
    std::vector<Incident> copies;
    incidents.forEachIncident([&copies](const Incident &incident) { copies.push_back(incident); });
    QList<const Incident *> created;
    for (const Incident &incident : copies)
        created.append(&incident);
    std::sort(created.begin(), created.end(), [](const Incident *a, const Incident *b) {
        return a->createdStamp.hlc != b->createdStamp.hlc ? a->createdStamp.hlc < b->createdStamp.hlc
                                                          : a->category() < b->category();
    });
    QHash<QString, QString> nameOf;
    for (qsizetype n = 0; n < created.size(); ++n) {
        const Incident *i = created.at(n);
        const QString firstCall = i->calls.isEmpty() ? QString() : i->calls.first();
        nameOf.insert(i->id, QStringLiteral("incident#%1:%2").arg(n + 1).arg(firstCall));
    }
    auto incidentName
        = [&](const QString &id) { return id.isEmpty() ? QString() : nameOf.value(id, QStringLiteral("?")); };

    QStringList lines;
    calls.forEachCall([&](const Call &c) {
        lines.append(QStringList{QStringLiteral("call"), c.id, c.number, c.trunk, ms(c.offeredStamp),
                                 ms(c.answeredStamp), actorName(c.answeredBy), ms(c.endedStamp), ms(c.abandonedStamp),
                                 c.outcome, incidentName(c.incident), c.held ? QStringLiteral("held") : QString(),
                                 c.transferredTo}
                         .join(QLatin1Char('|')));
    });
    for (const Incident *i : std::as_const(created)) {
        const auto position = i->position();
        QStringList notes;
        for (const auto &[stamp, note] : i->notes)
            notes.append(actorName(note.actor) + QLatin1Char(':') + note.text);
        lines.append(QStringList{
            QStringLiteral("incident"), nameOf.value(i->id), QString::number(i->createdMs()), actorName(i->createdBy),
            i->category(), QString::number(i->priority()), i->kelurahan(),
            position ? QStringLiteral("%1,%2").arg(position->first, 0, 'f', 6).arg(position->second, 0, 'f', 6)
                     : QString(),
            i->caller(), i->address(), incidentName(i->duplicateOf()), IncidentStatuses::name(i->status),
            i->calls.join(QLatin1Char(',')), notes.join(QLatin1Char(';')), QString::number(i->conflicts.size())}
                         .join(QLatin1Char('|')));
    }
    handoffs.forEachHandoff([&](const Handoff &h) {
        QStringList reached;
        for (const auto &[state, atMs] : h.reachedMs)
            reached.append(HandoffStates::name(state) + QLatin1Char('@') + QString::number(atMs) + QLatin1Char('/')
                           + actorName(h.reachedBy.count(state) ? h.reachedBy.at(state) : QString()));
        lines.append(QStringList{QStringLiteral("handoff"), incidentName(h.incident), h.agency,
                                 HandoffStates::name(h.state), h.channel, h.receivedBy, reached.join(QLatin1Char(',')),
                                 QString::number(h.conflicts.size())}
                         .join(QLatin1Char('|')));
    });
    lines.sort();
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray TrainingStateHash::of(const CallProjection &calls, const IncidentProjection &incidents,
                                 const HandoffProjection &handoffs)
{
    return QCryptographicHash::hash(dump(calls, incidents, handoffs), QCryptographicHash::Sha256).toHex();
}

} // namespace Sigap
