#include "eventstore.h"

#include "core/clock.h"
#include "core/logging.h"
#include "desksigningkey.h"
#include "domain/canonicalcbor.h"
#include "migrations.h"
#include "sqliteevents.h"
#include "transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <sys/stat.h>
#include <vector>

namespace Sigap {

namespace {

const char *const EventColumns = "origin, seq, hlc, room, actor, role, kind, kind_version, "
                                 "subject, payload, prev_hash, hash, sig";

Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.origin = q.value(0).toString();
    e.seq = q.value(1).toLongLong();
    e.hlc = q.value(2).toLongLong();
    e.room = q.value(3).toString();
    e.actor = q.value(4).toString();
    e.role = q.value(5).toString();
    e.kind = q.value(6).toString();
    e.kindVersion = q.value(7).toInt();
    e.subject = q.value(8).toString();
    e.payload = QCborValue::fromCbor(q.value(9).toByteArray()).toMap();
    e.prevHash = q.value(10).toByteArray();
    e.hash = q.value(11).toByteArray();
    e.signature = q.value(12).toByteArray();
    return e;
}

QString uniqueConnectionName()
{
    return QStringLiteral("sigap-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A clean shutdown leaves "<store>.clean" holding the store file's identity (inode, size,
// modification time in ns). When the file is unchanged since, the next start skips the full
// quick_check, which reads every page (seconds on a large store on a cold disk). A crash, a
// desk still running, or any outside change of the file (corruption included) leaves no
// matching marker, and the full check runs.
QString cleanMarkerPath(const QString &path)
{
    return path + QStringLiteral(".clean");
}

QByteArray fileIdentity(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_ino)) + ' ' + QByteArray::number(qlonglong(st.st_size)) + ' '
           + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_mtim.tv_nsec));
}

bool closedCleanlyAndUnchanged(const QString &path)
{
    QFile marker(cleanMarkerPath(path));
    if (QFileInfo::exists(path + QStringLiteral("-wal")) || !marker.open(QIODevice::ReadOnly))
        return false;
    const QByteArray identity = fileIdentity(path);
    return !identity.isEmpty() && marker.readAll().trimmed() == identity;
}

// A short random desk id: 8 hex digits are plenty for the desks of one room and stay
// readable inside incident ids ("3f9a0c21-17").
QString newDeskId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

EventStore::EventStore(const QString &path, const Clock &clock)
    : m_path(path)
    , m_clock(clock)
    , m_connection(uniqueConnectionName())
    , m_hlc(clock)
{
}

EventStore::~EventStore()
{
    m_rowWriter.reset();
    m_rowReader.reset();
    m_signingKey.reset();
    m_upsertHead.reset();
    m_raiseNewestStamp.reset();
    m_selectArchived.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    // The last connection is closed: SQLite has checkpointed the WAL into the file.
    if (m_writable && !m_sawError) {
        QSaveFile marker(cleanMarkerPath(m_path));
        if (marker.open(QIODevice::WriteOnly)) {
            marker.write(fileIdentity(m_path) + '\n');
            marker.commit();
        }
    }
}

Error EventStore::transactionError() const
{
    m_sawError = true;
    return makeError(QStringLiteral("store.write"),
                     tr("%1: cannot start a transaction: %2").arg(m_path, m_db.lastError().text()));
}

Error EventStore::failedCommit(Error error) const
{
    m_sawError = true;
    return error;
}

Error EventStore::writeError(const QString &what, const QString &why) const
{
    m_sawError = true;
    return makeError(QStringLiteral("store.write"), tr("%1: %2: %3").arg(m_path, what, why));
}

Error EventStore::sqlError(const QString &code, const QString &what, const QSqlQuery &query) const
{
    m_sawError = true; // no clean-shutdown marker for a session that met SQLite errors
    return makeError(code, tr("%1: %2: %3").arg(m_path, what, query.lastError().text()));
}

