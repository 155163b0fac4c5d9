#include "reportcsv.h"

#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "handoff/handoffprojection.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <optional>

namespace Sigap {

namespace {

const std::array<IncidentStatus, 5> AllStatuses{IncidentStatus::New, IncidentStatus::InProgress,
                                                IncidentStatus::HandedOff, IncidentStatus::Closed,
                                                IncidentStatus::Cancelled};

QString number(qint64 n)
{
    return QString::number(n);
}

QString share(double fraction)
{
    return QString::number(fraction, 'f', 4);
}

QString instant(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

QString outcomeLabel(const Categories &categories, const QString &code, const QString &language)
{
    if (code.isEmpty())
        return ReportCsv::tr("Not classified");
    const Category *c = categories.callOutcome(code);
    return c ? c->label(language) : code;
}

QString categoryLabel(const Categories &categories, const QString &code, const QString &language)
{
    const Category *c = categories.incidentCategory(code);
    return c ? c->label(language) : code;
}

QString agencyName(const AgencyDirectory &agencies, const QString &id)
{
    const Agency *a = agencies.byId(id);
    return a ? a->name : id;
}

QByteArray summary(const ReportFigures &f, const ReportSources &s)
{
    const AnswerTimes &a = f.answers;
    const QList<std::pair<QString, QString>> figures{
        {QStringLiteral("period_from"), instant(f.fromMs, s.timeZone)},
        {QStringLiteral("period_to"), instant(f.toMs, s.timeZone)},
        {QStringLiteral("period_from_ms"), number(f.fromMs)},
        {QStringLiteral("period_to_ms"), number(f.toMs)},
        {QStringLiteral("calls_offered"), number(f.callsOffered)},
        {QStringLiteral("prank_calls"), number(f.prankCalls)},
        {QStringLiteral("prank_share"), share(f.prankShare())},
        {QStringLiteral("ghost_calls"), number(f.ghostCalls)},
        {QStringLiteral("ghost_share"), share(f.ghostShare())},
        {QStringLiteral("calls_answered"), number(a.answered)},
        {QStringLiteral("calls_abandoned"), number(a.abandoned)},
        {QStringLiteral("calls_ringing"), number(a.ringing)},
        {QStringLiteral("answered_within_target"), number(a.answeredWithinTarget)},
        {QStringLiteral("answer_target_ms"), number(AnswerTimes::TargetMs)},
        {QStringLiteral("answered_within_target_share"), share(a.shareWithinTarget())},
        {QStringLiteral("answer_p50_ms"), number(a.answerP50Ms)},
        {QStringLiteral("answer_p90_ms"), number(a.answerP90Ms)},
        {QStringLiteral("abandoned_wait_p50_ms"), number(a.abandonedWaitP50Ms)},
        {QStringLiteral("incidents_created"), number(f.incidentsCreated)},
        {QStringLiteral("open_at_end"), number(f.openAtEnd.size())},
        {QStringLiteral("open_at_end_created_in_period"), number(f.openAtEndCreatedInPeriod)},
    };
    QByteArray out = ReportCsv::row({QStringLiteral("figure"), QStringLiteral("value")});
    for (const auto &[name, value] : figures)
        out += ReportCsv::row({name, value});
    return out;
}

QByteArray callsByOutcome(const ReportFigures &f, const ReportSources &s, const QString &language)
{
    QByteArray out = ReportCsv::row(
        {QStringLiteral("outcome"), QStringLiteral("outcome_label"), QStringLiteral("calls"), QStringLiteral("share")});
    for (const ReportFigures::OutcomeCount &o : f.outcomes)
        out += ReportCsv::row(
            {o.outcome, outcomeLabel(s.categories, o.outcome, language), number(o.count), share(o.share)});
    return out;
}

QByteArray incidentsByCategory(const ReportFigures &f, const ReportSources &s, const QString &language)
{
    QStringList header{QStringLiteral("category"), QStringLiteral("category_label"), QStringLiteral("incidents")};
    for (IncidentStatus status : AllStatuses)
        header << QStringLiteral("status_") + IncidentStatuses::name(status);
    QByteArray out = ReportCsv::row(header);
    for (const ReportFigures::CategoryCount &c : f.categories) {
        QStringList fields{c.category, categoryLabel(s.categories, c.category, language), number(c.count)};
        for (IncidentStatus status : AllStatuses)
            fields << number(c.atStatus(status));
        out += ReportCsv::row(fields);
    }
    return out;
}

QByteArray responseTimes(const QList<ResponseKpi> &kpis, const ReportSources &s, const QString &language)
{
    QStringList header{QStringLiteral("agency"), QStringLiteral("agency_name"), QStringLiteral("category"),
                       QStringLiteral("category_label"), QStringLiteral("handoffs")};
    const QStringList steps{QStringLiteral("answered_to_on_scene"),   QStringLiteral("answered_to_sent"),
                            QStringLiteral("sent_to_acknowledged"),   QStringLiteral("acknowledged_to_dispatched"),
                            QStringLiteral("dispatched_to_on_scene"), QStringLiteral("on_scene_to_finished")};
    for (const QString &step : steps)
        header << step + QStringLiteral("_count") << step + QStringLiteral("_p50_ms")
               << step + QStringLiteral("_p90_ms");
    // target_min is empty for an agency's total: its categories may each have their own.
    header << QStringLiteral("target_min") << QStringLiteral("reached_scene") << QStringLiteral("within_target")
           << QStringLiteral("within_target_share");
    QByteArray out = ReportCsv::row(header);
    for (const ResponseKpi &k : kpis) {
        QStringList fields{k.agency, agencyName(s.agencies, k.agency), k.category,
                           k.category.isEmpty() ? QString() : categoryLabel(s.categories, k.category, language),
                           number(k.handoffs)};
        for (const ResponseKpi::Step *step :
             {&k.answeredToOnScene, &k.answeredToSent, &k.sentToAcknowledged, &k.acknowledgedToDispatched,
              &k.dispatchedToOnScene, &k.onSceneToFinished}) {
            // A step no handoff has both ends of has no percentiles, not a zero one.
            const bool any = step->count > 0;
            fields << number(step->count) << (any ? number(step->p50Ms) : QString())
                   << (any ? number(step->p90Ms) : QString());
        }
        fields << (k.targetMin > 0 ? number(k.targetMin) : QString()) << number(k.reachedScene)
               << number(k.withinTarget) << (k.reachedScene ? share(k.shareWithinTarget()) : QString());
        out += ReportCsv::row(fields);
    }
    return out;
}

QByteArray callsPerDay(const ReportFigures &f)
{
    QByteArray out
        = ReportCsv::row({QStringLiteral("day"), QStringLiteral("calls_offered"), QStringLiteral("prank_calls"),
                          QStringLiteral("ghost_calls"), QStringLiteral("incidents_created")});
    for (const ReportFigures::DayVolume &d : f.days)
        out += ReportCsv::row({d.day.toString(Qt::ISODate), number(d.callsOffered), number(d.prankCalls),
                               number(d.ghostCalls), number(d.incidentsCreated)});
    return out;
}

QString handoffList(const QList<ReportFigures::OpenHandoff> &handoffs)
{
    QStringList parts;
    for (const ReportFigures::OpenHandoff &h : handoffs)
        parts << h.agency + QLatin1Char(':') + HandoffStates::name(h.state);
    return parts.join(QLatin1Char(';'));
}

QByteArray openIncidents(const ReportFigures &f, const ReportSources &s, const QString &language)
{
    QByteArray out
        = ReportCsv::row({QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("created_ms"),
                          QStringLiteral("category"), QStringLiteral("category_label"), QStringLiteral("priority"),
                          QStringLiteral("kelurahan"), QStringLiteral("kelurahan_name"), QStringLiteral("status"),
                          QStringLiteral("age_ms"), QStringLiteral("handoffs")});
    for (const ReportFigures::OpenIncident &o : f.openAtEnd)
        out += ReportCsv::row({o.id, instant(o.createdMs, s.timeZone), number(o.createdMs), o.category,
                               categoryLabel(s.categories, o.category, language), number(o.priority), o.kelurahan,
                               o.kelurahanName, IncidentStatuses::name(o.status), number(o.ageMs),
                               handoffList(o.handoffs)});
    return out;
}

// When the room answered the incident's first call; the incident's creation when it came
// without one (as ResponseTimes measures).
qint64 answeredAt(const Incident &incident, const CallProjection &calls)
{
    std::optional<qint64> earliest;
    for (const QString &callId : incident.calls) {
        const Call *call = calls.call(callId);
        if (call && call->answeredStamp) {
            const qint64 at = Hlc::wallMs(call->answeredStamp->hlc);
            earliest = earliest ? std::min(*earliest, at) : at;
        }
    }
    return earliest.value_or(incident.createdMs());
}

// One row per incident created in the period. first_agency is the agency handed the
// incident first; answered_to_on_scene_ms runs to the first agency on scene, whichever it was:
// the caller's wait for help. Both empty when nothing happened yet.
QByteArray incidents(const ReportFigures &f, const ReportSources &s, const QString &language)
{
    QByteArray out
        = ReportCsv::row({QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("created_ms"),
                          QStringLiteral("category"), QStringLiteral("category_label"), QStringLiteral("priority"),
                          QStringLiteral("kelurahan"), QStringLiteral("kelurahan_name"), QStringLiteral("status"),
                          QStringLiteral("first_agency"), QStringLiteral("answered_to_on_scene_ms")});
    // Copies: archived incidents live only while they are visited.
    std::vector<Incident> inPeriod;
    s.incidents.forEachIncident(f.fromMs, f.toMs, [&](const Incident &incident) {
        if (incident.createdMs() >= f.fromMs && incident.createdMs() < f.toMs)
            inPeriod.push_back(incident);
    });
    std::sort(inPeriod.begin(), inPeriod.end(), [](const Incident &a, const Incident &b) {
        return a.createdMs() != b.createdMs() ? a.createdMs() < b.createdMs() : a.id < b.id;
    });
    for (const Incident &incident : inPeriod) {
        std::optional<std::pair<qint64, QString>> firstSent;
        std::optional<qint64> firstOnScene;
        for (const Handoff *h : s.handoffs.ofIncident(incident.id)) {
            // The first send of all rounds: a handoff sent again after a refusal keeps its first time.
            for (const auto &[stamp, t] : h->transitions) {
                if (t.to != HandoffState::Sent)
                    continue;
                const std::pair<qint64, QString> sent{Hlc::wallMs(stamp.hlc), h->agency};
                if (!firstSent || sent < *firstSent)
                    firstSent = sent;
                break;
            }
            if (const auto onScene = h->at(HandoffState::OnScene))
                firstOnScene = firstOnScene ? std::min(*firstOnScene, *onScene) : *onScene;
        }
        const auto status = ReportFigures::statusAt(incident, f.toMs);
        const Village *kel = s.gazetteer ? s.gazetteer->byKode(incident.kelurahan()) : nullptr;
        const qint64 answered = answeredAt(incident, s.calls);
        out += ReportCsv::row(
            {incident.id, instant(incident.createdMs(), s.timeZone), number(incident.createdMs()), incident.category(),
             categoryLabel(s.categories, incident.category(), language), number(incident.priority()),
             incident.kelurahan(), kel ? kel->name : QString(),
             IncidentStatuses::name(status.value_or(IncidentStatus::New)), firstSent ? firstSent->second : QString(),
             firstOnScene && *firstOnScene >= answered ? number(*firstOnScene - answered) : QString()});
    }
    return out;
}

} // namespace

const QList<ReportCsv::Table> &ReportCsv::tables()
{
    static const QList<Table> all{Table::Summary,
                                  Table::CallsByOutcome,
                                  Table::IncidentsByCategory,
                                  Table::ResponseByAgency,
                                  Table::ResponseByAgencyCategory,
                                  Table::CallsPerDay,
                                  Table::OpenIncidents,
                                  Table::Incidents};
    return all;
}

QString ReportCsv::tableName(Table table)
{
    switch (table) {
    case Table::Summary: return QStringLiteral("summary");
    case Table::CallsByOutcome: return QStringLiteral("calls-by-outcome");
    case Table::IncidentsByCategory: return QStringLiteral("incidents-by-category");
    case Table::ResponseByAgency: return QStringLiteral("response-by-agency");
    case Table::ResponseByAgencyCategory: return QStringLiteral("response-by-agency-category");
    case Table::CallsPerDay: return QStringLiteral("calls-per-day");
    case Table::OpenIncidents: return QStringLiteral("open-incidents");
    case Table::Incidents: return QStringLiteral("incidents");
    }
    return {};
}

QByteArray ReportCsv::field(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r') && !utf8.contains('\n'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray ReportCsv::row(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += field(fields.at(i));
    }
    return out + "\r\n";
}

QByteArray ReportCsv::table(Table table, const ReportFigures &figures, const ReportSources &sources,
                            const QString &language)
{
    switch (table) {
    case Table::Summary: return summary(figures, sources);
    case Table::CallsByOutcome: return callsByOutcome(figures, sources, language);
    case Table::IncidentsByCategory: return incidentsByCategory(figures, sources, language);
    case Table::ResponseByAgency: return responseTimes(figures.perAgency, sources, language);
    case Table::ResponseByAgencyCategory: return responseTimes(figures.perAgencyAndCategory, sources, language);
    case Table::CallsPerDay: return callsPerDay(figures);
    case Table::OpenIncidents: return openIncidents(figures, sources, language);
    case Table::Incidents: return incidents(figures, sources, language);
    }
    return {};
}

Result<QStringList> ReportCsv::writeAll(const ReportFigures &figures, const ReportSources &sources, const QString &dir,
                                        const QString &prefix, const QString &language)
{
    if (!QFileInfo(dir).isDir())
        return makeError(QStringLiteral("report.csv_dir"),
                         tr("The folder %1 for the CSV files does not exist").arg(dir));
    QStringList written;
    for (Table t : tables()) {
        const QString path = QDir(dir).filePath(prefix + QLatin1Char('-') + tableName(t) + QStringLiteral(".csv"));
        // Written whole or not at all: a half-written table would pass for a day of few calls.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("report.csv_write"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        file.write(table(t, figures, sources, language));
        if (!file.commit())
            return makeError(QStringLiteral("report.csv_write"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        written << path;
    }
    return written;
}

} // namespace Sigap
