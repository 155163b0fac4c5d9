#pragma once

#include "core/result.h"
#include "reports/reportfigures.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTableView;

namespace Sigap {

class Clock;
class DeskSession;
class EventLog;
class LeadDesk;
class LeadJournal;
class OperatorDirectory;
class RoomSync;
class Shifts;
struct Escalation;

// The shift lead's board, a window of its own for its own monitor: every desk of the room
// (who sits there and what they are doing), what is escalated, and every open incident with
// its age, priority, operator, handoffs and escalation. From here the lead reassigns an
// incident or takes it over, answers escalations, writes the shift's handover and has the
// incoming lead countersign it. What the signed-in person may not do is refused by the node
// (lead/leadcommands.h) and said in the status bar.
//
// The board follows changes: a new event in the log, who is signed in, the room's desks. The
// clock only ages it: each second tick() rewrites the cells that count time (an incident's
// age, how long an escalation is overdue, how long a desk has been in its state), and
// refreshes everything when an escalation falls due (Escalations::nextDueMs) or the shift
// ends.
class LeadBoard : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int ClockTickMs = 1000;

    // What the board shows (the room's incidents, calls, handoffs, desks, operators, shifts and
    // journal) and the lead's operations at this desk (LeadDesk).
    struct Parts
    {
        ReportSources report;
        const Gazetteer &gazetteer;
        const Clock &clock;
        const Shifts &shifts;
        const DeskSession &session;
        LeadDesk &lead;
        const LeadJournal &journal;
        const OperatorDirectory &operators;
        EventLog &log;
        const RoomSync *sync; // null: the desk does not sync
    };

    LeadBoard(const Parts &parts, const QString &language, QWidget *parent = nullptr);

    QTableView *desksTable() const { return m_desks; }
    QTableView *escalationsTable() const { return m_escalations; }
    QTableView *incidentsTable() const { return m_incidents; }
    QString statusText() const; // the last message, for tests

    void refresh();
    void tick(); // what the clock's timer calls each ClockTickMs
    QString selectedIncident() const;
    QString selectedEscalation() const; // its key
    void selectIncident(const QString &id);

    // The actions without their dialogs (the dialogs call these with what was selected when
    // the lead asked; so do tests).
    Result<void> reassign(const QString &incident, const QString &operatorId);
    Result<void> takeOver(const QString &incident);
    Result<void> answerEscalation(const QString &key, const QString &note);
    Result<void> writeHandover(const QString &note);
    // The reports of the shift being handed over (Node::handoverShift, up to now; with its
    // handover once written) and of the month so far, as PDF; their figures as CSV files into an existing folder.
    Result<void> saveShiftReport(const QString &path) const;
    // monthsBack 1: the month before, whole (the regional head's report on the 1st).
    Result<void> saveMonthlyReport(const QString &path, int monthsBack = 0) const;
    enum class Period { Shift, Month }; // the shift being handed over, the month so far
    Result<QStringList> exportCsv(const QString &dir, Period period) const;

    enum DeskColumn { DeskIdColumn, DeskOperatorColumn, DeskStateColumn, DeskSinceColumn, DeskKeyColumn };
    enum EscalationColumn { EscalationKindColumn, EscalationSubjectColumn, OverdueColumn, EscalationSinceColumn };
    enum IncidentColumn {
        IncidentIdColumn,
        AgeColumn,
        PriorityColumn,
        CategoryColumn,
        KelurahanColumn,
        OwnerColumn,
        StatusColumn,
        HandoffsColumn,
        EscalatedColumn,
        IncidentColumnCount
    };

private:
    void buildActions();
    void fillDesks();
    void fillEscalations(const QList<Escalation> &due);
    void fillIncidents(const QList<Escalation> &due);
    void say(const Result<void> &outcome, const QString &done);
    QString operatorName(const QString &id) const;
    QString escalationSubject(const Escalation &e) const;
    void askReassign();
    void askAnswer();
    void askHandover();
    void askCountersign();
    enum class Report { Shift, Month, LastMonth };
    void askReport(Report report);
    void askCsv(Period period);

    Parts m_parts;
    QString m_language;
    QLabel *m_header;
    QLabel *m_status;
    QTableView *m_desks;
    QTableView *m_escalations;
    QTableView *m_incidents;
    QTimer m_clockTick;
    qint64 m_refreshAtMs = 0; // the next escalation falling due, or the shift's end
    // Where each row's time cell counts from, by row key.
    QHash<QString, qint64> m_deskSinceMs;
    QHash<QString, qint64> m_escalationDueMs; // overdue from here
    QHash<QString, qint64> m_incidentCreatedMs;
};

} // namespace Sigap
