#include "core/facts/moneyextractor.h"

#include "core/facts/datescanner.h"
#include "core/facts/factsupport.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pl::facts {

namespace {

QRegularExpression re(const char* pattern) {
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption |
                                                              QRegularExpression::CaseInsensitiveOption);
}

// A number written with Korean scale words: 1조 8,210억, 10억 1천만, 22.2억, 4800만, 5천.
#define PL_KNUM                                                                                              \
    R"((?:\d[\d,]*(?:\.\d+)?\s*(?:[천백십](?=\s*[조억만])\s*)?[조억만](?:\s*(?=\d))?)+(?:\d[\d,]*(?:\.\d+)?\s*[천백]?)?|\d[\d,]*(?:\.\d+)?\s*[천백]?)"
#define PL_KCUR                                                                                              \
    R"((?:캐나다|싱가포르|싱가폴|호주|홍콩|대만|뉴질랜드|미국|미)\s?달러|달러|불(?![가-힣])|유로|위안|엔(?![가-힣])|엔(?=[을이은의화으])|파운드|루피|스위스\s?프랑|프랑|루블|헤알|레알|리라|링깃|페소|바트|원(?!칙|형|인|소|리|자|탁|래|천|작|장|단|문|본|격|활|예|료|동|점|고|전|거|색|심|숭|로|자력|주민|칙))"
#define PL_SYM R"((?:US\s?\$|U\.S\.\s?\$|CA?\$|A\$|S\$|SG\$|HK\$|NZ\$|\$|€|£|₩|￦|¥))"
#define PL_CODE R"((?:USD|EUR|KRW|GBP|JPY|CNY|RMB|CAD|SGD|AUD|CHF|INR|HKD|TWD|NZD))"
#define PL_MULT R"((?:trillion|billion|million|thousand|tn|bn|mn|[BMK](?![A-Za-z])|조|억|만))"
#define PL_FNUM R"(\d[\d,]*(?:\.\d+)?)"

const QRegularExpression& koreanAmount() {
    static const QRegularExpression r =
        re(R"((?<![\d.,A-Za-z])(?:(?<lo>)" PL_KNUM R"()\s*[~∼〜～\-–]\s*)?(?<hi>)" PL_KNUM
           R"()\s*여?\s*(?<cur>)" PL_KCUR R"())");
    return r;
}

const QRegularExpression& symbolAmount() {
    static const QRegularExpression r =
        re(R"((?<![\w$])(?<sym>)" PL_SYM R"()\s?(?<hi>)" PL_FNUM R"()\s*(?<mult>)" PL_MULT
           R"()?(?![\w])(?:\s*[~∼〜～\-–]\s*)" PL_SYM R"(?\s?(?<hi2>)" PL_FNUM R"()\s*(?<mult2>)" PL_MULT
           R"()?(?![\w]))?)");
    return r;
}

const QRegularExpression& codeAmount() {
    static const QRegularExpression r =
        re(R"((?<![A-Za-z])(?<code>)" PL_CODE R"()\s?(?<hi>)" PL_FNUM R"()\s*(?<mult>)" PL_MULT
           R"()?(?![\w])|(?<![\w.,])(?<hi3>)" PL_FNUM R"()\s*(?<mult3>)" PL_MULT R"()?\s*(?<code3>)" PL_CODE
           R"((?![A-Za-z])|dollars|euros|pounds|yen|won)(?![A-Za-z]))");
    return r;
}

#undef PL_KNUM
#undef PL_KCUR
#undef PL_SYM
#undef PL_CODE
#undef PL_MULT
#undef PL_FNUM

