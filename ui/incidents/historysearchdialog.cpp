#include "historysearchdialog.h"

#include "core/clock.h"
#include "domain/categories.h"
#include "domain/incidentprojection.h"
#include "domain/incidentsearch.h"
#include "geo/gazetteer.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sigap {

namespace {
constexpr int DefaultDays = 30;
constexpr int IdRole = Qt::UserRole;
} // namespace

HistorySearchDialog::HistorySearchDialog(const Parts &parts, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_parts(parts)
    , m_language(language)
    , m_detailsHtml(parts.details, language)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_text(new QLineEdit)
    , m_summary(new QLabel)
    , m_model(new QStandardItemModel(this))
    , m_results(new QTableView)
    , m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("historySearch"));
    setWindowTitle(tr("Search history"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(parts.clock.nowMs(), parts.timeZone).date();
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setPlaceholderText(tr("Words: id, category, kelurahan, number, address, note…"));
    m_text->setClearButtonEnabled(true);
    setPeriod(today.addDays(-DefaultDays + 1), today);

    m_model->setHorizontalHeaderLabels({tr("Incident"), tr("Created"), tr("Category"), m_parts.gazetteer.villageWord(),
                                        tr("Status"), tr("Caller"), tr("Address")});
    m_results->setObjectName(QStringLiteral("historyResults"));
    m_results->setAccessibleName(tr("Incidents found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistorySearchDialog::showSelected);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("Details of the incident found"));
    m_details->setOpenLinks(false);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("&Words"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *searchButton = buttons->addButton(tr("&Search"), QDialogButtonBox::ActionRole);
    searchButton->setObjectName(QStringLiteral("historySearchButton"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &HistorySearchDialog::search);
    connect(m_text, &QLineEdit::returnPressed, this, &HistorySearchDialog::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_results);
    split->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
    m_text->setFocus();
}

void HistorySearchDialog::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void HistorySearchDialog::setText(const QString &text)
{
    m_text->setText(text);
}

QString HistorySearchDialog::summary() const
{
    return m_summary->text();
}

QString HistorySearchDialog::detailsText() const
{
    return m_details->toPlainText();
}

void HistorySearchDialog::search()
{
    m_model->removeRows(0, m_model->rowCount());
    m_details->clear();
    if (m_from->date() > m_to->date()) {
        m_summary->setText(tr("The period starts after it ends: choose a first day before the last."));
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        return;
    }
    m_summary->setStyleSheet(QString());
    const qint64 fromMs = QDateTime(m_from->date(), QTime(0, 0), m_parts.timeZone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_parts.timeZone).toMSecsSinceEpoch();
    auto categoryLabel = [this](const QString &code) {
        const Category *category = m_parts.categories.incidentCategory(code);
        return category ? category->label(m_language) : code;
    };
    auto kelurahanName = [this](const QString &kode) {
        const Village *kelurahan = m_parts.gazetteer.byKode(kode);
        return kelurahan ? kelurahan->name : kode;
    };
    // A year of history reads for a second or two: the cursor says the desk is busy.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const IncidentSearch::Result result
        = IncidentSearch::find(m_parts.incidents, fromMs, toMs, m_text->text(), [&](const Incident &incident) {
              return QStringList{categoryLabel(incident.category()), kelurahanName(incident.kelurahan())};
          });
    QApplication::restoreOverrideCursor();
    for (const IncidentSearch::Found &f : result.found) {
        const QString created = QDateTime::fromMSecsSinceEpoch(f.createdMs, m_parts.timeZone)
                                    .toString(QStringLiteral("dd-MM-yyyy HH:mm"));
        QList<QStandardItem *> row;
        for (const QString &text : {f.id, created, categoryLabel(f.category), kelurahanName(f.kelurahan),
                                    IncidentStatuses::label(f.status), f.caller, f.address})
            row.append(new QStandardItem(text));
        row.first()->setData(f.id, IdRole);
        m_model->appendRow(row);
    }
    m_results->resizeColumnsToContents();
    QString text = tr("%n incident(s) found.", nullptr, int(result.found.size()));
    if (result.more > 0)
        text += QLatin1Char(' ') + tr("%n more not listed: narrow the period or add a word.", nullptr, result.more);
    m_summary->setText(text);
    if (!result.found.isEmpty()) {
        m_results->setCurrentIndex(m_model->index(0, 0));
        m_results->setFocus();
    }
}

void HistorySearchDialog::showSelected()
{
    const QString id = m_results->currentIndex().siblingAtColumn(0).data(IdRole).toString();
    const Incident *incident = id.isEmpty() ? nullptr : m_parts.incidents.incident(id);
    if (!incident) {
        m_details->clear();
        return;
    }
    QList<PlayableRecording> recordings; // played from the desk's timeline, not from here
    m_details->setHtml(m_detailsHtml.build(*incident, recordings));
}

} // namespace Sigap
