#include "operatordirectory.h"

#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/stampcbor.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>

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

// 2: changes kept as events, folded again after a restore (authority in the fold).
constexpr int SnapshotVersion = 2;

void moveResetTo(OperatorAccount &account, const Stamp &stamp)
{
    if (account.reset < stamp)
        account.reset = stamp;
}

void keepNewest(std::map<QString, Stamp> &byDesk, const QString &desk, const Stamp &stamp)
{
    auto [it, made] = byDesk.try_emplace(desk, stamp);
    if (!made && it->second < stamp)
        it->second = stamp;
}

} // namespace

int OperatorAccount::failedSignIns() const
{
    return int(std::distance(refusals.upper_bound(reset), refusals.end()));
}

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
    // A catch-up brings changes in arrival order: one refold at the end, not one per change.
    m_batching = true;
    for (const Event &e : events)
        apply(e);
    m_batching = false;
    if (m_refoldPending)
        refoldManaged();
}

bool OperatorDirectory::isManagedKind(const QString &kind)
{
    return kind == EventKind::OperatorRegistered || kind == EventKind::OperatorPinSet
           || kind == EventKind::OperatorUnlocked;
}

bool OperatorDirectory::mayChange(const QString &kind, const QString &actor, const QString &subject) const
{
    // An administrator counts once they can sign in: the owner's bootstrap registers one and
    // sets the PIN, two changes.
    const bool roomHasAdmin = std::any_of(m_accounts.cbegin(), m_accounts.cend(), [](const auto &entry) {
        const OperatorAccount &a = entry.second;
        return a.isRegistered() && a.active && a.allows(Permission::ManageOperators) && !a.pinHash.isEmpty();
    });
    if (!roomHasAdmin)
        return true;
    const OperatorAccount *author = account(actor);
    if (!author || !author->active)
        return false;
    if (author->allows(Permission::ManageOperators))
        return true;
    if (kind == EventKind::OperatorPinSet)
        return actor == subject;
    if (kind == EventKind::OperatorUnlocked)
        return author->hasRole(Role::ShiftLead);
    return false;
}

void OperatorDirectory::apply(const Event &e)
{
    if (e.kindVersion != 1 || e.subject.isEmpty() || !e.kind.startsWith(QLatin1String("operator.")))
        return;
    const Stamp stamp = stampOf(e);
    if (isManagedKind(e.kind)) {
        const bool newest = m_managed.empty() || m_managed.rbegin()->first < stamp;
        if (!m_managed.try_emplace(stamp, e).second)
            return; // folded already
        if (newest && !m_refoldPending) {
            applyManaged(e);
            Q_EMIT changed(e.subject);
        } else if (m_batching) {
            m_refoldPending = true;
        } else {
            refoldManaged(); // an earlier change can give or take the authority of later ones
        }
        return;
    }
    OperatorAccount &a = m_accounts[e.subject];
    a.id = e.subject;
    if (e.kind == EventKind::OperatorSignedIn) {
        if (a.signInReset < stamp) {
            a.signInReset = stamp;
            a.refusals.erase(a.refusals.begin(), a.refusals.upper_bound(stamp));
        }
        if (e.payload.value(QStringLiteral("short_pin")).toBool() && a.shortPinSeen < stamp)
            a.shortPinSeen = stamp;
        moveResetTo(a, stamp);
        keepNewest(a.in, e.origin, stamp);
    } else if (e.kind == EventKind::OperatorSignedOut) {
        keepNewest(a.out, e.origin, stamp);
    } else if (e.kind == EventKind::OperatorSignInRefused) {
        // A sign-in's reset never moves back (sign-ins need no authority): what is older can
        // never count again and is not kept.
        if (a.signInReset < stamp)
            a.refusals.insert(stamp);
    } else {
        return; // a kind of a newer version of Sigap: kept in the log, not folded
    }
    Q_EMIT changed(a.id);
}

// One change, as the newest of its kind so far: every change before it is folded.
void OperatorDirectory::applyManaged(const Event &e)
{
    if (!mayChange(e.kind, e.actor, e.subject)) {
        m_refused.append(RefusedOperatorChange{e.id(), e.kind, e.subject, e.actor});
        return;
    }
    const Stamp stamp = stampOf(e);
    OperatorAccount &a = m_accounts[e.subject];
    a.id = e.subject;
    if (e.kind == EventKind::OperatorRegistered) {
        a.registered = stamp;
        a.name = e.payload.value(QStringLiteral("name")).toString();
        a.roles = rolesFrom(e.payload.value(QStringLiteral("roles")));
        a.agency = e.payload.value(QStringLiteral("agency")).toString();
        a.active = e.payload.value(QStringLiteral("active")).toBool(true);
        m_grants[a.id].push_back(Grant{stamp, a.roles, a.active}); // changes come in stamp order
        authorityChanged();
    } else if (e.kind == EventKind::OperatorPinSet) {
        a.pinStamp = stamp;
        a.pinHash = e.payload.value(QStringLiteral("pin_hash")).toString();
        if (m_firstPin.try_emplace(a.id, stamp).second)
            authorityChanged();
        moveResetTo(a, stamp);
    } else {
        moveResetTo(a, stamp);
    }
}

