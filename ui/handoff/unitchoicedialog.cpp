#include "unitchoicedialog.h"

#include "units/unitroster.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sigap {

UnitChoiceDialog::UnitChoiceDialog(const QString &title, const QList<UnitRecommendation> &units, bool fromKelurahan,
                                   QWidget *parent)
    : QDialog(parent)
    , m_units(new QListWidget)
{
    setObjectName(QStringLiteral("unitChoiceDialog"));
    setWindowTitle(tr("Dispatch a unit"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title);
    heading->setWordWrap(true);
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(heading);
    layout->addWidget(new QLabel(
        fromKelurahan ? tr("Nearest available units, measured from the kelurahan (the incident has no place on the "
                           "map); the time is an estimate by road:")
                      : tr("Nearest available units; the time is an estimate by road:")));
    m_units->setObjectName(QStringLiteral("unitChoices"));
    m_units->setAccessibleName(tr("Units"));
    for (const UnitRecommendation &r : units) {
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3 km, about %4 min")
                                             .arg(r.unit->callsign, r.unit->type)
                                             .arg(r.distanceM / 1000.0, 0, 'f', 1)
                                             .arg((r.etaS + 59) / 60),
                                         m_units);
        item->setData(Qt::UserRole, r.unit->id);
    }
    m_units->setCurrentRow(0);
    m_units->setMinimumWidth(420);
    layout->addWidget(m_units);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Dispatch (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QListWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_units->setFocus();
}

QString UnitChoiceDialog::chosenUnit() const
{
    const QListWidgetItem *item = m_units->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace Sigap
