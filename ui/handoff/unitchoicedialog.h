#pragma once

#include "units/unitrecommender.h"

#include <QDialog>

class QListWidget;

namespace Sigap {

// Chooses the unit to send to a handoff's incident: the agency's nearest available units
// (UnitRecommender), nearest first with distance and estimated time; the first is chosen
// already, so Enter alone dispatches it, and Up / Down picks another.
class UnitChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    UnitChoiceDialog(const QString &title, const QList<UnitRecommendation> &units, bool fromKelurahan,
                     QWidget *parent = nullptr);

    QString chosenUnit() const;

private:
    QListWidget *m_units;
};

} // namespace Sigap
