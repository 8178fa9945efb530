#include "core/store/fts5ranking.h"

#include "core/store/fts5tokenizer.h"

#include <sqlite3.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace pl::store {

namespace {

constexpr int kMaxPhrases = 64;

/// Parses "0,0,1,-1" into one group index per phrase; phrases beyond the list count as group 0.
int parseGroups(const char* spec, std::array<int, kMaxPhrases>& out) {
    int n = 0;
    if (!spec)
        return 0;
    const char* p = spec;
    const char* end = spec + std::strlen(spec);
    while (p < end && n < kMaxPhrases) {
        int v = 0;
        const auto [next, ec] = std::from_chars(p, end, v);
        if (ec != std::errc())
            break;
        out[n++] = v;
        p = next;
        if (p < end && *p == ',')
            ++p;
    }
    return n;
}

void matchWeight(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nArg,
                 sqlite3_value** args) {
    std::array<int, kMaxPhrases> groupOf{};
    const int mapped =
        nArg >= 1 ? parseGroups(reinterpret_cast<const char*>(sqlite3_value_text(args[0])), groupOf) : 0;

    std::array<int, kMaxPhrases> perGroup{};
    int groups = 1;
    for (int i = 0; i < mapped; ++i)
        groups = std::max(groups, groupOf[i] + 1);
    groups = std::min(groups, kMaxPhrases);

    const int phrases = std::min(api->xPhraseCount(fts), kMaxPhrases);
    for (int ph = 0; ph < phrases; ++ph) {
        const int g = ph < mapped ? groupOf[ph] : 0;
        if (g < 0 || g >= groups)
            continue;
        Fts5PhraseIter it;
        int column = 0, offset = 0;
        if (api->xPhraseFirst(fts, ph, &it, &column, &offset) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset))
            ++perGroup[g];
    }
    double weight = 1.0;
    for (int g = 0; g < groups; ++g)
        weight *= 1.0 + 0.3 * std::log(double(std::max(1, perGroup[g])));
    sqlite3_result_double(ctx, weight);
}

} // namespace

bool registerMatchWeight(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    if (!api)
        return false;
    return api->xCreateFunction(api, "pl_match_weight", nullptr, &matchWeight, nullptr) == SQLITE_OK;
}

} // namespace pl::store
