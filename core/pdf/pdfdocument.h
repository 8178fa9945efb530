#pragma once

#include "core/base/error.h"

#include <QImage>
#include <QMutex>
#include <QSizeF>
#include <memory>

namespace Poppler {
class Document;
}

namespace pl::pdf {

/// The one owner of a Poppler document. Poppler documents are not thread-safe, so every call is
/// serialised by a lock; render from a worker thread, never from the GUI thread.
class PdfDocument {
public:
    /// Opens a file; the password (if any) is tried as given and SASLprep-normalised.
    static Result<std::unique_ptr<PdfDocument>> open(const QString& path, const QString& password = {});
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    int pageCount() const;
    QSizeF pageSize(int index) const; ///< points, with /Rotate applied
    /// Renders a page upright (honouring /Rotate) at the given resolution.
    QImage render(int index, double dpi) const;
    QString info(const QString& key) const;
    bool isEncrypted() const;

    /// Direct access for the importer, which holds the lock while it reads words.
    Poppler::Document* poppler() const { return m_doc.get(); }
    QMutex& mutex() const { return m_mutex; }

private:
    explicit PdfDocument(std::unique_ptr<Poppler::Document> doc);
    std::unique_ptr<Poppler::Document> m_doc;
    mutable QMutex m_mutex;
};

/// Routes Poppler's error output to our log, at most a few lines per second per process.
void installPopplerMessageFilter();

/// An approximation of SASLprep (RFC 4013) that Poppler does not apply to AES-256 passwords itself.
QString saslPrep(const QString& password);

} // namespace pl::pdf
