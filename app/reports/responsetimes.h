#pragma once

#include <QList>
#include <QString>

namespace Sigap {

class AgencyDirectory;
class CallProjection;
class HandoffProjection;
class IncidentProjection;

// How fast each agency responds, per incident category: the steps from the call being
// answered to the agency finishing, as the regional head asks for them.
struct ResponseKpi
{
    struct Step
    {
        int count = 0;    // handoffs with both ends of the step
        qint64 p50Ms = 0; // nearest-rank percentiles of the step's durations
        qint64 p90Ms = 0;
    };

    QString agency;
    QString category; // empty: every category of the agency
    int handoffs = 0;
    Step answeredToSent;
    Step sentToAcknowledged;
    Step acknowledgedToDispatched;
    Step dispatchedToOnScene;
    Step onSceneToFinished;
    Step answeredToOnScene; // the response time the target is about
    int targetMin = 0;      // 0 when categories with their own targets are summed up
    int reachedScene = 0;   // handoffs with an on-scene time
    int withinTarget = 0;   // of those, on scene within the target after the call was answered
    double shareWithinTarget() const { return reachedScene ? double(withinTarget) / reachedScene : 0; }
};

// Computes the KPIs over the handoffs sent in [fromMs, toMs). A handoff's start is the
// earliest answer of the calls linked to its incident, or the incident's creation when it
// came without a call. A step an agency skipped (dispatched without acknowledging) is left
// out of that step's figures, never guessed. Percentiles are nearest-rank: p50 of 1, 2, 3, 4
// is 2.
class ResponseTimes
{
public:
    // Per agency and category, or per agency over all its categories (the regional head's
    // "how fast does each agency respond"); a handoff is within target by its own category's.
    enum class Grouping { AgencyAndCategory, Agency };

    static QList<ResponseKpi> compute(const HandoffProjection &handoffs, const IncidentProjection &incidents,
                                      const CallProjection &calls, const AgencyDirectory &agencies, qint64 fromMs,
                                      qint64 toMs, Grouping grouping = Grouping::AgencyAndCategory);
    static qint64 percentile(QList<qint64> values, int percent);
};

} // namespace Sigap
