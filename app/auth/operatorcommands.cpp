#include "operatorcommands.h"

#include "pinhash.h"

#include "core/clock.h"
#include "domain/eventkinds.h"
#include "handoff/agencydirectory.h"

#include <QCborArray>
#include <QDateTime>
#include <QRegularExpression>

namespace Sigap {

namespace {

EventDraft draftOf(const QString &kind, const QString &id, const QCborMap &payload, const Actor &by)
{
    return EventDraft{kind, 1, id, payload, by.id, by.role, 0};
}

} // namespace

Actor OperatorCommands::actorOf(const OperatorAccount &account)
{
    return Actor{account.id, account.roles.isEmpty() ? QStringLiteral("operator") : Roles::name(account.roles.first())};
}

std::optional<QString> OperatorCommands::checkPin(const QString &pin, int minLength)
{
    if (pin.size() < minLength || pin.size() > MaxPinLength)
        return tr("a PIN has %1 to %2 characters").arg(minLength).arg(MaxPinLength);
    return std::nullopt;
}

Result<QList<EventDraft>> OperatorCommands::registerOperator(const Registration &r, const Actor &by) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    auto refuse = [](const QString &why) { return makeError(QStringLiteral("operator.input"), why); };
    if (!idPattern.match(r.id).hasMatch())
        return refuse(tr("\"%1\" is not an operator id (1 to 40 letters, digits, '.', '_' or '-')").arg(r.id));
    if (r.name.trimmed().isEmpty())
        return refuse(tr("operator %1 needs a name").arg(r.id));
    if (r.roles.isEmpty())
        return refuse(tr("operator %1 needs at least one role").arg(r.id));
    const bool liaison = r.roles.contains(Role::Liaison);
    if (liaison && !m_agencies.byId(r.agency))
        return refuse(r.agency.isEmpty() ? tr("a liaison needs the agency it works for")
                                         : tr("there is no agency \"%1\"").arg(r.agency));
    if (!liaison && !r.agency.isEmpty())
        return refuse(tr("only a liaison works for an agency"));
    if (!r.pin.isEmpty()) {
        if (const auto why = checkPin(r.pin))
            return refuse(*why);
    }
    if (auto allowed = checkAuthority(EventKind::OperatorRegistered, r.id, by); !allowed)
        return allowed.error();
    QCborMap payload{{QStringLiteral("name"), r.name.trimmed()},
                     {QStringLiteral("roles"), QCborArray::fromStringList(Roles::names(r.roles))},
                     {QStringLiteral("active"), r.active}};
    if (liaison)
        payload.insert(QStringLiteral("agency"), r.agency);
    QList<EventDraft> drafts{draftOf(EventKind::OperatorRegistered, r.id, payload, by)};
    if (!r.pin.isEmpty()) {
        auto pinSet = pinDraft(r.id, r.pin, by);
        if (!pinSet)
            return pinSet.error();
        drafts.append(pinSet.value());
    }
    return drafts;
}

Result<const OperatorAccount *> OperatorCommands::checkAccount(const QString &id) const
{
    const OperatorAccount *account = m_directory.account(id);
    if (!account)
        return makeError(QStringLiteral("operator.unknown"), tr("there is no operator \"%1\"").arg(id));
    return account;
}

Result<EventDraft> OperatorCommands::setPin(const QString &id, const QString &pin, const Actor &by) const
{
    auto account = checkAccount(id);
    if (!account)
        return account.error();
    if (const auto why = checkPin(pin))
        return makeError(QStringLiteral("operator.input"), *why);
    if (auto allowed = checkAuthority(EventKind::OperatorPinSet, id, by); !allowed)
        return allowed.error();
    return pinDraft(id, pin, by);
}

