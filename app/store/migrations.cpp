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
    };
    return migrations;
}

} // namespace Sigap::Migrations
