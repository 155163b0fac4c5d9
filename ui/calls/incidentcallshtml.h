#pragma once

#include "domain/callprojection.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace Sigap {

class AgencyDirectory;
struct Incident;

// A recording the incident's panel offers to play, and what the player shows while it plays.
struct PlayableRecording
{
    CallRecordingRef recording;
    QString title; // "call from 0812… at 02:14"
};

// The calls of an incident for its details panel: when each came, how long it rang, its
// outcome, hold, transfer and call-backs, and its recordings as links ("recording:N", N an
// index into recordings, newest last) that the player plays.
class IncidentCallsHtml
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::IncidentCallsHtml)

public:
    static QString build(const Incident &incident, const CallProjection &calls, const AgencyDirectory &agencies,
                         const QTimeZone &timeZone, QList<PlayableRecording> &recordings);
    // The incident's call that came last (Ctrl+B calls its caller back), or empty.
    static QString latestCall(const Incident &incident, const CallProjection &calls);
};

} // namespace Sigap
