#pragma once

#include "core/annotation/annotation.h"
#include "core/base/error.h"

#include <QList>
#include <optional>

namespace pl::store {
class Library;
class Statement;
} // namespace pl::store

namespace pl::annotation {

/// The user's annotations and fact corrections in a library, over the library's own connection. Every
/// change is one transaction. Records hang off a document by path and SHA-256, so that replacing a changed
/// file or removing and importing it again finds them again (see reanchorDocument and installImportHook);
/// removing a document keeps its records, detached, until it returns.
class AnnotationStore {
public:
    explicit AnnotationStore(store::Library& library);

    /// Stores a new annotation (id 0) or puts back one with its id (undo of a removal). The document
    /// anchor is filled in from document.docId when path or hash are empty. Returns the stored record.
    Result<Annotation> addAnnotation(Annotation annotation);
    Result<Annotation> updateAnnotation(Annotation annotation);
    Result<void> removeAnnotation(qint64 id);
    std::optional<Annotation> annotation(qint64 id) const;
    /// The annotations of one document (attached or detached), by page.
    QList<Annotation> annotations(qint64 docId) const;
    /// Every annotation of the library, including those of removed documents.
    QList<Annotation> allAnnotations() const;

    Result<FactCorrection> addCorrection(FactCorrection correction);
    Result<FactCorrection> updateCorrection(FactCorrection correction);
    Result<void> removeCorrection(qint64 id);
    std::optional<FactCorrection> correction(qint64 id) const;
    QList<FactCorrection> corrections(qint64 docId) const;
    QList<FactCorrection> allCorrections() const;
    /// The correction of one extracted fact, if the user made one.
    std::optional<FactCorrection> findCorrection(qint64 docId, FactCorrection::Kind kind,
                                                 const QString& factText, int page,
                                                 const QString& passageHash) const;

    /// What a re-anchoring did.
    struct ReanchorReport {
        int attached = 0; ///< found in the document
        int detached = 0; ///< kept, flagged detached
    };
    /// Attaches the records anchored to this document's path or content to it: each annotation's quote is
    /// looked up in the passages (exactly, then ignoring whitespace) and its page and boxes updated; each
    /// correction's fact text is looked up (same passage first). What is not found stays, detached. Runs in
    /// the caller's transaction.
    Result<ReanchorReport> reanchorDocument(qint64 docId);
    /// Attaches records whose document came back by another way than an import with the hook installed; one
    /// transaction.
    Result<ReanchorReport> reconcile();

    /// Everything the user made in a library, read at once through a read-only connection (the analytic
    /// views read it on a worker thread).
    struct Records {
        QList<Annotation> annotations;
        QList<FactCorrection> corrections;
    };
    static Records readAll(const store::Library& library);

    /// Makes the library re-anchor records inside every import transaction of this connection.
    static void installImportHook(store::Library& library);

    /// The anchor of a stored document, or nullopt when there is none.
    std::optional<DocumentAnchor> anchorOf(qint64 docId) const;

private:
    /// Runs a statement of the open transaction; on failure reports `what` (with %1 for SQLite's message) or
    /// SQLite's message alone, and the caller's transaction rolls back as it returns.
    Result<void> execChecked(store::Statement& st, const QString& what = {});
    /// Deletes row ?1 with `sql` in a transaction of its own.
    Result<void> removeRow(const char* sql, qint64 id);
    Result<void> fillAnchor(DocumentAnchor& anchor) const;
    store::Library& m_library;
};

} // namespace pl::annotation
