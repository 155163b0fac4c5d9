#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Sigap {

class CallPanel;
class Categories;
class DeskSession;
class EventLog;
class Gazetteer;
class IncidentCommands;

// The new-incident form, built for the keyboard: F3 puts the cursor in it; category by
// type-ahead (either language, or the code), priority (the category's by default),
// kelurahan by type-ahead over the gazetteer (Up/Down pick among the matches), address and
// note; Ctrl+Enter saves. When a call is in conversation at this desk, the incident takes
// the caller's number and the call, and the call is closed as "incident". The incident's
// place comes from the map (a click while the form is being filled) or else from the
// caller's location (the handset's AML fix, or the network's); either fills in the
// kelurahan. A fix that arrives while the form is filled is taken over with Ctrl+L.
class IncidentForm : public QWidget
{
    Q_OBJECT

public:
    // What the form reads and writes with: the categories and villages it offers, the command
    // that checks an incident, the log an incident without a call goes to, and who is signed in.
    struct Parts
    {
        const Categories &categories;
        const Gazetteer &gazetteer;
        const IncidentCommands &commands;
        EventLog &log;
        const DeskSession &session;
    };

    IncidentForm(const Parts &parts, CallPanel *calls, const QString &language, QWidget *parent = nullptr);
    ~IncidentForm() override;

    QList<QAction *> formActions() const { return m_actions; }
    // Being filled: from F3 or the first field entered until the incident is saved.
    bool isFilling() const { return m_filling; }
    // A place for the incident, picked on the map: sets its position and its kelurahan.
    void setPlace(double lat, double lon);
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void saved(const QString &incidentId);
    void problem(const QString &message);
    void fillingChanged(bool filling);
    void placeChanged(double lat, double lon); // the incident being filled has a place now
    void placeCleared();

private:
    void save();
    Result<QString> createAlone(const EventDraft &incidentCreated); // an incident no call reported
    void clear();
    void updateKelurahanMatches();
    void showChosenKelurahan();
    void prefillFromCall();
    void useCallerLocation();
    void takeCallerLocation(); // sets the place from the call, not the kelurahan
    void setFilling(bool filling);
    void showPlace();
    QString chosenCategory() const;

    Parts m_parts;
    CallPanel *m_calls;
    QString m_language;
    QList<QAction *> m_actions;
    QComboBox *m_category;
    QComboBox *m_priority;
    QLineEdit *m_village;
    QListWidget *m_kelurahanMatches;
    QLineEdit *m_address;
    QPlainTextEdit *m_note;
    QLabel *m_place;
    QLabel *m_result;
    std::optional<std::pair<double, double>> m_position; // lat, lon
    bool m_positionFromMap = false;
    bool m_positionFromDevice = false; // the caller's handset (AML), with its radius
    double m_positionRadiusM = 0;
    bool m_filling = false;
    // The application's focus changes, watched while the form lives (see the destructor).
    QMetaObject::Connection m_focusWatch;
};

} // namespace Sigap
