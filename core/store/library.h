#pragma once

#include "core/base/error.h"
#include "core/pdf/importeddocument.h"
#include "core/store/documentrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace pl::store {

/// One PolicyLens library: a single SQLite file holding documents, pages, passages and the search index.
/// One Library object is one connection; use it from one thread only (open another for another thread).
class Library {
public:
    /// Opens or creates the library file and migrates it to the current schema.
    static Result<std::unique_ptr<Library>> open(const QString& path);
    /// Where the library lives unless --library or POLICYLENS_LIBRARY says otherwise.
    static QString defaultPath();
    /// The library to use: an explicit path (--library), else POLICYLENS_LIBRARY, else defaultPath().
    static QString resolvePath(const QString& explicitPath);
    ~Library();
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;

    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    enum class AddStatus { Added, Replaced, Unchanged };
    struct AddOutcome {
        AddStatus status = AddStatus::Added;
        qint64 id = 0;
    };
    /// Stores a document in one transaction: a failure leaves the library exactly as it was.
    /// The same content (SHA-256) already present adds nothing; a changed file at a known path replaces it.
    Result<AddOutcome> addDocument(const pdf::ImportedDocument& doc);
    /// Runs inside addDocument's transaction once a new or replacing document is stored (its id given);
    /// a failure rolls the whole import back. Used to re-attach the user's annotations.
    using ImportHook = std::function<Result<void>(qint64 docId)>;
    void setImportHook(ImportHook hook) { m_importHook = std::move(hook); }
    /// A document with this content, if the library has one.
    std::optional<qint64> findBySha256(const QString& sha256) const;
    /// The stored document for a path, if any (path compared canonically).
    std::optional<DocumentRecord> findByPath(const QString& path) const;

    QList<DocumentRecord> documents() const;
    std::optional<DocumentRecord> document(qint64 id) const;
    /// Resolves what a user typed: a numeric id or a file path.
    std::optional<DocumentRecord> resolve(const QString& idOrPath) const;
    QList<PageRecord> pages(qint64 docId) const;
    /// Passages of a document in reading order; page < 1 means all pages.
    QList<text::Passage> passages(qint64 docId, int page = 0) const;

    Result<void> removeDocument(qint64 id);

    /// The policy facts of a document as stored at import: {"dates", "money", "outline", "strategy",
    /// "countries"} arrays in the form `extract --json` prints; nullopt when they were never read (a library
    /// from before facts, or an older extractor).
    std::optional<QJsonObject> facts(qint64 docId) const;
    /// Reads a document's facts again from its stored passages and stores them, in one transaction.
    Result<QJsonObject> refreshFacts(qint64 docId);

    /// Line boxes as stored with each passage: [[x0, y0, x1, y1], ...] in PDF points.
    static QList<QRectF> boxesFromJson(const QString& json);

    /// Merges the passage index into one b-tree when the passages just added are a quarter or more of the
    /// library, so the cost stays in proportion to the import (FTS5 otherwise keeps a dozen segments, and
    /// every search seeks each of them: about twice the latency on 100k pages, bench/search). True if it
    /// merged. One statement, so a kill leaves the index as it was.
    Result<bool> compactIndexAfter(qint64 passagesAdded);

    /// Runs a statement with no result; for transactions and pragmas.
    Result<void> exec(const char* sql);

private:
    Library(sqlite3* db, QString path);
    Result<void> deleteDocumentRows(qint64 id);
    Result<QJsonObject> writeFacts(qint64 docId);
    sqlite3* m_db;
    QString m_path;
    ImportHook m_importHook;
};

} // namespace pl::store