QString currencyOf(QString word) {
    word.remove(u' ');
    word = word.toUpper();
    static const QHash<QString, QString> codes = {
        {QStringLiteral("원"), QStringLiteral("KRW")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("￦"), QStringLiteral("KRW")},
        {QStringLiteral("WON"), QStringLiteral("KRW")},
        {QStringLiteral("달러"), QStringLiteral("USD")},
        {QStringLiteral("불"), QStringLiteral("USD")},
        {QStringLiteral("미달러"), QStringLiteral("USD")},
        {QStringLiteral("미국달러"), QStringLiteral("USD")},
        {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("US$"), QStringLiteral("USD")},
        {QStringLiteral("U.S.$"), QStringLiteral("USD")},
        {QStringLiteral("DOLLARS"), QStringLiteral("USD")},
        {QStringLiteral("캐나다달러"), QStringLiteral("CAD")},
        {QStringLiteral("C$"), QStringLiteral("CAD")},
        {QStringLiteral("CA$"), QStringLiteral("CAD")},
        {QStringLiteral("싱가포르달러"), QStringLiteral("SGD")},
        {QStringLiteral("싱가폴달러"), QStringLiteral("SGD")},
        {QStringLiteral("S$"), QStringLiteral("SGD")},
        {QStringLiteral("SG$"), QStringLiteral("SGD")},
        {QStringLiteral("호주달러"), QStringLiteral("AUD")},
        {QStringLiteral("A$"), QStringLiteral("AUD")},
        {QStringLiteral("홍콩달러"), QStringLiteral("HKD")},
        {QStringLiteral("HK$"), QStringLiteral("HKD")},
        {QStringLiteral("대만달러"), QStringLiteral("TWD")},
        {QStringLiteral("뉴질랜드달러"), QStringLiteral("NZD")},
        {QStringLiteral("NZ$"), QStringLiteral("NZD")},
        {QStringLiteral("유로"), QStringLiteral("EUR")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("EUROS"), QStringLiteral("EUR")},
        {QStringLiteral("위안"), QStringLiteral("CNY")},
        {QStringLiteral("RMB"), QStringLiteral("CNY")},
        {QStringLiteral("엔"), QStringLiteral("JPY")},
        {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("YEN"), QStringLiteral("JPY")},
        {QStringLiteral("파운드"), QStringLiteral("GBP")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("POUNDS"), QStringLiteral("GBP")},
        {QStringLiteral("루피"), QStringLiteral("INR")},
        {QStringLiteral("스위스프랑"), QStringLiteral("CHF")},
        {QStringLiteral("프랑"), QStringLiteral("CHF")},
        {QStringLiteral("루블"), QStringLiteral("RUB")},
        {QStringLiteral("헤알"), QStringLiteral("BRL")},
        {QStringLiteral("레알"), QStringLiteral("BRL")},
        {QStringLiteral("리라"), QStringLiteral("TRY")},
        {QStringLiteral("링깃"), QStringLiteral("MYR")},
        {QStringLiteral("페소"), QStringLiteral("MXN")},
        {QStringLiteral("바트"), QStringLiteral("THB")},
    };
    if (const auto it = codes.constFind(word); it != codes.cend())
        return it.value();
    return word; // an ISO code as written
}

double plainNumber(QString s) {
    s.remove(u',');
    s.remove(u' ');
    return s.toDouble();
}

/// The value of a number written with Korean scale words; `leadingScale` receives the unit its first group
/// ends in (for "30~50억": the low end takes the high end's unit).
double koreanNumber(const QString& s, double* leadingScale = nullptr, bool* hasScale = nullptr) {
    static const QRegularExpression group(
        QStringLiteral("(\\d[\\d,]*(?:\\.\\d+)?)\\s*([천백십])?\\s*([조억만])?"));
    double total = 0;
    bool first = true;
    bool scaled = false;
    auto it = group.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        double factor = 1;
        const QString inner = m.captured(2);
        if (inner == u"천")
            factor = 1000;
        else if (inner == u"백")
            factor = 100;
        else if (inner == u"십")
            factor = 10;
        const QString scale = m.captured(3);
        if (scale == u"조")
            factor *= 1e12;
        else if (scale == u"억")
            factor *= 1e8;
        else if (scale == u"만")
            factor *= 1e4;
        if (!scale.isEmpty() || !inner.isEmpty())
            scaled = true;
        if (first && leadingScale)
            *leadingScale = factor;
        first = false;
        total += plainNumber(m.captured(1)) * factor;
    }
    if (hasScale)
        *hasScale = scaled;
    return total;
}

double multiplier(const QString& word) {
    const QString w = word.toLower();
    if (w == u"trillion" || w == u"tn" || w == u"조")
        return 1e12;
    if (w == u"billion" || w == u"bn" || w == u"b")
        return 1e9;
    if (w == u"억")
        return 1e8;
    if (w == u"million" || w == u"mn" || w == u"m")
        return 1e6;
    if (w == u"만")
        return 1e4;
    if (w == u"thousand" || w == u"k")
        return 1e3;
    return 1;
}

struct Found {
    qsizetype from = 0;
    qsizetype to = 0;
    double amount = 0;
    std::optional<double> amountMax;
    QString currency;
};