// Looks at an existing file without changing a byte of it: read-only connection, integrity
// check (unless the store closed cleanly and is unchanged since), schema version, room. Only
// a store that passes is opened for writing.
static Result<void> inspectReadOnly(const QString &path, const QString &expectedRoom)
{
    const bool fullCheck = !closedCleanlyAndUnchanged(path);
    const QString name = uniqueConnectionName();
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = makeError(QStringLiteral("store.open"),
                               EventStore::tr("%1: cannot open the event store: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            const QString check
                = fullCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA schema_version");
            if (!q.exec(check) || !q.next()) {
                result = makeError(QStringLiteral("store.corrupt"),
                                   EventStore::tr("%1: the event store is damaged or not a Sigap "
                                                  "store (%2); it was left untouched")
                                       .arg(path, q.lastError().text()));
            } else if (fullCheck && q.value(0).toString() != QLatin1String("ok")) {
                result = makeError(QStringLiteral("store.corrupt"),
                                   EventStore::tr("%1: the event store failed its integrity check "
                                                  "(%2); it was left untouched")
                                       .arg(path, q.value(0).toString()));
            } else {
                q.finish();
                q.exec(QStringLiteral("PRAGMA user_version"));
                const int version = q.next() ? q.value(0).toInt() : 0;
                q.finish();
                if (version > Migrations::latestVersion()) {
                    result = makeError(QStringLiteral("store.newer"),
                                       EventStore::tr("%1: the event store has schema version %2, "
                                                      "newer than this program understands (%3); "
                                                      "use a newer Sigap 112. The file was left "
                                                      "untouched")
                                           .arg(path)
                                           .arg(version)
                                           .arg(Migrations::latestVersion()));
                } else if (version >= 1 && !expectedRoom.isEmpty()) {
                    q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'room'"));
                    const QString room = q.next() ? q.value(0).toString() : QString();
                    q.finish();
                    if (room != expectedRoom) {
                        result = makeError(QStringLiteral("store.room"),
                                           EventStore::tr("%1: the event store belongs to room "
                                                          "\"%2\", not \"%3\"; it was left "
                                                          "untouched")
                                               .arg(path, room, expectedRoom));
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<EventStore>> EventStore::open(const QString &path, const QString &expectedRoom,
                                                     const Clock &clock)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return makeError(QStringLiteral("store.open"), tr("%1: is not a file").arg(path));
        if (info.size() > 0) {
            if (auto r = inspectReadOnly(path, expectedRoom); !r)
                return r.error();
        }
    }
    std::unique_ptr<EventStore> store(new EventStore(path, clock));
    if (auto r = store->openWritable(expectedRoom); !r)
        return r.error();
    return store;
}

Result<void> EventStore::openWritable(const QString &expectedRoom)
{
    // From now on the file may change: a crash must not leave a marker that vouches for it.
    QFile::remove(cleanMarkerPath(m_path));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return makeError(QStringLiteral("store.open"),
                         tr("%1: cannot open the event store: %2").arg(m_path, m_db.lastError().text()));

    QSqlQuery q(m_db);
    // WAL + synchronous=FULL: a commit returns only after the WAL is fsynced, so an
    // acknowledged event survives a crash or power loss of the desk.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QLatin1String(pragma)))
            return sqlError(QStringLiteral("store.open"), QLatin1String(pragma), q);
    }
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    if (!q.next() || q.value(0).toString() != QLatin1String("wal"))
        return makeError(QStringLiteral("store.open"),
                         tr("%1: the file system does not support SQLite's write-ahead log").arg(m_path));
    q.finish();

    if (auto r = migrate(); !r)
        return r;

    q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'room'"));
    m_room = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (m_room.isEmpty()) {
        Transaction tx(m_db);
        if (!tx.isOpen())
            return transactionError();
        m_room = expectedRoom.isEmpty() ? QStringLiteral("default") : expectedRoom;
        m_deskId = newDeskId();
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("room"), m_room}, std::pair{QStringLiteral("desk_id"), m_deskId}}) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return sqlError(QStringLiteral("store.write"), tr("cannot write the store's identity"), q);
        }
        if (!tx.commit())
            return failedCommit(
                makeError(QStringLiteral("store.write"),
                          tr("%1: cannot write the store's identity: %2").arg(m_path, m_db.lastError().text())));
    } else if (!expectedRoom.isEmpty() && m_room != expectedRoom) {
        // Checked read-only already; this guards a store created empty by someone else.
        return makeError(
            QStringLiteral("store.room"),
            tr("%1: the event store belongs to room \"%2\", not \"%3\"").arg(m_path, m_room, expectedRoom));
    }

    m_writable = true;
    QString why;
    m_rowWriter = EventRowWriter::create(m_db, &why);
    if (!m_rowWriter)
        return makeError(QStringLiteral("store.open"), tr("%1: cannot prepare writing events: %2").arg(m_path, why));
    m_rowReader = EventRowReader::create(m_db, &why);
    if (!m_rowReader)
        return makeError(QStringLiteral("store.open"), tr("%1: cannot prepare writing events: %2").arg(m_path, why));
    m_upsertHead = std::make_unique<QSqlQuery>(m_db);
    m_upsertHead->prepare(QStringLiteral("INSERT INTO heads (origin, seq, hash) VALUES (?, ?, ?) "
                                         "ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq, "
                                         "hash = excluded.hash"));
    m_raiseNewestStamp = std::make_unique<QSqlQuery>(m_db);
    m_raiseNewestStamp->prepare(
        QStringLiteral("UPDATE meta SET value = ? WHERE key = 'newest_hlc' AND CAST(value AS INTEGER) < ?"));
    if (auto loaded = loadState(); !loaded)
        return loaded;
    if (auto loaded = loadKeys(); !loaded)
        return loaded;
    return takeSigningKey();
}

Result<void> EventStore::loadKeys()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT origin, public_key FROM desk_keys")))
        return sqlError(QStringLiteral("store.read"), tr("cannot read the desks' keys"), q);
    while (q.next())
        m_keys.insert(q.value(0).toString(), q.value(1).toByteArray());
    q.finish();
    if (!q.exec(QStringLiteral("SELECT origin FROM desk_trouble WHERE kind = '%1'").arg(TroubleKind::Forked)))
        return sqlError(QStringLiteral("store.read"), tr("cannot read the desks' keys"), q);
    while (q.next())
        m_quarantined.insert(q.value(0).toString());
    return {};
}

