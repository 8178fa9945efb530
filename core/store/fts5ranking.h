#pragma once

struct sqlite3;

namespace pl::store {

/// Registers pl_match_weight(passage_index, groups) on a connection: a cheap relevance estimate of
/// the current match that reads nothing beyond the index's position lists (no BM25 statistics pre-pass, no
/// content rows). `groups` maps the query's phrases, in the order they appear in the MATCH expression, to
/// query groups ("0,0,1,-1": phrases 1 and 2 are alternatives of group 0, phrase 4 is excluded); each group
/// contributes 1 + 0.3 ln(instances of its phrases), and the contributions multiply. It does not read the
/// row's length: FTS5's xColumnSize costs a docsize lookup per match, 1–2.5 µs (bench/RESULTS.md).
bool registerMatchWeight(sqlite3* db);

} // namespace pl::store
