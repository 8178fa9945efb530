// The Korean index tokenizer on arbitrary bytes (it reads UTF-8 from SQLite, which need not be valid).
#include "core/text/koreantokenizer.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto mode :
         {pl::text::KoreanTokenizer::Mode::Document, pl::text::KoreanTokenizer::Mode::Query}) {
        qsizetype total = 0;
        pl::text::KoreanTokenizer::tokenize(bytes, mode, [&](const pl::text::KoreanTokenizer::Token& t) {
            if (t.start < 0 || t.end < t.start || t.end > bytes.size())
                __builtin_trap(); // offsets must stay inside the text FTS5 highlights
            total += t.text.size();
            return total < (1 << 22);
        });
    }
    return 0;
}
