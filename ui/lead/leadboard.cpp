#include "leadboard.h"

#include "desk/signindialog.h"
#include "keyedtablemodel.h"

#include "auth/desksession.h"
#include "auth/operatordirectory.h"
#include "core/clock.h"
#include "core/durationtext.h"
#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"
#include "lead/deskroster.h"
#include "lead/escalations.h"
#include "lead/leaddesk.h"
#include "lead/leadjournal.h"
#include "reports/reportcsv.h"
#include "reports/reportdocument.h"
#include "reports/shifts.h"
#include "store/desksigningkey.h"
#include "store/eventlog.h"
#include "sync/roomsync.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Sigap {

namespace {

QTableView *makeTable(const QString &objectName, const QStringList &headers, const QString &accessibleName,
                      QObject *owner)
{
    auto *table = new QTableView;
    table->setModel(new KeyedTableModel(headers, owner));
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(accessibleName);
    return table;
}

KeyedTableModel *modelOf(const QTableView *table)
{
    return static_cast<KeyedTableModel *>(table->model());
}

QString selectedKey(const QTableView *table)
{
    return table->currentIndex().data(KeyedTableModel::KeyRole).toString();
}

// The table's rows now. The model moves only what changed, so the selected row stays with
// its key; a row that went (closed, answered) leaves nothing selected, not its neighbour.
void fillTable(QTableView *table, const QList<KeyedTableModel::Row> &rows)
{
    const QString selected = selectedKey(table);
    modelOf(table)->setRows(rows);
    if (!selected.isEmpty() && modelOf(table)->rowOf(selected) < 0) {
        table->setCurrentIndex({});
        table->clearSelection();
    }
}

const QColor Warning(0xff, 0xcd, 0xd2);

} // namespace

LeadBoard::LeadBoard(const Parts &parts, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
    , m_language(language)
    , m_header(new QLabel)
    , m_status(new QLabel)
    , m_desks(makeTable(QStringLiteral("leadDesks"),
                        {tr("Desk"), tr("Operator"), tr("Now"), tr("Since"), tr("Key"), tr("Configuration")},
                        tr("Desks of the room"), this))
    , m_escalations(makeTable(QStringLiteral("leadEscalations"),
                              {tr("Escalation"), tr("About"), tr("Overdue by"), tr("Since")}, tr("Escalations"), this))
    , m_incidents(makeTable(QStringLiteral("leadIncidents"),
                            {tr("Incident"), tr("Age"), tr("Priority"), tr("Category"), m_parts.gazetteer.villageWord(),
                             tr("With"), tr("Status"), tr("Handoffs"), tr("Escalated")},
                            tr("Open incidents"), this))
{
    setObjectName(QStringLiteral("leadBoard"));
    setWindowTitle(tr("Sigap 112 — shift lead board — room %1").arg(parts.log.store().room()));
    m_header->setObjectName(QStringLiteral("leadHeader"));
    m_header->setMargin(6);
    m_header->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 120%; }"));
    m_status->setObjectName(QStringLiteral("leadStatus"));
    m_status->setWordWrap(true);
    statusBar()->addWidget(m_status, 1);

    auto titled = [](const QString &title, QWidget *content) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(2, 2, 2, 2);
        auto *label = new QLabel(title);
        label->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
        label->setBuddy(content);
        layout->addWidget(label);
        layout->addWidget(content);
        return box;
    };
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(titled(tr("&Desks"), m_desks));
    top->addWidget(titled(tr("&Escalations"), m_escalations));
    auto *main = new QSplitter(Qt::Vertical);
    main->addWidget(top);
    main->addWidget(titled(tr("Open &incidents"), m_incidents));
    main->setStretchFactor(1, 2);
    auto *centre = new QWidget;
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(main);
    setCentralWidget(centre);

    buildActions();
    connect(&m_clockTick, &QTimer::timeout, this, &LeadBoard::tick);
    m_clockTick.start(ClockTickMs);
    connect(&parts.log, &EventLog::appended, this, &LeadBoard::refresh);
    connect(&parts.session, &DeskSession::signedInChanged, this, &LeadBoard::refresh);
    if (parts.sync)
        connect(parts.sync, &RoomSync::peersChanged, this, &LeadBoard::refresh);
    resize(1280, 800);
    refresh();
    m_incidents->setFocus();
}

