#pragma once

#include "core/base/error.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace pl::store {
class Library;
}

namespace pl::search {

/// One passage that matched inside a hit.
struct MatchedPassage {
    qint64 id = 0;
    QString kind;
    QString text;
    double score = 0;
    QList<QRectF> boxes;
};

/// What matched on one page (or one passage, see Searcher::Grouping), with what the reader needs to show it.
struct SearchHit {
    qint64 passageId = 0;
    qint64 docId = 0;
    QString path;
    QString title;
    int page = 0;
    QString kind;
    QString text;    ///< the whole passage; a page hit joins its passages with blank lines
    QString snippet; ///< an excerpt with matches wrapped in <b>…</b>, HTML-escaped
    double score = 0;
    QList<QRectF> boxes;            ///< every matching line on the page, for the reader's highlights
    QList<MatchedPassage> passages; ///< the matching passages, in reading order
};

struct SearchResult {
    QString query;
    QList<SearchHit> hits;
};

/// Finds passages in a library. Stateless apart from the connection it borrows.
class Searcher {
public:
    /// Page: one hit per page holding all its matching passages (a results list does not repeat a page,
    /// and opening the hit highlights every match). Passage: one hit per passage.
    enum class Grouping { Page, Passage };

    explicit Searcher(const store::Library& library);
    Result<SearchResult> search(const QString& query, int limit = 50,
                                Grouping grouping = Grouping::Page) const;

    /// The statement that picks the candidates (?1 FTS expression, ?2 document or 0, ?3..?4 years or 0,
    /// ?5 how many); bench/search profiles it.
    static const char* candidateSql();

private:
    const store::Library& m_library;
};

} // namespace pl::search
