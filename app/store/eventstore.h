#pragma once

#include "core/result.h"
#include "domain/event.h"
#include "domain/hlc.h"
#include "domain/projectionarchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace Sigap {

class Clock;
class DeskSigningKey;
class EventRowReader;
class EventRowWriter;

// The desk's durable, append-only event log in SQLite (WAL, synchronous=FULL).
//
// append() returns only after the transaction holding the events has been committed and
// fsynced, so whatever it returns is on disk; one call is one transaction, which is how
// many appends share one fsync (see EventLog's group commit).
//
// Each desk signs what it writes (Ed25519, see DeskSigningKey): the last event of every
// append, and one in every SignatureSpacing events of a long one. The signature covers the
// event's hash, and the hash chain covers every earlier event of the desk, so a receiver
// checks one signature per desk per batch. A desk's public key is registered with its signed
// events: the first key a store sees for a desk is the desk's, a different one offered later
// is refused and recorded, as ssh treats a changed host key. A desk that signed two different
// events with the same number (a fork) is quarantined: its further events are refused and the
// fork is recorded, while every other desk's events go on.
//
// Opening a store checks it read-only first: a corrupt file, a file from a newer schema or
// a store of another room is refused with a message naming the file and the reason, and the
// file is not modified.
class EventStore : public ProjectionArchive
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::EventStore)

public:
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    using VersionVector = QHash<QString, Head>;

    struct Snapshot
    {
        qint64 uptoRowId = 0;
        QByteArray data;
    };

    // A run of one desk's events that a batch brought and the store refused.
    struct RefusedRun
    {
        QString origin;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        Error error;
    };

    struct ImportSummary
    {
        QList<Event> added; // in chain order
        int alreadyPresent = 0;
        QList<RefusedRun> refused; // only when the batch was taken per origin
    };

    // What the store recorded about a desk's events it refused (one record per desk and kind).
    struct Trouble
    {
        QString origin;
        QString kind; // see TroubleKind
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        QString detail; // fingerprints, hashes: for the lead and the auditor
        qint64 seenMs = 0;
        qint64 times = 0;
    };
    struct TroubleKind
    {
        static inline const QString Forked = QStringLiteral("forked");      // two signed histories
        static inline const QString OtherKey = QStringLiteral("other_key"); // signed with another key
        static inline const QString Forged = QStringLiteral("forged");      // signature does not verify
    };

    // What verify() found beyond a sound log (a broken chain is an error of its own).
    struct VerifyReport
    {
        qint64 checked = 0;
        qint64 signaturesChecked = 0;
        QStringList forged;                  // ids of stored events whose signature fails
        QHash<QString, qint64> unsignedFrom; // desk -> first seq no signature vouches for
        QList<Trouble> troubles;
        bool clean() const { return forged.isEmpty() && unsignedFrom.isEmpty() && troubles.isEmpty(); }
    };

    // A file import is all or nothing; a peer's batch is taken per desk, so that one desk's
    // refused events (a fork, a forged signature) do not stop everyone else's. An event that
    // does not match its hash or is of another room still refuses the whole batch: no desk that
    // checked it would pass it on, so the sender is broken or lying.
    enum class Refusals { WholeBatch, PerOrigin };

    // The store's own signing key is kept in this file next to it.
    static QString signingKeyPath(const QString &storePath) { return storePath + QStringLiteral(".key"); }
    // A signature is kept at least this often in a long run of events, so a relaying desk can
    // always cut a run into frames that end at a signed event.
    static constexpr int SignatureSpacing = 500;
    static constexpr qsizetype SignatureSpacingBytes = 1024 * 1024;

    // expectedRoom empty: accept the store's room; a new store then gets room "default".
    static Result<std::unique_ptr<EventStore>> open(const QString &path, const QString &expectedRoom,
                                                    const Clock &clock);
    ~EventStore() override;
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    QString path() const { return m_path; }
    QString room() const { return m_room; }
    QString deskId() const { return m_deskId; } // the origin id of events written here
    qint64 lastRowId() const { return m_lastRowId; }
    qint64 eventCount() const;
    const VersionVector &versionVector() const { return m_heads; }
    // What makes an acknowledged append durable, as SQLite reports it on this connection:
    // "wal" and 2 (FULL) in every normal run.
    QString journalMode() const;
    int synchronousLevel() const;

    Result<QList<Event>> append(const QList<EventDraft> &drafts);
    // Events written elsewhere (import, sync): verified, all-or-nothing, idempotent. Each
    // event's hash is checked over its envelope and its canonical payload, and its link to
    // the previous event of its origin, before anything is written.
    Result<ImportSummary> insertVerified(QList<Event> events);
    // The same for events whose canonical payload bytes are at hand (a peer's frame): those
    // bytes are hashed and written, not encoded again.
    Result<ImportSummary> insertReceived(QList<ReceivedEvent> events, Refusals refusals = Refusals::WholeBatch);

    // The public key a desk registered, empty when none is known here.
    QByteArray publicKeyOf(const QString &origin) const { return m_keys.value(origin); }
    const QHash<QString, QByteArray> &deskKeys() const { return m_keys; }
    QList<Trouble> troubles() const;
    bool isQuarantined(const QString &origin) const { return m_quarantined.contains(origin); }
    // The hash of one stored event; empty if the log does not hold it.
    Result<QByteArray> hashAt(const QString &origin, qint64 seq) const;

    // Streams events in arrival order, after the given local row id (and up to uptoRowId).
    Result<void> forEach(qint64 afterRowId, const std::function<void(const Event &)> &visit,
                         qint64 uptoRowId = std::numeric_limits<qint64>::max()) const;
    Result<QList<Event>> eventsOfSubject(const QString &subject) const;
    // The events of one origin after afterSeq, in chain order, at most limit of them (what a
    // peer that holds that origin up to afterSeq lacks).
    Result<QList<Event>> eventsOfOrigin(const QString &origin, qint64 afterSeq, int limit) const;
    // The same rows as stored, for sending without rebuilding Events; returns how many were
    // visited. The views in each row are valid only during its visit.
    Result<qint64> forEachStoredOfOrigin(const QString &origin, qint64 afterSeq, int limit,
                                         const std::function<void(const StoredEventRow &)> &visit) const;
    // The stamp of one event, if the log holds it.
    std::optional<qint64> stampOf(const QString &origin, qint64 seq) const;
    // Every event of an incident, in stamp order: the one that created it (its id is the
    // incident's id) and those about it.
    Result<QList<Event>> incidentTimeline(const QString &incidentId) const;
    // Re-checks every hash, every chain link and every stored signature; an error for a
    // broken chain, else what it found about signatures and refused desks.
    Result<VerifyReport> verify() const;

    Result<void> saveSnapshot(qint64 uptoRowId, int format, const QByteArray &data);
    std::optional<Snapshot> latestSnapshot(int format) const;

    // The projections' settled history (ProjectionArchive): written in one transaction,
    // replacing an item of the same section and id; cleared when the whole log is folded.
    Result<void> archive(const QString &section, const QList<ArchivedItem> &items);
    Result<void> clearArchive();
    std::optional<QByteArray> archivedItem(const QString &section, const QString &id) const override;
    bool isArchived(const QString &section, const QString &id) const override;
    void forEachArchived(const QString &section, qint64 fromMs, qint64 toMs,
                         const std::function<void(const ArchivedItem &)> &visit) const override;
    void forEachArchivedWithKey(const QString &section, const QString &key,
                                const std::function<void(const ArchivedItem &)> &visit) const override;
    void forEachArchivedById(const QString &section,
                             const std::function<void(const ArchivedItem &)> &visit) const override;
    qint64 archivedCount(const QString &section) const override;

    HybridClock &hybridClock() { return m_hlc; }

