#include "authoritygate.h"

#include "core/logging.h"
#include "domain/eventkinds.h"
#include "operatordirectory.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>
#include <iterator>

namespace Sigap {

namespace {
constexpr int SnapshotVersion = 1;
} // namespace

AuthorityGate::AuthorityGate(const OperatorDirectory &operators, FetchEvent fetch)
    : m_operators(operators)
    , m_fetch(std::move(fetch))
{
}

std::optional<Permission> AuthorityGate::permissionFor(const QString &kind)
{
    if (kind == EventKind::IncidentReassigned)
        return Permission::Reassign;
    if (kind == EventKind::EscalationAnswered)
        return Permission::AnswerEscalations;
    if (kind == EventKind::HandoverWritten || kind == EventKind::HandoverAccepted)
        return Permission::WriteHandover;
    if (kind == EventKind::RoomShiftsSet || kind == EventKind::RoomRetentionSet
        || kind == EventKind::RoomConfigPublished)
        return Permission::ManageRoom;
    return std::nullopt;
}

bool AuthorityGate::holds(const Event &event)
{
    if (!permissionFor(event.kind))
        return false;
    const Stamp stamp = stampOf(event);
    if (m_held.contains(stamp))
        return true; // folded already
    Held held;
    held.origin = event.origin;
    held.seq = event.seq;
    held.kind = event.kind;
    held.subject = event.subject;
    held.actor = event.actor;
    held.stamp = stamp;
    m_held.emplace(stamp, std::move(held));
    m_unread.emplace(stamp, event);
    return true;
}

bool AuthorityGate::allowed(const Held &held) const
{
    return m_operators.hadPermission(held.actor, *permissionFor(held.kind), held.stamp);
}

EventGate::Settled AuthorityGate::settle()
{
    Settled settled;
    // What authority said before stands unless it changed: then everything is asked again.
    const bool recheckAll = m_operators.authorityVersion() != m_checkedVersion;
    m_checkedVersion = m_operators.authorityVersion();
    for (auto &[stamp, held] : m_held) {
        if (!recheckAll && held.decided)
            continue;
        held.decided = true;
        const bool ok = allowed(held);
        if (ok == held.applied)
            continue;
        if (held.applied) {
            qCInfo(lcAuth) << "a registration that arrived late takes the authority of" << held.kind << "event"
                           << held.origin << held.seq << "back: the log is folded again";
            settled.foldAgain = true;
            continue;
        }
        std::optional<Event> event;
        if (auto unread = m_unread.find(stamp); unread != m_unread.end())
            event = unread->second;
        else
            event = m_fetch(held.origin, held.seq);
        if (!event) {
            qCWarning(lcAuth) << "event" << held.origin << held.seq << "cannot be read back to take effect";
            held.decided = false; // tried again at the next settle
            continue;
        }
        held.applied = true;
        settled.release.append(*event);
    }
    m_unread.clear();
    if (settled.foldAgain)
        settled.release.clear(); // the fold of the whole log decides afresh
    return settled;
}

bool AuthorityGate::tookEffect(const Event &event) const
{
    if (!permissionFor(event.kind))
        return true;
    const auto it = m_held.find(stampOf(event));
    return it != m_held.end() && it->second.applied;
}

QList<Event> AuthorityGate::tookEffectOnly(const QList<Event> &events) const
{
    QList<Event> out;
    std::copy_if(events.cbegin(), events.cend(), std::back_inserter(out),
                 [this](const Event &e) { return tookEffect(e); });
    return out;
}

QList<RefusedAction> AuthorityGate::refused() const
{
    QList<RefusedAction> out;
    for (const auto &[stamp, held] : m_held) {
        if (held.decided && !held.applied)
            out.append(RefusedAction{held.origin + QLatin1Char('-') + QString::number(held.seq), held.kind,
                                     held.subject, held.actor});
    }
    return out;
}

QByteArray AuthorityGate::toSnapshot() const
{
    QCborArray rows;
    for (const auto &[stamp, held] : m_held) {
        rows.append(QCborArray{held.origin, held.seq, held.kind, held.subject, held.actor, held.stamp.hlc, held.applied,
                               held.decided});
    }
    return QCborArray{SnapshotVersion, rows}.toCborValue().toCbor();
}

Result<void> AuthorityGate::restoreSnapshot(const QByteArray &data)
{
    const QCborArray top = QCborValue::fromCbor(data).toArray();
    if (top.size() != 2 || top.at(0).toInteger() != SnapshotVersion || !top.at(1).isArray())
        return makeError(QStringLiteral("snapshot.authority"), tr("the authority section is not one this desk reads"));
    clear();
    for (const QCborValue &value : top.at(1).toArray()) {
        const QCborArray row = value.toArray();
        if (row.size() != 8 || !row.at(0).isString() || !row.at(1).isInteger() || !row.at(2).isString()
            || !row.at(5).isInteger())
            return makeError(QStringLiteral("snapshot.authority"), tr("the authority section is damaged"));
        Held held;
        held.origin = row.at(0).toString();
        held.seq = row.at(1).toInteger();
        held.kind = row.at(2).toString();
        held.subject = row.at(3).toString();
        held.actor = row.at(4).toString();
        held.stamp = Stamp{row.at(5).toInteger(), held.origin, held.seq};
        held.applied = row.at(6).toBool();
        held.decided = row.at(7).toBool();
        m_held.emplace(held.stamp, held);
    }
    m_checkedVersion = 0; // asked again at the first settle: the operators were restored too
    return {};
}

void AuthorityGate::clear()
{
    m_held.clear();
    m_unread.clear();
    m_checkedVersion = 0;
}

} // namespace Sigap