// What the changes made is undone and they are folded again in stamp order; what the sign-ins
// made (their own reset, the desks, the wrong PINs) stays.
void OperatorDirectory::refoldManaged()
{
    for (auto &[id, a] : m_accounts) {
        const OperatorAccount signIns = a;
        a = OperatorAccount{};
        a.id = id;
        a.signInReset = signIns.signInReset;
        a.shortPinSeen = signIns.shortPinSeen;
        a.reset = signIns.signInReset;
        a.refusals = signIns.refusals;
        a.in = signIns.in;
        a.out = signIns.out;
    }
    m_refused.clear();
    m_grants.clear();
    m_firstPin.clear();
    authorityChanged();
    m_refoldPending = false;
    for (const auto &[stamp, e] : m_managed)
        applyManaged(e);
    for (const auto &[id, a] : m_accounts)
        Q_EMIT changed(id); // any account's authority may have turned
}

void OperatorDirectory::clear()
{
    m_accounts.clear();
    m_managed.clear();
    m_refused.clear();
    m_grants.clear();
    m_firstPin.clear();
    authorityChanged();
}

const OperatorDirectory::Grant *OperatorDirectory::grantAt(const QString &id, const Stamp &at) const
{
    const auto it = m_grants.find(id);
    if (it == m_grants.end())
        return nullptr;
    const std::vector<Grant> &grants = it->second;
    const auto notBefore = std::lower_bound(grants.cbegin(), grants.cend(), at,
                                            [](const Grant &g, const Stamp &stamp) { return g.at < stamp; });
    return notBefore == grants.cbegin() ? nullptr : &*std::prev(notBefore);
}

bool OperatorDirectory::hadPermission(const QString &actor, Permission permission, const Stamp &at) const
{
    const bool roomHadAdmin = std::any_of(m_grants.cbegin(), m_grants.cend(), [&](const auto &entry) {
        const Grant *g = grantAt(entry.first, at);
        const auto pin = m_firstPin.find(entry.first);
        return g && g->active && Roles::anyAllows(g->roles, Permission::ManageOperators) && pin != m_firstPin.end()
               && pin->second < at;
    });
    if (!roomHadAdmin)
        return true;
    const Grant *g = grantAt(actor, at);
    return g && g->active && Roles::anyAllows(g->roles, permission);
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
    if (account.failedSignIns() < MaxFailedSignIns)
        return 0;
    const qint64 until = Hlc::wallMs(account.refusals.rbegin()->hlc) + LockoutMs;
    return until > nowMs ? until : 0;
}

// The sign-ins' part of each account, and the changes themselves: they are folded again after
// a restore, as a change that arrives late would need anyway.
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
        accounts.append(QCborArray{id, stampToCbor(a.signInReset), refusals, byDesk(a.in), byDesk(a.out),
                                   stampToCbor(a.shortPinSeen)});
    }
    QCborArray changes;
    for (const auto &[stamp, e] : m_managed)
        changes.append(e.toCbor());
    return QCborValue(QCborArray{SnapshotVersion, accounts, changes}).toCbor();
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
    if (error.error != QCborError::NoError || !root.isArray() || root.toArray().size() != 3
        || root.toArray().at(0).toInteger() != SnapshotVersion)
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
    for (const QCborValue &item : root.toArray().at(1).toArray()) {
        const QCborArray f = item.toArray();
        if (f.size() != 6 || !f.at(0).isString() || f.at(0).toString().isEmpty() || !f.at(2).isArray())
            return bad();
        OperatorAccount a;
        a.id = f.at(0).toString();
        const auto signInReset = stampFromCbor(f.at(1)), shortPinSeen = stampFromCbor(f.at(5));
        if (!signInReset || !shortPinSeen)
            return bad();
        a.shortPinSeen = *shortPinSeen;
        a.signInReset = *signInReset;
        a.reset = *signInReset;
        for (const QCborValue &s : f.at(2).toArray()) {
            const auto refusal = stampFromCbor(s);
            if (!refusal)
                return bad();
            if (a.signInReset < *refusal) // as the fold keeps them
                a.refusals.insert(*refusal);
        }
        if (!byDesk(f.at(3), a.in) || !byDesk(f.at(4), a.out))
            return bad();
        m_accounts[a.id] = std::move(a);
    }
    for (const QCborValue &item : root.toArray().at(2).toArray()) {
        auto e = Event::fromCbor(item, Event::HashCheck::LeaveToStore);
        if (!e || !isManagedKind(e.value().kind))
            return bad();
        m_managed.try_emplace(stampOf(e.value()), std::move(e).value());
    }
    refoldManaged();
    return {};
}

} // namespace Sigap
