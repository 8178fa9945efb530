#include "core/store/statement.h"

#include <sqlite3.h>

namespace pl::store {

Statement::Statement(sqlite3* db, const char* sql) : m_db(db) {
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        recordFailure(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_failed(other.m_failed),
      m_message(std::move(other.m_message)) {
    other.m_stmt = nullptr;
}

void Statement::recordFailure(int rc) {
    if (m_failed)
        return;
    m_failed = true;
    // The connection's message is overwritten by the next call on it: keep this one.
    const char* msg = m_db ? sqlite3_errmsg(m_db) : nullptr;
    m_message = QString::fromUtf8(msg && *msg ? msg : sqlite3_errstr(rc));
    const int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        m_message += QStringLiteral(" (another program is writing to the library; try again)");
}

QString Statement::error() const {
    if (m_failed)
        return m_message;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<void> Statement::status(const QString& file) const {
    if (!m_failed && m_stmt)
        return {};
    return fail(Error::Kind::Database, error(), file);
}

Statement& Statement::bind(int index, qint64 value) {
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (m_stmt) {
        // A null QString binds as '' (use bindNull() for SQL NULL): columns here are NOT NULL text.
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next() {
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        recordFailure(rc);
    return false;
}

bool Statement::exec() {
    if (!m_stmt)
        return false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        recordFailure(rc);
        return false;
    }
    return true;
}

void Statement::reset() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace pl::store