// The desk's key is made with its store. A store whose desk is registered with a key other
// than the one in its key file, or whose key file is gone, belongs to another desk (a copied
// or edited store): it is not opened, since every event it wrote would be refused anyway.
Result<void> EventStore::takeSigningKey()
{
    const QString keyPath = signingKeyPath(m_path);
    const QByteArray registered = m_keys.value(m_deskId);
    if (!registered.isEmpty() && !QFile::exists(keyPath))
        return makeError(QStringLiteral("store.key"),
                         tr("%1: the signing key of desk %2 (%3) is missing. A copy of a store cannot write as the "
                            "desk it came from: import its events into a new data folder instead")
                             .arg(m_path, m_deskId, keyPath));
    auto key = DeskSigningKey::loadOrCreate(keyPath);
    if (!key)
        return key.error();
    if (!registered.isEmpty() && registered != key.value().publicKey())
        return makeError(QStringLiteral("store.key"),
                         tr("%1: desk %2 is registered with key %3, but %4 holds key %5: this store's desk id is "
                            "another desk's")
                             .arg(m_path, m_deskId, DeskSigningKey::fingerprint(registered), keyPath,
                                  DeskSigningKey::fingerprint(key.value().publicKey())));
    m_signingKey = std::make_unique<DeskSigningKey>(std::move(key).value());
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError();
    QSqlQuery q(m_db);
    if (registered.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO desk_keys (origin, public_key, first_seen_ms) VALUES (?, ?, ?)"));
        q.addBindValue(m_deskId);
        q.addBindValue(m_signingKey->publicKey());
        q.addBindValue(m_clock.nowMs());
        if (!q.exec())
            return sqlError(QStringLiteral("store.write"), tr("cannot register the desk's key"), q);
    }
    // A store written before desks signed: its newest event of this desk gets the signature
    // that vouches for every event before it.
    // A store written before desks signed: its events of this desk get a signature every
    // SignatureSpacing events and at the newest, as appends would have given them, so they can
    // be sent in frames that end signed.
    const Head own = m_heads.value(m_deskId);
    if (own.seq > 0) {
        QSqlQuery unsignedRows(m_db);
        unsignedRows.prepare(QStringLiteral("SELECT seq, hash FROM events WHERE origin = ? AND sig IS NULL"
                                            " AND (seq % ? = 0 OR seq = ?)"));
        unsignedRows.addBindValue(m_deskId);
        unsignedRows.addBindValue(SignatureSpacing);
        unsignedRows.addBindValue(own.seq);
        if (!unsignedRows.exec())
            return sqlError(QStringLiteral("store.read"), tr("cannot sign the desk's newest event"), unsignedRows);
        q.prepare(QStringLiteral("UPDATE events SET sig = ? WHERE origin = ? AND seq = ?"));
        while (unsignedRows.next()) {
            const QByteArray signature = m_signingKey->sign(unsignedRows.value(1).toByteArray());
            if (signature.isEmpty())
                return makeError(QStringLiteral("store.sign"), tr("%1: cannot sign an event (OpenSSL)").arg(m_path));
            q.addBindValue(signature);
            q.addBindValue(m_deskId);
            q.addBindValue(unsignedRows.value(0).toLongLong());
            if (!q.exec())
                return sqlError(QStringLiteral("store.write"), tr("cannot sign the desk's newest event"), q);
        }
    }
    if (!tx.commit())
        return failedCommit(
            makeError(QStringLiteral("store.write"),
                      tr("%1: cannot register the desk's key: %2").arg(m_path, m_db.lastError().text())));
    m_keys.insert(m_deskId, m_signingKey->publicKey());
    return {};
}

Result<void> EventStore::migrate()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    const QList<QStringList> &migrations = Migrations::all();
    while (version < migrations.size()) {
        Transaction tx(m_db);
        if (!tx.isOpen())
            return transactionError();
        for (const QString &statement : migrations.at(version)) {
            if (!q.exec(statement))
                return sqlError(QStringLiteral("store.migrate"),
                                tr("migration to schema version %1 failed").arg(version + 1), q);
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            return sqlError(QStringLiteral("store.migrate"), tr("cannot record the schema version"), q);
        if (!tx.commit())
            return failedCommit(
                makeError(QStringLiteral("store.migrate"), tr("%1: migration to schema version %2 failed: %3")
                                                               .arg(m_path)
                                                               .arg(version + 1)
                                                               .arg(m_db.lastError().text())));
        qCDebug(lcStore) << "migrated" << m_path << "to schema version" << version + 1;
        ++version;
    }
    return {};
}

