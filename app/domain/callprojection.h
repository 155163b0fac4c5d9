#pragma once

#include "core/result.h"
#include "event.h"
#include "incident.h"
#include "projection.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Sigap {

enum class CallState { Ringing, Answered, Ended, Abandoned };

// Where the caller's handset said it was (AML), as the call keeps it: the newest fix.
struct DeviceLocation
{
    double lat = 0;
    double lon = 0;
    double radiusM = 0;    // 0: unknown
    qint64 atMs = 0;       // the handset's time of positioning
    qint64 receivedMs = 0; // when the room received the message
    QString method;        // G, W, C or empty
    int confidence = -1;   // percent; -1 unknown
    Stamp stamp;

    bool supersedes(const DeviceLocation &other) const
    {
        return atMs != other.atMs ? atMs > other.atMs : other.stamp < stamp;
    }
};

// A recording of the call, or of a call-back to its caller. The file stays on the desk that
// made it (desk); removedStamp is set once that desk deleted it under the room's retention.
struct CallRecordingRef
{
    QString path; // on the desk that recorded it
    QString sha256Hex;
    qint64 durationMs = 0;
    QString desk;
    QString callBack; // the call-back's id; empty: the call itself
    Stamp stamp;
    std::optional<Stamp> removedStamp;
};

// The desk called the caller back (a dropped or silent call).
struct CallBackRef
{
    QString id; // the outgoing call's own id
    QString number;
    QString desk;
    Stamp placedStamp;
    std::optional<Stamp> endedStamp;
    bool connected = false; // the caller answered
};

// One call as folded from its events. Like incidents, every part is a register ordered by
// Stamp or derived from such registers, so the fold does not depend on arrival order.
struct Call
{
    QString id;
    bool offered = false;
    Stamp offeredStamp;
    QString number;
    QString trunk;
    std::optional<std::pair<double, double>> callerPosition; // lat, lon from the network (AML)
    double callerRadiusM = 0;
    std::optional<Stamp> answeredStamp; // the earliest answer owns the call
    QString answeredBy;
    std::optional<Stamp> endedStamp;
    std::optional<Stamp> abandonedStamp;
    QString outcome; // last writer wins
    Stamp outcomeStamp;
    std::vector<Link> incidentLinks; // sorted by incident id
    QString incident;                // derived: the incident linked last (the call reported it or was linked to it)
    std::optional<DeviceLocation> deviceLocation; // AML received after the offer; the newest fix wins
    bool held = false;                            // last writer wins
    Stamp heldStamp;
    std::optional<Stamp> transferredStamp; // the newest transfer, or its failure
    QString transferredTo;                 // the agency (or the number when it is no agency's); empty: not put through
    std::vector<CallRecordingRef> recordings; // sorted by path
    std::vector<CallBackRef> callBacks;       // sorted by id

    bool setIncidentLink(const Link &link);                // and derives incident
    CallRecordingRef &recording(const QString &path);      // added when missing, kept sorted
    CallBackRef &callBackNamed(const QString &callBackId); // added when missing, kept sorted

    CallState state() const;
    qint64 offeredMs() const;
    // How long it rang before a desk answered (or before the caller gave up); -1 while ringing.
    qint64 waitedMs() const;
};

// Folds call events into calls and keeps each number's history, for the call queue, the
// caller-history panel and the queue statistics (offered, answered, abandoned, time to
// answer). Incident events that name a call link it to its incident.
class CallProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit CallProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("calls"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;

    const Call *call(const QString &id) const;
    // Calls of a number, oldest first.
    QList<const Call *> history(const QString &number) const;
    int countWithOutcome(const QString &number, const QString &outcome) const;
    QStringList ringingIds() const;
    QList<const Call *> all() const; // in no particular order

    // Same binary shape as the incident snapshot (snapshotcodec.h); refused when damaged.
    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;
    void clear() override;

Q_SIGNALS:
    void callChanged(const QString &id);
    void restored();

private:
    Call &touch(const QString &id);

    QHash<QString, Call> m_calls;
    QHash<QString, QStringList> m_callsOfNumber;
};

} // namespace Sigap
