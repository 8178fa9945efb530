#pragma once

#include "core/text/documentassembler.h"

#include <QString>

#include <optional>

namespace pl::facts {

/// The numbering in front of a heading (Ⅰ., 제1장, 제2절, 1., 1), (1), 가. …) and the title after it.
/// Styles have a fixed rank so that headings of different styles compare without knowing the document:
/// a smaller rank is a higher level.
struct HeadingNumber {
    enum class Style { Roman, Chapter, Section, Arabic, ArabicParen, ParenArabic, Hangul, Circled };
    Style style = Style::Arabic;
    int number = 0;
    QString numbering; ///< as printed, e.g. "제2절", "1)", "Ⅳ."
    QString title;     ///< the text after the numbering

    int rank() const { return int(style); }
};

/// Reads the numbering of a passage that looks like a heading: a heading passage, or a short paragraph that
/// starts with a numbering and reads as a title (no sentence end, no link). List items, table cells and notes
/// are never headings; neither are table-of-contents runs that hold several numberings.
std::optional<HeadingNumber> readHeadingNumber(const text::Passage& passage);

/// Follows the numbering of headings through a document. 제N장, 제N절 and Roman numerals are always headings;
/// a plain number n (1., 1), (1), 가.) is accepted when the last heading of its style under the same parent
/// was n-1 or n, or when n is 1, which keeps footnote marks like "17)" and stray numbered sentences out.
class HeadingSequence {
public:
    /// Returns true when `h` continues the document's numbering; the sequence then records it.
    bool accept(const HeadingNumber& h);

private:
    QList<HeadingNumber> m_open; // one per rank, outermost first
};

} // namespace pl::facts
