#include "handoffprojection.h"

#include "agencydirectory.h"
#include "domain/cborinteger.h"

#include "domain/eventkinds.h"
#include "domain/hlc.h"

#include "core/logging.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>
#include <limits>

namespace Sigap {

namespace {

// Recalled archived handoffs kept for the pointers handed out, and incidents whose archived
// handoffs were looked up; above these many they are let go when the next batch comes.
constexpr size_t MaxRecalled = 4096;
constexpr qsizetype MaxIncidentsLookedUp = 65536; // every open incident is, at each refresh
const QString Section = QStringLiteral("handoffs");

// One handoff as the snapshot and the archive keep it: its transitions and deliveries, which
// restoring replays, so neither can disagree with the fold.
QCborArray encodeHandoff(const Handoff &h)
{
    QCborArray transitions;
    for (const auto &[stamp, t] : h.transitions)
        transitions.append(QCborArray{stamp.hlc, stamp.origin, stamp.seq, HandoffStates::name(t.to), t.actor, t.channel,
                                      t.receivedBy, t.reason});
    QCborArray deliveries;
    for (const auto &[send, d] : h.deliveries)
        deliveries.append(QCborArray{send, d.delivered, d.httpStatus, d.attempts, d.reason, d.stamp.hlc, d.stamp.origin,
                                     d.stamp.seq});
    return QCborArray{h.incident, h.agency, transitions, deliveries};
}

std::optional<Handoff> decodeHandoff(const QCborValue &item)
{
    const QCborArray h = item.toArray();
    if (h.size() != 4 || !h.at(0).isString() || !h.at(1).isString() || !h.at(2).isArray() || !h.at(3).isArray())
        return std::nullopt;
    Handoff handoff;
    handoff.incident = h.at(0).toString();
    handoff.agency = h.at(1).toString();
    for (const QCborValue &tv : h.at(2).toArray()) {
        const QCborArray t = tv.toArray();
        const auto to = HandoffStates::fromName(t.at(3).toString());
        if (t.size() != 8 || !t.at(0).isInteger() || !t.at(2).isInteger() || !to)
            return std::nullopt;
        handoff.add(
            Stamp{cborInteger(t.at(0)), t.at(1).toString(), cborInteger(t.at(2))},
            HandoffTransition{*to, t.at(4).toString(), t.at(5).toString(), t.at(6).toString(), t.at(7).toString()});
    }
    for (const QCborValue &dv : h.at(3).toArray()) {
        const QCborArray d = dv.toArray();
        if (d.size() != 8 || !d.at(0).isString() || !d.at(1).isBool() || !d.at(5).isInteger())
            return std::nullopt;
        handoff.addDelivery(d.at(0).toString(),
                            HandoffDelivery{d.at(1).toBool(), int(cborInteger(d.at(2))), int(cborInteger(d.at(3))),
                                            d.at(4).toString(),
                                            Stamp{cborInteger(d.at(5)), d.at(6).toString(), cborInteger(d.at(7))}});
    }
    return handoff;
}

std::optional<Handoff> decodeArchived(const QByteArray &data, const QString &key)
{
    QCborParserError error;
    std::optional<Handoff> h = decodeHandoff(QCborValue::fromCbor(data, &error));
    if (error.error != QCborError::NoError || !h || HandoffProjection::keyOf(h->incident, h->agency) != key) {
        qCWarning(lcDomain) << "an archived handoff is unreadable: the store's archive is damaged (it is rebuilt "
                               "when the desk starts without a snapshot)";
        return std::nullopt;
    }
    return h;
}

qint64 firstChangeMs(const Handoff &h)
{
    return h.transitions.empty() ? 0 : Hlc::wallMs(h.transitions.begin()->first.hlc);
}

qint64 lastChangeMs(const Handoff &h)
{
    qint64 newest = h.transitions.empty() ? 0 : h.transitions.rbegin()->first.hlc; // sorted by stamp
    for (const auto &[send, d] : h.deliveries)
        newest = std::max(newest, d.stamp.hlc);
    return Hlc::wallMs(newest);
}

bool byIncidentThenAgency(const Handoff *a, const Handoff *b)
{
    return a->incident != b->incident ? a->incident < b->incident : a->agency < b->agency;
}

} // namespace

HandoffProjection::HandoffProjection(QObject *parent)
    : QObject(parent)
{
}

void HandoffProjection::clear()
{
    m_handoffs.clear();
    m_recalled.clear();
    m_archivedKeysOfIncident.clear();
    m_newestMs = 0;
    m_archivedRows = m_archive ? m_archive->archivedCount(Section) : 0;
}

void HandoffProjection::apply(const QList<Event> &events)
{
    if (m_recalled.size() > MaxRecalled || m_archivedKeysOfIncident.size() > MaxIncidentsLookedUp) {
        m_recalled.clear();
        m_archivedKeysOfIncident.clear();
    }
    for (const Event &e : events)
        apply(e);
}

Handoff &HandoffProjection::touch(const QString &incident, const QString &agency)
{
    const QString key = keyOf(incident, agency);
    if (auto it = m_handoffs.find(key); it != m_handoffs.end())
        return it->second;
    // An event about an archived handoff brings it back into memory: the copy read back for
    // handoff() (moved as a node, so a pointer to it stays good), or read again.
    if (auto recalled = m_recalled.extract(key))
        return m_handoffs.insert(std::move(recalled)).position->second;
    if (std::optional<Handoff> archived = readArchived(key))
        return m_handoffs.try_emplace(key, std::move(*archived)).first->second;
    Handoff &made = m_handoffs[key];
    made.incident = incident;
    made.agency = agency;
    return made;
}

std::optional<Handoff> HandoffProjection::readArchived(const QString &key) const
{
    if (!m_archive || m_archivedRows == 0)
        return std::nullopt;
    const std::optional<QByteArray> data = m_archive->archivedItem(Section, key);
    return data ? decodeArchived(*data, key) : std::nullopt;
}

void HandoffProjection::apply(const Event &e)
{
    m_newestMs = std::max(m_newestMs, Hlc::wallMs(e.hlc));
    if (e.kind == EventKind::HandoffDelivered || e.kind == EventKind::HandoffDeliveryFailed)
        return applyDelivery(e);
    const bool sent = e.kind == EventKind::HandoffSent;
    if (!sent && e.kind != EventKind::HandoffStatusChanged)
        return;
    const QString agency = e.payload.value(QStringLiteral("agency")).toString();
    if (e.subject.isEmpty() || agency.isEmpty())
        return;
    HandoffTransition t;
    t.actor = e.actor;
    if (sent) {
        t.to = HandoffState::Sent;
        t.channel = e.payload.value(QStringLiteral("channel")).toString();
        t.receivedBy = e.payload.value(QStringLiteral("received_by")).toString();
    } else {
        const auto to = HandoffStates::fromName(e.payload.value(QStringLiteral("to")).toString());
        if (!to || *to == HandoffState::Sent)
            return; // a state of a later version: kept in the log, not folded here
        t.to = *to;
        t.reason = e.payload.value(QStringLiteral("reason")).toString();
    }
    touch(e.subject, agency).add(stampOf(e), t);
    Q_EMIT changed(e.subject, agency);
}

void HandoffProjection::applyDelivery(const Event &e)
{
    const QString agency = e.payload.value(QStringLiteral("agency")).toString();
    const QString send = e.payload.value(QStringLiteral("send")).toString();
    if (e.subject.isEmpty() || agency.isEmpty() || send.isEmpty())
        return;
    HandoffDelivery d;
    d.delivered = e.kind == EventKind::HandoffDelivered;
    d.httpStatus = int(cborInteger(e.payload.value(QStringLiteral("http_status"))));
    d.attempts = int(cborInteger(e.payload.value(QStringLiteral("attempts"))));
    d.reason = e.payload.value(QStringLiteral("reason")).toString();
    d.stamp = stampOf(e);
    touch(e.subject, agency).addDelivery(send, d);
    Q_EMIT changed(e.subject, agency);
}

const Handoff *HandoffProjection::handoff(const QString &incident, const QString &agency) const
{
    const QString key = keyOf(incident, agency);
    if (auto it = m_handoffs.find(key); it != m_handoffs.end())
        return &it->second;
    if (auto it = m_recalled.find(key); it != m_recalled.end())
        return &it->second;
    std::optional<Handoff> archived = readArchived(key);
    if (!archived)
        return nullptr;
    return &m_recalled.try_emplace(key, std::move(*archived)).first->second;
}

QList<const Handoff *> HandoffProjection::all() const
{
    QList<const Handoff *> out;
    out.reserve(qsizetype(m_handoffs.size()));
    for (const auto &[key, h] : m_handoffs)
        out.append(&h);
    std::sort(out.begin(), out.end(), byIncidentThenAgency);
    return out;
}

// Read from the store once per incident and kept (with the handoffs, in m_recalled) until
// the cache is let go; a handoff archived later drops the whole cache (forgetArchived).
const QStringList &HandoffProjection::archivedKeysOf(const QString &incident) const
{
    if (auto it = m_archivedKeysOfIncident.constFind(incident); it != m_archivedKeysOfIncident.constEnd())
        return *it;
    QStringList keys;
    if (m_archive && m_archivedRows > 0) {
        m_archive->forEachArchivedWithKey(Section, incident, [&](const ArchivedItem &item) {
            if (m_recalled.count(item.id) == 0) {
                std::optional<Handoff> archived = decodeArchived(item.data, item.id);
                if (!archived)
                    return;
                m_recalled.try_emplace(item.id, std::move(*archived));
            }
            keys.append(item.id);
        });
    }
    return *m_archivedKeysOfIncident.insert(incident, keys);
}

QList<const Handoff *> HandoffProjection::ofIncident(const QString &incident) const
{
    QList<const Handoff *> out;
    for (const QString &key : archivedKeysOf(incident)) {
        if (m_handoffs.count(key))
            continue; // back in memory: listed below
        if (const Handoff *archived = handoff(incident, key.section(QLatin1Char('\n'), 1)))
            out.append(archived);
    }
    for (const auto &[key, h] : m_handoffs)
        if (h.incident == incident)
            out.append(&h);
    std::sort(out.begin(), out.end(), [](const Handoff *a, const Handoff *b) { return a->agency < b->agency; });
    return out;
}

void HandoffProjection::forEachHandoff(qint64 fromMs, qint64 toMs,
                                       const std::function<void(const Handoff &)> &visit) const
{
    if (m_archive && m_archivedRows > 0) {
        m_archive->forEachArchived(Section, fromMs, toMs, [&](const ArchivedItem &item) {
            if (m_handoffs.count(item.id))
                return; // superseded by the handoff in memory
            if (const std::optional<Handoff> archived = decodeArchived(item.data, item.id))
                visit(*archived);
        });
    }
    for (const Handoff *h : all())
        visit(*h);
}

void HandoffProjection::forEachHandoff(const std::function<void(const Handoff &)> &visit) const
{
    forEachHandoff(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), visit);
}

