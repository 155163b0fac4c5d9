#include "leadjournal.h"

#include "domain/cborinteger.h"
#include "domain/eventkinds.h"
#include "domain/stampcbor.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>

namespace Sigap {

LeadJournal::LeadJournal(QObject *parent)
    : QObject(parent)
{
}

Handover &LeadJournal::handoverNamed(const QString &id)
{
    Handover &h = m_handovers[id];
    h.id = id;
    return h;
}

void LeadJournal::apply(const QList<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

void LeadJournal::apply(const Event &e)
{
    if (e.kindVersion != 1)
        return;
    const Stamp stamp = stampOf(e);
    bool changed = false;
    if (e.kind == EventKind::EscalationAnswered && !e.subject.isEmpty()) {
        auto it = m_answers.find(e.subject);
        if (it == m_answers.end() || stamp < it->second.stamp) {
            m_answers[e.subject]
                = EscalationAnswer{e.subject, e.actor, e.payload.value(QStringLiteral("note")).toString(), stamp};
            changed = true;
        }
    } else if (e.kind == EventKind::HandoverWritten) {
        Handover &h = handoverNamed(e.id());
        if (h.written == Stamp{}) {
            h.outgoing = e.actor;
            h.note = e.payload.value(QStringLiteral("note")).toString();
            for (const QCborValue &id : e.payload.value(QStringLiteral("open")).toArray())
                h.openIncidents.append(id.toString());
            h.shiftFromMs = cborInteger(e.payload.value(QStringLiteral("shift_from_ms")));
            h.shiftToMs = cborInteger(e.payload.value(QStringLiteral("shift_to_ms")));
            h.written = stamp;
            changed = true;
        }
    } else if (e.kind == EventKind::HandoverAccepted && !e.subject.isEmpty()) {
        Handover &h = handoverNamed(e.subject);
        if (!h.accepted || stamp < *h.accepted) {
            h.accepted = stamp;
            h.incoming = e.actor;
            changed = true;
        }
    }
    if (changed)
        Q_EMIT this->changed();
}

void LeadJournal::clear()
{
    m_answers.clear();
    m_handovers.clear();
}

const EscalationAnswer *LeadJournal::answer(const QString &key) const
{
    auto it = m_answers.find(key);
    return it == m_answers.end() ? nullptr : &it->second;
}

const Handover *LeadJournal::handover(const QString &id) const
{
    auto it = m_handovers.find(id);
    return it == m_handovers.end() || it->second.written == Stamp{} ? nullptr : &it->second;
}

QList<const Handover *> LeadJournal::handovers() const
{
    QList<const Handover *> out;
    for (const auto &[id, h] : m_handovers)
        if (!(h.written == Stamp{}))
            out.append(&h);
    std::sort(out.begin(), out.end(), [](const Handover *a, const Handover *b) { return a->written < b->written; });
    return out;
}

const Handover *LeadJournal::latestHandover() const
{
    const QList<const Handover *> all = handovers();
    return all.isEmpty() ? nullptr : all.constLast();
}

QByteArray LeadJournal::toSnapshot() const
{
    QCborArray answers;
    for (const auto &[key, a] : m_answers)
        answers.append(QCborArray{key, a.actor, a.note, stampToCbor(a.stamp)});
    QCborArray handovers;
    for (const auto &[id, h] : m_handovers)
        handovers.append(QCborArray{id, h.outgoing, h.note, QCborArray::fromStringList(h.openIncidents), h.shiftFromMs,
                                    h.shiftToMs, stampToCbor(h.written), h.incoming,
                                    h.accepted ? QCborValue(stampToCbor(*h.accepted)) : QCborValue(nullptr)});
    return QCborValue(QCborArray{answers, handovers}).toCbor();
}

Result<void> LeadJournal::restoreSnapshot(const QByteArray &data)
{
    clear();
    auto bad = [this] {
        clear();
        return makeError(QStringLiteral("snapshot.lead"), QStringLiteral("unreadable lead journal snapshot"));
    };
    QCborParserError error;
    const QCborArray root = QCborValue::fromCbor(data, &error).toArray();
    if (error.error != QCborError::NoError || root.size() != 2 || !root.at(0).isArray() || !root.at(1).isArray())
        return bad();
    for (const QCborValue &item : root.at(0).toArray()) {
        const QCborArray f = item.toArray();
        const auto stamp = stampFromCbor(f.at(3));
        if (f.size() != 4 || !f.at(0).isString() || !f.at(1).isString() || !f.at(2).isString() || !stamp)
            return bad();
        m_answers[f.at(0).toString()]
            = EscalationAnswer{f.at(0).toString(), f.at(1).toString(), f.at(2).toString(), *stamp};
    }
    for (const QCborValue &item : root.at(1).toArray()) {
        const QCborArray f = item.toArray();
        const auto written = stampFromCbor(f.at(6));
        if (f.size() != 9 || !f.at(0).isString() || !f.at(1).isString() || !f.at(2).isString() || !f.at(3).isArray()
            || !f.at(4).isInteger() || !f.at(5).isInteger() || !written || !f.at(7).isString())
            return bad();
        Handover &h = handoverNamed(f.at(0).toString());
        h.outgoing = f.at(1).toString();
        h.note = f.at(2).toString();
        for (const QCborValue &id : f.at(3).toArray())
            h.openIncidents.append(id.toString());
        h.shiftFromMs = cborInteger(f.at(4));
        h.shiftToMs = cborInteger(f.at(5));
        h.written = *written;
        h.incoming = f.at(7).toString();
        if (!f.at(8).isNull()) {
            const auto accepted = stampFromCbor(f.at(8));
            if (!accepted)
                return bad();
            h.accepted = *accepted;
        }
    }
    return {};
}

} // namespace Sigap
