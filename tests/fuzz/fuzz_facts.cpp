// The date and amount parsers (and the rest of fact extraction) on arbitrary passages.
#include "core/facts/dateextractor.h"
#include "core/facts/facts.h"
#include "core/facts/moneyextractor.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput in(data, size);
    pl::facts::DocumentContext context;
    const int year = in.word() % 200;
    if (year < 150)
        context.documentDate = QDate(1950 + year, 1 + in.byte() % 12, 1 + in.byte() % 28);
    QList<pl::text::Passage> passages;
    while (!in.atEnd() && passages.size() < 16) {
        pl::text::Passage p;
        p.page = 1 + in.byte() % 8;
        p.kind = pl::text::Passage::Kind(in.byte() % 5);
        p.level = in.byte() % 4;
        p.box = QRectF(in.byte(), in.byte(), in.byte(), in.byte());
        p.lineBoxes = {p.box};
        p.text = in.text(400);
        passages.append(p);
    }
    (void)pl::facts::extractDates(passages, context);
    (void)pl::facts::extractMoney(passages, context);
    (void)pl::facts::extractFacts(passages, context);
    return 0;
}