qint64 HandoffProjection::ackTimeoutMs(const Handoff &h, const AgencyDirectory &agencies)
{
    const Agency *agency = agencies.byId(h.agency);
    return qint64(agency ? agency->ackTimeoutS : Agency().ackTimeoutS) * 1000;
}

bool HandoffProjection::isAwaitingAcknowledgement(const Handoff &h)
{
    return h.state == HandoffState::Sent && h.at(HandoffState::Sent);
}

bool HandoffProjection::isOverdue(const Handoff &h, qint64 nowMs, const AgencyDirectory &agencies)
{
    return isAwaitingAcknowledgement(h) && nowMs - *h.at(HandoffState::Sent) > ackTimeoutMs(h, agencies);
}

QList<const Handoff *> HandoffProjection::awaitingAcknowledgement() const
{
    QList<const Handoff *> out;
    for (const Handoff *h : all())
        if (isAwaitingAcknowledgement(*h))
            out.append(h);
    return out;
}

QList<const Handoff *> HandoffProjection::overdue(qint64 nowMs, const AgencyDirectory &agencies) const
{
    QList<const Handoff *> out;
    for (const Handoff *h : all())
        if (isOverdue(*h, nowMs, agencies))
            out.append(h);
    return out;
}

// The snapshot keeps each handoff's transitions; restoring replays them, so the snapshot
// cannot disagree with the fold.
QByteArray HandoffProjection::toSnapshot() const
{
    QCborArray handoffs;
    for (const Handoff *h : all())
        handoffs.append(encodeHandoff(*h));
    return QCborValue(handoffs).toCbor();
}

