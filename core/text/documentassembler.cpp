#include "core/text/documentassembler.h"

#include "core/text/textnormalizer.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace pl::text {

QString passageKindName(Passage::Kind kind) {
    switch (kind) {
    case Passage::Kind::Paragraph:
        return QStringLiteral("paragraph");
    case Passage::Kind::Heading:
        return QStringLiteral("heading");
    case Passage::Kind::ListItem:
        return QStringLiteral("list-item");
    case Passage::Kind::TableCell:
        return QStringLiteral("table-cell");
    case Passage::Kind::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("paragraph");
}

Passage::Kind passageKindFromName(const QString& name) {
    for (auto k : {Passage::Kind::Paragraph, Passage::Kind::Heading, Passage::Kind::ListItem,
                   Passage::Kind::TableCell, Passage::Kind::Note})
        if (passageKindName(k) == name)
            return k;
    return Passage::Kind::Paragraph;
}

QString coreOfWord(const QString& word) {
    int b = 0, e = word.size();
    while (b < e && !word.at(b).isLetterOrNumber())
        ++b;
    while (e > b && !word.at(e - 1).isLetterOrNumber())
        --e;
    return word.mid(b, e - b);
}

namespace {

const QRegularExpression& pageNumberPattern() {
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:[-–—<\[(]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—>\])])?\s*(?:쪽|페이지)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString marginKey(const QString& text) {
    QString k;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        k.append(c.isDigit() ? QLatin1Char('#') : c);
    }
    return k;
}

const QRegularExpression& headingPattern() {
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]\.?\s|(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?\s|제\s*\d+\s*[장절편]\s|<\s*참고))"));
    return re;
}

/// Hancom's default inner margin of a table cell (1.8 mm): a cell's text stops this far short of its border.
constexpr double kCellPadding = 5.1;

bool startsWithEnding(const QString& after) {
    static const QString endings =
        QStringLiteral("다요니며고서는은을를의에로과와이가한할된될했하도만야써께적인들");
    return !after.isEmpty() && endings.contains(after.at(0));
}

} // namespace

DocumentAssembler::DocumentAssembler(bool wrapsInsideWords) : m_wrapsInsideWords(wrapsInsideWords) {}

void DocumentAssembler::addToLexicon(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // First and last words of a line may be halves of a broken word: only interior words count.
    for (int i = 1; i + 1 < parts.size(); ++i) {
        const QString w = coreOfWord(parts[i]);
        if (w.size() < 1)
            continue;
        m_words[w] += 1;
        for (int n = 2; n < w.size(); ++n)
            m_prefixes[w.left(n)] += 1;
        if (i + 2 < parts.size()) {
            const QString next = coreOfWord(parts[i + 1]);
            if (!next.isEmpty())
                m_pairs[w + QLatin1Char(' ') + next] += 1;
        }
    }
}

bool DocumentAssembler::isWord(const QString& raw) const {
    return m_words.contains(coreOfWord(raw));
}

bool DocumentAssembler::joinsAcrossScriptBreak(const QString& beforeRaw, const QString& afterRaw,
                                               bool lineWasFull) const {
    if (!lineWasFull)
        return false;
    const QString a = coreOfWord(beforeRaw);
    const QString b = coreOfWord(afterRaw);
    if (a.isEmpty() || b.isEmpty())
        return false;
    // A Latin word keeps its particle in the lexicon look-up only as printed: 오픈|AI의 asks about 오픈AI.
    qsizetype latin = 0;
    while (latin < b.size() && b.at(latin).unicode() < 0x80 && b.at(latin).isLetterOrNumber())
        ++latin;
    const QString head = latin > 0 ? b.left(latin) : b;
    const auto evidence = [&](const QString& tail) {
        return m_words.value(a + tail) >= 2 && m_pairs.value(a + QLatin1Char(' ') + tail) == 0;
    };
    return evidence(b) || (head != b && evidence(head));
}

