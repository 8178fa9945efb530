#include "ui/models/thumbnailmodel.h"

#include "core/pdf/pdfdocument.h"
#include "ui/whendone.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace pl::ui {

namespace {

/// A white page on a white list needs an edge to be seen.
QImage framed(QImage image) {
    image = image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setPen(QPen(QColor(150, 150, 150), 2));
    painter.drawRect(QRectF(image.rect()).adjusted(1, 1, -1, -1));
    painter.end();
    image.setDevicePixelRatio(2.0);
    return image;
}

} // namespace

ThumbnailModel::ThumbnailModel(QObject* parent) : QAbstractListModel(parent) {}

ThumbnailModel::~ThumbnailModel() = default;

void ThumbnailModel::setPages(qint64 docId, const QList<QSizeF>& pageSizes) {
    beginResetModel();
    ++m_generation;
    m_docId = docId;
    m_pageSizes = pageSizes;
    m_document.reset();
    m_images.clear();
    m_pending.clear();
    endResetModel();
}

void ThumbnailModel::setDocument(qint64 docId, std::shared_ptr<const pdf::PdfDocument> document) {
    if (docId != m_docId)
        return;
    m_document = std::move(document);
    m_pending.clear();
    // Views ask again for what they show, which starts the renders.
    if (!m_pageSizes.isEmpty())
        emit dataChanged(index(0), index(int(m_pageSizes.size()) - 1), {Qt::DecorationRole});
}

QSize ThumbnailModel::thumbnailSize(int row) const {
    const QSizeF page = m_pageSizes.value(row);
    const double ratio = page.isEmpty() ? 1.414 : page.height() / page.width();
    return {thumbnailWidth, int(thumbnailWidth * ratio)};
}

void ThumbnailModel::requestRender(int row) const {
    if (!m_document || m_pending.contains(row) || m_images.contains(row))
        return;
    m_pending.insert(row);
    const std::shared_ptr<const pdf::PdfDocument> document = m_document;
    const QSizeF page = m_pageSizes.value(row);
    // Twice the pixels, so that a high-DPI screen gets a sharp thumbnail too.
    const double dpi = 2.0 * 72.0 * thumbnailWidth / std::max(1.0, page.width());
    const quint64 generation = m_generation;
    auto* self = const_cast<ThumbnailModel*>(this);
    whenDone(QtConcurrent::run([document, row, dpi]() { return document->render(row, dpi); }), self,
             [self, row, generation](const QImage& image) {
                 if (generation != self->m_generation)
                     return;
                 self->m_pending.remove(row);
                 if (image.isNull())
                     return;
                 self->m_images.insert(row, image);
                 const QModelIndex changed = self->index(row);
                 emit self->dataChanged(changed, changed, {Qt::DecorationRole, RenderedRole});
             });
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_pageSizes.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(row + 1);
    case Qt::ToolTipRole:
        return tr("Page %1").arg(row + 1);
    case Qt::DecorationRole: {
        if (const auto it = m_images.constFind(row); it != m_images.cend()) {
            return framed(it->scaled(thumbnailSize(row) * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
        requestRender(row);
        QImage blank(thumbnailSize(row) * 2, QImage::Format_RGB32);
        blank.fill(Qt::white);
        return framed(blank);
    }
    case Qt::SizeHintRole:
        return thumbnailSize(row) + QSize(16, 28);
    case PageRole:
        return row + 1;
    case RenderedRole:
        return m_images.contains(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> ThumbnailModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PageRole, QByteArrayLiteral("page"));
    names.insert(RenderedRole, QByteArrayLiteral("rendered"));
    return names;
}

} // namespace pl::ui