Result<void> EventStore::loadState()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_deskId.isEmpty()) {
        q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'desk_id'"));
        m_deskId = q.next() ? q.value(0).toString() : QString();
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT origin, seq, hash FROM heads")))
        return sqlError(QStringLiteral("store.read"), tr("cannot read the chain heads"), q);
    while (q.next())
        m_heads.insert(q.value(0).toString(), Head{q.value(1).toLongLong(), q.value(2).toByteArray()});
    q.finish();
    q.exec(QStringLiteral("SELECT MAX(rowid) FROM events"));
    m_lastRowId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    // Never stamp a new event earlier than one already stored, even if the wall clock was set
    // back since. The newest stamp is kept in meta with every write: MAX(hlc) over the events
    // reads the whole table, seconds on years of history.
    q.exec(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'newest_hlc'"));
    if (q.next()) {
        m_hlc.observe(q.value(0).toLongLong());
        return {};
    }
    q.finish(); // not recorded (a store changed by hand): read it once and record it
    if (!q.exec(QStringLiteral("INSERT INTO meta (key, value) SELECT 'newest_hlc', COALESCE(MAX(hlc), 0) FROM events"))
        || !q.exec(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'newest_hlc'")) || !q.next())
        return sqlError(QStringLiteral("store.read"), tr("cannot read the newest stamp"), q);
    m_hlc.observe(q.value(0).toLongLong());
    return {};
}

Result<void> EventStore::raiseNewestStamp(qint64 hlc)
{
    m_raiseNewestStamp->bindValue(0, QString::number(hlc));
    m_raiseNewestStamp->bindValue(1, hlc);
    if (!m_raiseNewestStamp->exec())
        return sqlError(QStringLiteral("store.write"), tr("cannot record the newest stamp"), *m_raiseNewestStamp);
    return {};
}

qint64 EventStore::eventCount() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString EventStore::journalMode() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    return q.next() ? q.value(0).toString() : QString();
}

int EventStore::synchronousLevel() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA synchronous"));
    return q.next() ? q.value(0).toInt() : -1;
}

Result<QList<Event>> EventStore::append(const QList<EventDraft> &drafts)
{
    if (drafts.isEmpty())
        return QList<Event>();
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError();
    Head head = m_heads.value(m_deskId);
    QList<Event> events;
    events.reserve(drafts.size());
    int unsignedEvents = 0;
    qsizetype unsignedBytes = 0;
    for (const EventDraft &draft : drafts) {
        Event e;
        e.origin = m_deskId;
        e.seq = head.seq + 1;
        e.hlc = draft.atMs > 0 ? m_hlc.tickAt(draft.atMs) : m_hlc.tick();
        e.room = m_room;
        e.actor = draft.actor;
        e.role = draft.role;
        e.kind = draft.kind;
        e.kindVersion = draft.kindVersion;
        e.subject = draft.subject;
        QCborMap payload = draft.payload;
        for (const auto &[key, index] : draft.idsOfDrafts) {
            if (index < 0 || index >= events.size())
                return makeError(QStringLiteral("store.draft_ref"),
                                 tr("a %1 event names draft %2, which is not before it").arg(draft.kind).arg(index));
            payload.insert(key, events.at(index).id());
        }
        e.payload = canonicalized(payload).toMap();
        e.prevHash = head.hash;
        // The payload is in canonical key order now, so its plain encoding is canonical.
        const QByteArray payloadBytes = QCborValue(e.payload).toCbor();
        if (payloadBytes.size() > MaxPayloadBytes)
            return makeError(QStringLiteral("store.size"), tr("a %1 event of %2 bytes is too large (at most %3)")
                                                               .arg(e.kind)
                                                               .arg(payloadBytes.size())
                                                               .arg(MaxPayloadBytes));
        e.hash = e.computeHash(payloadBytes);
        unsignedBytes += payloadBytes.size();
        if (&draft == &drafts.constLast() || ++unsignedEvents >= SignatureSpacing
            || unsignedBytes >= SignatureSpacingBytes) {
            e.signature = m_signingKey->sign(e.hash);
            e.signerKey = m_signingKey->publicKey();
            if (e.signature.isEmpty())
                return makeError(QStringLiteral("store.sign"), tr("%1: cannot sign an event (OpenSSL)").arg(m_path));
            unsignedEvents = 0;
            unsignedBytes = 0;
        }

        if (QString why; !m_rowWriter->insert(e, payloadBytes, &why))
            return writeError(tr("cannot append an event"), why);
        head = Head{e.seq, e.hash};
        events.append(std::move(e));
    }
    m_upsertHead->addBindValue(m_deskId);
    m_upsertHead->addBindValue(head.seq);
    m_upsertHead->addBindValue(head.hash);
    if (!m_upsertHead->exec())
        return sqlError(QStringLiteral("store.write"), tr("cannot update the chain head"), *m_upsertHead);
    if (auto raised = raiseNewestStamp(events.last().hlc); !raised)
        return raised.error();
    if (!tx.commit())
        return failedCommit(
            makeError(QStringLiteral("store.write"),
                      tr("%1: the events could not be saved: %2").arg(m_path, m_db.lastError().text())));
    m_heads.insert(m_deskId, head);
    m_lastRowId += events.size();
    return events;
}

Result<EventStore::ImportSummary> EventStore::insertVerified(QList<Event> events)
{
    QList<ReceivedEvent> received;
    received.reserve(events.size());
    for (Event &e : events)
        received.append(ReceivedEvent::of(std::move(e)));
    return insertReceived(std::move(received));
}

Result<void> EventStore::checkRun(QList<ReceivedEvent> &events, qsizetype begin, qsizetype end, Head &head,
                                  QHash<QString, QByteArray> &newKeys, QList<Trouble> &troubles,
                                  QList<qsizetype> &fresh, int &alreadyPresent) const
{
    const Event &first = events.at(begin).event;
    const Event &last = events.at(end - 1).event;
    const QString origin = first.origin;
    const auto trouble = [&](const QString &kind, qint64 seq, const QString &detail) {
        troubles.append(Trouble{origin, kind, seq, last.seq, detail, m_clock.nowMs(), 1});
    };
    if (m_quarantined.contains(origin))
        return makeError(QStringLiteral("import.quarantined"),
                         tr("desk %1 is quarantined for a fork; its events %2 to %3 are refused")
                             .arg(origin)
                             .arg(first.seq)
                             .arg(last.seq));
    const qint64 latestAcceptedMs = m_clock.nowMs() + MaxClockLeadMs;
    for (qsizetype i = begin; i < end; ++i) {
        const Event &e = events.at(i).event;
        const QByteArray &canonicalPayload = events.at(i).canonicalPayload;
        if (e.room != m_room)
            return makeError(QStringLiteral("import.room"),
                             tr("event %1 belongs to room \"%2\", not \"%3\"").arg(e.id(), e.room, m_room));
        if (canonicalPayload.size() > MaxPayloadBytes)
            return makeError(QStringLiteral("import.size"),
                             tr("event %1 is %2 bytes, more than the %3 an event may hold")
                                 .arg(e.id())
                                 .arg(canonicalPayload.size())
                                 .arg(MaxPayloadBytes));
        if (!events.at(i).hashChecked && e.hash != e.computeHash(canonicalPayload))
            return makeError(QStringLiteral("import.hash"), tr("event %1 does not match its hash").arg(e.id()));
        if (Hlc::wallMs(e.hlc) > latestAcceptedMs)
            return makeError(
                QStringLiteral("import.future"),
                tr("event %1 is stamped %2, more than a day ahead of this desk's clock")
                    .arg(e.id(),
                         QDateTime::fromMSecsSinceEpoch(Hlc::wallMs(e.hlc), QTimeZone::utc()).toString(Qt::ISODate)));
        if (i == begin)
            continue;
        const Event &previous = events.at(i - 1).event;
        if (e.seq == previous.seq)
            return makeError(QStringLiteral("import.fork"),
                             tr("event %1 is listed twice with different content").arg(e.id()));
        if (e.seq != previous.seq + 1)
            return makeError(QStringLiteral("import.gap"),
                             tr("event %1 follows %2, the events in between are missing").arg(e.id(), previous.id()));
        if (e.prevHash != previous.hash)
            return makeError(
                QStringLiteral("import.chain"),
                tr("event %1 does not link to the previous event of %2 (broken hash chain)").arg(e.id(), origin));
    }

    // The run must end signed; that signature, and one kept every SignatureSpacing events along
    // the run, are checked under the desk's registered key (or registered by this run).
    if (last.signature.isEmpty())
        return makeError(
            QStringLiteral("import.unsigned"),
            tr("events %1 to %2 of desk %3 end without the desk's signature").arg(first.seq).arg(last.seq).arg(origin));
    QByteArray key = m_keys.value(origin, newKeys.value(origin));
    const bool registering = key.isEmpty();
    if (registering) {
        key = last.signerKey;
    } else if (last.signerKey != key) {
        trouble(TroubleKind::OtherKey, first.seq,
                tr("offered key %1; registered key %2")
                    .arg(DeskSigningKey::fingerprint(last.signerKey), DeskSigningKey::fingerprint(key)));
        return makeError(
            QStringLiteral("import.other_key"),
            tr("events %1 to %2 of desk %3 are signed with key %4, not with the key the desk "
               "registered (%5): another desk writes under its id")
                .arg(first.seq)
                .arg(last.seq)
                .arg(origin, DeskSigningKey::fingerprint(last.signerKey), DeskSigningKey::fingerprint(key)));
    }
    int sinceKept = 0;
    qsizetype bytesSinceKept = 0;
    for (qsizetype i = begin; i < end; ++i) {
        Event &e = events[i].event;
        ++sinceKept;
        bytesSinceKept += events.at(i).canonicalPayload.size();
        if (e.signature.isEmpty())
            continue;
        // A signature not checked is not kept: only checked ones are ever relayed.
        if (i != end - 1 && sinceKept < SignatureSpacing && bytesSinceKept < SignatureSpacingBytes) {
            e.signature.clear();
            e.signerKey.clear();
            continue;
        }
        const bool good = DeskSigningKey::verify(key, e.hash, e.signature);
        if (!good && i != end - 1) {
            // Outside the hash, a relaying desk could have spoiled it: it is not kept, and the
            // run still stands or falls by its last signature.
            e.signature.clear();
            e.signerKey.clear();
            continue;
        }
        if (!good) {
            trouble(TroubleKind::Forged, e.seq,
                    tr("the signature of event %1 does not verify with key %2")
                        .arg(e.id(), DeskSigningKey::fingerprint(key)));
            return makeError(QStringLiteral("import.signature"),
                             tr("event %1 carries a signature that does not verify with desk %2's key %3")
                                 .arg(e.id(), origin, DeskSigningKey::fingerprint(key)));
        }
        e.signerKey = key;
        sinceKept = 0;
        bytesSinceKept = 0;
    }

    // Signed, so every event of the run is the desk's own: one that differs from the event
    // this store holds under the same number means the desk signed two histories.
    const auto forked = [&](qint64 seq, const QByteArray &here, const QByteArray &there) {
        trouble(TroubleKind::Forked, seq,
                tr("event %1-%2: %3 here, %4 also signed")
                    .arg(origin)
                    .arg(seq)
                    .arg(QString::fromLatin1(here.toHex().left(16)), QString::fromLatin1(there.toHex().left(16))));
        return makeError(QStringLiteral("import.fork"),
                         tr("desk %1 signed two different events numbered %2 (a forked chain): its events are "
                            "refused from now on, every other desk's go on")
                             .arg(origin)
                             .arg(seq));
    };
    // Only a key this store already holds for the desk proves that the desk itself signed the
    // other history: a run that brings its own key and differs from events held here (a store
    // from before desks signed) is someone else's, refused without blaming the desk.
    const auto differs = [&](qint64 seq, const QByteArray &here, const QByteArray &there) {
        if (!registering)
            return forked(seq, here, there);
        trouble(TroubleKind::OtherKey, seq,
                tr("offered key %1 with another event %2-%3 than the one held here")
                    .arg(DeskSigningKey::fingerprint(key), origin)
                    .arg(seq));
        return makeError(QStringLiteral("import.other_key"),
                         tr("events %1 to %2 of desk %3 differ from those held here and come with a key never seen "
                            "for it (%4)")
                             .arg(first.seq)
                             .arg(last.seq)
                             .arg(origin, DeskSigningKey::fingerprint(key)));
    };
    for (qsizetype i = begin; i < end; ++i) {
        const Event &e = events.at(i).event;
        if (e.seq <= head.seq) {
            QByteArray here = head.hash;
            if (e.seq != head.seq) {
                auto held = hashAt(origin, e.seq);
                if (!held)
                    return held.error();
                here = held.value();
            }
            if (here != e.hash)
                return differs(e.seq, here, e.hash);
            ++alreadyPresent;
            continue;
        }
        if (e.seq != head.seq + 1)
            return makeError(
                QStringLiteral("import.gap"),
                tr("event %1 follows %2-%3, the events in between are missing").arg(e.id(), origin).arg(head.seq));
        if (e.prevHash != head.hash)
            return differs(head.seq, head.hash, e.prevHash);
        head = Head{e.seq, e.hash};
        fresh.append(i);
    }
    if (registering)
        newKeys.insert(origin, key);
    return {};
}

Result<EventStore::ImportSummary> EventStore::insertReceived(QList<ReceivedEvent> events, Refusals refusals)
{
    // Chain order within each origin; origins in a fixed order so errors are reproducible.
    // A peer's frames already come in that order.
    const auto chainOrder = [](const ReceivedEvent &a, const ReceivedEvent &b) {
        return a.event.origin != b.event.origin ? a.event.origin < b.event.origin : a.event.seq < b.event.seq;
    };
    if (!std::is_sorted(events.cbegin(), events.cend(), chainOrder))
        std::stable_sort(events.begin(), events.end(), chainOrder);
    // The same event twice (a file listing it twice) is taken once.
    ImportSummary summary;
    const qsizetype listed = events.size();
    events.erase(std::unique(events.begin(), events.end(),
                             [](const ReceivedEvent &a, const ReceivedEvent &b) {
                                 return a.event.seq == b.event.seq && a.event.origin == b.event.origin
                                        && a.event.hash == b.event.hash;
                             }),
                 events.end());
    summary.alreadyPresent = int(listed - events.size());

    QList<qsizetype> fresh; // indexes into events
    VersionVector heads = m_heads;
    QHash<QString, QByteArray> newKeys;
    QList<Trouble> troubles;
    for (qsizetype begin = 0; begin < events.size();) {
        const QString origin = events.at(begin).event.origin;
        qsizetype end = begin + 1;
        while (end < events.size() && events.at(end).event.origin == origin)
            ++end;
        Head head = heads.value(origin);
        const qsizetype freshBefore = fresh.size();
        int present = 0;
        if (auto checked = checkRun(events, begin, end, head, newKeys, troubles, fresh, present); !checked) {
            // A hash or room mismatch is the sender's fault (see Refusals): nothing is taken.
            const QString &code = checked.error().code;
            if (refusals == Refusals::WholeBatch || code == QLatin1String("import.hash")
                || code == QLatin1String("import.room"))
                return checked.error();
            fresh.resize(freshBefore);
            summary.refused.append(
                RefusedRun{origin, events.at(begin).event.seq, events.at(end - 1).event.seq, checked.error()});
        } else {
            summary.alreadyPresent += present;
            if (head.seq != heads.value(origin).seq)
                heads.insert(origin, head);
        }
        begin = end;
    }
    if (fresh.isEmpty() && newKeys.isEmpty() && troubles.isEmpty())
        return summary;

    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError();
    qint64 latestStamp = 0;
    std::vector<EventRowWriter::Row> rows;
    rows.reserve(size_t(fresh.size()));
    for (const qsizetype i : std::as_const(fresh)) {
        const ReceivedEvent &received = events.at(i);
        rows.push_back(EventRowWriter::Row{&received.event, &received.canonicalPayload});
        latestStamp = std::max(latestStamp, received.event.hlc);
    }
    QString why;
    if (const qsizetype refused = m_rowWriter->insert(rows, &why); refused >= 0)
        return writeError(tr("cannot insert event %1").arg(rows[size_t(refused)].event->id()), why);
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (m_heads.value(it.key()).seq == it->seq)
            continue;
        m_upsertHead->addBindValue(it.key());
        m_upsertHead->addBindValue(it->seq);
        m_upsertHead->addBindValue(it->hash);
        if (!m_upsertHead->exec())
            return sqlError(QStringLiteral("store.write"), tr("cannot update the chain head"), *m_upsertHead);
    }
    if (latestStamp > 0) {
        if (auto raised = raiseNewestStamp(latestStamp); !raised)
            return raised.error();
    }
    if (auto recorded = recordKeysAndTroubles(newKeys, troubles); !recorded)
        return recorded.error();
    if (!tx.commit())
        return failedCommit(
            makeError(QStringLiteral("store.write"),
                      tr("%1: the imported events could not be saved: %2").arg(m_path, m_db.lastError().text())));
    m_heads = heads;
    m_lastRowId += fresh.size();
    if (latestStamp > 0)
        m_hlc.observe(latestStamp);
    m_keys.insert(newKeys);
    for (const Trouble &t : std::as_const(troubles)) {
        if (t.kind == TroubleKind::Forked)
            m_quarantined.insert(t.origin);
    }
    summary.added.reserve(fresh.size());
    for (const qsizetype i : std::as_const(fresh))
        summary.added.append(std::move(events[i].event));
    return summary;
}

