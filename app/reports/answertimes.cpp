#include "answertimes.h"

#include "responsetimes.h"

#include "domain/callprojection.h"

namespace Sigap {

AnswerTimes AnswerTimes::compute(const CallProjection &calls, qint64 fromMs, qint64 toMs)
{
    AnswerTimes t;
    QList<qint64> answerWaits, abandonWaits;
    calls.forEachCall(fromMs, toMs, [&](const Call &call) {
        if (!call.offered || call.offeredMs() < fromMs || call.offeredMs() >= toMs)
            return;
        ++t.offered;
        const qint64 waited = call.waitedMs();
        switch (call.state()) {
        case CallState::Ringing: ++t.ringing; break;
        case CallState::Abandoned:
            ++t.abandoned;
            abandonWaits.append(waited);
            break;
        case CallState::Answered:
        case CallState::Ended:
            if (waited < 0) { // ended without an answer: the line dropped while it rang
                ++t.abandoned;
                break;
            }
            ++t.answered;
            answerWaits.append(waited);
            if (waited <= TargetMs)
                ++t.answeredWithinTarget;
            break;
        }
    });
    t.answerP50Ms = ResponseTimes::percentile(answerWaits, 50);
    t.answerP90Ms = ResponseTimes::percentile(answerWaits, 90);
    t.abandonedWaitP50Ms = ResponseTimes::percentile(abandonWaits, 50);
    return t;
}

} // namespace Sigap
