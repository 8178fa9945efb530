#include "core/store/catalog.h"

#include "core/store/library.h"
#include "core/store/statement.h"

namespace pl::store {

namespace {

QString normalisedName(const QString& name) {
    return name.simplified().normalized(QString::NormalizationForm_C);
}

} // namespace

Catalog::Catalog(const Library& library) : m_library(library) {}

Result<void> Catalog::run(const char* sql) const {
    Statement st(m_library.handle(), sql);
    if (!st.exec())
        return fail(Error::Kind::Database, st.error(), m_library.path());
    return {};
}

QHash<qint64, QStringList> Catalog::countriesByDocument() const {
    QHash<qint64, QStringList> out;
    // facts_version 0 means facts were never read: nothing to show rather than stale rows.
    Statement st(m_library.handle(),
                 "SELECT f.doc_id, json_extract(f.payload, '$.country'), "
                 "json_array_length(f.payload, '$.passages') AS n FROM facts f "
                 "JOIN documents d ON d.id = f.doc_id "
                 "WHERE f.kind = 'countries' AND d.facts_version > 0 ORDER BY f.doc_id, n DESC, f.seq");
    while (st.next()) {
        const QString country = st.text(1);
        if (!country.isEmpty())
            out[st.int64(0)].append(country);
    }
    return out;
}

QHash<qint64, QStringList> Catalog::tagsByDocument() const {
    QHash<qint64, QStringList> out;
    Statement st(m_library.handle(), "SELECT doc_id, tag FROM document_tags ORDER BY doc_id, tag");
    while (st.next())
        out[st.int64(0)].append(st.text(1));
    return out;
}

QStringList Catalog::allTags() const {
    QStringList out;
    Statement st(m_library.handle(), "SELECT DISTINCT tag FROM document_tags ORDER BY tag");
    while (st.next())
        out.append(st.text(0));
    return out;
}

Result<void> Catalog::setTags(qint64 docId, const QStringList& tags) {
    if (auto ok = run("BEGIN IMMEDIATE"); !ok)
        return ok;
    auto rollback = [this](const QString& message) -> Result<void> {
        run("ROLLBACK");
        return fail(Error::Kind::Database, message, m_library.path());
    };
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
    if (auto ok = run("COMMIT"); !ok) {
        run("ROLLBACK");
        return ok;
    }
    return {};
}

QList<Catalog::Collection> Catalog::collections() const {
    QList<Collection> out;
    Statement st(
        m_library.handle(),
        "SELECT c.id, c.name, (SELECT count(*) FROM collection_documents m WHERE m.collection_id = c.id) "
        "FROM collections c ORDER BY c.name");
    while (st.next())
        out.append({st.int64(0), st.text(1), st.integer(2)});
    return out;
}

Result<qint64> Catalog::createCollection(const QString& name) {
    const QString clean = normalisedName(name);
    if (clean.isEmpty())
        return fail(Error::Kind::Usage, QStringLiteral("a collection needs a name"));
    Statement find(m_library.handle(), "SELECT id FROM collections WHERE name = ?1");
    find.bind(1, clean);
    if (find.next())
        return find.int64(0);
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

QSet<qint64> Catalog::documentsIn(qint64 collectionId) const {
    QSet<qint64> out;
    Statement st(m_library.handle(), "SELECT doc_id FROM collection_documents WHERE collection_id = ?1");
    st.bind(1, collectionId);
    while (st.next())
        out.insert(st.int64(0));
    return out;
}

QList<qint64> Catalog::collectionsOf(qint64 docId) const {
    QList<qint64> out;
    Statement st(m_library.handle(), "SELECT collection_id FROM collection_documents WHERE doc_id = ?1");
    st.bind(1, docId);
    while (st.next())
        out.append(st.int64(0));
    return out;
}

QList<PageRecord> Catalog::pageLayout(qint64 docId) const {
    QList<PageRecord> out;
    Statement st(
        m_library.handle(),
        "SELECT page_no, width, height, no_text, needs_ocr FROM pages WHERE doc_id = ?1 ORDER BY page_no");
    st.bind(1, docId);
    while (st.next())
        out.append(
            {st.integer(0), st.real(1), st.real(2), QString(), st.integer(3) != 0, st.integer(4) != 0});
    return out;
}

// SQLite reads the few JSON fields needed: a long report has thousands of facts, and the reader opens it
// on the GUI thread.
QList<Catalog::FactBox> Catalog::factBoxes(qint64 docId) const {
    QList<FactBox> out;
    Statement st(m_library.handle(),
                 "SELECT kind, page_no, x0, y0, x1, y1, "
                 "coalesce(json_extract(payload, '$.text'), json_extract(payload, '$.title'), '') FROM facts "
                 "WHERE doc_id = ?1 AND kind IN ('dates', 'money', 'outline') AND page_no IS NOT NULL "
                 "AND x0 IS NOT NULL ORDER BY page_no, y0, x0");
    st.bind(1, docId);
    while (st.next())
        out.append({st.text(0), st.integer(1),
                    QRectF(QPointF(st.real(2), st.real(3)), QPointF(st.real(4), st.real(5))), st.text(6)});
    return out;
}

QList<Catalog::OutlineEntry> Catalog::outline(qint64 docId) const {
    QList<OutlineEntry> out;
    Statement st(m_library.handle(),
                 "SELECT coalesce(json_extract(f.payload, '$.title'), ''), "
                 "coalesce(json_extract(f.payload, '$.numbering'), ''), "
                 "coalesce(json_extract(f.payload, '$.level'), 0), f.page_no, f.x0, f.y0, f.x1, f.y1 "
                 "FROM facts f JOIN documents d ON d.id = f.doc_id "
                 "WHERE f.doc_id = ?1 AND f.kind = 'outline' AND d.facts_version > 0 ORDER BY f.seq");
    st.bind(1, docId);
    while (st.next()) {
        QString title = st.text(0);
        const QString numbering = st.text(1);
        if (!numbering.isEmpty() && !title.startsWith(numbering))
            title = numbering + QLatin1Char(' ') + title;
        QRectF box;
        if (!st.isNull(4))
            box = QRectF(QPointF(st.real(4), st.real(5)), QPointF(st.real(6), st.real(7)));
        out.append({title, st.integer(2), st.isNull(3) ? 1 : st.integer(3), box});
    }
    return out;
}

} // namespace pl::store
