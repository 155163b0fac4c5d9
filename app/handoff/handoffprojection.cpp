#include "handoffprojection.h"

#include "agencydirectory.h"
#include "domain/cborinteger.h"

#include "domain/eventkinds.h"
#include "domain/hlc.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace Sigap {

HandoffProjection::HandoffProjection(QObject *parent)
    : QObject(parent)
{
}

void HandoffProjection::clear()
{
    m_handoffs.clear();
}

void HandoffProjection::apply(const QList<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

void HandoffProjection::apply(const Event &e)
{
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
    Handoff &h = m_handoffs[keyOf(e.subject, agency)];
    h.incident = e.subject;
    h.agency = agency;
    h.add(stampOf(e), t);
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
    Handoff &h = m_handoffs[keyOf(e.subject, agency)];
    h.incident = e.subject;
    h.agency = agency;
    h.addDelivery(send, d);
    Q_EMIT changed(e.subject, agency);
}

const Handoff *HandoffProjection::handoff(const QString &incident, const QString &agency) const
{
    const auto it = m_handoffs.constFind(keyOf(incident, agency));
    return it == m_handoffs.cend() ? nullptr : &it.value();
}

QList<const Handoff *> HandoffProjection::all() const
{
    QList<const Handoff *> out;
    for (const Handoff &h : m_handoffs)
        out.append(&h);
    std::sort(out.begin(), out.end(), [](const Handoff *a, const Handoff *b) {
        return a->incident != b->incident ? a->incident < b->incident : a->agency < b->agency;
    });
    return out;
}

QList<const Handoff *> HandoffProjection::ofIncident(const QString &incident) const
{
    QList<const Handoff *> out;
    for (const Handoff &h : m_handoffs)
        if (h.incident == incident)
            out.append(&h);
    std::sort(out.begin(), out.end(), [](const Handoff *a, const Handoff *b) { return a->agency < b->agency; });
    return out;
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
    for (const Handoff *h : all()) {
        QCborArray transitions;
        for (const auto &[stamp, t] : h->transitions)
            transitions.append(QCborArray{stamp.hlc, stamp.origin, stamp.seq, HandoffStates::name(t.to), t.actor,
                                          t.channel, t.receivedBy, t.reason});
        QCborArray deliveries;
        for (const auto &[send, d] : h->deliveries)
            deliveries.append(QCborArray{send, d.delivered, d.httpStatus, d.attempts, d.reason, d.stamp.hlc,
                                         d.stamp.origin, d.stamp.seq});
        handoffs.append(QCborArray{h->incident, h->agency, transitions, deliveries});
    }
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
        const QCborArray h = item.toArray();
        if (h.size() != 4 || !h.at(0).isString() || !h.at(1).isString() || !h.at(2).isArray() || !h.at(3).isArray())
            return bad();
        Handoff &handoff = m_handoffs[keyOf(h.at(0).toString(), h.at(1).toString())];
        handoff.incident = h.at(0).toString();
        handoff.agency = h.at(1).toString();
        for (const QCborValue &tv : h.at(2).toArray()) {
            const QCborArray t = tv.toArray();
            const auto to = HandoffStates::fromName(t.at(3).toString());
            if (t.size() != 8 || !t.at(0).isInteger() || !t.at(2).isInteger() || !to)
                return bad();
            handoff.add(
                Stamp{cborInteger(t.at(0)), t.at(1).toString(), cborInteger(t.at(2))},
                HandoffTransition{*to, t.at(4).toString(), t.at(5).toString(), t.at(6).toString(), t.at(7).toString()});
        }
        for (const QCborValue &dv : h.at(3).toArray()) {
            const QCborArray d = dv.toArray();
            if (d.size() != 8 || !d.at(0).isString() || !d.at(1).isBool() || !d.at(5).isInteger())
                return bad();
            handoff.addDelivery(d.at(0).toString(),
                                HandoffDelivery{d.at(1).toBool(), int(cborInteger(d.at(2))), int(cborInteger(d.at(3))),
                                                d.at(4).toString(),
                                                Stamp{cborInteger(d.at(5)), d.at(6).toString(), cborInteger(d.at(7))}});
        }
    }
    return {};
}

} // namespace Sigap
