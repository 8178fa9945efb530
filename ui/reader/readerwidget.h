#pragma once

#include "core/store/documentrecord.h"

#include <QList>
#include <QRectF>
#include <QWidget>
#include <memory>

class QLabel;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace pl::pdf {
class PdfDocument;
}
namespace pl::store {
class Library;
}

namespace pl::ui {

class PageView;

/// Reads one document page by page: the rendered page with highlights, and beside it the text the importer
/// reconstructed for that page, with page navigation and zoom. The PDF is opened off the GUI thread.
class ReaderWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderWidget)

public:
    explicit ReaderWidget(QWidget* parent = nullptr);
    ~ReaderWidget() override;

    /// The library that page sizes and passages come from; not owned, used on the GUI thread only.
    void setLibrary(const store::Library* library);

    /// Shows a document at a page (1-based), with boxes (PDF points) highlighted on that page.
    void openDocument(qint64 docId, int page = 1, const QList<QRectF>& highlights = {});
    /// Forgets the document, e.g. after it was removed from the library.
    void closeDocument();
    void showPage(int page);

    qint64 docId() const { return m_doc.id; }
    int currentPage() const { return m_page; }
    int pageCount() const { return int(m_pages.size()); }
    PageView* pageView() const { return m_pageView; }
    bool fitsWidth() const { return m_fitWidth; }

public slots:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void setFitWidth(bool fit);

signals:
    void documentOpened(qint64 docId);
    void pageChanged(int page);
    /// The PDF could not be opened (moved, deleted, now encrypted …).
    void openFailed(qint64 docId, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyPage(const QList<QRectF>& highlights);
    void updatePageText(const QList<QRectF>& highlights);
    void updateControls();
    void applyFitWidth();
    void setZoom(double zoom);
    void revealHighlight();

    const store::Library* m_library = nullptr;
    store::DocumentRecord m_doc;
    QList<store::PageRecord> m_pages;
    std::shared_ptr<const pdf::PdfDocument> m_pdf;
    int m_page = 0;
    bool m_fitWidth = true;
    quint64 m_openGeneration = 0;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_titleLabel;
    QToolButton* m_prevButton;
    QToolButton* m_nextButton;
    QSpinBox* m_pageSpin;
    QLabel* m_pageCountLabel;
    QToolButton* m_zoomOutButton;
    QToolButton* m_zoomInButton;
    QToolButton* m_fitWidthButton;
    QLabel* m_zoomLabel;
    QScrollArea* m_scroll;
    PageView* m_pageView;
    QTextBrowser* m_pageText;
};

} // namespace pl::ui
