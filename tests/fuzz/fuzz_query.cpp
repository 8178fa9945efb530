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
    }
    return 0;
}
