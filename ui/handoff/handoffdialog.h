#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Sigap {

class AgencyDirectory;

// Hands an incident to agencies: the agencies that handle its category are ticked already,
// so Enter alone sends the usual handoff; Space ticks or unticks the agency under the cursor.
// For agencies reached by phone, the name of who took the call at the agency is asked once.
class HandoffDialog : public QDialog
{
    Q_OBJECT

public:
    HandoffDialog(const AgencyDirectory &agencies, const QString &incidentTitle, const QString &category,
                  QWidget *parent = nullptr);

    QStringList chosenAgencies() const;
    QString receivedBy() const;

private:
    QListWidget *m_agencies;
    QLineEdit *m_receivedBy;
};

} // namespace Sigap
