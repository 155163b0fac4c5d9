#include "handoffpanel.h"

#include "auth/desksession.h"
#include "core/clock.h"
#include "domain/incidentprojection.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffcommands.h"
#include "handoff/handoffmodel.h"
#include "handoff/handoffprojection.h"
#include "store/eventlog.h"
#include "unitchoicedialog.h"
#include "units/unitboard.h"
#include "units/unitcommands.h"
#include "units/unitrecommender.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sigap {

namespace {

// Unacknowledged past the agency's time, or refused by the agency's EIDO endpoint: red, as
// in the status bar; still waiting for an
// acknowledgement: amber; the rest in the table's own colours.
class HandoffRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == HandoffModel::StateColumn)
            option->font.setBold(true);
        QColor background, text;
        if (index.data(HandoffModel::OverdueRole).toBool() || index.data(HandoffModel::DeliveryFailedRole).toBool()) {
            background = QColor(0xc6, 0x28, 0x28);
            text = Qt::white;
        } else if (index.data(HandoffModel::StateRole).toString() == QLatin1String("sent")) {
            background = QColor(0xff, 0xe0, 0x82);
            text = Qt::black;
        } else {
            return;
        }
        option->backgroundBrush = background;
        option->palette.setColor(QPalette::Text, text);
    }
};

} // namespace

Actor HandoffPanel::actor() const
{
    Actor actor = m_parts.session.actor();
    if (!m_role.isEmpty())
        actor.role = m_role;
    return actor;
}

HandoffPanel::HandoffPanel(const Parts &parts, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts)
    , m_model(new HandoffModel(parts.handoffs, parts.incidents, parts.agencies, parts.categories, parts.gazetteer,
                               parts.clock, language, parts.timeZone, this))
    , m_filter(new HandoffFilter(this))
    , m_title(new QLabel)
    , m_showClosed(new QCheckBox(tr("Show &finished, refused and cancelled")))
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("handoffPanel"));
    m_filter->setSourceModel(m_model);
    m_title->setObjectName(QStringLiteral("handoffPanelTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);
    m_showClosed->setObjectName(QStringLiteral("handoffShowClosed"));
    connect(m_showClosed, &QCheckBox::toggled, m_filter, [this](bool on) { m_filter->setOpenOnly(!on); });

    m_view->setObjectName(QStringLiteral("handoffList"));
    m_view->setAccessibleName(tr("Handoffs"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new HandoffRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HandoffModel::SentColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    // The agency's name takes the spare width; the short columns keep to their contents.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HandoffModel::AgencyColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu); // the same moves for the mouse
    // A new handoff on a liaison desk is selected at once, so one key acknowledges it.
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->selectRow(0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_showClosed);
    layout->addWidget(m_view);
    m_keys = new QLabel;
    m_keys->setWordWrap(true);
    layout->addWidget(m_keys);
    showKeys();

    addMove(tr("&Acknowledge the handoff"), Qt::Key_A, HandoffState::Acknowledged, QStringLiteral("handoffAckAction"));
    addMove(tr("Units &dispatched"), Qt::Key_D, HandoffState::Dispatched, QStringLiteral("handoffDispatchedAction"));
    addMove(tr("Units &en route"), Qt::Key_E, HandoffState::EnRoute, QStringLiteral("handoffEnRouteAction"));
    addMove(tr("Units on &scene"), Qt::Key_S, HandoffState::OnScene, QStringLiteral("handoffOnSceneAction"));
    addMove(tr("Handoff &finished"), Qt::Key_F, HandoffState::Finished, QStringLiteral("handoffFinishedAction"));
    addMove(tr("&Refuse the handoff…"), Qt::Key_R, HandoffState::Rejected, QStringLiteral("handoffRejectAction"));
    addMove(tr("&Cancel the handoff (the room withdraws it)"), Qt::Key_C, HandoffState::Cancelled,
            QStringLiteral("handoffCancelAction"));
    m_cancel = m_actions.constLast();
    auto *dispatch = new QAction(tr("Dispatch the nearest &unit…"), this);
    dispatch->setObjectName(QStringLiteral("handoffUnitAction"));
    dispatch->setShortcut(QKeySequence(Qt::Key_U));
    dispatch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(dispatch, &QAction::triggered, this, &HandoffPanel::dispatchUnit);
    m_view->addAction(dispatch);
    m_actions << dispatch;
    // Enter (or a double click) on a row: its incident. Not a shortcut: a Return shortcut
    // here took the Return key from the handoff dialog on a real X server.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &row) {
        Q_EMIT incidentChosen(row.data(HandoffModel::IncidentIdRole).toString());
    });

    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_model, &HandoffModel::clockAdvanced);
    clock->start(ClockRefreshMs);
    updateTitle();
    if (m_filter->rowCount() > 0)
        m_view->selectRow(0);
}

// The move keys belong to the list: typed in the incident form, "a" is a letter.
void HandoffPanel::addMove(const QString &text, Qt::Key key, HandoffState to, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(QKeySequence(key));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, to] { moveSelected(to); });
    m_view->addAction(action);
    m_actions << action;
}