// The fold would keep the change but refuse it (OperatorDirectory::mayChange); it is refused
// here first, with a message, and nothing is written.
Result<void> OperatorCommands::checkAuthority(const QString &kind, const QString &id, const Actor &by) const
{
    if (m_directory.mayChange(kind, by.id, id))
        return {};
    return makeError(QStringLiteral("operator.forbidden"),
                     tr("%1 may not change operator %2: this room has an administrator, and only an administrator "
                        "may register operators or set PINs (an operator may set their own PIN, a shift lead may "
                        "unlock)")
                         .arg(by.id, id));
}

Result<EventDraft> OperatorCommands::pinDraft(const QString &id, const QString &pin, const Actor &by) const
{
    const QString hash = PinHash::make(pin, PinHash::DefaultIterations, m_pinPepper);
    if (hash.isEmpty()) // an empty hash would mean "no PIN"
        return makeError(QStringLiteral("operator.hash"), tr("the PIN of operator %1 could not be hashed").arg(id));
    return draftOf(EventKind::OperatorPinSet, id, QCborMap{{QStringLiteral("pin_hash"), hash}}, by);
}

Result<EventDraft> OperatorCommands::unlock(const QString &id, const Actor &by) const
{
    auto account = checkAccount(id);
    if (!account)
        return account.error();
    if (auto allowed = checkAuthority(EventKind::OperatorUnlocked, id, by); !allowed)
        return allowed.error();
    return draftOf(EventKind::OperatorUnlocked, id, {}, by);
}

Result<OperatorCommands::SignInAttempt> OperatorCommands::signIn(const QString &id, const QString &pin) const
{
    auto found = checkAccount(id);
    if (!found)
        return found.error();
    const OperatorAccount &account = *found.value();
    // A PIN that cannot be one (nothing typed, a stray key) is not a wrong try.
    if (const auto why = checkPin(pin, MinOldPinLength))
        return makeError(QStringLiteral("operator.input"), *why);
    if (!account.active)
        return makeError(QStringLiteral("operator.inactive"), tr("operator %1 may no longer sign in").arg(id));
    if (account.pinHash.isEmpty())
        return makeError(QStringLiteral("operator.no_pin"),
                         tr("operator %1 has no PIN yet; an administrator sets one").arg(id));
    const qint64 now = m_clock.nowMs();
    if (const qint64 until = m_directory.lockedUntilMs(account, now))
        return makeError(QStringLiteral("operator.locked"),
                         tr("operator %1 is locked out after %2 wrong PINs, until %3 or until a shift lead unlocks")
                             .arg(id)
                             .arg(OperatorDirectory::MaxFailedSignIns)
                             .arg(QDateTime::fromMSecsSinceEpoch(until).toString(QStringLiteral("HH:mm"))));
    const Actor self = actorOf(account);
    SignInAttempt attempt;
    if (PinHash::isPeppered(account.pinHash) && m_pinPepper.isEmpty())
        return makeError(QStringLiteral("operator.pepper"),
                         tr("the PIN of operator %1 can only be checked on a desk that has the room key").arg(id));
    attempt.accepted = PinHash::verify(pin, account.pinHash, m_pinPepper);
    QCborMap payload;
    if (attempt.accepted && pin.size() < MinPinLength)
        payload.insert(QStringLiteral("short_pin"), true);
    attempt.draft
        = draftOf(attempt.accepted ? EventKind::OperatorSignedIn : EventKind::OperatorSignInRefused, id, payload, self);
    if (!attempt.accepted) {
        const int left = OperatorDirectory::MaxFailedSignIns - account.failedSignIns() - 1;
        attempt.refusal
            = left > 0 ? tr("wrong PIN; %n more attempt(s) before operator %1 is locked out", nullptr, left).arg(id)
                       : tr("wrong PIN; operator %1 is now locked out for %2 minutes")
                             .arg(id)
                             .arg(OperatorDirectory::LockoutMs / 60000);
    }
    return attempt;
}

Result<EventDraft> OperatorCommands::signOut(const QString &id) const
{
    auto account = checkAccount(id);
    if (!account)
        return account.error();
    return draftOf(EventKind::OperatorSignedOut, id, {}, actorOf(*account.value()));
}

} // namespace Sigap
