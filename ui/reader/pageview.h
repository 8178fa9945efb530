#pragma once

#include "core/store/catalog.h"

#include <QCache>
#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>
#include <memory>

namespace pl::pdf {
class PdfDocument;
}

namespace pl::ui {

/// Which picture of which page: a rendered page is cached under this.
struct PageRenderKey {
    qint64 docId = 0;
    int page = 0;
    int dpi = 0;
    friend bool operator==(const PageRenderKey&, const PageRenderKey&) = default;
    friend size_t qHash(const PageRenderKey& key, size_t seed = 0) noexcept {
        return qHashMulti(seed, key.docId, key.page, key.dpi);
    }
};
/// Rendered pages shared by every page of a reader (and its thumbnails), costed in kilobytes.
using PageCache = QCache<PageRenderKey, QImage>;

/// A highlight the user made, as a page draws it.
struct AnnotationMark {
    qint64 id = 0;
    QList<QRectF> boxes; ///< PDF points
    QColor color;
    QString note;
    QString quote;
    bool hasFact = false;
};

/// One PDF page, rendered off the GUI thread and drawn at the widget's size, with search hits, extracted
/// facts and the user's selection painted over it (boxes in PDF points, origin top-left). Renders only while
/// active, i.e. on or near the screen, so that a long document costs what is visible.
class PageView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    explicit PageView(PageCache* cache, QWidget* parent = nullptr);
    ~PageView() override;

    /// The document to draw; docId keys the render cache. A null document shows an empty page.
    void setDocument(qint64 docId, std::shared_ptr<const pdf::PdfDocument> document);
    /// page is 1-based; size is the page size in points (known from the library without opening the PDF).
    void setPage(int page, const QSizeF& pageSizePoints);
    void setHighlights(const QList<QRectF>& boxes);
    void setFactBoxes(const QList<store::Catalog::FactBox>& facts);
    void setAnnotations(const QList<AnnotationMark>& marks);
    QList<AnnotationMark> annotations() const { return m_annotations; }
    /// The user's highlight under a point (PDF points), or nullptr.
    const AnnotationMark* annotationAt(const QPointF& points) const;
    /// What hovering over a point shows: the note of the highlight there, or its quote.
    QString toolTipAt(const QPointF& points) const;
    /// Screen pixels per PDF point (1.0 = 72 dpi on a standard screen).
    void setZoom(double zoom);
    /// Active pages render and keep their image; inactive ones let it go (the cache may keep it).
    void setActive(bool active);
    void clearSelection();

    qint64 docId() const { return m_docId; }
    int page() const { return m_page; }
    double zoom() const { return m_zoom; }
    bool isActive() const { return m_active; }
    QSizeF pageSizePoints() const { return m_pageSize; }
    QList<QRectF> highlights() const { return m_highlights; }
    QList<store::Catalog::FactBox> factBoxes() const { return m_facts; }
    /// The selected area in PDF points; null when nothing is selected.
    QRectF selection() const { return m_selection; }
    /// True when the image drawn is the current page at the current resolution.
    bool isRendered() const;
    /// The rectangle, in widget pixels, of the first highlight; null when there is none.
    QRect firstHighlightRect() const;
    QRectF toWidget(const QRectF& pointsRect) const;
    QPointF toPoints(const QPointF& widgetPoint) const;

    QSize sizeHint() const override;

signals:
    /// The current page finished rendering at the current resolution.
    void rendered();
    /// The user dragged out an area of the page (PDF points) to copy its text.
    void selectionChanged(const QRectF& pointsRect);
    /// A right click (or the menu key) at a point of the page (PDF points).
    void contextMenuRequested(const QPointF& points, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    PageRenderKey wantedKey() const;
    void requestRender();
    void startRender(const PageRenderKey& key);
    void renderFinished(const PageRenderKey& key, const QImage& image);

    PageCache* m_cache;
    std::shared_ptr<const pdf::PdfDocument> m_document;
    qint64 m_docId = 0;
    int m_page = 0;
    QSizeF m_pageSize;
    double m_zoom = 1.0;
    bool m_active = true;
    QList<QRectF> m_highlights;
    QList<store::Catalog::FactBox> m_facts;
    QList<AnnotationMark> m_annotations;
    QPointF m_dragStart; ///< points
    QRectF m_selection;  ///< points

    QImage m_image; ///< the best image we have for the current page, possibly at another resolution
    PageRenderKey m_imageKey;
    PageRenderKey m_inFlight;
    bool m_rendering = false;
};

} // namespace pl::ui