// Inside the caller's transaction.
Result<void> EventStore::recordKeysAndTroubles(const QHash<QString, QByteArray> &keys, const QList<Trouble> &troubles)
{
    QSqlQuery q(m_db);
    if (!keys.isEmpty()) {
        q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO desk_keys (origin, public_key, first_seen_ms) VALUES (?, ?, ?)"));
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            q.addBindValue(m_clock.nowMs());
            if (!q.exec())
                return sqlError(QStringLiteral("store.write"), tr("cannot register a desk's key"), q);
        }
    }
    if (!troubles.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO desk_trouble (origin, kind, first_seq, last_seq, detail, seen_ms, times)"
                                 " VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (origin, kind) DO UPDATE SET"
                                 " first_seq = MIN(first_seq, excluded.first_seq),"
                                 " last_seq = MAX(last_seq, excluded.last_seq), seen_ms = excluded.seen_ms,"
                                 " times = times + 1"));
        for (const Trouble &t : troubles) {
            for (const QVariant &value : QVariantList{t.origin, t.kind, t.firstSeq, t.lastSeq, t.detail, t.seenMs})
                q.addBindValue(value);
            if (!q.exec())
                return sqlError(QStringLiteral("store.write"), tr("cannot record a desk's refused events"), q);
        }
    }
    return {};
}

