#pragma once

#include "core/facts/facts.h"

namespace pl::facts {

/// The outline from the document's headings.
QList<OutlineItem> buildOutline(const QList<text::Passage>& passages, const DocumentContext& context);

/// The strategy tree (a forest) from the plan's own vocabulary and bullet levels.
QList<StrategyNode> buildStrategyTree(const QList<text::Passage>& passages, const DocumentContext& context);

} // namespace pl::facts
