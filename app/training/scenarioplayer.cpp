#include "scenarioplayer.h"

#include "virtualclock.h"

#include "core/logging.h"
#include "domain/callprojection.h"
#include "handoff/handoffcommands.h"
#include "handoff/handoffprojection.h"
#include "store/eventlog.h"
#include "telephony/calltaker.h"
#include "telephony/scenariocallsource.h"
#include "units/unitboard.h"
#include "units/unitroster.h"

#include <QTimer>

namespace Sigap {

ScenarioPlayer::ScenarioPlayer(Scenario scenario, const Desk &desk, VirtualClock &clock, QObject *parent)
    : ScenarioPlayer(std::move(scenario), desk, clock, Options{}, parent)
{
}

ScenarioPlayer::ScenarioPlayer(Scenario scenario, const Desk &desk, VirtualClock &clock, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_desk(desk)
    , m_clock(clock)
    , m_options(options)
    , m_source(std::make_unique<ScenarioCallSource>(m_scenario.scenarioCalls(), clock))
    , m_callTaker(std::make_unique<CallTaker>(*m_source, desk.log, desk.calls, desk.categories, desk.actorNow))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ScenarioPlayer::tick);
    if (m_options.agencies)
        connect(&desk.handoffs, &HandoffProjection::changed, this,
                [this](const QString &incident, const QString &agency) { onHandoffChanged(incident, agency); });
}

// The taker goes before its source, which it holds a reference to.
ScenarioPlayer::~ScenarioPlayer()
{
    m_callTaker.reset();
}

void ScenarioPlayer::begin()
{
    begin(m_clock.nowMs());
}

void ScenarioPlayer::begin(qint64 startMs)
{
    m_begun = true;
    m_startMs = startMs;
    m_positionMs = 0;
    m_nextUnit = 0;
    m_steps.clear();
    m_answeredSends.clear();
    m_source->begin(startMs);
}

qint64 ScenarioPlayer::elapsedMs() const
{
    return m_begun ? std::max<qint64>(0, m_clock.nowMs() - m_startMs) : 0;
}

void ScenarioPlayer::tick()
{
    if (m_begun)
        advanceTo(elapsedMs());
}

void ScenarioPlayer::play()
{
    if (!m_begun)
        begin();
    m_clock.resume();
    m_timer->start();
    tick();
}

void ScenarioPlayer::pause()
{
    m_clock.pause();
    m_timer->stop();
    tick();
}

void ScenarioPlayer::setSpeed(int speed)
{
    m_clock.setSpeed(speed);
}

qint64 ScenarioPlayer::nextDue() const
{
    const qint64 call = m_source->nextDueMs();
    qint64 next = call < 0 ? -1 : call - m_startMs;
    auto earlier = [&next](qint64 at) { next = next < 0 ? at : std::min(next, at); };
    if (m_nextUnit < m_scenario.units.size())
        earlier(m_scenario.units.at(m_nextUnit).atMs);
    if (!m_steps.empty())
        earlier(m_steps.begin()->first);
    return next;
}

void ScenarioPlayer::advanceTo(qint64 atMs)
{
    if (!m_begun)
        begin();
    // From one due moment to the next, with the clock held at each, so that what was due is
    // written as of its moment however late the tick that plays it (never before what was
    // already played: a step scheduled in the past is played now).
    for (qint64 next = nextDue(); next >= 0 && next <= atMs; next = nextDue()) {
        const qint64 moment = std::max(next, m_positionMs);
        m_clock.holdAt(m_startMs + moment);
        m_source->advanceTo(m_startMs + next);
        while (m_nextUnit < m_scenario.units.size() && m_scenario.units.at(m_nextUnit).atMs <= next)
            moveUnit(m_scenario.units.at(m_nextUnit++));
        while (!m_steps.empty() && m_steps.begin()->first <= next) {
            const auto first = m_steps.begin();
            const qint64 due = first->first;
            const Step step = first->second;
            m_steps.erase(first);
            writeStep(std::max(due, m_positionMs), step);
        }
        m_positionMs = std::max(m_positionMs, moment);
    }
    m_clock.release();
    m_positionMs = std::max(m_positionMs, atMs);
    Q_EMIT advanced(atMs);
}

bool ScenarioPlayer::finished() const
{
    return m_begun && m_source->remaining() == 0 && m_nextUnit >= m_scenario.units.size() && m_steps.empty();
}

