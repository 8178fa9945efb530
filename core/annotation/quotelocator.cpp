#include "core/annotation/quotelocator.h"

#include "core/annotation/annotation.h"

#include <algorithm>

namespace pl::annotation {

namespace {

QString withoutSpace(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

} // namespace

QuoteLocator::QuoteLocator(QList<text::Passage> passages) : m_passages(std::move(passages)) {
    for (const text::Passage& p : std::as_const(m_passages)) {
        if (!m_text.isEmpty())
            m_text.append(QLatin1Char('\n'));
        m_starts.append(m_text.size());
        m_text.append(p.text);
    }
    m_compact.reserve(m_text.size());
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (!m_text.at(i).isSpace()) {
            m_compact.append(m_text.at(i));
            m_compactToText.append(i);
        }
    }
}

QuoteLocator::Place QuoteLocator::placeOf(qsizetype start, qsizetype end) const {
    // The passage holding `start`, and every later one up to `end`.
    const auto first = std::upper_bound(m_starts.cbegin(), m_starts.cend(), start) - m_starts.cbegin() - 1;
    Place place;
    place.firstPassage = int(std::max<qsizetype>(0, first));
    const text::Passage& p0 = m_passages.at(place.firstPassage);
    place.page = p0.page;
    place.passageHash = passageHash(p0.text);
    for (qsizetype i = place.firstPassage; i < m_passages.size() && m_starts.at(i) < end; ++i) {
        const text::Passage& p = m_passages.at(i);
        if (p.page != place.page)
            break;
        if (p.lineBoxes.isEmpty()) {
            place.boxes.append(p.box);
            continue;
        }
        // Lines of a passage share its text about evenly; keep the lines the quote reaches.
        const qsizetype from = std::max<qsizetype>(0, start - m_starts.at(i));
        const qsizetype to = std::min<qsizetype>(p.text.size(), end - m_starts.at(i));
        const qsizetype n = p.lineBoxes.size();
        const qsizetype len = std::max<qsizetype>(1, p.text.size());
        for (qsizetype line = 0; line < n; ++line) {
            const qsizetype lineFrom = line * len / n;
            const qsizetype lineTo = (line + 1) * len / n;
            if (lineTo > from && lineFrom < std::max(to, from + 1))
                place.boxes.append(p.lineBoxes.at(line));
        }
    }
    return place;
}

std::optional<QuoteLocator::Place> QuoteLocator::locate(const QString& quote, int nearPage) const {
    if (quote.trimmed().isEmpty() || m_passages.isEmpty())
        return std::nullopt;
    std::optional<Place> best;
    auto consider = [&](qsizetype start, qsizetype end) {
        Place p = placeOf(start, end);
        if (!best || (nearPage > 0 && std::abs(p.page - nearPage) < std::abs(best->page - nearPage)))
            best = std::move(p);
    };
    for (qsizetype at = m_text.indexOf(quote); at >= 0; at = m_text.indexOf(quote, at + 1))
        consider(at, at + quote.size());
    if (best)
        return best;
    const QString compactQuote = withoutSpace(quote);
    if (compactQuote.isEmpty())
        return std::nullopt;
    for (qsizetype at = m_compact.indexOf(compactQuote); at >= 0;
         at = m_compact.indexOf(compactQuote, at + 1))
        consider(m_compactToText.at(at), m_compactToText.at(at + compactQuote.size() - 1) + 1);
    return best;
}

std::optional<QuoteLocator::Place> QuoteLocator::locateFact(const QString& factText, const QString& hash,
                                                            int nearPage) const {
    for (qsizetype i = 0; i < m_passages.size(); ++i) {
        const text::Passage& p = m_passages.at(i);
        if (passageHash(p.text) != hash)
            continue;
        const qsizetype at = p.text.indexOf(factText);
        if (at >= 0)
            return placeOf(m_starts.at(i) + at, m_starts.at(i) + at + factText.size());
    }
    return locate(factText, nearPage);
}

} // namespace pl::annotation
