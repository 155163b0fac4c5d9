#include "migrations.h"

namespace Sigap::Migrations {

const QList<QStringList> &all()
{
    static const QList<QStringList> migrations{
        // 0 -> 1: the event log, its per-origin chain heads, metadata, snapshots.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // rowid is this desk's arrival order; (origin, seq) is the event's identity.
            QStringLiteral("CREATE TABLE events ("
                           " rowid INTEGER PRIMARY KEY,"
                           " origin TEXT NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL,"
                           " room TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL,"
                           " kind TEXT NOT NULL, kind_version INTEGER NOT NULL,"
                           " subject TEXT NOT NULL, payload BLOB NOT NULL,"
                           " prev_hash BLOB NOT NULL, hash BLOB NOT NULL,"
                           " UNIQUE (origin, seq))"),
            QStringLiteral("CREATE INDEX events_subject ON events (subject)"),
            QStringLiteral("CREATE TABLE heads ("
                           " origin TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE snapshots ("
                           " id INTEGER PRIMARY KEY, upto_rowid INTEGER NOT NULL,"
                           " format INTEGER NOT NULL, data BLOB NOT NULL)"),
        },
        // 1 -> 2: the projections' settled history out of memory (ProjectionArchive). Like the
        // snapshots, a cache of the fold: cleared and rebuilt whenever the whole log is folded.
        // And the log's newest stamp, so opening a store does not read every row for it.
        {
            QStringLiteral("CREATE TABLE archive ("
                           " rowid INTEGER PRIMARY KEY, section TEXT NOT NULL, id TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL, settled_ms INTEGER NOT NULL, data BLOB NOT NULL,"
                           " UNIQUE (section, id))"),
            // A period's items: settled since its start, created before its end.
            QStringLiteral("CREATE INDEX archive_period ON archive (section, settled_ms, created_ms)"),
            // The newest stamp in the log, kept with every write (MAX(hlc) reads every row).
            QStringLiteral("INSERT INTO meta (key, value) SELECT 'newest_hlc', COALESCE(MAX(hlc), 0) FROM events"),
        },
        // 2 -> 3: archived items looked up by a key besides their id: a caller's history is
        // every call of the number, however old.
        {
            QStringLiteral("ALTER TABLE archive ADD COLUMN key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX archive_key ON archive (section, key, created_ms)"),
        },
        // 3 -> 4: each section's count of archived rows, kept with every write, so opening a
        // store does not count its rows (COUNT(*) reads them all).
        {
            QStringLiteral("DELETE FROM meta WHERE key LIKE 'archived:%'"),
            QStringLiteral("INSERT INTO meta (key, value) SELECT 'archived:' || section, COUNT(*) FROM archive"
                           " GROUP BY section"),
        },
        // 4 -> 5: desks sign what they write (see EventStore). An event's signature, kept for
        // the last event of each append and of each batch a peer sent; the public key each
        // desk registered (the first one seen wins); and the trouble seen with a desk's events:
        // a fork (two signed histories: the desk is quarantined), another key offered for it,
        // events whose signature does not verify.
        {
            QStringLiteral("ALTER TABLE events ADD COLUMN sig BLOB"),
            QStringLiteral("CREATE TABLE desk_keys (origin TEXT PRIMARY KEY, public_key BLOB NOT NULL,"
                           " first_seen_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE desk_trouble (origin TEXT NOT NULL, kind TEXT NOT NULL,"
                           " first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, detail TEXT NOT NULL,"
                           " seen_ms INTEGER NOT NULL, times INTEGER NOT NULL, PRIMARY KEY (origin, kind))"),
        },
    };
    return migrations;
}

} // namespace Sigap::Migrations
