#include "ui/reader/readerwidget.h"

#include "core/annotation/annotationstore.h"
#include "core/pdf/pdfdocument.h"
#include "core/pdf/pdfoutline.h"
#include "core/search/searcher.h"
#include "core/store/library.h"
#include "ui/annotation/annotationeditor.h"
#include "ui/models/outlinemodel.h"
#include "ui/models/thumbnailmodel.h"
#include "ui/whendone.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace pl::ui {

namespace {

constexpr double zoomStep = 1.25;
constexpr int pageMargin = 12;             // pixels of scroll-area background around and between pages
constexpr int cacheKilobytes = 160 * 1024; // rendered pages kept for scrolling back
constexpr int findLimit = 500;

struct OpenedPdf {
    std::shared_ptr<const pdf::PdfDocument> document;
    QString error;
    Error::Kind kind = Error::Kind::Internal;
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
        style += QStringLiteral("background-color:#fff0a0; color:#000;");
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

QToolButton* toolButton(QAction* action, QWidget* parent, const QString& objectName) {
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

QAction* makeAction(const QString& text, const QString& objectName, const QKeySequence& shortcut,
                    QWidget* parent) {
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    parent->addAction(action);
    return action;
}

} // namespace

ReaderWidget::ReaderWidget(QWidget* parent)
    : QWidget(parent), m_cache(cacheKilobytes), m_thumbnails(new ThumbnailModel(this)),
      m_outline(new OutlineModel(this)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(
          tr("Choose a document in the library or a search hit to read it here.\n\nNo documents yet? Drop "
             "PDF files on the window."),
          m_stack)),
      m_scroll(new QScrollArea(this)), m_canvas(new QWidget(m_scroll)),
      m_canvasLayout(new QVBoxLayout(m_canvas)), m_pageText(new QTextBrowser(this)) {
    m_placeholder->setObjectName(QStringLiteral("readerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_backAction = makeAction(tr("Back"), QStringLiteral("backAction"), QKeySequence::Back, this);
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_backAction->setToolTip(tr("Back to where you were (Alt+Left)"));
    m_backAction->setIconText(tr("Back"));
    m_forwardAction = makeAction(tr("Forward"), QStringLiteral("forwardAction"), QKeySequence::Forward, this);
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forwardAction->setToolTip(tr("Forward again (Alt+Right)"));
    m_findAction =
        makeAction(tr("Find in Document…"), QStringLiteral("findInDocumentAction"), QKeySequence::Find, this);
    m_findNextAction =
        makeAction(tr("Find Next"), QStringLiteral("findNextAction"), QKeySequence::FindNext, this);
    m_findPreviousAction = makeAction(tr("Find Previous"), QStringLiteral("findPreviousAction"),
                                      QKeySequence::FindPrevious, this);
    m_zoomInAction = makeAction(tr("Zoom In"), QStringLiteral("zoomInAction"), QKeySequence::ZoomIn, this);
    m_zoomOutAction =
        makeAction(tr("Zoom Out"), QStringLiteral("zoomOutAction"), QKeySequence::ZoomOut, this);
    m_fitWidthAction = makeAction(tr("Fit Width"), QStringLiteral("fitWidthAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_1), this);
    m_fitWidthAction->setCheckable(true);
    m_fitWidthAction->setToolTip(tr("Scale the page to the width of the view (Ctrl+1)"));
    m_fitPageAction =
        makeAction(tr("Fit Page"), QStringLiteral("fitPageAction"), QKeySequence(Qt::CTRL | Qt::Key_2), this);
    m_fitPageAction->setCheckable(true);
    m_fitPageAction->setToolTip(tr("Show the whole page (Ctrl+2)"));
    m_factsAction = makeAction(tr("Show Facts"), QStringLiteral("showFactsAction"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this);
    m_factsAction->setCheckable(true);
    m_factsAction->setToolTip(
        tr("Mark the dates (blue), amounts (green) and headings (purple) read from the document"));
    m_copyAction =
        makeAction(tr("Copy Selected Text"), QStringLiteral("copySelectionAction"), QKeySequence::Copy, this);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_scroll->addAction(m_copyAction);
    removeAction(m_copyAction);
    m_highlightAction =
        makeAction(tr("Highlight Selection"), QStringLiteral("highlightSelectionAction"), {}, this);
    // A pen, as the views mark what the user made; the bar has no room for another word.
    m_highlightAction->setIconText(QStringLiteral(u"\u270E"));
    m_highlightAction->setToolTip(
        tr("Highlight the text selected on the page (drag over it first); right-click "
           "text for a note, tags or a fact"));
    m_highlightAction->setEnabled(false);
    connect(m_highlightAction, &QAction::triggered, this, &ReaderWidget::highlightSelection);

    connect(m_backAction, &QAction::triggered, this, &ReaderWidget::goBack);
    connect(m_forwardAction, &QAction::triggered, this, &ReaderWidget::goForward);
    connect(m_findAction, &QAction::triggered, this, &ReaderWidget::openFindBar);
    connect(m_findNextAction, &QAction::triggered, this, &ReaderWidget::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &ReaderWidget::findPrevious);
    connect(m_zoomInAction, &QAction::triggered, this, &ReaderWidget::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &ReaderWidget::zoomOut);
    connect(m_fitWidthAction, &QAction::triggered, this, &ReaderWidget::setFitWidth);
    connect(m_fitPageAction, &QAction::triggered, this, &ReaderWidget::setFitPage);
    connect(m_factsAction, &QAction::toggled, this, &ReaderWidget::setShowFacts);
    connect(m_copyAction, &QAction::triggered, this, &ReaderWidget::copySelection);

    m_canvas->setObjectName(QStringLiteral("pageCanvas"));
    m_canvasLayout->setContentsMargins(pageMargin, pageMargin, pageMargin, pageMargin);
    m_canvasLayout->setSpacing(pageMargin);
    m_canvasLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    // An always-present scroll bar keeps fit-width from oscillating as the bar would come and go.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->viewport()->installEventFilter(this);
    m_canvas->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this]() {
        updateActivePages();
        if (!m_scrolling && m_pendingPage == 0)
            updateCurrentPageFromScroll();
    });

    m_pageText->setObjectName(QStringLiteral("pageText"));
    m_pageText->setOpenLinks(false);
    m_pageText->setPlaceholderText(tr("No text on this page."));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("readerSplitter"));
    splitter->addWidget(createSidebar());
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_pageText);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({180, 620, 280});
    splitter->setChildrenCollapsible(true);
    splitter->setCollapsible(1, false);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(createControls());
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(createFindBar());

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateControls();
}

ReaderWidget::~ReaderWidget() = default;

QWidget* ReaderWidget::createControls() {
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("readerControls"));
    m_titleLabel = new QLabel(bar);
    m_titleLabel->setObjectName(QStringLiteral("readerTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_prevButton = new QToolButton(bar);
    m_prevButton->setObjectName(QStringLiteral("previousPage"));
    m_prevButton->setArrowType(Qt::UpArrow);
    m_prevButton->setAutoRaise(true);
    m_prevButton->setToolTip(tr("Previous page (Page Up)"));
    m_nextButton = new QToolButton(bar);
    m_nextButton->setObjectName(QStringLiteral("nextPage"));
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setAutoRaise(true);
    m_nextButton->setToolTip(tr("Next page (Page Down)"));
    m_pageSpin = new QSpinBox(bar);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setToolTip(tr("Page"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageCountLabel = new QLabel(bar);
    m_pageCountLabel->setObjectName(QStringLiteral("pageCount"));

    // Tool buttons show an action's icon text: short signs and words keep the bar narrow.
    m_zoomOutAction->setIconText(QStringLiteral(u"−"));
    m_zoomInAction->setIconText(QStringLiteral("+"));
    m_factsAction->setIconText(tr("Facts"));
    m_findAction->setIconText(tr("Find"));
    m_zoomOutButton = toolButton(m_zoomOutAction, bar, QStringLiteral("zoomOut"));
    m_zoomInButton = toolButton(m_zoomInAction, bar, QStringLiteral("zoomIn"));
    m_fitWidthButton = toolButton(m_fitWidthAction, bar, QStringLiteral("fitWidth"));
    m_fitPageButton = toolButton(m_fitPageAction, bar, QStringLiteral("fitPage"));
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000%")) + 4);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* controls = new QHBoxLayout(bar);
    controls->setContentsMargins(4, 2, 6, 2);
    controls->setSpacing(2);
    controls->addWidget(toolButton(m_backAction, bar, QStringLiteral("backButton")));
    controls->addWidget(toolButton(m_forwardAction, bar, QStringLiteral("forwardButton")));
    controls->addSpacing(6);
    controls->addWidget(m_titleLabel, 1);
    controls->addWidget(m_prevButton);
    controls->addWidget(m_pageSpin);
    controls->addWidget(m_pageCountLabel);
    controls->addWidget(m_nextButton);
    controls->addSpacing(10);
    controls->addWidget(m_zoomOutButton);
    controls->addWidget(m_zoomLabel);
    controls->addWidget(m_zoomInButton);
    controls->addWidget(m_fitWidthButton);
    controls->addWidget(m_fitPageButton);
    controls->addSpacing(10);
    controls->addWidget(toolButton(m_factsAction, bar, QStringLiteral("showFactsButton")));
    controls->addWidget(toolButton(m_highlightAction, bar, QStringLiteral("highlightButton")));
    controls->addWidget(toolButton(m_findAction, bar, QStringLiteral("findButton")));

    connect(m_prevButton, &QToolButton::clicked, this, &ReaderWidget::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &ReaderWidget::nextPage);
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_page)
            showPage(page);
    });
    return bar;
}

QWidget* ReaderWidget::createSidebar() {
    m_sidebar = new QTabWidget(this);
    m_sidebar->setObjectName(QStringLiteral("readerSidebar"));
    m_sidebar->setDocumentMode(true);

    m_thumbnailView = new QListView(m_sidebar);
    m_thumbnailView->setObjectName(QStringLiteral("thumbnailView"));
    m_thumbnailView->setModel(m_thumbnails);
    m_thumbnailView->setViewMode(QListView::IconMode);
    m_thumbnailView->setFlow(QListView::TopToBottom);
    m_thumbnailView->setWrapping(false);
    m_thumbnailView->setMovement(QListView::Static);
    m_thumbnailView->setResizeMode(QListView::Adjust);
    m_thumbnailView->setUniformItemSizes(false);
    m_thumbnailView->setIconSize(
        QSize(ThumbnailModel::thumbnailWidth, ThumbnailModel::thumbnailWidth * 3 / 2));
    m_thumbnailView->setSpacing(4);
    m_thumbnailView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_thumbnailView, &QListView::clicked, this,
            [this](const QModelIndex& index) { showPage(index.data(ThumbnailModel::PageRole).toInt()); });
    connect(m_thumbnailView, &QListView::activated, this,
            [this](const QModelIndex& index) { showPage(index.data(ThumbnailModel::PageRole).toInt()); });

    m_outlineStack = new QStackedWidget(m_sidebar);
    m_outlineStack->setObjectName(QStringLiteral("outlineStack"));
    auto* noOutline = new QLabel(tr("No headings were recognised in this document."), m_outlineStack);
    noOutline->setObjectName(QStringLiteral("noOutlineLabel"));
    noOutline->setWordWrap(true);
    noOutline->setAlignment(Qt::AlignCenter);
    noOutline->setMargin(12);
    noOutline->setForegroundRole(QPalette::PlaceholderText);
    m_outlineView = new QTreeView(m_outlineStack);
    m_outlineView->setObjectName(QStringLiteral("outlineView"));
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineView->setTextElideMode(Qt::ElideRight);
    auto openHeading = [this](const QModelIndex& index) {
        const QRectF box = index.data(OutlineModel::BoxRole).toRectF();
        openDocument(m_doc.id, index.data(OutlineModel::PageRole).toInt(),
                     box.isNull() ? QList<QRectF>{} : QList<QRectF>{box});
    };
    connect(m_outlineView, &QTreeView::clicked, this, openHeading);
    connect(m_outlineView, &QTreeView::activated, this, openHeading);
    m_outlineStack->addWidget(noOutline);
    m_outlineStack->addWidget(m_outlineView);

    m_sidebar->addTab(m_thumbnailView, tr("Pages"));
    m_sidebar->addTab(m_outlineStack, tr("Outline"));
    m_sidebar->setMinimumWidth(ThumbnailModel::thumbnailWidth + 40);
    return m_sidebar;
}

QWidget* ReaderWidget::createFindBar() {
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in this document"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    auto* close = new QToolButton(m_findBar);
    close->setObjectName(QStringLiteral("closeFindBar"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    connect(close, &QToolButton::clicked, this, &ReaderWidget::closeFindBar);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this]() {
        if (m_findEdit->text() != m_findText)
            find(m_findEdit->text());
        else
            findNext();
    });

    auto* layout = new QHBoxLayout(m_findBar);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), m_findBar));
    layout->addWidget(m_findEdit, 1);
    layout->addWidget(toolButton(m_findPreviousAction, m_findBar, QStringLiteral("findPreviousButton")));
    layout->addWidget(toolButton(m_findNextAction, m_findBar, QStringLiteral("findNextButton")));
    layout->addWidget(m_findStatus);
    layout->addWidget(close);
    m_findBar->setVisible(false);
    return m_findBar;
}

