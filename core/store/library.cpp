#include "core/store/library.h"

#include "core/facts/aliasminer.h"
#include "core/facts/datescanner.h"

#include "core/facts/documentcontext.h"
#include "core/facts/factsjson.h"

#include "core/store/fts5ranking.h"
#include "core/store/fts5tokenizer.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "pl.store")

namespace pl::store {

namespace {

/// The date shown for a document. A date printed on its first page stands. A date from the PDF's metadata
/// is when the file was made, which can be years after the text (a press release converted later): when
/// the text itself dates the document to an earlier year (a release date, precise dates on its first
/// pages), that year is shown instead.
QString documentDate(const pdf::ImportedDocument& doc) {
    if (doc.datePrinted || doc.date.size() < 4)
        return doc.date;
    const int metadataYear = doc.date.left(4).toInt();
    const int textYear = facts::detail::DateScanner::documentYear(
        doc.passages, QDate::fromString(doc.date.left(10), Qt::ISODate));
    return textYear > 1900 && textYear < metadataYear ? QString::number(textYear) : doc.date;
}

QString boxesToJson(const QList<QRectF>& boxes) {
    QJsonArray arr;
    for (const QRectF& b : boxes)
        arr.append(QJsonArray{qRound(b.left() * 10) / 10.0, qRound(b.top() * 10) / 10.0,
                              qRound(b.right() * 10) / 10.0, qRound(b.bottom() * 10) / 10.0});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

} // namespace

QList<QRectF> Library::boxesFromJson(const QString& json) {
    QList<QRectF> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : arr) {
        const QJsonArray b = v.toArray();
        if (b.size() == 4)
            out.append(
                QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble())));
    }
    return out;
}

namespace {

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.path, d.file_name, d.sha256, d.file_size, d.title, d.issuer, d.doc_date, d.producer, "
    "d.page_count, d.encrypted, d.needs_ocr, d.no_text, d.imported_at, "
    "(SELECT count(*) FROM passages p WHERE p.doc_id = d.id) FROM documents d ";

DocumentRecord readDocument(const Statement& st) {
    DocumentRecord r;
    r.id = st.int64(0);
    r.path = st.text(1);
    r.fileName = st.text(2);
    r.sha256 = st.text(3);
    r.fileSize = st.int64(4);
    r.title = st.text(5);
    r.issuer = st.text(6);
    r.date = st.text(7);
    r.producer = st.text(8);
    r.pageCount = st.integer(9);
    r.encrypted = st.integer(10) != 0;
    r.needsOcr = st.integer(11) != 0;
    r.noText = st.integer(12) != 0;
    r.importedAt = st.text(13);
    r.passageCount = st.integer(14);
    return r;
}

} // namespace

Library::Library(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

Library::~Library() {
    sqlite3_close_v2(m_db);
}

QString Library::defaultPath() {
    // Not AppDataLocation: it depends on the organisation name, which the window sets (for its settings) and
    // the CLI does not, and both must open the same library.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/policylens/library.policylens");
}

QString Library::resolvePath(const QString& explicitPath) {
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("POLICYLENS_LIBRARY");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

Result<std::unique_ptr<Library>> Library::open(const QString& path) {
    const QFileInfo fi(path);
    if (!fi.absoluteDir().exists() && !QDir().mkpath(fi.absolutePath()))
        return fail(Error::Kind::Io, QStringLiteral("cannot create the library folder"), fi.absolutePath());
    if (fi.exists() && fi.isDir())
        return fail(Error::Kind::Io, QStringLiteral("library path is a folder, not a file"), path);
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(fi.absoluteFilePath()).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(Error::Kind::Database, QStringLiteral("cannot open library: %1").arg(msg), path);
    }
    std::unique_ptr<Library> lib(new Library(db, fi.absoluteFilePath()));
    sqlite3_busy_timeout(db, 10000);
    sqlite3_extended_result_codes(db, 1);
    if (!registerKoreanTokenizer(db) || !registerMatchWeight(db))
        return fail(Error::Kind::Database, QStringLiteral("SQLite has no FTS5 support"), path);
    {
        Statement check(db, "SELECT count(*) FROM sqlite_schema");
        if (!check.ok() || !check.next())
            return fail(Error::Kind::Database,
                        QStringLiteral("not a PolicyLens library (%1)").arg(check.error()), path);
    }
    // No memory map (PRAGMA mmap_size): it saves a search some read() calls, but every index page a search
    // touches then counts in the process's resident memory (1.3 GB after the bench's queries on a 100k-page
    // library, against 26 MB without; bench/RESULTS.md).
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        Statement st(db, pragma);
        if (!st.exec()) {
            // A read-only library cannot switch to WAL; it is still readable, so that alone is not fatal.
            const bool readOnly = sqlite3_db_readonly(db, "main") == 1;
            if (!(readOnly && std::string_view(pragma).find("journal_mode") != std::string_view::npos))
                return fail(Error::Kind::Database,
                            QStringLiteral("cannot configure library: %1").arg(st.error()), path);
        }
    }
    if (auto ok = migrate(db, path); !ok)
        return std::unexpected(ok.error());
    return lib;
}

