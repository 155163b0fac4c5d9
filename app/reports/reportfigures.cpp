#include "reportfigures.h"

#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace Sigap {

namespace {

bool inPeriod(qint64 ms, qint64 fromMs, qint64 toMs)
{
    return ms >= fromMs && ms < toMs;
}

// The index into days of the room-time day holding ms; -1 outside.
int dayIndex(const QList<ReportFigures::DayVolume> &days, qint64 ms)
{
    if (days.isEmpty() || ms < days.first().startMs)
        return -1;
    for (qsizetype i = days.size() - 1; i >= 0; --i) {
        if (ms >= days.at(i).startMs)
            return int(i);
    }
    return -1;
}

QList<ReportFigures::DayVolume> daysOf(qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    QList<ReportFigures::DayVolume> days;
    if (toMs <= fromMs)
        return days;
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs - 1, zone).date();
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        ReportFigures::DayVolume v;
        v.day = d;
        // The first day starts with the period (a shift from 23:00 counts from 23:00).
        v.startMs = std::max(fromMs, QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch());
        days.append(v);
    }
    return days;
}

} // namespace

int ReportFigures::countOf(const QString &outcome) const
{
    for (const OutcomeCount &o : outcomes) {
        if (o.outcome == outcome)
            return o.count;
    }
    return 0;
}

std::optional<IncidentStatus> ReportFigures::statusAt(const Incident &incident, qint64 atMs)
{
    if (!incident.created || incident.createdMs() >= atMs)
        return std::nullopt;
    return replayStates(
        std::optional(IncidentStatus::New), incident.transitions,
        [](const std::optional<IncidentStatus> &from, const StatusTransition &t) {
            return IncidentStatuses::isLegal(*from, t.to);
        },
        [](const Stamp &, const StatusTransition &) {},
        [](const Stamp &, const StatusTransition &, const std::optional<IncidentStatus> &) {}, atMs);
}

std::optional<HandoffState> ReportFigures::stateAt(const Handoff &handoff, qint64 atMs)
{
    return replayStates(
        std::optional<HandoffState>(), handoff.transitions, &Handoff::isLegalMove,
        [](const Stamp &, const HandoffTransition &) {},
        [](const Stamp &, const HandoffTransition &, const std::optional<HandoffState> &) {}, atMs);
}

ReportFigures ReportFigures::compute(const ReportSources &sources, qint64 fromMs, qint64 toMs)
{
    ReportFigures f;
    f.fromMs = fromMs;
    f.toMs = toMs;
    f.days = daysOf(fromMs, toMs, sources.timeZone);

    // Calls by outcome.
    QMap<QString, int> byOutcome;
    sources.calls.forEachCall(fromMs, toMs, [&](const Call &call) {
        if (!call.offered || !inPeriod(call.offeredMs(), fromMs, toMs))
            return;
        ++f.callsOffered;
        ++byOutcome[call.outcome];
        const bool prank = call.outcome == PrankOutcome, ghost = call.outcome == GhostOutcome;
        f.prankCalls += prank ? 1 : 0;
        f.ghostCalls += ghost ? 1 : 0;
        if (const int d = dayIndex(f.days, call.offeredMs()); d >= 0) {
            DayVolume &day = f.days[d];
            ++day.callsOffered;
            day.prankCalls += prank ? 1 : 0;
            day.ghostCalls += ghost ? 1 : 0;
        }
    });
    auto addOutcome = [&f](const QString &code, int count) {
        f.outcomes.append(OutcomeCount{code, count, f.callsOffered ? double(count) / f.callsOffered : 0});
    };
    for (const Category &known : sources.categories.callOutcomes())
        addOutcome(known.code, byOutcome.take(known.code));
    const int unclassified = byOutcome.take(QString());
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it)
        addOutcome(it.key(), it.value()); // written by a room with outcomes of its own
    addOutcome(QString(), unclassified);

    // Incidents by category and status at the end, and those still open then.
    QMap<QString, CategoryCount> byCategory;
    // Archived history too: an incident closed last month was open in a report of last month.
    sources.incidents.forEachIncident(fromMs, toMs, [&](const Incident &incident) {
        const std::optional<IncidentStatus> status = statusAt(incident, toMs);
        if (!status)
            return; // created after the period
        const bool created = inPeriod(incident.createdMs(), fromMs, toMs);
        if (created) {
            ++f.incidentsCreated;
            CategoryCount &c = byCategory[incident.category()];
            c.category = incident.category();
            ++c.count;
            ++c.byStatus[size_t(*status)];
            if (const int d = dayIndex(f.days, incident.createdMs()); d >= 0)
                ++f.days[d].incidentsCreated;
        }
        if (!IncidentStatuses::isOpen(*status))
            return;
        OpenIncident open;
        open.id = incident.id;
        open.category = incident.category();
        open.priority = incident.priority();
        open.kelurahan = incident.kelurahan();
        if (sources.gazetteer) {
            if (const Village *k = sources.gazetteer->byKode(open.kelurahan))
                open.kelurahanName = k->name;
        }
        open.createdMs = incident.createdMs();
        open.ageMs = toMs - open.createdMs;
        open.status = *status;
        for (const Handoff *h : sources.handoffs.ofIncident(incident.id)) {
            if (const std::optional<HandoffState> state = stateAt(*h, toMs))
                open.handoffs.append(OpenHandoff{h->agency, *state});
        }
        f.openAtEndCreatedInPeriod += created ? 1 : 0;
        f.openAtEnd.append(open);
    });
    for (const Category &known : sources.categories.incidentCategories()) {
        if (byCategory.contains(known.code))
            f.categories.append(byCategory.take(known.code));
    }
    f.categories.append(byCategory.values()); // codes categories.json no longer has
    std::sort(f.openAtEnd.begin(), f.openAtEnd.end(), [](const OpenIncident &a, const OpenIncident &b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.id < b.id;
    });

    f.answers = AnswerTimes::compute(sources.calls, fromMs, toMs);
    f.perAgency = ResponseTimes::compute(sources.handoffs, sources.incidents, sources.calls, sources.agencies, fromMs,
                                         toMs, ResponseTimes::Grouping::Agency);
    f.perAgencyAndCategory
        = ResponseTimes::compute(sources.handoffs, sources.incidents, sources.calls, sources.agencies, fromMs, toMs);
    return f;
}

} // namespace Sigap