QList<QAction*> ReaderWidget::navigationActions() const {
    return {m_backAction, m_forwardAction, m_findAction, m_findNextAction, m_findPreviousAction};
}

QList<QAction*> ReaderWidget::viewActions() const {
    return {m_zoomInAction, m_zoomOutAction, m_fitWidthAction, m_fitPageAction, m_factsAction, m_copyAction};
}

void ReaderWidget::setPasswordProvider(PasswordProvider provider) {
    m_passwordProvider = std::move(provider);
}

void ReaderWidget::setLibrary(const store::Library* library) {
    m_library = library;
}

PageView* ReaderWidget::pageView() const {
    return pageViewAt(m_page);
}

PageView* ReaderWidget::pageViewAt(int page) const {
    if (page < 1 || page > m_pageViews.size())
        return nullptr;
    return m_pageViews.at(page - 1);
}

void ReaderWidget::openDocument(qint64 docId, int page, const QList<QRectF>& highlights) {
    navigate({docId, page}, highlights, true);
}

void ReaderWidget::navigate(const Place& place, const QList<QRectF>& highlights, bool remember) {
    if (!m_library)
        return;
    const Place here{m_doc.id, m_page};
    if (place.docId != m_doc.id) {
        const std::optional<store::DocumentRecord> record = m_library->document(place.docId);
        if (!record) {
            emit openFailed(place.docId, tr("The document is no longer in the library."));
            return;
        }
        if (remember && here.docId != 0) {
            m_back.append(here);
            m_forward.clear();
        }
        m_doc = *record;
        loadDocument(place.docId);
        emit documentOpened(place.docId);
    } else if (remember && here.docId != 0 && place.page != here.page) {
        m_back.append(here);
        m_forward.clear();
    }
    for (PageView* view : std::as_const(m_pageViews)) {
        if (!view->highlights().isEmpty())
            view->setHighlights({});
    }
    setCurrentPage(std::clamp(place.page, 1, std::max(1, pageCount())));
    if (PageView* view = pageView())
        view->setHighlights(highlights);
    updatePageText(highlights);
    scrollToPage(m_page);
    if (!highlights.isEmpty())
        QTimer::singleShot(0, this, &ReaderWidget::revealHighlight);
    emit historyChanged();
    updateControls();
}

