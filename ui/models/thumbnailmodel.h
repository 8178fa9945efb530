#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QSizeF>
#include <memory>

namespace pl::pdf {
class PdfDocument;
}

namespace pl::ui {

/// Small pictures of a document's pages, rendered on worker threads the first time a view asks for them;
/// until then a blank page of the right shape stands in.
class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailModel)

public:
    enum Role {
        PageRole = Qt::UserRole + 1, ///< int, 1-based
        RenderedRole,                ///< bool, the picture is the real page
    };

    explicit ThumbnailModel(QObject* parent = nullptr);
    ~ThumbnailModel() override;

    /// page sizes in points, one per page; the document may come later (it is opened off the GUI thread).
    void setPages(qint64 docId, const QList<QSizeF>& pageSizes);
    void setDocument(qint64 docId, std::shared_ptr<const pdf::PdfDocument> document);
    /// Width of a thumbnail in device-independent pixels.
    static constexpr int thumbnailWidth = 96;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void requestRender(int row) const;
    QSize thumbnailSize(int row) const;

    qint64 m_docId = 0;
    QList<QSizeF> m_pageSizes;
    std::shared_ptr<const pdf::PdfDocument> m_document;
    mutable QHash<int, QImage> m_images;
    mutable QSet<int> m_pending;
    quint64 m_generation = 0;
};

} // namespace pl::ui
