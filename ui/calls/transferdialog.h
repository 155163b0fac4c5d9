#pragma once

#include <QDialog>

class QListWidget;

namespace Sigap {

class AgencyDirectory;

// Chooses where to put the caller through (blind transfer): every number of every agency of
// the room, in the directory's order. The first is chosen already; Up / Down picks another,
// typing filters by name or number, Enter transfers, Esc cancels.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const AgencyDirectory &agencies, const QString &callerNumber, QWidget *parent = nullptr);

    struct Choice
    {
        QString agencyId;
        QString number;
        QString label; // "Damkar Kota Banjarmasin (0511-3252113)"
    };
    Choice chosen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Up / Down from the filter field

private:
    void filter(const QString &text);

    QListWidget *m_numbers;
};

} // namespace Sigap
