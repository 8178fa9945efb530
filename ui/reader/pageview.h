#pragma once

#include <QCache>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>
#include <memory>

namespace pl::pdf {
class PdfDocument;
}

namespace pl::ui {

/// One PDF page, rendered off the GUI thread and drawn at the widget's size, with highlight boxes (given in
/// PDF points, origin top-left) painted over it. The widget asks for the size of the page at the current
/// zoom; a QScrollArea around it scrolls.
class PageView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    explicit PageView(QWidget* parent = nullptr);
    ~PageView() override;

    /// The document to draw; docId keys the render cache. A null document shows an empty page.
    void setDocument(qint64 docId, std::shared_ptr<const pdf::PdfDocument> document);
    /// page is 1-based; size is the page size in points (known from the library without opening the PDF).
    void setPage(int page, const QSizeF& pageSizePoints);
    void setHighlights(const QList<QRectF>& boxes);
    /// Screen pixels per PDF point (1.0 = 72 dpi on a standard screen).
    void setZoom(double zoom);

    qint64 docId() const { return m_docId; }
    int page() const { return m_page; }
    double zoom() const { return m_zoom; }
    QSizeF pageSizePoints() const { return m_pageSize; }
    QList<QRectF> highlights() const { return m_highlights; }
    /// True when the image drawn is the current page at the current resolution.
    bool isRendered() const;
    /// The rectangle, in widget pixels, of the first highlight; null when there is none.
    QRect firstHighlightRect() const;

    QSize sizeHint() const override;

signals:
    /// The current page finished rendering at the current resolution.
    void rendered();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct RenderKey {
        qint64 docId = 0;
        int page = 0;
        int dpi = 0;
        friend bool operator==(const RenderKey&, const RenderKey&) = default;
        friend size_t qHash(const RenderKey& key, size_t seed = 0) noexcept {
            return qHashMulti(seed, key.docId, key.page, key.dpi);
        }
    };

    RenderKey wantedKey() const;
    void requestRender();
    void startRender(const RenderKey& key);
    void renderFinished(const RenderKey& key, const QImage& image);
    QRectF toWidget(const QRectF& pointsRect) const;

    std::shared_ptr<const pdf::PdfDocument> m_document;
    qint64 m_docId = 0;
    int m_page = 0;
    QSizeF m_pageSize;
    double m_zoom = 1.0;
    QList<QRectF> m_highlights;

    QImage m_image; ///< the best image we have for the current page, possibly at another resolution
    RenderKey m_imageKey;
    QCache<RenderKey, QImage> m_cache;
    RenderKey m_inFlight;
    bool m_rendering = false;
};

} // namespace pl::ui
