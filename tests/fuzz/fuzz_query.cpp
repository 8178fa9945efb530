// The query parser: whatever a user types becomes a valid FTS5 expression or a friendly error.
#include "core/search/searchquery.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString typed = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = pl::search::SearchQuery::parse(typed);
    if (parsed) {
        (void)parsed->ftsExpression();
        (void)parsed->phraseGroups();
        (void)parsed->highlighters();
        // What the Searcher's plan may ask of the index: common tokens left out of phrases, a group left to
        // the text.
        pl::search::SearchQuery::IndexPlan plan;
        const QStringList tokens = parsed->phraseTokens();
        for (qsizetype i = 0; i < tokens.size(); i += 2)
            plan.common.insert(tokens[i]);
        plan.lookUp = QList<bool>(parsed->groups.size(), true);
        if (plan.lookUp.size() > 1)
            plan.lookUp[0] = false;
        (void)parsed->ftsExpression(plan);
        (void)parsed->phraseGroups(plan);
        for (qsizetype g = 0; g < parsed->groups.size(); ++g)
            (void)parsed->lookedUpWhole(g, plan);
    }
    return 0;
}
