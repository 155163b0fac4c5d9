#include "incidentform.h"

#include "auth/desksession.h"
#include "calls/callpanel.h"
#include "domain/categories.h"
#include "domain/incidentcommands.h"
#include "geo/gazetteer.h"
#include "store/eventlog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Sigap {

IncidentForm::IncidentForm(const Parts &parts, CallPanel *calls, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts)
    , m_calls(calls)
    , m_language(language)
    , m_category(new QComboBox)
    , m_priority(new QComboBox)
    , m_village(new QLineEdit)
    , m_kelurahanMatches(new QListWidget)
    , m_address(new QLineEdit)
    , m_note(new QPlainTextEdit)
    , m_place(new QLabel)
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("incidentForm"));
    m_category->setObjectName(QStringLiteral("categoryField"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const Category &c : parts.categories.incidentCategories())
        m_category->addItem(c.label(language), c.code);
    m_category->setCurrentIndex(-1);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_priority->setObjectName(QStringLiteral("priorityField"));
    m_priority->addItem(tr("From the category"), 0);
    for (int p = 1; p <= 4; ++p)
        m_priority->addItem(QString::number(p), p);

    m_village->setObjectName(QStringLiteral("kelurahanField"));
    const bool desa = m_parts.gazetteer.hasDesa(); // a regency: desa and kelurahan
    m_village->setPlaceholderText(desa ? tr("type a desa, kelurahan or kecamatan")
                                       : tr("type a kelurahan or kecamatan"));
    m_village->installEventFilter(this);
    m_category->completer()->popup()->installEventFilter(this);
    m_kelurahanMatches->setObjectName(QStringLiteral("kelurahanMatches"));
    m_kelurahanMatches->setFocusPolicy(Qt::NoFocus);
    m_kelurahanMatches->setMaximumHeight(110);
    connect(m_village, &QLineEdit::textEdited, this, &IncidentForm::updateKelurahanMatches);

    m_address->setObjectName(QStringLiteral("addressField"));
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_result->setObjectName(QStringLiteral("formResult"));
    m_result->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Ca&tegory"), m_category);
    layout->addRow(tr("P&riority"), m_priority);
    layout->addRow(desa ? tr("&Desa/kelurahan") : tr("&Kelurahan"), m_village);
    layout->addRow(QString(), m_kelurahanMatches);
    layout->addRow(tr("A&ddress"), m_address);
    layout->addRow(tr("&Note"), m_note);
    m_place->setObjectName(QStringLiteral("placeField"));
    m_place->setWordWrap(true);
    layout->addRow(tr("Place"), m_place);
    layout->addRow(QString(), m_result);

    // The call panel narrows its duplicate suggestion to compatible categories.
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (m_calls)
            m_calls->setReportedCategory(m_category->currentData().toString());
    });

    // Leaving the category or kelurahan field shows what the typed fragment chose, in full,
    // so the operator sees what will be saved before saving it.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        const bool leftCategory = (old == m_category || old == m_category->lineEdit())
                                  && !(now == m_category || now == m_category->lineEdit() || now == m_category->view());
        if (leftCategory) {
            const int chosen = m_category->findData(chosenCategory());
            if (chosen >= 0 && chosen != m_category->currentIndex())
                m_category->setCurrentIndex(chosen);
        }
        if (old == m_village && now != m_village)
            showChosenKelurahan();
        if (now && isAncestorOf(now))
            setFilling(true);
    });

    auto *focus = new QAction(tr("New &incident"), this);
    focus->setObjectName(QStringLiteral("newIncidentAction"));
    focus->setShortcut(QKeySequence(Qt::Key_F3));
    connect(focus, &QAction::triggered, this, [this] {
        setFilling(true);
        m_category->setFocus();
        m_category->lineEdit()->selectAll();
    });
    auto *saveAction = new QAction(tr("&Save the incident"), this);
    saveAction->setObjectName(QStringLiteral("saveIncidentAction"));
    saveAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(saveAction, &QAction::triggered, this, &IncidentForm::save);
    auto *callerLocation = new QAction(tr("Use the caller's &location"), this);
    callerLocation->setObjectName(QStringLiteral("useCallerLocationAction"));
    callerLocation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(callerLocation, &QAction::triggered, this, &IncidentForm::useCallerLocation);
    m_actions = {focus, saveAction, callerLocation};
    clear();
    m_result->setText(tr("F3 starts a new incident, Ctrl+Enter saves it."));
}

