#include "operatordirectory.h"

#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/stampcbor.h"

#include <QCborArray>
#include <QCborValue>

namespace Sigap {

namespace {

QList<Role> rolesFrom(const QCborValue &v)
{
    QList<Role> roles;
    for (const QCborValue &name : v.toArray()) {
        if (const auto role = Roles::fromName(name.toString()); role && !roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

// Moves `reset` forward and forgets the refusals it makes old (they can never count again,
// as a reset only moves forward).
void resetAt(OperatorAccount &account, const Stamp &stamp)
{
    if (!(account.reset < stamp))
        return;
    account.reset = stamp;
    account.refusals.erase(account.refusals.begin(), account.refusals.upper_bound(stamp));
}

void keepNewest(std::map<QString, Stamp> &byDesk, const QString &desk, const Stamp &stamp)
{
    auto [it, made] = byDesk.try_emplace(desk, stamp);
    if (!made && it->second < stamp)
        it->second = stamp;
}

} // namespace

QStringList OperatorAccount::signedInAt() const
{
    QStringList desks;
    for (const auto &[desk, stamp] : in) {
        const auto signedOut = out.find(desk);
        if (signedOut == out.end() || signedOut->second < stamp)
            desks.append(desk);
    }
    return desks;
}

OperatorDirectory::OperatorDirectory(QObject *parent)
    : QObject(parent)
{
}

void OperatorDirectory::apply(const QList<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

void OperatorDirectory::apply(const Event &e)
{
    if (e.kindVersion != 1 || e.subject.isEmpty() || !e.kind.startsWith(QLatin1String("operator.")))
        return;
    const Stamp stamp = stampOf(e);
    OperatorAccount &a = m_accounts[e.subject];
    a.id = e.subject;
    if (e.kind == EventKind::OperatorRegistered) {
        if (!(a.registered < stamp))
            return;
        a.registered = stamp;
        a.name = e.payload.value(QStringLiteral("name")).toString();
        a.roles = rolesFrom(e.payload.value(QStringLiteral("roles")));
        a.agency = e.payload.value(QStringLiteral("agency")).toString();
        a.active = e.payload.value(QStringLiteral("active")).toBool(true);
    } else if (e.kind == EventKind::OperatorPinSet) {
        resetAt(a, stamp);
        if (!(a.pinStamp < stamp))
            return;
        a.pinStamp = stamp;
        a.pinHash = e.payload.value(QStringLiteral("pin_hash")).toString();
    } else if (e.kind == EventKind::OperatorSignedIn) {
        resetAt(a, stamp);
        keepNewest(a.in, e.origin, stamp);
    } else if (e.kind == EventKind::OperatorSignedOut) {
        keepNewest(a.out, e.origin, stamp);
    } else if (e.kind == EventKind::OperatorSignInRefused) {
        if (a.reset < stamp)
            a.refusals.insert(stamp);
    } else if (e.kind == EventKind::OperatorUnlocked) {
        resetAt(a, stamp);
    } else {
        return; // a kind of a newer version of Sigap: kept in the log, not folded
    }
    Q_EMIT changed(a.id);
}

void OperatorDirectory::clear()
{
    m_accounts.clear();
}

const OperatorAccount *OperatorDirectory::account(const QString &id) const
{
    const auto it = m_accounts.find(id);
    return it != m_accounts.end() && it->second.isRegistered() ? &it->second : nullptr;
}

QList<const OperatorAccount *> OperatorDirectory::all() const
{
    QList<const OperatorAccount *> accounts;
    for (const auto &[id, account] : m_accounts) {
        if (account.isRegistered())
            accounts.append(&account);
    }
    return accounts;
}

qint64 OperatorDirectory::lockedUntilMs(const OperatorAccount &account, qint64 nowMs) const
{
    if (int(account.refusals.size()) < MaxFailedSignIns)
        return 0;
    const qint64 until = Hlc::wallMs(account.refusals.rbegin()->hlc) + LockoutMs;
    return until > nowMs ? until : 0;
}

QByteArray OperatorDirectory::toSnapshot() const
{
    auto byDesk = [](const std::map<QString, Stamp> &stamps) {
        QCborArray list;
        for (const auto &[desk, stamp] : stamps)
            list.append(QCborArray{desk, stampToCbor(stamp)});
        return list;
    };
    QCborArray accounts;
    for (const auto &[id, a] : m_accounts) {
        QCborArray refusals;
        for (const Stamp &s : a.refusals)
            refusals.append(stampToCbor(s));
        accounts.append(QCborArray{id, a.name, QCborArray::fromStringList(Roles::names(a.roles)), a.agency, a.active,
                                   stampToCbor(a.registered), a.pinHash, stampToCbor(a.pinStamp), stampToCbor(a.reset),
                                   refusals, byDesk(a.in), byDesk(a.out)});
    }
    return QCborValue(accounts).toCbor();
}

Result<void> OperatorDirectory::restoreSnapshot(const QByteArray &data)
{
    clear();
    auto bad = [this] {
        clear();
        return makeError(QStringLiteral("snapshot.operators"), QStringLiteral("unreadable operator snapshot"));
    };
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(data, &error);
    if (error.error != QCborError::NoError || !root.isArray())
        return bad();
    auto byDesk = [](const QCborValue &v, std::map<QString, Stamp> &out) {
        for (const QCborValue &item : v.toArray()) {
            const QCborArray pair = item.toArray();
            const auto stamp = stampFromCbor(pair.at(1));
            if (pair.size() != 2 || !pair.at(0).isString() || !stamp)
                return false;
            out[pair.at(0).toString()] = *stamp;
        }
        return true;
    };
    for (const QCborValue &item : root.toArray()) {
        const QCborArray f = item.toArray();
        if (f.size() != 12 || !f.at(0).isString() || f.at(0).toString().isEmpty() || !f.at(1).isString()
            || !f.at(2).isArray() || !f.at(3).isString() || !f.at(4).isBool() || !f.at(6).isString()
            || !f.at(9).isArray())
            return bad();
        OperatorAccount a;
        a.id = f.at(0).toString();
        a.name = f.at(1).toString();
        a.roles = rolesFrom(f.at(2));
        a.agency = f.at(3).toString();
        a.active = f.at(4).toBool();
        a.pinHash = f.at(6).toString();
        const auto registered = stampFromCbor(f.at(5)), pin = stampFromCbor(f.at(7)), reset = stampFromCbor(f.at(8));
        if (!registered || !pin || !reset)
            return bad();
        a.registered = *registered;
        a.pinStamp = *pin;
        a.reset = *reset;
        for (const QCborValue &s : f.at(9).toArray()) {
            const auto refusal = stampFromCbor(s);
            if (!refusal)
                return bad();
            if (a.reset < *refusal) // as the fold keeps them
                a.refusals.insert(*refusal);
        }
        if (!byDesk(f.at(10), a.in) || !byDesk(f.at(11), a.out))
            return bad();
        m_accounts[a.id] = std::move(a);
    }
    return {};
}

} // namespace Sigap