void ScenarioPlayer::moveUnit(const UnitMovement &move)
{
    UnitReport report;
    report.id = move.unit;
    if (const RosterUnit *unit = m_desk.unitRoster.byId(move.unit)) {
        report.agency = unit->agency;
        report.callsign = unit->callsign;
    } else {
        qCWarning(lcTraining) << "scenario unit" << move.unit << "is not in the room's roster; shown by its id";
        report.callsign = move.unit;
    }
    report.lat = move.lat;
    report.lon = move.lon;
    report.reportedMs = m_startMs + move.atMs;
    m_desk.units.report(report);
}

QString ScenarioPlayer::roomCallId(const QString &scenarioCallId) const
{
    const int index = m_scenario.indexOfCall(scenarioCallId);
    return index < 0 || !m_begun ? QString() : ScenarioCallSource::callIdAt(m_startMs, index);
}

QHash<QString, QString> ScenarioPlayer::scenarioCallIds() const
{
    QHash<QString, QString> ids;
    if (!m_begun)
        return ids;
    for (qsizetype i = 0; i < m_scenario.calls.size(); ++i)
        ids.insert(ScenarioCallSource::callIdAt(m_startMs, int(i)), m_scenario.calls.at(i).id);
    return ids;
}

QString ScenarioPlayer::scenarioCallId(const QString &roomCallId) const
{
    return scenarioCallIds().value(roomCallId);
}

void ScenarioPlayer::onHandoffChanged(const QString &incident, const QString &agency)
{
    const Handoff *handoff = m_desk.handoffs.handoff(incident, agency);
    if (!m_begun || !handoff || handoff->state != HandoffState::Sent || handoff->currentSendId.isEmpty()
        || m_answeredSends.contains(handoff->currentSendId))
        return;
    // The response of the first scenario call (in time order) that the trainee put into this
    // incident and whose agency answers by script.
    const AgencyResponse *response = nullptr;
    for (qsizetype i = 0; i < m_scenario.calls.size() && !response; ++i) {
        const Call *call = m_desk.calls.call(ScenarioCallSource::callIdAt(m_startMs, int(i)));
        if (call && call->incident == incident)
            response = m_scenario.responseFor(m_scenario.calls.at(i).id, agency);
    }
    if (!response)
        return;
    m_answeredSends.insert(handoff->currentSendId);
    const qint64 sentAt = handoff->at(HandoffState::Sent).value_or(m_clock.nowMs()) - m_startMs;
    for (const auto &[step, afterMs] : response->afterMs)
        m_steps.emplace(sentAt + afterMs, Step{incident, agency, handoff->currentSendId, step});
}

void ScenarioPlayer::writeStep(qint64 atMs, const Step &step)
{
    const Handoff *handoff = m_desk.handoffs.handoff(step.incident, step.agency);
    // The operator withdrew it, handed it again, or the agency's real liaison got there first.
    if (!handoff || handoff->currentSendId != step.sendId || !HandoffStates::isLegal(handoff->state, step.to))
        return;
    const Actor liaison{step.agency + QStringLiteral("-latihan"), QStringLiteral("liaison")};
    auto draft
        = m_desk.handoffCommands.changeState(step.incident, step.agency, HandoffStates::name(step.to), {}, liaison);
    if (!draft) {
        qCWarning(lcTraining) << "scripted agency step not written:" << draft.error().message;
        return;
    }
    draft.value().atMs = m_startMs + atMs;
    if (auto appended = m_desk.log.append({draft.value()}); !appended) {
        qCWarning(lcTraining) << "scripted agency step not written:" << appended.error().message;
        return;
    }
    Q_EMIT agencyResponded(step.incident, step.agency, HandoffStates::name(step.to));
}

QList<ScenarioPlayer::Due> ScenarioPlayer::upcoming(int limit) const
{
    QList<Due> due;
    const int firstCall
        = int(m_scenario.calls.size()) - (m_begun ? m_source->remaining() : int(m_scenario.calls.size()));
    for (qsizetype i = firstCall; i < m_scenario.calls.size() && due.size() < limit; ++i) {
        const TrainingCall &entry = m_scenario.calls.at(i);
        due.append(Due{entry.call.atMs, tr("call %1 from %2").arg(entry.id, entry.call.number)});
    }
    for (qsizetype i = m_nextUnit; i < m_scenario.units.size() && i < m_nextUnit + limit; ++i) {
        const UnitMovement &move = m_scenario.units.at(i);
        due.append(Due{move.atMs, tr("unit %1 moves").arg(move.unit)});
    }
    int steps = 0;
    for (auto it = m_steps.begin(); it != m_steps.end() && steps < limit; ++it, ++steps)
        due.append(Due{it->first, tr("%1: %2").arg(it->second.agency, HandoffStates::label(it->second.to))});
    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) { return a.atMs < b.atMs; });
    if (due.size() > limit)
        due.resize(limit);
    return due;
}

} // namespace Sigap
