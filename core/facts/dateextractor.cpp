#include "core/facts/dateextractor.h"

namespace pl::facts {

QList<DateFact> extractDates(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(passages);
    Q_UNUSED(context);
    return {}; // TODO(issue 4): dates and periods
}

} // namespace pl::facts
