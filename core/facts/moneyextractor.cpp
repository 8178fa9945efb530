#include "core/facts/moneyextractor.h"

namespace pl::facts {

QList<MoneyFact> extractMoney(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(passages);
    Q_UNUSED(context);
    return {}; // TODO(issue 4): amounts
}

} // namespace pl::facts