QList<EventStore::Trouble> EventStore::troubles() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<Trouble> out;
    if (!q.exec(QStringLiteral("SELECT origin, kind, first_seq, last_seq, detail, seen_ms, times FROM desk_trouble"
                               " ORDER BY origin, kind")))
        return out;
    while (q.next())
        out.append(Trouble{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                           q.value(6).toLongLong()});
    return out;
}

Result<QByteArray> EventStore::hashAt(const QString &origin, qint64 seq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hash FROM events WHERE origin = ? AND seq = ?"));
    q.addBindValue(origin);
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(QStringLiteral("store.read"), tr("cannot read the events"), q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Event EventStore::withSignerKey(Event e) const
{
    if (!e.signature.isEmpty())
        e.signerKey = m_keys.value(e.origin);
    return e;
}

Result<void> EventStore::forEach(qint64 afterRowId, const std::function<void(const Event &)> &visit,
                                 qint64 uptoRowId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE rowid > ? AND rowid <= ? ORDER BY rowid")
                  .arg(QLatin1String(EventColumns)));
    q.addBindValue(afterRowId);
    q.addBindValue(uptoRowId);
    if (!q.exec())
        return sqlError(QStringLiteral("store.read"), tr("cannot read the events"), q);
    while (q.next())
        visit(withSignerKey(eventFromRow(q)));
    // next() also returns false on a read error (a damaged page): that is not the end.
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("store.read"), tr("reading the events failed"), q);
    return {};
}