void HandoffPanel::setAgency(const QString &agency)
{
    m_filter->setAgency(agency);
    // An agency refuses (R); withdrawing the handoff is the room's decision, made at its desks.
    m_cancel->setEnabled(agency.isEmpty());
    showKeys();
    // One agency's list needs no agency column; the kelurahan takes the width instead.
    m_view->setColumnHidden(HandoffModel::AgencyColumn, !agency.isEmpty());
    m_view->horizontalHeader()->setSectionResizeMode(
        HandoffModel::KelurahanColumn, agency.isEmpty() ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    updateTitle();
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->selectRow(0);
}

void HandoffPanel::showKeys()
{
    m_keys->setText(m_filter->agency().isEmpty()
                        ? tr("A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · "
                             "F finished · R refused · C cancelled by the room · Enter: the incident")
                        : tr("A acknowledged · U dispatch a unit · D dispatched · E en route · S on scene · "
                             "F finished · R refused · Enter: the incident"));
}

QString HandoffPanel::agency() const
{
    return m_filter->agency();
}

void HandoffPanel::focusList()
{
    m_view->setFocus();
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->selectRow(0);
}

void HandoffPanel::updateTitle()
{
    const Agency *agency = m_parts.agencies.byId(m_filter->agency());
    m_title->setText(agency ? tr("Handoffs to %1").arg(agency->name) : tr("Handoffs to every agency"));
}

// The agency's nearest available units for the selected handoff; the one chosen is
// dispatched to it (a unit status event), which moves the handoff to "dispatched" too when
// it had not got there yet.
void HandoffPanel::dispatchUnit()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        Q_EMIT problem(tr("Select a handoff in the list first."));
        return;
    }
    const QString incidentId = current.data(HandoffModel::IncidentIdRole).toString();
    const QString agencyId = current.data(HandoffModel::AgencyIdRole).toString();
    const Incident *incident = m_parts.incidents.incident(incidentId);
    const auto place = incident ? UnitRecommender::placeOf(*incident, m_parts.gazetteer) : std::nullopt;
    if (!place) {
        Q_EMIT problem(tr("Incident %1 has no place on the map and no kelurahan: units cannot be measured to it.")
                           .arg(incidentId));
        return;
    }
    const QList<UnitRecommendation> units
        = UnitRecommender::recommend(place->lat, place->lon, agencyId, m_parts.unitRoster, m_parts.unitStatus,
                                     m_parts.units, m_parts.clock.nowMs(), MaxUnitChoices);
    const Agency *agency = m_parts.agencies.byId(agencyId);
    const QString agencyName = agency ? agency->name : agencyId;
    if (units.isEmpty()) {
        Q_EMIT problem(tr("No unit of %1 is available with a position heard in the last 5 minutes.").arg(agencyName));
        return;
    }
    auto *dialog
        = new UnitChoiceDialog(tr("%1 to incident %2").arg(agencyName, incidentId), units, place->fromKelurahan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, incidentId, agencyId] {
        // The unit and the handoff's move in one transaction (UnitCommands::dispatch).
        auto drafts = m_parts.unitCommands.dispatch(incidentId, agencyId, dialog->chosenUnit(), m_parts.handoffCommands,
                                                    actor());
        if (!drafts)
            return Q_EMIT problem(drafts.error().message);
        if (auto saved = m_parts.log.append(drafts.value()); !saved)
            Q_EMIT problem(saved.error().message);
    });
    dialog->open();
}

void HandoffPanel::moveSelected(HandoffState to)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        Q_EMIT problem(tr("Select a handoff in the list first."));
        return;
    }
    const QString incident = current.data(HandoffModel::IncidentIdRole).toString();
    const QString agency = current.data(HandoffModel::AgencyIdRole).toString();
    // The fold would keep an impossible move as a conflict for the shift lead; at the desk
    // it is a wrong key, said at once.
    if (const Handoff *h = m_parts.handoffs.handoff(incident, agency); h && !HandoffStates::isLegal(h->state, to)) {
        Q_EMIT problem(tr("Incident %1: the handoff is %2 already; it cannot become %3.")
                           .arg(incident, HandoffStates::label(h->state), HandoffStates::label(to)));
        return;
    }
    QString reason;
    if (to == HandoffState::Rejected) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Refuse the handoff"),
                                       tr("Why does the agency refuse incident %1?").arg(incident), QLineEdit::Normal,
                                       {}, &ok)
                     .trimmed();
        if (!ok)
            return;
    }
    submitMove(incident, agency, to, reason);
}

void HandoffPanel::submitMove(const QString &incident, const QString &agency, HandoffState to, const QString &reason)
{
    auto draft = m_parts.handoffCommands.changeState(incident, agency, HandoffStates::name(to), reason, actor());
    if (!draft) {
        Q_EMIT problem(draft.error().message);
        return;
    }
    m_parts.log.submit(draft.value(), this, [this](const Result<Event> &saved) {
        if (!saved)
            Q_EMIT problem(saved.error().message);
    });
}

} // namespace Sigap
