#include "core/facts/headingnumber.h"

#include <QRegularExpression>

namespace pl::facts {

namespace {

int romanValue(const QString& s) {
    static const QString upright = QStringLiteral("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ");
    if (s.size() == 1 && upright.contains(s))
        return int(upright.indexOf(s)) + 1;
    int total = 0;
    int previous = 0;
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        const QChar c = s[i];
        const int v = c == QLatin1Char('I') ? 1 : c == QLatin1Char('V') ? 5 : c == QLatin1Char('X') ? 10 : 0;
        if (v == 0)
            return 0;
        total += v < previous ? -v : v;
        previous = std::max(previous, v);
    }
    return total;
}

int hangulValue(const QString& s) {
    static const QString order = QStringLiteral("가나다라마바사아자차카타파하");
    return s.size() == 1 ? int(order.indexOf(s)) + 1 : 0;
}

int circledValue(const QString& s) {
    return s.size() == 1 && s[0].unicode() >= 0x2460 && s[0].unicode() <= 0x2473 ? s[0].unicode() - 0x2460 + 1
                                                                                 : 0;
}

} // namespace

std::optional<HeadingNumber> readHeadingNumber(const text::Passage& passage) {
    using Kind = text::Passage::Kind;
    if (passage.kind != Kind::Heading && passage.kind != Kind::Paragraph)
        return std::nullopt;
    const QString text = passage.text.trimmed();
    if (text.size() > 70 || text.contains(QStringLiteral("http")) || text.contains(QStringLiteral("www.")))
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?<chap>제\\s*(?<cn>\\d{1,2})\\s*장)|(?<sec>제\\s*(?<sn>\\d{1,2})\\s*절)"
                       "|(?<roman>(?<rn>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]{1,4})(?:\\.|\\s))"
                       "|(?<arabic>(?<an>\\d{1,2})\\.(?!\\d))|(?<aparen>(?<apn>\\d{1,2})\\))"
                       "|(?<paren>\\((?<pn>\\d{1,2})\\))|(?<hangul>(?<hn>[가나다라마바사아자차카타파하])\\.)"
                       "|(?<circled>(?<ccn>[\\x{2460}-\\x{2473}])))\\s*(?<title>\\S.*)$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    HeadingNumber h;
    h.title = m.captured(u"title").trimmed();
    h.numbering = text.left(m.capturedStart(u"title")).trimmed();
    if (m.hasCaptured(u"chap")) {
        h.style = HeadingNumber::Style::Chapter;
        h.number = m.captured(u"cn").toInt();
    } else if (m.hasCaptured(u"sec")) {
        h.style = HeadingNumber::Style::Section;
        h.number = m.captured(u"sn").toInt();
    } else if (m.hasCaptured(u"roman")) {
        h.style = HeadingNumber::Style::Roman;
        h.number = romanValue(m.captured(u"rn"));
    } else if (m.hasCaptured(u"arabic")) {
        h.style = HeadingNumber::Style::Arabic;
        h.number = m.captured(u"an").toInt();
    } else if (m.hasCaptured(u"aparen")) {
        h.style = HeadingNumber::Style::ArabicParen;
        h.number = m.captured(u"apn").toInt();
    } else if (m.hasCaptured(u"paren")) {
        h.style = HeadingNumber::Style::ParenArabic;
        h.number = m.captured(u"pn").toInt();
    } else if (m.hasCaptured(u"hangul")) {
        h.style = HeadingNumber::Style::Hangul;
        h.number = hangulValue(m.captured(u"hn"));
    } else {
        h.style = HeadingNumber::Style::Circled;
        h.number = circledValue(m.captured(u"ccn"));
    }
    if (h.number <= 0 || h.title.isEmpty())
        return std::nullopt;
    // A title, not a sentence: sentences end in 다. / 음. and carry a full stop; a run of numberings is a
    // table of contents.
    static const QRegularExpression sentenceEnd(QStringLiteral("(다|음|함|임)\\s*\\.\\s*$"));
    if (sentenceEnd.match(h.title).hasMatch())
        return std::nullopt;
    static const QRegularExpression anotherNumbering(QStringLiteral("제\\s*\\d+\\s*[장절]"));
    if (anotherNumbering.match(h.title).hasMatch())
        return std::nullopt;
    if (passage.kind == Kind::Paragraph && h.title.size() > 50)
        return std::nullopt;
    return h;
}

bool HeadingSequence::accept(const HeadingNumber& h) {
    // 제N장, 제N절 and Roman numerals are headings whatever their number (a part of a report may start at
    // 제3장); plain numbers must continue a sequence.
    const bool strong = h.style == HeadingNumber::Style::Chapter ||
                        h.style == HeadingNumber::Style::Section || h.style == HeadingNumber::Style::Roman;
    // The open heading of the same style, if any (deeper ones are closed by it).
    qsizetype same = -1;
    for (qsizetype i = 0; i < m_open.size(); ++i)
        if (m_open[i].style == h.style)
            same = i;
    const bool continues =
        same >= 0 ? h.number == m_open[same].number + 1 || h.number == m_open[same].number : h.number == 1;
    // A higher style restarts the numbering below it: "1." after a new 제N절 starts at 1 again.
    if (!strong && !continues && !(same >= 0 && h.number == 1))
        return false;
    if (same >= 0) {
        m_open.resize(same);
    } else {
        while (!m_open.isEmpty() && m_open.last().rank() > h.rank())
            m_open.removeLast();
    }
    m_open.append(h);
    return true;
}

} // namespace pl::facts
