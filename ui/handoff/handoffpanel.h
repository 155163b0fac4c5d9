#pragma once

#include "domain/event.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace Sigap {

class HandoffFilter;
class HandoffModel;
enum class HandoffState;
class Node;

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
    HandoffPanel(Node &node, const QString &language, QWidget *parent = nullptr);

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

    Node &m_node;
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
