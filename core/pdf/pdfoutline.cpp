#include "core/pdf/pdfoutline.h"

#include "core/pdf/pdfdocument.h"

#include <QMutexLocker>
#include <poppler-qt6.h>

namespace pl::pdf {

namespace {

constexpr int maxDepth = 8; // deeper bookmark trees exist only in broken files

void collect(const QVector<Poppler::OutlineItem>& items, int level, QList<PdfOutlineEntry>& out) {
    for (const Poppler::OutlineItem& item : items) {
        const QSharedPointer<const Poppler::LinkDestination> destination = item.destination();
        out.append({item.name().simplified().normalized(QString::NormalizationForm_C), level,
                    destination ? destination->pageNumber() : 0});
        if (item.hasChildren() && level + 1 < maxDepth)
            collect(item.children(), level + 1, out);
    }
}

} // namespace

QList<PdfOutlineEntry> readOutline(const PdfDocument& document) {
    QList<PdfOutlineEntry> out;
    const QMutexLocker lock(&document.mutex());
    collect(document.poppler()->outline(), 0, out);
    return out;
}

} // namespace pl::pdf
