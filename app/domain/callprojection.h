#pragma once

#include "core/result.h"
#include "event.h"
#include "incident.h"
#include "projection.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>
#include <unordered_map>

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
    bool settled() const { return state() == CallState::Ended || state() == CallState::Abandoned; }
    qint64 offeredMs() const;
    qint64 lastChangeMs() const; // wall time of the newest stamp in the call
    // How long it rang before a desk answered (or before the caller gave up); -1 while ringing.
    qint64 waitedMs() const;
};

// Folds call events into calls and keeps each number's history, for the call queue, the
// caller-history panel and the queue statistics (offered, answered, abandoned, time to
// answer). Incident events that name a call link it to its incident.
//
// Memory holds what the desk works with, as for incidents: calls ringing or in conversation,
// and ended or abandoned ones until HotWindowMs after their last change (counted back from
// the newest event folded). Older calls are in the store's archive, filed under their
// number: call() and history() read them back on demand, forEachCall() walks them, and an
// event about an archived call brings it back.
class CallProjection : public QObject, public Projection
{
    Q_OBJECT

public:
    explicit CallProjection(QObject *parent = nullptr);

    QString sectionName() const override { return QStringLiteral("calls"); }
    void apply(const Event &event) override;
    void apply(const QList<Event> &events) override;

    // Two days, as for incidents: the shifts the desks work with, and a day of slack.
    static constexpr qint64 HotWindowMs = 48LL * 3600 * 1000;

    // The call, from memory or read back from the archive. A pointer to an archived call
    // stays valid until the next batch of events is applied.
    const Call *call(const QString &id) const;
    // Calls of a number, archived ones included, oldest first; the pointers as for call().
    // A withheld number (empty) has no history beyond the calls in memory: it is not one
    // caller.
    QList<const Call *> history(const QString &number) const;
    int countWithOutcome(const QString &number, const QString &outcome) const;
    QStringList ringingIds() const;
    // Every call whose life meets [fromMs, toMs): the archived ones by offer time, then those
    // in memory (of any time: callers filter). The call passed to visit lives only during
    // the call.
    void forEachCall(qint64 fromMs, qint64 toMs, const std::function<void(const Call &)> &visit) const;
    void forEachCall(const std::function<void(const Call &)> &visit) const;
    qsizetype inMemoryCount() const { return qsizetype(m_calls.size()); }

    // Same binary shape as the incident snapshot (snapshotcodec.h); refused when damaged.
    QByteArray toSnapshot() const override;
    Result<void> restoreSnapshot(const QByteArray &data) override;
    void clear() override;
    void rebuilt() override { Q_EMIT restored(); } // its readers start afresh

    void attachArchive(const ProjectionArchive *archive) override;
    QList<ArchivedItem> settledItems() const override;
    void forgetArchived(const QList<ArchivedItem> &items) override;

Q_SIGNALS:
    void callChanged(const QString &id);
    void restored();

private:
    Call &touch(const QString &id);
    void fileUnderNumber(const Call &call);
    std::optional<Call> readArchived(const QString &id) const;
    static std::optional<Call> decodeArchived(const QByteArray &data, const QString &id);
    const QStringList &archivedIdsOf(const QString &number) const;
    void forgetRecalled();

    // Node-based, so a call never moves once made (pointers handed out stay good).
    std::unordered_map<QString, Call> m_calls;
    QHash<QString, QStringList> m_callsOfNumber; // the calls in memory, by offer
    qint64 m_newestMs = 0;                       // wall time of the newest event folded

    const ProjectionArchive *m_archive = nullptr;
    qint64 m_archivedRows = 0; // rows written or found in the archive; 0: nothing to look up
    // Archived calls read back by call() and history(), and the archived ids of numbers
    // asked about (by offer): kept so pointers stay valid and a number's history is read
    // from the store once; emptied when the next batch is applied once there are many.
    mutable std::unordered_map<QString, Call> m_recalled;
    mutable QHash<QString, QStringList> m_archivedIdsOfNumber;
};

} // namespace Sigap
