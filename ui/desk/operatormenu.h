#pragma once

#include "lead/deskalerts.h"
#include "lead/leadboard.h"

#include <QLabel>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace Sigap {

class Categories;
class DeskSession;
class IncidentProjection;
class OperatorDirectory;

// Who works at this desk, in the desk window: the sign-in and sign-out actions (PIN in a
// dialog), the status bar's word on who is signed in, the banner that alerts the operator to
// an incident a shift lead gave them, and the shift lead's board, which opens in a window of
// its own (for its own monitor).
class OperatorMenu : public QObject
{
    Q_OBJECT

public:
    // Who signs in and out here, the alerts for them, what an alert names, and what the lead's
    // board is opened with.
    struct Parts
    {
        DeskSession &session;
        const DeskAlerts &alerts;
        const OperatorDirectory &operators;
        const IncidentProjection &incidents;
        const Categories &categories;
        LeadBoard::Parts board;
    };

    OperatorMenu(const Parts &parts, const QString &language, QMainWindow *window);
    ~OperatorMenu() override; // closes the board with the desk window

    QList<QAction *> actions() const { return m_actions; }
    QLabel *signedInLabel() const { return m_signedIn; }
    QLabel *assignmentBanner() const { return m_banner; }
    LeadBoard *leadBoard() const; // null until opened
    void openLeadBoard();
    void signInWithDialog();

Q_SIGNALS:
    void openIncident(const QString &id); // the operator asked to see the incident they were given
    void problem(const QString &message);

private:
    void showSignedIn();
    void showAlert(const Sigap::DeskAlerts::Alert &alert);

    Parts m_parts;
    QString m_language;
    QMainWindow *m_window;
    QLabel *m_signedIn;
    QLabel *m_banner;
    QList<QAction *> m_actions;
    QPointer<LeadBoard> m_board;
    QString m_alertedIncident;
};

} // namespace Sigap
