#pragma once

struct sqlite3;
struct fts5_api;

namespace pl::store {

/// Registers the "policylens" FTS5 tokenizer (KoreanTokenizer) on a connection. Every connection that
/// reads or writes the passage index must call this first.
bool registerKoreanTokenizer(sqlite3* db);

/// The connection's FTS5 API, or null when SQLite was built without FTS5.
fts5_api* fts5Api(sqlite3* db);

} // namespace pl::store
