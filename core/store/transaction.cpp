#include "core/store/transaction.h"

#include <sqlite3.h>

namespace pl::store {

Result<void> execSql(sqlite3* db, const char* sql, const QString& file) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    QString message = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    const int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        message += QStringLiteral(" (another program is writing to the library; try again)");
    else if (primary == SQLITE_READONLY)
        message += QStringLiteral(" (the library file cannot be written)");
    return fail(Error::Kind::Database, message, file);
}

Result<Transaction> Transaction::begin(sqlite3* db, const QString& file) {
    if (auto ok = execSql(db, "BEGIN IMMEDIATE", file); !ok)
        return std::unexpected(ok.error());
    return Transaction(db, file);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(other.m_db), m_file(std::move(other.m_file)) {
    other.m_db = nullptr;
}

Transaction::~Transaction() {
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::commit() {
    if (!m_db)
        return fail(Error::Kind::Internal, QStringLiteral("transaction already ended"), m_file);
    sqlite3* db = m_db;
    auto ok = execSql(db, "COMMIT", m_file);
    if (!ok && !sqlite3_get_autocommit(db))
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_db = nullptr;
    return ok;
}

std::unexpected<Error> Transaction::failure(const QString& message) const {
    return fail(Error::Kind::Database, message, m_file);
}

} // namespace pl::store
