#pragma once

struct sqlite3;

namespace pl::store {

/// Registers the "policylens" FTS5 tokenizer (KoreanTokenizer) on a connection. Every connection that
/// reads or writes the passage index must call this first.
bool registerKoreanTokenizer(sqlite3* db);

} // namespace pl::store
