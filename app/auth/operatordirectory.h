#pragma once

#include "domain/projection.h"
#include "roles.h"

#include "core/result.h"
#include "domain/event.h"
#include "domain/incident.h"

#include <QObject>

#include <limits>
#include <map>
#include <set>
#include <vector>

namespace Sigap {

// One person who may sign in at the room's desks, as the room's log says.
struct OperatorAccount
{
    QString id;
    QString name;
    QList<Role> roles;
    QString agency; // a liaison's agency
    bool active = true;
    Stamp registered; // of the registration that holds
    QString pinHash;  // PinHash's form; empty: no PIN set, cannot sign in
    Stamp pinStamp;
    Stamp reset;                  // newest signed_in, or pin_set or unlocked that took effect
    Stamp signInReset;            // newest signed_in
    Stamp shortPinSeen;           // newest sign-in with a PIN shorter than a new one may be
    std::set<Stamp> refusals;     // every wrong PIN (a late change of authority can move `reset` back)
    std::map<QString, Stamp> in;  // desk -> stamp of its newest signed_in there
    std::map<QString, Stamp> out; // desk -> stamp of its newest signed_out there

    bool isRegistered() const { return !(registered == Stamp{}); }
    bool hasRole(Role role) const { return roles.contains(role); }
    bool allows(Permission permission) const { return Roles::anyAllows(roles, permission); }
    QStringList signedInAt() const;                              // the desks where the newest word is "signed in"
    int failedSignIns() const;                                   // wrong PINs after `reset`
    bool pinTooShort() const { return pinStamp < shortPinSeen; } // to be changed: no PIN set since
};

// An operator change the log holds but that did not take effect: its author lacked the
// authority at that point of the log.
struct RefusedOperatorChange
{
    QString eventId;
    QString kind;
    QString subject;
    QString actor;
};

// The room's operators, folded from operator.* events (eventkinds.h) in any order: every
// field is a register ordered by stamp, and a lockout is counted from the refusals newer than
// the newest reset, so every desk agrees on who is locked out, and until when.
//
// Authority is part of the fold. A registration, a PIN set or an unlock takes effect only if
// its author could make it at that point of the log (in stamp order): an administrator, or
// anyone while the room has no administrator who can sign in (with a PIN) yet, which is how the
// machine's owner registers the first one with sigapctl; a PIN also by its own operator, an unlock also by a shift
// lead. Such changes are folded again in stamp order whenever one arrives late, so every desk reaches the same accounts
// whatever order the events came in. A change without authority stays in the log and in refusedChanges(), and changes
// nothing.
class OperatorDirectory : public QObject, public Projection
{
    Q_OBJECT

public:
    // Five wrong PINs in a row lock the operator out for LockoutMs after the last. When the
    // lockout ends the count stays: one more wrong PIN locks again, until a right PIN, a new
    // PIN or an unlock starts the count afresh.
    static constexpr int MaxFailedSignIns = 5;
    static constexpr qint64 LockoutMs = 15 * 60 * 1000;

    explicit OperatorDirectory(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("operators"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;
    void clear() override;

    const OperatorAccount *account(const QString &id) const; // null: never registered
    QList<const OperatorAccount *> all() const;              // by id
    bool isEmpty() const { return m_accounts.empty(); }
    // The wall time (ms) until which the operator may not sign in; 0 when not locked out.
    qint64 lockedUntilMs(const OperatorAccount &account, qint64 nowMs) const;

    // Whether `actor` may make a change of this kind to operator `subject` now (the rule the
    // fold applies at each change's point of the log).
    bool mayChange(const QString &kind, const QString &actor, const QString &subject) const;
    const QList<RefusedOperatorChange> &refusedChanges() const { return m_refused; }

    // Whether `actor` held `permission` at the point `at` of the log: by the newest of their
    // registrations before it that took effect. Until the room has an administrator who can
    // sign in (registered and with a PIN, both before `at`), anyone did, as for the changes
    // above: that is how the machine's owner sets a new room up with sigapctl. The fold of lead
    // actions and room settings asks this (AuthorityGate); a desk asks it for now before it
    // writes one (atNow()).
    bool hadPermission(const QString &actor, Permission permission, const Stamp &at) const;
    static Stamp atNow() { return Stamp{std::numeric_limits<qint64>::max(), {}, 0}; }
    // Counts the changes of what hadPermission() answers: a gate re-checks when it moved.
    quint64 authorityVersion() const { return m_authorityVersion; }

    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;

Q_SIGNALS:
    void changed(const QString &operatorId);

private:
    static bool isManagedKind(const QString &kind);
    void applyManaged(const Event &e);
    void refoldManaged();

    // A registration that took effect: the roles it gave from its stamp on.
    struct Grant
    {
        Stamp at;
        QList<Role> roles;
        bool active = true;
    };
    const Grant *grantAt(const QString &id, const Stamp &at) const; // the newest before `at`
    void authorityChanged() { ++m_authorityVersion; }

    std::map<QString, OperatorAccount> m_accounts;
    std::map<QString, std::vector<Grant>> m_grants; // by operator, in stamp order
    std::map<QString, Stamp> m_firstPin;            // by operator: the first PIN set that took effect
    quint64 m_authorityVersion = 0;
    std::map<Stamp, Event> m_managed; // registrations, PINs and unlocks, in stamp order
    QList<RefusedOperatorChange> m_refused;
    bool m_batching = false;      // inside apply(QList)
    bool m_refoldPending = false; // a change arrived out of stamp order meanwhile
};

} // namespace Sigap
