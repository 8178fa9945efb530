#pragma once

#include "core/base/error.h"
#include "core/pdf/importeddocument.h"

#include <atomic>

namespace pl::pdf {

/// Reads a PDF file into an ImportedDocument: words with boxes, reading order, Korean clean-up,
/// passages, metadata. Touches no database; safe to run on several threads at once (one file each).
class PdfImporter {
public:
    struct Options {
        QString password;
        const std::atomic_bool* cancel = nullptr;
    };

    static Result<ImportedDocument> importFile(const QString& path, const Options& options);
    static Result<ImportedDocument> importFile(const QString& path) { return importFile(path, Options{}); }

    /// Checks the first bytes of a file: a clear reason when it is not a PDF at all.
    static Result<void> checkSignature(const QString& path);
};

} // namespace pl::pdf