Result<void> HandoffProjection::restoreSnapshot(const QByteArray &data)
{
    clear();
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(data, &error);
    auto bad = [this] {
        clear();
        return makeError(QStringLiteral("snapshot.handoffs"), QStringLiteral("unreadable handoff snapshot"));
    };
    if (error.error != QCborError::NoError || !root.isArray())
        return bad();
    for (const QCborValue &item : root.toArray()) {
        std::optional<Handoff> h = decodeHandoff(item);
        if (!h)
            return bad();
        m_newestMs = std::max(m_newestMs, lastChangeMs(*h));
        QString key = keyOf(h->incident, h->agency);
        m_handoffs.insert_or_assign(std::move(key), std::move(*h));
    }
    return {};
}

void HandoffProjection::attachArchive(const ProjectionArchive *archive)
{
    m_archive = archive;
    m_archivedRows = archive ? archive->archivedCount(Section) : 0;
}

QList<ArchivedItem> HandoffProjection::settledItems() const
{
    QList<ArchivedItem> settled;
    if (!m_archive)
        return settled;
    const qint64 cutoff = m_newestMs - HotWindowMs;
    for (const auto &[key, h] : m_handoffs) {
        if (h.transitions.empty() || HandoffStates::isOpen(h.state))
            continue;
        const qint64 lastChange = lastChangeMs(h);
        if (lastChange >= cutoff)
            continue;
        settled.append(
            ArchivedItem{key, firstChangeMs(h), lastChange, h.incident, encodeHandoff(h).toCborValue().toCbor()});
    }
    return settled;
}

void HandoffProjection::forgetArchived(const QList<ArchivedItem> &items)
{
    QStringList gone;
    for (const ArchivedItem &item : items) {
        if (m_handoffs.erase(item.id) == 0)
            continue;
        gone.append(item.id);
        ++m_archivedRows;
    }
    m_recalled.clear();
    m_archivedKeysOfIncident.clear();
    if (!gone.isEmpty())
        Q_EMIT handoffsArchived(gone);
}

} // namespace Sigap
