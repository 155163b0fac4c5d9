#include "callpanel.h"

#include "callalert.h"
#include "transferdialog.h"

#include "core/clock.h"
#include "domain/callprojection.h"
#include "domain/callqueuemodel.h"
#include "domain/categories.h"
#include "domain/duplicatefinder.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "telephony/calltaker.h"
#include "telephony/deskcall.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sigap {

namespace {

// Amber from 10 s of waiting, red from 20 s: the colours follow the waiting time, not the call.
class WaitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int level = index.data(CallQueueModel::WaitLevelRole).toInt();
        if (level == 1) {
            option->backgroundBrush = QColor(0xf9, 0xa8, 0x25);
            option->palette.setColor(QPalette::Text, Qt::black);
        } else if (level == 2) {
            option->backgroundBrush = QColor(0xc6, 0x28, 0x28);
            option->palette.setColor(QPalette::Text, Qt::white);
        }
        option->font.setBold(level > 0);
    }
};

QString agencyName(const AgencyDirectory &agencies, const QString &idOrNumber)
{
    const Agency *agency = agencies.byId(idOrNumber);
    return agency ? agency->name : idOrNumber;
}

} // namespace

CallPanel::CallPanel(const Parts &parts, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_calls(parts.calls)
    , m_incidents(parts.incidents)
    , m_queue(parts.queue)
    , m_taker(parts.taker)
    , m_desk(new DeskCall(parts.taker, parts.calls, this))
    , m_categories(parts.categories)
    , m_gazetteer(parts.gazetteer)
    , m_duplicates(parts.duplicates)
    , m_agencies(parts.agencies)
    , m_clock(parts.clock)
    , m_language(language)
    , m_timeZone(parts.timeZone)
    , m_banner(new QLabel)
    , m_queueView(new QTableView)
    , m_activeNumber(new QLabel)
    , m_activeHistory(new QLabel)
    , m_activeWords(new QLabel)
    , m_duplicate(new QLabel)
    , m_alert(new CallAlert(this))
    , m_callerLocation(new QLabel)
    , m_callBackLine(new QLabel)
    , m_locationAge(new QTimer(this))
{
    setObjectName(QStringLiteral("callPanel"));
    m_banner->setObjectName(QStringLiteral("ringingBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.4);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setMargin(6);
    m_banner->setWordWrap(true); // a narrow panel wraps the banner rather than cutting it off

    m_queueView->setObjectName(QStringLiteral("callQueue"));
    m_queueView->setModel(&m_queue);
    m_queueView->setItemDelegate(new WaitDelegate(m_queueView));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    // The number and the waiting time must never be cut off.
    m_queueView->horizontalHeader()->setSectionResizeMode(CallQueueModel::NumberColumn, QHeaderView::ResizeToContents);
    m_queueView->horizontalHeader()->setSectionResizeMode(CallQueueModel::WaitColumn, QHeaderView::ResizeToContents);
    m_queueView->setAccessibleName(tr("Ringing calls"));

    QFont numberFont = m_activeNumber->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.6);
    numberFont.setBold(true);
    m_activeNumber->setFont(numberFont);
    m_activeNumber->setObjectName(QStringLiteral("activeNumber"));
    m_activeNumber->setWordWrap(true);            // the number has no spaces: only what follows it wraps
    m_activeNumber->setTextFormat(Qt::PlainText); // a SIP caller's "number" is whatever they sent
    m_activeHistory->setObjectName(QStringLiteral("activeHistory"));
    m_activeHistory->setWordWrap(true);
    m_activeWords->setObjectName(QStringLiteral("callerWords"));
    m_activeWords->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_queueView, 1);
    layout->addWidget(m_activeNumber);
    layout->addWidget(m_activeHistory);
    layout->addWidget(m_activeWords);
    m_duplicate->setObjectName(QStringLiteral("duplicateHint"));
    m_duplicate->setWordWrap(true);
    layout->addWidget(m_duplicate);
    m_callerLocation->setObjectName(QStringLiteral("callerLocation"));
    m_callerLocation->setWordWrap(true);
    m_callerLocation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_callerLocation);
    m_callBackLine->setObjectName(QStringLiteral("callBackLine"));
    m_callBackLine->setWordWrap(true);
    m_callBackLine->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_callBackLine->hide();
    layout->addWidget(m_callBackLine);
    m_locationAge->setInterval(5000);
    connect(m_locationAge, &QTimer::timeout, this, &CallPanel::showCallerLocation);
    // When the dock is short, the queue gives up rows before the caller's history, words or
    // the duplicate hint lose a line: those are read during the call.
    m_queueView->setMinimumHeight(m_queueView->fontMetrics().height() * 4);
    for (QLabel *label : {m_activeNumber, m_activeHistory, m_activeWords, m_duplicate})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto addAction = [this](const QString &text, const QKeySequence &key, const QString &name, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
    };
    addAction(tr("&Answer the oldest call"), QKeySequence(Qt::Key_F2), QStringLiteral("answerAction"),
              [this] { answerOldest(); });
    addAction(tr("Put the caller on &hold, or back"), QKeySequence(Qt::CTRL | Qt::Key_F2), QStringLiteral("holdAction"),
              [this] { toggleHold(); });
    addAction(tr("&Transfer the caller to an agency…"), QKeySequence(Qt::CTRL | Qt::Key_T),
              QStringLiteral("transferAction"), [this] { chooseTransfer(); });
    addAction(tr("Call the caller &back, or hang the call-back up"), QKeySequence(Qt::CTRL | Qt::Key_B),
              QStringLiteral("callBackAction"), [this] { callBackOrHangUp(); });
    addAction(tr("&Link the call to the open incident shown"), QKeySequence(Qt::Key_F7), QStringLiteral("linkAction"),
              [this] { linkToDuplicate(); });
    addAction(tr("&Undo the last link"), QKeySequence(Qt::SHIFT | Qt::Key_F7), QStringLiteral("undoLinkAction"),
              [this] { undoLastLink(); });
    struct OutcomeKey
    {
        const char *outcome;
        Qt::Key key;
    };
    for (const OutcomeKey &o : {OutcomeKey{"iseng", Qt::Key_F9}, OutcomeKey{"kosong", Qt::Key_F10},
                                OutcomeKey{"informasi", Qt::Key_F11}, OutcomeKey{"salah_sambung", Qt::Key_F12}}) {
        const QString outcome = QLatin1String(o.outcome);
        const Category *c = m_categories.callOutcome(outcome);
        addAction(tr("Close call as: %1").arg(c ? c->label(m_language) : outcome), QKeySequence(o.key),
                  QStringLiteral("outcome_") + outcome, [this, outcome] { closeActiveCall(outcome); });
    }

    connect(&m_queue, &QAbstractItemModel::rowsInserted, this, [this] { m_alert->ring(window()); });
    connect(m_alert, &CallAlert::flashChanged, this, &CallPanel::updateBanner);
    connect(&m_queue, &QAbstractItemModel::rowsInserted, this, &CallPanel::updateBanner);
    connect(&m_queue, &QAbstractItemModel::rowsRemoved, this, &CallPanel::updateBanner);
    connect(&m_queue, &QAbstractItemModel::modelReset, this, &CallPanel::updateBanner);
    connect(&m_calls, &CallProjection::callChanged, this, [this](const QString &id) {
        if (id == m_desk->activeCallId())
            showActiveCall();
    });
    connect(m_desk, &DeskCall::activeCallChanged, this, &CallPanel::showActiveCall);
    connect(m_desk, &DeskCall::heldCallBack, this, &CallPanel::heldCallBack);
    connect(&m_taker, &CallTaker::callerSaid, this, [this](const QString &id, const QString &text) {
        if (id == m_desk->activeCallId()) {
            m_callerSaid = text;
            showActiveCall();
        } else if (!m_taker.callBackId().isEmpty() && id == m_taker.callBackId()) {
            m_callBackSaid = text;
            showCallBack();
        }
    });
    connect(&m_taker, &CallTaker::callBackChanged, this, &CallPanel::showActiveCall);
    connect(&m_taker, &CallTaker::transferFailed, this, [this](const QString &callId) {
        const Call *call = m_calls.call(callId);
        Q_EMIT problem(tr("The transfer of %1 failed: the agency did not take the caller, who is still on this "
                          "desk's line. Ctrl+F2 takes them off hold, Ctrl+T tries again.")
                           .arg(call ? call->number : callId));
    });
    // A caller who waits on hold behind the active call may hang up meanwhile.
    connect(&m_calls, &CallProjection::callChanged, this, [this](const QString &id) {
        const Call *call = id == m_desk->heldCallId() ? m_calls.call(id) : nullptr;
        if (call && call->state() == CallState::Ended)
            Q_EMIT problem(tr("The held caller %1 hung up while waiting.").arg(call->number));
    });
    updateBanner();
    showActiveCall();
}

