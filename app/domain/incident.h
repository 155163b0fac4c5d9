#pragma once

#include "event.h"
#include "statereplay.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Sigap {

// Total order over events used by every fold rule: hybrid logical time first, then the
// origin desk id, then its sequence number. Two desks always agree on it.
struct Stamp
{
    qint64 hlc = 0;
    QString origin;
    qint64 seq = 0;

    friend bool operator==(const Stamp &, const Stamp &) = default;
    friend bool operator<(const Stamp &a, const Stamp &b)
    {
        if (a.hlc != b.hlc)
            return a.hlc < b.hlc;
        if (a.origin != b.origin)
            return a.origin < b.origin;
        return a.seq < b.seq;
    }
};

// The stamp of an event, the order every fold rule uses.
inline Stamp stampOf(const Event &e)
{
    return Stamp{e.hlc, e.origin, e.seq};
}

// The newest event of a kind (version 1) among events, by stamp; null when there is none. A
// room-wide setting (retention, shifts) is the newest one written.
inline const Event *newestOfKind(const QList<Event> &events, const QString &kind)
{
    const Event *newest = nullptr;
    for (const Event &e : events) {
        if (e.kind == kind && e.kindVersion == 1 && (!newest || stampOf(*newest) < stampOf(e)))
            newest = &e;
    }
    return newest;
}

// The incident life cycle. Legal moves:
//   new -> in_progress | cancelled
//   in_progress -> handed_off | closed | cancelled
//   handed_off -> closed | cancelled | in_progress (an agency refused: back to the operator)
// closed and cancelled are final. Anything else is recorded as a conflict for the shift lead.
enum class IncidentStatus { New, InProgress, HandedOff, Closed, Cancelled };

class IncidentStatuses
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::IncidentStatuses)

public:
    static QString name(IncidentStatus status); // stable wire name, e.g. "in_progress"
    static std::optional<IncidentStatus> fromName(const QString &name);
    static QString label(IncidentStatus status); // translated, for people
    static bool isLegal(IncidentStatus from, IncidentStatus to);
    static bool isOpen(IncidentStatus status);
};

struct IncidentNote
{
    QString actor;
    QString text;
};

// One end of the link between an incident and a call: a register per pair, so the latest of
// "linked" and "unlinked" wins and an undone link stays undone whatever order the events
// arrive in. id is the other end (the call on an incident, the incident on a call).
struct Link
{
    QString id;
    Stamp stamp;
    bool linked = true;
};

// Writes link into links (kept sorted by id); false when that pair already has this or a
// newer write.
bool setLink(std::vector<Link> &links, const Link &link);

struct StatusTransition
{
    IncidentStatus to;
    QString actor;
};

// An illegal transition kept for the shift lead instead of being silently lost.
using StatusConflict = StateConflict<Stamp, IncidentStatus>;

// Scalar fields; each is a last-writer-wins register ordered by Stamp. The names are the
// payload keys of incident.created / incident.updated (position travels as "lat" + "lon"),
// except the assignee, which only incident.reassigned writes (a shift lead's decision).
enum class FieldId { Category, Priority, Caller, Kelurahan, Position, Address, DuplicateOf, Assignee, Count };
constexpr int FieldCount = int(FieldId::Count);

namespace IncidentField {
inline const QString Category = QStringLiteral("category");
inline const QString Priority = QStringLiteral("priority");
inline const QString Caller = QStringLiteral("caller");
inline const QString Kelurahan = QStringLiteral("kelurahan");
inline const QString Position = QStringLiteral("position");
inline const QString Address = QStringLiteral("address");
inline const QString DuplicateOf = QStringLiteral("duplicate_of");
inline const QString Assignee = QStringLiteral("assignee");
const QString &name(FieldId field);
} // namespace IncidentField

// One incident as folded from its events. Everything here is either a last-writer-wins
// register, a grow-only set, or derived from them, which is why any arrival order of the
// same events gives the same incident. Sets are kept as sorted vectors: a desk holds every
// incident of the room's history, and a snapshot restore allocates as little as it can.
struct Incident
{
    struct Register
    {
        QVariant value; // QString, qint64, or QPointF(lon, lat) for the position
        Stamp stamp;    // default (hlc 0): never written
    };

    QString id;
    bool created = false; // the incident.created event has been seen
    Stamp createdStamp;
    QString createdBy;
    std::array<Register, FieldCount> fields;
    std::vector<std::pair<Stamp, IncidentNote>> notes;           // sorted by stamp
    std::vector<Link> callLinks;                                 // sorted by call id
    QStringList calls;                                           // derived: linked now, sorted
    std::vector<std::pair<Stamp, StatusTransition>> transitions; // sorted by stamp

    // Derived by replaying the transitions in Stamp order.
    IncidentStatus status = IncidentStatus::New;
    QList<StatusConflict> conflicts;

    bool setField(FieldId field, const QVariant &value, const Stamp &stamp);
    bool addNote(const Stamp &stamp, const IncidentNote &note);
    bool setCallLink(const Link &link);                                         // and derives calls
    bool addTransition(const Stamp &stamp, const StatusTransition &transition); // and replays
    void replayTransitions();

    const QVariant &field(FieldId f) const { return fields[size_t(f)].value; }
    QString category() const { return field(FieldId::Category).toString(); }
    int priority() const { return field(FieldId::Priority).toInt(); }
    QString caller() const { return field(FieldId::Caller).toString(); }
    QString kelurahan() const { return field(FieldId::Kelurahan).toString(); }
    QString address() const { return field(FieldId::Address).toString(); }
    QString duplicateOf() const { return field(FieldId::DuplicateOf).toString(); }
    // The operator the incident is with: whoever a shift lead last gave it to, else its creator.
    QString owner() const
    {
        const QString assignee = field(FieldId::Assignee).toString();
        return assignee.isEmpty() ? createdBy : assignee;
    }
    std::optional<std::pair<double, double>> position() const; // lat, lon
    qint64 createdMs() const;
    // When anything about the incident last changed (wall time of the newest stamp in it).
    qint64 lastChangeMs() const;
};

} // namespace Sigap
