#include "core/search/searcher.h"

#include "core/search/searchquery.h"
#include "core/store/library.h"
#include "core/store/statement.h"

namespace pl::search {

namespace {

QString makeSnippet(const QString& text, const QList<QRegularExpression>& highlighters, int width = 80) {
    struct Span {
        qsizetype start, end;
    };
    QList<Span> spans;
    for (const auto& re : highlighters) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                spans.append({m.capturedStart(), m.capturedEnd()});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    qsizetype from = 0;
    if (!spans.isEmpty())
        from = std::max<qsizetype>(0, spans.front().start - width / 3);
    qsizetype to = std::min<qsizetype>(text.size(), from + width);
    if (to - from < width)
        from = std::max<qsizetype>(0, to - width);
    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    qsizetype pos = from;
    for (const Span& s : spans) {
        if (s.start < pos || s.start >= to)
            continue;
        out += text.mid(pos, s.start - pos).toHtmlEscaped();
        const qsizetype end = std::min(s.end, to);
        out +=
            QStringLiteral("<b>") + text.mid(s.start, end - s.start).toHtmlEscaped() + QStringLiteral("</b>");
        pos = end;
    }
    out += text.mid(pos, to - pos).toHtmlEscaped();
    if (to < text.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace

Searcher::Searcher(const store::Library& library) : m_library(library) {}

Result<SearchResult> Searcher::search(const QString& queryText, int limit) const {
    auto parsed = SearchQuery::parse(queryText);
    if (!parsed)
        return std::unexpected(parsed.error());
    const SearchQuery& q = *parsed;
    SearchResult result;
    result.query = queryText;
    store::Statement st(
        m_library.handle(),
        "SELECT p.id, p.doc_id, d.path, d.title, p.page_no, p.kind, p.text, p.line_boxes, "
        // Headings first; fragments (table cells, labels) below the paragraphs that explain.
        "bm25(passage_index) * (CASE p.kind WHEN 'heading' THEN 1.6 WHEN 'table-cell' THEN 0.6 ELSE 1.0 END) "
        "* min(1.0, (length(p.text) + 20) / 80.0) AS rank "
        "FROM passage_index JOIN passages p ON p.id = passage_index.rowid "
        "JOIN documents d ON d.id = p.doc_id "
        "WHERE passage_index MATCH ?1 AND (?2 = 0 OR p.doc_id = ?2) "
        "AND (?3 = 0 OR CAST(substr(d.doc_date, 1, 4) AS INTEGER) BETWEEN ?3 AND ?4) "
        "ORDER BY rank LIMIT ?5");
    if (!st.ok())
        return fail(Error::Kind::Database, st.error());
    st.bind(1, q.ftsExpression())
        .bind(2, q.docId)
        .bind(3, q.yearFrom)
        .bind(4, q.yearTo)
        .bind(5, std::max(1, limit));
    const auto highlighters = q.highlighters();
    while (st.next()) {
        SearchHit hit;
        hit.passageId = st.int64(0);
        hit.docId = st.int64(1);
        hit.path = st.text(2);
        hit.title = st.text(3);
        hit.page = st.integer(4);
        hit.kind = st.text(5);
        hit.text = st.text(6);
        hit.boxes = store::Library::boxesFromJson(st.text(7));
        hit.score = -st.real(8);
        hit.snippet = makeSnippet(hit.text, highlighters);
        result.hits.append(hit);
    }
    return result;
}

} // namespace pl::search