private:
    EventStore(const QString &path, const Clock &clock);
    Result<void> openWritable(const QString &expectedRoom);
    Result<void> migrate();
    Result<void> loadState();
    Error sqlError(const QString &code, const QString &what, const QSqlQuery &query) const;
    Error writeError(const QString &what, const QString &why) const;
    Result<QList<Event>> selectEvents(const QString &whereAndOrder, const QVariantList &values) const;
    Error transactionError() const;
    Error failedCommit(Error error) const;
    Result<void> raiseNewestStamp(qint64 hlc); // inside the write's transaction
    Result<void> loadKeys();
    Result<void> takeSigningKey();
    Result<void> recordKeysAndTroubles(const QHash<QString, QByteArray> &keys, const QList<Trouble> &troubles);
    Result<void> checkRun(QList<ReceivedEvent> &events, qsizetype begin, qsizetype end, Head &head,
                          QHash<QString, QByteArray> &newKeys, QList<Trouble> &troubles, QList<qsizetype> &fresh,
                          int &alreadyPresent) const;
    Event withSignerKey(Event e) const;

    // An event from elsewhere stamped further ahead than this is refused: adopting it would
    // drag every later local stamp into its future (hybrid clocks never go back).
    static constexpr qint64 MaxClockLeadMs = 24 * 3600 * 1000;

public:
    // An event's payload is at most this big: every desk must be able to take it in one sync
    // frame (8 MiB), and a note or picture that large belongs in a file, not in the log.
    static constexpr qsizetype MaxPayloadBytes = 1024 * 1024;

private:
    QString m_path;
    const Clock &m_clock;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_room;
    QString m_deskId;
    VersionVector m_heads;
    qint64 m_lastRowId = 0;
    HybridClock m_hlc;
    std::unique_ptr<DeskSigningKey> m_signingKey;
    QHash<QString, QByteArray> m_keys; // origin -> registered public key
    QSet<QString> m_quarantined;
    bool m_writable = false;
    mutable bool m_sawError = false; // any SQLite error while open: no clean-shutdown marker
    std::unique_ptr<EventRowWriter> m_rowWriter;
    std::unique_ptr<EventRowReader> m_rowReader;
    std::unique_ptr<QSqlQuery> m_upsertHead;
    std::unique_ptr<QSqlQuery> m_raiseNewestStamp;
    mutable std::unique_ptr<QSqlQuery> m_selectArchived; // one item by section and id, read often
};

} // namespace Sigap
