#pragma once

#include "core/text/documentassembler.h"

#include <QRectF>
#include <QString>

/// Helpers shared by the fact extractors: where a span of a passage's text lies on the page, and a short
/// label for the clause around it.
namespace pl::facts::detail {

/// A box on the passage's page covering characters [from, to) of its text: the union of the line boxes the
/// span falls on (estimated by character offset in proportion to line widths), clipped to the passage box.
QRectF spanBox(const text::Passage& passage, qsizetype from, qsizetype to);

/// The clause around characters [from, to) of `text` without the span itself, trimmed to about `maxChars`.
QString clauseLabel(const QString& text, qsizetype from, qsizetype to, qsizetype maxChars = 40);

/// Blanks out (with spaces, keeping offsets) URLs, e-mail addresses, phone numbers and bill or document
/// numbers, which contain digits that are neither dates nor amounts.
QString maskNonFacts(const QString& text);

} // namespace pl::facts::detail
