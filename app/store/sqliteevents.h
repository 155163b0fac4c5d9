#pragma once

#include "domain/event.h"

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace Sigap {

// Event rows through SQLite's own prepared statements, for the two paths where Qt Sql's
// per-value QVariant work dominated: writing rows, and reading a peer's catch-up.
//
// Inserts event rows through SQLite's own prepared statements, on the connection Qt Sql
// opened (same handle, same transaction). Binding through QSqlQuery cost about 9 µs per row,
// most of a catch-up from another desk; this costs about 2 µs. Texts are bound as UTF-8, the
// database's encoding, so SQLite converts and allocates nothing. Reads and everything else
// stay on Qt Sql.
//
// Many rows go in as multi-row INSERTs (64, 16, 4 rows, then single ones): each statement
// costs SQLite a run of its program's set-up, three cursors opened and closed and a halt,
// about a fifth of a row's cost when paid per row. Each size is prepared once, when first
// used.
class EventRowWriter
{
public:
    struct Row
    {
        const Event *event;
        const QByteArray *canonicalPayload;
    };

    // Null (and *error set) when the connection is not SQLite or the statement fails.
    static std::unique_ptr<EventRowWriter> create(const QSqlDatabase &db, QString *error);
    ~EventRowWriter();
    EventRowWriter(const EventRowWriter &) = delete;
    EventRowWriter &operator=(const EventRowWriter &) = delete;

    // Writes one row inside the caller's transaction; false with *error when SQLite refuses.
    bool insert(const Event &e, const QByteArray &canonicalPayload, QString *error);
    // Writes the rows in order inside the caller's transaction; on a refusal returns the
    // index of the first row of the refused statement (with *error set), else -1. Rows
    // before it may be written: the caller rolls the transaction back.
    qsizetype insert(std::span<const Row> rows, QString *error);

private:
    static constexpr std::array<int, 4> RowsPerStatement{64, 16, 4, 1};

    explicit EventRowWriter(sqlite3 *db)
        : m_db(db)
    {
    }
    sqlite3_stmt *statementFor(int sizeIndex, QString *error);
    bool insertChunk(sqlite3_stmt *statement, std::span<const Row> rows, QString *error);

    sqlite3 *m_db;
    std::array<sqlite3_stmt *, RowsPerStatement.size()> m_statements{}; // by index in RowsPerStatement
    QByteArray m_utf8; // the texts of the rows being written, bound from here
};

// Reads the events of one origin in chain order as StoredEventRow views, without building
// Events (a catch-up sends 100,000 of them as they are stored).
class EventRowReader
{
public:
    static std::unique_ptr<EventRowReader> create(const QSqlDatabase &db, QString *error);
    ~EventRowReader();
    EventRowReader(const EventRowReader &) = delete;
    EventRowReader &operator=(const EventRowReader &) = delete;

    // Visits at most limit rows of origin after afterSeq; returns the number visited, or -1
    // with *error when SQLite fails.
    qint64 forEachOfOrigin(const QString &origin, qint64 afterSeq, int limit,
                           const std::function<void(const StoredEventRow &)> &visit, QString *error);

private:
    EventRowReader(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace Sigap
