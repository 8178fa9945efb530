#include "ui/reader/readerwidget.h"

#include "core/pdf/pdfdocument.h"
#include "core/store/library.h"
#include "ui/reader/pageview.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace pl::ui {

namespace {

constexpr double zoomStep = 1.25;
constexpr int pageMargin = 12; // pixels of scroll-area background around the page

struct OpenedPdf {
    std::shared_ptr<const pdf::PdfDocument> document;
    QString error;
};

QString passageHtml(const text::Passage& passage, bool highlighted, bool anchored) {
    QString body = passage.text.toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!passage.bullet.isEmpty())
        body = passage.bullet.toHtmlEscaped() + QLatin1Char(' ') + body;
    if (anchored)
        body.prepend(QStringLiteral("<a name=\"hit\"></a>"));
    QString style;
    if (highlighted)
        style += QStringLiteral("background-color:#fff0a0;");
    if (passage.kind == text::Passage::Kind::ListItem)
        style += QStringLiteral("margin-left:%1px;").arg(12 * std::clamp(passage.level, 0, 4));
    const QString attribute = style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style);
    switch (passage.kind) {
    case text::Passage::Kind::Heading:
        return QStringLiteral("<h4%1>%2</h4>").arg(attribute, body);
    case text::Passage::Kind::TableCell:
        return QStringLiteral("<p%1><span style=\"color:#888;\">▦</span> %2</p>").arg(attribute, body);
    case text::Passage::Kind::Note:
        return QStringLiteral("<p%1><small>%2</small></p>").arg(attribute, body);
    case text::Passage::Kind::ListItem:
    case text::Passage::Kind::Paragraph:
        break;
    }
    return QStringLiteral("<p%1>%2</p>").arg(attribute, body);
}

/// Whether a passage holds one of the highlighted lines. Centres rather than overlaps, because the boxes
/// of neighbouring passages may touch.
bool holdsAny(const QRectF& passageBox, const QList<QRectF>& lineBoxes) {
    const QRectF area = passageBox.adjusted(-1, -1, 1, 1);
    for (const QRectF& line : lineBoxes) {
        if (area.contains(line.center()))
            return true;
    }
    return false;
}

} // namespace

ReaderWidget::ReaderWidget(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)),
      m_placeholder(
          new QLabel(tr("Choose a document in the library or a search hit to read it here."), m_stack)),
      m_titleLabel(new QLabel(this)), m_prevButton(new QToolButton(this)),
      m_nextButton(new QToolButton(this)), m_pageSpin(new QSpinBox(this)), m_pageCountLabel(new QLabel(this)),
      m_zoomOutButton(new QToolButton(this)), m_zoomInButton(new QToolButton(this)),
      m_fitWidthButton(new QToolButton(this)), m_zoomLabel(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_pageView(new PageView(this)), m_pageText(new QTextBrowser(this)) {
    m_placeholder->setObjectName(QStringLiteral("readerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_titleLabel->setObjectName(QStringLiteral("readerTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_prevButton->setObjectName(QStringLiteral("previousPage"));
    m_prevButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_prevButton->setToolTip(tr("Previous page"));
    m_nextButton->setObjectName(QStringLiteral("nextPage"));
    m_nextButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_nextButton->setToolTip(tr("Next page"));
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setToolTip(tr("Page"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageCountLabel->setObjectName(QStringLiteral("pageCount"));
    m_zoomOutButton->setObjectName(QStringLiteral("zoomOut"));
    m_zoomOutButton->setText(QStringLiteral(u"−"));
    m_zoomOutButton->setToolTip(tr("Zoom out"));
    m_zoomOutButton->setShortcut(QKeySequence::ZoomOut);
    m_zoomInButton->setObjectName(QStringLiteral("zoomIn"));
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomInButton->setToolTip(tr("Zoom in"));
    m_zoomInButton->setShortcut(QKeySequence::ZoomIn);
    m_fitWidthButton->setObjectName(QStringLiteral("fitWidth"));
    m_fitWidthButton->setText(tr("Fit width"));
    m_fitWidthButton->setToolTip(tr("Scale the page to the width of the view"));
    m_fitWidthButton->setCheckable(true);
    m_fitWidthButton->setChecked(m_fitWidth);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("000%")) + 4);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 4, 6, 4);
    controls->addWidget(m_titleLabel, 1);
    controls->addWidget(m_prevButton);
    controls->addWidget(m_pageSpin);
    controls->addWidget(m_pageCountLabel);
    controls->addWidget(m_nextButton);
    controls->addSpacing(12);
    controls->addWidget(m_zoomOutButton);
    controls->addWidget(m_zoomLabel);
    controls->addWidget(m_zoomInButton);
    controls->addWidget(m_fitWidthButton);

    m_pageView->setObjectName(QStringLiteral("pageView"));
    auto* canvas = new QWidget(m_scroll);
    canvas->setObjectName(QStringLiteral("pageCanvas"));
    auto* canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->setContentsMargins(pageMargin, pageMargin, pageMargin, pageMargin);
    canvasLayout->addWidget(m_pageView, 0, Qt::AlignHCenter | Qt::AlignTop);
    canvasLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidget(canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    // An always-present scroll bar keeps fit-width from oscillating as the bar would come and go.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->viewport()->installEventFilter(this);

    m_pageText->setObjectName(QStringLiteral("pageText"));
    m_pageText->setOpenLinks(false);
    m_pageText->setPlaceholderText(tr("No text on this page."));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("readerSplitter"));
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_pageText);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(controls);
    contentLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_prevButton, &QToolButton::clicked, this, &ReaderWidget::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &ReaderWidget::nextPage);
    connect(m_zoomInButton, &QToolButton::clicked, this, &ReaderWidget::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &ReaderWidget::zoomOut);
    connect(m_fitWidthButton, &QToolButton::toggled, this, &ReaderWidget::setFitWidth);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_page)
            showPage(page);
    });
    updateControls();
}

