#pragma once

#include "callsource.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

class QTimer;

namespace Sigap {

class Clock;

// One call of a scenario file.
struct ScenarioCall
{
    qint64 atMs = 0; // after the scenario's start
    QString number;
    QString trunk;
    std::optional<std::pair<double, double>> position;
    double radiusM = 0;
    QString says;              // what the caller says once answered
    qint64 abandonAfterMs = 0; // hangs up if nobody answers in time; 0: waits for ever
};

// Plays a scenario file as a call source: calls ring at their times, callers who wait too
// long give up, answered callers say their line. Time comes from the injected clock; play()
// drives it from a timer, advanceTo() lets tests and the trainer move at any speed.
//
// Format (JSON, documented in docs/user/training.md):
//   {"format": "sigap-scenario", "version": 1, "name": "...",
//    "calls": [{"at_s": 0, "number": "0812...", "trunk": "112", "lat": -3.3, "lon": 114.6,
//               "radius_m": 50, "says": "...", "abandon_after_s": 30}, ...]}
// Version 2 (training/scenario.h) adds ids, expected answers, unit movements and agency
// responses; parse() reads the calls of either version.
class ScenarioCallSource : public CallSource
{
    Q_OBJECT

public:
    static Result<QList<ScenarioCall>> parse(const QByteArray &json, const QString &sourceName);
    static Result<QList<ScenarioCall>> load(const QString &path);

    ScenarioCallSource(QList<ScenarioCall> calls, const Clock &clock, QObject *parent = nullptr);

    void begin(qint64 startMs);   // sets the scenario's time zero
    void play(qint64 startMs);    // begin(), then follow the clock from a timer
    void advanceTo(qint64 nowMs); // emits everything due up to nowMs, in order

    void answer(const QString &callId) override;
    void hangUp(const QString &callId) override;
    Result<void> hold(const QString &callId) override;
    Result<void> resume(const QString &callId) override;
    // The scenario's agencies always take a transferred caller: the call ends at the desk.
    Result<void> transfer(const QString &callId, const QString &target) override;
    // The scenario's callers always answer a call-back, and say their line again.
    Result<QString> callBack(const QString &number) override;

    int remaining() const { return int(m_calls.size()) - m_next; }
    // When the next call rings or a ringing caller gives up (clock ms); -1: nothing is due.
    qint64 nextDueMs() const;
    // The room's id of the index-th call (in time order) of a scenario begun at startMs.
    static QString callIdAt(qint64 startMs, int index);
    qint64 startMs() const { return m_startMs; }

private:
    QString callId(int index) const { return callIdAt(m_startMs, index); }

    QList<ScenarioCall> m_calls; // sorted by time
    const Clock &m_clock;
    qint64 m_startMs = 0;
    int m_next = 0;
    QSet<int> m_ringing;
    QHash<QString, bool> m_inConversation; // answered calls and call-backs: held or not
    int m_callBacks = 0;
    QTimer *m_timer;
};

} // namespace Sigap