void CallPanel::answerOldest()
{
    if (auto r = m_desk->canAnswer(); !r)
        return Q_EMIT problem(r.error().code == QLatin1String("call.callback")
                                  ? tr("Hang the call-back up first (Ctrl+B).")
                                  : tr("Close the current call first (F9 to F12), or put it on hold (Ctrl+F2)."));
    const QString id = m_queue.oldestCallId();
    if (id.isEmpty())
        return Q_EMIT problem(tr("No call is ringing."));
    if (!m_desk->activeCallId().isEmpty()) // on hold: it waits behind the new call
        m_waitingHeldSaid = m_callerSaid;
    m_callerSaid.clear();
    m_reportedCategory.clear();
    if (auto r = m_desk->answer(id); !r)
        return Q_EMIT problem(r.error().message);
}

// The call that waited on hold is the desk's active call again.
void CallPanel::heldCallBack(const QString &callId)
{
    m_callerSaid = std::exchange(m_waitingHeldSaid, QString());
    const Call *call = m_calls.call(callId);
    const QString notice = call && call->state() == CallState::Ended
                               ? tr("The held caller %1 hung up while waiting: F3 makes the call an incident, F9 "
                                    "to F12 close it.")
                                     .arg(call->number)
                               : tr("The held call from %1 is back at the desk: Ctrl+F2 takes it off hold.")
                                     .arg(call ? call->number : callId);
    if (m_deferHeldNotice)
        m_heldNotice = notice;
    else
        Q_EMIT problem(notice);
}