QList<text::Passage> ReaderWidget::pagePassages(int page) const {
    return reported(m_library->passages(m_doc.id, page)).value_or(QList<text::Passage>());
}

void ReaderWidget::loadDocument(qint64 docId) {
    const store::Catalog catalog(*m_library);
    // Without the text, which the reader reads page by page.
    m_pages = reported(catalog.pageLayout(docId)).value_or(QList<store::PageRecord>());
    m_pdf.reset();
    m_page = 0;
    m_selectedText.clear();
    m_titleLabel->setText(m_doc.title.isEmpty() ? m_doc.fileName : m_doc.title);
    m_titleLabel->setToolTip(m_doc.path);
    m_stack->setCurrentIndex(1);
    m_findHits.clear();
    m_findIndex = -1;
    m_findText.clear();
    updateFindStatus();

    m_factBoxes = reported(catalog.factBoxes(docId)).value_or(QList<store::Catalog::FactBox>());
    m_headings = reported(catalog.outline(docId)).value_or(QList<store::Catalog::OutlineEntry>());
    m_outline->setEntries(m_headings);
    m_outlineStack->setCurrentIndex(m_headings.isEmpty() ? 0 : 1);
    m_outlineView->expandToDepth(0);

    QList<QSizeF> sizes;
    for (const store::PageRecord& page : std::as_const(m_pages))
        sizes.append(QSizeF(page.width, page.height));
    m_thumbnails->setPages(docId, sizes);
    // Page sizes and text come from the library, so the pages and highlights show at once; the images
    // follow when the PDF has been opened on a worker thread.
    buildPages();
    updateFacts();
    updateAnnotations();

    openPdf(docId, m_passwords.value(docId), false);
}

