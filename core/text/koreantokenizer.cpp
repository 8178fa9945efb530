#include "core/text/koreantokenizer.h"

#include <QChar>
#include <QString>
#include <libstemmer.h>
#include <memory>
#include <optional>

namespace pl::text {

namespace {

enum class Cls { Space, Hangul, Letter, Digit, Han, DigitGroup, Other };

void appendUtf8(std::string& s, char32_t c) {
    if (c < 0x80) {
        s.push_back(char(c));
    } else if (c < 0x800) {
        s.push_back(char(0xC0 | (c >> 6)));
        s.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        s.push_back(char(0xE0 | (c >> 12)));
        s.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        s.push_back(char(0x80 | (c & 0x3F)));
    } else {
        s.push_back(char(0xF0 | (c >> 18)));
        s.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        s.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        s.push_back(char(0x80 | (c & 0x3F)));
    }
}

struct CodePoint {
    char32_t c;
    int start, end;
};

char32_t fold(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0; // full-width ASCII
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return c + 32;
        return c;
    }
    return QChar::toCaseFolded(c);
}

/// The middle dots Korean text joins list items with (시ㆍ군ㆍ구, 우선허용·사후규제), in every variant a
/// document or a keyboard gives: they join a Hangul run as spaces do, so 시·군·구 = 시ㆍ군ㆍ구 = 시 군 구.
bool isMiddleDot(char32_t c) {
    return c == 0x00B7 || c == 0x318D || c == 0x119E || c == 0x2024 || c == 0x2027 || c == 0x30FB ||
           c == 0xFF65 || c == 0x2219 || c == 0x22C5;
}

Cls classify(char32_t c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || isMiddleDot(c))
        return Cls::Space;
    if (c >= 0xAC00 && c <= 0xD7A3)
        return Cls::Hangul;
    if (c >= '0' && c <= '9')
        return Cls::Digit;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x20000 && c <= 0x2FFFF))
        return Cls::Han;
    if (QChar::isLetter(c) || QChar::isMark(c))
        return Cls::Letter;
    if (QChar::isDigit(c))
        return Cls::Digit;
    return Cls::Other;
}

/// Whether a token is an English word Snowball can stem: ASCII letters only, three or more.
bool stemmable(const std::string& t) {
    if (t.size() < 3)
        return false;
    for (char c : t)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

} // namespace

std::string KoreanTokenizer::stem(const std::string& word) {
    if (!stemmable(word))
        return word;
    // A Snowball stemmer keeps state between calls: one per thread (SQLite may tokenize on any).
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    if (!stemmer)
        return word;
    const sb_symbol* out =
        sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()), int(word.size()));
    if (!out)
        return word;
    return std::string(reinterpret_cast<const char*>(out), size_t(sb_stemmer_length(stemmer.get())));
}