void CallPanel::toggleHold()
{
    if (auto r = m_desk->toggleHold(); !r)
        return Q_EMIT problem(r.error().code == QLatin1String("call.none") ? tr("No call in conversation at this desk.")
                                                                           : r.error().message);
    showActiveCall();
}

void CallPanel::chooseTransfer()
{
    const Call *call = activeCall();
    if (!call || call->state() != CallState::Answered)
        return Q_EMIT problem(tr("No call in conversation at this desk."));
    auto *dialog = new TransferDialog(m_agencies, call->number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, callId = m_desk->activeCallId()] {
        const TransferDialog::Choice choice = dialog->chosen();
        if (auto r = m_taker.transfer(callId, choice.number, choice.agencyId); !r)
            return Q_EMIT problem(r.error().message);
        Q_EMIT problem(
            tr("Caller put through to %1. F3 makes the call an incident, F9 to F12 close it.").arg(choice.label));
    });
    dialog->open();
}

void CallPanel::callBackOrHangUp()
{
    if (!m_taker.callBackOf().isEmpty()) {
        if (auto r = m_taker.endCallBack(); !r)
            return Q_EMIT problem(r.error().message);
        return;
    }
    const Call *active = activeCall();
    if (active && active->state() == CallState::Answered)
        return Q_EMIT problem(tr("A call is in conversation at this desk; close it first (F9 to F12)."));
    const QString callId = active ? m_desk->activeCallId() : m_selectedIncidentCall;
    if (callId.isEmpty())
        return Q_EMIT problem(tr("No call to call back: select an incident that came from a call."));
    if (auto r = m_taker.callBack(callId); !r)
        return Q_EMIT problem(r.error().message);
}

