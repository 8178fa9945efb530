#include "core/facts/datescanner.h"

#include "core/facts/factsupport.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pl::facts::detail {

namespace {

enum class Precision { Day, Month, Quarter, Half, Year, Decade };

QString precisionName(Precision p) {
    switch (p) {
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Quarter:
        return QStringLiteral("quarter");
    case Precision::Half:
        return QStringLiteral("half");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Decade:
        return QStringLiteral("decade");
    }
    return {};
}

/// One date as written, before ranges are formed.
struct Atom {
    qsizetype from = 0;
    qsizetype to = 0;
    int year = 0; ///< 0: not written
    int month = 0;
    int endMonth = 0; ///< 1~3월: the months of a period written once with 월
    int day = 0;
    int quarter = 0;
    int half = 0;
    Precision precision = Precision::Year;
    bool prose = false;    ///< written with 년, 분기 or an apostrophe year: sets the context year
    bool monthDay = false; ///< "6.20": a date only as part of a range or with a weekday
    bool relative = false; ///< 올해, 작년, 전년 …
    bool deictic = false; ///< counted from the time of reporting (올해, 작년), not from the sentence (전년)
    int relativeYears = 0;
    bool previousQuarter = false; ///< 전 분기
    bool yearInferred = false;
};

// How many passages back a stated year still sets the reference for 올해, 작년 ….
constexpr int kRecentPassages = 30;

enum PatternFlag { Prose = 1, MonthDay = 2, CheckUnit = 4, Relative = 8 };

struct Pattern {
    QRegularExpression re;
    int flags;
};

QRegularExpression re(const char* pattern) {
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// A full year is not part of a longer number, an amount or an identifier.
#define PL_Y R"((?<![\d,.A-Za-z$€£₩#])(?<y>(?:19[5-9]|20\d)\d)(?!\d))"
// A two-digit year after an apostrophe ('23, ‘23, `23), followed by something a date can continue with.
#define PL_S                                                                                                 \
    R"((?<![\dA-Za-z])['‘’`´](?<s>\d{2})(?!\d)(?=년|[.~∼〜～\-–—)\],/·上下’'」”]|상반기|하반기|\s*[~∼〜～]|\s*$|\s+[^\d가-힣]))"
#define PL_NOYEAR R"((?<![\d.,'‘’`´]))"
// English citation dates: July 31, 2024 · 31 July 2024 · Sept. 2024.
#define PL_EN_MONTH                                                                                          \
    R"((?<![A-Za-z])(?<mn>Jan(?:uary|\.)|Feb(?:ruary|\.)|Mar(?:ch|\.)|Apr(?:il|\.)|May|June?|July?|Aug(?:ust|\.)|Sep(?:tember|t?\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)))"
#define PL_EN_YEAR R"((?<y>(?:19[5-9]|20\d)\d)(?!\d))"
#define PL_HALF R"((?<h>상반기|하반기|上半期|下半期|上|下))"

const QList<Pattern>& patterns() {
    static const QList<Pattern> list = {
        {re(PL_Y R"(\s*년\s*(?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*(?:일|(?=\s*[~∼〜～]\s*\d)))"), Prose},
        {re(PL_Y R"(\s*년\s*(?<m>\d{1,2})\s*\.\s*(?<d>\d{1,2})(?!\d)\s*\.)"), Prose | CheckUnit},
        {re(PL_Y R"(\s*년\s*(?<m>\d{1,2})\s*[~∼〜～\-]\s*(?<m2>\d{1,2})\s*월)"), Prose},
        {re(PL_Y R"(\s*년\s*(?<m>\d{1,2})\s*월)"), Prose},
        {re(PL_Y R"(\s*[.,]\s*(?<m>\d{1,2})\s*[.,]\s*(?<d>\d{1,2})(?!\d)\.?)"), CheckUnit},
        {re(PL_Y R"(\s*\.\s*(?<m>\d{1,2})\s*월)"), Prose},
        {re(PL_Y R"(\s*\.\s*(?<m>\d{1,2})(?![\d,])\.?)"), CheckUnit},
        {re(PL_Y R"(-\s?(?<m>\d{2})-\s?(?<d>\d{2})(?!\d))"), 0},
        {re(PL_Y R"(/(?<m>\d{1,2})/(?<d>\d{1,2})(?![\d/]))"), 0},
        {re(PL_Y R"(\s*년?\s*(?<q>[1-4])\s*(?:/4\s*)?(?:분기|Q(?![A-Za-z])))"), Prose},
        {re(PL_Y R"(\s*년?\s*\.?\s*)" PL_HALF), Prose},
        {re(PL_Y R"(\s*년대)"), Prose},
        {re(PL_Y R"(\s*(?:년도|년|회계\s?연도|회계\s?년도))"), Prose},
        {re(PL_Y), CheckUnit},
        {re(R"((?<![A-Za-z])FY\s?(?:(?<y>(?:19|20)\d\d)|['‘’]?(?<s>\d{2}))(?!\d))"), Prose},
        {re(PL_S R"(\s*\.\s*(?<m>\d{1,2})\s*\.\s*(?<d>\d{1,2})(?!\d)\.?)"), Prose | CheckUnit},
        {re(PL_S R"(\s*년\s*(?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일)"), Prose},
        {re(PL_S R"(\s*(?:년|\.)?\s*(?<m>\d{1,2})\s*[~∼〜～\-]\s*(?<m2>\d{1,2})\s*월)"), Prose},
        {re(PL_S R"(\s*(?:년|\.)?\s*(?<m>\d{1,2})\s*월)"), Prose},
        {re(PL_S R"(\s*\.\s*(?<m>\d{1,2})(?![\d월])\.?)"), Prose | CheckUnit},
        {re(PL_S R"(\s*(?:년|\.)?\s*(?<q>[1-4])\s*(?:분기|Q))"), Prose},
        {re(PL_S R"(\s*(?:년|\.)?\s*)" PL_HALF), Prose},
        {re(PL_S R"((?:\s*년도|\s*년|\.)?)"), Prose},
        {re(PL_EN_MONTH R"(\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)" PL_EN_YEAR), 0},
        {re(R"((?<![\d.])(?<d>\d{1,2})\s+)" PL_EN_MONTH R"(,?\s+)" PL_EN_YEAR), 0},
        {re(PL_EN_MONTH R"(,?\s+)" PL_EN_YEAR), 0},
        {re(PL_NOYEAR R"((?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*(?:일|(?=\s*[~∼〜～]\s*\d)))"), 0},
        {re(PL_NOYEAR R"((?<m>\d{1,2})\s*[~∼〜～]\s*(?<m2>\d{1,2})\s*월(?!\s*\d))"), 0},
        {re(PL_NOYEAR R"((?<m>\d{1,2})\s*월(?!\s*\d))"), 0},
        {re(PL_NOYEAR R"((?<m>\d{1,2})\.\s?(?<d>\d{1,2})(?!\d)(?:\.(?!\d))?)"), MonthDay | CheckUnit},
        {re(PL_NOYEAR R"((?<q>[1-4])\s*(?:/4\s*)?분기)"), 0},
        {re(R"((?<![\w.])(?<q>[1-4])Q(?![A-Za-z\d]))"), 0},
        {re(R"((?<![가-힣])(?<h>상반기|하반기))"), 0},
        {re(R"((?<![가-힣])(?<rel>올해|올\s해|금년|작년|지난해|전년|재작년|내년|연내|연말(?!정산|연시)|연초))"
            R"((?:도)?(?:\s*(?:(?<m>\d{1,2})\s*월(?:\s*(?<d>\d{1,2})\s*일)?|(?<h>상반기|하반기)|(?<q>[1-4])\s*분기))?)"),
         Relative},
        {re(R"((?<![가-힣])(?<pq>전\s?분기|직전\s?분기))"), Relative},
    };
    return list;
}

#undef PL_Y
#undef PL_S
#undef PL_NOYEAR
#undef PL_HALF
#undef PL_EN_MONTH
#undef PL_EN_YEAR

bool unitFollows(const QString& text, qsizetype at) {
    static const QRegularExpression unit = re(
        R"(\s*(?:[\d,.]+\s*)?(?:[만억조천백]|년|개월|원(?![가-힣])|달러|유로|명|개|건|%|％|배|점|장|호|위(?![원해])|p\b|)"
        R"(개국|회(?![기계의])|시간|토큰|단어|페이지|쪽|kg|km|GB|TB|MW|GW|mm|cm|x(?=\s?\d)|×))");
    return unit
        .match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

bool valid(const Atom& a) {
    if (a.month && (a.month < 1 || a.month > 12))
        return false;
    if (a.day && (a.day < 1 || a.day > 31))
        return false;
    if (a.endMonth && (a.endMonth <= a.month || a.endMonth > 12))
        return false;
    return true;
}

Atom atomFrom(const QRegularExpressionMatch& m, int flags) {
    Atom a;
    a.from = m.capturedStart();
    a.to = m.capturedEnd();
    a.prose = flags & Prose;
    a.monthDay = flags & MonthDay;
    if (m.hasCaptured(u"y"))
        a.year = m.captured(u"y").toInt();
    else if (m.hasCaptured(u"s"))
        a.year = 2000 + m.captured(u"s").toInt();
    if (m.hasCaptured(u"m"))
        a.month = m.captured(u"m").toInt();
    if (m.hasCaptured(u"m2"))
        a.endMonth = m.captured(u"m2").toInt();
    if (m.hasCaptured(u"mn")) {
        static const QStringList names = {
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
            QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
            QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        a.month = int(names.indexOf(m.captured(u"mn").left(3).toLower())) + 1;
    }
    if (m.hasCaptured(u"d"))
        a.day = m.captured(u"d").toInt();
    if (m.hasCaptured(u"q"))
        a.quarter = m.captured(u"q").toInt();
    if (m.hasCaptured(u"h")) {
        const QString h = m.captured(u"h");
        a.half = (h.startsWith(u'상') || h.startsWith(u'上')) ? 1 : 2;
    }
    if (a.day)
        a.precision = Precision::Day;
    else if (a.month)
        a.precision = Precision::Month;
    else if (a.quarter)
        a.precision = Precision::Quarter;
    else if (a.half)
        a.precision = Precision::Half;
    else if (m.captured().contains(u"년대"))
        a.precision = Precision::Decade;
    else
        a.precision = Precision::Year;
    if (m.hasCaptured(u"rel")) {
        QString rel = m.captured(u"rel");
        rel.remove(u' ');
        a.relative = true;
        static const QHash<QString, int> offsets = {
            {QStringLiteral("올해"), 0},    {QStringLiteral("금년"), 0},  {QStringLiteral("연내"), 0},
            {QStringLiteral("연말"), 0},    {QStringLiteral("연초"), 0},  {QStringLiteral("작년"), -1},
            {QStringLiteral("지난해"), -1}, {QStringLiteral("전년"), -1}, {QStringLiteral("재작년"), -2},
            {QStringLiteral("내년"), 1},
        };
        a.relativeYears = offsets.value(rel);
        a.deictic = rel != QStringLiteral("전년");
        a.yearInferred = a.precision != Precision::Year;
    }
    if (m.hasCaptured(u"pq")) {
        a.relative = true;
        a.previousQuarter = true;
        a.precision = Precision::Quarter;
    }
    return a;
}

QString format(const Atom& a) {
    const QString y = QString::number(a.year);
    switch (a.precision) {
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(y)
            .arg(a.month, 2, 10, QLatin1Char('0'))
            .arg(a.day, 2, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(y).arg(a.month, 2, 10, QLatin1Char('0'));
    case Precision::Quarter:
        return QStringLiteral("%1-Q%2").arg(y).arg(a.quarter);
    case Precision::Half:
        return QStringLiteral("%1-H%2").arg(y).arg(a.half);
    case Precision::Year:
    case Precision::Decade:
        return y;
    }
    return y;
}

/// Where the sentence holding `at` begins.
qsizetype sentenceStart(const QString& text, qsizetype at) {
    static const QRegularExpression end = re(R"((?<![\d\s])\.(?=\s)|다\.|[?!]\s|\n)");
    qsizetype start = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedEnd() > at)
            break;
        start = m.capturedEnd();
    }
    return start;
}

} // namespace

DateScanner::DateScanner(int documentYear) : m_documentYear(documentYear) {}

QList<DateSpan> DateScanner::scan(const QString& original) {
    ++m_passage;
    const QString text = maskNonFacts(original);
    QList<Atom> found;
    for (const Pattern& p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Atom a = atomFrom(m, p.flags);
            if (!valid(a))
                continue;
            if ((p.flags & CheckUnit) && unitFollows(text, a.to))
                continue;
            found.append(a);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Atom& a, const Atom& b) { return a.from != b.from ? a.from < b.from : a.to > b.to; });
    QList<Atom> atoms;
    for (const Atom& a : found) {
        if (!atoms.isEmpty() && a.from < atoms.constLast().to)
            continue;
        atoms.append(a);
    }

    static const QRegularExpression tilde = re(R"(^\s*[~∼〜～]\s*$)");
    static const QRegularExpression dash = re(R"(^\s*[\-–—]\s*$)");
    static const QRegularExpression fromTo = re(R"(^\s*(?:부터|에서)\s*$)");
    static const QRegularExpression until = re(R"(\s*까지)");
    // The end of a period written without the parts it shares with its start: 5.19~21, 21~22일, '23.1~3,
    // 2022~26년, 2023-24.
    static const QRegularExpression bareEnd = re(
        R"(\s*(?<dash>[~∼〜～]|[\-–—](?=\s*\d{2}(?!\d)))\s*(?<n>\d{1,2})(?!\d)(?:\.(?!\d))?\s*(?<u>일|월|년도?)?)");
    static const QRegularExpression openEnd = re(R"(\s*[~∼〜～](?!\s*\d))");
    static const QRegularExpression openStart = re(R"((?<![\d\w.)])[~∼〜～]\s*$)");
    static const QRegularExpression weekday = re(R"(\s*\.?\s*\([월화수목금토일]\))");

    // The year a date without one belongs to: the first year stated in its sentence, else the context.
    // 전년 counts from the year its sentence (else the text just before) is about. 올해, 작년 … count from
    // the time of reporting: the latest year named in the last passages that is not after the document's year
    // (a report quoting last year's news), else the document year.
    const auto referenceYear = [&](const Atom& a, qsizetype index, bool relative) {
        const auto usable = [&](int y) { return y && (!relative || !m_documentYear || y <= m_documentYear); };
        if (a.deictic) {
            int latest = 0;
            for (const auto& [passage, year] : std::as_const(m_recentYears))
                if (m_passage - passage <= kRecentPassages && usable(year))
                    latest = std::max(latest, year);
            return latest ? latest : (m_documentYear ? m_documentYear : m_contextYear);
        }
        const qsizetype sentence = sentenceStart(text, a.from);
        for (qsizetype k = 0; k < index; ++k) {
            const Atom& b = atoms.at(k);
            if (b.from >= sentence && b.prose && b.year && !b.relative && !b.yearInferred && usable(b.year))
                return b.year;
        }
        if (usable(m_contextYear))
            return m_contextYear;
        return m_documentYear ? m_documentYear : m_contextYear;
    };
    const auto resolve = [&](Atom& a, qsizetype index) {
        if (a.previousQuarter) {
            if (!m_contextQuarter)
                return false;
            const int q = m_contextQuarter - 1;
            a.year = q / 4;
            a.quarter = q % 4 + 1;
            return true;
        }
        if (a.relative) {
            const int ref = referenceYear(a, index, true);
            if (!ref)
                return false;
            a.year = ref + a.relativeYears;
            return true;
        }
        if (!a.year) {
            a.year = referenceYear(a, index, false);
            a.yearInferred = true;
        }
        return a.year != 0;
    };
    const auto remember = [&](const Atom& a) {
        if (a.prose && a.year && !a.yearInferred && !a.relative) {
            m_contextYear = a.year;
            m_recentYears.append({m_passage, a.year});
            while (m_recentYears.size() > 64)
                m_recentYears.removeFirst();
        }
        if (a.quarter && a.year)
            m_contextQuarter = a.year * 4 + a.quarter - 1;
    };

    QList<DateSpan> spans;
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < atoms.size(); ++i) {
        Atom a = atoms.at(i);
        DateSpan span;
        span.from = a.from;
        bool ranged = false;
        Atom b;
        if (i + 1 < atoms.size()) {
            b = atoms.at(i + 1);
            const QString between = text.mid(a.to, b.from - a.to);
            const bool years = a.precision == Precision::Year && b.precision == Precision::Year && a.year &&
                               b.year && !a.relative && b.year > a.year;
            if (tilde.match(between).hasMatch() || (dash.match(between).hasMatch() && years) ||
                (fromTo.match(between).hasMatch() && until
                                                         .match(text, b.to, QRegularExpression::NormalMatch,
                                                                QRegularExpression::AnchorAtOffsetMatchOption)
                                                         .hasMatch()))
                ranged = true;
            if (ranged && ((a.monthDay && !b.monthDay && b.precision != Precision::Day) ||
                           (b.monthDay && !a.monthDay && a.precision != Precision::Day)))
                ranged = false;
        }
        if (ranged) {
            ++i;
            if (!a.year && !a.relative && !a.previousQuarter && b.year && !b.relative) {
                a.year = (a.month && b.month && a.month > b.month) ? b.year - 1 : b.year;
                a.yearInferred = b.yearInferred;
            }
            if (!resolve(a, i - 1))
                continue;
            if (!b.year && !b.relative && !b.previousQuarter) {
                b.year = (a.month && b.month && b.month < a.month) ? a.year + 1 : a.year;
                b.yearInferred = a.yearInferred;
            } else if (!resolve(b, i)) {
                continue;
            }
            span.to = b.to;
            span.start = format(a);
            span.end = format(b);
            span.precision = precisionName(a.precision);
            span.yearInferred = a.yearInferred || b.yearInferred;
            span.relative = a.relative || b.relative;
            remember(a);
            remember(b);
        } else {
            const QRegularExpressionMatch bare = bareEnd.match(text, a.to, QRegularExpression::NormalMatch,
                                                               QRegularExpression::AnchorAtOffsetMatchOption);
            const QString unit = bare.captured(u"u");
            const bool tildeOnly = bare.hasMatch() && !bare.captured(u"dash").contains(u'-') &&
                                   !bare.captured(u"dash").contains(u'–') &&
                                   !bare.captured(u"dash").contains(u'—');
            const bool bareOk =
                bare.hasMatch() && !unitFollows(text, bare.capturedEnd()) && !a.relative &&
                ((a.precision == Precision::Day && tildeOnly && !unit.startsWith(u'월') &&
                  !unit.startsWith(u'년')) ||
                 (a.precision == Precision::Month && tildeOnly && !unit.startsWith(u'일') &&
                  !unit.startsWith(u'년')) ||
                 (a.precision == Precision::Year && a.year && bare.captured(u"n").size() == 2 &&
                  (unit.isEmpty() || unit.startsWith(u'년'))));
            if (a.monthDay && !bareOk &&
                !weekday
                     .match(text, a.to, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption)
                     .hasMatch())
                continue;
            if (!resolve(a, i))
                continue;
            span.start = format(a);
            span.precision = precisionName(a.precision);
            span.yearInferred = a.yearInferred;
            span.relative = a.relative;
            span.to = a.to;
            if (a.endMonth) {
                Atom e = a;
                e.month = a.endMonth;
                span.end = format(e);
            } else if (bareOk) {
                Atom e = a;
                const int n = bare.captured(u"n").toInt();
                int startValue = a.month;
                if (a.precision == Precision::Day) {
                    e.day = n;
                    startValue = a.day;
                } else if (a.precision == Precision::Month) {
                    e.month = n;
                } else {
                    e.year = a.year / 100 * 100 + n;
                    startValue = a.year;
                }
                const int endValue = a.precision == Precision::Year ? e.year : n;
                if (valid(e) && endValue > startValue) {
                    span.end = format(e);
                    span.to = bare.capturedEnd();
                }
            } else if (openEnd
                           .match(text, a.to, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption)
                           .hasMatch() &&
                       !a.monthDay) {
                span.end = QStringLiteral("open");
                span.to = text.indexOf(QRegularExpression(QStringLiteral("[~∼〜～]")), a.to) + 1;
            } else {
                const QRegularExpressionMatch os =
                    openStart.match(text.mid(previousEnd, a.from - previousEnd));
                if (os.hasMatch()) {
                    span.from = previousEnd + os.capturedStart();
                    span.end = span.start;
                    span.start = QStringLiteral("open");
                }
            }
            remember(a);
        }
        previousEnd = span.to;
        spans.append(span);
    }
    return spans;
}

