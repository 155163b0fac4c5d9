#pragma once

#include "domain/projection.h"
#include "roles.h"

#include "core/result.h"
#include "domain/event.h"
#include "domain/incident.h"

#include <QObject>

#include <map>
#include <set>

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
    Stamp reset;                  // newest signed_in, pin_set or unlocked
    std::set<Stamp> refusals;     // wrong PINs after `reset`
    std::map<QString, Stamp> in;  // desk -> stamp of its newest signed_in there
    std::map<QString, Stamp> out; // desk -> stamp of its newest signed_out there

    bool isRegistered() const { return !(registered == Stamp{}); }
    bool hasRole(Role role) const { return roles.contains(role); }
    bool allows(Permission permission) const { return Roles::anyAllows(roles, permission); }
    QStringList signedInAt() const; // the desks where the newest word is "signed in"
};

// The room's operators, folded from operator.* events (eventkinds.h) in any order: every
// field is a register ordered by stamp, and a lockout is counted from the refusals newer than
// the newest reset, so every desk agrees on who is locked out, and until when.
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

    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;

Q_SIGNALS:
    void changed(const QString &operatorId);

private:
    std::map<QString, OperatorAccount> m_accounts;
};

} // namespace Sigap