bool DocumentAssembler::joinsAcrossBreak(const QString& beforeRaw, const QString& afterRaw,
                                         bool lineWasFull) const {
    if (!lineWasFull)
        return false;
    const QString a = coreOfWord(beforeRaw);
    const QString b = coreOfWord(afterRaw);
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString joined = a + b;
    const int joinedCount = m_words.value(joined) + (m_prefixes.contains(joined) ? 1 : 0);
    const int bCount = m_words.value(b);
    // A lone ending syllable as a "word" of the lexicon is weak evidence: such fragments come from
    // letter-spaced text and from the very breaks being decided (정보통신기술보고|서).
    // (한, 할, 된, 될 are verb forms that do stand alone: 대상으로 한.)
    const bool loneEnding = b.size() == 1 && startsWithEnding(b) && a.size() >= 3 &&
                            !QStringLiteral("한할된될했하").contains(b.at(0));
    const bool split = !loneEnding && bCount > 0 && (m_words.contains(a) || a.size() >= 2);
    if (joinedCount > 0 && !split)
        return true;
    if (split && joinedCount == 0)
        return false;
    if (split && joinedCount > 0)
        return m_words.value(joined) >= bCount;
    // No evidence either way: follow how the producer wraps (HWP between syllables, most others at spaces),
    // except that a lone grammatical ending on the next line cannot be a word of its own.
    if (b.size() == 1 && startsWithEnding(b))
        return true;
    return m_wrapsInsideWords;
}

