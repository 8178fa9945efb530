#include "core/search/searcher.h"

#include "core/search/searchquery.h"
#include "core/store/library.h"
#include "core/store/statement.h"
#include "core/text/textnormalizer.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <cmath>
#include <limits>
#include <optional>

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

bool isHangul(QChar c) {
    return text::isHangulSyllable(c);
}

/// Endings that leave a Korean noun a word of its own: 데이터를, 데이터의, 데이터에서는, 데이터들이 …
bool isParticle(const QString& rest) {
    static const QSet<QString> particles = [] {
        QSet<QString> set;
        const char16_t* const list[] = {
            u"이",     u"가",       u"을",       u"를",       u"은",     u"는",     u"의",     u"에",
            u"와",     u"과",       u"로",       u"도",       u"만",     u"나",     u"랑",     u"께",
            u"며",     u"고",       u"라",       u"란",       u"야",     u"여",     u"서",     u"으로",
            u"에서",   u"에게",     u"까지",     u"부터",     u"보다",   u"처럼",   u"이나",   u"이며",
            u"이고",   u"과의",     u"와의",     u"에의",     u"로의",   u"으로의", u"에서의", u"에는",
            u"에서는", u"으로는",   u"로는",     u"와는",     u"과는",   u"이라",   u"라는",   u"이라는",
            u"이다",   u"이란",     u"이었",     u"였",       u"에도",   u"로도",   u"으로도", u"만의",
            u"마다",   u"처럼",     u"조차",     u"밖에",     u"같은",   u"등",     u"등의",   u"등을",
            u"등이",   u"및",       u"에서도",   u"에게서",   u"로서",   u"으로서", u"로써",   u"으로써",
            u"까지의", u"부터의",   u"와도",     u"과도",     u"이자",   u"인",     u"임",     u"일",
            u"로부터", u"으로부터", u"에서부터", u"에서와",   u"라고",   u"이라고", u"만을",   u"만이",
            u"에만",   u"에게도",   u"이라도",   u"라도",     u"이든",   u"든",     u"든지",   u"이든지",
            u"에서의", u"과의",     u"로서의",   u"으로서의", u"에게는", u"에서만", u"으로만", u"로만",
            u"이니",   u"이면",     u"이므로"};
        for (const char16_t* p : list)
            set.insert(QString::fromUtf16(p));
        return set;
    }();
    if (rest.isEmpty() || particles.contains(rest))
        return true;
    if (rest.startsWith(QChar(u'들')))
        return rest.size() == 1 || particles.contains(rest.mid(1));
    return false;
}

/// How well one match stands in the text. A noun that carries its own particle (데이터를, 데이터의) or ends
/// a phrase is what the passage is about: 1. Followed by another word it modifies a phrase (데이터 구축):
/// less. Inside a compound (빅데이터, 데이터셋) least.
double wordness(const QString& text, qsizetype start, qsizetype end) {
    auto latin = [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 0x80; };
    const QChar first = text.at(start);
    const QChar before = start > 0 ? text.at(start - 1) : QChar();
    if (isHangul(first) && isHangul(before) && end - start <= 2 && end < text.size() &&
        isHangul(text.at(end))) {
        // Two syllables with more word on both sides mostly straddle two words (가전 in 국가전략): a match
        // only if what follows is a particle (헌법과).
        qsizetype e = end;
        while (e < text.size() && isHangul(text.at(e)) && e - end < 6)
            ++e;
        return isParticle(text.mid(end, e - end)) ? 0.35 : 0.0;
    }
    if ((isHangul(first) && isHangul(before)) || (latin(first) && latin(before)))
        return 0.35;
    if (end >= text.size())
        return 1.0;
    const QChar last = text.at(end - 1);
    const QChar after = text.at(end);
    if (isHangul(last) && isHangul(after)) {
        qsizetype e = end;
        while (e < text.size() && isHangul(text.at(e)) && e - end < 6)
            ++e;
        return isParticle(text.mid(end, e - end)) ? 1.0 : 0.35;
    }
    if (latin(last) && latin(after))
        return 0.35;
    if (isHangul(last) && after == QLatin1Char(' ') && end + 1 < text.size() && isHangul(text.at(end + 1)))
        return 0.55;
    return 1.0;
}

double kindWeight(const QString& kind) {
    if (kind == QStringLiteral("heading"))
        return 1.3;
    if (kind == QStringLiteral("table-cell"))
        return 0.8;
    return 1.0;
}

