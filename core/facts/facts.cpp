#include "core/facts/facts.h"

#include "core/facts/aliasminer.h"

#include "core/facts/countrytagger.h"
#include "core/facts/dateextractor.h"
#include "core/facts/factkinds.h"
#include "core/facts/moneyextractor.h"
#include "core/facts/strategytree.h"

#include <algorithm>

namespace pl::facts {

namespace {

struct NodePath {
    int passage = -1;
    int page = 0;
    QList<StrategyNode*> path; ///< root … node
};

void collect(QList<StrategyNode>& nodes, QList<StrategyNode*>& path, QList<NodePath>& out) {
    for (StrategyNode& n : nodes) {
        path.append(&n);
        out.append(NodePath{n.at.passage, n.at.page, path});
        collect(n.children, path, out);
        path.removeLast();
    }
}

/// Each amount the plan prints under a task belongs to that task and the nodes above it: the deepest node
/// that starts before the amount, when the amount is no more than two pages on. A printed conversion is
/// the same money and is left out.
void attachAmounts(QList<StrategyNode>& roots, const QList<MoneyFact>& money) {
    QList<NodePath> order;
    QList<StrategyNode*> path;
    collect(roots, path, order);
    std::stable_sort(order.begin(), order.end(),
                     [](const NodePath& a, const NodePath& b) { return a.passage < b.passage; });
    for (const NodePath& n : order)
        n.path.constLast()->amounts.clear();
    for (const MoneyFact& m : money) {
        if (m.convertedFrom >= 0 || m.at.passage < 0)
            continue;
        const auto after =
            std::upper_bound(order.cbegin(), order.cend(), m.at.passage,
                             [](int passage, const NodePath& n) { return passage < n.passage; });
        if (after == order.cbegin())
            continue;
        const NodePath& owner = *std::prev(after);
        if (owner.passage < 0 || m.at.page - owner.page > 2)
            continue;
        // The summary's "2655억원" and the section's "2,655억원" are one amount to a node above both.
        const auto same = [&m](const QString& other) {
            QString a = other, b = m.text;
            return a.remove(u',').remove(u' ') == b.remove(u',').remove(u' ');
        };
        for (StrategyNode* node : owner.path)
            if (std::none_of(node->amounts.cbegin(), node->amounts.cend(), same))
                node->amounts.append(m.text);
    }
}

} // namespace

DocumentFacts extractFacts(const QList<text::Passage>& passages, const DocumentContext& context) {
    DocumentFacts f;
    f.dates = extractDates(passages, context);
    f.money = extractMoney(passages, context);
    f.outline = buildOutline(passages, context);
    f.strategy = buildStrategyTree(passages, context);
    f.passageCountry = tagCountries(passages, context);
    f.countries = summariseCountries(passages, f.passageCountry);
    classifyMoney(f.money, passages, f.passageCountry, context);
    classifyDates(f.dates, passages, context);
    attachAmounts(f.strategy, f.money);
    f.aliases = mineAliases(passages);
    return f;
}

} // namespace pl::facts
