#include "core/text/textnormalizer.h"

#include <QRegularExpression>

namespace pl::text {

namespace {

bool isMiddleDot(char32_t c) {
    return c == 0x00B7 || c == 0x318D || c == 0x119E || c == 0x2024 || c == 0x2027 || c == 0x30FB ||
           c == 0xFF65 || c == 0x2219 || c == 0x22C5;
}

bool isKanaOrHan(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

bool isDropped(char32_t c) {
    if (c == u'\n' || c == u'\t')
        return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true; // C0/C1 controls, e.g. the BEL InDesign puts before paragraphs
    if (c >= 0xE000 && c <= 0xF8FF)
        return true; // private use: HWP equations, symbol fonts
    if (c >= 0xF0000)
        return true; // supplementary private use planes
    if (c == 0xFFFD || c == 0x3164 || c == 0xFFA0)
        return true; // replacement character, Hangul fillers
    // Format characters: zero-width joiners, BOM, soft hyphen, bidi embedding controls.
    return QChar::category(c) == QChar::Other_Format;
}

bool isSpace(char32_t c) {
    return c == u' ' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F;
}

} // namespace

QString normalizeText(const QString& raw) {
    const QString nfc = raw.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    const auto ucs4 = nfc.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4[i];
        if (isDropped(c))
            continue;
        // Japanese text keeps its katakana middle dot (AI政策・制度): only Korean text has one interpunct.
        const bool japaneseDot =
            (c == 0x30FB || c == 0xFF65) &&
            ((i > 0 && isKanaOrHan(ucs4[i - 1])) || (i + 1 < ucs4.size() && isKanaOrHan(ucs4[i + 1])));
        if (isMiddleDot(c) && !japaneseDot) {
            out.append(QChar(0x00B7));
        } else if (isSpace(c)) {
            out.append(QLatin1Char(' '));
        } else if (c == 0x2012 || c == 0x2013 || c == 0x2212 || c == 0xFF0D) {
            out.append(QLatin1Char('-')); // figure dash, en dash, minus: one hyphen for ranges and bullets
        } else {
            out.append(QString::fromUcs4(&c, 1));
        }
    }
    return out;
}

Bullet detectBullet(const QString& line, QString* rest) {
    if (rest)
        *rest = line;
    const QString s = line.trimmed();
    if (s.isEmpty())
        return {};
    const char32_t c = s.at(0).isHighSurrogate() && s.size() > 1 ? QChar::surrogateToUcs4(s.at(0), s.at(1))
                                                                 : s.at(0).unicode();
    const int width = c > 0xFFFF ? 2 : 1;
    const bool spaced = s.size() > width && s.at(width) == QLatin1Char(' ');
    auto make = [&](const QString& sym, int level) {
        if (rest)
            *rest = s.mid(width).trimmed();
        return Bullet{sym, level};
    };
    switch (c) {
    case U'□':
    case U'■':
    case U'◆':
    case U'◇':
    case U'◈':
    case U'▶':
    case U'►':
    case U'▷':
    case U'❏':
    case U'☐':
    case U'▣':
        return make(QString::fromUcs4(&c, 1), 1);
    case U'○':
    case U'●':
    case U'◦':
    case U'•':
    case U'❍':
    case U'◎':
    case U'▪':
    case U'▫':
    case U'∘':
        return make(QString::fromUcs4(&c, 1), 2);
    case U'ㅇ': // U+3147 used as a bullet by Hancom documents, only when a space follows
        if (spaced)
            return make(QStringLiteral("ㅇ"), 2);
        return {};
    case U'※':
        return make(QStringLiteral("※"), 0);
    case U'-':
    case U'―':
    case U'—':
    case U'·':
    case U'∙':
    case U'⁃':
        if (spaced) // "-2023" or "—2026" are not bullets
            return make(QStringLiteral("-"), 3);
        return {};
    case U'*':
        if (spaced)
            return make(QStringLiteral("*"), 0);
        return {};
    case U'n':
    case U'£':
    case U'l':
    case U'q':
    case U'u':
    case U'§':
        // Wingdings bullets read as ASCII by Poppler: only before a space and Hangul.
        if (spaced && s.size() > width + 1 && isHangulSyllable(s.at(width + 1)))
            return make(c == U'n' ? QStringLiteral("■") : QStringLiteral("○"), c == U'n' ? 1 : 2);
        return {};
    default:
        break;
    }
    if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3260 && c <= 0x327B))
        return make(QString::fromUcs4(&c, 1), 2); // ① … ⑳, ❶ …, ㉠ …
    return {};
}

bool looksLikeGarbage(const QString& text) {
    int letters = 0, hangulOrHan = 0, weirdWords = 0, latinWords = 0;
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]{4,}"));
    for (QChar ch : text) {
        if (ch.isLetter())
            ++letters;
        if (isHangulSyllable(ch) || (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF) ||
            (ch.unicode() >= 0x3040 && ch.unicode() <= 0x30FF))
            ++hangulOrHan;
    }
    if (letters == 0)
        return false;
    if (hangulOrHan * 2 > letters)
        return false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured().toLower();
        static const QRegularExpression hexOrDigits(QStringLiteral("^[0-9a-f]+$"));
        if (hexOrDigits.match(w).hasMatch())
            continue; // years, amounts and hex values (2024, 2890, 6b17d1f2) are numbers, not words
        ++latinWords;
        bool vowel = false;
        for (QChar ch : w)
            vowel |= QStringLiteral("aeiouy").contains(ch);
        const bool mixed = w.contains(QRegularExpression(QStringLiteral("[a-z][0-9]|[0-9][a-z]")));
        // Five consonants in a row hardly occur in real words (MXPSVR in shifted glyph ids does).
        static const QRegularExpression consonants(QStringLiteral("[bcdfghjklmnpqrstvwxz]{5,}"));
        if (!vowel || mixed || w.contains(consonants))
            ++weirdWords;
    }
    return latinWords >= 5 && weirdWords * 10 > latinWords * 4;
}

} // namespace pl::text
