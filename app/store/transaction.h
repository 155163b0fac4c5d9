#pragma once

#include <QSqlDatabase>

namespace Sigap {

// RAII guard for one SQLite transaction: rolls back unless commit() succeeded, so no
// early return can leave the log half-written.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Sigap
