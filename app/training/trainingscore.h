#pragma once

#include "scenario.h"

#include "domain/event.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace Sigap {

// How one scenario call went, as the training room's log tells it.
struct CallScore
{
    QString call;     // the scenario's call id
    QString roomCall; // the room's
    QString trainee;  // who answered it (the event's actor); empty: nobody did
    // Times in ms, -1 when the step did not happen: ring to answer, answer to the first
    // outcome, answer to the first handoff of the incident the call opened (not applicable to
    // a call linked to an incident someone else opened).
    qint64 answerMs = -1;
    qint64 classifyMs = -1;
    qint64 handOffMs = -1;
    // What the trainee made of it (scenario outcome names; the incident's category and the
    // agencies its handoffs went to, a withdrawn one not counted).
    QString outcome;
    QString category;
    QStringList agencies;
    QString incident;
    bool scored = false;         // the call has an expected answer and someone answered it
    bool judgesIncident = false; // scored on category and agencies too (an incident, not a duplicate)
    bool outcomeRight = false;
    bool categoryRight = false;
    bool agenciesRight = false;
    bool missedDuplicate = false;
    int points = 0;
    int maxPoints = 0;
};

struct TraineeScore
{
    QString trainee;
    int calls = 0; // scored calls the trainee answered
    int points = 0;
    int maxPoints = 0;
    int missedDuplicates = 0;
    qint64 meanAnswerMs = -1;
    int score() const { return maxPoints > 0 ? int((100 * qint64(points) + maxPoints / 2) / maxPoints) : 0; }
};

// Scores each trainee of a training room against the scenario's expected answers. Each call
// is worth 100 points to whoever answered it (the trainee is the actor of the call's
// answer: the signed-in operator, or the desk when nobody signed in):
//   - a prank, ghost call, information request or wrong number: the right outcome, 100;
//   - an incident: the right outcome 40, the right category 30, handed to exactly the
//     expected agencies 30 (a missing or an extra agency loses the 30);
//   - a duplicate (duplicate_of): the right outcome 40, and 60 for linking the call to the
//     incident of the call it duplicates; a separate incident is a missed duplicate and
//     loses the 60 (its category and agencies are the original's, and scored there).
// A trainee's score is their points out of their calls' maximum, as a percentage rounded to
// the nearest whole number. Times are measured and shown, not scored: the score judges what
// the trainee decided, and the trainer reads the times beside it (a room's own answer-time
// target differs from room to room). Calls without an expected answer, and calls nobody
// answered, score nobody; the latter are listed with an empty trainee.
class TrainingScore
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::TrainingScore)

public:
    static constexpr int OutcomeOnlyPoints = 100;
    static constexpr int OutcomePoints = 40;
    static constexpr int CategoryPoints = 30;
    static constexpr int AgenciesPoints = 30;
    static constexpr int DuplicatePoints = 60;

    // roomToScenario: the room's call ids of the scenario's calls (ScenarioPlayer::scenarioCallIds).
    static TrainingScore compute(const Scenario &scenario, const QHash<QString, QString> &roomToScenario,
                                 const QList<Event> &events);

    QList<CallScore> calls;       // in the scenario's order
    QList<TraineeScore> trainees; // by trainee id

    // The results as an HTML table for a QTextDocument (the console's PDF).
    QString toHtml(const QString &scenarioName) const;
};

// The per-call results for a table view.
class TrainingResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Trainee,
        Call,
        Answer,
        Classify,
        HandOff,
        Outcome,
        Category,
        Agencies,
        Duplicate,
        Points,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setScore(const TrainingScore &score);
    const TrainingScore &score() const { return m_score; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString seconds(qint64 ms); // "12 s", or "–" when it did not happen

private:
    TrainingScore m_score;
};

} // namespace Sigap