void ReaderWidget::openPdf(qint64 docId, const QString& password, bool askedBefore) {
    const quint64 generation = ++m_openGeneration;
    const QString path = m_doc.path;
    whenDone(QtConcurrent::run([path, password]() {
                 OpenedPdf opened;
                 auto result = pdf::PdfDocument::open(path, password);
                 if (result) {
                     opened.document = std::shared_ptr<const pdf::PdfDocument>(std::move(*result));
                 } else {
                     opened.error = result.error().toString();
                     opened.kind = result.error().kind;
                 }
                 return opened;
             }),
             this, [this, generation, docId, askedBefore](const OpenedPdf& opened) {
                 if (generation != m_openGeneration)
                     return; // another document was asked for meanwhile
                 if (!opened.document) {
                     const bool locked = opened.kind == Error::Kind::PasswordRequired ||
                                         opened.kind == Error::Kind::WrongPassword;
                     // A protected PDF was imported with its password; the reader needs it again to draw the
                     // pages.
                     if (locked && m_passwordProvider) {
                         const std::optional<QString> password = m_passwordProvider(m_doc.path, askedBefore);
                         if (password && docId == m_doc.id) {
                             m_passwords.insert(docId, *password);
                             openPdf(docId, *password, true);
                             return;
                         }
                     }
                     qCWarning(lcReader) << "cannot open" << m_doc.path << opened.error;
                     emit openFailed(docId, opened.error);
                     return;
                 }
                 m_pdf = opened.document;
                 m_thumbnails->setDocument(docId, m_pdf);
                 for (PageView* view : std::as_const(m_pageViews))
                     view->setDocument(docId, m_pdf);
                 const std::shared_ptr<const pdf::PdfDocument> document = m_pdf;
                 whenDone(QtConcurrent::run([document]() { return pdf::readOutline(*document); }), this,
                          [this, generation, docId](const QList<pdf::PdfOutlineEntry>& bookmarks) {
                              if (generation == m_openGeneration && docId == m_doc.id)
                                  applyBookmarks(bookmarks);
                          });
             });
}

void ReaderWidget::applyBookmarks(const QList<pdf::PdfOutlineEntry>& bookmarks) {
    // The producer's own table of contents, when the PDF has one, is the outline a reader expects; a
    // heading the importer recognised on the same page lends it a box to highlight.
    auto squeezed = [](QString text) { return text.remove(QLatin1Char(' ')); };
    QList<store::Catalog::OutlineEntry> entries;
    for (const pdf::PdfOutlineEntry& mark : bookmarks) {
        if (mark.page < 1 || mark.page > pageCount() || mark.title.isEmpty())
            continue;
        QRectF box;
        const QString title = squeezed(mark.title);
        for (const store::Catalog::OutlineEntry& heading : std::as_const(m_headings)) {
            const QString other = squeezed(heading.title);
            if (heading.page == mark.page && !other.isEmpty() &&
                (title.contains(other) || other.contains(title))) {
                box = heading.box;
                break;
            }
        }
        entries.append({mark.title, mark.level, mark.page, box});
    }
    if (entries.isEmpty())
        return;
    m_outline->setEntries(entries);
    m_outlineStack->setCurrentIndex(1);
    m_outlineView->expandToDepth(0);
}

void ReaderWidget::buildPages() {
    for (PageView* view : std::as_const(m_pageViews)) {
        m_canvasLayout->removeWidget(view);
        delete view;
    }
    m_pageViews.clear();
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        auto* view = new PageView(&m_cache, m_canvas);
        view->setObjectName(QStringLiteral("pageView%1").arg(i + 1));
        view->setActive(false);
        view->setDocument(m_doc.id, nullptr);
        QSizeF size(m_pages.at(i).width, m_pages.at(i).height);
        if (size.isEmpty())
            size = QSizeF(595, 842); // A4, for a page the importer could not measure
        view->setPage(int(i) + 1, size);
        view->setZoom(m_zoom);
        view->addAction(m_copyAction);
        connect(view, &PageView::selectionChanged, this,
                [this, view](const QRectF& area) { updateSelection(view, area); });
        connect(view, &PageView::contextMenuRequested, this,
                [this, view](const QPointF& points, const QPoint& globalPos) {
                    QMenu menu(this);
                    menu.setObjectName(QStringLiteral("pageMenu"));
                    fillAnnotationMenu(&menu, view, points);
                    if (!menu.isEmpty())
                        menu.exec(globalPos);
                });
        m_canvasLayout->insertWidget(int(i), view, 0, Qt::AlignHCenter);
        view->show(); // now rather than when the layout gets to it: the pages are laid out right away
        m_pageViews.append(view);
    }
    applyZoomMode();
}

