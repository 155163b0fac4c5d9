#pragma once

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <compare>
#include <map>
#include <optional>
#include <set>

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

struct StatusTransition
{
    IncidentStatus to;
    QString actor;
};

// An illegal transition kept for the shift lead instead of being silently lost.
struct StatusConflict
{
    Stamp stamp;
    QString actor;
    IncidentStatus from;
    IncidentStatus to;
};

// Scalar field names; each is last-writer-wins by Stamp.
namespace IncidentField {
inline const QString Category = QStringLiteral("category");
inline const QString Priority = QStringLiteral("priority");
inline const QString Caller = QStringLiteral("caller");
inline const QString Kelurahan = QStringLiteral("kelurahan");
inline const QString Position = QStringLiteral("position"); // [lat, lon], set as one value
inline const QString Address = QStringLiteral("address");
inline const QString DuplicateOf = QStringLiteral("duplicate_of");
const QStringList &all();
} // namespace IncidentField

// One incident as folded from its events. Everything here is either a last-writer-wins
// register, a grow-only set, or derived from them, which is why any arrival order of the
// same events gives the same incident.
struct Incident
{
    struct Register
    {
        QCborValue value;
        Stamp stamp;
    };

    QString id;
    bool created = false; // the incident.created event has been seen
    Stamp createdStamp;
    QString createdBy;
    QMap<QString, Register> fields;
    std::map<Stamp, IncidentNote> notes;
    std::set<QString> calls;
    std::map<Stamp, StatusTransition> transitions;

    // Derived by replaying the transitions in Stamp order.
    IncidentStatus status = IncidentStatus::New;
    QList<StatusConflict> conflicts;

    bool setField(const QString &name, const QCborValue &value, const Stamp &stamp);
    void replayTransitions();

    QString category() const { return fields.value(IncidentField::Category).value.toString(); }
    int priority() const { return int(fields.value(IncidentField::Priority).value.toInteger(0)); }
    QString caller() const { return fields.value(IncidentField::Caller).value.toString(); }
    QString kelurahan() const { return fields.value(IncidentField::Kelurahan).value.toString(); }
    QString address() const { return fields.value(IncidentField::Address).value.toString(); }
    QString duplicateOf() const { return fields.value(IncidentField::DuplicateOf).value.toString(); }
    std::optional<std::pair<double, double>> position() const; // lat, lon
    qint64 createdMs() const;
};

} // namespace Sigap