void Library::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_db, milliseconds);
}

Result<bool> Library::compactIndexAfter(qint64 passagesAdded) {
    if (passagesAdded <= 0)
        return false;
    Statement st(m_db, "SELECT segid FROM passage_index_idx GROUP BY segid LIMIT 2");
    int segments = 0;
    while (st.next())
        ++segments;
    if (segments < 2)
        return false;
    Statement total(m_db, "SELECT max(id) FROM passages");
    if (!total.ok() || !total.next() || passagesAdded * 4 < total.int64(0))
        return false;
    auto done = exec("INSERT INTO passage_index(passage_index) VALUES('optimize')");
    if (!done)
        return std::unexpected(done.error());
    return true;
}

Result<void> Library::exec(const char* sql) {
    return execSql(m_db, sql, m_path);
}

std::optional<qint64> Library::findBySha256(const QString& sha256) const {
    Statement st(m_db, "SELECT id FROM documents WHERE sha256 = ?1 LIMIT 1");
    st.bind(1, sha256);
    if (st.next())
        return st.int64(0);
    return std::nullopt;
}

std::optional<DocumentRecord> Library::findByPath(const QString& path) const {
    const QFileInfo fi(path);
    const QString canonical = fi.exists() ? fi.canonicalFilePath() : fi.absoluteFilePath();
    Statement st(m_db, (QByteArray(kDocumentColumns) + "WHERE d.path = ?1").constData());
    st.bind(1, canonical);
    if (st.next())
        return readDocument(st);
    return std::nullopt;
}

