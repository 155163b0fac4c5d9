#include "desksession.h"

#include "core/logging.h"
#include "handoff/agencydirectory.h"
#include "store/eventlog.h"

namespace Sigap {

DeskSession::DeskSession(EventLog &log, const OperatorDirectory &operators, const OperatorCommands &commands,
                         const AgencyDirectory &agencies, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_operators(operators)
    , m_commands(commands)
    , m_agencies(agencies)
{
}

Actor DeskSession::actor() const
{
    if (const OperatorAccount *account = signedIn())
        return OperatorCommands::actorOf(*account);
    return Actor{QStringLiteral("desk-") + m_log.store().deskId(), QStringLiteral("operator")};
}

const OperatorAccount *DeskSession::signedIn() const
{
    return m_signedIn.isEmpty() ? nullptr : m_operators.account(m_signedIn);
}

Result<void> DeskSession::signIn(const QString &operatorId, const QString &pin)
{
    const OperatorAccount *account = m_operators.account(operatorId);
    if (!m_liaisonAgency.isEmpty() && account
        && !(account->hasRole(Role::Liaison) && account->agency == m_liaisonAgency)) {
        const Agency *agency = m_agencies.byId(m_liaisonAgency);
        return makeError(QStringLiteral("operator.not_here"),
                         tr("This is the liaison desk of %1: only its liaisons sign in here.")
                             .arg(agency ? agency->name : m_liaisonAgency));
    }
    auto attempt = m_commands.signIn(operatorId, pin);
    if (!attempt)
        return attempt.error();
    if (attempt.value().accepted && signedIn()) {
        if (auto r = signOut(); !r)
            return r;
    }
    Stamp previousSignIn;
    for (const auto &[desk, stamp] : account ? account->in : std::map<QString, Stamp>{})
        previousSignIn = std::max(previousSignIn, stamp);
    if (auto appended = m_log.append({attempt.value().draft}); !appended)
        return appended.error();
    if (!attempt.value().accepted)
        return makeError(QStringLiteral("operator.wrong_pin"), attempt.value().refusal);
    m_signedIn = operatorId;
    m_previousSignIn = previousSignIn;
    qCInfo(lcAuth) << "operator" << operatorId << "signed in";
    Q_EMIT signedInChanged();
    return {};
}

Result<void> DeskSession::signOut()
{
    if (m_signedIn.isEmpty())
        return {};
    auto draft = m_commands.signOut(m_signedIn);
    if (!draft)
        return draft.error();
    if (auto appended = m_log.append({draft.value()}); !appended)
        return appended.error();
    qCInfo(lcAuth) << "operator" << m_signedIn << "signed out";
    m_signedIn.clear();
    m_previousSignIn = {};
    Q_EMIT signedInChanged();
    return {};
}

Result<void> DeskSession::start()
{
    const QString desk = m_log.store().deskId();
    QList<EventDraft> drafts;
    for (const OperatorAccount *account : m_operators.all()) {
        if (!account->signedInAt().contains(desk))
            continue;
        if (auto draft = m_commands.signOut(account->id))
            drafts.append(draft.value());
    }
    if (!drafts.isEmpty()) {
        if (auto appended = m_log.append(drafts); !appended)
            return appended.error();
    }
    // Queued: the sign-out it may write is not written from inside the fold of another event.
    connect(&m_operators, &OperatorDirectory::changed, this, &DeskSession::signOutIfNoLongerAllowed,
            Qt::QueuedConnection);
    return {};
}

void DeskSession::signOutIfNoLongerAllowed(const QString &operatorId)
{
    if (operatorId != m_signedIn || (signedIn() && signedIn()->active))
        return;
    if (auto r = signOut(); !r)
        qCWarning(lcAuth) << "operator" << operatorId << "could not be signed out:" << r.error().message;
}

} // namespace Sigap
