#include "incidentprojection.h"

#include "canonicalcbor.h"
#include "cborinteger.h"
#include "core/logging.h"
#include "eventkinds.h"
#include "hlc.h"
#include "snapshotcodec.h"
#include "stampcbor.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QPointF>

#include <algorithm>
#include <limits>

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

namespace {
// Recalled archived incidents kept for incident()'s pointers; above this many they are let go
// when the next batch comes (a reader that walks history uses forEachIncident instead).
constexpr size_t MaxRecalled = 4096;
const QString Section = QStringLiteral("incidents");
} // namespace

Incident &IncidentProjection::touch(const QString &id)
{
    if (auto it = m_incidents.find(id); it != m_incidents.end())
        return it->second;
    // An event about an archived incident brings it back into memory: the copy incident()
    // recalled itself (moved as a node, so a pointer to it stays good), or read again.
    if (auto recalled = m_recalled.extract(id))
        return broughtBack(m_incidents.insert(std::move(recalled)).position->second);
    if (std::optional<Incident> archived = readArchived(id))
        return broughtBack(m_incidents.try_emplace(id, std::move(*archived)).first->second);
    auto [it, made] = m_incidents.try_emplace(id);
    it->second.id = id;
    return it->second;
}

Incident &IncidentProjection::broughtBack(Incident &incident)
{
    m_alsoArchived.insert(incident.id);
    if (incident.created) {
        m_createdIds.append(incident.id);
        Q_EMIT incidentCreated(incident.id);
    }
    return incident;
}

std::optional<Incident> IncidentProjection::readArchived(const QString &id) const
{
    if (!m_archive || m_archivedRows == 0)
        return std::nullopt;
    const std::optional<QByteArray> data = m_archive->archivedItem(Section, id);
    return data ? decodeArchived(*data, id) : std::nullopt;
}

std::optional<Incident> IncidentProjection::decodeArchived(const QByteArray &data, const QString &id)
{
    SnapshotReader reader(data);
    qint64 eventsApplied = 0;
    qint32 count = 0;
    Incident incident;
    if (!reader.header(eventsApplied, count) || count != 1 || !reader.incident(incident) || !reader.atEnd()
        || incident.id != id) {
        qCWarning(lcDomain) << "an archived incident is unreadable: the store's archive is damaged (it is rebuilt "
                               "when the desk starts without a snapshot)";
        return std::nullopt;
    }
    incident.replayTransitions();
    return incident;
}

void IncidentProjection::apply(const QList<Event> &events)
{
    if (m_recalled.size() > MaxRecalled)
        m_recalled.clear();
    for (const Event &e : events)
        apply(e);
}

void IncidentProjection::apply(const Event &e)
{
    ++m_eventsApplied;
    m_newestMs = std::max(m_newestMs, Hlc::wallMs(e.hlc));
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
    if (auto it = m_incidents.find(id); it != m_incidents.end())
        return &it->second;
    if (auto it = m_recalled.find(id); it != m_recalled.end())
        return &it->second;
    std::optional<Incident> archived = readArchived(id);
    if (!archived || !archived->created)
        return nullptr;
    return &m_recalled.try_emplace(id, std::move(*archived)).first->second;
}

qint64 IncidentProjection::createdCount() const
{
    return m_createdIds.size() + m_archivedRows - m_alsoArchived.size();
}

void IncidentProjection::forEachIncident(qint64 fromMs, qint64 toMs,
                                         const std::function<void(const Incident &)> &visit) const
{
    if (m_archive && m_archivedRows > m_alsoArchived.size()) {
        m_archive->forEachArchived(Section, fromMs, toMs, [&](const ArchivedItem &item) {
            if (m_incidents.count(item.id))
                return; // superseded by the incident in memory
            if (const std::optional<Incident> archived = decodeArchived(item.data, item.id))
                visit(*archived);
        });
    }
    for (const QString &id : m_createdIds)
        visit(m_incidents.at(id));
}

void IncidentProjection::forEachIncident(const std::function<void(const Incident &)> &visit) const
{
    forEachIncident(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), visit);
}

