#include "core/store/catalog.h"

#include "core/store/library.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

namespace pl::store {

namespace {

QString normalisedName(const QString& name) {
    return name.simplified().normalized(QString::NormalizationForm_C);
}

} // namespace

Catalog::Catalog(const Library& library) : m_library(library) {}

Result<QHash<qint64, QStringList>> Catalog::countriesByDocument() const {
    // facts_version 0 means facts were never read: nothing to show rather than stale rows.
    Statement st(m_library.handle(),
                 "SELECT f.doc_id, json_extract(f.payload, '$.country'), "
                 "json_array_length(f.payload, '$.passages') AS n FROM facts f "
                 "JOIN documents d ON d.id = f.doc_id "
                 "WHERE f.kind = 'countries' AND d.facts_version > 0 ORDER BY f.doc_id, n DESC, f.seq");
    return collectRows<QHash<qint64, QStringList>>(st, m_library.path(),
                                                   [](QHash<qint64, QStringList>& out, const Statement& st) {
                                                       const QString country = st.text(1);
                                                       if (!country.isEmpty())
                                                           out[st.int64(0)].append(country);
                                                   });
}

Result<QHash<qint64, QStringList>> Catalog::tagsByDocument() const {
    Statement st(m_library.handle(), "SELECT doc_id, tag FROM document_tags ORDER BY doc_id, tag");
    return collectRows<QHash<qint64, QStringList>>(
        st, m_library.path(),
        [](QHash<qint64, QStringList>& out, const Statement& st) { out[st.int64(0)].append(st.text(1)); });
}

Result<QStringList> Catalog::allTags() const {
    Statement st(m_library.handle(), "SELECT DISTINCT tag FROM document_tags ORDER BY tag");
    return collectRows<QStringList>(st, m_library.path(),
                                    [](QStringList& out, const Statement& st) { out.append(st.text(0)); });
}

Result<void> Catalog::setTags(qint64 docId, const QStringList& tags) {
    auto tx = Transaction::begin(m_library.handle(), m_library.path());
    if (!tx)
        return std::unexpected(tx.error());
    auto rollback = [&tx](const QString& message) -> Result<void> { return tx->failure(message); };
    Statement clear(m_library.handle(), "DELETE FROM document_tags WHERE doc_id = ?1");
    clear.bind(1, docId);
    if (!clear.exec())
        return rollback(clear.error());
    Statement ins(m_library.handle(), "INSERT OR IGNORE INTO document_tags(doc_id, tag) VALUES(?1, ?2)");
    for (const QString& tag : tags) {
        const QString name = normalisedName(tag);
        if (name.isEmpty())
            continue;
        ins.reset();
        ins.bind(1, docId).bind(2, name);
        if (!ins.exec())
            return rollback(ins.error());
    }
    return tx->commit();
}

Result<QList<Catalog::Collection>> Catalog::collections() const {
    Statement st(
        m_library.handle(),
        "SELECT c.id, c.name, (SELECT count(*) FROM collection_documents m WHERE m.collection_id = c.id) "
        "FROM collections c ORDER BY c.name");
    return collectRows<QList<Collection>>(st, m_library.path(),
                                          [](QList<Collection>& out, const Statement& st) {
                                              out.append({st.int64(0), st.text(1), st.integer(2)});
                                          });
}

Result<qint64> Catalog::createCollection(const QString& name) {
    const QString clean = normalisedName(name);
    if (clean.isEmpty())
        return fail(Error::Kind::Usage, QStringLiteral("a collection needs a name"));
    Statement find(m_library.handle(), "SELECT id FROM collections WHERE name = ?1");
    find.bind(1, clean);
    if (find.next())
        return find.int64(0);
    if (auto ok = find.status(m_library.path()); !ok)
        return std::unexpected(ok.error());
    Statement ins(m_library.handle(), "INSERT INTO collections(name) VALUES(?1) RETURNING id");
    ins.bind(1, clean);
    if (!ins.next())
        return fail(Error::Kind::Database, ins.error(), m_library.path());
    return ins.int64(0);
}

Result<void> Catalog::removeCollection(qint64 collectionId) {
    Statement del(m_library.handle(), "DELETE FROM collections WHERE id = ?1");
    del.bind(1, collectionId);
    if (!del.exec())
        return fail(Error::Kind::Database, del.error(), m_library.path());
    return {};
}

Result<void> Catalog::addToCollection(qint64 collectionId, qint64 docId) {
    Statement ins(m_library.handle(),
                  "INSERT OR IGNORE INTO collection_documents(collection_id, doc_id) VALUES(?1, ?2)");
    ins.bind(1, collectionId).bind(2, docId);
    if (!ins.exec())
        return fail(Error::Kind::Database, ins.error(), m_library.path());
    return {};
}

Result<void> Catalog::removeFromCollection(qint64 collectionId, qint64 docId) {
    Statement del(m_library.handle(),
                  "DELETE FROM collection_documents WHERE collection_id = ?1 AND doc_id = ?2");
    del.bind(1, collectionId).bind(2, docId);
    if (!del.exec())
        return fail(Error::Kind::Database, del.error(), m_library.path());
    return {};
}

Result<QSet<qint64>> Catalog::documentsIn(qint64 collectionId) const {
    Statement st(m_library.handle(), "SELECT doc_id FROM collection_documents WHERE collection_id = ?1");
    st.bind(1, collectionId);
    return collectRows<QSet<qint64>>(st, m_library.path(),
                                     [](QSet<qint64>& out, const Statement& st) { out.insert(st.int64(0)); });
}

Result<QList<qint64>> Catalog::collectionsOf(qint64 docId) const {
    Statement st(m_library.handle(), "SELECT collection_id FROM collection_documents WHERE doc_id = ?1");
    st.bind(1, docId);
    return collectRows<QList<qint64>>(
        st, m_library.path(), [](QList<qint64>& out, const Statement& st) { out.append(st.int64(0)); });
}

Result<QList<PageRecord>> Catalog::pageLayout(qint64 docId) const {
    Statement st(
        m_library.handle(),
        "SELECT page_no, width, height, no_text, needs_ocr FROM pages WHERE doc_id = ?1 ORDER BY page_no");
    st.bind(1, docId);
    return collectRows<QList<PageRecord>>(st, m_library.path(),
                                          [](QList<PageRecord>& out, const Statement& st) {
                                              out.append({st.integer(0), st.real(1), st.real(2), QString(),
                                                          st.integer(3) != 0, st.integer(4) != 0});
                                          });
}

// SQLite reads the few JSON fields needed: a long report has thousands of facts, and the reader opens it
// on the GUI thread.
Result<QList<Catalog::FactBox>> Catalog::factBoxes(qint64 docId) const {
    Statement st(m_library.handle(),
                 "SELECT kind, page_no, x0, y0, x1, y1, "
                 "coalesce(json_extract(payload, '$.text'), json_extract(payload, '$.title'), '') FROM facts "
                 "WHERE doc_id = ?1 AND kind IN ('dates', 'money', 'outline') AND page_no IS NOT NULL "
                 "AND x0 IS NOT NULL ORDER BY page_no, y0, x0");
    st.bind(1, docId);
    return collectRows<QList<FactBox>>(st, m_library.path(), [](QList<FactBox>& out, const Statement& st) {
        out.append({st.text(0), st.integer(1),
                    QRectF(QPointF(st.real(2), st.real(3)), QPointF(st.real(4), st.real(5))), st.text(6)});
    });
}

Result<QList<Catalog::OutlineEntry>> Catalog::outline(qint64 docId) const {
    Statement st(m_library.handle(),
                 "SELECT coalesce(json_extract(f.payload, '$.title'), ''), "
                 "coalesce(json_extract(f.payload, '$.numbering'), ''), "
                 "coalesce(json_extract(f.payload, '$.level'), 0), f.page_no, f.x0, f.y0, f.x1, f.y1 "
                 "FROM facts f JOIN documents d ON d.id = f.doc_id "
                 "WHERE f.doc_id = ?1 AND f.kind = 'outline' AND d.facts_version > 0 ORDER BY f.seq");
    st.bind(1, docId);
    return collectRows<QList<OutlineEntry>>(
        st, m_library.path(), [](QList<OutlineEntry>& out, const Statement& st) {
            QString title = st.text(0);
            const QString numbering = st.text(1);
            if (!numbering.isEmpty() && !title.startsWith(numbering))
                title = numbering + QLatin1Char(' ') + title;
            QRectF box;
            if (!st.isNull(4))
                box = QRectF(QPointF(st.real(4), st.real(5)), QPointF(st.real(6), st.real(7)));
            out.append({title, st.integer(2), st.isNull(3) ? 1 : st.integer(3), box});
        });
}

} // namespace pl::store
