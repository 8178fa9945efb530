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
        QString sha256; ///< the file's hash when the caller has it already; computed otherwise
    };

    static Result<ImportedDocument> importFile(const QString& path, const Options& options);
    static Result<ImportedDocument> importFile(const QString& path) { return importFile(path, Options{}); }

    /// SHA-256 of a file's bytes, hex; the content identity the library deduplicates on.
    static Result<QString> sha256Of(const QString& path);

    /// Checks the first bytes of a file: a clear reason when it is not a PDF at all.
    static Result<void> checkSignature(const QString& path);
};

} // namespace pl::pdf