void CallPanel::showCallBack()
{
    if (m_taker.callBackOf().isEmpty()) {
        m_callBackSaid.clear();
        m_callBackLine->hide();
        return;
    }
    const QString number = m_taker.callBackNumber().toHtmlEscaped(); // the line is rich text
    QString text = m_taker.callBackConnected() ? tr("In conversation with %1 (call-back). Ctrl+B hangs up.").arg(number)
                                               : tr("Calling %1 back… Ctrl+B hangs up.").arg(number);
    if (!m_callBackSaid.isEmpty())
        text += QStringLiteral("<br><i>“%1”</i>").arg(m_callBackSaid.toHtmlEscaped());
    m_callBackLine->setText(text);
    m_callBackLine->setStyleSheet(QStringLiteral("background:#e3f2fd;color:#0d47a1;padding:4px;font-weight:bold;"));
    m_callBackLine->show();
}

QString CallPanel::activeCallId() const
{
    return m_desk->activeCallId();
}

const Call *CallPanel::activeCall() const
{
    const QString active = m_desk->activeCallId();
    return active.isEmpty() ? nullptr : m_calls.call(active);
}

QString CallPanel::activeCallNumber() const
{
    const Call *call = activeCall();
    return call ? call->number : QString();
}

std::optional<std::pair<double, double>> CallPanel::activeCallPosition() const
{
    const auto location = activeCallerLocation();
    return location ? std::optional(std::make_pair(location->lat, location->lon)) : std::nullopt;
}

std::optional<CallPanel::CallerLocation> CallPanel::activeCallerLocation() const
{
    const Call *call = activeCall();
    if (!call)
        return std::nullopt;
    if (const auto &d = call->deviceLocation)
        return CallerLocation{d->lat, d->lon, d->radiusM, d->atMs, true};
    if (call->callerPosition)
        return CallerLocation{call->callerPosition->first, call->callerPosition->second, call->callerRadiusM, 0, false};
    return std::nullopt;
}

// What the desk knows of where the caller is, with its radius and age; the map draws it
// apart from the incident's own place, and Ctrl+L (the incident form) takes it over.
void CallPanel::showCallerLocation()
{
    const auto location = activeCallerLocation();
    if (!location) {
        m_callerLocation->clear();
        m_locationAge->stop();
        if (m_shownLocation) {
            m_shownLocation.reset();
            Q_EMIT callerLocationCleared();
        }
        return;
    }
    const QString where = QStringLiteral("%1, %2").arg(location->lat, 0, 'f', 5).arg(location->lon, 0, 'f', 5);
    const QString radius = location->radiusM > 0 ? tr("± %1 m").arg(qRound(location->radiusM)) : tr("radius unknown");
    QString text;
    if (location->fromDevice) {
        const qint64 ageS = qMax<qint64>(0, (m_clock.nowMs() - location->atMs) / 1000);
        const QString age = ageS < 120 ? tr("%n s old", nullptr, int(ageS)) : tr("%n min old", nullptr, int(ageS / 60));
        text = tr("Caller's device (AML): %1 %2, %3. Ctrl+L puts it in the incident.").arg(where, radius, age);
        m_locationAge->start();
    } else {
        text = tr("Caller's network location: %1 %2. Ctrl+L puts it in the incident.").arg(where, radius);
        m_locationAge->stop();
    }
    m_callerLocation->setText(text);
    const auto shown = std::make_tuple(location->lat, location->lon, location->radiusM);
    if (m_shownLocation != shown) {
        m_shownLocation = shown;
        Q_EMIT callerLocationChanged(location->lat, location->lon, location->radiusM);
    }
}

