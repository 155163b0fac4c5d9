#pragma once

#include <QtGlobal>

namespace Sigap {

class CallProjection;

// How the room answers its calls, for the call-taking KPI of NENA-STA-020.1: 90 % of the
// calls that reach the room answered within 15 seconds. The share is of every call offered in
// the period that has finished ringing (answered or abandoned), so a caller who gave up
// counts against the room, as the standard's "calls arriving" do; calls still ringing are
// left out until they are answered or abandoned.
struct AnswerTimes
{
    static constexpr qint64 TargetMs = 15000;
    static constexpr int TargetPercent = 90;

    int offered = 0;   // offered in the period
    int answered = 0;  // of those, answered by a desk
    int abandoned = 0; // the caller hung up while it rang
    int ringing = 0;   // still ringing now
    int answeredWithinTarget = 0;
    qint64 answerP50Ms = 0; // time to answer, nearest rank
    qint64 answerP90Ms = 0;
    qint64 abandonedWaitP50Ms = 0; // how long the callers who gave up waited

    double shareWithinTarget() const
    {
        const int settled = answered + abandoned;
        return settled ? double(answeredWithinTarget) / settled : 0;
    }

    // Over the calls offered in [fromMs, toMs).
    static AnswerTimes compute(const CallProjection &calls, qint64 fromMs, qint64 toMs);
};

} // namespace Sigap