Result<QList<Event>> EventStore::selectEvents(const QString &whereAndOrder, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events %2").arg(QLatin1String(EventColumns), whereAndOrder));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("store.read"), tr("cannot read the events"), q);
    QList<Event> events;
    while (q.next())
        events.append(withSignerKey(eventFromRow(q)));
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("store.read"), tr("reading the events failed"), q);
    return events;
}

Result<QList<Event>> EventStore::eventsOfOrigin(const QString &origin, qint64 afterSeq, int limit) const
{
    return selectEvents(QStringLiteral("WHERE origin = ? AND seq > ? ORDER BY seq LIMIT ?"), {origin, afterSeq, limit});
}

Result<qint64> EventStore::forEachStoredOfOrigin(const QString &origin, qint64 afterSeq, int limit,
                                                 const std::function<void(const StoredEventRow &)> &visit) const
{
    if (!m_rowReader)
        return makeError(QStringLiteral("store.read"), tr("%1: the store is open read-only").arg(m_path));
    QString why;
    const qint64 visited = m_rowReader->forEachOfOrigin(origin, afterSeq, limit, visit, &why);
    if (visited < 0) {
        m_sawError = true;
        return makeError(QStringLiteral("store.read"), tr("%1: cannot read the events: %2").arg(m_path, why));
    }
    return visited;
}

std::optional<qint64> EventStore::stampOf(const QString &origin, qint64 seq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hlc FROM events WHERE origin = ? AND seq = ?"));
    q.addBindValue(origin);
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Result<QList<Event>> EventStore::eventsOfSubject(const QString &subject) const
{
    return selectEvents(QStringLiteral("WHERE subject = ? ORDER BY hlc, origin, seq"), {subject});
}

Result<QList<Event>> EventStore::incidentTimeline(const QString &incidentId) const
{
    auto events = eventsOfSubject(incidentId);
    if (!events)
        return events;
    const qsizetype dash = incidentId.lastIndexOf(QLatin1Char('-'));
    if (dash > 0) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT %1 FROM events WHERE origin = ? AND seq = ?").arg(QLatin1String(EventColumns)));
        q.addBindValue(incidentId.left(dash));
        q.addBindValue(incidentId.mid(dash + 1).toLongLong());
        if (!q.exec())
            return sqlError(QStringLiteral("store.read"), tr("cannot read the events"), q);
        if (q.next())
            events.value().prepend(withSignerKey(eventFromRow(q)));
    }
    return events;
}

Result<EventStore::VerifyReport> EventStore::verify() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        m_sawError = true;
        return makeError(QStringLiteral("verify.corrupt"),
                         tr("%1: the event store failed its integrity check (%2)")
                             .arg(m_path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY origin, seq").arg(QLatin1String(EventColumns))))
        return sqlError(QStringLiteral("store.read"), tr("cannot read the events"), q);
    VerifyReport report;
    QString origin;
    Head previous;
    qint64 lastVouched = 0; // of origin: the last event a good signature vouches for
    const auto closeOrigin = [&] {
        if (!origin.isEmpty() && lastVouched < previous.seq)
            report.unsignedFrom.insert(origin, lastVouched + 1);
    };
    while (q.next()) {
        const Event e = eventFromRow(q);
        if (e.origin != origin) {
            closeOrigin();
            origin = e.origin;
            previous = Head{};
            lastVouched = 0;
        }
        if (e.seq != previous.seq + 1)
            return makeError(QStringLiteral("verify.gap"),
                             tr("event %1: expected sequence %2 of %3, the chain has a gap")
                                 .arg(e.id())
                                 .arg(previous.seq + 1)
                                 .arg(e.origin));
        if (e.prevHash != previous.hash)
            return makeError(
                QStringLiteral("verify.chain"),
                tr("event %1 does not link to the previous event of %2 (broken hash chain)").arg(e.id(), e.origin));
        if (!e.hashIsValid())
            return makeError(QStringLiteral("verify.hash"),
                             tr("event %1 does not match its hash: its content was changed").arg(e.id()));
        if (!e.signature.isEmpty()) {
            ++report.signaturesChecked;
            if (DeskSigningKey::verify(m_keys.value(e.origin), e.hash, e.signature))
                lastVouched = e.seq;
            else
                report.forged.append(e.id());
        }
        previous = Head{e.seq, e.hash};
        ++report.checked;
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("verify.read"), tr("reading the events failed"), q);
    closeOrigin();
    report.troubles = troubles();
    return report;
}

Result<void> EventStore::saveSnapshot(qint64 uptoRowId, int format, const QByteArray &data)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO snapshots (upto_rowid, format, data) VALUES (?, ?, ?)"));
    q.addBindValue(uptoRowId);
    q.addBindValue(format);
    q.addBindValue(data);
    if (!q.exec())
        return sqlError(QStringLiteral("store.write"), tr("cannot save a snapshot"), q);
    // Keep only the newest snapshot: it is a cache of the fold, the log is the truth.
    const QVariant newest = q.lastInsertId();
    q.prepare(QStringLiteral("DELETE FROM snapshots WHERE id < ?"));
    q.addBindValue(newest);
    if (!q.exec())
        return sqlError(QStringLiteral("store.write"), tr("cannot prune old snapshots"), q);
    if (!tx.commit())
        return failedCommit(makeError(QStringLiteral("store.write"),
                                      tr("%1: cannot save a snapshot: %2").arg(m_path, m_db.lastError().text())));
    return {};
}

