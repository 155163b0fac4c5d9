#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>
#include <tuple>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace Sigap {

class CallAlert;
struct Call;
class CallProjection;
class CallQueueModel;
class CallTaker;
class DeskCall;
class Categories;
class Clock;
class DuplicateFinder;
class Gazetteer;
class IncidentProjection;
class AgencyDirectory;

// The call side of the desk: the ringing queue (oldest first, amber from 10 s, red from
// 20 s), a red banner while anything rings, a sound and a flash for each new call, and the
// call at this desk with the number's history and a warning for repeat pranks. One key per
// action: F2 answers the oldest call; F9 prank, F10 silent, F11 information, F12 wrong number
// close it. When the call is probably about an open incident (near it, or from the same
// number) the panel says so and F7 links the call to that incident instead of creating a
// new one; Shift+F7 undoes that link and hands the call back. Ctrl+F2 puts the caller on hold
// or back (F2 then answers the next call, and the held one returns when that is closed);
// Ctrl+T puts the caller through to an agency; Ctrl+B calls back the caller of the call at
// this desk once its line is closed, or else of the incident selected in the list, and hangs
// the call-back up when pressed again.
class CallPanel : public QWidget
{
    Q_OBJECT

public:
    // What the panel reads and works with at this desk.
    struct Parts
    {
        const CallProjection &calls;
        const IncidentProjection &incidents;
        const Categories &categories;
        const Gazetteer &gazetteer;
        const AgencyDirectory &agencies;
        const Clock &clock;
        QTimeZone timeZone;
        CallQueueModel &queue;
        CallTaker &taker;
        const DuplicateFinder &duplicates;
    };

    CallPanel(const Parts &parts, const QString &language, QWidget *parent = nullptr);

    QList<QAction *> callActions() const { return m_actions; }
    QString activeCallId() const;
    // The call in conversation at this desk and the operations on it (the core's state).
    DeskCall &deskCall() { return *m_desk; }
    QTableView *queueView() const { return m_queueView; }
    const CallAlert &alert() const { return *m_alert; }
    QString activeCallNumber() const;
    // Where the caller is, if known: lat, lon. The handset's own fix (AML, received during the
    // call) when there is one, else the position the network sent with the call.
    std::optional<std::pair<double, double>> activeCallPosition() const;
    // The caller's device location (AML) of the call at this desk, the newest fix.
    struct CallerLocation
    {
        double lat = 0;
        double lon = 0;
        double radiusM = 0;      // 0: unknown
        qint64 atMs = 0;         // time of positioning; 0: unknown
        bool fromDevice = false; // the handset's AML message; false: the network's offer
    };
    std::optional<CallerLocation> activeCallerLocation() const;
    // The call in conversation reported a new incident: the incident is created and the call
    // closed as reporting it, in one transaction (CallTaker::reportIncident); its id.
    Result<QString> reportIncident(const EventDraft &incidentCreated);
    // The incident form knows the category now: only open incidents of a compatible one are
    // suggested as duplicates (before that, any open incident nearby is).
    void setReportedCategory(const QString &category);
    // The call of the incident selected in the list (its latest), which Ctrl+B calls back
    // when this desk has no call of its own to call back.
    void setSelectedIncidentCall(const QString &callId) { m_selectedIncidentCall = callId; }

Q_SIGNALS:
    void problem(const QString &message); // shown in the window's status bar
    // The call in conversation is probably about this open incident (shown for comparison).
    void duplicateSuggested(const QString &incidentId);
    // What the operator is doing, for the other desks: available, on_call or wrap_up.
    void presenceChanged(const QString &state);
    // The caller's location of the call at this desk, for the map (radius 0: unknown).
    void callerLocationChanged(double lat, double lon, double radiusM);
    void callerLocationCleared();

private:
    const Call *activeCall() const; // the call at this desk, if any
    void answerOldest();
    void closeActiveCall(const QString &outcome);
    void heldCallBack(const QString &callId);
    void showActiveCall();
    void linkToDuplicate();
    void undoLastLink();
    void updateBanner();
    void showCallerLocation();
    void toggleHold();
    void chooseTransfer();
    void callBackOrHangUp();
    void showCallBack();

    const CallProjection &m_calls;
    const IncidentProjection &m_incidents;
    CallQueueModel &m_queue;
    CallTaker &m_taker;
    DeskCall *m_desk; // a child of the panel
    const Categories &m_categories;
    const Gazetteer &m_gazetteer;
    const DuplicateFinder &m_duplicates;
    const AgencyDirectory &m_agencies;
    const Clock &m_clock;
    QString m_language;
    QString m_duplicateOf;      // the likeliest open incident this call is about
    QString m_reportedCategory; // what the form says the call reports, once it knows
    QTimeZone m_timeZone;
    QString m_waitingHeldSaid;      // what the caller on hold said, shown again when they are back
    bool m_deferHeldNotice = false; // while F7 links: the held call's notice comes after the link's
    QString m_heldNotice;
    QString m_selectedIncidentCall;
    QString m_presence;
    QString m_callerSaid;
    QString m_callBackSaid;
    QList<QAction *> m_actions;
    QLabel *m_banner;
    QTableView *m_queueView;
    QLabel *m_activeNumber;
    QLabel *m_activeHistory;
    QLabel *m_activeWords;
    QLabel *m_duplicate;
    CallAlert *m_alert;
    QLabel *m_callerLocation;
    QLabel *m_callBackLine;
    QTimer *m_locationAge; // the age shown grows while the call lasts
    std::optional<std::tuple<double, double, double>> m_shownLocation;
};

} // namespace Sigap