int IncidentProjection::openCount() const
{
    int open = 0;
    for (const QString &id : m_createdIds)
        open += IncidentStatuses::isOpen(m_incidents.at(id).status) ? 1 : 0;
    return open;
}

namespace {

// The bytes of one incident in the state hash.
void addCanonicalForm(const Incident &inc, QCryptographicHash &hash)
{
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
        conflicts.append(
            QCborArray{stampToCbor(c.stamp), c.actor, IncidentStatuses::name(c.from), IncidentStatuses::name(c.to)});
    const QCborArray canonical{
        inc.id,   inc.created, stampToCbor(inc.createdStamp),         inc.createdBy,
        fields,   notes,       QCborArray::fromStringList(inc.calls), IncidentStatuses::name(inc.status),
        conflicts};
    hash.addData(canonicalCbor(canonical));
}

} // namespace

QByteArray IncidentProjection::stateHash() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_incidents.size()));
    for (const auto &[id, incident] : m_incidents)
        ids.append(id);
    std::sort(ids.begin(), ids.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The archive comes in id order too: merge the two, the one in memory winning.
    qsizetype next = 0;
    if (m_archive && m_archivedRows > 0) {
        m_archive->forEachArchivedById(Section, [&](const ArchivedItem &item) {
            while (next < ids.size() && ids.at(next) < item.id)
                addCanonicalForm(m_incidents.at(ids.at(next++)), hash);
            if (next < ids.size() && ids.at(next) == item.id)
                return;
            if (const std::optional<Incident> archived = decodeArchived(item.data, item.id))
                addCanonicalForm(*archived, hash);
        });
    }
    while (next < ids.size())
        addCanonicalForm(m_incidents.at(ids.at(next++)), hash);
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
    m_recalled.clear();
    m_alsoArchived.clear();
    m_newestMs = 0;
    for (const auto &[id, incident] : m_incidents) {
        m_newestMs = std::max(m_newestMs, incident.lastChangeMs());
        if (m_archivedRows > 0 && m_archive->isArchived(Section, id))
            m_alsoArchived.insert(id);
    }
    Q_EMIT restored();
    return {};
}

void IncidentProjection::clear()
{
    m_incidents.clear();
    m_createdIds.clear();
    m_eventsApplied = 0;
    m_newestMs = 0;
    m_recalled.clear();
    m_alsoArchived.clear();
    m_archivedRows = m_archive ? m_archive->archivedCount(Section) : 0;
}

void IncidentProjection::attachArchive(const ProjectionArchive *archive)
{
    m_archive = archive;
    m_archivedRows = archive ? archive->archivedCount(Section) : 0;
}

QList<ArchivedItem> IncidentProjection::settledItems() const
{
    QList<ArchivedItem> settled;
    if (!m_archive)
        return settled;
    const qint64 cutoff = m_newestMs - HotWindowMs;
    for (const QString &id : m_createdIds) {
        const Incident &incident = m_incidents.at(id);
        if (IncidentStatuses::isOpen(incident.status))
            continue;
        const qint64 lastChange = incident.lastChangeMs();
        if (lastChange >= cutoff)
            continue;
        SnapshotWriter writer;
        writer.header(0, 1);
        writer.incident(incident);
        settled.append(ArchivedItem{id, incident.createdMs(), lastChange, QString(), writer.finish()});
    }
    return settled;
}

void IncidentProjection::forgetArchived(const QList<ArchivedItem> &items)
{
    QSet<QString> gone;
    gone.reserve(items.size());
    for (const ArchivedItem &item : items) {
        if (!m_incidents.erase(item.id))
            continue;
        gone.insert(item.id);
        if (!m_alsoArchived.remove(item.id))
            ++m_archivedRows; // a new row, not one replaced
    }
    m_createdIds.removeIf([&gone](const QString &id) { return gone.contains(id); });
    m_recalled.clear();
    if (!gone.isEmpty())
        Q_EMIT incidentsArchived(QStringList(gone.cbegin(), gone.cend()));
}

} // namespace Sigap
