#include "incidentprojection.h"

#include "canonicalcbor.h"
#include "cborinteger.h"
#include "eventkinds.h"
#include "snapshotcodec.h"
#include "stampcbor.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QPointF>

#include <algorithm>

namespace Sigap {

namespace {

QVariant fieldValue(const QCborValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isInteger())
        return cborInteger(v);
    return v.toVariant();
}

QCborValue fieldToCbor(FieldId field, const QVariant &value)
{
    if (field == FieldId::Position) {
        const QPointF lonLat = value.toPointF();
        return QCborArray{lonLat.y(), lonLat.x()};
    }
    return QCborValue::fromVariant(value);
}

// Applies the scalar fields of a created/updated payload. Latitude and longitude travel as
// two keys but are one register, so concurrent moves never mix one desk's lat with
// another's lon.
bool applyFields(Incident &incident, const QCborMap &payload, const Stamp &stamp)
{
    bool changed = false;
    for (int f = 0; f < FieldCount; ++f) {
        const FieldId field = FieldId(f);
        if (field == FieldId::Position || field == FieldId::Assignee)
            continue;
        const QCborValue v = payload.value(IncidentField::name(field));
        if (!v.isUndefined())
            changed |= incident.setField(field, fieldValue(v), stamp);
    }
    const QCborValue lat = payload.value(QStringLiteral("lat"));
    const QCborValue lon = payload.value(QStringLiteral("lon"));
    if ((lat.isDouble() || lat.isInteger()) && (lon.isDouble() || lon.isInteger()))
        changed |= incident.setField(FieldId::Position, QPointF(lon.toDouble(), lat.toDouble()), stamp);
    return changed;
}

} // namespace

IncidentProjection::IncidentProjection(QObject *parent)
    : QObject(parent)
{
}

Incident &IncidentProjection::touch(const QString &id)
{
    auto [it, made] = m_incidents.try_emplace(id);
    if (made)
        it->second.id = id;
    return it->second;
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
            inc.addNote(stamp, IncidentNote{e.actor, note});
        const QString call = e.payload.value(QStringLiteral("call")).toString();
        if (!call.isEmpty())
            inc.setCallLink(Link{call, stamp, true});
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
        changed = inc.addNote(stamp, IncidentNote{e.actor, e.payload.value(QStringLiteral("text")).toString()});
    } else if (e.kind == EventKind::IncidentStatusChanged) {
        const auto to = IncidentStatuses::fromName(e.payload.value(QStringLiteral("to")).toString());
        if (to)
            changed = inc.addTransition(stamp, StatusTransition{*to, e.actor});
    } else if (e.kind == EventKind::IncidentReassigned) {
        const QString to = e.payload.value(QStringLiteral("to")).toString();
        if (!to.isEmpty())
            changed = inc.setField(FieldId::Assignee, to, stamp);
    } else if (e.kind == EventKind::IncidentCallLinked || e.kind == EventKind::IncidentCallUnlinked) {
        const QString call = e.payload.value(QStringLiteral("call")).toString();
        if (!call.isEmpty())
            changed = inc.setCallLink(Link{call, stamp, e.kind == EventKind::IncidentCallLinked});
    }
    if (changed && inc.created)
        Q_EMIT incidentChanged(inc.id);
}

const Incident *IncidentProjection::incident(const QString &id) const
{
    auto it = m_incidents.find(id);
    return it == m_incidents.end() ? nullptr : &it->second;
}

int IncidentProjection::openCount() const
{
    int open = 0;
    for (const QString &id : m_createdIds)
        open += IncidentStatuses::isOpen(m_incidents.at(id).status) ? 1 : 0;
    return open;
}

QByteArray IncidentProjection::stateHash() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_incidents.size()));
    for (const auto &[id, incident] : m_incidents)
        ids.append(id);
    std::sort(ids.begin(), ids.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &id : std::as_const(ids)) {
        const Incident &inc = m_incidents.at(id);
        QCborMap fields;
        for (int f = 0; f < FieldCount; ++f) {
            const Incident::Register &reg = inc.fields[size_t(f)];
            if (!(reg.stamp == Stamp{}))
                fields.insert(IncidentField::name(FieldId(f)), fieldToCbor(FieldId(f), reg.value));
        }
        QCborArray notes;
        for (const auto &[stamp, note] : inc.notes)
            notes.append(QCborArray{stampToCbor(stamp), note.actor, note.text});
        QCborArray conflicts;
        for (const StatusConflict &c : inc.conflicts)
            conflicts.append(QCborArray{stampToCbor(c.stamp), c.actor, IncidentStatuses::name(c.from),
                                        IncidentStatuses::name(c.to)});
        const QCborArray canonical{
            id,       inc.created, stampToCbor(inc.createdStamp),         inc.createdBy,
            fields,   notes,       QCborArray::fromStringList(inc.calls), IncidentStatuses::name(inc.status),
            conflicts};
        hash.addData(canonicalCbor(canonical));
    }
    return hash.result().toHex();
}

QByteArray IncidentProjection::toSnapshot() const
{
    // Creation order first so a restored desk lists incidents as before; then the rest.
    QStringList order = m_createdIds;
    for (const auto &[id, incident] : m_incidents) {
        if (!incident.created)
            order.append(id);
    }
    SnapshotWriter writer;
    writer.header(m_eventsApplied, order.size());
    for (const QString &id : std::as_const(order))
        writer.incident(m_incidents.at(id));
    return writer.finish();
}

Result<void> IncidentProjection::restoreSnapshot(const QByteArray &data)
{
    SnapshotReader reader(data);
    qint64 eventsApplied = 0;
    qint32 count = 0;
    if (!reader.header(eventsApplied, count))
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable snapshot"));
    std::unordered_map<QString, Incident> incidents;
    QStringList createdIds;
    incidents.reserve(size_t(std::max(count, 0)));
    for (qint32 i = 0; i < count; ++i) {
        Incident inc;
        if (!reader.incident(inc))
            return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable snapshot"));
        inc.replayTransitions();
        if (inc.created)
            createdIds.append(inc.id);
        QString id = inc.id;
        if (!incidents.try_emplace(std::move(id), std::move(inc)).second)
            return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable snapshot"));
    }
    if (!reader.atEnd())
        return makeError(QStringLiteral("snapshot.format"), QStringLiteral("unreadable snapshot"));
    m_incidents = std::move(incidents);
    m_createdIds = std::move(createdIds);
    m_eventsApplied = int(eventsApplied);
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