void ReaderWidget::closeDocument() {
    ++m_openGeneration;
    m_doc = {};
    m_pages.clear();
    m_pdf.reset();
    m_page = 0;
    m_back.clear();
    m_forward.clear();
    m_factBoxes.clear();
    m_findHits.clear();
    m_findIndex = -1;
    buildPages();
    m_thumbnails->setPages(0, {});
    m_outline->setEntries({});
    m_pageText->clear();
    m_stack->setCurrentIndex(0);
    emit historyChanged();
    updateControls();
}

void ReaderWidget::showPage(int page) {
    if (m_doc.id == 0 || page < 1 || page > pageCount())
        return;
    setCurrentPage(page);
    updatePageText(pageView() ? pageView()->highlights() : QList<QRectF>{});
    scrollToPage(page);
    updateControls();
}

void ReaderWidget::setCurrentPage(int page) {
    if (page == m_page)
        return;
    m_page = page;
    if (m_page >= 1) {
        const QModelIndex thumb = m_thumbnails->index(m_page - 1);
        const QSignalBlocker blocker(m_thumbnailView->selectionModel());
        m_thumbnailView->setCurrentIndex(thumb);
        m_thumbnailView->scrollTo(thumb);
    }
    emit pageChanged(m_page);
}

void ReaderWidget::scrollToPage(int page, bool retry) {
    PageView* view = pageViewAt(page);
    if (!view)
        return;
    // The scroll area would size the canvas for new pages or a new zoom when the event loop next runs;
    // sizing it now tells where the page is. Meanwhile scroll positions say nothing about the current page.
    const QScopedValueRollback scrolling(m_scrolling, true);
    const QSize viewport = m_scroll->viewport()->size();
    const QSize wanted = m_canvasLayout->sizeHint();
    m_canvas->resize(std::max(viewport.width(), wanted.width()),
                     std::max(viewport.height(), wanted.height()));
    m_canvasLayout->activate();
    QScrollBar* bar = m_scroll->verticalScrollBar();
    const int target = std::max(0, view->y() - pageMargin / 2);
    bar->setValue(target);
    updateActivePages();
    m_pendingPage = bar->value() == target ? 0 : page;
    if (m_pendingPage != 0 && retry)
        QTimer::singleShot(0, this, [this, page]() {
            if (page == m_page && m_pendingPage == page)
                scrollToPage(page, false);
        });
}

void ReaderWidget::updateCurrentPageFromScroll() {
    if (m_pageViews.isEmpty())
        return;
    // The current page is the one at the upper third of the view: that is where a reader's eyes are.
    const QScrollBar* bar = m_scroll->verticalScrollBar();
    const int line = bar->value() + m_scroll->viewport()->height() / 3;
    int page = int(m_pageViews.size());
    for (qsizetype i = 0; i < m_pageViews.size(); ++i) {
        if (m_pageViews.at(i)->geometry().bottom() + pageMargin >= line) {
            page = int(i) + 1;
            break;
        }
    }
    // At the very end the last page may be too short to reach that line; it is the one being read.
    if (bar->value() == bar->maximum() && bar->maximum() > 0)
        page = int(m_pageViews.size());
    if (page != m_page) {
        setCurrentPage(page);
        updatePageText(pageView()->highlights());
        updateControls();
    }
}

void ReaderWidget::updateActivePages() {
    // Pages on screen and one screen either side render; the others give their images back to the cache.
    const int top = m_scroll->verticalScrollBar()->value();
    const int height = m_scroll->viewport()->height();
    const QRect wanted(0, top - height, m_canvas->width(), 3 * height);
    for (PageView* view : std::as_const(m_pageViews))
        view->setActive(view->geometry().intersects(wanted));
}

void ReaderWidget::nextPage() {
    showPage(m_page + 1);
}

void ReaderWidget::previousPage() {
    showPage(m_page - 1);
}

void ReaderWidget::zoomIn() {
    m_zoomMode = ZoomMode::Custom;
    m_fitWidthAction->setChecked(false);
    m_fitPageAction->setChecked(false);
    setZoom(m_zoom * zoomStep);
}

void ReaderWidget::zoomOut() {
    m_zoomMode = ZoomMode::Custom;
    m_fitWidthAction->setChecked(false);
    m_fitPageAction->setChecked(false);
    setZoom(m_zoom / zoomStep);
}

void ReaderWidget::setFitWidth(bool fit) {
    m_zoomMode = fit ? ZoomMode::FitWidth : ZoomMode::Custom;
    applyZoomMode();
}

void ReaderWidget::setFitPage(bool fit) {
    m_zoomMode = fit ? ZoomMode::FitPage : ZoomMode::Custom;
    applyZoomMode();
}

