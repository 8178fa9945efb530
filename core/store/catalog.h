#pragma once

#include "core/base/error.h"
#include "core/store/documentrecord.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pl::store {

class Library;

/// What a library window shows around its documents: the user's tags and collections (schema 3), the
/// countries and headings read into facts at import, and the boxes of those facts for the reader.
/// Borrows the library's connection, so it is used on the library's thread only.
class Catalog {
public:
    struct Collection {
        qint64 id = 0;
        QString name;
        int size = 0;
    };
    /// A fact with a place on a page: a date, an amount or a heading, with its box in PDF points.
    struct FactBox {
        QString kind; ///< "dates", "money" or "outline"
        int page = 0;
        QRectF box;
        QString label; ///< the fact as printed (the heading, the amount's text …)
    };
    struct OutlineEntry {
        QString title;
        int level = 0;
        int page = 0;
        QRectF box;
    };

    explicit Catalog(const Library& library);

    /// ISO codes of the countries each document is about, most mentioned first, from stored facts.
    [[nodiscard]] Result<QHash<qint64, QStringList>> countriesByDocument() const;
    [[nodiscard]] Result<QHash<qint64, QStringList>> tagsByDocument() const;
    [[nodiscard]] Result<QStringList> allTags() const;
    /// Replaces a document's tags (trimmed, duplicates and empty ones dropped) in one transaction.
    [[nodiscard]] Result<void> setTags(qint64 docId, const QStringList& tags);

    [[nodiscard]] Result<QList<Collection>> collections() const;
    [[nodiscard]] Result<qint64> createCollection(const QString& name);
    [[nodiscard]] Result<void> removeCollection(qint64 collectionId);
    [[nodiscard]] Result<void> addToCollection(qint64 collectionId, qint64 docId);
    [[nodiscard]] Result<void> removeFromCollection(qint64 collectionId, qint64 docId);
    [[nodiscard]] Result<QSet<qint64>> documentsIn(qint64 collectionId) const;
    [[nodiscard]] Result<QList<qint64>> collectionsOf(qint64 docId) const;

    /// The pages of a document without their text: what a reader needs to lay them out.
    [[nodiscard]] Result<QList<PageRecord>> pageLayout(qint64 docId) const;
    /// Dates, amounts and headings of a document that have a box, in page order.
    [[nodiscard]] Result<QList<FactBox>> factBoxes(qint64 docId) const;
    /// The headings the importer recognised, in reading order; empty before facts were read.
    [[nodiscard]] Result<QList<OutlineEntry>> outline(qint64 docId) const;

private:
    const Library& m_library;
};

} // namespace pl::store
