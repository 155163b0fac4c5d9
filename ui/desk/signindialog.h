#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Sigap {

struct OperatorAccount;

// Asks who is signing (an operator of the list, first letters type-ahead) and their PIN, and
// tries it: a wrong PIN is said in the dialog, which stays open with the PIN cleared, so the
// person tries again or presses Esc. Used to sign in at a desk and for the incoming shift
// lead's countersignature of a handover.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using Attempt = std::function<Result<void>(const QString &operatorId, const QString &pin)>;

    SignInDialog(const QString &title, const QString &action, const QList<const OperatorAccount *> &candidates,
                 Attempt attempt, QWidget *parent = nullptr);

    QString operatorId() const;
    QString problem() const; // the last refusal shown, for tests

    // The PIN field and the choice, for tests that type into them.
    QComboBox *operatorChoice() const { return m_operator; }
    QLineEdit *pinField() const { return m_pin; }

private:
    void tryIt();

    QComboBox *m_operator;
    QLineEdit *m_pin;
    QLabel *m_problem;
    Attempt m_attempt;
};

} // namespace Sigap