/// Very short passages (labels, cells) say less about a topic than sentences do.
double lengthPrior(qsizetype length) {
    if (length < 15)
        return 0.75;
    if (length < 40)
        return 0.9;
    return 1.0;
}

/// Finds one term of the query in a passage's text.
struct TermMatcher {
    QList<QRegularExpression> patterns;
    QList<double> weights;
    bool needsHangulProof = false; ///< Hangul bigrams can meet by accident (가전 in 국가전략): verify

    struct Found {
        double best = 0; ///< 0 when the text does not hold the term, else the best weight × wordness
        int count = 0;   ///< how many times it stands there
    };

    Found find(const QString& text) const {
        Found f;
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            auto it = patterns[i].globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedLength() == 0)
                    continue;
                const double q = weights[i] * wordness(text, m.capturedStart(), m.capturedEnd());
                if (q > f.best) {
                    // Only matches as good as the best one count towards how often the term stands there.
                    f.count = q >= 2 * f.best ? 1 : f.count + 1;
                    f.best = q;
                } else if (q * 2 > f.best) {
                    ++f.count;
                }
            }
        }
        return f;
    }
};

QList<QList<TermMatcher>> matchersFor(const SearchQuery& q) {
    QList<QList<TermMatcher>> out;
    for (const auto& group : q.groups) {
        QList<TermMatcher> g;
        for (const SearchQuery::Term& t : group) {
            TermMatcher m;
            for (qsizetype i = 0; i < t.surfaces.size(); ++i) {
                const QString p = SearchQuery::patternFor(t.surfaces[i]);
                if (p.isEmpty())
                    continue;
                m.patterns.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption |
                                                            QRegularExpression::UseUnicodePropertiesOption));
                m.weights.append(t.weights.value(i, 1.0));
                for (QChar c : t.surfaces[i])
                    m.needsHangulProof = m.needsHangulProof || isHangul(c);
            }
            g.append(m);
        }
        out.append(g);
    }
    return out;
}

} // namespace

Searcher::Searcher(const store::Library& library) : m_library(library) {}

const char* Searcher::matchSql() {
    // The index alone, in passage order (FTS5 seeks into an id range far faster forwards than backwards),
    // stopping at ?5 rows: no BM25 (its statistics pre-pass walks every
    // posting list of the query) and no content rows, so the cost is bounded by the cap, not by how many
    // passages of a large library mention a common word.
    return "SELECT rowid, pl_match_weight(passage_index, ?2) FROM passage_index "
           "WHERE passage_index MATCH ?1 AND rowid BETWEEN ?3 AND ?4 ORDER BY rowid LIMIT ?5";
}

const char* Searcher::filteredMatchSql() {
    return "SELECT p.id, pl_match_weight(passage_index, ?2) FROM passage_index "
           "JOIN passages p ON p.id = passage_index.rowid JOIN documents d ON d.id = p.doc_id "
           "WHERE passage_index MATCH ?1 AND (?3 = 0 OR p.doc_id = ?3) "
           "AND (?4 = 0 OR CAST(substr(d.doc_date, 1, 4) AS INTEGER) BETWEEN ?4 AND ?5) "
           "ORDER BY passage_index.rowid LIMIT ?6";
}

namespace {

QMutex shareMutex;
QHash<QString, QHash<QString, double>>& shareCache() {
    static QHash<QString, QHash<QString, double>> cache;
    return cache;
}

std::optional<double> cachedShare(const QString& library, const QString& expression) {
    QMutexLocker lock(&shareMutex);
    const auto l = shareCache().constFind(library);
    if (l == shareCache().cend())
        return std::nullopt;
    const auto e = l->constFind(expression);
    return e == l->cend() ? std::nullopt : std::optional<double>(*e);
}

void cacheShare(const QString& library, const QString& expression, double share) {
    QMutexLocker lock(&shareMutex);
    auto& cache = shareCache();
    if (!cache.contains(library) && cache.size() >= 8)
        cache.clear(); // libraries (or id ranges) no longer in use
    QHash<QString, double>& shares = cache[library];
    if (shares.size() >= 20000)
        shares.clear();
    shares.insert(expression, share);
}

} // namespace

