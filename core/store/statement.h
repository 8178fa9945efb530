#pragma once

#include "core/base/error.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace pl::store {

/// A prepared SQLite statement that finalises itself. Values are always bound, never spliced into SQL.
/// A failed prepare or step is remembered: `next()` then reads as "no more rows", and `status()` tells the
/// caller why, so a busy or damaged library is reported instead of looking empty.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    bool ok() const { return m_stmt != nullptr && !m_failed; }
    /// SQLite's message for the first failure (prepare or step), or the connection's latest message.
    QString error() const;
    /// Success, or the first prepare or step failure as a database error naming `file`.
    [[nodiscard]] Result<void> status(const QString& file = {}) const;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bindNull(int index);

    /// Steps once: true while a row is available; false when done or failed (see status()).
    bool next();
    /// Runs to completion; false on error.
    [[nodiscard]] bool exec();
    /// Makes the statement ready to run again; a failure of the previous run stays recorded.
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    void recordFailure(int rc);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
    QString m_message;
};

/// Collects a list from a statement's rows: the list, or the statement's failure.
template <typename List, typename Read>
[[nodiscard]] Result<List> collectRows(Statement& st, const QString& file, Read read) {
    List out;
    while (st.next())
        read(out, st);
    if (auto ok = st.status(file); !ok)
        return std::unexpected(ok.error());
    return out;
}

} // namespace pl::store
