#include "incidentprojection.h"

#include "canonicalcbor.h"
#include "eventkinds.h"

#include <QCborArray>
#include <QCryptographicHash>

#include <algorithm>

namespace Sigap {

namespace {

Stamp stampOf(const Event &e)
{
    return Stamp{e.hlc, e.origin, e.seq};
}

QCborArray stampToCbor(const Stamp &s)
{
    return QCborArray{s.hlc, s.origin, s.seq};
}

QCborArray notesToCbor(const Incident &inc)
{
    QCborArray notes;
    for (const auto &[stamp, note] : inc.notes)
        notes.append(QCborArray{stampToCbor(stamp), note.actor, note.text});
    return notes;
}

QCborArray callsToCbor(const Incident &inc)
{
    QCborArray calls;
    for (const QString &call : inc.calls)
        calls.append(call);
    return calls;
}

Stamp stampFromCbor(const QCborValue &v)
{
    const QCborArray a = v.toArray();
    return Stamp{a.at(0).toInteger(), a.at(1).toString(), a.at(2).toInteger()};
}

// Applies the scalar fields of a created/updated payload. Latitude and longitude travel as
// two keys but are one register, so concurrent moves never mix one desk's lat with
// another's lon.
bool applyFields(Incident &incident, const QCborMap &payload, const Stamp &stamp)
{
    bool changed = false;
    for (const QString &field : IncidentField::all()) {
        if (field == IncidentField::Position)
            continue;
        const QCborValue v = payload.value(field);
        if (!v.isUndefined())
            changed |= incident.setField(field, v, stamp);
    }
    const QCborValue lat = payload.value(QStringLiteral("lat"));
    const QCborValue lon = payload.value(QStringLiteral("lon"));
    if (lat.isDouble() || lat.isInteger()) {
        changed |= incident.setField(IncidentField::Position, QCborArray{lat.toDouble(), lon.toDouble()}, stamp);
    }
    return changed;
}

} // namespace

IncidentProjection::IncidentProjection(QObject *parent)
    : QObject(parent)
{
}

Incident &IncidentProjection::touch(const QString &id)
{
    auto it = m_incidents.find(id);
    if (it == m_incidents.end()) {
        it = m_incidents.insert(id, Incident{});
        it->id = id;
    }
    return *it;
}

void IncidentProjection::apply(const QList<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

void IncidentProjection::apply(const Event &e)
{
    ++m_eventsApplied;
    if (e.kindVersion != 1)
        return;
    const Stamp stamp = stampOf(e);

    if (e.kind == EventKind::IncidentCreated) {
        Incident &inc = touch(e.id());
        if (inc.created)
            return;
        inc.created = true;
        inc.createdStamp = stamp;
        inc.createdBy = e.actor;
        applyFields(inc, e.payload, stamp);
        const QString note = e.payload.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            inc.notes.emplace(stamp, IncidentNote{e.actor, note});
        const QString call = e.payload.value(QStringLiteral("call")).toString();
        if (!call.isEmpty())
            inc.calls.insert(call);
        m_createdIds.append(inc.id);
        Q_EMIT incidentCreated(inc.id);
        return;
    }

    if (!e.kind.startsWith(QLatin1String("incident.")) || e.subject.isEmpty())
        return;

    Incident &inc = touch(e.subject);
    bool changed = false;
    if (e.kind == EventKind::IncidentUpdated) {
        changed = applyFields(inc, e.payload, stamp);
    } else if (e.kind == EventKind::IncidentNoteAdded) {
        changed = inc.notes.emplace(stamp, IncidentNote{e.actor, e.payload.value(QStringLiteral("text")).toString()})
                      .second;
    } else if (e.kind == EventKind::IncidentStatusChanged) {
        const auto to = IncidentStatuses::fromName(e.payload.value(QStringLiteral("to")).toString());
        if (to) {
            inc.transitions.emplace(stamp, StatusTransition{*to, e.actor});
            inc.replayTransitions();
            changed = true;
        }
    } else if (e.kind == EventKind::IncidentCallLinked) {
        changed = inc.calls.insert(e.payload.value(QStringLiteral("call")).toString()).second;
    }
    if (changed && inc.created)
        Q_EMIT incidentChanged(inc.id);
}

const Incident *IncidentProjection::incident(const QString &id) const
{
    auto it = m_incidents.constFind(id);
    return it == m_incidents.constEnd() ? nullptr : &*it;
}

QByteArray IncidentProjection::stateHash() const
{
    QStringList ids = m_incidents.keys();
    std::sort(ids.begin(), ids.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &id : ids) {
        const Incident &inc = *m_incidents.constFind(id);
        QCborMap fields;
        for (auto it = inc.fields.constBegin(); it != inc.fields.constEnd(); ++it)
            fields.insert(it.key(), it->value);
        QCborArray conflicts;
        for (const StatusConflict &c : inc.conflicts)
            conflicts.append(QCborArray{stampToCbor(c.stamp), c.actor, IncidentStatuses::name(c.from),
                                        IncidentStatuses::name(c.to)});
        const QCborArray canonical{id,
                                   inc.created,
                                   stampToCbor(inc.createdStamp),
                                   inc.createdBy,
                                   fields,
                                   notesToCbor(inc),
                                   callsToCbor(inc),
                                   IncidentStatuses::name(inc.status),
                                   conflicts};
        hash.addData(canonicalCbor(canonical));
    }
    return hash.result().toHex();
}

QByteArray IncidentProjection::toSnapshot() const
{
    QCborArray incidents;
    // Creation order first so a restored desk lists incidents as before; then the rest.
    QStringList order = m_createdIds;
    for (auto it = m_incidents.constBegin(); it != m_incidents.constEnd(); ++it) {
        if (!it->created)
            order.append(it.key());
    }
    for (const QString &id : std::as_const(order)) {
        const Incident &inc = *m_incidents.constFind(id);
        QCborMap fields;
        for (auto it = inc.fields.constBegin(); it != inc.fields.constEnd(); ++it)
            fields.insert(it.key(), QCborArray{it->value, stampToCbor(it->stamp)});
        QCborArray transitions;
        for (const auto &[stamp, t] : inc.transitions)
            transitions.append(QCborArray{stampToCbor(stamp), IncidentStatuses::name(t.to), t.actor});
        incidents.append(QCborArray{id, inc.created, stampToCbor(inc.createdStamp), inc.createdBy, fields,
                                    notesToCbor(inc), callsToCbor(inc), transitions});
    }
    QCborMap root;
    root.insert(QStringLiteral("format"), SnapshotFormat);
    root.insert(QStringLiteral("events"), m_eventsApplied);
    root.insert(QStringLiteral("incidents"), incidents);
    return QCborValue(root).toCbor();
}

Result<void> IncidentProjection::restoreSnapshot(const QByteArray &data)
{
    QCborParserError error;
    const QCborMap root = QCborValue::fromCbor(data, &error).toMap();
    if (error.error != QCborError::NoError || root.value(QStringLiteral("format")).toInteger() != SnapshotFormat)
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable snapshot"));

    clear();
    m_eventsApplied = int(root.value(QStringLiteral("events")).toInteger());
    const QCborArray incidents = root.value(QStringLiteral("incidents")).toArray();
    m_incidents.reserve(incidents.size());
    for (const QCborValue &item : incidents) {
        const QCborArray a = item.toArray();
        Incident inc;
        inc.id = a.at(0).toString();
        inc.created = a.at(1).toBool();
        inc.createdStamp = stampFromCbor(a.at(2));
        inc.createdBy = a.at(3).toString();
        const QCborMap fields = a.at(4).toMap();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QCborArray reg = it.value().toArray();
            inc.fields.insert(it.key().toString(), Incident::Register{reg.at(0), stampFromCbor(reg.at(1))});
        }
        for (const QCborValue &n : a.at(5).toArray()) {
            const QCborArray note = n.toArray();
            inc.notes.emplace(stampFromCbor(note.at(0)), IncidentNote{note.at(1).toString(), note.at(2).toString()});
        }
        for (const QCborValue &c : a.at(6).toArray())
            inc.calls.insert(c.toString());
        for (const QCborValue &t : a.at(7).toArray()) {
            const QCborArray tr = t.toArray();
            const auto to = IncidentStatuses::fromName(tr.at(1).toString());
            if (to)
                inc.transitions.emplace(stampFromCbor(tr.at(0)), StatusTransition{*to, tr.at(2).toString()});
        }
        inc.replayTransitions();
        if (inc.created)
            m_createdIds.append(inc.id);
        m_incidents.insert(inc.id, std::move(inc));
    }
    Q_EMIT restored();
    return {};
}

void IncidentProjection::clear()
{
    m_incidents.clear();
    m_createdIds.clear();
    m_eventsApplied = 0;
}

} // namespace Sigap
