#include "core/facts/dateextractor.h"

#include "core/facts/datescanner.h"
#include "core/facts/factsupport.h"

#include <QRegularExpression>

namespace pl::facts {

namespace {

/// A bare year that belongs to a title or a proper name: "Index Report 2024", "Act of 2020",
/// "‘2020 국가 AI 이니셔티브법’", "Ignite 2024".
bool yearInName(const QString& text, qsizetype from, qsizetype to) {
    static const QRegularExpression bareYear(QStringLiteral("^\\d{4}$"));
    if (!bareYear.match(text.mid(from, to - from)).hasMatch())
        return false;
    static const QRegularExpression latinBefore(QStringLiteral("[A-Za-z]{2,}\\s?$"));
    static const QRegularExpression nameAfter(
        QStringLiteral("^\\s?(?:[A-Z][A-Za-z]|[가-힣]{2,}\\s?[A-Z가-힣]*(?:법|전략|지수|보고서|계획|선언))"));
    static const QRegularExpression quoteBefore(QStringLiteral("[‘「『“'\"]$"));
    const QString before = text.mid(std::max<qsizetype>(0, from - 12), std::min<qsizetype>(from, 12));
    const QString after = text.mid(to, 24);
    return latinBefore.match(before).hasMatch() || nameAfter.match(after).hasMatch() ||
           quoteBefore.match(before).hasMatch();
}

} // namespace

QList<DateFact> extractDates(const QList<text::Passage>& passages, const DocumentContext& context) {
    detail::DateScanner scanner(detail::DateScanner::documentYear(passages, context.documentDate));
    QList<DateFact> facts;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const text::Passage& p = passages.at(i);
        const QList<detail::DateSpan> spans = scanner.scan(p.text);
        for (const detail::DateSpan& s : spans) {
            DateFact f;
            f.text = p.text.mid(s.from, s.to - s.from).trimmed();
            f.start = s.start;
            f.end = s.end;
            f.precision = s.precision;
            f.yearInferred = s.yearInferred;
            f.relative = s.relative;
            f.inName = yearInName(p.text, s.from, s.to);
            f.label = detail::clauseLabel(p.text, s.from, s.to);
            // A date alone in a table cell or heading: what happened is in the next cell.
            if (f.label.size() < 4 && i + 1 < passages.size() && passages.at(i + 1).page == p.page)
                f.label = detail::clauseLabel(passages.at(i + 1).text, 0, 0);
            f.at.passage = int(i);
            f.at.page = p.page;
            f.at.box = detail::spanBox(p, s.from, s.to);
            f.at.offset = int(s.from);
            facts.append(f);
        }
    }
    return facts;
}

} // namespace pl::facts