void ReaderWidget::applyZoomMode() {
    m_fitWidthAction->setChecked(m_zoomMode == ZoomMode::FitWidth);
    m_fitPageAction->setChecked(m_zoomMode == ZoomMode::FitPage);
    if (m_zoomMode == ZoomMode::Custom || m_pages.isEmpty()) {
        setZoom(m_zoom);
        return;
    }
    const store::PageRecord& reference = m_pages.at(std::clamp(m_page, 1, pageCount()) - 1);
    QSizeF size(reference.width, reference.height);
    if (size.isEmpty())
        size = QSizeF(595, 842);
    const int width = m_scroll->viewport()->width() - 2 * pageMargin;
    const int height = m_scroll->viewport()->height() - 2 * pageMargin;
    if (width < 50 || height < 50)
        return;
    double zoom = width / size.width();
    if (m_zoomMode == ZoomMode::FitPage)
        zoom = std::min(zoom, height / size.height());
    setZoom(zoom);
}

void ReaderWidget::setZoom(double zoom) {
    zoom = std::clamp(zoom, 0.1, 8.0);
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    if (changed) {
        // Keep the current page in place while every page changes size.
        const int page = m_page;
        for (PageView* view : std::as_const(m_pageViews))
            view->setZoom(zoom);
        if (page >= 1)
            scrollToPage(page);
    }
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_zoom * 100)));
}

bool ReaderWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_canvas && event->type() == QEvent::Resize) {
        if (m_pendingPage != 0 && m_pendingPage == m_page)
            scrollToPage(m_pendingPage, false);
        else
            updateActivePages();
    } else if (watched == m_scroll->viewport()) {
        if (event->type() == QEvent::Resize && m_zoomMode != ZoomMode::Custom) {
            applyZoomMode();
            updateActivePages();
        } else if (event->type() == QEvent::Wheel) {
            auto* wheel = static_cast<QWheelEvent*>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                const int delta = wheel->angleDelta().y();
                if (delta > 0)
                    zoomIn();
                else if (delta < 0)
                    zoomOut();
                updateControls();
                return true;
            }
        }
    } else if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            closeFindBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReaderWidget::updatePageText(const QList<QRectF>& highlights) {
    if (!m_library || m_doc.id == 0) {
        m_pageText->clear();
        return;
    }
    const QList<text::Passage> passages = pagePassages(m_page);
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
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(open ? 1 : 0, std::max(open ? 1 : 0, pageCount()));
        m_pageSpin->setValue(m_page);
    }
    m_pageSpin->setEnabled(open);
    m_pageCountLabel->setText(tr("of %1").arg(pageCount()));
    m_prevButton->setEnabled(open && m_page > 1);
    m_nextButton->setEnabled(open && m_page < pageCount());
    for (QAction* action : {m_zoomInAction, m_zoomOutAction, m_fitWidthAction, m_fitPageAction, m_factsAction,
                            m_findAction, m_findNextAction, m_findPreviousAction})
        action->setEnabled(open);
    m_backAction->setEnabled(canGoBack());
    m_forwardAction->setEnabled(canGoForward());
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_zoom * 100)));
}

void ReaderWidget::revealHighlight() {
    PageView* view = pageView();
    if (!view)
        return;
    const QRect box = view->firstHighlightRect();
    if (box.isNull())
        return;
    const QPoint centre = view->mapTo(m_canvas, box.center());
    const QScopedValueRollback scrolling(m_scrolling, true);
    m_scroll->ensureVisible(centre.x(), centre.y(), box.width() / 2 + 40, box.height() / 2 + 80);
}

void ReaderWidget::goBack() {
    if (m_back.isEmpty())
        return;
    m_forward.append({m_doc.id, m_page});
    navigate(m_back.takeLast(), {}, false);
}

void ReaderWidget::goForward() {
    if (m_forward.isEmpty())
        return;
    m_back.append({m_doc.id, m_page});
    navigate(m_forward.takeLast(), {}, false);
}

