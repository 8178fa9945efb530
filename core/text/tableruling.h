#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

class QImage;

namespace pl::text {

/// One straight line drawn on a page (a table's cell border), in page points (origin top-left).
struct Rule {
    bool horizontal = true;
    double at = 0;   ///< y of a horizontal rule, x of a vertical one
    double from = 0; ///< where it starts along its own direction
    double to = 0;
};

/// The straight lines a page draws, read off a rendering of it at `pixelsPerPoint`: runs of dark pixels long
/// enough not to be a glyph's stroke and thin enough not to be a filled area (a shaded header, a photo).
/// Collinear pieces (each cell draws its own border) come out as one line.
/// Hancom draws every cell border of a table as such a line; the approach is that of lattice-mode table
/// extractors (Camelot), on a bitmap because Poppler's Qt API does not hand out vector paths.
QList<Rule> rulesFromImage(const QImage& image, double pixelsPerPoint);

/// Table cells bounded by drawn rules: the cell of a point lies between the nearest vertical rules beside it
/// and the nearest horizontal rules above and below that join them; a table without outer side borders ends
/// where its horizontal rules end together. Merged cells come out as one cell, because the rules inside them
/// are missing.
class RuledCells {
public:
    RuledCells() = default;
    explicit RuledCells(const QList<Rule>& rules);

    /// Leaves out horizontal rules that run through the middle of a word (`text`: word boxes): those are
    /// strokes of glyphs (a bold ㅡ, 二), not borders.
    void leaveOutStrokesThrough(const QList<QRectF>& text);

    bool isEmpty() const { return m_vertical.isEmpty() || m_horizontal.isEmpty(); }
    /// The cell holding `p`, or a null rectangle.
    QRectF cellAt(const QPointF& p) const;
    /// x positions of vertical rules that cross the band [top, bottom] strictly between left and right.
    QList<double> verticalsBetween(double left, double right, double top, double bottom) const;

private:
    QList<Rule> m_vertical, m_horizontal;
};

} // namespace pl::text
