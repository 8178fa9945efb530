#include "ui/reader/pageview.h"

#include "core/pdf/pdfdocument.h"
#include "ui/whendone.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

Q_LOGGING_CATEGORY(lcReader, "pl.ui.reader")

namespace pl::ui {

namespace {

constexpr int dpiStep =
    6; // resolutions are rounded so that a window resize does not render every pixel width
constexpr int maxDpi = 600; // beyond this a page image costs more memory than it shows detail
constexpr QColor highlightFill(255, 214, 0, 90);
constexpr QColor highlightEdge(230, 160, 0, 200);
constexpr QColor selectionFill(60, 120, 220, 50);
constexpr QColor selectionEdge(60, 120, 220, 200);

QColor factColour(const QString& kind) {
    if (kind == QLatin1String("money"))
        return {0, 150, 80};
    if (kind == QLatin1String("dates"))
        return {40, 110, 220};
    return {150, 80, 200}; // headings
}

} // namespace

PageView::PageView(PageCache* cache, QWidget* parent) : QWidget(parent), m_cache(cache) {
    Q_ASSERT(m_cache);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setCursor(Qt::IBeamCursor);
}

PageView::~PageView() = default;

void PageView::setDocument(qint64 docId, std::shared_ptr<const pdf::PdfDocument> document) {
    if (docId == m_docId && document == m_document)
        return;
    if (docId != m_docId) {
        m_highlights.clear();
        m_facts.clear();
        m_selection = {};
    }
    m_docId = docId;
    m_document = std::move(document);
    m_image = {};
    m_imageKey = {};
    requestRender();
    update();
}

void PageView::setPage(int page, const QSizeF& pageSizePoints) {
    if (page == m_page && pageSizePoints == m_pageSize)
        return;
    m_page = page;
    m_pageSize = pageSizePoints;
    m_image = {};
    m_imageKey = {};
    m_highlights.clear();
    m_selection = {};
    updateGeometry();
    resize(sizeHint());
    requestRender();
    update();
}

void PageView::setHighlights(const QList<QRectF>& boxes) {
    m_highlights = boxes;
    update();
}

void PageView::setFactBoxes(const QList<store::Catalog::FactBox>& facts) {
    m_facts = facts;
    update();
}

void PageView::setZoom(double zoom) {
    zoom = std::clamp(zoom, 0.1, 8.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateGeometry();
    resize(sizeHint());
    requestRender();
    update();
}

void PageView::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        requestRender();
    } else {
        m_image = {};
        m_imageKey = {};
    }
}

void PageView::clearSelection() {
    if (m_selection.isNull())
        return;
    m_selection = {};
    update();
}

bool PageView::isRendered() const {
    return m_document && m_page > 0 && !m_image.isNull() && m_imageKey == wantedKey();
}

QRect PageView::firstHighlightRect() const {
    return m_highlights.isEmpty() ? QRect() : toWidget(m_highlights.constFirst()).toAlignedRect();
}

QSize PageView::sizeHint() const {
    if (m_pageSize.isEmpty())
        return {400, 560};
    return (m_pageSize * m_zoom).toSize();
}

PageRenderKey PageView::wantedKey() const {
    // devicePixelRatioF makes a high-DPI screen get a sharp page rather than an enlarged one.
    const double exact = 72.0 * m_zoom * devicePixelRatioF();
    const int dpi = std::clamp(int(std::lround(exact / dpiStep)) * dpiStep, dpiStep, maxDpi);
    return {m_docId, m_page, dpi};
}

void PageView::requestRender() {
    if (!m_document || m_page < 1 || !m_active)
        return;
    const PageRenderKey key = wantedKey();
    if (QImage* cached = m_cache->object(key)) {
        m_image = *cached;
        m_imageKey = key;
        update();
        emit rendered();
        return;
    }
    // One render at a time: while one runs, the latest wish waits and is started when it returns.
    if (!m_rendering)
        startRender(key);
}

void PageView::startRender(const PageRenderKey& key) {
    m_rendering = true;
    m_inFlight = key;
    std::shared_ptr<const pdf::PdfDocument> document = m_document;
    whenDone(QtConcurrent::run([document, key]() { return document->render(key.page - 1, key.dpi); }), this,
             [this, key](const QImage& image) { renderFinished(key, image); });
}