Result<QString> CallPanel::reportIncident(const EventDraft &incidentCreated)
{
    const QString said = std::exchange(m_callerSaid, QString());
    auto reported = m_desk->reportIncident(incidentCreated);
    if (!reported) {
        m_callerSaid = said;
        if (reported.error().code == QLatin1String("call.none"))
            return makeError(reported.error().code, tr("No call in conversation at this desk."));
    }
    return reported;
}

void CallPanel::closeActiveCall(const QString &outcome)
{
    const QString said = std::exchange(m_callerSaid, QString());
    if (auto r = m_desk->close(outcome); !r) {
        m_callerSaid = said;
        return Q_EMIT problem(r.error().code == QLatin1String("call.none") ? tr("No call in conversation at this desk.")
                                                                           : r.error().message);
    }
}

void CallPanel::linkToDuplicate()
{
    if (m_desk->activeCallId().isEmpty() || m_duplicateOf.isEmpty())
        return Q_EMIT problem(tr("No open incident to link this call to."));
    const QString incident = m_duplicateOf; // the panel shows the next call once this one is linked
    const QString said = std::exchange(m_callerSaid, QString());
    // A held call that comes back is told after the link, so the operator reads it last.
    m_heldNotice.clear();
    m_deferHeldNotice = true;
    const Result<void> linked = m_desk->linkTo(incident);
    m_deferHeldNotice = false;
    if (!linked) {
        m_callerSaid = said;
        return Q_EMIT problem(linked.error().message);
    }
    Q_EMIT problem(tr("Call linked to incident %1. Shift+F7 undoes the link.").arg(incident));
    if (!m_heldNotice.isEmpty())
        Q_EMIT problem(std::exchange(m_heldNotice, QString()));
}

// The link was a mistake: the call comes back to this desk without an outcome (its line is
// closed by now), to become an incident of its own (F3) or be closed with F9 to F12.
void CallPanel::undoLastLink()
{
    if (auto r = m_desk->undoLastLink(); !r) {
        if (r.error().code == QLatin1String("call.busy"))
            return Q_EMIT problem(tr("Close the current call first (F9 to F12)."));
        if (r.error().code == QLatin1String("call.no_link"))
            return Q_EMIT problem(tr("No link to undo."));
        return Q_EMIT problem(r.error().message);
    }
    m_callerSaid.clear();
    showActiveCall();
    Q_EMIT problem(tr("Link undone. F3 makes the call an incident of its own, F9 to F12 close it."));
}

void CallPanel::setReportedCategory(const QString &category)
{
    if (category == m_reportedCategory)
        return;
    m_reportedCategory = category;
    showActiveCall();
}

