#pragma once

#include "core/facts/facts.h"

namespace pl::facts {

/// Dates and periods in the passages, in document order.
QList<DateFact> extractDates(const QList<text::Passage>& passages, const DocumentContext& context);

} // namespace pl::facts
