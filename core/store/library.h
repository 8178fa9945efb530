#pragma once

#include "core/base/error.h"
#include "core/pdf/importeddocument.h"
#include "core/store/documentrecord.h"
#include "core/store/transaction.h"

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
    /// How long a write waits for another program's write to finish before it fails (10 s unless set).
    void setBusyTimeout(int milliseconds);
    sqlite3* handle() const { return m_db; }

    enum class AddStatus { Added, Replaced, Unchanged };
    struct AddOutcome {
        AddStatus status = AddStatus::Added;
        qint64 id = 0;
    };
    enum class AddMode {
        SkipKnownContent, ///< the same content (SHA-256) already present adds nothing
        Reread,           ///< a document with the same path or content is read again and replaced
    };
    /// Stores a document in one transaction: a failure leaves the library exactly as it was.
    /// A changed file at a known path replaces the old document; the user's tags and collections move to
    /// the new one inside the same transaction (annotations through the import hook).
    [[nodiscard]] Result<AddOutcome> addDocument(const pdf::ImportedDocument& doc,
                                                 AddMode mode = AddMode::SkipKnownContent);
    /// Runs inside addDocument's transaction once a new or replacing document is stored (its id given);
    /// a failure rolls the whole import back. Used to re-attach the user's annotations.
    using ImportHook = std::function<Result<void>(qint64 docId)>;
    void setImportHook(ImportHook hook) { m_importHook = std::move(hook); }
    /// A document with this content, if the library has one.
    std::optional<qint64> findBySha256(const QString& sha256) const;
    /// The stored document for a path, if any (path compared canonically).
    std::optional<DocumentRecord> findByPath(const QString& path) const;

    [[nodiscard]] Result<QList<DocumentRecord>> documents() const;
    std::optional<DocumentRecord> document(qint64 id) const;
    /// Resolves what a user typed: a numeric id or a file path.
    std::optional<DocumentRecord> resolve(const QString& idOrPath) const;
    [[nodiscard]] Result<QList<PageRecord>> pages(qint64 docId) const;
    /// Passages of a document in reading order; page < 1 means all pages.
    [[nodiscard]] Result<QList<text::Passage>> passages(qint64 docId, int page = 0) const;

    [[nodiscard]] Result<void> removeDocument(qint64 id);

    /// The policy facts of a document as stored at import: {"dates", "money", "outline", "strategy",
    /// "countries"} arrays in the form `extract --json` prints; nullopt when they were never read (a library
    /// from before facts, or an older extractor).
    [[nodiscard]] Result<std::optional<QJsonObject>> facts(qint64 docId) const;
    /// Reads a document's facts again from its stored passages and stores them, in one transaction.
    [[nodiscard]] Result<QJsonObject> refreshFacts(qint64 docId);
    /// Reads a document's facts from its stored passages without storing them (a read path never writes).
    [[nodiscard]] Result<QJsonObject> readFacts(qint64 docId) const;
    /// Stores facts again for every document whose stored facts are missing or from an older extractor;
    /// how many were refreshed.
    [[nodiscard]] Result<int> refreshStaleFacts();

    /// Two spellings a document of the library says are the same (see facts::AliasFact), where it says so.
    struct LibraryAlias {
        QString term;
        QString alias;
        qint64 docId = 0;
        QString path;
        int page = 0;
    };
    /// The aliases whose term or alias has this facts::aliasKey, in document and page order (at most 40).
    [[nodiscard]] Result<QList<LibraryAlias>> aliasesFor(const QString& key) const;

    /// Line boxes as stored with each passage: [[x0, y0, x1, y1], ...] in PDF points.
    static QList<QRectF> boxesFromJson(const QString& json);

    /// Merges the passage index into one b-tree when the passages just added are a quarter or more of the
    /// library, so the cost stays in proportion to the import (FTS5 otherwise keeps a dozen segments, and
    /// every search seeks each of them: about twice the latency on 100k pages, bench/search). True if it
    /// merged. One statement, so a kill leaves the index as it was.
    [[nodiscard]] Result<bool> compactIndexAfter(qint64 passagesAdded);

    /// Runs a statement with no result; for pragmas and maintenance.
    [[nodiscard]] Result<void> exec(const char* sql);
    /// Starts a write transaction on this connection (rolled back unless committed).
    [[nodiscard]] Result<Transaction> transaction() { return Transaction::begin(m_db, m_path); }

private:
    Library(sqlite3* db, QString path);
    Result<void> deleteDocumentRows(qint64 id);
    /// Gives a replacing document the tags and collections of the one it replaces.
    Result<void> carryUserOrder(qint64 fromId, qint64 toId);
    Result<QJsonObject> writeFacts(qint64 docId);
    sqlite3* m_db;
    QString m_path;
    ImportHook m_importHook;
};

} // namespace pl::store
