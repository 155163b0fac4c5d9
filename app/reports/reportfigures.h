#pragma once

#include "answertimes.h"
#include "responsetimes.h"

#include "domain/incident.h"
#include "handoff/handoff.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>
#include <utility>

namespace Sigap {

class AgencyDirectory;
class CallProjection;
class Categories;
class Gazetteer;
class HandoffProjection;
class IncidentProjection;

// What the figures are computed from: the projections and reference data of a desk
// (Node::reportSources), so a test can feed its own folds instead.
struct ReportSources
{
    const IncidentProjection &incidents;
    const CallProjection &calls;
    const HandoffProjection &handoffs;
    const AgencyDirectory &agencies;
    const Categories &categories;
    QTimeZone timeZone;
    const Gazetteer *gazetteer = nullptr; // for village names; none: the code only
    QString roomName;                     // "Call Center 112 Kabupaten Banjar"; empty: the room id only
    QString areaName;                     // "Kabupaten Banjar"
};

// The figures of a shift or month report for one period [fromMs, toMs), in one place so the
// PDF, the CSV and the shift lead's window all say the same numbers.
//
// What belongs to the period: a call by its offer, an incident by its creation, a handoff by
// its send (ResponseTimes). What each item *is* (a call's outcome, an incident's category)
// is the log's latest word: a prank reclassified the next morning is reported as what it
// turned out to be. What state an item was *in* (an incident's status, its handoffs' states,
// whether it was still open) is replayed as of toMs, because "open at the end of the shift"
// is a fact about that moment, and a monthly report written on the 3rd must not show the
// month's last incidents as closed by what happened on the 2nd.
struct ReportFigures
{
    // The call outcome codes of categories.json the regional head asks about by name.
    static inline const QString PrankOutcome = QStringLiteral("iseng");
    static inline const QString GhostOutcome = QStringLiteral("kosong");

    struct OutcomeCount
    {
        QString outcome; // a call outcome code; empty: not classified (abandoned, ringing, not yet given)
        int count = 0;
        double share = 0; // of the calls offered in the period
    };

    struct CategoryCount
    {
        QString category;
        int count = 0;
        // By status at the end of the period, indexed by IncidentStatus.
        std::array<int, 5> byStatus{};
        int atStatus(IncidentStatus status) const { return byStatus[size_t(status)]; }
    };

    // One room-time day of the period (a shift crossing midnight has two).
    struct DayVolume
    {
        QDate day;
        qint64 startMs = 0;
        int callsOffered = 0;
        int prankCalls = 0;
        int ghostCalls = 0;
        int incidentsCreated = 0;
    };

    struct OpenHandoff
    {
        QString agency;
        HandoffState state = HandoffState::Sent;
    };

    // An incident neither closed nor cancelled at toMs, whenever it was created: the next
    // shift inherits the ones from before this shift too.
    struct OpenIncident
    {
        QString id;
        QString category;
        int priority = 0;
        QString kelurahan;     // kode
        QString kelurahanName; // empty when the gazetteer does not know the code
        qint64 createdMs = 0;
        qint64 ageMs = 0; // at toMs
        IncidentStatus status = IncidentStatus::New;
        QList<OpenHandoff> handoffs; // by agency id, each as of toMs
    };

    qint64 fromMs = 0;
    qint64 toMs = 0;

    int callsOffered = 0;
    QList<OutcomeCount> outcomes; // categories.json's order, then outcomes it does not know, then unclassified
    int prankCalls = 0;
    int ghostCalls = 0;
    double prankShare() const { return callsOffered ? double(prankCalls) / callsOffered : 0; }
    double ghostShare() const { return callsOffered ? double(ghostCalls) / callsOffered : 0; }
    int countOf(const QString &outcome) const;

    int incidentsCreated = 0;
    QList<CategoryCount> categories; // categories.json's order, then unknown codes; only those with incidents

    AnswerTimes answers;
    QList<ResponseKpi> perAgency;            // ResponseTimes::Grouping::Agency, by agency id
    QList<ResponseKpi> perAgencyAndCategory; // by agency id, then category

    QList<DayVolume> days;            // every room-time day the period touches, oldest first
    QList<OpenIncident> openAtEnd;    // oldest first
    int openAtEndCreatedInPeriod = 0; // of those, created in the period

    static ReportFigures compute(const ReportSources &sources, qint64 fromMs, qint64 toMs);

    // An incident's status replayed from its transitions up to (not including) atMs, with the
    // same legality rule as the fold; nullopt when it was not created by then.
    static std::optional<IncidentStatus> statusAt(const Incident &incident, qint64 atMs);
    // A handoff's state up to atMs, replayed like Handoff's fold; nullopt when not sent by then.
    static std::optional<HandoffState> stateAt(const Handoff &handoff, qint64 atMs);
};

} // namespace Sigap