void KoreanTokenizer::tokenize(QByteArrayView utf8, Mode mode,
                               const std::function<bool(const Token&)>& sink) {
    // Decode once; invalid bytes become separators.
    std::vector<CodePoint> cps;
    cps.reserve(utf8.size());
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const int n = int(utf8.size());
    for (int i = 0; i < n;) {
        const unsigned char b = p[i];
        char32_t c = 0xFFFD;
        int len = 1;
        if (b < 0x80) {
            c = b;
        } else if ((b & 0xE0) == 0xC0 && i + 1 < n) {
            c = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
            len = 2;
        } else if ((b & 0xF0) == 0xE0 && i + 2 < n) {
            c = ((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            len = 3;
        } else if ((b & 0xF8) == 0xF0 && i + 3 < n) {
            c = ((b & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
            len = 4;
        }
        cps.push_back({fold(c), i, i + len});
        i += len;
    }

    const int m = int(cps.size());
    std::vector<int> run; // indices of the current Hangul run (spaces skipped)
    // In a query, a run's last bigram is implied by its last trigram; it is needed only when more of the
    // phrase follows (초거대 AI = 초거대 거대 ai), so it waits until something does.
    std::optional<Token> tail;
    auto send = [&](const Token& t) -> bool {
        if (tail) {
            const Token pending = std::move(*tail);
            tail.reset();
            if (!sink(pending))
                return false;
        }
        return sink(t);
    };
    auto syllables = [&](size_t from, size_t count, Token::Kind kind) {
        Token t;
        t.kind = kind;
        for (size_t k = from; k < from + count; ++k)
            appendUtf8(t.text, cps[run[k]].c);
        t.start = cps[run[from]].start;
        t.end = cps[run[from + count - 1]].end;
        return t;
    };
    auto flushRun = [&]() -> bool {
        if (run.empty())
            return true;
        bool go = true;
        if (run.size() == 1) {
            go = send(syllables(0, 1, Token::Kind::Syllable));
        } else if (mode == Mode::Document) {
            // Each bigram, with the trigram that starts at the same syllable at the same position.
            for (size_t k = 0; go && k + 1 < run.size(); ++k) {
                go = send(syllables(k, 2, Token::Kind::Bigram));
                if (go && k + 2 < run.size()) {
                    Token t = syllables(k, 3, Token::Kind::Trigram);
                    t.colocated = true;
                    go = send(t);
                }
            }
            if (go) {
                Token t = syllables(run.size() - 1, 1, Token::Kind::Syllable);
                t.colocated = true;
                go = send(t);
            }
        } else if (run.size() == 2) {
            go = send(syllables(0, 2, Token::Kind::Bigram));
        } else {
            for (size_t k = 0; go && k + 2 < run.size(); ++k)
                go = send(syllables(k, 3, Token::Kind::Trigram));
            if (go)
                tail = syllables(run.size() - 2, 2, Token::Kind::Bigram);
        }
        run.clear();
        return go;
    };

    // The English word before the current position, when the next one may join it (see below).
    std::string lastLetter;
    int lastLetterStart = 0;
    int lastLetterEnd = -1; ///< index of the code point where the word that joins it must start
    for (int i = 0; i < m;) {
        const Cls cls = classify(cps[i].c);
        if (cls == Cls::Hangul) {
            run.push_back(i);
            ++i;
            continue;
        }
        if (cls == Cls::Space) {
            ++i; // spaces do not end a Hangul run: 학습용 데이터 = 학습용데이터
            continue;
        }
        if (!flushRun())
            return;
        if (cls == Cls::Letter || cls == Cls::Digit) {
            Token t;
            t.start = cps[i].start;
            int j = i;
            while (j < m) {
                const Cls c = classify(cps[j].c);
                if (c == cls) {
                    appendUtf8(t.text, cps[j].c);
                    ++j;
                } else if (cls == Cls::Digit && cps[j].c == ',' && j + 3 < m + 1 && j + 1 < m &&
                           classify(cps[j + 1].c) == Cls::Digit) {
                    ++j; // digit group separator: 2,655 = 2655
                } else {
                    break;
                }
            }
            t.end = cps[j - 1].end;
            if (cls == Cls::Letter && mode == Mode::Query) {
                // A query asks for the stem, which the document side stores beside every inflected form.
                t.text = stem(t.text);
                if (!send(t))
                    return;
                i = j;
                continue;
            }
            if (!send(t))
                return;
            if (cls == Cls::Letter) {
                // Beside an English word, its Snowball stem (models → model, regulating → regul); beside the
                // second of two words a space or one hyphen apart, the two joined, and that stem: Chat GPT
                // and K-water are found as ChatGPT and Kwater.
                auto colocate = [&](std::string text, int start) {
                    Token c;
                    c.text = std::move(text);
                    c.start = start;
                    c.end = t.end;
                    c.colocated = true;
                    return send(c);
                };
                const std::string stemmed = stem(t.text);
                if (stemmed != t.text && !colocate(stemmed, t.start))
                    return;
                if (!lastLetter.empty() && lastLetterEnd == i) {
                    const std::string joined = lastLetter + t.text;
                    if (!colocate(joined, lastLetterStart))
                        return;
                    const std::string joinedStem = stem(joined);
                    if (joinedStem != joined && joinedStem != stemmed &&
                        !colocate(joinedStem, lastLetterStart))
                        return;
                }
                // The next word joins this one when only spaces or one hyphen stand between them.
                int k = j;
                while (k < m && (cps[k].c == ' ' || cps[k].c == '\t'))
                    ++k;
                if (k == j && k < m && cps[k].c == '-')
                    ++k; // a hyphen touches both words; "AI - based" stands apart and is a dash
                lastLetter = t.text;
                lastLetterStart = t.start;
                lastLetterEnd = k < m && classify(cps[k].c) == Cls::Letter ? k : -1;
            } else {
                lastLetterEnd = -1;
            }
            i = j;
            continue;
        }
        if (cls == Cls::Han) {
            Token t;
            appendUtf8(t.text, cps[i].c);
            t.start = cps[i].start;
            t.end = cps[i].end;
            if (!send(t))
                return;
            ++i;
            continue;
        }
        ++i; // punctuation separates
    }
    flushRun();
}

QStringList KoreanTokenizer::terms(const QString& text, Mode mode) {
    QStringList out;
    const QByteArray utf8 = text.toUtf8();
    tokenize(utf8, mode, [&](const Token& t) {
        out.append(QString::fromStdString(t.text));
        return true;
    });
    return out;
}

} // namespace pl::text
