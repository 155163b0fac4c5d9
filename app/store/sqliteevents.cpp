#include "sqliteevents.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace Sigap {

namespace {

// Qt's SQLite plugin on Debian links the system libsqlite3, the library linked here, so
// the handle it gives is one this code may use.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Texts go in as UTF-16, as Qt's own driver binds them; a null QString becomes empty text,
// never NULL (the columns are NOT NULL).
int bindText(sqlite3_stmt *s, int column, const QString &text)
{
    static const char16_t empty = 0;
    const void *data = text.isNull() ? static_cast<const void *>(&empty) : static_cast<const void *>(text.utf16());
    return sqlite3_bind_text16(s, column, data, int(text.size() * 2), SQLITE_STATIC);
}

int bindBlob(sqlite3_stmt *s, int column, const QByteArray &bytes)
{
    static const char empty = 0;
    return sqlite3_bind_blob(s, column, bytes.isNull() ? &empty : bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

sqlite3_stmt *prepare(sqlite3 *handle, const char *sql, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (!handle) {
        *error = QStringLiteral("the connection is not an SQLite connection");
        return nullptr;
    }
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

QByteArrayView columnBytes(sqlite3_stmt *s, int column, bool text)
{
    const void *data
        = text ? static_cast<const void *>(sqlite3_column_text(s, column)) : sqlite3_column_blob(s, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(s, column));
}

// "INSERT INTO events (...) VALUES (?, ...), (?, ...), ..." for the given number of rows;
// parameters are numbered in order, 13 per row.
QByteArray insertStatement(int rows)
{
    QByteArray sql = "INSERT INTO events (origin, seq, hlc, room, actor, role, kind, kind_version, subject, "
                     "payload, prev_hash, hash, sig) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

constexpr int ColumnsPerRow = 13;

} // namespace

std::unique_ptr<EventRowWriter> EventRowWriter::create(const QSqlDatabase &db, QString *error)
{
    std::unique_ptr<EventRowWriter> writer(new EventRowWriter(handleOf(db)));
    // The single-row statement is prepared now, so a connection that cannot take it fails
    // at open and not at the first write.
    if (!writer->statementFor(int(RowsPerStatement.size()) - 1, error))
        return nullptr;
    return writer;
}

EventRowWriter::~EventRowWriter()
{
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *EventRowWriter::statementFor(int sizeIndex, QString *error)
{
    sqlite3_stmt *&statement = m_statements[size_t(sizeIndex)];
    if (!statement)
        statement = prepare(m_db, insertStatement(RowsPerStatement[size_t(sizeIndex)]).constData(), error);
    return statement;
}

bool EventRowWriter::insert(const Event &e, const QByteArray &canonicalPayload, QString *error)
{
    const Row row{&e, &canonicalPayload};
    return insert(std::span<const Row>(&row, 1), error) < 0;
}

qsizetype EventRowWriter::insert(std::span<const Row> rows, QString *error)
{
    qsizetype done = 0;
    for (int sizeIndex = 0; sizeIndex < int(RowsPerStatement.size()); ++sizeIndex) {
        const qsizetype size = RowsPerStatement[size_t(sizeIndex)];
        if (qsizetype(rows.size()) - done < size)
            continue;
        sqlite3_stmt *statement = statementFor(sizeIndex, error);
        if (!statement)
            return done;
        for (; qsizetype(rows.size()) - done >= size; done += size) {
            if (!insertChunk(statement, rows.subspan(size_t(done), size_t(size)), error))
                return done;
        }
    }
    return -1;
}

bool EventRowWriter::insertChunk(sqlite3_stmt *s, std::span<const Row> rows, QString *error)
{
    // All texts are encoded into one buffer first (sized for the worst case, so it does not
    // move while being filled), then bound from it; SQLite reads them during the step.
    static constexpr int textColumns[] = {1, 4, 5, 6, 7, 9};
    qsizetype most = 0;
    for (const Row &row : rows) {
        const Event &e = *row.event;
        most += 3
                * (e.origin.size() + e.room.size() + e.actor.size() + e.role.size() + e.kind.size() + e.subject.size());
    }
    if (m_utf8.size() < most)
        m_utf8.resize(std::max(most, qsizetype(64 * 1024)));
    char *out = m_utf8.data();
    QStringEncoder encoder(QStringEncoder::Utf8);
    int bound = SQLITE_OK;
    int base = 0;
    for (const Row &row : rows) {
        const Event &e = *row.event;
        const QString *texts[] = {&e.origin, &e.room, &e.actor, &e.role, &e.kind, &e.subject};
        for (int i = 0; i < 6; ++i) {
            char *start = out;
            out = encoder.appendToBuffer(out, *texts[i]);
            bound |= sqlite3_bind_text(s, base + textColumns[i], start, int(out - start), SQLITE_STATIC);
        }
        bound |= sqlite3_bind_int64(s, base + 2, e.seq) | sqlite3_bind_int64(s, base + 3, e.hlc)
                 | sqlite3_bind_int(s, base + 8, e.kindVersion) | bindBlob(s, base + 10, *row.canonicalPayload)
                 | bindBlob(s, base + 11, e.prevHash) | bindBlob(s, base + 12, e.hash)
                 | (e.signature.isEmpty() ? sqlite3_bind_null(s, base + 13) : bindBlob(s, base + 13, e.signature));
        base += ColumnsPerRow;
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(s) : bound;
    if (stepped != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    // Every parameter is bound again before the next step, so the bindings are not cleared.
    sqlite3_reset(s);
    return stepped == SQLITE_DONE;
}

std::unique_ptr<EventRowReader> EventRowReader::create(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = handleOf(db);
    sqlite3_stmt *statement
        = prepare(handle,
                  "SELECT origin, seq, hlc, room, actor, role, kind, kind_version, subject, payload, prev_hash, "
                  "hash, sig FROM events WHERE origin = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                  error);
    return statement ? std::unique_ptr<EventRowReader>(new EventRowReader(handle, statement)) : nullptr;
}

EventRowReader::~EventRowReader()
{
    sqlite3_finalize(m_statement);
}

qint64 EventRowReader::forEachOfOrigin(const QString &origin, qint64 afterSeq, int limit,
                                       const std::function<void(const StoredEventRow &)> &visit, QString *error)
{
    sqlite3_stmt *s = m_statement;
    bindText(s, 1, origin);
    sqlite3_bind_int64(s, 2, afterSeq);
    sqlite3_bind_int(s, 3, limit);
    qint64 visited = 0;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(s)) == SQLITE_ROW) {
        StoredEventRow row;
        row.origin = columnBytes(s, 0, true);
        row.seq = sqlite3_column_int64(s, 1);
        row.hlc = sqlite3_column_int64(s, 2);
        row.room = columnBytes(s, 3, true);
        row.actor = columnBytes(s, 4, true);
        row.role = columnBytes(s, 5, true);
        row.kind = columnBytes(s, 6, true);
        row.kindVersion = sqlite3_column_int(s, 7);
        row.subject = columnBytes(s, 8, true);
        row.payload = columnBytes(s, 9, false);
        row.prevHash = columnBytes(s, 10, false);
        row.hash = columnBytes(s, 11, false);
        row.signature = columnBytes(s, 12, false);
        visit(row);
        ++visited;
    }
    if (stepped != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        visited = -1;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return visited;
}

} // namespace Sigap
