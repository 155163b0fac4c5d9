#include "handoffdialog.h"

#include "handoff/agencydirectory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sigap {

namespace {
QString channelLabel(HandoffChannel channel)
{
    switch (channel) {
    case HandoffChannel::Desk: return HandoffDialog::tr("liaison desk");
    case HandoffChannel::Eido: return HandoffDialog::tr("data link (EIDO)");
    case HandoffChannel::Phone: break;
    }
    return HandoffDialog::tr("phone");
}
} // namespace

HandoffDialog::HandoffDialog(const AgencyDirectory &agencies, const QString &incidentTitle, const QString &category,
                             QWidget *parent)
    : QDialog(parent)
    , m_agencies(new QListWidget)
    , m_receivedBy(new QLineEdit)
{
    setObjectName(QStringLiteral("handoffDialog"));
    setWindowTitle(tr("Hand off the incident"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(incidentTitle);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Agencies (ticked: those that handle this category; Space ticks, Enter sends):")));

    m_agencies->setObjectName(QStringLiteral("handoffAgencies"));
    m_agencies->setAccessibleName(tr("Agencies"));
    int firstTicked = -1;
    for (const Agency &a : agencies.agencies()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3").arg(a.name, channelLabel(a.channel), a.phones.isEmpty() ? QString() : a.phones.first()),
            m_agencies);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool usual = a.categories.contains(category);
        item->setCheckState(usual ? Qt::Checked : Qt::Unchecked);
        if (usual && firstTicked < 0)
            firstTicked = m_agencies->row(item);
    }
    m_agencies->setCurrentRow(std::max(firstTicked, 0));
    m_agencies->setMinimumWidth(460);
    layout->addWidget(m_agencies);

    auto *form = new QFormLayout;
    m_receivedBy->setObjectName(QStringLiteral("handoffReceivedBy"));
    m_receivedBy->setPlaceholderText(tr("name and rank of who took the call, for phone handoffs"));
    form->addRow(tr("&Received by"), m_receivedBy);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand off (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_agencies->setFocus();
}

QStringList HandoffDialog::chosenAgencies() const
{
    QStringList ids;
    for (int i = 0; i < m_agencies->count(); ++i)
        if (m_agencies->item(i)->checkState() == Qt::Checked)
            ids << m_agencies->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString HandoffDialog::receivedBy() const
{
    return m_receivedBy->text().trimmed();
}

} // namespace Sigap
