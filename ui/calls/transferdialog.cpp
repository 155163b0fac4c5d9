#include "transferdialog.h"

#include "handoff/agencydirectory.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sigap {

namespace {
constexpr int AgencyRole = Qt::UserRole;
constexpr int NumberRole = Qt::UserRole + 1;
} // namespace

TransferDialog::TransferDialog(const AgencyDirectory &agencies, const QString &callerNumber, QWidget *parent)
    : QDialog(parent)
    , m_numbers(new QListWidget)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer the caller"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Put the caller %1 through to:").arg(callerNumber));
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    heading->setTextFormat(Qt::PlainText); // the caller's number is whatever their SIP side sent
    layout->addWidget(heading);
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("transferFilter"));
    search->setPlaceholderText(tr("Type part of the agency's name or number"));
    search->setAccessibleName(tr("Filter"));
    layout->addWidget(search);
    m_numbers->setObjectName(QStringLiteral("transferNumbers"));
    m_numbers->setAccessibleName(tr("Agency numbers"));
    for (const Agency &agency : agencies.agencies()) {
        for (const QString &number : agency.phones) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(agency.name, number), m_numbers);
            item->setData(AgencyRole, agency.id);
            item->setData(NumberRole, number);
        }
    }
    m_numbers->setCurrentRow(0);
    m_numbers->setMinimumWidth(420);
    layout->addWidget(m_numbers);
    if (m_numbers->count() == 0)
        layout->addWidget(new QLabel(tr("The room's agency list has no phone numbers.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_numbers->currentItem() && !m_numbers->currentItem()->isHidden())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_numbers, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(search, &QLineEdit::textChanged, this, &TransferDialog::filter);
    layout->addWidget(buttons);
    // Typing filters; Up / Down still move in the list (eventFilter), and Enter presses the
    // dialog's default button, Transfer.
    search->setFocus();
    search->installEventFilter(this);
}

void TransferDialog::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_numbers->count(); ++i) {
        QListWidgetItem *item = m_numbers->item(i);
        const bool shown = item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_numbers->currentItem() || m_numbers->currentItem()->isHidden())
        m_numbers->setCurrentItem(first);
}

bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            int row = m_numbers->currentRow();
            do
                row += key == Qt::Key_Down ? 1 : -1;
            while (row >= 0 && row < m_numbers->count() && m_numbers->item(row)->isHidden());
            if (row >= 0 && row < m_numbers->count())
                m_numbers->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

TransferDialog::Choice TransferDialog::chosen() const
{
    const QListWidgetItem *item = m_numbers->currentItem();
    if (!item)
        return {};
    return {item->data(AgencyRole).toString(), item->data(NumberRole).toString(), item->text()};
}

} // namespace Sigap