void CallPanel::showActiveCall()
{
    const Call *call = activeCall();
    // A call hung up but not yet classified keeps the operator in wrap-up.
    const bool onCall = (call && call->state() == CallState::Answered) || !m_taker.callBackOf().isEmpty();
    const QString presence = onCall ? QStringLiteral("on_call")
                             : call ? QStringLiteral("wrap_up")
                                    : QStringLiteral("available");
    showCallBack();
    if (presence != m_presence) {
        m_presence = presence;
        Q_EMIT presenceChanged(presence);
    }
    const QString suggestedBefore = m_duplicateOf;
    m_duplicateOf.clear();
    m_duplicate->clear();
    m_duplicate->setStyleSheet(QString());
    if (call) {
        const QList<DuplicateCandidate> candidates
            = m_duplicates.find(m_clock.nowMs(), call->callerPosition, m_reportedCategory, call->number);
        const Incident *incident = candidates.isEmpty() ? nullptr : m_incidents.incident(candidates.first().incidentId);
        if (incident) {
            // What the incident is and where, so the operator can judge it against what the
            // caller says before pressing F7.
            const DuplicateCandidate &best = candidates.first();
            m_duplicateOf = best.incidentId;
            const Category *category = m_categories.incidentCategory(incident->category());
            const Village *kelurahan = m_gazetteer.byKode(incident->kelurahan());
            const QString where = best.sameNumber ? tr("same caller") : tr("%1 m away").arg(qRound(best.distanceM));
            m_duplicate->setText(
                tr("Possibly about open incident %1: %2 in %3 (%4, %5 min ago). F7 links the call to it.")
                    .arg(best.incidentId, category ? category->label(m_language) : incident->category(),
                         kelurahan ? kelurahan->name : tr("an unknown kelurahan"), where)
                    .arg(best.ageMs / 60000));
            m_duplicate->setStyleSheet(QStringLiteral("background:#fff3cd;color:#5f4b00;padding:4px;"));
            if (best.incidentId != suggestedBefore) // once, not at every change of the call
                Q_EMIT duplicateSuggested(best.incidentId);
        }
    }
    showCallerLocation();
    if (!call) {
        m_activeNumber->setStyleSheet(QString());
        m_activeNumber->setText(tr("No call in conversation"));
        m_activeHistory->clear();
        m_activeWords->setText(tr("F2 answers the oldest ringing call."));
        return;
    }
    // A held caller is amber across the panel: nobody listens to them until Ctrl+F2.
    const bool held = call->state() == CallState::Answered && call->held;
    QString number = call->number;
    if (held)
        number = tr("%1 — ON HOLD, Ctrl+F2 takes the caller back").arg(call->number);
    else if (!call->transferredTo.isEmpty())
        number = tr("%1 — put through to %2").arg(call->number, agencyName(m_agencies, call->transferredTo));
    m_activeNumber->setText(number);
    m_activeNumber->setStyleSheet(held ? QStringLiteral("background:#f9a825;color:black;padding:2px;") : QString());
    const QList<const Call *> history = m_calls.history(call->number);
    const int pranks = m_calls.countWithOutcome(call->number, QStringLiteral("iseng"));
    QStringList lines;
    if (pranks >= 2)
        lines << QStringLiteral("<b style='color:#c62828'>%1</b>")
                     .arg(tr("Warning: %1 earlier prank calls from this number").arg(pranks));
    for (const Call *earlier : history) {
        if (earlier->id == call->id)
            continue;
        const Category *outcome = m_categories.callOutcome(earlier->outcome);
        lines << tr("%1: %2").arg(
            QDateTime::fromMSecsSinceEpoch(earlier->offeredMs(), m_timeZone).toString(QStringLiteral("dd-MM HH:mm")),
            outcome ? outcome->label(m_language) : tr("no outcome"));
    }
    if (lines.isEmpty())
        lines << tr("First call from this number.");
    m_activeHistory->setText(lines.join(QStringLiteral("<br>")));
    if (call->state() == CallState::Ended)
        m_activeWords->setText(tr("The line is closed. F3 makes the call an incident, F9 to F12 close it."));
    else
        m_activeWords->setText(m_callerSaid.isEmpty()
                                   ? tr("(the caller says nothing)")
                                   : QStringLiteral("<i>“%1”</i>").arg(m_callerSaid.toHtmlEscaped()));
}

void CallPanel::updateBanner()
{
    const int ringing = m_queue.rowCount();
    if (ringing == 0) {
        m_banner->setText(tr("No calls waiting"));
        m_banner->setStyleSheet(QString());
    } else {
        m_banner->setText(tr("%n call(s) ringing — F2 answers", nullptr, ringing));
        m_banner->setStyleSheet(m_alert->isBright()
                                    ? QStringLiteral("background:#ffeb3b;color:#b71c1c;border-radius:4px;")
                                    : QStringLiteral("background:#c62828;color:white;border-radius:4px;"));
    }
}

} // namespace Sigap
