#pragma once

#include "core/base/error.h"
#include "core/briefing/briefing.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace pl::ui {

/// Lays out a briefing and paints it with QPainter — on the pages of a PDF or a printer, or one item per
/// slide — and writes it as one self-contained HTML file. Everything is drawn from the items' snapshots, so a
/// briefing looks the same after its documents were re-imported. Charts, timelines and trees are painted as
/// vector shapes, and every quote carries its citation `문서명 p.N`; a source list closes the document.
class BriefingRenderer {
    Q_DECLARE_TR_FUNCTIONS(BriefingRenderer)

public:
    /// A document cited by the briefing, with the pages cited, in order of first citation.
    struct Source {
        QString key; ///< SHA-256, else the path
        QString title;
        QString issuer;
        QString date;
        QString fileName;
        QList<int> pages;
    };

    BriefingRenderer(briefing::Briefing briefing, QList<briefing::BriefingItem> items);
    ~BriefingRenderer();
    BriefingRenderer(const BriefingRenderer&) = delete;
    BriefingRenderer& operator=(const BriefingRenderer&) = delete;

    const briefing::Briefing& briefing() const { return m_briefing; }
    const QList<briefing::BriefingItem>& items() const { return m_items; }
    QList<Source> sources() const;

    /// The font family used; NanumGothic when installed, so Korean glyphs exist and are embedded.
    QString fontFamily() const { return m_family; }
    void setFontFamily(const QString& family) { m_family = family; }

    /// Paints every page on a paged device (a QPdfWriter, a QPrinter) with A4 pages, page numbers and the
    /// source list at the end; returns the number of pages.
    Result<int> paint(QPagedPaintDevice* device) const;
    /// Writes the PDF atomically: a failure leaves no file (and an older file as it was).
    Result<void> exportPdf(const QString& path) const;
    /// One HTML file with inline CSS and inline SVG: it references nothing outside itself.
    QString html() const;
    Result<void> exportHtml(const QString& path) const;

    /// Slides for the presentation: a title slide, then one per item.
    int slideCount() const { return int(m_items.size()) + 1; }
    void paintSlide(QPainter* painter, int index, const QRectF& target) const;

    /// The name of an item's kind for people ("인용", "검색 결과" …).
    static QString kindLabel(briefing::ItemKind kind);

    /// A drawable piece of a laid-out item: one line of text, one bar, one table row… Pages break between
    /// rows only, and never after a row that keeps with the next.
    struct Row {
        qreal height = 0;
        qreal spaceBefore = 0; ///< dropped at the top of a page
        bool keepWithNext = false;
        std::function<void(QPainter*, const QPointF&)> paint;
    };

private:
    QFont font(int pixelSize, bool bold = false) const;
    QList<Row> titleRows(qreal width) const;
    QList<Row> itemRows(const briefing::BriefingItem& item, qreal width) const;
    QList<Row> sourceRows(qreal width) const;
    QString itemHtml(const briefing::BriefingItem& item) const;

    briefing::Briefing m_briefing;
    QList<briefing::BriefingItem> m_items;
    QString m_family;
};

} // namespace pl::ui
