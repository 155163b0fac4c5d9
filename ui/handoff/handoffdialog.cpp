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
    , m_directory(agencies)
    , m_agencies(new QListWidget)
    , m_phoneForm(new QFormLayout)
    , m_problem(new QLabel)
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
    layout->addLayout(m_phoneForm);
    m_problem->setObjectName(QStringLiteral("handoffProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    showPhoneFields();
    connect(m_agencies, &QListWidget::itemChanged, this, &HandoffDialog::showPhoneFields);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand off (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_agencies->setFocus();
}

void HandoffDialog::showPhoneFields()
{
    // Rebuilt on every tick; a name already typed stays with its agency.
    QHash<QString, QString> typed;
    for (auto it = m_receivedBy.cbegin(); it != m_receivedBy.cend(); ++it)
        typed.insert(it.key(), it.value()->text());
    while (m_phoneForm->rowCount() > 0)
        m_phoneForm->removeRow(0);
    m_receivedBy.clear();
    for (const QString &id : chosenAgencies()) {
        const Agency *agency = m_directory.byId(id);
        if (!agency || agency->channel != HandoffChannel::Phone)
            continue;
        auto *name = new QLineEdit(typed.value(id));
        name->setObjectName(QStringLiteral("handoffReceivedBy-") + id);
        name->setPlaceholderText(tr("name and rank of who took the call"));
        name->setAccessibleName(tr("Received at %1 by").arg(agency->name));
        m_phoneForm->addRow(tr("Received at %1 by").arg(agency->name), name);
        name->show(); // now, not on the layout's next pass: an Enter at once may need its focus
        m_receivedBy.insert(id, name);
    }
}

QStringList HandoffDialog::chosenAgencies() const
{
    QStringList ids;
    for (int i = 0; i < m_agencies->count(); ++i)
        if (m_agencies->item(i)->checkState() == Qt::Checked)
            ids << m_agencies->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString HandoffDialog::receivedBy(const QString &agencyId) const
{
    const QLineEdit *name = m_receivedBy.value(agencyId);
    return name ? name->text().trimmed() : QString();
}

void HandoffDialog::accept()
{
    if (chosenAgencies().isEmpty()) {
        m_problem->setText(tr("Tick at least one agency (Space), or Esc to cancel."));
        m_problem->show();
        return;
    }
    for (const QString &id : chosenAgencies()) {
        QLineEdit *name = m_receivedBy.value(id);
        if (name && name->text().trimmed().isEmpty()) {
            const Agency *agency = m_directory.byId(id);
            m_problem->setText(tr("Call %1 first, then type who took the call there.").arg(agency->name));
            m_problem->show();
            name->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Sigap
