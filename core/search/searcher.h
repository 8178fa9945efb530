#pragma once

#include "core/base/error.h"
#include "core/search/searchquery.h"

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
    /// A hit below the full ones, holding most but not all of the query's words (see
    /// Searcher::kPartialBelow).
    bool partial = false;
    QStringList missing; ///< the words (as typed) a partial hit lacks
};

struct SearchResult {
    QString query;
    QList<SearchHit> hits;
    /// False when the query matched so many passages of a large library that an even sample of them
    /// across the library was ranked rather than all (see Searcher::kMatchCap).
    bool complete = true;
    /// The spellings searched because a document of the library defines them (see SearchQuery::UsedAlias).
    QList<SearchQuery::UsedAlias> aliases;
};

/// Finds passages in a library. Stateless apart from the connection it borrows.
class Searcher {
public:
    /// Page: one hit per page holding all its matching passages (a results list does not repeat a page,
    /// and opening the hit highlights every match). Passage: one hit per passage.
    enum class Grouping { Page, Passage };

    explicit Searcher(const store::Library& library);
    /// `disabledAliases`: facts::aliasKey of library aliases the user switched off.
    Result<SearchResult> search(const QString& query, int limit = 50, Grouping grouping = Grouping::Page,
                                const QSet<QString>& disabledAliases = {}) const;

    /// Matches read from the index: at most this many (else an even sample across the library, in this
    /// many windows of passage ids); the best of them by the index's cheap weight are checked against
    /// their text, 4 × limit (at least 200) and more until 4 × limit hold up, and ranked.
    static constexpr int kMatchCap = 6000;
    /// When fewer hits than this hold every word of a query of several in one passage, pages that hold them
    /// in different passages follow; when none holds them all, the passages (pages) with most of the words,
    /// at least half, ranked by how many words and how rare, each marked with the words it lacks.
    static constexpr int kPartialBelow = 10;
    static constexpr int kMatchWindows = 6;
    /// A token of a phrase (ai in 초거대 AI), or a group of a query of several (AI = AI OR 인공지능), found
    /// in more than this share of the passages is left out of the index look-up when something rarer
    /// stands beside it: walking its posting lists costs more than it filters out, so each candidate's
    /// text proves it instead. The share is estimated from kProbeWindows windows of kProbeWidth passage
    /// ids spread over the library.
    static constexpr double kCommonShare = 0.15;
    /// The same for a one-syllable word (a prefix, which costs far more to walk), by the share of
    /// passages in which it ends a word.
    static constexpr double kCommonPrefixShare = 0.005;
    static constexpr int kProbeWindows = 8;
    static constexpr int kProbeWidth = 400;
    /// The statements that read matches (?1 FTS expression, ?2 phrase groups, then ?3..?4 passage ids and
    /// ?5 how many; or, filtered, ?3 document or 0, ?4..?5 years or 0, ?6 how many); bench/search
    /// profiles them.
    static const char* matchSql();
    static const char* filteredMatchSql();

private:
    /// The search itself, for a parsed query.
    Result<SearchResult> run(const SearchQuery& q, int limit, Grouping grouping) const;
    /// Appends partial hits to `result` (see kPartialBelow).
    Result<void> addPartialHits(const SearchQuery& q, int limit, Grouping grouping,
                                SearchResult& result) const;
    struct Match {
        qint64 id = 0;
        double weight = 0;
    };
    struct IdRange {
        qint64 lo = 0, hi = -1;
    };
    /// What the index looks up for `q`; the rest is proved in the text (see kCommonShare).
    Result<SearchQuery::IndexPlan> plan(const SearchQuery& q, const IdRange& ids) const;
    Result<QList<Match>> matches(const SearchQuery& q, const SearchQuery::IndexPlan& plan, const IdRange& ids,
                                 bool* complete) const;
    Result<IdRange> idRange() const;

    const store::Library& m_library;
};

} // namespace pl::search
