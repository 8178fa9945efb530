#pragma once

#include "core/store/catalog.h"
#include "core/store/documentrecord.h"
#include "core/text/documentassembler.h"
#include "ui/reader/pageview.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QListView;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace pl::pdf {
class PdfDocument;
struct PdfOutlineEntry;
} // namespace pl::pdf
namespace pl::store {
class Library;
}

namespace pl::ui {

class AnnotationEditor;
class OutlineModel;
class ThumbnailModel;

/// Reads one document: its pages one under the other (rendered off the GUI thread, from a shared cache),
/// thumbnails and headings beside them, the reconstructed text of the current page, find-in-document with
/// the library's Korean-aware matching, extracted facts marked at their boxes, and Back/Forward history.
class ReaderWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderWidget)

public:
    enum class ZoomMode { FitWidth, FitPage, Custom };
    /// A place the reader has been: Back and Forward return to it.
    struct Place {
        qint64 docId = 0;
        int page = 0;
        friend bool operator==(const Place&, const Place&) = default;
    };

    /// Asks for the password of a protected PDF (wrongBefore after a wrong one); nullopt gives up.
    using PasswordProvider = std::function<std::optional<QString>(const QString& file, bool wrongBefore)>;

    explicit ReaderWidget(QWidget* parent = nullptr);
    ~ReaderWidget() override;

    void setPasswordProvider(PasswordProvider provider);

    /// Where the user's highlights come from and go to (not owned); null shows none.
    void setAnnotationEditor(AnnotationEditor* editor);
    /// The text a highlight made at this point of a page would cover: the selection on that page if there
    /// is one, else the passage under the point.
    struct AnnotationTarget {
        int page = 0;
        QString quote;
        QList<QRectF> boxes;
    };
    std::optional<AnnotationTarget> annotationTarget(PageView* view, const QPointF& points) const;
    /// The context menu of a page at a point: Highlight, Add note…, Tags…, Mark as fact…, or for a
    /// highlight there, Edit note…, Tags…, Remove. Actions carry object names for tests.
    void fillAnnotationMenu(QMenu* menu, PageView* view, const QPointF& points);

    /// The library that page sizes and passages come from; not owned, used on the GUI thread only.
    void setLibrary(const store::Library* library);

    /// Shows a document at a page (1-based), with boxes (PDF points) highlighted on that page. Going
    /// somewhere else than the current place remembers the current place for Back.
    void openDocument(qint64 docId, int page = 1, const QList<QRectF>& highlights = {});
    /// Forgets the document, e.g. after it was removed from the library.
    void closeDocument();
    /// Scrolls to a page of the open document (not remembered in the history).
    void showPage(int page);

    qint64 docId() const { return m_doc.id; }
    int currentPage() const { return m_page; }
    int pageCount() const { return int(m_pages.size()); }
    /// The view of the current page.
    PageView* pageView() const;
    PageView* pageViewAt(int page) const;
    bool fitsWidth() const { return m_zoomMode == ZoomMode::FitWidth; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    double zoom() const { return m_zoom; }

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }

    /// Finds text in the open document with the search engine's matching; results arrive with findFinished.
    void find(const QString& text);
    int findHitCount() const { return int(m_findHits.size()); }
    /// 0-based index of the find hit shown, -1 before the first.
    int findCurrent() const { return m_findIndex; }
    bool isFinding() const { return m_finding; }

    bool showsFacts() const { return m_showFacts; }
    /// The text of the passages inside the area selected on the page; empty without a selection.
    QString selectedText() const { return m_selectedText; }

    ThumbnailModel* thumbnailModel() const { return m_thumbnails; }
    OutlineModel* outlineModel() const { return m_outline; }
    /// Actions the window puts in its menus (Back, Forward, Find …), each with its shortcut.
    QList<QAction*> navigationActions() const;
    QList<QAction*> viewActions() const;

public slots:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void setFitWidth(bool fit);
    void setFitPage(bool fit);
    void goBack();
    void goForward();
    void openFindBar();
    void closeFindBar();
    void findNext();
    void findPrevious();
    void setShowFacts(bool show);
    void copySelection();
    /// Highlights the text selected on a page (the toolbar's Highlight); nothing without a selection.
    void highlightSelection();

