#include "core/facts/strategytree.h"

namespace pl::facts {

QList<OutlineItem> buildOutline(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(passages);
    Q_UNUSED(context);
    return {}; // TODO(issue 4): outline
}

QList<StrategyNode> buildStrategyTree(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(passages);
    Q_UNUSED(context);
    return {}; // TODO(issue 4): strategy tree
}

} // namespace pl::facts