void PageView::renderFinished(const PageRenderKey& key, const QImage& image) {
    m_rendering = false;
    if (image.isNull()) {
        qCWarning(lcReader) << "could not render page" << key.page << "of document" << key.docId;
    } else {
        m_cache->insert(key, new QImage(image), int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
        if (key.docId == m_docId && key.page == m_page && m_active) {
            m_image = image;
            m_imageKey = key;
            update();
        }
    }
    if (!m_document || m_page < 1 || !m_active)
        return;
    const PageRenderKey wanted = wantedKey();
    if (!(wanted == key)) {
        requestRender();
        return;
    }
    if (!image.isNull())
        emit rendered();
}

QRectF PageView::toWidget(const QRectF& pointsRect) const {
    if (m_pageSize.isEmpty())
        return {};
    const double sx = width() / m_pageSize.width();
    const double sy = height() / m_pageSize.height();
    return {pointsRect.x() * sx, pointsRect.y() * sy, pointsRect.width() * sx, pointsRect.height() * sy};
}

QPointF PageView::toPoints(const QPointF& widgetPoint) const {
    if (width() <= 0 || height() <= 0)
        return {};
    return {widgetPoint.x() * m_pageSize.width() / width(), widgetPoint.y() * m_pageSize.height() / height()};
}

void PageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragStart = toPoints(event->position());
    m_selection = {};
    update();
}

void PageView::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    m_selection = QRectF(m_dragStart, toPoints(event->position())).normalized();
    update();
}

void PageView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_selection = QRectF(m_dragStart, toPoints(event->position())).normalized();
    if (m_selection.width() < 2 && m_selection.height() < 2)
        m_selection = {};
    update();
    emit selectionChanged(m_selection);
}

void PageView::setAnnotations(const QList<AnnotationMark>& marks) {
    m_annotations = marks;
    update();
}

const AnnotationMark* PageView::annotationAt(const QPointF& points) const {
    // The last drawn lies on top.
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it)
        for (const QRectF& box : it->boxes)
            if (box.adjusted(-2, -2, 2, 2).contains(points))
                return &*it;
    return nullptr;
}

QString PageView::toolTipAt(const QPointF& points) const {
    const AnnotationMark* mark = annotationAt(points);
    if (!mark)
        return {};
    return mark->note.isEmpty() ? mark->quote.simplified().left(200) : mark->note;
}

bool PageView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(toPoints(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void PageView::contextMenuEvent(QContextMenuEvent* event) {
    emit contextMenuRequested(toPoints(event->pos()), event->globalPos());
    event->accept();
}

void PageView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRect page = rect();
    if (m_image.isNull()) {
        painter.fillRect(page, Qt::white);
        if (m_document && m_page > 0) {
            painter.setPen(QColor(140, 140, 140));
            painter.drawText(page, Qt::AlignCenter, tr("Rendering page %1…").arg(m_page));
        }
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_imageKey != wantedKey());
        painter.drawImage(page, m_image);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const store::Catalog::FactBox& fact : std::as_const(m_facts)) {
        const QRectF r = toWidget(fact.box).adjusted(-1, -1, 1, 1);
        if (!r.intersects(QRectF(event->rect())))
            continue;
        QColor edge = factColour(fact.kind);
        painter.setPen(QPen(edge, 1.2));
        edge.setAlpha(28);
        painter.setBrush(edge);
        painter.drawRect(r);
    }
    // The user's highlights lie under the transient ones (a search hit, a fact shown from a view).
    for (const AnnotationMark& mark : std::as_const(m_annotations)) {
        QColor fill = mark.color.isValid() ? mark.color : QColor(255, 213, 79);
        QColor edge = fill.darker(140);
        fill.setAlpha(95);
        painter.setPen(mark.hasFact ? QPen(edge, 1.4, Qt::DashLine) : Qt::NoPen);
        painter.setBrush(fill);
        for (const QRectF& box : mark.boxes) {
            const QRectF r = toWidget(box).adjusted(-1, -1, 1, 1);
            if (r.intersects(QRectF(event->rect())))
                painter.drawRect(r);
        }
        if (!mark.note.isEmpty() && !mark.boxes.isEmpty()) {
            // A folded corner says "there is a note": hover to read it.
            const QRectF first = toWidget(mark.boxes.constFirst());
            const double s = std::max(7.0, 6 * m_zoom);
            const QPointF corner = first.topRight() + QPointF(2, -1);
            const QPolygonF flag({corner, corner + QPointF(s, 0), corner + QPointF(0, s)});
            painter.setPen(QPen(edge, 1.0));
            painter.setBrush(edge);
            painter.drawPolygon(flag);
        }
    }
    if (!m_highlights.isEmpty()) {
        painter.setPen(QPen(highlightEdge, 1.0));
        painter.setBrush(highlightFill);
        for (const QRectF& box : std::as_const(m_highlights)) {
            const QRectF r = toWidget(box).adjusted(-2, -1, 2, 1);
            if (r.intersects(QRectF(event->rect())))
                painter.drawRoundedRect(r, 2, 2);
        }
    }
    if (!m_selection.isNull()) {
        painter.setPen(QPen(selectionEdge, 1.0, Qt::DashLine));
        painter.setBrush(selectionFill);
        painter.drawRect(toWidget(m_selection));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(160, 160, 160), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(page.adjusted(0, 0, -1, -1));
}

} // namespace pl::ui