QList<Found> findAmounts(const QString& text) {
    QList<Found> all;
    auto it = koreanAmount().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Found f;
        f.from = m.capturedStart();
        f.to = m.capturedEnd();
        f.currency = currencyOf(m.captured(u"cur"));
        double scale = 1;
        bool hiScaled = false;
        const double hi = koreanNumber(m.captured(u"hi"), &scale, &hiScaled);
        if (hi <= 0)
            continue;
        f.amount = hi;
        if (m.hasCaptured(u"lo")) {
            bool loScaled = false;
            double lo = koreanNumber(m.captured(u"lo"), nullptr, &loScaled);
            if (!loScaled)
                lo *= scale;
            if (lo > 0 && lo < hi) {
                f.amount = lo;
                f.amountMax = hi;
            } else {
                f.from = m.capturedStart(u"hi");
            }
        }
        all.append(f);
    }
    const auto addForeign = [&](const QRegularExpressionMatch& m, const QString& num, const QString& mult,
                                const QString& cur) {
        Found f;
        f.from = m.capturedStart();
        f.to = m.capturedEnd();
        f.currency = currencyOf(cur);
        f.amount = plainNumber(num) * multiplier(mult);
        if (f.amount > 0)
            all.append(f);
        return f.amount > 0;
    };
    auto sit = symbolAmount().globalMatch(text);
    while (sit.hasNext()) {
        const QRegularExpressionMatch m = sit.next();
        if (!addForeign(m, m.captured(u"hi"), m.captured(u"mult"), m.captured(u"sym")))
            continue;
        if (m.hasCaptured(u"hi2")) {
            const QString mult2 = m.captured(u"mult2");
            const double hi = plainNumber(m.captured(u"hi2")) * multiplier(mult2);
            Found& f = all.last();
            if (m.captured(u"mult").isEmpty())
                f.amount *= multiplier(mult2);
            if (hi > f.amount)
                f.amountMax = hi;
        }
    }
    auto cit = codeAmount().globalMatch(text);
    while (cit.hasNext()) {
        const QRegularExpressionMatch m = cit.next();
        if (m.hasCaptured(u"code"))
            addForeign(m, m.captured(u"hi"), m.captured(u"mult"), m.captured(u"code"));
        else
            addForeign(m, m.captured(u"hi3"), m.captured(u"mult3"), m.captured(u"code3"));
    }
    std::sort(all.begin(), all.end(), [](const Found& a, const Found& b) {
        return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    QList<Found> kept;
    for (const Found& f : all) {
        if (!kept.isEmpty() && f.from < kept.constLast().to)
            continue;
        kept.append(f);
    }
    return kept;
}

QString rateOf(const QString& text, const Found& f) {
    static const QRegularExpression yearBefore =
        re(R"((?:年|연간|매년|해마다|(?<![가-힣])연)\s*(?:약\s*|평균\s*)?$)");
    static const QRegularExpression monthBefore = re(R"((?:月|매월|매달|(?<![가-힣\d])월)\s*(?:약\s*)?$)");
    static const QRegularExpression yearAfter =
        re(R"(\s*(?:/\s*(?:년|연|yr|year)|per\s+year|a\s+year|annually))");
    static const QRegularExpression monthAfter = re(R"(\s*(?:/\s*(?:월|mo|month)|per\s+month|a\s+month))");
    const QString before = text.mid(std::max<qsizetype>(0, f.from - 8), std::min<qsizetype>(f.from, 8));
    const auto after = [&](const QRegularExpression& r) {
        return r
            .match(text, f.to, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
            .hasMatch();
    };
    if (yearBefore.match(before).hasMatch() || after(yearAfter))
        return QStringLiteral("per_year");
    if (monthBefore.match(before).hasMatch() || after(monthAfter))
        return QStringLiteral("per_month");
    return {};
}

QString periodText(const detail::DateSpan& d) {
    if (d.end.isEmpty())
        return d.start;
    const bool plain = !d.start.contains(u'-') && !d.end.contains(u'-');
    return d.start + (plain ? QStringLiteral("-") : QStringLiteral("/")) + d.end;
}

/// The period an amount is for, when its sentence says so: the nearest stated date before it in the
/// sentence (relative dates are comparisons, not periods), else a date right after it ("in 2028").
QString periodOf(const QString& text, const Found& f, const QList<detail::DateSpan>& dates) {
    static const QRegularExpression sentenceEnd = re(R"((?<![\d\s])\.(?=\s)|다\.|[?!]\s|\n|[▲•□○※])");
    qsizetype start = 0;
    auto it = sentenceEnd.globalMatch(text.left(f.from));
    while (it.hasNext())
        start = it.next().capturedEnd();
    const QRegularExpressionMatch endMatch = sentenceEnd.match(text, f.to);
    const qsizetype end = endMatch.hasMatch() ? endMatch.capturedStart() : text.size();
    const detail::DateSpan* best = nullptr;
    for (const detail::DateSpan& d : dates) {
        if (d.relative || d.precision == u"day")
            continue;
        if (d.to <= f.from && d.from >= start)
            best = &d;
        else if (!best && d.from >= f.to && d.from <= end && d.from - f.to <= 6)
            best = &d;
    }
    return best ? periodText(*best) : QString();
}

} // namespace

QList<MoneyFact> extractMoney(const QList<text::Passage>& passages, const DocumentContext& context) {
    detail::DateScanner dates(detail::DateScanner::documentYear(passages, context.documentDate));
    static const QRegularExpression conversion =
        re(R"(^\s*(?:규모|상당|수준|가량|이상)?\s*\(\s*(?:한화|원화|우리\s?돈)?\s*(?:약|대략|약\s)?\s*$)");
    static const QRegularExpression caption = re(R"(단위\s*[:：]?\s*$)");
    static const QRegularExpression brokenNumber = re(R"([\d조억만천백]\s*$)");
    QList<QList<detail::DateSpan>> datesOf;
    datesOf.reserve(passages.size());
    for (const text::Passage& p : passages)
        datesOf.append(dates.scan(p.text));
    // A cell's amount is for the period another cell of its row names ("'22~'26" | "2,655억원").
    const auto rowPeriod = [&](qsizetype cell) {
        const text::Passage& c = passages.at(cell);
        for (qsizetype k = std::max<qsizetype>(0, cell - 12); k < std::min(passages.size(), cell + 12); ++k) {
            const text::Passage& o = passages.at(k);
            if (k == cell || o.page != c.page || o.kind != text::Passage::Kind::TableCell ||
                datesOf.at(k).size() != 1)
                continue;
            const double overlap =
                std::min(c.box.bottom(), o.box.bottom()) - std::max(c.box.top(), o.box.top());
            if (overlap > 0.6 * std::min(c.box.height(), o.box.height()) &&
                !datesOf.at(k).constFirst().relative)
                return periodText(datesOf.at(k).constFirst());
        }
        return QString();
    };
    QList<MoneyFact> facts;
    int carriedIndex = -1; // the last amount of the previous passage, when it ran into this one
    qsizetype carried = 0; // how many characters of this passage that amount took
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const text::Passage& p = passages.at(i);
        const QString own = detail::maskNonFacts(p.text);
        // A paragraph broken between a number and its currency ("4,400억" | "위안(한화 약 …)"): read on into
        // the next passage, but only for an amount that starts in this one.
        QString text = own;
        if (i + 1 < passages.size() && brokenNumber.match(own).hasMatch())
            text += QLatin1Char(' ') + detail::maskNonFacts(passages.at(i + 1).text.left(24));
        const QList<detail::DateSpan>& spans = datesOf.at(i);
        const QList<Found> found = findAmounts(text);
        int previous = carriedIndex; // index in `facts` of the amount before found[k]
        qsizetype previousEnd = carried;
        carriedIndex = -1;
        carried = 0;
        for (const Found& f : found) {
            if (f.from >= own.size() || f.from < previousEnd)
                continue;
            // "(단위: 억원)", "(단위: 10억 달러)" name the unit of a table or chart, not an amount.
            if (caption.match(text.left(f.from)).hasMatch()) {
                previous = -1;
                continue;
            }
            MoneyFact m;
            m.text = text.mid(f.from, f.to - f.from).trimmed();
            m.amount = f.amount;
            m.amountMax = f.amountMax;
            m.currency = f.currency;
            m.rate = rateOf(text, f);
            m.period = periodOf(text, f, spans);
            if (m.period.isEmpty() && p.kind == text::Passage::Kind::TableCell)
                m.period = rowPeriod(i);
            const QString between = text.mid(previousEnd, f.from - previousEnd);
            if (previous >= 0 && facts.at(previous).currency != f.currency && between.size() < 16 &&
                conversion.match(between).hasMatch()) {
                m.convertedFrom = previous;
                m.period = facts.at(previous).period;
                m.rate = facts.at(previous).rate;
            }
            m.at.passage = int(i);
            m.at.page = p.page;
            m.at.box = detail::spanBox(p, f.from, std::min(f.to, own.size()));
            m.at.offset = int(f.from);
            previous = int(facts.size());
            previousEnd = f.to;
            facts.append(m);
            if (f.to > own.size()) {
                carriedIndex = previous;
                carried = f.to - own.size() - 1;
            }
        }
    }
    return facts;
}

} // namespace pl::facts