QList<QList<Passage>> DocumentAssembler::assemble(const QList<PageLines>& pagesIn) {
    QList<PageLines> pages = pagesIn;
    for (PageLines& p : pages)
        for (TextLine& l : p.lines)
            l.text = normalizeText(l.text).simplified();

    // Running heads and footers: lines in the top or bottom band that repeat (digits aside) on many pages.
    QHash<QString, int> marginCounts;
    auto inMargin = [](const PageLines& p, const TextLine& l) {
        const double h = p.size.height() > 0 ? p.size.height() : 842;
        return l.box.bottom() < h * 0.12 || l.box.top() > h * 0.88;
    };
    for (const PageLines& p : pages) {
        QSet<QString> seen;
        for (const TextLine& l : p.lines)
            if (inMargin(p, l))
                seen.insert(marginKey(l.text));
        for (const QString& k : seen)
            marginCounts[k] += 1;
    }
    const int repeatThreshold = std::max(2, int(std::ceil(pages.size() * 0.3)));
    for (PageLines& p : pages) {
        QList<TextLine> kept;
        for (const TextLine& l : p.lines) {
            if (l.text.isEmpty())
                continue;
            if (inMargin(p, l)) {
                if (pageNumberPattern().match(l.text).hasMatch())
                    continue;
                if (pages.size() >= 2 && marginCounts.value(marginKey(l.text)) >= repeatThreshold)
                    continue;
            }
            kept.append(l);
        }
        p.lines = kept;
    }

    for (const PageLines& p : pages)
        for (const TextLine& l : p.lines)
            addToLexicon(l.text);

    QList<QList<Passage>> result;
    for (int pi = 0; pi < pages.size(); ++pi) {
        const PageLines& p = pages[pi];
        QList<Passage> passages;
        std::vector<double> heights, gaps;
        for (const TextLine& l : p.lines)
            heights.push_back(l.box.height());
        std::sort(heights.begin(), heights.end());
        const double bodyHeight = heights.empty() ? 10 : heights[heights.size() / 2];
        // Measured on running text only: table cells are often set tighter than the paragraphs around them.
        for (bool cellsToo : {false, true}) {
            for (int i = 1; i < p.lines.size(); ++i) {
                if (!cellsToo && (p.lines[i - 1].rowShared || p.lines[i].rowShared))
                    continue;
                const QRectF& a = p.lines[i - 1].box;
                const QRectF& b = p.lines[i].box;
                const double gap = b.top() - a.bottom();
                if (gap > -1 && std::abs(a.height() - b.height()) < 0.2 * bodyHeight && gap < 3 * bodyHeight)
                    gaps.push_back(std::max(0.0, gap));
            }
            if (gaps.size() >= 2)
                break;
            gaps.clear();
        }
        std::sort(gaps.begin(), gaps.end());
        // The usual space between lines of a paragraph: a low quantile, as paragraph gaps are rarer.
        const double lineGap = gaps.empty() ? bodyHeight * 0.4 : gaps[gaps.size() / 3];

        // Right edge of the column each line stands in: the widest reach of lines sharing its x-range.
        QList<double> columnRight(p.lines.size());
        for (int i = 0; i < p.lines.size(); ++i) {
            const QRectF& a = p.lines[i].box;
            double right = a.right();
            for (const TextLine& o : p.lines) {
                const double overlap = std::min(a.right(), o.box.right()) - std::max(a.left(), o.box.left());
                if (!o.rowShared && overlap > 0.5 * std::min(a.width(), o.box.width()) &&
                    std::abs(o.box.left() - a.left()) < 4 * bodyHeight)
                    right = std::max(right, o.box.right());
            }
            columnRight[i] = right;
        }

        Passage cur;
        bool open = false;
        const TextLine* prev = nullptr;
        int prevIndex = -1;
        auto flush = [&] {
            if (open && !cur.text.trimmed().isEmpty())
                passages.append(cur);
            cur = Passage{};
            open = false;
        };
        for (int i = 0; i < p.lines.size(); ++i) {
            const TextLine& l = p.lines[i];
            QString rest;
            const Bullet bullet = detectBullet(l.text, &rest);
            const bool heading = !bullet.symbol.isEmpty()
                                     ? false
                                     : (headingPattern().match(l.text).hasMatch() && l.text.size() < 80) ||
                                           (l.box.height() > bodyHeight * 1.25 && l.text.size() < 80);
            bool continues = false;
            if (open && prev && bullet.symbol.isEmpty() && l.rowShared && prev->rowShared &&
                l.block == prev->block) {
                // A table cell that wraps; a wider gap is the next cell of a column set without rules.
                const double gap = l.box.top() - prev->box.bottom();
                continues = gap <= std::max(lineGap * 1.4 + 1.0, 0.4 * prev->box.height());
            } else if (open && prev && bullet.symbol.isEmpty() && !heading &&
                       cur.kind != Passage::Kind::Heading && !l.rowShared && !prev->rowShared &&
                       l.cell == prev->cell) {
                const double gap = l.box.top() - prev->box.bottom();
                const double dx = l.box.left() - prev->box.left();
                const bool similarHeight = std::abs(l.box.height() - prev->box.height()) < 0.25 * bodyHeight;
                const bool below = gap > -0.3 * bodyHeight && gap <= lineGap * 1.4 + 1.0;
                const bool aligned = dx > -3.0 * bodyHeight && dx < 2.5 * bodyHeight;
                const double prevSlack = columnRight[prevIndex] - prev->box.right();
                const double width = columnRight[prevIndex] - prev->box.left();
                const bool prevShort = prevSlack > 0.3 * width && prevSlack > 6 * bodyHeight;
                continues = below && aligned && similarHeight && !prevShort;
            }
            if (continues) {
                const QString& before = cur.text;
                const QChar last = before.isEmpty() ? QChar() : before.back();
                const QChar first = l.text.isEmpty() ? QChar() : l.text.front();
                bool join = false;
                if (isHangulSyllable(last) && isHangulSyllable(first)) {
                    // In a ruled cell the border says where the line could have gone on.
                    const double slack = (prev->cell.isNull() ? columnRight[prevIndex] : prev->cell.right()) -
                                         prev->box.right();
                    const QString a = before.section(QLatin1Char(' '), -1);
                    const QString b = l.text.section(QLatin1Char(' '), 0, 0);
                    // A line that holds nothing but one ending syllable (and perhaps a Latin gloss) is the
                    // tail of a word wrapped in a narrow cell, however much room the line above had left:
                    // 정보통신기술보고|서 (TTAR).
                    const QString rest = l.text.section(QLatin1Char(' '), 1);
                    const bool loneTail = b.size() == 1 && a.size() >= 3 &&
                                          std::none_of(rest.begin(), rest.end(), isHangulSyllable);
                    const bool full = slack < 2.5 * prev->box.height() || loneTail;
                    // One syllable a line, one under the other: a word set vertically in a narrow cell
                    // (구|분, 권|리|보|호).
                    const bool stacked = prev->text.size() == 1 && b.size() == 1 && l.text.size() <= 2;
                    // A table cell's right edge is not known (its column may be wider than its text), so a
                    // cell line counts as full when the lexicon knows the joined word and not the tail alone:
                    // 통합혁신전략추|진회의.
                    const bool cell = prev->rowShared && l.rowShared && prev->cell.isNull();
                    // Room left for the next line's first syllable: a producer that breaks inside words
                    // would have set it there, so the break was a space. (One syllable short may be a
                    // syllable carried down with the punctuation that may not begin a line: 지|능.)
                    const double em = prev->em > 0 ? prev->em : 0.9 * prev->box.height();
                    const double room = slack - (prev->cell.isNull() ? 0.0 : kCellPadding);
                    // (Only where the right edge is known: not in a cell of a table drawn without rules.)
                    const bool roomForMore = !cell && room > 1.1 * em &&
                                             (coreOfWord(b).size() >= 2 || room > 2.2 * em) && !loneTail;
                    join = stacked ||
                           (!roomForMore && (joinsAcrossBreak(a, b, full) ||
                                             (cell && !full && joinsAcrossBreak(a, b, true) && !isWord(b))));
                } else if (last == QLatin1Char('-') && before.size() > 1 &&
                           (before.at(before.size() - 2).isLetter() ||
                            (before.at(before.size() - 2).isDigit() && first.isDigit()))) {
                    join = true; // K-|클라우드, hyphenated words, dates 2023-10-|19
                } else if (QStringLiteral("/·(~").contains(last) || QStringLiteral("),.·~").contains(first)) {
                    join = true; // punctuation that binds to both sides: 판례·|판결문, ('23~|'27년
                } else if (last.isLetterOrNumber() && last.unicode() < 0x80 &&
                           QStringLiteral("의를을은는가이와과로에도").contains(first) &&
                           (l.text.size() == 1 || l.text.at(1) == QLatin1Char(' '))) {
                    join = true; // a particle wrapped away from its Latin word: 오픈AI|의
                } else if (last.isDigit() && (QStringLiteral("만억조원년월일명개종건%배").contains(first))) {
                    join = true; // a number and its unit: 13.2|만명
                } else if ((isHangulSyllable(last) && first.isLetterOrNumber() && first.unicode() < 0x80) ||
                           (isHangulSyllable(first) && last.isLetterOrNumber() && last.unicode() < 0x80)) {
                    const double slack = columnRight[prevIndex] - prev->box.right();
                    join = joinsAcrossScriptBreak(before.section(QLatin1Char(' '), -1),
                                                  l.text.section(QLatin1Char(' '), 0, 0),
                                                  slack < 2.5 * prev->box.height());
                }
                if (!join)
                    cur.text.append(QLatin1Char(' '));
                cur.text.append(l.text);
                cur.box = cur.box.united(l.box);
                cur.lineBoxes.append(l.box);
            } else {
                flush();
                open = true;
                cur.page = pi + 1;
                cur.text = l.text;
                cur.box = l.box;
                cur.lineBoxes = {l.box};
                if (!bullet.symbol.isEmpty()) {
                    cur.kind = bullet.symbol == QStringLiteral("※") || bullet.symbol == QStringLiteral("*")
                                   ? Passage::Kind::Note
                                   : Passage::Kind::ListItem;
                    cur.bullet = bullet.symbol;
                    cur.level = bullet.level;
                    cur.text = rest;
                } else if (heading) {
                    cur.kind = Passage::Kind::Heading;
                } else if (l.rowShared) {
                    cur.kind = Passage::Kind::TableCell;
                }
            }
            prev = &l;
            prevIndex = i;
        }
        flush();
        result.append(passages);
    }
    return result;
}

} // namespace pl::text