signals:
    void documentOpened(qint64 docId);
    void pageChanged(int page);
    /// The PDF could not be opened (moved, deleted, now encrypted …).
    void openFailed(qint64 docId, const QString& message);
    /// Reading the library failed (busy, damaged): what the reader shows is incomplete, and why.
    void readFailed(const QString& message);
    void historyChanged();
    void findFinished(int hitCount);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The stored passages of a page of the open document; a failed read is reported through readFailed.
    QList<text::Passage> pagePassages(int page) const;
    template <typename T> Result<T> reported(Result<T> read) const {
        if (!read)
            emit const_cast<ReaderWidget*>(this)->readFailed(read.error().toString());
        return read;
    }
    QWidget* createControls();
    QWidget* createSidebar();
    QWidget* createFindBar();
    void navigate(const Place& place, const QList<QRectF>& highlights, bool remember);
    void loadDocument(qint64 docId);
    void openPdf(qint64 docId, const QString& password, bool askedBefore);
    void applyBookmarks(const QList<pdf::PdfOutlineEntry>& bookmarks);
    void buildPages();
    void scrollToPage(int page, bool retry = true);
    void updateCurrentPageFromScroll();
    void updateActivePages();
    void setCurrentPage(int page);
    void updatePageText(const QList<QRectF>& highlights);
    void updateControls();
    void applyZoomMode();
    void setZoom(double zoom);
    void revealHighlight();
    void showFindHit(int index);
    void updateFindStatus();
    void updateFacts();
    void updateSelection(PageView* view, const QRectF& area);
    void updateAnnotations();

    const store::Library* m_library = nullptr;
    AnnotationEditor* m_annotationEditor = nullptr;
    store::DocumentRecord m_doc;
    QList<store::PageRecord> m_pages;
    std::shared_ptr<const pdf::PdfDocument> m_pdf;
    int m_page = 0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_zoom = 1.0;
    quint64 m_openGeneration = 0;
    bool m_scrolling = false; ///< a programmatic scroll is under way; it decides the current page itself
    int m_pendingPage = 0;    ///< a page to scroll to once the pages have been laid out
    PageCache m_cache;
    QList<PageView*> m_pageViews;
    QList<store::Catalog::FactBox> m_factBoxes;
    QList<store::Catalog::OutlineEntry> m_headings; ///< recognised at import; the outline without bookmarks
    bool m_showFacts = false;
    QString m_selectedText;
    PasswordProvider m_passwordProvider;
    QHash<qint64, QString> m_passwords; ///< for this session only; never stored

    QList<Place> m_back;
    QList<Place> m_forward;

    struct FindHit {
        int page = 0;
        QList<QRectF> boxes;
    };
    QList<FindHit> m_findHits;
    int m_findIndex = -1;
    QString m_findText;
    bool m_finding = false;
    quint64 m_findGeneration = 0;

    ThumbnailModel* m_thumbnails;
    OutlineModel* m_outline;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_titleLabel = nullptr;
    QToolButton* m_prevButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QLabel* m_pageCountLabel = nullptr;
    QToolButton* m_zoomOutButton = nullptr;
    QToolButton* m_zoomInButton = nullptr;
    QToolButton* m_fitWidthButton = nullptr;
    QToolButton* m_fitPageButton = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QScrollArea* m_scroll;
    QWidget* m_canvas;
    QVBoxLayout* m_canvasLayout;
    QTextBrowser* m_pageText;
    QTabWidget* m_sidebar = nullptr;
    QListView* m_thumbnailView = nullptr;
    QStackedWidget* m_outlineStack = nullptr;
    QTreeView* m_outlineView = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_findStatus = nullptr;

    QAction* m_backAction;
    QAction* m_forwardAction;
    QAction* m_findAction;
    QAction* m_findNextAction;
    QAction* m_findPreviousAction;
    QAction* m_zoomInAction;
    QAction* m_zoomOutAction;
    QAction* m_fitWidthAction;
    QAction* m_fitPageAction;
    QAction* m_factsAction;
    QAction* m_copyAction;
    QAction* m_highlightAction;
};

} // namespace pl::ui
