#pragma once

#include <QList>
#include <QString>

namespace pl::pdf {

class PdfDocument;

/// One bookmark of a PDF's own outline (the table of contents its producer wrote, if any).
struct PdfOutlineEntry {
    QString title;
    int level = 0; ///< 0 for the top level
    int page = 0;  ///< 1-based; 0 when the bookmark points nowhere in this file
};

/// The PDF's bookmarks in reading order, depth first; empty when it has none. Takes the document's lock:
/// call it from a worker thread.
QList<PdfOutlineEntry> readOutline(const PdfDocument& document);

} // namespace pl::pdf
