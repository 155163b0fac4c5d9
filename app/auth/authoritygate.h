#pragma once

#include "domain/eventgate.h"
#include "domain/incident.h"
#include "domain/projection.h"
#include "roles.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <optional>

namespace Sigap {

class OperatorDirectory;

// A lead action or room setting the log holds but that did not take effect: its author did
// not have the role at that point of the log.
struct RefusedAction
{
    QString eventId;
    QString kind;
    QString subject;
    QString actor;
};

// Authority in the fold for what needs a role beyond taking calls: reassigning an incident,
// answering an escalation, writing or countersigning a handover (a shift lead), and the room's
// settings — shifts and retention of recordings (an administrator). Such an event takes effect
// only if its author had the permission at its point of the log (OperatorDirectory::
// hadPermission); otherwise it stays in the log, is listed in refused(), and changes nothing.
//
// The decision is made when the fold settles (eventgate.h), with every registration of the
// batch or the log known, and made again whenever the operators' authority changes: an event
// refused for want of a registration that had not arrived yet is released when it comes. A
// registration that arrives late and takes a role away from an action already folded makes
// the whole log fold again (ProjectionFold::foldAgain), so every desk ends with the same state
// whatever order the events came in. The gate's own section of the snapshot keeps what it
// decided; held events are read back from the store when they are released.
class AuthorityGate : public Projection, public EventGate
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::AuthorityGate)

public:
    using FetchEvent = std::function<std::optional<Event>(const QString &origin, qint64 seq)>;

    AuthorityGate(const OperatorDirectory &operators, FetchEvent fetch);

    // The permission an event of this kind needs, or none: not the gate's.
    static std::optional<Permission> permissionFor(const QString &kind);

    bool holds(const Event &event) override;
    Settled settle() override;

    // False only for an event the gate refused (or has not decided yet).
    bool tookEffect(const Event &event) const;
    // The events of the list that took effect, in their order: what a reader of settings folds.
    QList<Event> tookEffectOnly(const QList<Event> &events) const;
    QList<RefusedAction> refused() const; // oldest first

    QString sectionName() const override { return QStringLiteral("authority"); }
    void apply(const Event &) override {} // the fold hands its events to holds()
    void apply(const QList<Event> &) override {}
    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;
    void clear() override;

private:
    struct Held
    {
        QString origin;
        qint64 seq = 0;
        QString kind;
        QString subject;
        QString actor;
        Stamp stamp;
        bool applied = false;
        bool decided = false;
    };
    bool allowed(const Held &held) const;

    const OperatorDirectory &m_operators;
    FetchEvent m_fetch;
    std::map<Stamp, Held> m_held;    // every event of a gated kind, in stamp order
    std::map<Stamp, Event> m_unread; // their events, until the gate has decided on them
    quint64 m_checkedVersion = 0;    // the operators' authority version of the last settle
};

} // namespace Sigap
