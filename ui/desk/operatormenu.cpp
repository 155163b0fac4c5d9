#include "operatormenu.h"

#include "signindialog.h"

#include "auth/desksession.h"
#include "auth/operatordirectory.h"
#include "domain/categories.h"
#include "domain/incidentprojection.h"
#include "lead/leadboard.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

namespace Sigap {

OperatorMenu::OperatorMenu(const Parts &parts, const QString &language, QMainWindow *window)
    : QObject(window)
    , m_parts(parts)
    , m_language(language)
    , m_window(window)
    , m_signedIn(new QLabel)
    , m_banner(new QLabel)
{
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    m_banner->setObjectName(QStringLiteral("assignmentBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #ef6c00; color: white; font-weight: bold; }"));
    m_banner->hide();

    auto add = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *action = new QAction(text, m_window);
        action->setShortcut(key);
        action->setObjectName(name);
        m_window->addAction(action);
        m_actions.append(action);
        return action;
    };
    connect(add(tr("Sign &in…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QStringLiteral("signInAction")),
            &QAction::triggered, this, &OperatorMenu::signInWithDialog);
    connect(add(tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("signOutAction")),
            &QAction::triggered, this, [this] {
                if (auto r = m_parts.session.signOut(); !r)
                    Q_EMIT problem(r.error().message);
            });
    connect(add(tr("Open the incident &given to you"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                QStringLiteral("openGivenAction")),
            &QAction::triggered, this, [this] {
                if (m_alertedIncident.isEmpty())
                    return;
                Q_EMIT openIncident(m_alertedIncident);
                m_alertedIncident.clear();
                m_banner->hide();
            });
    connect(
        add(tr("Shift lead &board"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QStringLiteral("leadBoardAction")),
        &QAction::triggered, this, &OperatorMenu::openLeadBoard);

    connect(&parts.session, &DeskSession::signedInChanged, this, &OperatorMenu::showSignedIn);
    connect(&parts.alerts, &DeskAlerts::alerted, this, &OperatorMenu::showAlert);
    showSignedIn();
}

void OperatorMenu::showSignedIn()
{
    const OperatorAccount *account = m_parts.session.signedIn();
    if (!account) {
        m_signedIn->setText(tr("No one signed in (Ctrl+Shift+I)"));
        m_signedIn->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        m_banner->hide();
        m_alertedIncident.clear();
        return;
    }
    QStringList roles;
    for (Role role : account->roles)
        roles << Roles::displayName(role);
    m_signedIn->setText(tr("Signed in: %1 (%2)").arg(account->name, roles.join(QStringLiteral(", "))));
    m_signedIn->setStyleSheet(QString());
}

OperatorMenu::~OperatorMenu()
{
    delete m_board;
}

LeadBoard *OperatorMenu::leadBoard() const
{
    return m_board;
}

void OperatorMenu::showAlert(const DeskAlerts::Alert &alert)
{
    const OperatorAccount *lead = m_parts.operators.account(alert.by);
    const Incident *incident = m_parts.incidents.incident(alert.incident);
    const Category *category = incident ? m_parts.categories.incidentCategory(incident->category()) : nullptr;
    m_alertedIncident = alert.incident;
    m_banner->setText(
        tr("Shift lead %1 gave you incident %2 (%3). Ctrl+Shift+A opens it.")
            .arg(lead ? lead->name : alert.by, alert.incident, category ? category->label(m_language) : QString()));
    m_banner->show();
    QApplication::alert(m_window);
}

void OperatorMenu::signInWithDialog()
{
    QList<const OperatorAccount *> candidates;
    // On a liaison desk, only its agency's liaisons (the others would be refused).
    const QString agency = m_parts.session.liaisonAgency();
    for (const OperatorAccount *a : m_parts.operators.all())
        if (a->active && !a->pinHash.isEmpty()
            && (agency.isEmpty() || (a->hasRole(Role::Liaison) && a->agency == agency)))
            candidates.append(a);
    SignInDialog dialog(
        tr("Sign in at this desk"), tr("Sign in"), candidates,
        [this](const QString &id, const QString &pin) { return m_parts.session.signIn(id, pin); }, m_window);
    dialog.exec();
}

void OperatorMenu::openLeadBoard()
{
    if (!m_board) {
        m_board = new LeadBoard(m_parts.board, m_language);
        m_board->setAttribute(Qt::WA_DeleteOnClose);
        m_board->setAttribute(Qt::WA_QuitOnClose, false); // the desk window ends the program, not the board
    }
    m_board->show();
    m_board->raise();
    m_board->activateWindow();
}

} // namespace Sigap