int DateScanner::documentYear(const QList<text::Passage>& passages, const QDate& libraryDate) {
    static const QRegularExpression release =
        re(R"((?:보도\s?시점|보도\s?일시?|배포\s?일시?|발표\s?일)\s*[:：]?)");
    DateScanner probe(0);
    QHash<int, int> precise;
    QHash<int, int> any;
    for (const text::Passage& p : passages) {
        if (p.page > 3)
            break;
        const QList<DateSpan> spans = probe.scan(p.text);
        const QRegularExpressionMatch r = release.match(p.text);
        for (const DateSpan& s : spans) {
            if (s.yearInferred || s.relative || s.start == u"open")
                continue;
            const int year = s.start.left(4).toInt();
            if (r.hasMatch() && s.from >= r.capturedStart() &&
                (s.precision == u"day" || s.precision == u"month"))
                return year;
            ++any[year];
            if (s.precision == u"day" || s.precision == u"month")
                ++precise[year];
        }
    }
    // Sources and footnotes end with the date they were published ("…, 2024.09.19."), which the document
    // cannot precede: a library date before the latest of them is wrong.
    static const QRegularExpression endsWithDate = re(R"(\d\.?\s*\)?\s*$)");
    static const QRegularExpression citedBefore = re(R"((?:[,，]|Retrieved|출처\s*[:：]?)\s*$)");
    // So do retrieval dates and author-year citations ("Stanford University (2024)") named more than once.
    static const QRegularExpression retrieved = re(R"(Retrieved\s+(?:on\s+)?$)");
    static const QRegularExpression authorYear = re(R"([A-Za-z.]\s?\((?<y>(?:19|20)\d\d)[a-z]?\))");
    int cited = 0;
    QHash<int, int> authorYears;
    for (const text::Passage& p : passages) {
        if (p.text.contains(QLatin1String("Retrieved"))) {
            for (const DateSpan& s : probe.scan(p.text)) {
                if (!s.yearInferred && !s.relative && retrieved.match(p.text.left(s.from)).hasMatch())
                    cited = std::max(cited, s.start.left(4).toInt());
            }
        }
        auto it = authorYear.globalMatch(p.text);
        while (it.hasNext())
            ++authorYears[it.next().captured(u"y").toInt()];
        const QString text = p.text.trimmed();
        if (!endsWithDate.match(text).hasMatch())
            continue;
        const QList<DateSpan> spans = probe.scan(text);
        if (spans.isEmpty())
            continue;
        const DateSpan& s = spans.constLast();
        if (s.yearInferred || s.relative || !s.end.isEmpty() || text.size() - s.to > 2 ||
            (s.precision != u"day" && s.precision != u"month") ||
            !citedBefore.match(text.left(s.from)).hasMatch())
            continue;
        cited = std::max(cited, s.start.left(4).toInt());
    }
    for (auto it = authorYears.cbegin(); it != authorYears.cend(); ++it) {
        if (it.value() >= 2)
            cited = std::max(cited, it.key());
    }
    const int library = libraryDate.isValid() && libraryDate.year() >= cited ? libraryDate.year() : 0;
    if (library &&
        (precise.contains(library) || (precise.isEmpty() && (any.isEmpty() || any.contains(library)))))
        return library;
    const QHash<int, int>& counts = precise.isEmpty() ? any : precise;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!best || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() > best))
            best = it.key();
    }
    if (best < cited)
        best = cited;
    return best ? best : library;
}

} // namespace pl::facts::detail
