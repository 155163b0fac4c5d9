#pragma once

#include "domain/event.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace Sigap {

class AgencyDirectory;
class Categories;
class Clock;
class DeskSession;
class EventLog;
class Gazetteer;
class HandoffCommands;
class HandoffFilter;
class HandoffModel;
class HandoffProjection;
class IncidentProjection;
class UnitBoard;
class UnitCommands;
class UnitProjection;
class UnitRoster;
enum class HandoffState;

// The handoffs of the room, or of one agency on its liaison desk: where each stands and for
// how long, unacknowledged ones in amber and overdue ones in red. With the table in focus a
// single key moves the selected handoff on (A acknowledged, D dispatched, E en route, S on
// scene, F finished, R refused with a reason), U dispatches one of the agency's nearest
// available units to it, and Enter shows its incident. Every move is
// an event of the desk's actor, so it reaches the operator's desk through the room's log.
class HandoffPanel : public QWidget
{
    Q_OBJECT

public:
    // What the panel shows (handoffs, their incidents, the agencies and their units) and what
    // it writes with (the handoff and unit commands, the log, who acts at the desk).
    struct Parts
    {
        const HandoffProjection &handoffs;
        const IncidentProjection &incidents;
        const AgencyDirectory &agencies;
        const Categories &categories;
        const Gazetteer &gazetteer;
        const Clock &clock;
        QTimeZone timeZone;
        const UnitRoster &unitRoster;
        const UnitProjection &unitStatus;
        const UnitBoard &units;
        const UnitCommands &unitCommands;
        const HandoffCommands &handoffCommands;
        EventLog &log;
        const DeskSession &session;
    };

    HandoffPanel(const Parts &parts, const QString &language, QWidget *parent = nullptr);

    // A liaison desk shows its own agency's handoffs only; empty: every agency.
    void setAgency(const QString &agency);
    // The agency of a liaison desk; empty on the room's own desks.
    QString agency() const;
    // The role the moves are recorded with ("liaison" at a liaison desk); empty: the signed-in
    // operator's own. The actor is whoever acts at the desk when the move is made.
    void setRole(const QString &role) { m_role = role; }
    QList<QAction *> panelActions() const { return m_actions; }
    QTableView *view() const { return m_view; }
    HandoffModel *model() const { return m_model; }
    void focusList();

    static constexpr int ClockRefreshMs = 5000;
    static constexpr int MaxUnitChoices = 5;

Q_SIGNALS:
    void problem(const QString &message);
    void incidentChosen(const QString &incident);

private:
    void addMove(const QString &text, Qt::Key key, HandoffState to, const QString &objectName);
    void moveSelected(HandoffState to);
    void submitMove(const QString &incident, const QString &agency, HandoffState to, const QString &reason);
    void dispatchUnit();
    void updateTitle();
    void showKeys();
    Actor actor() const;

    Parts m_parts;
    QString m_role;
    HandoffModel *m_model;
    HandoffFilter *m_filter;
    QLabel *m_title;
    QCheckBox *m_showClosed;
    QTableView *m_view;
    QList<QAction *> m_actions;
    QAction *m_cancel = nullptr; // the room withdraws a handoff; not a liaison's move
    QLabel *m_keys = nullptr;    // the keys of the list, as this desk has them
};

} // namespace Sigap
