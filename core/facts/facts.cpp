#include "core/facts/facts.h"

#include "core/facts/countrytagger.h"
#include "core/facts/dateextractor.h"
#include "core/facts/factkinds.h"
#include "core/facts/moneyextractor.h"
#include "core/facts/strategytree.h"

namespace pl::facts {

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
    return f;
}

} // namespace pl::facts
