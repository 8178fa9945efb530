#pragma once

#include <QByteArrayView>
#include <QStringList>
#include <functional>
#include <string>

namespace pl::text {

/// Splits text into the terms the search index stores. Korean has no reliable word boundaries in PDFs
/// (particles stick to nouns, spacing varies, words break at line ends), so Hangul is indexed as
/// overlapping syllable bigrams that run across spaces: 데이터를, 초거대 AI and 학습용데이터 all contain the
/// bigrams of 데이터, 초거대 and 학습용 데이터. Each bigram has the trigram that starts at the same syllable
/// beside it (same position), so a query spells a word of three or more syllables with half as many,
/// far rarer terms (인공지능 = 인공지 공지능 rather than 인공 공지 지능) and the index answers it faster; a
/// trigram phrase matches exactly where the bigram phrase would. Latin letters and digits form separate
/// case-folded terms (GPT-4 = GPT4 = gpt 4), digit-group commas vanish (2,655 = 2655), Han characters are
/// single terms. Middle dots join a Hangul run as spaces do (시·군·구 = 시ㆍ군ㆍ구 = 시 군 구). An English
/// word has its Snowball stem beside it (models, modelling → model), and the second of two English words a
/// space or a hyphen apart has the two joined beside it (Chat GPT, K-water → chatgpt, kwater); a query asks
/// for stems, so foundation model finds dual-use foundation models.
class KoreanTokenizer {
public:
    enum class Mode {
        Document, ///< bigrams and trigrams, and each Hangul run's last syllable, so one-syllable queries
                  ///< can match it
        Query,    ///< only the terms a phrase query needs: trigrams where the run is long enough
    };

    struct Token {
        enum class Kind {
            Word,     ///< Latin letters, digits, a Han character
            Syllable, ///< one Hangul syllable
            Bigram,
            Trigram,
        };
        std::string text; ///< UTF-8
        Kind kind = Kind::Word;
        int start = 0; ///< byte offset into the input
        int end = 0;
        bool colocated = false; ///< stands at the same position as the token before it
    };

    /// Calls `sink` for each token; stops early when it returns false.
    static void tokenize(QByteArrayView utf8, Mode mode, const std::function<bool(const Token&)>& sink);

    /// The Snowball English stem of a case-folded ASCII word of three letters or more; other text as it is.
    static std::string stem(const std::string& word);

    /// Convenience for tests and query building: the token texts.
    static QStringList terms(const QString& text, Mode mode = Mode::Query);
};

} // namespace pl::text