std::optional<EventStore::Snapshot> EventStore::latestSnapshot(int format) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT upto_rowid, data FROM snapshots WHERE format = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(format);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Snapshot{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

namespace {
QString archivedCountKey(const QString &section)
{
    return QStringLiteral("archived:") + section;
}
} // namespace

// An item archived again (back in memory for a while, settled anew) replaces its row; the
// section's count in meta grows by the new rows only, in the same transaction.
Result<void> EventStore::archive(const QString &section, const QList<ArchivedItem> &items)
{
    if (items.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE archive SET created_ms = ?, settled_ms = ?, key = ?, data = ?"
                                  " WHERE section = ? AND id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO archive (created_ms, settled_ms, key, data, section, id)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 added = 0;
    for (const ArchivedItem &item : items) {
        const QVariantList values{item.createdMs,
                                  item.settledMs,
                                  item.key.isNull() ? QStringLiteral("") : item.key, // a null QString binds as NULL
                                  item.data,
                                  section,
                                  item.id};
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        if (!update.exec())
            return sqlError(QStringLiteral("store.write"), tr("cannot archive settled history"), update);
        if (update.numRowsAffected() > 0)
            continue;
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return sqlError(QStringLiteral("store.write"), tr("cannot archive settled history"), insert);
        ++added;
    }
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value"));
    count.addBindValue(archivedCountKey(section));
    count.addBindValue(added);
    if (!count.exec())
        return sqlError(QStringLiteral("store.write"), tr("cannot archive settled history"), count);
    if (!tx.commit())
        return failedCommit(
            makeError(QStringLiteral("store.write"),
                      tr("%1: cannot archive settled history: %2").arg(m_path, m_db.lastError().text())));
    return {};
}

Result<void> EventStore::clearArchive()
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionError();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM archive"))
        || !q.exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'archived:%'")))
        return sqlError(QStringLiteral("store.write"), tr("cannot clear the archive of settled history"), q);
    if (!tx.commit())
        return failedCommit(
            makeError(QStringLiteral("store.write"),
                      tr("%1: cannot clear the archive of settled history: %2").arg(m_path, m_db.lastError().text())));
    return {};
}

std::optional<QByteArray> EventStore::archivedItem(const QString &section, const QString &id) const
{
    if (!m_selectArchived) {
        m_selectArchived = std::make_unique<QSqlQuery>(m_db);
        m_selectArchived->setForwardOnly(true);
        m_selectArchived->prepare(QStringLiteral("SELECT data FROM archive WHERE section = ? AND id = ?"));
    }
    QSqlQuery &q = *m_selectArchived;
    q.bindValue(0, section);
    q.bindValue(1, id);
    if (!q.exec()) {
        m_sawError = true;
        qCWarning(lcStore) << "cannot read the archive:" << q.lastError().text();
        return std::nullopt;
    }
    std::optional<QByteArray> data;
    if (q.next())
        data = q.value(0).toByteArray();
    q.finish();
    return data;
}

bool EventStore::isArchived(const QString &section, const QString &id) const
{
    return archivedItem(section, id).has_value(); // its statement is prepared once
}

namespace {

void visitArchiveRows(QSqlQuery &q, bool &sawError, const std::function<void(const ArchivedItem &)> &visit)
{
    if (!q.exec()) {
        sawError = true;
        qCWarning(lcStore) << "cannot read the archive:" << q.lastError().text();
        return;
    }
    ArchivedItem item;
    while (q.next()) {
        item.id = q.value(0).toString();
        item.createdMs = q.value(1).toLongLong();
        item.settledMs = q.value(2).toLongLong();
        item.key = q.value(3).toString();
        item.data = q.value(4).toByteArray();
        visit(item);
    }
}

} // namespace

void EventStore::forEachArchived(const QString &section, qint64 fromMs, qint64 toMs,
                                 const std::function<void(const ArchivedItem &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, created_ms, settled_ms, key, data FROM archive"
                             " WHERE section = ? AND settled_ms >= ? AND created_ms < ? ORDER BY created_ms, id"));
    q.addBindValue(section);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    visitArchiveRows(q, m_sawError, visit);
}

void EventStore::forEachArchivedWithKey(const QString &section, const QString &key,
                                        const std::function<void(const ArchivedItem &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, created_ms, settled_ms, key, data FROM archive"
                             " WHERE section = ? AND key = ? ORDER BY created_ms, id"));
    q.addBindValue(section);
    q.addBindValue(key);
    visitArchiveRows(q, m_sawError, visit);
}

void EventStore::forEachArchivedById(const QString &section,
                                     const std::function<void(const ArchivedItem &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, created_ms, settled_ms, key, data FROM archive WHERE section = ? ORDER BY id"));
    q.addBindValue(section);
    visitArchiveRows(q, m_sawError, visit);
}

qint64 EventStore::archivedCount(const QString &section) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"));
    q.addBindValue(archivedCountKey(section));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0; // no record: no row archived
}

} // namespace Sigap
