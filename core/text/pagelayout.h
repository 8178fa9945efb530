#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace pl::text {

/// One word as the PDF layer reports it, in page points (origin top-left).
struct Word {
    QString text;
    QRectF box;
    bool spaceAfter = false;
    int order = -1; ///< position in the PDF layer's own word order; spaceAfter speaks of order + 1
    /// The type size, where the PDF layer says it: the median advance of the word's full-width characters
    /// (Hangul, Hanja), which a glyph's box height does not give reliably; 0 when unknown.
    double em = 0;
    bool emFullWidth = false; ///< em was read from full-width characters (else from Latin letters)
    QRectF cell;              ///< the ruled table cell the word sits in (RuledCells), or null
};

/// A run of words on one baseline that belongs to one column or table cell.
struct TextLine {
    QString text;
    QRectF box;
    QList<QRectF> wordBoxes;
    int region = 0;         ///< reading-order region (column or block) the line was cut into
    int block = 0;          ///< lines of one block (a paragraph or a wrapped table cell) share this number
    bool rowShared = false; ///< other lines stand beside it on the same baseline (table cells)
    double em = 0;          ///< the median type size of its words that know it (Word::em), or 0
    QRectF cell;            ///< the ruled table cell it sits in, or null: lines of one cell form one block
};

/// Rebuilds reading order from word boxes: words are grouped into lines, lines are split where a column
/// gutter or table gap runs through them, and the page is cut recursively (XY-cut) so that columns come
/// out one after the other rather than interleaved. Words of one ruled cell (Word::cell) never share a line
/// with words of another, and a cell's lines form one block read before the next cell's.
QList<TextLine> layoutPage(const QList<Word>& words, const QSizeF& pageSize);

} // namespace pl::text