void ReaderWidget::openFindBar() {
    if (m_doc.id == 0)
        return;
    m_findBar->setVisible(true);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void ReaderWidget::closeFindBar() {
    m_findBar->setVisible(false);
    if (PageView* view = pageView())
        view->setHighlights({});
    m_scroll->setFocus();
}

void ReaderWidget::find(const QString& text) {
    if (m_findEdit->text() != text) {
        const QSignalBlocker blocker(m_findEdit);
        m_findEdit->setText(text);
    }
    m_findText = text;
    m_findHits.clear();
    m_findIndex = -1;
    const quint64 generation = ++m_findGeneration;
    if (text.trimmed().isEmpty() || !m_library || m_doc.id == 0) {
        m_finding = false;
        updateFindStatus();
        emit findFinished(0);
        return;
    }
    m_finding = true;
    m_findStatus->setText(tr("Searching…"));
    // The library search restricted to this document (doc:N), so find matches exactly what search does:
    // particles, spacing variants, broken lines. It runs on a worker with its own connection.
    const QString libraryPath = m_library->path();
    const QString query = QStringLiteral("doc:%1 %2").arg(m_doc.id).arg(text);
    whenDone(QtConcurrent::run([libraryPath, query]() -> Result<search::SearchResult> {
                 auto library = store::Library::open(libraryPath);
                 if (!library)
                     return std::unexpected(library.error());
                 return search::Searcher(**library).search(query, findLimit);
             }),
             this, [this, generation](const Result<search::SearchResult>& result) {
                 if (generation != m_findGeneration)
                     return;
                 m_finding = false;
                 if (result) {
                     for (const search::SearchHit& hit : result->hits)
                         m_findHits.append({hit.page, hit.boxes});
                     std::sort(m_findHits.begin(), m_findHits.end(),
                               [](const FindHit& a, const FindHit& b) { return a.page < b.page; });
                 } else {
                     qCInfo(lcReader) << "find failed:" << result.error().message;
                 }
                 if (!m_findHits.isEmpty()) {
                     // Start at the current page, like a reader's eyes would.
                     int start = 0;
                     while (start < m_findHits.size() && m_findHits.at(start).page < m_page)
                         ++start;
                     showFindHit(start < m_findHits.size() ? start : 0);
                 } else {
                     updateFindStatus();
                 }
                 emit findFinished(int(m_findHits.size()));
             });
}

void ReaderWidget::findNext() {
    if (m_findBar->isHidden()) {
        openFindBar();
        return;
    }
    if (m_findEdit->text() != m_findText) {
        find(m_findEdit->text());
        return;
    }
    if (!m_findHits.isEmpty())
        showFindHit((m_findIndex + 1) % int(m_findHits.size()));
}

void ReaderWidget::findPrevious() {
    if (m_findHits.isEmpty())
        return;
    showFindHit((m_findIndex - 1 + int(m_findHits.size())) % int(m_findHits.size()));
}

void ReaderWidget::showFindHit(int index) {
    if (index < 0 || index >= m_findHits.size())
        return;
    m_findIndex = index;
    const FindHit& hit = m_findHits.at(index);
    navigate({m_doc.id, hit.page}, hit.boxes, false);
    updateFindStatus();
}

void ReaderWidget::updateFindStatus() {
    if (!m_findStatus)
        return;
    if (m_findText.trimmed().isEmpty())
        m_findStatus->clear();
    else if (m_findHits.isEmpty())
        m_findStatus->setText(tr("Not found"));
    else
        m_findStatus->setText(tr("Page %1 of %n with matches", nullptr, int(m_findHits.size()))
                                  .arg(std::max(0, m_findIndex) + 1));
}

void ReaderWidget::setShowFacts(bool show) {
    m_showFacts = show;
    if (m_factsAction->isChecked() != show)
        m_factsAction->setChecked(show);
    updateFacts();
}

void ReaderWidget::updateFacts() {
    QHash<int, QList<store::Catalog::FactBox>> byPage;
    if (m_showFacts) {
        for (const store::Catalog::FactBox& fact : std::as_const(m_factBoxes))
            byPage[fact.page].append(fact);
    }
    for (PageView* view : std::as_const(m_pageViews))
        view->setFactBoxes(byPage.value(view->page()));
}

void ReaderWidget::updateSelection(PageView* view, const QRectF& area) {
    for (PageView* other : std::as_const(m_pageViews)) {
        if (other != view)
            other->clearSelection();
    }
    m_selectedText.clear();
    m_highlightAction->setEnabled(false);
    if (area.isNull() || !m_library)
        return;
    QStringList parts;
    for (const text::Passage& passage : pagePassages(view->page())) {
        bool inside = false;
        for (const QRectF& line : passage.lineBoxes) {
            if (area.intersects(line)) {
                inside = true;
                break;
            }
        }
        if (inside || (passage.lineBoxes.isEmpty() && area.intersects(passage.box)))
            parts.append(passage.text);
    }
    m_selectedText = parts.join(QStringLiteral("\n\n"));
    m_highlightAction->setEnabled(m_annotationEditor && !m_selectedText.isEmpty());
    // Like selected text elsewhere on X11: middle-click pastes it; Ctrl+C puts it on the clipboard.
    if (!m_selectedText.isEmpty() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(m_selectedText, QClipboard::Selection);
}

void ReaderWidget::copySelection() {
    if (m_pageText->textCursor().hasSelection() && m_pageText->hasFocus()) {
        m_pageText->copy();
        return;
    }
    if (!m_selectedText.isEmpty())
        QApplication::clipboard()->setText(m_selectedText);
}

void ReaderWidget::setAnnotationEditor(AnnotationEditor* editor) {
    if (m_annotationEditor)
        disconnect(m_annotationEditor, nullptr, this, nullptr);
    m_annotationEditor = editor;
    if (editor)
        connect(editor, &AnnotationEditor::recordsChanged, this, &ReaderWidget::updateAnnotations);
    updateAnnotations();
}

void ReaderWidget::updateAnnotations() {
    QHash<int, QList<AnnotationMark>> byPage;
    annotation::AnnotationStore* store = m_annotationEditor ? m_annotationEditor->store() : nullptr;
    if (store && m_doc.id > 0) {
        for (const annotation::Annotation& a : store->annotations(m_doc.id)) {
            if (a.detached)
                continue;
            byPage[a.page].append({a.id, a.boxes, QColor(a.color), a.note, a.quote, a.fact.has_value()});
        }
    }
    for (PageView* view : std::as_const(m_pageViews))
        view->setAnnotations(byPage.value(view->page()));
}

std::optional<ReaderWidget::AnnotationTarget> ReaderWidget::annotationTarget(PageView* view,
                                                                             const QPointF& points) const {
    if (!m_library || !view || m_doc.id <= 0)
        return std::nullopt;
    const QList<text::Passage> passages = pagePassages(view->page());
    AnnotationTarget target;
    target.page = view->page();
    const QRectF area = view->selection();
    if (!area.isNull()) {
        // Passages joined by a line break, as the annotation store joins them to find a quote again.
        QStringList parts;
        for (const text::Passage& p : passages) {
            QList<QRectF> lines;
            qsizetype firstLine = -1, lastLine = -1;
            for (qsizetype i = 0; i < p.lineBoxes.size(); ++i) {
                if (!area.intersects(p.lineBoxes.at(i)))
                    continue;
                lines.append(p.lineBoxes.at(i));
                if (firstLine < 0)
                    firstLine = i;
                lastLine = i;
            }
            if (lines.isEmpty() && p.lineBoxes.isEmpty() && area.intersects(p.box))
                lines.append(p.box);
            if (lines.isEmpty())
                continue;
            if (firstLine < 0) {
                parts.append(p.text);
            } else {
                // The selected lines' share of the text, split as the quote locator splits a passage among
                // its lines, so that finding the quote again after a re-import gives back these lines.
                const qsizetype n = p.lineBoxes.size();
                const qsizetype len = p.text.size();
                const qsizetype from = firstLine * len / n;
                const qsizetype to = (lastLine + 1) * len / n;
                parts.append(p.text.mid(from, to - from).trimmed());
            }
            target.boxes += lines;
        }
        target.quote = parts.join(QLatin1Char('\n'));
    } else {
        for (const text::Passage& p : passages) {
            if (!p.box.adjusted(-2, -2, 2, 2).contains(points))
                continue;
            target.quote = p.text;
            target.boxes = p.lineBoxes.isEmpty() ? QList<QRectF>{p.box} : p.lineBoxes;
            break;
        }
    }
    if (target.quote.trimmed().isEmpty())
        return std::nullopt;
    return target;
}

void ReaderWidget::fillAnnotationMenu(QMenu* menu, PageView* view, const QPointF& points) {
    if (!m_annotationEditor || !m_annotationEditor->store() || !view)
        return;
    AnnotationEditor* editor = m_annotationEditor;
    const bool inSelection = !view->selection().isNull() && view->selection().contains(points);
    if (const AnnotationMark* mark = inSelection ? nullptr : view->annotationAt(points)) {
        const qint64 id = mark->id;
        QAction* note = menu->addAction(mark->note.isEmpty() ? tr("Add note…") : tr("Edit note…"));
        note->setObjectName(QStringLiteral("editNoteAction"));
        connect(note, &QAction::triggered, editor, [editor, id]() { editor->editNote(id); });
        QAction* tags = menu->addAction(tr("Tags…"));
        tags->setObjectName(QStringLiteral("editTagsAction"));
        connect(tags, &QAction::triggered, editor, [editor, id]() { editor->editTags(id); });
        QMenu* colours = menu->addMenu(tr("Colour"));
        const QList<QPair<QString, QString>> palette{{tr("Yellow"), QStringLiteral("#ffd54f")},
                                                     {tr("Green"), QStringLiteral("#81c784")},
                                                     {tr("Blue"), QStringLiteral("#64b5f6")},
                                                     {tr("Pink"), QStringLiteral("#f06292")}};
        for (const auto& [name, colour] : palette) {
            QAction* pick = colours->addAction(name);
            connect(pick, &QAction::triggered, editor, [editor, id, colour = colour]() {
                if (auto a = editor->store()->annotation(id); a && a->color != colour) {
                    a->color = colour;
                    editor->updateAnnotation(*a);
                }
            });
        }
        menu->addSeparator();
        QAction* remove = menu->addAction(tr("Remove highlight"));
        remove->setObjectName(QStringLiteral("removeAnnotationAction"));
        connect(remove, &QAction::triggered, editor, [editor, id]() { editor->removeAnnotation(id); });
        return;
    }
    const std::optional<AnnotationTarget> target = annotationTarget(view, points);
    if (!target)
        return;
    const qint64 docId = m_doc.id;
    const auto t = *target;
    QAction* highlight = menu->addAction(tr("Highlight"));
    highlight->setObjectName(QStringLiteral("highlightAction"));
    connect(highlight, &QAction::triggered, editor,
            [editor, docId, t]() { editor->highlight(docId, t.page, t.quote, t.boxes); });
    QAction* note = menu->addAction(tr("Add note…"));
    note->setObjectName(QStringLiteral("addNoteAction"));
    connect(note, &QAction::triggered, editor,
            [editor, docId, t]() { editor->addNote(docId, t.page, t.quote, t.boxes); });
    QAction* tags = menu->addAction(tr("Tags…"));
    tags->setObjectName(QStringLiteral("addTagsAction"));
    connect(tags, &QAction::triggered, editor,
            [editor, docId, t]() { editor->addTags(docId, t.page, t.quote, t.boxes); });
    QAction* fact = menu->addAction(tr("Mark as fact…"));
    fact->setObjectName(QStringLiteral("markFactAction"));
    connect(fact, &QAction::triggered, editor,
            [editor, docId, t]() { editor->markFact(docId, t.page, t.quote, t.boxes); });
    if (!m_selectedText.isEmpty()) {
        menu->addSeparator();
        menu->addAction(m_copyAction);
    }
}

void ReaderWidget::highlightSelection() {
    if (!m_annotationEditor)
        return;
    for (PageView* view : std::as_const(m_pageViews)) {
        if (view->selection().isNull())
            continue;
        const auto target = annotationTarget(view, view->selection().center());
        if (target && m_annotationEditor->highlight(m_doc.id, target->page, target->quote, target->boxes)) {
            view->clearSelection();
            updateSelection(view, {});
        }
        return;
    }
}

} // namespace pl::ui