ReaderWidget::~ReaderWidget() = default;

void ReaderWidget::setLibrary(const store::Library* library) {
    m_library = library;
}

void ReaderWidget::openDocument(qint64 docId, int page, const QList<QRectF>& highlights) {
    if (!m_library)
        return;
    if (docId == m_doc.id) {
        m_page = std::clamp(page, 1, std::max(1, pageCount()));
        applyPage(highlights);
        return;
    }
    const std::optional<store::DocumentRecord> record = m_library->document(docId);
    if (!record) {
        emit openFailed(docId, tr("The document is no longer in the library."));
        return;
    }
    m_doc = *record;
    m_pages = m_library->pages(docId);
    m_pdf.reset();
    m_page = std::clamp(page, 1, std::max(1, pageCount()));
    m_titleLabel->setText(m_doc.title.isEmpty() ? m_doc.fileName : m_doc.title);
    m_titleLabel->setToolTip(m_doc.path);
    m_stack->setCurrentIndex(1);
    // Page sizes and text come from the library, so the page and its highlights show at once; the
    // rendered image follows when the PDF has been opened on a worker thread.
    m_pageView->setDocument(docId, nullptr);
    applyPage(highlights);

    const quint64 generation = ++m_openGeneration;
    const QString path = m_doc.path;
    QtConcurrent::run([path]() {
        OpenedPdf opened;
        auto result = pdf::PdfDocument::open(path);
        if (result)
            opened.document = std::shared_ptr<const pdf::PdfDocument>(std::move(*result));
        else
            opened.error = result.error().toString();
        return opened;
    }).then(this, [this, generation, docId](const OpenedPdf& opened) {
        if (generation != m_openGeneration)
            return; // another document was asked for meanwhile
        if (!opened.document) {
            qCWarning(lcReader) << "cannot open" << m_doc.path << opened.error;
            emit openFailed(docId, opened.error);
            return;
        }
        m_pdf = opened.document;
        const QList<QRectF> highlights = m_pageView->highlights();
        m_pageView->setDocument(docId, m_pdf);
        m_pageView->setHighlights(highlights);
    });
    emit documentOpened(docId);
}

void ReaderWidget::closeDocument() {
    ++m_openGeneration;
    m_doc = {};
    m_pages.clear();
    m_pdf.reset();
    m_page = 0;
    m_pageView->setDocument(0, nullptr);
    m_pageView->setPage(0, {});
    m_pageText->clear();
    m_stack->setCurrentIndex(0);
    updateControls();
}

