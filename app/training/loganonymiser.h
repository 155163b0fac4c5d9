#pragma once

#include "scenario.h"

#include "domain/event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace Sigap {

class EventStore;
class Gazetteer;

// Turns a live room's log into a training scenario (version 2) that keeps the room's work and
// none of its people:
//   - each call offered in the window becomes a call, at its time after the first one; a
//     caller who gave up gives up after the same wait (abandon_after_s);
//   - what the operators made of it becomes the expected answer: the outcome, the incident's
//     category, the agencies it was handed to (a withdrawn handoff not counted), and for a
//     call linked to an incident another exported call opened, duplicate_of that call;
//   - each handoff of an exported call's incident becomes that agency's response: the
//     delays from the send to each step the agency reached;
// and anonymises:
//   - every caller number becomes a replacement number, the same one wherever the number
//     occurs (a repeat prankster stays one prankster). The replacement is an HMAC-SHA256 of
//     the number under a key drawn at random for each export (or given, for tests), read as
//     a plausible Indonesian mobile number; without the key it cannot be turned back, and two
//     exports of one log cannot be matched up. A replacement never equals, contains or is
//     contained in a number of the source log;
//   - names are not carried over at all: the scenario has no actors (operators, liaisons),
//     no callers' names and no "received by";
//   - free text is dropped: notes, addresses and the callers' words. Each caller says a
//     stock line of the expected category that names only the kelurahan;
//   - a location is snapped to its kelurahan's label point, and one outside every kelurahan
//     is dropped. Snapping rather than jitter: a jittered point stays within metres of the
//     house, and several calls about one house jittered independently average back onto
//     it; the kelurahan is all a trainee needs to dispatch, and it is kept. Calls about one
//     incident keep falling in one kelurahan, so the desk's duplicate hint still works;
//   - no date: times are relative to the first call (with a category and a kelurahan, a
//     date would point at the news report of the incident).
// Unit positions are telemetry the log does not keep; the scenario has no unit movements.
class LogAnonymiser
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::LogAnonymiser)

public:
    // key empty: a random key for this export.
    explicit LogAnonymiser(const Gazetteer &gazetteer, QByteArray key = {});

    // The calls offered within [fromMs, toMs] (wall time) and what followed them.
    Result<Scenario> anonymise(const QList<Event> &events, qint64 fromMs = 0,
                               qint64 toMs = std::numeric_limits<qint64>::max()) const;
    Result<Scenario> anonymise(const EventStore &store, qint64 fromMs = 0,
                               qint64 toMs = std::numeric_limits<qint64>::max()) const;

    // What a caller of that category says in an anonymised scenario.
    static QString stockLine(const QString &outcome, const QString &category, const QString &kelurahanName);

private:
    struct Numbers; // the replacements of one export
    QString replacementFor(const QString &number, Numbers &numbers) const;

    const Gazetteer &m_gazetteer;
    QByteArray m_key;
};

} // namespace Sigap
