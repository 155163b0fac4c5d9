#include "trainingscore.h"

#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "handoff/handoffprojection.h"

#include <QMap>

#include <algorithm>

namespace Sigap {

namespace {

// The earliest stamp per subject of the events that pass, as wall ms.
void keepEarliest(QHash<QString, qint64> &earliest, const QString &key, const Event &e)
{
    const qint64 ms = Hlc::wallMs(e.hlc);
    auto it = earliest.find(key);
    if (it == earliest.end() || ms < *it)
        earliest.insert(key, ms);
}

} // namespace

TrainingScore TrainingScore::compute(const Scenario &scenario, const QHash<QString, QString> &roomToScenario,
                                     const QList<Event> &events)
{
    CallProjection calls;
    IncidentProjection incidents;
    HandoffProjection handoffs;
    QHash<QString, qint64> firstOutcomeMs; // call -> ms
    QHash<QString, qint64> firstHandoffMs; // incident -> ms
    QHash<QString, QString> openedByCall;  // call -> the incident it opened
    for (const Event &e : events) {
        calls.apply(e);
        incidents.apply(e);
        handoffs.apply(e);
        if (e.kind == EventKind::CallClassified && !e.payload.value(QStringLiteral("outcome")).toString().isEmpty())
            keepEarliest(firstOutcomeMs, e.subject, e);
        else if (e.kind == EventKind::HandoffSent)
            keepEarliest(firstHandoffMs, e.subject, e);
        else if (e.kind == EventKind::IncidentCreated && !e.payload.value(QStringLiteral("call")).toString().isEmpty())
            openedByCall.insert(e.payload.value(QStringLiteral("call")).toString(), e.id());
    }
    QHash<QString, QString> roomOfScenario;
    for (auto it = roomToScenario.begin(); it != roomToScenario.end(); ++it)
        roomOfScenario.insert(it.value(), it.key());

    TrainingScore result;
    QMap<QString, TraineeScore> trainees;
    QMap<QString, std::pair<qint64, int>> answerTimes; // trainee -> (sum, count)
    for (const TrainingCall &entry : scenario.calls) {
        CallScore s;
        s.call = entry.id;
        s.roomCall = roomOfScenario.value(entry.id);
        const Call *call = calls.call(s.roomCall);
        if (call && call->answeredStamp) {
            s.trainee = call->answeredBy;
            const qint64 answeredMs = Hlc::wallMs(call->answeredStamp->hlc);
            s.answerMs = answeredMs - call->offeredMs();
            if (firstOutcomeMs.contains(s.roomCall))
                s.classifyMs = firstOutcomeMs.value(s.roomCall) - answeredMs;
            s.outcome = ExpectedAnswer::outcomeOfCallCode(call->outcome);
            s.incident = call->incident;
            if (const Incident *incident = incidents.incident(call->incident)) {
                s.category = incident->category();
                for (const Handoff *h : handoffs.ofIncident(incident->id)) {
                    if (h->state != HandoffState::Cancelled)
                        s.agencies.append(h->agency);
                }
                s.agencies.sort();
                if (openedByCall.value(s.roomCall) == incident->id && firstHandoffMs.contains(incident->id))
                    s.handOffMs = firstHandoffMs.value(incident->id) - answeredMs;
            }
        }
        if (entry.expect && !s.trainee.isEmpty()) {
            const ExpectedAnswer &expect = *entry.expect;
            s.scored = true;
            s.maxPoints = 100;
            s.outcomeRight = s.outcome == expect.outcome;
            if (!expect.isIncident()) {
                s.points = s.outcomeRight ? OutcomeOnlyPoints : 0;
            } else if (!expect.duplicateOf.isEmpty()) {
                const Call *original = calls.call(roomOfScenario.value(expect.duplicateOf));
                // Nothing to link to while nobody opened the original's incident.
                s.missedDuplicate = !s.incident.isEmpty() && original && !original->incident.isEmpty()
                                    && original->incident != s.incident;
                s.categoryRight = s.agenciesRight = true; // scored on the original call
                s.points = (s.outcomeRight ? OutcomePoints : 0)
                           + (s.outcomeRight && !s.missedDuplicate ? DuplicatePoints : 0);
            } else {
                s.judgesIncident = true;
                s.categoryRight = s.category == expect.category;
                s.agenciesRight = !s.incident.isEmpty() && s.agencies == expect.agencies;
                s.points = (s.outcomeRight ? OutcomePoints : 0) + (s.categoryRight ? CategoryPoints : 0)
                           + (s.agenciesRight ? AgenciesPoints : 0);
            }
            TraineeScore &t = trainees[s.trainee];
            t.trainee = s.trainee;
            ++t.calls;
            t.points += s.points;
            t.maxPoints += s.maxPoints;
            t.missedDuplicates += s.missedDuplicate ? 1 : 0;
        }
        if (!s.trainee.isEmpty() && s.answerMs >= 0) {
            auto &[sum, count] = answerTimes[s.trainee];
            sum += s.answerMs;
            ++count;
            trainees[s.trainee].trainee = s.trainee;
        }
        result.calls.append(s);
    }
    for (auto it = trainees.begin(); it != trainees.end(); ++it) {
        const auto [sum, count] = answerTimes.value(it.key());
        it->meanAnswerMs = count > 0 ? sum / count : -1;
        result.trainees.append(*it);
    }
    return result;
}

QString TrainingScore::toHtml(const QString &scenarioName) const
{
    auto cell = [](const QString &text) { return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped()); };
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Training results: %1").arg(scenarioName).toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &h : {tr("Trainee"), tr("Calls"), tr("Score"), tr("Missed duplicates"), tr("Mean answer")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const TraineeScore &t : trainees)
        html += QStringLiteral("<tr>") + cell(t.trainee) + cell(QString::number(t.calls))
                + cell(tr("%1 / 100").arg(t.score())) + cell(QString::number(t.missedDuplicates))
                + cell(TrainingResultsModel::seconds(t.meanAnswerMs)) + QStringLiteral("</tr>");
    html += QStringLiteral("</table><p></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    TrainingResultsModel model;
    model.setScore(*this);
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c)
            html += cell(model.data(model.index(r, c)).toString());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

void TrainingResultsModel::setScore(const TrainingScore &score)
{
    beginResetModel();
    m_score = score;
    endResetModel();
}

int TrainingResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_score.calls.size());
}

int TrainingResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingResultsModel::seconds(qint64 ms)
{
    //: A time that did not happen (the call was never answered, classified or handed off)
    return ms < 0 ? tr("–") : tr("%1 s").arg((ms + 500) / 1000);
}

QVariant TrainingResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_score.calls.size())
        return {};
    const CallScore &s = m_score.calls.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Answer && index.column() <= HandOff)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    auto mark = [&](const QString &text, bool judged, bool right) {
        if (!judged)
            return text;
        return QStringLiteral("%1 (%2)").arg(text.isEmpty() ? tr("none") : text, right ? tr("right") : tr("wrong"));
    };
    switch (Column(index.column())) {
    case Trainee: return s.trainee.isEmpty() ? tr("(not answered)") : s.trainee;
    case Call: return s.call;
    case Answer: return seconds(s.answerMs);
    case Classify: return seconds(s.classifyMs);
    case HandOff: return seconds(s.handOffMs);
    case Outcome: return mark(s.outcome, s.scored, s.outcomeRight);
    case Category: return mark(s.category, s.judgesIncident, s.categoryRight);
    case Agencies: return mark(s.agencies.join(QStringLiteral(", ")), s.judgesIncident, s.agenciesRight);
    case Duplicate: return s.missedDuplicate ? tr("missed") : QString();
    case Points: return s.scored ? tr("%1 / %2").arg(s.points).arg(s.maxPoints) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant TrainingResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Trainee: return tr("Trainee");
    case Call: return tr("Call");
    case Answer: return tr("Answer");
    case Classify: return tr("Classify");
    case HandOff: return tr("Hand off");
    case Outcome: return tr("Outcome");
    case Category: return tr("Category");
    case Agencies: return tr("Agencies");
    case Duplicate: return tr("Duplicate");
    case Points: return tr("Points");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Sigap