void LeadBoard::buildActions()
{
    QMenu *menu = menuBar()->addMenu(tr("&Lead"));
    auto add = [&](const QString &text, const QKeySequence &key, const QString &name, auto slot) {
        QAction *action = menu->addAction(text, key, this, slot);
        action->setObjectName(name);
        return action;
    };
    add(tr("&Reassign the incident to an operator…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        QStringLiteral("reassignAction"), &LeadBoard::askReassign);
    add(tr("&Take the incident over"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("takeOverAction"),
        [this] { say(takeOver(selectedIncident()), tr("You have the incident now.")); });
    add(tr("&Answer the escalation…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("answerAction"),
        &LeadBoard::askAnswer);
    menu->addSeparator();
    add(tr("&Write the shift handover…"), QKeySequence(Qt::CTRL | Qt::Key_W), QStringLiteral("handoverAction"),
        &LeadBoard::askHandover);
    add(tr("&Countersign the handover (incoming lead)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
        QStringLiteral("countersignAction"), &LeadBoard::askCountersign);
    menu->addSeparator();
    add(tr("&Shift report (PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("shiftReportAction"),
        [this] { askReport(Report::Shift); });
    add(tr("&Monthly report (PDF)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        QStringLiteral("monthlyReportAction"), [this] { askReport(Report::Month); });
    add(tr("Last month's re&port (PDF)…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
        QStringLiteral("lastMonthReportAction"), [this] { askReport(Report::LastMonth); });
    add(tr("Shift figures as CS&V…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QStringLiteral("csvAction"),
        [this] { askCsv(Period::Shift); });
    add(tr("Mont&h's figures as CSV…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), QStringLiteral("monthCsvAction"),
        [this] { askCsv(Period::Month); });
    menu->addSeparator();
    add(tr("Close the &board"), QKeySequence(Qt::CTRL | Qt::Key_F4), QStringLiteral("closeBoardAction"),
        &QWidget::close);
}

void LeadBoard::refresh()
{
    const qint64 now = m_parts.clock.nowMs();
    const auto [from, to] = m_parts.shifts.containing(now, m_parts.report.timeZone);
    const OperatorAccount *lead = m_parts.session.signedIn();
    auto hhmm = [this](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, m_parts.report.timeZone).toString(QStringLiteral("HH:mm"));
    };
    m_header->setText(tr("Shift %1–%2 · %3 · %n open incident(s)", nullptr, m_parts.report.incidents.openCount())
                          .arg(hhmm(from), hhmm(to),
                               lead && lead->allows(Permission::Reassign)
                                   ? tr("shift lead: %1").arg(lead->name)
                                   : tr("no shift lead signed in at this desk: the board is read-only"))
                          .arg(m_parts.report.incidents.openCount()));
    const Escalations::Outlook outlook = m_parts.lead.escalationOutlook(); // one look at the room per refresh
    fillDesks();
    fillEscalations(outlook.due);
    fillIncidents(outlook.due);
    m_refreshAtMs = std::min(to, outlook.nextDueMs);
}

void LeadBoard::tick()
{
    const qint64 now = m_parts.clock.nowMs();
    if (now >= m_refreshAtMs) {
        refresh();
        return;
    }
    auto since = [now](const QHash<QString, qint64> &startMs) {
        return [now, &startMs](const QString &key) {
            const qint64 start = startMs.value(key);
            return start > 0 ? minutesAndSeconds((now - start) / 1000) : QString();
        };
    };
    modelOf(m_desks)->setColumn(DeskSinceColumn, since(m_deskSinceMs));
    modelOf(m_escalations)->setColumn(OverdueColumn, since(m_escalationDueMs));
    modelOf(m_incidents)->setColumn(AgeColumn, since(m_incidentCreatedMs));
}

void LeadBoard::fillDesks()
{
    const RoomSync *sync = m_parts.sync;
    const qint64 now = m_parts.clock.nowMs();
    QList<KeyedTableModel::Row> rows;
    const QString ownConfig = sync ? sync->ownPresence().config : QString();
    const QList<DeskRow> desks
        = DeskRoster::rows({m_parts.log.store().deskId(), sync ? sync->ownPresence().state : QString(), 0, ownConfig},
                           sync, m_parts.operators);
    m_deskSinceMs.clear();
    const EventStore &store = m_parts.log.store();
    // A desk that runs another room configuration than this one (another map, other agencies).
    const auto configDiffers = [&ownConfig](const DeskRow &d) {
        return !d.config.isEmpty() && !ownConfig.isEmpty() && d.config != ownConfig;
    };
    for (const DeskRow &d : desks) {
        m_deskSinceMs.insert(d.desk, d.sinceMs);
        // The key the room admitted for the desk (the first one seen), to compare with what the
        // desk itself shows in `sigapctl peers`; a desk that signed two histories is quarantined.
        const QByteArray key = store.publicKeyOf(d.desk);
        const bool quarantined = store.isQuarantined(d.desk);
        const QString state
            = quarantined ? tr("QUARANTINED: signed two different histories") : DeskRoster::stateLabel(d.state);
        rows.append({d.desk,
                     {d.self ? tr("%1 (this desk)").arg(d.desk) : d.desk,
                      d.operatorName.isEmpty() ? QStringLiteral("—") : d.operatorName, state,
                      d.sinceMs > 0 ? minutesAndSeconds((now - d.sinceMs) / 1000) : QString(),
                      key.isEmpty() ? tr("not yet seen") : DeskSigningKey::fingerprint(key),
                      d.config.isEmpty() ? QStringLiteral("—")
                      : configDiffers(d) ? tr("%1: NOT this desk's configuration").arg(d.config)
                                         : d.config},
                     quarantined || d.state == QLatin1String("disconnected") || configDiffers(d) ? Warning : QColor()});
    }
    fillTable(m_desks, rows);
}

QString LeadBoard::escalationSubject(const Escalation &e) const
{
    if (e.kind == Escalation::Kind::CallWaiting) {
        const Call *call = m_parts.report.calls.call(e.call);
        return tr("call from %1").arg(call ? call->number : e.call);
    }
    const Incident *incident = m_parts.report.incidents.incident(e.incident);
    const Category *category = incident ? m_parts.report.categories.incidentCategory(incident->category()) : nullptr;
    QString text = tr("incident %1, %2").arg(e.incident, category ? category->label(m_language) : QString());
    if (!e.agency.isEmpty()) {
        const Agency *agency = m_parts.report.agencies.byId(e.agency);
        text += QStringLiteral(" → ") + (agency ? agency->name : e.agency);
    }
    return text;
}

void LeadBoard::fillEscalations(const QList<Escalation> &due)
{
    const qint64 now = m_parts.clock.nowMs();
    QList<KeyedTableModel::Row> rows;
    m_escalationDueMs.clear();
    for (const Escalation &e : due) {
        m_escalationDueMs.insert(e.key, e.sinceMs + e.limitMs);
        rows.append(
            {e.key,
             {Escalations::kindLabel(e.kind), escalationSubject(e), minutesAndSeconds(e.overdueMs(now) / 1000),
              QDateTime::fromMSecsSinceEpoch(e.sinceMs, m_parts.report.timeZone).toString(QStringLiteral("HH:mm:ss"))},
             Warning});
    }
    fillTable(m_escalations, rows);
}

QString LeadBoard::operatorName(const QString &id) const
{
    const OperatorAccount *account = m_parts.operators.account(id);
    return account ? account->name : id;
}

void LeadBoard::fillIncidents(const QList<Escalation> &due)
{
    const qint64 now = m_parts.clock.nowMs();
    QList<KeyedTableModel::Row> rows;
    m_incidentCreatedMs.clear();
    const QStringList &ids = m_parts.report.incidents.createdIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) { // newest first
        const Incident *inc = m_parts.report.incidents.incident(*it);
        if (!inc || !IncidentStatuses::isOpen(inc->status))
            continue;
        QStringList handoffs;
        for (const Handoff *h : m_parts.report.handoffs.ofIncident(inc->id)) {
            const Agency *agency = m_parts.report.agencies.byId(h->agency);
            handoffs << QStringLiteral("%1: %2").arg(agency ? agency->kind.toUpper() : h->agency,
                                                     HandoffStates::label(h->state));
        }
        QStringList escalated;
        for (const Escalation &e : due)
            if (e.incident == inc->id)
                escalated << Escalations::kindLabel(e.kind);
        const Category *category = m_parts.report.categories.incidentCategory(inc->category());
        const Village *kelurahan = m_parts.gazetteer.byKode(inc->kelurahan());
        m_incidentCreatedMs.insert(inc->id, inc->createdMs());
        rows.append({inc->id,
                     {inc->id, minutesAndSeconds((now - inc->createdMs()) / 1000), QString::number(inc->priority()),
                      category ? category->label(m_language) : inc->category(), kelurahan ? kelurahan->name : QString(),
                      operatorName(inc->owner()), IncidentStatuses::label(inc->status),
                      handoffs.join(QStringLiteral("; ")), escalated.join(QStringLiteral("; "))},
                     escalated.isEmpty() ? QColor() : Warning});
    }
    fillTable(m_incidents, rows);
}

QString LeadBoard::selectedIncident() const
{
    return selectedKey(m_incidents);
}

QString LeadBoard::selectedEscalation() const
{
    return selectedKey(m_escalations);
}

void LeadBoard::selectIncident(const QString &id)
{
    const int row = modelOf(m_incidents)->rowOf(id);
    if (row >= 0)
        m_incidents->setCurrentIndex(m_incidents->model()->index(row, 0));
}

QString LeadBoard::statusText() const
{
    return m_status->text();
}

void LeadBoard::say(const Result<void> &outcome, const QString &done)
{
    m_status->setText(outcome ? done : outcome.error().message);
    m_status->setStyleSheet(outcome ? QString() : QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
    refresh();
}

namespace {

Result<void> done(const Result<Event> &event)
{
    return event ? Result<void>() : Result<void>(event.error());
}

Result<void> noneSelected(const QString &what)
{
    return makeError(QStringLiteral("lead.none_selected"), what);
}

} // namespace

// The incident and the escalation are named by the caller, taken when the lead asked: the
// tables follow the log and the clock, also while a dialog is open, and the row under the
// cursor may by then be another one.
Result<void> LeadBoard::reassign(const QString &incident, const QString &operatorId)
{
    if (incident.isEmpty())
        return noneSelected(tr("Select an open incident first."));
    return done(m_parts.lead.reassign(incident, operatorId));
}

Result<void> LeadBoard::takeOver(const QString &incident)
{
    if (incident.isEmpty())
        return noneSelected(tr("Select an open incident first."));
    return done(m_parts.lead.takeOver(incident));
}

Result<void> LeadBoard::answerEscalation(const QString &key, const QString &note)
{
    if (key.isEmpty())
        return noneSelected(tr("Select an escalation first."));
    return done(m_parts.lead.answerEscalation(key, note));
}

Result<void> LeadBoard::writeHandover(const QString &note)
{
    return done(m_parts.lead.writeHandover(note));
}

void LeadBoard::askReassign()
{
    const QString incident = selectedIncident();
    if (incident.isEmpty())
        return say(noneSelected(tr("Select an open incident first.")), {});
    QStringList labels, ids;
    for (const OperatorAccount *a : m_parts.operators.all()) {
        if (!a->active || !a->allows(Permission::TakeCalls))
            continue;
        const QStringList at = a->signedInAt();
        labels << (at.isEmpty() ? tr("%1 (%2), not signed in").arg(a->name, a->id)
                                : tr("%1 (%2), at desk %3").arg(a->name, a->id, at.join(QStringLiteral(", "))));
        ids << a->id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reassign incident %1").arg(incident),
                                                 tr("Give the incident to:"), labels, 0, false, &ok);
    if (ok && labels.contains(chosen)) {
        const QString to = ids.at(labels.indexOf(chosen));
        say(reassign(incident, to), tr("Incident given to %1; their desk is alerted.").arg(operatorName(to)));
    }
}

void LeadBoard::askAnswer()
{
    const QString key = selectedEscalation();
    if (key.isEmpty())
        return say(noneSelected(tr("Select an escalation first.")), {});
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Answer the escalation"), tr("What is being done (optional):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        say(answerEscalation(key, note), tr("Escalation answered for the whole room."));
}

void LeadBoard::askHandover()
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Shift handover"),
        tr("What the next shift must know (the %n open incident(s) are listed with it):", nullptr,
           m_parts.report.incidents.openCount()),
        {}, &ok);
    if (ok)
        say(writeHandover(note), tr("Handover written: the incoming shift lead countersigns it (Ctrl+Shift+W)."));
}

void LeadBoard::askCountersign()
{
    const Handover *handover = m_parts.journal.latestHandover();
    if (!handover || handover->accepted)
        return say(
            makeError(QStringLiteral("lead.no_handover"), tr("There is no handover waiting to be countersigned.")), {});
    QList<const OperatorAccount *> leads;
    for (const OperatorAccount *a : m_parts.operators.all())
        if (a->active && a->allows(Permission::WriteHandover) && a->id != handover->outgoing)
            leads.append(a);
    const QString id = handover->id;
    SignInDialog dialog(
        tr("Countersign the handover of %1").arg(operatorName(handover->outgoing)), tr("Countersign and sign in"),
        leads,
        [this, id](const QString &operatorId, const QString &pin) -> Result<void> {
            auto accepted = m_parts.lead.acceptHandover(id, operatorId, pin);
            return accepted ? Result<void>() : Result<void>(accepted.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        say({}, tr("Handover countersigned; %1 is signed in here.").arg(operatorName(dialog.operatorId())));
}

Result<void> LeadBoard::saveShiftReport(const QString &path) const
{
    const qint64 now = m_parts.clock.nowMs();
    const auto [from, to] = m_parts.lead.handoverShift();
    ReportDocument::Options options;
    options.kind = ReportDocument::Kind::Shift;
    options.room = m_parts.log.store().room();
    options.language = m_language;
    options.generatedAtMs = now;
    // The handover of this shift, once the outgoing lead wrote it.
    for (const Handover *h : m_parts.journal.handovers()) {
        if (h->shiftFromMs != from)
            continue;
        options.handover = ReportHandover{h->note, operatorName(h->outgoing),
                                          h->incoming.isEmpty() ? QString() : operatorName(h->incoming), h->writtenMs(),
                                          h->acceptedMs().value_or(0)};
    }
    const ReportSources sources = m_parts.report;
    return ReportDocument(ReportFigures::compute(sources, from, std::min(to, now + 1)), sources, options)
        .writePdf(path);
}

Result<void> LeadBoard::saveMonthlyReport(const QString &path, int monthsBack) const
{
    const qint64 now = m_parts.clock.nowMs();
    const auto [from, to] = Shifts::month(now, m_parts.report.timeZone, monthsBack);
    ReportDocument::Options options;
    options.kind = ReportDocument::Kind::Month;
    options.room = m_parts.log.store().room();
    options.language = m_language;
    options.generatedAtMs = now;
    const ReportSources sources = m_parts.report;
    return ReportDocument(ReportFigures::compute(sources, from, std::min(to, now + 1)), sources, options)
        .writePdf(path);
}

Result<QStringList> LeadBoard::exportCsv(const QString &dir, Period period) const
{
    const qint64 now = m_parts.clock.nowMs();
    const auto [from, to]
        = period == Period::Shift ? m_parts.lead.handoverShift() : Shifts::month(now, m_parts.report.timeZone);
    const ReportSources sources = m_parts.report;
    const QString prefix
        = (period == Period::Shift ? QStringLiteral("sigap-shift-") : QStringLiteral("sigap-month-"))
          + QDateTime::fromMSecsSinceEpoch(from, m_parts.report.timeZone).toString(QStringLiteral("yyyyMMdd-HHmm"));
    return ReportCsv::writeAll(ReportFigures::compute(sources, from, std::min(to, now + 1)), sources, dir, prefix,
                               m_language);
}

void LeadBoard::askReport(Report report)
{
    const qint64 now = m_parts.clock.nowMs();
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(now, m_parts.report.timeZone).toString(QStringLiteral("yyyyMMdd-HHmm"));
    const bool shift = report == Report::Shift;
    const QString suggested = QDir::home().filePath(
        (shift ? QStringLiteral("sigap-shift-") : QStringLiteral("sigap-month-")) + stamp + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(
        this, shift ? tr("Save the shift report") : tr("Save the monthly report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> saved
        = shift ? saveShiftReport(path) : saveMonthlyReport(path, report == Report::LastMonth ? 1 : 0);
    QApplication::restoreOverrideCursor();
    say(saved, tr("Report saved: %1").arg(path));
}

void LeadBoard::askCsv(Period period)
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, period == Period::Shift ? tr("Folder for the shift's CSV files") : tr("Folder for the month's CSV files"),
        QDir::homePath());
    if (dir.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = exportCsv(dir, period);
    QApplication::restoreOverrideCursor();
    say(written ? Result<void>() : Result<void>(written.error()),
        written ? tr("%n CSV file(s) written to %1", nullptr, int(written.value().size())).arg(dir) : QString());
}

} // namespace Sigap
