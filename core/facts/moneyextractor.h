#pragma once

#include "core/facts/facts.h"

namespace pl::facts {

/// Amounts of money in the passages, in document order; a conversion follows the item it converts.
QList<MoneyFact> extractMoney(const QList<text::Passage>& passages, const DocumentContext& context);

} // namespace pl::facts