void ReaderWidget::showPage(int page) {
    if (m_doc.id == 0 || page < 1 || page > pageCount())
        return;
    m_page = page;
    applyPage({});
}

void ReaderWidget::nextPage() {
    showPage(m_page + 1);
}

void ReaderWidget::previousPage() {
    showPage(m_page - 1);
}

void ReaderWidget::zoomIn() {
    setFitWidth(false);
    setZoom(m_pageView->zoom() * zoomStep);
}

void ReaderWidget::zoomOut() {
    setFitWidth(false);
    setZoom(m_pageView->zoom() / zoomStep);
}

void ReaderWidget::setFitWidth(bool fit) {
    m_fitWidth = fit;
    if (m_fitWidthButton->isChecked() != fit)
        m_fitWidthButton->setChecked(fit);
    if (fit)
        applyFitWidth();
}

bool ReaderWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitWidth)
        applyFitWidth();
    return QWidget::eventFilter(watched, event);
}

void ReaderWidget::applyPage(const QList<QRectF>& highlights) {
    QSizeF size;
    if (m_page >= 1 && m_page <= pageCount())
        size = QSizeF(m_pages.at(m_page - 1).width, m_pages.at(m_page - 1).height);
    if (size.isEmpty())
        size = QSizeF(595, 842); // A4, for a page the importer could not measure
    m_pageView->setPage(m_page, size);
    if (m_fitWidth)
        applyFitWidth();
    m_pageView->setHighlights(highlights);
    updatePageText(highlights);
    updateControls();
    m_scroll->verticalScrollBar()->setValue(0);
    if (!highlights.isEmpty())
        QTimer::singleShot(0, this, &ReaderWidget::revealHighlight);
    emit pageChanged(m_page);
}

void ReaderWidget::updatePageText(const QList<QRectF>& highlights) {
    if (!m_library || m_doc.id == 0) {
        m_pageText->clear();
        return;
    }
    const QList<text::Passage> passages = m_library->passages(m_doc.id, m_page);
    QString html;
    bool anyHighlighted = false;
    for (const text::Passage& passage : passages) {
        const bool highlighted = !highlights.isEmpty() && holdsAny(passage.box, highlights);
        html += passageHtml(passage, highlighted, highlighted && !anyHighlighted);
        anyHighlighted = anyHighlighted || highlighted;
    }
    if (passages.isEmpty() && m_page >= 1 && m_page <= pageCount()) {
        const store::PageRecord& record = m_pages.at(m_page - 1);
        if (record.needsOcr)
            html = QStringLiteral("<p><i>%1</i></p>")
                       .arg(tr("This page is a scanned image; its text needs OCR.").toHtmlEscaped());
    }
    m_pageText->setHtml(html);
    if (anyHighlighted)
        m_pageText->scrollToAnchor(QStringLiteral("hit"));
}

void ReaderWidget::updateControls() {
    const bool open = m_doc.id != 0;
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setRange(open ? 1 : 0, std::max(open ? 1 : 0, pageCount()));
    m_pageSpin->setValue(m_page);
    m_pageSpin->setEnabled(open);
    m_pageCountLabel->setText(tr("of %1").arg(pageCount()));
    m_prevButton->setEnabled(open && m_page > 1);
    m_nextButton->setEnabled(open && m_page < pageCount());
    m_zoomInButton->setEnabled(open);
    m_zoomOutButton->setEnabled(open);
    m_fitWidthButton->setEnabled(open);
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_pageView->zoom() * 100)));
}

void ReaderWidget::applyFitWidth() {
    const QSizeF size = m_pageView->pageSizePoints();
    if (size.isEmpty())
        return;
    const int available = m_scroll->viewport()->width() - 2 * pageMargin;
    if (available > 50)
        setZoom(available / size.width());
}

void ReaderWidget::setZoom(double zoom) {
    m_pageView->setZoom(zoom);
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_pageView->zoom() * 100)));
}

void ReaderWidget::revealHighlight() {
    const QRect box = m_pageView->firstHighlightRect();
    if (box.isNull())
        return;
    const QPoint centre = m_pageView->mapTo(m_scroll->widget(), box.center());
    m_scroll->ensureVisible(centre.x(), centre.y(), box.width() / 2 + 40, box.height() / 2 + 80);
}

} // namespace pl::ui
