#pragma once

#include "core/base/error.h"

#include <QString>

struct sqlite3;

namespace pl::store {

/// One write transaction (BEGIN IMMEDIATE): rolled back when it goes out of scope uncommitted, so every
/// early return on an error leaves the library as it was.
class Transaction {
public:
    /// Takes the write lock, or says why it could not (another writer, a read-only file …).
    [[nodiscard]] static Result<Transaction> begin(sqlite3* db, const QString& file);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// Commits; on failure the transaction is rolled back and the reason returned.
    [[nodiscard]] Result<void> commit();
    /// A database error naming the transaction's file; the transaction rolls back when it goes.
    std::unexpected<Error> failure(const QString& message) const;

private:
    Transaction(sqlite3* db, QString file) : m_db(db), m_file(std::move(file)) {}
    sqlite3* m_db = nullptr;
    QString m_file;
};

/// Runs one statement with no rows (a pragma, a transaction verb) through sqlite3_exec.
[[nodiscard]] Result<void> execSql(sqlite3* db, const char* sql, const QString& file);

} // namespace pl::store
