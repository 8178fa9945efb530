#pragma once

#include "core/text/documentassembler.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pl::pdf {

/// Per-page facts the importer records.
struct ImportedPage {
    int number = 0; ///< 1-based
    double width = 0;
    double height = 0;
    QString text;          ///< reconstructed text, passages separated by blank lines
    bool noText = false;   ///< no characters at all
    bool needsOcr = false; ///< scanned or garbage text: the words are not readable
};

/// Everything read out of one PDF file, ready to be stored in one transaction.
struct ImportedDocument {
    QString path; ///< absolute, canonical
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QDateTime fileModified;
    QString title;
    QString issuer;
    QString date;             ///< ISO date of the cover or the PDF, may be empty
    bool datePrinted = false; ///< the date is printed on the first page, not taken from the PDF's metadata
    QString producer;
    bool encrypted = false;
    QList<ImportedPage> pages;
    QList<text::Passage> passages;

    bool needsOcr() const;
    bool noText() const;
};

} // namespace pl::pdf
