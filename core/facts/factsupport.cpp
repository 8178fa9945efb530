#include "core/facts/factsupport.h"

#include <QRegularExpression>

#include <algorithm>

namespace pl::facts::detail {

QRectF spanBox(const text::Passage& passage, qsizetype from, qsizetype to) {
    const QRectF whole = passage.box;
    const QList<QRectF>& lines = passage.lineBoxes;
    const qsizetype length = passage.text.size();
    if (lines.isEmpty() || length <= 0)
        return whole;
    // Lines hold characters roughly in proportion to their width.
    QList<double> ends;
    double total = 0;
    for (const QRectF& l : lines) {
        total += std::max(1.0, l.width());
        ends.append(total);
    }
    const auto lineAt = [&](qsizetype offset) {
        const double x = total * double(std::clamp<qsizetype>(offset, 0, length)) / double(length);
        const auto it = std::lower_bound(ends.cbegin(), ends.cend(), x);
        return std::min<qsizetype>(it - ends.cbegin(), lines.size() - 1);
    };
    const qsizetype first = lineAt(from);
    const qsizetype last = std::max(first, lineAt(std::max(from, to - 1)));
    QRectF box = lines.at(first);
    for (qsizetype i = first + 1; i <= last; ++i)
        box = box.united(lines.at(i));
    if (whole.isValid()) {
        box = box.intersected(whole);
        if (!box.isValid() || box.isEmpty())
            return whole;
    }
    return box;
}

namespace {

bool isClauseEnd(QChar c) {
    static const QString ends = QStringLiteral(".,;:!?()[]<>\n\t·•▲▶○□■◦※「」『』“”");
    return ends.contains(c);
}

QString squeezed(QString s) {
    s = s.simplified();
    static const QRegularExpression leading(QStringLiteral("^[\\s\\-~∼〜～–—,.:;)\\]]+"));
    static const QRegularExpression trailing(QStringLiteral("[\\s\\-~∼〜～–—,.:;(\\[]+$"));
    s.remove(leading);
    s.remove(trailing);
    return s;
}

} // namespace

QString clauseLabel(const QString& text, qsizetype from, qsizetype to, qsizetype maxChars) {
    // What happened: the clause the date sits in, without the date ("EU AI 법은 … 최종 승인되었다"); the
    // subject before the date is kept short so that the event after it fits.
    static const QString closing = QStringLiteral(")]’”」』, ");
    static const QString opening = QStringLiteral("([‘“「『 ");
    const qsizetype n = text.size();
    qsizetype s = to;
    while (s < n && closing.contains(text.at(s)))
        ++s;
    qsizetype e = s;
    while (e < n && !isClauseEnd(text.at(e)) && e - s < maxChars)
        ++e;
    QString after = squeezed(text.mid(s, e - s));
    static const QRegularExpression particle(
        QStringLiteral("^(까지는|까지|부터는|부터|에는|에서|에|의|은|는|이|가|를|을|와|과|로|으로)(\\s|$)"));
    after.remove(particle);
    qsizetype b = from;
    while (b > 0 && opening.contains(text.at(b - 1)))
        --b;
    qsizetype bs = b;
    while (bs > 0 && !isClauseEnd(text.at(bs - 1)) && b - bs < 20)
        --bs;
    QString before = text.mid(bs, b - bs);
    if (bs > 0 && !isClauseEnd(text.at(bs - 1)) && before.contains(u' ')) // cut at a word, not inside one
        before = before.mid(before.indexOf(u' ') + 1);
    before = squeezed(before);
    QString label = squeezed(before + QLatin1Char(' ') + after);
    if (label.size() > maxChars)
        label = label.left(maxChars).trimmed();
    return label;
}

QString maskNonFacts(const QString& text) {
    static const QRegularExpression nonFacts(
        QStringLiteral(
            "(?:https?://|www\\.)[^\\s)>\\]]+|[\\w.+-]+@[\\w-]+\\.[\\w.]+"
            "|(?<!\\d)0\\d{1,2}-\\d{3,4}-\\d{4}(?!\\d)"
            "|\\b(?:SB|AB|HB|SF|LB|H\\.\\s?R\\.|S\\.|EO|No\\.?|Order|Section|Sec\\.|§)\\s?\\d[\\d,.-]*"
            "|제\\s?\\d+(?:\\s?[-–]\\s?\\d+)?\\s?(?:조|항|호|차|회|장|절|권|기)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString masked = text;
    auto it = nonFacts.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            masked[i] = QLatin1Char(' ');
    }
    return masked;
}

} // namespace pl::facts::detail