IncidentForm::~IncidentForm()
{
    // The connection to qApp would otherwise outlive this part of the object: QWidget's
    // destructor takes the focus from the child fields it deletes, and the handler would
    // then read fields that are half destroyed (UBSan found it in ./run sanitize).
    disconnect(m_focusWatch);
}

bool IncidentForm::eventFilter(QObject *watched, QEvent *event)
{
    // The category's type-ahead list is a window of its own, out of reach of the window's
    // shortcuts: Ctrl+Enter typed while it is open still saves.
    if (watched == m_category->completer()->popup() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            // Close the list first and save once it is gone, so it does not come back
            // over the emptied form.
            m_category->completer()->popup()->hide();
            QMetaObject::invokeMethod(this, &IncidentForm::save, Qt::QueuedConnection);
            return true;
        }
    }
    // Up and Down in the kelurahan field move through the matches without leaving the field.
    if (watched == m_village && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int rows = m_kelurahanMatches->count();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && rows > 0) {
            const int row = qBound(0, m_kelurahanMatches->currentRow() + (key == Qt::Key_Down ? 1 : -1), rows - 1);
            m_kelurahanMatches->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentForm::updateKelurahanMatches()
{
    m_kelurahanMatches->clear();
    for (const Village *k : m_parts.gazetteer.search(m_village->text())) {
        auto *item = new QListWidgetItem(tr("%1, Kec. %2").arg(k->name, k->kecamatanName), m_kelurahanMatches);
        item->setData(Qt::UserRole, k->kode);
    }
    if (m_kelurahanMatches->count() > 0)
        m_kelurahanMatches->setCurrentRow(0);
}

// A located caller (the handset's AML fix, or the network's position) gives the incident
// its first place and fills in the kelurahan, unless the operator has set them already;
// both can be overwritten.
void IncidentForm::prefillFromCall()
{
    if (m_position || !m_calls || !m_calls->activeCallerLocation())
        return;
    takeCallerLocation();
    if (!m_village->text().trimmed().isEmpty())
        return;
    if (const Village *kelurahan = m_parts.gazetteer.locate(m_position->first, m_position->second)) {
        m_village->setText(kelurahan->name);
        updateKelurahanMatches();
    }
}

void IncidentForm::takeCallerLocation()
{
    const auto location = m_calls->activeCallerLocation();
    m_position = std::make_pair(location->lat, location->lon);
    m_positionFromMap = false;
    m_positionFromDevice = location->fromDevice;
    m_positionRadiusM = location->radiusM;
    showPlace();
}

// Ctrl+L: the operator takes the caller's location over (a fix that came after F3, or one
// to replace a place picked on the map); the kelurahan follows it.
void IncidentForm::useCallerLocation()
{
    if (!m_calls || !m_calls->activeCallerLocation())
        return Q_EMIT problem(tr("The call at this desk has no caller's location."));
    setFilling(true);
    takeCallerLocation();
    const Village *kelurahan = m_parts.gazetteer.locate(m_position->first, m_position->second);
    m_village->setText(kelurahan ? kelurahan->name : QString());
    updateKelurahanMatches();
    if (!kelurahan)
        Q_EMIT problem(m_parts.gazetteer.hasDesa()
                           ? tr("The caller is outside the regency's villages; type the desa or kelurahan.")
                           : tr("The caller is outside the city's kelurahan; type the kelurahan."));
}

void IncidentForm::setPlace(double lat, double lon)
{
    m_position = std::make_pair(lat, lon);
    m_positionFromMap = true;
    m_positionFromDevice = false;
    showPlace();
    const Village *kelurahan = m_parts.gazetteer.locate(lat, lon);
    m_village->setText(kelurahan ? kelurahan->name : QString());
    updateKelurahanMatches();
    if (!kelurahan)
        Q_EMIT problem(m_parts.gazetteer.hasDesa()
                           ? tr("That place is outside the regency's villages; type the desa or kelurahan.")
                           : tr("That place is outside the city's kelurahan; type the kelurahan."));
}

void IncidentForm::showPlace()
{
    if (m_position)
        Q_EMIT placeChanged(m_position->first, m_position->second);
    else
        Q_EMIT placeCleared();
    if (!m_position) {
        m_place->setText(tr("not set: click the map while filling the form, or F4 and Enter"));
        return;
    }
    const QString where = QStringLiteral("%1, %2").arg(m_position->first, 0, 'f', 5).arg(m_position->second, 0, 'f', 5);
    if (m_positionFromMap)
        m_place->setText(tr("%1 (from the map)").arg(where));
    else if (m_positionFromDevice && m_positionRadiusM > 0)
        m_place->setText(tr("%1 (the caller's device location, ± %2 m)").arg(where).arg(qRound(m_positionRadiusM)));
    else if (m_positionFromDevice)
        m_place->setText(tr("%1 (the caller's device location)").arg(where));
    else
        m_place->setText(tr("%1 (the caller's network location)").arg(where));
}

void IncidentForm::setFilling(bool filling)
{
    if (filling == m_filling)
        return;
    m_filling = filling;
    if (filling)
        prefillFromCall();
    Q_EMIT fillingChanged(filling);
}

void IncidentForm::showChosenKelurahan()
{
    const QListWidgetItem *chosen = m_kelurahanMatches->currentItem();
    const QString kode = chosen ? chosen->data(Qt::UserRole).toString() : QString();
    const Village *kelurahan = m_parts.gazetteer.byKode(kode);
    if (!kelurahan || m_village->text() == kelurahan->name)
        return;
    m_village->setText(kelurahan->name); // searches again; keep the same one chosen
    for (int row = 0; row < m_kelurahanMatches->count(); ++row) {
        if (m_kelurahanMatches->item(row)->data(Qt::UserRole).toString() == kode)
            m_kelurahanMatches->setCurrentRow(row);
    }
}

QString IncidentForm::chosenCategory() const
{
    const QString text = m_category->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int exact = m_category->findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return m_category->itemData(exact).toString();
    // Type-ahead left a fragment: take the first category whose label (either language)
    // or code contains it.
    for (const Category &c : m_parts.categories.incidentCategories()) {
        if (c.labelId.contains(text, Qt::CaseInsensitive) || c.labelEn.contains(text, Qt::CaseInsensitive)
            || c.code.contains(text, Qt::CaseInsensitive))
            return c.code;
    }
    return {};
}

void IncidentForm::save()
{
    prefillFromCall(); // a caller located by the network, if nothing else placed the incident
    NewIncident in;
    in.category = chosenCategory();
    if (in.category.isEmpty()) {
        m_category->setFocus();
        return Q_EMIT problem(tr("Category: choose one of the list (type a part of its name)."));
    }
    in.priority = m_priority->currentData().toInt();
    if (!m_village->text().trimmed().isEmpty()) {
        const QListWidgetItem *chosen = m_kelurahanMatches->currentItem();
        if (!chosen) {
            m_village->setFocus();
            return Q_EMIT problem(
                tr("%1: nothing matches \"%2\".").arg(m_parts.gazetteer.villageWord(), m_village->text()));
        }
        in.kelurahan = chosen->data(Qt::UserRole).toString();
    }
    in.address = m_address->text();
    in.note = m_note->toPlainText();
    if (m_calls) {
        in.caller = m_calls->activeCallNumber();
        in.call = m_calls->activeCallId();
    }
    if (m_position) {
        in.lat = m_position->first;
        in.lon = m_position->second;
    }
    auto draft = m_parts.commands.create(in, m_parts.session.actor());
    if (!draft)
        return Q_EMIT problem(draft.error().message);
    // From a call: the incident and the call's outcome in one transaction (CallTaker).
    const Result<QString> created
        = m_calls && !in.call.isEmpty() ? m_calls->reportIncident(draft.value()) : createAlone(draft.value());
    if (!created)
        return Q_EMIT problem(created.error().message);
    const QString incidentId = created.value();
    clear();
    m_result->setText(tr("Incident %1 saved.").arg(incidentId));
    Q_EMIT saved(incidentId);
}

Result<QString> IncidentForm::createAlone(const EventDraft &incidentCreated)
{
    auto appended = m_parts.log.append({incidentCreated});
    if (!appended)
        return appended.error();
    return appended.value().constFirst().id();
}

void IncidentForm::clear()
{
    m_category->setCurrentIndex(-1);
    m_category->clearEditText();
    m_category->completer()->popup()->hide();
    m_priority->setCurrentIndex(0);
    m_village->clear();
    m_kelurahanMatches->clear();
    m_address->clear();
    m_note->clear();
    m_position.reset();
    m_positionFromMap = false;
    m_positionFromDevice = false;
    showPlace();
    setFilling(false);
}

} // namespace Sigap
