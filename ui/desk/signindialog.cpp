#include "signindialog.h"

#include "auth/operatordirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sigap {

SignInDialog::SignInDialog(const QString &title, const QString &action,
                           const QList<const OperatorAccount *> &candidates, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_operator(new QComboBox)
    , m_pin(new QLineEdit)
    , m_problem(new QLabel)
    , m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(title);
    for (const OperatorAccount *account : candidates) {
        const QString roles = Roles::names(account->roles).join(QStringLiteral(", "));
        m_operator->addItem(tr("%1 (%2; %3)").arg(account->name, account->id, roles), account->id);
    }
    m_operator->setObjectName(QStringLiteral("operatorChoice"));
    m_operator->setAccessibleName(tr("Operator"));
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("PIN"));
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Operator:"), m_operator);
    form->addRow(tr("&PIN:"), m_pin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(action);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::tryIt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (candidates.isEmpty()) {
        m_problem->setText(tr("No operator can sign here. An administrator registers operators with sigapctl "
                              "operator add."));
        m_problem->show();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    m_pin->setFocus();
}

QString SignInDialog::operatorId() const
{
    return m_operator->currentData().toString();
}

QString SignInDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SignInDialog::tryIt()
{
    // The PIN's slow hash takes a moment on purpose (PinHash): show that something happens.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto tried = m_attempt(operatorId(), m_pin->text());
    QApplication::restoreOverrideCursor();
    m_pin->clear();
    if (tried) {
        accept();
        return;
    }
    m_problem->setText(tried.error().message);
    m_problem->show();
    m_pin->setFocus();
}

} // namespace Sigap
