#include "core/text/koreantokenizer.h"

#include <QChar>
#include <QString>
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

Cls classify(char32_t c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
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

} // namespace

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
            if (!send(t))
                return;
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