Result<Searcher::IdRange> Searcher::idRange() const {
    store::Statement range(
        m_library.handle(),
        // SQLite answers a lone min() or max() from the b-tree's ends, both at once by a scan.
        "SELECT (SELECT min(id) FROM passages), (SELECT max(id) FROM passages)");
    if (!range.ok() || !range.next())
        return fail(Error::Kind::Database, range.error());
    return IdRange{range.int64(0), range.int64(1)};
}

Result<SearchQuery::IndexPlan> Searcher::plan(const SearchQuery& q, const IdRange& ids) const {
    SearchQuery::IndexPlan plan;
    plan.lookUp = QList<bool>(q.groups.size(), true);
    if (ids.hi < ids.lo)
        return plan;
    store::Statement probe(m_library.handle(), "SELECT count(*) FROM passage_index "
                                               "WHERE passage_index MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
    if (!probe.ok())
        return fail(Error::Kind::Database, probe.error());
    const qint64 span = ids.hi - ids.lo + 1;
    const qint64 windows = span <= qint64(kProbeWindows) * kProbeWidth ? 1 : kProbeWindows;
    const qint64 width = windows == 1 ? span : kProbeWidth;
    // Shares are kept for the process, per library and passage-id range (a new import changes the range).
    // A stale share costs time, never results: whatever is left out of the look-up is proved in the text.
    const QString libraryKey = m_library.path() + QLatin1Char('\n') + QString::number(ids.lo) +
                               QLatin1Char('-') + QString::number(ids.hi);
    auto common = [&](const QString& expression, double share) -> Result<bool> {
        if (const auto known = cachedShare(libraryKey, expression))
            return *known > share;
        qint64 found = 0;
        for (qint64 w = 0; w < windows; ++w) {
            const qint64 from = ids.lo + (span - width) * w / std::max<qint64>(1, windows - 1);
            probe.reset();
            probe.bind(1, expression).bind(2, from).bind(3, from + width - 1);
            if (!probe.next())
                return fail(Error::Kind::Database, probe.error());
            found += probe.int64(0);
        }
        const double measured = double(found) / double(windows * width);
        cacheShare(libraryKey, expression, measured);
        return measured > share;
    };
    // Tokens first: a phrase that holds a common one (초거대 AI) is looked up without it.
    for (const QString& token : q.phraseTokens()) {
        if (token.size() == 1 && text::isHangulSyllable(token.at(0)))
            continue; // a prefix: see below
        auto isCommon = common(SearchQuery::quoted(token), kCommonShare);
        if (!isCommon)
            return std::unexpected(isCommon.error());
        if (*isCommon)
            plan.common.insert(token);
    }
    if (q.groups.size() < 2)
        return plan;
    // Then whole groups. A one-syllable word is a prefix, and FTS5 merges every posting list that starts
    // with it for each statement: too costly to probe. The syllable standing alone at the end of a word
    // (법 in 기본법, 헌법) is one term and says how common it is (법 is, 댐 is not).
    QList<bool> costly(q.groups.size(), false);
    QList<bool> prefix(q.groups.size(), false);
    for (qsizetype g = 0; g < q.groups.size(); ++g) {
        QString expression = q.groupExpression(g, plan);
        prefix[g] = expression.contains(QLatin1Char('*'));
        expression.remove(QStringLiteral(" *"));
        auto isCommon = common(expression, prefix[g] ? kCommonPrefixShare : kCommonShare);
        if (!isCommon)
            return std::unexpected(isCommon.error());
        costly[g] = *isCommon;
    }
    // Something cheap must stay to drive the look-up. When every group is costly, the prefixes go and the
    // common words stay.
    const bool someCheap = costly.contains(false);
    for (qsizetype g = 0; g < costly.size(); ++g)
        plan.lookUp[g] = someCheap ? !costly[g] : !prefix[g];
    if (!plan.lookUp.contains(true))
        plan.lookUp.fill(true);
    return plan;
}

Result<QList<Searcher::Match>> Searcher::matches(const SearchQuery& q, const SearchQuery::IndexPlan& plan,
                                                 const IdRange& ids, bool* complete) const {
    QStringList phraseGroups;
    const QString expression = q.ftsExpression(plan, &phraseGroups);
    const QString groups = phraseGroups.join(QLatin1Char(','));
    QList<Match> out;
    *complete = true;
    auto collect = [&](store::Statement& st, int cap) {
        int n = 0;
        while (st.next()) {
            out.append({st.int64(0), st.real(1)});
            ++n;
        }
        return n >= cap;
    };
    if (q.docId != 0 || q.yearFrom != 0) {
        store::Statement st(m_library.handle(), filteredMatchSql());
        if (!st.ok())
            return fail(Error::Kind::Database, st.error());
        st.bind(1, expression).bind(2, groups).bind(3, q.docId).bind(4, q.yearFrom).bind(5, q.yearTo);
        st.bind(6, kMatchCap);
        *complete = !collect(st, kMatchCap);
        return out;
    }
    store::Statement st(m_library.handle(), matchSql());
    if (!st.ok())
        return fail(Error::Kind::Database, st.error());
    auto bindRange = [&](qint64 from, qint64 to, int cap) {
        st.reset(); // also clears the bindings
        st.bind(1, expression).bind(2, groups).bind(3, from).bind(4, to).bind(5, cap);
    };
    bindRange(0, std::numeric_limits<qint64>::max(), kMatchCap);
    if (!collect(st, kMatchCap))
        return out;
    // A common word in a large library. Rather than the first matches only, an even sample of the matches
    // across the whole library: the first pass stands for the id range it covered, thinned to its share,
    // and windows of passage ids sample the rest. A prefix (a one-syllable word) costs a full merge of its
    // posting lists per statement, so it keeps the first pass.
    *complete = false;
    if (expression.contains(QLatin1Char('*')))
        return out;
    const qint64 lo = ids.lo, hi = ids.hi;
    const qint64 covered = out.last().id;
    const double share = double(covered - lo + 1) / double(std::max<qint64>(1, hi - lo + 1));
    const qsizetype keep = std::clamp<qsizetype>(qsizetype(kMatchCap * share), 1, out.size());
    QList<Match> first = std::move(out);
    out.clear();
    for (qsizetype i = 0; i < keep; ++i)
        out.append(first[i * first.size() / keep]);
    const int perWindow = int((kMatchCap - keep) / kMatchWindows);
    if (perWindow < 1 || covered >= hi)
        return out;
    const qint64 span = std::max<qint64>(1, (hi - covered + kMatchWindows - 1) / kMatchWindows);
    for (qint64 from = covered + 1; from <= hi; from += span) {
        bindRange(from, std::min(hi, from + span - 1), perWindow);
        collect(st, perWindow);
    }
    return out;
}

Result<SearchResult> Searcher::search(const QString& queryText, int limit, Grouping grouping,
                                      const QSet<QString>& disabledAliases) const {
    SearchQuery::Options options;
    options.disabledAliases = disabledAliases;
    // The library's aliases; a library that cannot say (an older schema, a failed read) searches without.
    options.aliases = [this](const QString& key) {
        QList<SearchQuery::UsedAlias> out;
        if (key.size() < 2)
            return out;
        if (auto rows = m_library.aliasesFor(key))
            for (const store::Library::LibraryAlias& r : *rows)
                out.append({r.term, r.alias, r.docId, r.path, r.page});
        return out;
    };
    auto parsed = SearchQuery::parse(queryText, options);
    if (!parsed)
        return std::unexpected(parsed.error());
    limit = std::max(1, limit);
    auto result = run(*parsed, limit, grouping);
    if (!result)
        return result;
    result->query = queryText;
    result->aliases = parsed->usedAliases();
    if (result->hits.size() < std::min(limit, kPartialBelow) && parsed->groups.size() >= 2) {
        if (auto added = addPartialHits(*parsed, limit, grouping, *result); !added)
            return std::unexpected(added.error());
    }
    return result;
}

Result<void> Searcher::addPartialHits(const SearchQuery& q, int limit, Grouping grouping,
                                      SearchResult& result) const {
    const qsizetype groups = std::min<qsizetype>(q.groups.size(), 8);
    const auto keyOf = [grouping](const SearchHit& h) {
        return grouping == Grouping::Page ? QStringLiteral("%1:%2").arg(h.docId).arg(h.page)
                                          : QString::number(h.passageId);
    };
    QSet<QString> full;
    for (const SearchHit& h : result.hits)
        full.insert(keyOf(h));
    struct Candidate {
        SearchHit hit;
        QList<bool> has;
    };
    QHash<QString, qsizetype> index;
    QList<Candidate> candidates;
    QList<int> groupHits(groups, 0);
    QList<QList<QRegularExpression>> finders;
    for (qsizetype g = 0; g < groups; ++g) {
        SearchQuery one = q;
        one.groups = {q.groups.at(g)};
        finders.append(one.highlighters());
        auto found = run(one, 2 * limit, grouping);
        if (!found)
            return std::unexpected(found.error());
        groupHits[g] = int(found->hits.size());
        for (SearchHit& h : found->hits) {
            const QString key = keyOf(h);
            if (full.contains(key))
                continue;
            auto it = index.constFind(key);
            if (it == index.cend()) {
                it = index.insert(key, candidates.size());
                candidates.append(Candidate{std::move(h), QList<bool>(groups, false)});
            }
            candidates[*it].has[g] = true;
        }
    }
    // A word the other look-ups did not rank may still stand in the hit's text.
    for (Candidate& c : candidates)
        for (qsizetype g = 0; g < groups; ++g)
            for (const QRegularExpression& r : finders.at(g))
                c.has[g] = c.has[g] || r.match(c.hit.text).hasMatch();
    // Most words first; then the rarer words (fewer hits of their own); then the hit's own score.
    const auto rarity = [&](const Candidate& c) {
        double sum = 0;
        for (qsizetype g = 0; g < groups; ++g)
            if (c.has[g])
                sum += 1.0 / (1.0 + groupHits[g]);
        return sum;
    };
    const auto count = [](const Candidate& c) { return int(std::count(c.has.cbegin(), c.has.cend(), true)); };
    const int least = int((groups + 1) / 2);
    QList<Candidate*> kept;
    for (Candidate& c : candidates)
        if (count(c) >= least)
            kept.append(&c);
    std::stable_sort(kept.begin(), kept.end(), [&](const Candidate* a, const Candidate* b) {
        if (count(*a) != count(*b))
            return count(*a) > count(*b);
        const double ra = rarity(*a), rb = rarity(*b);
        if (ra != rb)
            return ra > rb;
        return a->hit.score > b->hit.score;
    });
    const auto highlighters = q.highlighters();
    // At most a page of them: they help when the words are apart, they must not bury the full matches.
    const qsizetype room = std::min<qsizetype>(limit, result.hits.size() + kPartialBelow);
    // Beside full matches only hits that hold every word (a page with the words in different passages);
    // hits lacking a word only when nothing holds them all, so that they never crowd out what does.
    const bool anyFull = !result.hits.isEmpty();
    for (Candidate* c : kept) {
        if (result.hits.size() >= room)
            break;
        if (anyFull && count(*c) < groups)
            continue;
        SearchHit hit = std::move(c->hit);
        hit.partial = true;
        for (qsizetype g = 0; g < groups; ++g)
            if (!c->has[g] && !q.groups.at(g).isEmpty())
                hit.missing.append(q.groups.at(g).constFirst().text);
        hit.snippet = makeSnippet(hit.text, highlighters);
        result.hits.append(std::move(hit));
    }
    return {};
}

Result<SearchResult> Searcher::run(const SearchQuery& q, int limit, Grouping grouping) const {
    SearchResult result;
    // Matches from the index, then the likeliest of them verified and re-ranked against the stored text:
    // the index works on bigrams, the text says whether the words really stand there and how.
    auto ids = idRange();
    if (!ids)
        return std::unexpected(ids.error());
    auto indexPlan = plan(q, *ids);
    if (!indexPlan)
        return std::unexpected(indexPlan.error());
    auto found = matches(q, *indexPlan, *ids, &result.complete);
    if (!found)
        return std::unexpected(found.error());
    QList<Match>& candidates = *found;
    // Equal weights are common (one mention each): ties go in a scrambled but fixed order, so that the
    // candidates checked first come from the whole library rather than from its first documents.
    auto scramble = [](qint64 id) { return quint64(id) * 0x9E3779B97F4A7C15ull; };
    std::sort(candidates.begin(), candidates.end(), [&](const Match& a, const Match& b) {
        return a.weight != b.weight ? a.weight > b.weight : scramble(a.id) < scramble(b.id);
    });

    store::Statement row(m_library.handle(),
                         "SELECT doc_id, page_no, kind, text FROM passages WHERE id = ?1");
    if (!row.ok())
        return fail(Error::Kind::Database, row.error());
    const auto matchers = matchersFor(q);
    QList<bool> proveInText; // groups the index did not look up as stated
    for (qsizetype g = 0; g < q.groups.size(); ++g)
        proveInText.append(!q.lookedUpWhole(g, *indexPlan));
    QList<SearchHit> hits;
    // The likeliest candidates first, in batches, until enough of them hold up against their text.
    const qsizetype batch = std::max(4 * limit, 200);
    qsizetype verify = 0;
    for (const Match& candidate : candidates) {
        if (verify++ >= batch && hits.size() >= 4 * limit)
            break;
        row.reset();
        row.bind(1, candidate.id);
        if (!row.next())
            continue;
        SearchHit hit;
        hit.passageId = candidate.id;
        hit.docId = row.int64(0);
        hit.page = row.integer(1);
        hit.kind = row.text(2);
        hit.text = row.text(3);
        // The score is how the words stand in the text (a noun with its particle above a modifier above a
        // compound part), how often, and what kind of passage holds them.
        double score = kindWeight(hit.kind) * lengthPrior(hit.text.size());
        bool keep = true;
        for (qsizetype g = 0; g < matchers.size(); ++g) {
            const QList<TermMatcher>& group = matchers[g];
            TermMatcher::Found best;
            bool proofNeeded = true;
            for (const TermMatcher& m : group) {
                const TermMatcher::Found f = m.find(hit.text);
                if (f.best > best.best)
                    best.best = f.best;
                best.count += f.count;
                proofNeeded = proofNeeded && m.needsHangulProof;
            }
            if (best.best == 0) {
                if (proofNeeded || proveInText[g]) {
                    keep = false; // the bigrams met by accident, or a group the index did not look up
                    break;
                }
                best = {0.5, 1}; // Latin or digits the index matched in a spelling the pattern does not know
            }
            score *= best.best * (1.0 + 0.3 * std::log(double(std::max(1, best.count))));
        }
        if (!keep)
            continue;
        hit.score = score;
        hits.append(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (grouping == Grouping::Page) {
        // One hit per page: the best passage leads, the others on the page join it in reading order.
        QList<SearchHit> pages;
        QHash<QPair<qint64, int>, qsizetype> pageIndex;
        for (SearchHit& h : hits) {
            const auto key = qMakePair(h.docId, h.page);
            auto it = pageIndex.find(key);
            if (it == pageIndex.end()) {
                pageIndex.insert(key, pages.size());
                h.passages = {MatchedPassage{h.passageId, h.kind, h.text, h.score, {}}};
                pages.append(std::move(h));
            } else {
                SearchHit& page = pages[*it];
                page.passages.append(MatchedPassage{h.passageId, h.kind, h.text, h.score, {}});
            }
        }
        for (SearchHit& page : pages) // more on the page, a little higher; the best passage leads
            page.score *= 1.0 + 0.08 * std::log(double(page.passages.size()));
        hits = std::move(pages);
        std::stable_sort(hits.begin(), hits.end(),
                         [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    } else {
        for (SearchHit& h : hits)
            h.passages = {MatchedPassage{h.passageId, h.kind, h.text, h.score, {}}};
    }
    // Many hits from one long document should not bury the others: each further hit of a document
    // counts a little less.
    QHash<qint64, int> perDocument;
    for (SearchHit& h : hits)
        h.score /= 1.0 + perDocument[h.docId]++ / 100.0;
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);

    store::Statement details(m_library.handle(), "SELECT d.path, d.title, p.line_boxes FROM passages p "
                                                 "JOIN documents d ON d.id = p.doc_id WHERE p.id = ?1");
    if (!details.ok())
        return fail(Error::Kind::Database, details.error());
    const auto highlighters = q.highlighters();
    for (SearchHit& hit : hits) {
        hit.snippet = makeSnippet(hit.text, highlighters);
        std::sort(hit.passages.begin(), hit.passages.end(),
                  [](const MatchedPassage& a, const MatchedPassage& b) { return a.id < b.id; });
        QStringList texts;
        hit.boxes.clear();
        for (MatchedPassage& p : hit.passages) {
            details.reset();
            details.bind(1, p.id);
            if (details.next()) {
                hit.path = details.text(0);
                hit.title = details.text(1);
                p.boxes = store::Library::boxesFromJson(details.text(2));
                hit.boxes += p.boxes;
            }
            texts.append(p.text);
        }
        hit.text = texts.join(QStringLiteral("\n\n"));
    }
    result.hits = std::move(hits);
    return result;
}

} // namespace pl::search
