#include "core/store/fts5tokenizer.h"

#include "core/text/koreantokenizer.h"

#include <sqlite3.h>

namespace pl::store {

namespace {

constexpr char kTrigramMarker = '\x01';

struct Tokenizer {
    int unused = 0;
};

int xCreate(void*, const char**, int, Fts5Tokenizer** out) {
    *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer* t) {
    delete reinterpret_cast<Tokenizer*>(t);
}

int xTokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int nText,
              int (*xToken)(void*, int, const char*, int, int, int)) {
    // Queries go through the same rules but without the extra one-syllable terms.
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? text::KoreanTokenizer::Mode::Query
                                                    : text::KoreanTokenizer::Mode::Document;
    // Trigrams are stored behind a marker byte, so that the prefix query of a one-syllable word ("법" *)
    // merges the bigrams and syllables that start with it, not the trigrams as well.
    int rc = SQLITE_OK;
    std::string marked;
    text::KoreanTokenizer::tokenize(QByteArrayView(text, nText), mode,
                                    [&](const text::KoreanTokenizer::Token& t) {
                                        const std::string* term = &t.text;
                                        if (t.kind == text::KoreanTokenizer::Token::Kind::Trigram) {
                                            marked.assign(1, kTrigramMarker);
                                            marked += t.text;
                                            term = &marked;
                                        }
                                        rc = xToken(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0, term->data(),
                                                    int(term->size()), t.start, t.end);
                                        return rc == SQLITE_OK;
                                    });
    return rc;
}

} // namespace

fts5_api* fts5Api(sqlite3* db) {
    // The documented way to reach the FTS5 API of a connection.
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

bool registerKoreanTokenizer(sqlite3* db) {
    fts5_api* api = fts5Api(db);
    if (!api)
        return false;
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    return api->xCreateTokenizer(api, "policylens", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace pl::store
