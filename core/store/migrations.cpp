#include "core/store/migrations.h"

#include "core/store/statement.h"

#include <sqlite3.h>

namespace pl::store {

namespace {

// Append only: a shipped migration never changes.
const char* const kMigrations[] = {
    // 1: documents, pages, passages and the passage index.
    R"sql(
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_size INTEGER NOT NULL DEFAULT 0,
    file_mtime TEXT,
    title TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    doc_date TEXT NOT NULL DEFAULT '',
    producer TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL DEFAULT 0,
    encrypted INTEGER NOT NULL DEFAULT 0,
    needs_ocr INTEGER NOT NULL DEFAULT 0,
    no_text INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE TABLE pages(
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    width REAL NOT NULL DEFAULT 0,
    height REAL NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    no_text INTEGER NOT NULL DEFAULT 0,
    needs_ocr INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(doc_id, page_no)) WITHOUT ROWID;
CREATE TABLE passages(
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'paragraph',
    bullet TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    x0 REAL, y0 REAL, x1 REAL, y1 REAL,
    line_boxes TEXT NOT NULL DEFAULT '[]');
CREATE INDEX passages_doc_page ON passages(doc_id, page_no, seq);
CREATE VIRTUAL TABLE passage_index USING fts5(text, content='passages', content_rowid='id', tokenize='policylens');
)sql",
    // 2: policy facts read at import, one row per fact (a date, an amount, a heading, a strategy root, a
    // country); payload is the fact as `extract --json` prints it. facts_version 0 means "not read yet".
    R"sql(
CREATE TABLE facts(
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    seq INTEGER NOT NULL,
    page_no INTEGER,
    x0 REAL, y0 REAL, x1 REAL, y1 REAL,
    passage_seq INTEGER,
    payload TEXT NOT NULL);
CREATE INDEX facts_doc_kind ON facts(doc_id, kind, seq);
ALTER TABLE documents ADD COLUMN facts_version INTEGER NOT NULL DEFAULT 0;
)sql",
    // 3: the user's own order in a library: tags on documents, and named collections of documents.
    R"sql(
CREATE TABLE document_tags(
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY(doc_id, tag)) WITHOUT ROWID;
CREATE INDEX document_tags_tag ON document_tags(tag);
CREATE TABLE collections(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE collection_documents(
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY(collection_id, doc_id)) WITHOUT ROWID;
CREATE INDEX collection_documents_doc ON collection_documents(doc_id);
)sql",
    // 4: the user's annotations and corrections of extracted facts. They hang off a document by path and
    // SHA-256; doc_id is a cache that turns null when the document goes, so nothing the user made is deleted
    // with it (a replaced or re-imported document finds its records again).
    R"sql(
CREATE TABLE annotations(
    id INTEGER PRIMARY KEY,
    doc_path TEXT NOT NULL,
    doc_sha256 TEXT NOT NULL,
    doc_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    page_no INTEGER NOT NULL DEFAULT 0,
    boxes TEXT NOT NULL DEFAULT '[]',
    quote TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    fact TEXT,
    detached INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE INDEX annotations_doc ON annotations(doc_id, page_no);
CREATE INDEX annotations_path ON annotations(doc_path);
CREATE TABLE fact_corrections(
    id INTEGER PRIMARY KEY,
    doc_path TEXT NOT NULL,
    doc_sha256 TEXT NOT NULL,
    doc_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    fact_kind TEXT NOT NULL,
    fact_text TEXT NOT NULL,
    page_no INTEGER NOT NULL DEFAULT 0,
    passage_hash TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '{}',
    reason TEXT NOT NULL DEFAULT '',
    detached INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL);
CREATE INDEX fact_corrections_doc ON fact_corrections(doc_id, fact_kind);
CREATE INDEX fact_corrections_path ON fact_corrections(doc_path);
)sql",
    // 5: briefings and their items. Items keep snapshots and document anchors (path, SHA-256) in their
    // payload rather than foreign keys to documents: a re-import replaces document rows, a briefing stays.
    R"sql(
CREATE TABLE briefings(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    modified_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE briefing_items(
    id INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    comment TEXT NOT NULL DEFAULT '');
CREATE INDEX briefing_items_order ON briefing_items(briefing_id, position);
)sql",
    // 6: the tokenizer stores a Hangul trigram beside each bigram (see text::KoreanTokenizer): the index is
    // built again from the passages it indexes, within this migration's transaction.
    R"sql(
INSERT INTO passage_index(passage_index) VALUES('rebuild');
)sql",
    // 7: the tokenizer joins Hangul across middle dots and stores English stems and joined word pairs (see
    // text::KoreanTokenizer): the index is built again. The aliases each document defines (하이퍼클로바
    // (HyperCLOVA)), keyed for look-up by facts::aliasKey of either side; filled with the facts.
    R"sql(
INSERT INTO passage_index(passage_index) VALUES('rebuild');
CREATE TABLE IF NOT EXISTS aliases(
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no INTEGER,
    passage_seq INTEGER,
    term TEXT NOT NULL,
    alias TEXT NOT NULL,
    term_key TEXT NOT NULL,
    alias_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS aliases_term ON aliases(term_key);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias_key);
CREATE INDEX IF NOT EXISTS aliases_doc ON aliases(doc_id);
)sql",
};

Result<int> userVersion(sqlite3* db) {
    Statement st(db, "PRAGMA user_version");
    if (!st.ok() || !st.next())
        return fail(Error::Kind::Database, st.error());
    return st.integer(0);
}

} // namespace

int currentSchemaVersion() {
    return int(std::size(kMigrations));
}

Result<void> migrate(sqlite3* db, const QString& path) {
    {
        Statement st(db, "PRAGMA application_id");
        if (!st.ok() || !st.next())
            return fail(Error::Kind::Database,
                        QStringLiteral("not a PolicyLens library (%1)").arg(st.error()), path);
        const int appId = st.integer(0);
        auto version = userVersion(db);
        if (!version)
            return std::unexpected(version.error());
        if (appId != 0 && appId != kApplicationId)
            return fail(Error::Kind::Database,
                        QStringLiteral("not a PolicyLens library (another application's database)"), path);
        if (appId == 0 && *version == 0) {
            Statement tables(db, "SELECT count(*) FROM sqlite_schema");
            if (tables.ok() && tables.next() && tables.integer(0) > 0)
                return fail(Error::Kind::Database,
                            QStringLiteral("not a PolicyLens library (an unrelated SQLite database)"), path);
        }
        if (*version > currentSchemaVersion())
            return fail(
                Error::Kind::Database,
                QStringLiteral("library was written by a newer PolicyLens (schema %1, this build knows %2)")
                    .arg(*version)
                    .arg(currentSchemaVersion()),
                path);
    }
    auto version = userVersion(db);
    for (int v = *version; v < currentSchemaVersion(); ++v) {
        char* err = nullptr;
        const QByteArray sql = QByteArray("BEGIN IMMEDIATE;") + kMigrations[v] +
                               QByteArray("PRAGMA user_version = ") + QByteArray::number(v + 1) +
                               QByteArray(";PRAGMA application_id = ") + QByteArray::number(kApplicationId) +
                               QByteArray(";COMMIT;");
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            const QString message = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(Error::Kind::Database,
                        QStringLiteral("migration %1 failed: %2").arg(v + 1).arg(message), path);
        }
    }
    return {};
}

} // namespace pl::store
