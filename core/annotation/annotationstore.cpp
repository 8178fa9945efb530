#include "core/annotation/annotationstore.h"

#include "core/annotation/quotelocator.h"
#include "core/store/library.h"
#include "core/store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcAnnotation, "pl.annotation")

namespace pl::annotation {

using store::Statement;

namespace {

constexpr const char* kAnnotationColumns =
    "SELECT id, doc_path, doc_sha256, doc_id, page_no, boxes, quote, color, note, tags, fact, detached, "
    "created_at, modified_at FROM annotations ";

constexpr const char* kCorrectionColumns =
    "SELECT id, doc_path, doc_sha256, doc_id, fact_kind, fact_text, page_no, passage_hash, action, value, "
    "reason, detached, created_at, modified_at FROM fact_corrections ";

QString timeText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString& s) {
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QDateTime now() {
    // Whole milliseconds, as stored, so that a record compares equal to itself read back.
    return timeFrom(timeText(QDateTime::currentDateTimeUtc()));
}

QString compactJson(const QJsonValue& v) {
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString boxesJson(const QList<QRectF>& boxes) {
    QJsonArray arr;
    for (const QRectF& b : boxes)
        arr.append(QJsonArray{qRound(b.left() * 10) / 10.0, qRound(b.top() * 10) / 10.0,
                              qRound(b.right() * 10) / 10.0, qRound(b.bottom() * 10) / 10.0});
    return compactJson(arr);
}

QString tagsJson(const QStringList& tags) {
    QJsonArray arr;
    for (const QString& t : tags)
        arr.append(t);
    return compactJson(arr);
}

QStringList tagsFrom(const QString& json) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

Annotation readAnnotation(const Statement& st) {
    Annotation a;
    a.id = st.int64(0);
    a.document.path = st.text(1);
    a.document.sha256 = st.text(2);
    if (!st.isNull(3))
        a.document.docId = st.int64(3);
    a.page = st.integer(4);
    a.boxes = store::Library::boxesFromJson(st.text(5));
    a.quote = st.text(6);
    a.color = st.text(7);
    a.note = st.text(8);
    a.tags = tagsFrom(st.text(9));
    if (!st.isNull(10))
        a.fact = TypedFact::fromJson(QJsonDocument::fromJson(st.text(10).toUtf8()).object());
    a.detached = st.integer(11) != 0;
    a.created = timeFrom(st.text(12));
    a.modified = timeFrom(st.text(13));
    return a;
}

FactCorrection readCorrection(const Statement& st) {
    FactCorrection c;
    c.id = st.int64(0);
    c.document.path = st.text(1);
    c.document.sha256 = st.text(2);
    if (!st.isNull(3))
        c.document.docId = st.int64(3);
    c.kind =
        st.text(4) == QStringLiteral("amount") ? FactCorrection::Kind::Amount : FactCorrection::Kind::Date;
    c.factText = st.text(5);
    c.page = st.integer(6);
    c.passageHash = st.text(7);
    c.action = st.text(8) == QStringLiteral("reject") ? FactCorrection::Action::Reject
                                                      : FactCorrection::Action::Edit;
    c.value = QJsonDocument::fromJson(st.text(9).toUtf8()).object();
    c.reason = st.text(10);
    c.detached = st.integer(11) != 0;
    c.created = timeFrom(st.text(12));
    c.modified = timeFrom(st.text(13));
    return c;
}

void bindDocId(Statement& st, int index, const std::optional<qint64>& id) {
    if (id)
        st.bind(index, *id);
    else
        st.bindNull(index);
}

} // namespace

AnnotationStore::AnnotationStore(store::Library& library) : m_library(library) {}

Result<void> AnnotationStore::execChecked(Statement& st, const QString& what) {
    if (st.exec())
        return {};
    const QString message = what.isEmpty() ? st.error() : what.arg(st.error());
    return fail(Error::Kind::Database, message, m_library.path());
}

Result<void> AnnotationStore::removeRow(const char* sql, qint64 id) {
    auto tx = m_library.transaction();
    if (!tx)
        return std::unexpected(tx.error());
    Statement del(m_library.handle(), sql);
    del.bind(1, id);
    if (auto ok = execChecked(del); !ok)
        return ok;
    return tx->commit();
}

std::optional<DocumentAnchor> AnnotationStore::anchorOf(qint64 docId) const {
    const auto d = m_library.document(docId);
    if (!d)
        return std::nullopt;
    return DocumentAnchor{d->path, d->sha256, d->id};
}

Result<void> AnnotationStore::fillAnchor(DocumentAnchor& anchor) const {
    if (!anchor.path.isEmpty() && !anchor.sha256.isEmpty()) {
        // A record put back by undo may name a document that was replaced or removed meanwhile: it goes
        // to the document now at its path or with its content, else waits for it.
        // Its page and boxes are those of the version it was read from: when the document under its id is
        // not that version (removed, replaced, or the id reused), it goes in unattached and reconcile() finds
        // its quote again in whatever version is there now.
        if (anchor.docId) {
            const auto current = m_library.document(*anchor.docId);
            if (!current || current->sha256 != anchor.sha256)
                anchor.docId.reset();
        }
        return {};
    }
    if (!anchor.docId)
        return fail(Error::Kind::Usage, QStringLiteral("an annotation needs a document"), m_library.path());
    const auto found = anchorOf(*anchor.docId);
    if (!found)
        return fail(Error::Kind::NotFound, QStringLiteral("no document with id %1").arg(*anchor.docId),
                    m_library.path());
    anchor = *found;
    return {};
}

// ---- Annotations ----------------------------------------------------------------------------------------

Result<Annotation> AnnotationStore::addAnnotation(Annotation a) {
    if (auto ok = fillAnchor(a.document); !ok)
        return std::unexpected(ok.error());
    if (!a.created.isValid())
        a.created = now();
    if (!a.modified.isValid())
        a.modified = a.created;
    auto tx = m_library.transaction();
    if (!tx)
        return std::unexpected(tx.error());
    Statement ins(
        m_library.handle(),
        "INSERT INTO annotations(id, doc_path, doc_sha256, doc_id, page_no, boxes, quote, color, note, "
        "tags, fact, detached, created_at, modified_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (a.id > 0)
        ins.bind(1, a.id);
    else
        ins.bindNull(1);
    ins.bind(2, a.document.path).bind(3, a.document.sha256);
    bindDocId(ins, 4, a.document.docId);
    ins.bind(5, a.page)
        .bind(6, boxesJson(a.boxes))
        .bind(7, a.quote)
        .bind(8, a.color)
        .bind(9, a.note)
        .bind(10, tagsJson(a.tags));
    if (a.fact)
        ins.bind(11, compactJson(a.fact->toJson()));
    else
        ins.bindNull(11);
    ins.bind(12, a.detached).bind(13, timeText(a.created)).bind(14, timeText(a.modified));
    if (auto ok = execChecked(ins, QStringLiteral("cannot store annotation: %1")); !ok)
        return std::unexpected(ok.error());
    const qint64 id = sqlite3_last_insert_rowid(m_library.handle());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    if (!a.document.docId)
        (void)reconcile(); // a record put back for a document that has changed finds its place in it
    if (auto stored = annotation(id))
        return *stored;
    return fail(Error::Kind::Database, QStringLiteral("annotation %1 vanished").arg(id), m_library.path());
}

Result<Annotation> AnnotationStore::updateAnnotation(Annotation a) {
    if (!annotation(a.id))
        return fail(Error::Kind::NotFound, QStringLiteral("no annotation with id %1").arg(a.id),
                    m_library.path());
    if (!a.modified.isValid())
        a.modified = now();
    auto tx = m_library.transaction();
    if (!tx)
        return std::unexpected(tx.error());
    // Only what the user edits: where the annotation stands (document, page, boxes, quote) belongs to the
    // import's re-anchoring, which may have moved it since this copy was read (a dialog was open, an undo).
    Statement up(m_library.handle(), "UPDATE annotations SET color = ?2, note = ?3, tags = ?4, fact = ?5, "
                                     "modified_at = ?6 WHERE id = ?1");
    up.bind(1, a.id).bind(2, a.color).bind(3, a.note).bind(4, tagsJson(a.tags));
    if (a.fact)
        up.bind(5, compactJson(a.fact->toJson()));
    else
        up.bindNull(5);
    up.bind(6, timeText(a.modified));
    if (auto ok = execChecked(up, QStringLiteral("cannot update annotation: %1")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *annotation(a.id);
}

Result<void> AnnotationStore::removeAnnotation(qint64 id) {
    if (!annotation(id))
        return fail(Error::Kind::NotFound, QStringLiteral("no annotation with id %1").arg(id),
                    m_library.path());
    return removeRow("DELETE FROM annotations WHERE id = ?1", id);
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const {
    Statement st(m_library.handle(), (QByteArray(kAnnotationColumns) + "WHERE id = ?1").constData());
    st.bind(1, id);
    if (st.next())
        return readAnnotation(st);
    return std::nullopt;
}

QList<Annotation> AnnotationStore::annotations(qint64 docId) const {
    QList<Annotation> out;
    Statement st(m_library.handle(),
                 (QByteArray(kAnnotationColumns) + "WHERE doc_id = ?1 ORDER BY page_no, id").constData());
    st.bind(1, docId);
    while (st.next())
        out.append(readAnnotation(st));
    return out;
}

QList<Annotation> AnnotationStore::allAnnotations() const {
    return readAll(m_library).annotations;
}

// ---- Corrections ----------------------------------------------------------------------------------------

Result<FactCorrection> AnnotationStore::addCorrection(FactCorrection c) {
    if (auto ok = fillAnchor(c.document); !ok)
        return std::unexpected(ok.error());
    if (!c.created.isValid())
        c.created = now();
    if (!c.modified.isValid())
        c.modified = c.created;
    auto tx = m_library.transaction();
    if (!tx)
        return std::unexpected(tx.error());
    Statement ins(
        m_library.handle(),
        "INSERT INTO fact_corrections(id, doc_path, doc_sha256, doc_id, fact_kind, fact_text, page_no, "
        "passage_hash, action, value, reason, detached, created_at, modified_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (c.id > 0)
        ins.bind(1, c.id);
    else
        ins.bindNull(1);
    ins.bind(2, c.document.path).bind(3, c.document.sha256);
    bindDocId(ins, 4, c.document.docId);
    ins.bind(5, FactCorrection::kindName(c.kind))
        .bind(6, c.factText)
        .bind(7, c.page)
        .bind(8, c.passageHash)
        .bind(9, FactCorrection::actionName(c.action))
        .bind(10, compactJson(c.value))
        .bind(11, c.reason)
        .bind(12, c.detached)
        .bind(13, timeText(c.created))
        .bind(14, timeText(c.modified));
    if (auto ok = execChecked(ins, QStringLiteral("cannot store correction: %1")); !ok)
        return std::unexpected(ok.error());
    const qint64 id = sqlite3_last_insert_rowid(m_library.handle());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    if (!c.document.docId)
        (void)reconcile();
    if (auto stored = correction(id))
        return *stored;
    return fail(Error::Kind::Database, QStringLiteral("correction %1 vanished").arg(id), m_library.path());
}

Result<FactCorrection> AnnotationStore::updateCorrection(FactCorrection c) {
    if (!correction(c.id))
        return fail(Error::Kind::NotFound, QStringLiteral("no correction with id %1").arg(c.id),
                    m_library.path());
    if (!c.modified.isValid())
        c.modified = now();
    auto tx = m_library.transaction();
    if (!tx)
        return std::unexpected(tx.error());
    // Only the user's verdict: which fact it is about (document, page, passage) belongs to re-anchoring.
    Statement up(m_library.handle(), "UPDATE fact_corrections SET action = ?2, value = ?3, reason = ?4, "
                                     "modified_at = ?5 WHERE id = ?1");
    up.bind(1, c.id)
        .bind(2, FactCorrection::actionName(c.action))
        .bind(3, compactJson(c.value))
        .bind(4, c.reason)
        .bind(5, timeText(c.modified));
    if (auto ok = execChecked(up, QStringLiteral("cannot update correction: %1")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return *correction(c.id);
}

Result<void> AnnotationStore::removeCorrection(qint64 id) {
    if (!correction(id))
        return fail(Error::Kind::NotFound, QStringLiteral("no correction with id %1").arg(id),
                    m_library.path());
    return removeRow("DELETE FROM fact_corrections WHERE id = ?1", id);
}

std::optional<FactCorrection> AnnotationStore::correction(qint64 id) const {
    Statement st(m_library.handle(), (QByteArray(kCorrectionColumns) + "WHERE id = ?1").constData());
    st.bind(1, id);
    if (st.next())
        return readCorrection(st);
    return std::nullopt;
}

QList<FactCorrection> AnnotationStore::corrections(qint64 docId) const {
    QList<FactCorrection> out;
    Statement st(m_library.handle(),
                 (QByteArray(kCorrectionColumns) + "WHERE doc_id = ?1 ORDER BY page_no, id").constData());
    st.bind(1, docId);
    while (st.next())
        out.append(readCorrection(st));
    return out;
}

QList<FactCorrection> AnnotationStore::allCorrections() const {
    return readAll(m_library).corrections;
}

std::optional<FactCorrection> AnnotationStore::findCorrection(qint64 docId, FactCorrection::Kind kind,
                                                              const QString& factText, int page,
                                                              const QString& hash) const {
    for (const FactCorrection& c : corrections(docId))
        if (!c.detached && c.kind == kind && c.factText == factText && c.page == page &&
            c.passageHash == hash)
            return c;
    return std::nullopt;
}

// ---- Re-anchoring ---------------------------------------------------------------------------------------

Result<AnnotationStore::ReanchorReport> AnnotationStore::reanchorDocument(qint64 docId) {
    const auto anchor = anchorOf(docId);
    if (!anchor)
        return fail(Error::Kind::NotFound, QStringLiteral("no document with id %1").arg(docId),
                    m_library.path());
    ReanchorReport report;
    QList<Annotation> orphans;
    {
        Statement st(m_library.handle(),
                     (QByteArray(kAnnotationColumns) +
                      "WHERE doc_id IS NULL AND (doc_path = ?1 OR doc_sha256 = ?2) ORDER BY id")
                         .constData());
        st.bind(1, anchor->path).bind(2, anchor->sha256);
        while (st.next())
            orphans.append(readAnnotation(st));
    }
    QList<FactCorrection> orphanCorrections;
    {
        Statement st(m_library.handle(),
                     (QByteArray(kCorrectionColumns) +
                      "WHERE doc_id IS NULL AND (doc_path = ?1 OR doc_sha256 = ?2) ORDER BY id")
                         .constData());
        st.bind(1, anchor->path).bind(2, anchor->sha256);
        while (st.next())
            orphanCorrections.append(readCorrection(st));
    }
    if (orphans.isEmpty() && orphanCorrections.isEmpty())
        return report;

    const auto passages = m_library.passages(docId);
    if (!passages)
        return std::unexpected(passages.error());
    const QuoteLocator locator(*passages);
    Statement upA(m_library.handle(), "UPDATE annotations SET doc_path = ?2, doc_sha256 = ?3, doc_id = ?4, "
                                      "page_no = ?5, boxes = ?6, detached = ?7 WHERE id = ?1");
    for (const Annotation& a : std::as_const(orphans)) {
        const auto found = locator.locate(a.quote, a.page);
        upA.reset();
        upA.bind(1, a.id).bind(2, anchor->path).bind(3, anchor->sha256).bind(4, docId);
        if (found)
            upA.bind(5, found->page).bind(6, boxesJson(found->boxes)).bind(7, false);
        else
            upA.bind(5, a.page).bind(6, boxesJson(a.boxes)).bind(7, true);
        if (!upA.exec())
            return fail(Error::Kind::Database,
                        QStringLiteral("cannot re-anchor annotation: %1").arg(upA.error()), m_library.path());
        ++(found ? report.attached : report.detached);
    }
    Statement upC(m_library.handle(),
                  "UPDATE fact_corrections SET doc_path = ?2, doc_sha256 = ?3, doc_id = ?4, "
                  "page_no = ?5, passage_hash = ?6, detached = ?7 WHERE id = ?1");
    for (const FactCorrection& c : std::as_const(orphanCorrections)) {
        const auto found = locator.locateFact(c.factText, c.passageHash, c.page);
        upC.reset();
        upC.bind(1, c.id).bind(2, anchor->path).bind(3, anchor->sha256).bind(4, docId);
        if (found)
            upC.bind(5, found->page).bind(6, found->passageHash).bind(7, false);
        else
            upC.bind(5, c.page).bind(6, c.passageHash).bind(7, true);
        if (!upC.exec())
            return fail(Error::Kind::Database,
                        QStringLiteral("cannot re-anchor correction: %1").arg(upC.error()), m_library.path());
        ++(found ? report.attached : report.detached);
    }
    qCDebug(lcAnnotation) << "document" << docId << "re-anchored" << report.attached << "records,"
                          << report.detached << "detached";
    return report;
}

Result<AnnotationStore::ReanchorReport> AnnotationStore::reconcile() {
    QList<qint64> docs;
    {
        Statement st(
            m_library.handle(),
            "SELECT DISTINCT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM annotations a WHERE "
            "a.doc_id IS NULL AND (a.doc_path = d.path OR a.doc_sha256 = d.sha256)) OR EXISTS (SELECT 1 "
            "FROM fact_corrections c WHERE c.doc_id IS NULL AND (c.doc_path = d.path OR c.doc_sha256 = "
            "d.sha256)) ORDER BY d.id");
        while (st.next())
            docs.append(st.int64(0));
    }
    ReanchorReport total;
    if (docs.isEmpty())
        return total;
    auto tx = m_library.transaction();
    if (!tx)
        return std::unexpected(tx.error());
    for (qint64 id : std::as_const(docs)) {
        auto r = reanchorDocument(id);
        if (!r)
            return r;
        total.attached += r->attached;
        total.detached += r->detached;
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return total;
}

AnnotationStore::Records AnnotationStore::readAll(const store::Library& library) {
    Records out;
    Statement a(library.handle(),
                (QByteArray(kAnnotationColumns) + "ORDER BY doc_path, page_no, id").constData());
    while (a.next())
        out.annotations.append(readAnnotation(a));
    Statement c(library.handle(),
                (QByteArray(kCorrectionColumns) + "ORDER BY doc_path, page_no, id").constData());
    while (c.next())
        out.corrections.append(readCorrection(c));
    return out;
}

void AnnotationStore::installImportHook(store::Library& library) {
    library.setImportHook([&library](qint64 docId) -> Result<void> {
        AnnotationStore store(library);
        auto r = store.reanchorDocument(docId);
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
}

} // namespace pl::annotation
