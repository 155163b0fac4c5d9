#pragma once

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Sigap {

class AgencyDirectory;

// Hands an incident to agencies: the agencies that handle its category are ticked already,
// so Enter alone sends the usual handoff; Space ticks or unticks the agency under the cursor.
// Each ticked agency reached by phone gets a field for the name of who took the call there:
// the operator calls, then types the name, and the handoff is recorded with it and the time
// of the Enter. Enter is refused while such a name is missing, since a phone handoff nobody
// can trace back to a person at the agency is worth little at the next shift's handover.
class HandoffDialog : public QDialog
{
    Q_OBJECT

public:
    HandoffDialog(const AgencyDirectory &agencies, const QString &incidentTitle, const QString &category,
                  QWidget *parent = nullptr);

    QStringList chosenAgencies() const;
    // Who took the call at this agency; empty for agencies not reached by phone.
    QString receivedBy(const QString &agencyId) const;

    void accept() override;

private:
    void showPhoneFields();

    const AgencyDirectory &m_directory;
    QListWidget *m_agencies;
    QFormLayout *m_phoneForm;
    QLabel *m_problem;
    QHash<QString, QLineEdit *> m_receivedBy; // per ticked phone agency
};

} // namespace Sigap
