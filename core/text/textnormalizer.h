#pragma once

#include <QList>
#include <QString>

namespace pl::text {

/// What a leading bullet glyph says about a line's structure.
struct Bullet {
    QString symbol; ///< normalised bullet, e.g. "□", "○", "-", "※", "①"; empty when none
    int level = 0;  ///< 1 = □-level item, 2 = ○-level, 3 = -/· level; 0 for notes and none
};

/// Clean-up every text passes once at import and every query passes before search:
/// NFC, one middle dot for its five look-alikes, no control or private-use characters, one kind of space.
QString normalizeText(const QString& raw);

/// Recognises a government-style bullet at the start of an already normalised line and returns it
/// with the rest of the line; `rest` is the line itself when there is no bullet.
Bullet detectBullet(const QString& line, QString* rest = nullptr);

/// True for a precomposed Hangul syllable (가–힣).
inline bool isHangulSyllable(QChar c) {
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

/// True for a Han (Hanja) character of the CJK unified and compatibility blocks.
inline bool isHan(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

/// True for a word of two or more Han characters and nothing else (直系尊屬).
inline bool isHanWord(const QString& s) {
    const QList<uint> u = s.toUcs4();
    if (u.size() < 2)
        return false;
    for (uint c : u)
        if (!isHan(c))
            return false;
    return true;
}

/// True when most of a page's text looks like glyph ids rather than words (fonts without a Unicode map).
bool looksLikeGarbage(const QString& text);

} // namespace pl::text