Result<Library::AddOutcome> Library::addDocument(const pdf::ImportedDocument& doc, AddMode mode) {
    std::optional<qint64> sameContent = findBySha256(doc.sha256);
    if (sameContent && mode == AddMode::SkipKnownContent)
        return AddOutcome{AddStatus::Unchanged, *sameContent};
    auto tx = transaction();
    if (!tx)
        return std::unexpected(tx.error());
    auto failed = [&](const QString& what) -> Result<AddOutcome> {
        return fail(Error::Kind::Database, what, doc.path);
    };
    AddStatus status = AddStatus::Added;
    std::optional<qint64> oldId;
    {
        Statement old(m_db, "SELECT id FROM documents WHERE path = ?1");
        old.bind(1, doc.path);
        if (old.next())
            oldId = old.int64(0);
        else if (auto ok = old.status(doc.path); !ok)
            return std::unexpected(ok.error());
    }
    if (!oldId && mode == AddMode::Reread)
        oldId = sameContent;
    Statement ins(
        m_db,
        "INSERT INTO documents(path, file_name, sha256, file_size, file_mtime, title, issuer, doc_date, "
        "producer, page_count, encrypted, needs_ocr, no_text) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    // The old document goes only once the new row can be written; its path is unique, so it must go first.
    if (oldId) {
        status = AddStatus::Replaced;
        Statement park(m_db, "UPDATE documents SET path = path || char(10) || 'replaced' WHERE id = ?1");
        park.bind(1, *oldId);
        if (!park.exec())
            return failed(QStringLiteral("cannot replace document: %1").arg(park.error()));
    }
    ins.bind(1, doc.path)
        .bind(2, doc.fileName)
        .bind(3, doc.sha256)
        .bind(4, doc.fileSize)
        .bind(5, doc.fileModified.toString(Qt::ISODate))
        .bind(6, doc.title)
        .bind(7, doc.issuer)
        .bind(8, documentDate(doc))
        .bind(9, doc.producer)
        .bind(10, int(doc.pages.size()))
        .bind(11, doc.encrypted)
        .bind(12, doc.needsOcr())
        .bind(13, doc.noText());
    if (!ins.exec())
        return failed(QStringLiteral("cannot store document: %1").arg(ins.error()));
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    if (oldId) {
        if (auto ok = carryUserOrder(*oldId, id); !ok)
            return failed(ok.error().message);
        if (auto ok = deleteDocumentRows(*oldId); !ok)
            return failed(ok.error().message);
    }

    Statement page(m_db, "INSERT INTO pages(doc_id, page_no, width, height, text, no_text, needs_ocr) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const pdf::ImportedPage& p : doc.pages) {
        page.reset();
        page.bind(1, id)
            .bind(2, p.number)
            .bind(3, p.width)
            .bind(4, p.height)
            .bind(5, p.text)
            .bind(6, p.noText)
            .bind(7, p.needsOcr);
        if (!page.exec())
            return failed(QStringLiteral("cannot store page %1: %2").arg(p.number).arg(page.error()));
    }
    Statement passage(m_db,
                      "INSERT INTO passages(doc_id, page_no, seq, kind, bullet, level, text, x0, y0, x1, y1, "
                      "line_boxes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    Statement index(m_db, "INSERT INTO passage_index(rowid, text) VALUES(?1, ?2)");
    int seq = 0;
    for (const text::Passage& p : doc.passages) {
        passage.reset();
        passage.bind(1, id)
            .bind(2, p.page)
            .bind(3, seq++)
            .bind(4, text::passageKindName(p.kind))
            .bind(5, p.bullet)
            .bind(6, p.level)
            .bind(7, p.text)
            .bind(8, p.box.left())
            .bind(9, p.box.top())
            .bind(10, p.box.right())
            .bind(11, p.box.bottom())
            .bind(12, boxesToJson(p.lineBoxes));
        if (!passage.exec())
            return failed(QStringLiteral("cannot store passage: %1").arg(passage.error()));
        index.reset();
        index.bind(1, sqlite3_last_insert_rowid(m_db)).bind(2, p.text);
        if (!index.exec())
            return failed(QStringLiteral("cannot index passage: %1").arg(index.error()));
    }
    // Facts are read from the passages exactly as stored, so that a later refresh gives the same result.
    if (auto ok = writeFacts(id); !ok)
        return failed(ok.error().message);
    if (m_importHook)
        if (auto ok = m_importHook(id); !ok)
            return failed(ok.error().message);
    if (auto ok = tx->commit(); !ok)
        return failed(ok.error().message);
    return AddOutcome{status, id};
}

Result<void> Library::carryUserOrder(qint64 fromId, qint64 toId) {
    Statement tags(m_db, "INSERT OR IGNORE INTO document_tags(doc_id, tag) "
                         "SELECT ?2, tag FROM document_tags WHERE doc_id = ?1");
    tags.bind(1, fromId).bind(2, toId);
    if (!tags.exec())
        return fail(Error::Kind::Database, QStringLiteral("cannot keep the tags: %1").arg(tags.error()),
                    m_path);
    Statement collections(m_db, "INSERT OR IGNORE INTO collection_documents(collection_id, doc_id) "
                                "SELECT collection_id, ?2 FROM collection_documents WHERE doc_id = ?1");
    collections.bind(1, fromId).bind(2, toId);
    if (!collections.exec())
        return fail(Error::Kind::Database,
                    QStringLiteral("cannot keep the collections: %1").arg(collections.error()), m_path);
    return {};
}

Result<void> Library::deleteDocumentRows(qint64 id) {
    // The index holds copies of the passage text; remove them before the passages go.
    Statement unindex(m_db, "INSERT INTO passage_index(passage_index, rowid, text) "
                            "SELECT 'delete', id, text FROM passages WHERE doc_id = ?1");
    unindex.bind(1, id);
    if (!unindex.exec())
        return fail(Error::Kind::Database, unindex.error(), m_path);
    Statement del(m_db, "DELETE FROM documents WHERE id = ?1");
    del.bind(1, id);
    if (!del.exec())
        return fail(Error::Kind::Database, del.error(), m_path);
    return {};
}

Result<void> Library::removeDocument(qint64 id) {
    if (!document(id))
        return fail(Error::Kind::NotFound, QStringLiteral("no document with id %1").arg(id), m_path);
    auto tx = transaction();
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = deleteDocumentRows(id); !ok)
        return ok;
    return tx->commit();
}

Result<QList<DocumentRecord>> Library::documents() const {
    Statement st(m_db, (QByteArray(kDocumentColumns) + "ORDER BY d.id").constData());
    return collectRows<QList<DocumentRecord>>(
        st, m_path, [](QList<DocumentRecord>& out, const Statement& row) { out.append(readDocument(row)); });
}

std::optional<DocumentRecord> Library::document(qint64 id) const {
    Statement st(m_db, (QByteArray(kDocumentColumns) + "WHERE d.id = ?1").constData());
    st.bind(1, id);
    if (st.next())
        return readDocument(st);
    return std::nullopt;
}

std::optional<DocumentRecord> Library::resolve(const QString& idOrPath) const {
    bool numeric = false;
    const qint64 id = idOrPath.toLongLong(&numeric);
    if (numeric && !QFileInfo::exists(idOrPath))
        return document(id);
    return findByPath(idOrPath);
}

Result<QList<PageRecord>> Library::pages(qint64 docId) const {
    Statement st(m_db, "SELECT page_no, width, height, text, no_text, needs_ocr FROM pages WHERE doc_id = ?1 "
                       "ORDER BY page_no");
    st.bind(1, docId);
    return collectRows<QList<PageRecord>>(st, m_path, [](QList<PageRecord>& out, const Statement& row) {
        out.append({row.integer(0), row.real(1), row.real(2), row.text(3), row.integer(4) != 0,
                    row.integer(5) != 0});
    });
}

Result<QList<text::Passage>> Library::passages(qint64 docId, int page) const {
    Statement st(m_db, "SELECT page_no, kind, bullet, level, text, x0, y0, x1, y1, line_boxes FROM passages "
                       "WHERE doc_id = ?1 AND (?2 < 1 OR page_no = ?2) ORDER BY seq");
    st.bind(1, docId).bind(2, page);
    return collectRows<QList<text::Passage>>(st, m_path, [](QList<text::Passage>& out, const Statement& st) {
        text::Passage p;
        p.page = st.integer(0);
        p.kind = text::passageKindFromName(st.text(1));
        p.bullet = st.text(2);
        p.level = st.integer(3);
        p.text = st.text(4);
        p.box = QRectF(QPointF(st.real(5), st.real(6)), QPointF(st.real(7), st.real(8)));
        p.lineBoxes = boxesFromJson(st.text(9));
        out.append(p);
    });
}

namespace {

// Bump when the extractors change what they read, so that stored facts are read again.
constexpr int kFactsVersion = 3; // 2: amounts and dates carry their kind; 3: aliases

const char* const kFactKinds[] = {"dates", "money", "outline", "strategy", "countries", "aliases"};

} // namespace

Result<QJsonObject> Library::readFacts(qint64 docId) const {
    const std::optional<DocumentRecord> d = document(docId);
    if (!d)
        return fail(Error::Kind::Database, QStringLiteral("no document %1").arg(docId), m_path);
    const auto stored = passages(docId);
    if (!stored)
        return std::unexpected(stored.error());
    const facts::DocumentFacts f = facts::extractFacts(*stored, facts::documentContextFor(d->date, d->title));
    return QJsonObject{{QStringLiteral("dates"), facts::datesJson(f.dates)},
                       {QStringLiteral("money"), facts::moneyJson(f.money)},
                       {QStringLiteral("outline"), facts::outlineJson(f.outline)},
                       {QStringLiteral("strategy"), facts::strategyJson(f.strategy)},
                       {QStringLiteral("countries"), facts::countriesJson(f.countries)},
                       {QStringLiteral("aliases"), facts::aliasesJson(f.aliases)}};
}

Result<int> Library::refreshStaleFacts() {
    Statement stale(m_db, "SELECT id FROM documents WHERE facts_version != ?1 ORDER BY id");
    stale.bind(1, kFactsVersion);
    const auto ids = collectRows<QList<qint64>>(
        stale, m_path, [](QList<qint64>& out, const Statement& row) { out.append(row.int64(0)); });
    if (!ids)
        return std::unexpected(ids.error());
    for (qint64 id : *ids)
        if (auto ok = refreshFacts(id); !ok)
            return std::unexpected(ok.error());
    return int(ids->size());
}

Result<QJsonObject> Library::writeFacts(qint64 docId) {
    const auto read = readFacts(docId);
    if (!read)
        return read;
    const QJsonObject& all = *read;
    Statement clear(m_db, "DELETE FROM facts WHERE doc_id = ?1");
    clear.bind(1, docId);
    if (!clear.exec())
        return fail(Error::Kind::Database, clear.error(), m_path);
    Statement ins(m_db, "INSERT INTO facts(doc_id, kind, seq, page_no, x0, y0, x1, y1, passage_seq, payload) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const char* kind : kFactKinds) {
        const QJsonArray items = all.value(QLatin1String(kind)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject o = items.at(i).toObject();
            ins.reset();
            ins.bind(1, docId).bind(2, QString::fromLatin1(kind)).bind(3, int(i));
            if (o.contains(QStringLiteral("page")))
                ins.bind(4, o.value(QStringLiteral("page")).toInt());
            else
                ins.bindNull(4);
            const QJsonArray box = o.value(QStringLiteral("box")).toArray();
            for (int k = 0; k < 4; ++k) {
                if (box.size() == 4)
                    ins.bind(5 + k, box.at(k).toDouble());
                else
                    ins.bindNull(5 + k);
            }
            if (o.contains(QStringLiteral("passage")))
                ins.bind(9, o.value(QStringLiteral("passage")).toInt());
            else
                ins.bindNull(9);
            ins.bind(10, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            if (!ins.exec())
                return fail(Error::Kind::Database, QStringLiteral("cannot store facts: %1").arg(ins.error()),
                            m_path);
        }
    }
    // The aliases again in their own table, keyed both ways, for the searcher to look up.
    Statement clearAliases(m_db, "DELETE FROM aliases WHERE doc_id = ?1");
    clearAliases.bind(1, docId);
    if (!clearAliases.exec())
        return fail(Error::Kind::Database, clearAliases.error(), m_path);
    Statement alias(m_db,
                    "INSERT INTO aliases(doc_id, page_no, passage_seq, term, alias, term_key, alias_key) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const QJsonValue& v : all.value(QStringLiteral("aliases")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString term = o.value(QStringLiteral("term")).toString();
        const QString other = o.value(QStringLiteral("alias")).toString();
        alias.reset();
        alias.bind(1, docId)
            .bind(2, o.value(QStringLiteral("page")).toInt())
            .bind(3, o.value(QStringLiteral("passage")).toInt())
            .bind(4, term)
            .bind(5, other)
            .bind(6, facts::aliasKey(term))
            .bind(7, facts::aliasKey(other));
        if (!alias.exec())
            return fail(Error::Kind::Database, QStringLiteral("cannot store aliases: %1").arg(alias.error()),
                        m_path);
    }
    Statement mark(m_db, "UPDATE documents SET facts_version = ?2 WHERE id = ?1");
    mark.bind(1, docId).bind(2, kFactsVersion);
    if (!mark.exec())
        return fail(Error::Kind::Database, mark.error(), m_path);
    return all;
}

Result<QJsonObject> Library::refreshFacts(qint64 docId) {
    auto tx = transaction();
    if (!tx)
        return std::unexpected(tx.error());
    auto written = writeFacts(docId);
    if (!written)
        return written;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<std::optional<QJsonObject>> Library::facts(qint64 docId) const {
    Statement version(m_db, "SELECT facts_version FROM documents WHERE id = ?1");
    version.bind(1, docId);
    if (!version.next()) {
        if (auto ok = version.status(m_path); !ok)
            return std::unexpected(ok.error());
        return std::nullopt;
    }
    if (version.integer(0) != kFactsVersion)
        return std::nullopt;
    QHash<QString, QJsonArray> arrays;
    Statement st(m_db, "SELECT kind, payload FROM facts WHERE doc_id = ?1 ORDER BY kind, seq");
    st.bind(1, docId);
    while (st.next())
        arrays[st.text(0)].append(QJsonDocument::fromJson(st.text(1).toUtf8()).object());
    if (auto ok = st.status(m_path); !ok)
        return std::unexpected(ok.error());
    QJsonObject all;
    for (const char* kind : kFactKinds)
        all[QLatin1String(kind)] = arrays.value(QString::fromLatin1(kind));
    return all;
}

Result<QList<Library::LibraryAlias>> Library::aliasesFor(const QString& key) const {
    Statement st(m_db, "SELECT a.term, a.alias, a.doc_id, d.path, a.page_no FROM aliases a "
                       "JOIN documents d ON d.id = a.doc_id WHERE a.term_key = ?1 "
                       "UNION ALL SELECT a.term, a.alias, a.doc_id, d.path, a.page_no FROM aliases a "
                       "JOIN documents d ON d.id = a.doc_id WHERE a.alias_key = ?1 "
                       "ORDER BY 3, 5 LIMIT 40");
    st.bind(1, key);
    return collectRows<QList<LibraryAlias>>(st, m_path, [](QList<LibraryAlias>& out, const Statement& row) {
        out.append({row.text(0), row.text(1), row.int64(2), row.text(3), row.integer(4)});
    });
}

} // namespace pl::store
