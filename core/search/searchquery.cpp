#include "core/search/searchquery.h"

#include "core/facts/aliasminer.h"
#include "core/search/hanjaabbreviations.h"
#include "core/search/synonymlist.h"
#include "core/text/koreantokenizer.h"
#include "core/text/textnormalizer.h"

#include <QHash>
#include <QSet>

namespace pl::search {

namespace {

QStringList splitInput(const QString& input, QList<bool>* quoted) {
    QStringList out;
    QString cur;
    bool inQuote = false;
    bool curQuoted = false;
    auto push = [&] {
        if (!cur.isEmpty() || curQuoted) {
            out.append(cur);
            quoted->append(curQuoted);
        }
        cur.clear();
        curQuoted = false;
    };
    for (QChar c : input) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            if (inQuote) {
                inQuote = false;
                push();
            } else {
                if (!cur.isEmpty() && cur != QStringLiteral("-"))
                    push();
                inQuote = true;
                curQuoted = true;
            }
        } else if (c.isSpace() && !inQuote) {
            push();
        } else {
            cur.append(c);
        }
    }
    push();
    return out;
}

QString phrase(const QStringList& tokens) {
    if (tokens.size() == 1 && tokens[0].size() == 1 && text::isHangulSyllable(tokens[0].at(0)))
        return SearchQuery::quoted(tokens[0]) +
               QStringLiteral(" *"); // a syllable: any bigram that starts with it
    QStringList quoted;
    for (const QString& t : tokens)
        quoted.append(SearchQuery::quoted(t));
    return quoted.size() == 1
               ? quoted[0]
               : QStringLiteral("(") + quoted.join(QStringLiteral(" + ")) + QStringLiteral(")");
}

bool isHangulTokens(const QString& t, qsizetype syllables) {
    if (t.size() != syllables)
        return false;
    for (QChar c : t)
        if (!text::isHangulSyllable(c))
            return false;
    return true;
}

/// The phrases the index looks up for one spelling, ANDed: the spelling itself, or, when some of its
/// tokens are too common to be worth walking, the runs of tokens around them (proved in the text later).
QList<QStringList> lookedUpPhrases(const QStringList& tokens, const QSet<QString>& common) {
    if (tokens.size() < 2)
        return {tokens};
    QList<QStringList> runs;
    QStringList run;
    bool dropped = false;
    for (const QString& t : tokens) {
        if (common.contains(t)) {
            dropped = true;
            if (!run.isEmpty())
                runs.append(run);
            run.clear();
        } else {
            run.append(t);
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    if (!dropped || runs.isEmpty())
        return {tokens};
    // A bigram that ends a run after the trigram it finishes adds nothing (초거대 거대 → 초거대).
    for (QStringList& r : runs)
        while (r.size() >= 2 && isHangulTokens(r.last(), 2) && isHangulTokens(r.at(r.size() - 2), 3) &&
               r.at(r.size() - 2).endsWith(r.last()))
            r.removeLast();
    return runs;
}

QString termExpression(const SearchQuery::Term& term, const QSet<QString>& common, qsizetype group,
                       QStringList* phraseGroups) {
    QStringList alts;
    for (const QStringList& s : term.spellings) {
        QStringList ands;
        for (const QStringList& p : lookedUpPhrases(s, common)) {
            ands.append(phrase(p));
            if (phraseGroups)
                phraseGroups->append(QString::number(group));
        }
        alts.append(ands.size() == 1
                        ? ands[0]
                        : QStringLiteral("(") + ands.join(QStringLiteral(" AND ")) + QStringLiteral(")"));
    }
    return alts.size() == 1 ? alts[0]
                            : QStringLiteral("(") + alts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

constexpr double kAliasWeight = 0.6;
constexpr double kNearWeight = 0.35;

bool isUpperAcronym(const QString& s) {
    if (s.size() < 5 || s.size() > 12)
        return false;
    for (QChar c : s)
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return false;
    return true;
}

/// Whether a spelling is Latin words a space or a hyphen apart (Chat GPT, K-water, open-source).
bool spacedLatin(const QString& s) {
    bool letter = false, gap = false;
    for (QChar c : s) {
        if (c.unicode() < 0x80 && c.isLetter())
            letter = true;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            gap = gap || letter;
        else if (!c.isDigit())
            return false;
    }
    return letter && gap;
}

bool isSingleHan(const QString& s) {
    const QList<uint> u = s.toUcs4();
    return u.size() == 1 && text::isHan(u[0]);
}

SearchQuery::Term makeTerm(const QString& raw, const SearchQuery::Options& options) {
    SearchQuery::Term t;
    t.text = text::normalizeText(raw).simplified();
    QStringList surfaces{t.text};
    QList<double> weights{1.0};
    auto add = [&](const QString& s, double w) {
        if (s.isEmpty() || surfaces.size() >= 16 || surfaces.contains(s, Qt::CaseInsensitive))
            return;
        surfaces.append(s);
        weights.append(w);
    };
    const SynonymList synonyms = SynonymList::active();
    for (const QStringList& group : synonyms.groups()) {
        for (const QString& member : group) {
            if (!t.text.contains(member, Qt::CaseInsensitive))
                continue;
            // Whole Latin words only: "AI" inside "MAIL" is not an alias.
            const QString pattern = member.at(0).isLetter() && member.at(0).unicode() < 0x80
                                        ? QStringLiteral("(?<![A-Za-z])") +
                                              QRegularExpression::escape(member) +
                                              QStringLiteral("(?![A-Za-z])")
                                        : QRegularExpression::escape(member);
            const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
            if (!re.match(t.text).hasMatch())
                continue;
            for (const QString& other : group)
                if (other != member)
                    add(QString(t.text).replace(re, other), kAliasWeight);
        }
    }
    // The aliases the library's documents define for the whole term (하이퍼클로바 = HyperCLOVA), each with
    // where it was read; those the user switched off stay out.
    if (options.aliases) {
        const QString key = facts::aliasKey(t.text);
        QSet<QString> taken{key};
        // Each row's other side, as spelt and as keyed.
        struct Other {
            const SearchQuery::UsedAlias* row;
            QString spelling, key;
        };
        const QList<SearchQuery::UsedAlias> rows = options.aliases(key);
        QList<Other> others;
        QHash<QString, int> agreeing;
        for (const SearchQuery::UsedAlias& row : rows) {
            const QString spelling = facts::aliasKey(row.term) == key ? row.alias : row.term;
            others.append({&row, spelling, facts::aliasKey(spelling)});
            ++agreeing[others.last().key];
        }
        // A word the library's documents give many different spellings (AI: 인공지능, and once 그림) keeps
        // those at least two documents agree on.
        const bool contested = agreeing.size() > 2;
        for (const Other& o : others) {
            if (taken.contains(o.key) || options.disabledAliases.contains(o.key) ||
                (contested && agreeing.value(o.key) < 2))
                continue;
            taken.insert(o.key);
            const qsizetype before = surfaces.size();
            add(o.spelling, kAliasWeight);
            if (surfaces.size() > before)
                t.aliases.append({t.text, o.spelling, o.row->docId, o.row->path, o.row->page});
        }
    }
    // Hanja abbreviations of country names from the packaged dictionary (韓 = 한국, 印 = 인도).
    if (isSingleHan(t.text)) {
        for (const QString& name : HanjaAbbreviations::shared().namesOf(t.text))
            add(name, kAliasWeight);
    } else if (text::isHanWord(t.text)) {
        // A word in Hanja is also looked for as read (直系尊屬 = 직계존속).
        add(HanjaAbbreviations::readingOf(t.text), kAliasWeight);
    } else if (t.text.size() <= 6 && !t.text.contains(QLatin1Char(' '))) {
        for (const QString& hanja : HanjaAbbreviations::shared().abbreviationsOf(t.text))
            add(hanja, kAliasWeight);
    }
    // Latin words a space or a hyphen apart are also looked up joined (K-water = Kwater; the index joins
    // such pairs in documents, so Kwater finds K-water too).
    if (spacedLatin(t.text)) {
        QString joined = t.text;
        joined.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        add(joined, 0.9);
    }
    // An acronym misspelt by one letter in the document (NARR for NAIRR) still comes up, ranked low.
    if (isUpperAcronym(t.text))
        for (qsizetype i = 0; i < t.text.size(); ++i)
            add(QString(t.text).remove(i, 1), kNearWeight);
    t.surfaces = surfaces;
    t.weights = weights;
    for (const QString& surface : surfaces) {
        const QStringList tokens = text::KoreanTokenizer::terms(surface, text::KoreanTokenizer::Mode::Query);
        if (!tokens.isEmpty() && !t.spellings.contains(tokens))
            t.spellings.append(tokens);
    }
    return t;
}

QString squashed(const QString& s) {
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c.toCaseFolded());
    return out;
}

/// How many of the words from `i` on form one entry of the synonym list (생성형 AI, 파운데이션 모델), or 1.
int conceptLength(const QStringList& parts, const QList<bool>& quoted, int i,
                  const SearchQuery::Options& options) {
    const SynonymList synonyms = SynonymList::active();
    for (int n = 4; n >= 2; --n) {
        if (i + n > parts.size())
            continue;
        bool plain = true;
        for (int k = i; k < i + n; ++k)
            plain = plain && !quoted[k] && !parts[k].startsWith(QLatin1Char('-')) &&
                    parts[k] != QStringLiteral("OR") && parts[k] != QStringLiteral("AND") &&
                    !parts[k].contains(QLatin1Char(':'));
        if (!plain)
            continue;
        const QString joined = squashed(text::normalizeText(parts.mid(i, n).join(QString())));
        for (const QStringList& group : synonyms.groups())
            for (const QString& member : group)
                if (member.contains(QLatin1Char(' ')) && squashed(member) == joined)
                    return n;
        // Words a document of the library defines as one name (Artificial Intelligence, EU AI Act).
        if (options.aliases &&
            !options.aliases(facts::aliasKey(parts.mid(i, n).join(QLatin1Char(' ')))).isEmpty())
            return n;
    }
    return 1;
}

/// A number with at most two syllables of unit (2만, 10억, 300만톤, 3년): the start of an amount.
bool isAmountStart(const QString& part) {
    static const QRegularExpression re(QStringLiteral("^[0-9][0-9,.]*[가-힣]{0,2}$"));
    return re.match(part).hasMatch();
}

/// How many words from `i` on spell one amount: a number, then either more numbers with units (11억 6250만)
/// or, after a numeral unit (만, 억, 조, 천, 백), a unit of up to two syllables (만 원, 억 달러, 만 톤); a
/// one- syllable unit after any number (3 년, 5 개). 1 when the word is not an amount.
int amountLength(const QStringList& parts, const QList<bool>& quoted, int i) {
    if (quoted[i] || !isAmountStart(parts[i]))
        return 1;
    static const QRegularExpression hangulUnit(QStringLiteral("^[가-힣]{1,2}$"));
    static const QString numerals = QStringLiteral("만억조천백");
    int n = 1;
    while (i + n < parts.size() && !quoted[i + n]) {
        const QString& prev = parts[i + n - 1];
        const QString& next = parts[i + n];
        const bool numeralEnd = !prev.isEmpty() && numerals.contains(prev.back());
        if (numeralEnd && isAmountStart(next) && next.front().isDigit()) {
            ++n;
            continue;
        }
        if (hangulUnit.match(next).hasMatch() && (next.size() == 1 || numeralEnd) && prev.front().isDigit() &&
            !hangulUnit.match(prev).hasMatch()) {
            ++n;
        }
        break;
    }
    return n;
}

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString& inputRaw, const Options& options) {
    const QString input = inputRaw.left(2000);
    SearchQuery q;
    QList<bool> quoted;
    const QStringList parts = splitInput(input, &quoted);
    bool pendingOr = false;
    for (int i = 0; i < parts.size(); ++i) {
        QString part = parts[i];
        if (!quoted[i]) {
            if (part == QStringLiteral("OR") || part == QStringLiteral("|")) {
                pendingOr = !q.groups.isEmpty();
                continue;
            }
            if (part == QStringLiteral("AND"))
                continue;
            const int colon = part.indexOf(QLatin1Char(':'));
            if (colon > 0) {
                const QString key = part.left(colon).toLower();
                const QString value = part.mid(colon + 1);
                if (key == QStringLiteral("doc")) {
                    bool ok = false;
                    q.docId = value.toLongLong(&ok);
                    if (!ok || q.docId <= 0)
                        return fail(Error::Kind::Query,
                                    QStringLiteral("doc: needs a document number, e.g. doc:3"));
                    continue;
                }
                if (key == QStringLiteral("year")) {
                    const QStringList ys = value.split(QStringLiteral(".."));
                    bool ok1 = false, ok2 = true;
                    q.yearFrom = ys.value(0).toInt(&ok1);
                    q.yearTo = ys.size() > 1 ? ys[1].toInt(&ok2) : q.yearFrom;
                    if (!ok1 || !ok2 || q.yearFrom < 1900 || q.yearTo < q.yearFrom)
                        return fail(Error::Kind::Query,
                                    QStringLiteral(
                                        "year: needs a year or a range, e.g. year:2023 or year:2023..2025"));
                    continue;
                }
            }
        }
        bool negative = false;
        if (!quoted[i] && part.startsWith(QLatin1Char('-')) && part.size() > 1) {
            negative = true;
            part = part.mid(1);
        } else if (quoted[i] && i > 0 && parts[i - 1] == QStringLiteral("-") && !quoted[i - 1]) {
            negative = true;
        }
        if (!quoted[i] && part == QStringLiteral("-"))
            continue;
        bool joined = false;
        if (!negative && !quoted[i]) {
            // A name and its version typed apart (GPT 4, HTML 5, Llama 2) is one name (GPT-4); an amount
            // typed with spaces (2만 원, 11억 6250만 원, 3080만 달러) is one amount, as printed together
            // (2만원).
            static const QRegularExpression latinWord(QStringLiteral("^[A-Za-z][A-Za-z.]*$"));
            static const QRegularExpression version(QStringLiteral("^[0-9]{1,2}(\\.[0-9])?$"));
            if (i + 1 < parts.size() && !quoted[i + 1] && latinWord.match(part).hasMatch() &&
                version.match(parts[i + 1]).hasMatch()) {
                part = part + QLatin1Char(' ') + parts[i + 1];
                ++i;
                joined = true;
            } else if (const int amount = amountLength(parts, quoted, i); amount > 1) {
                part = parts.mid(i, amount).join(QLatin1Char(' '));
                i += amount - 1;
                joined = true;
            }
        }
        if (!negative && !quoted[i] && !joined) {
            // Words that together name one concept of the synonym list are searched as that concept.
            const int n = conceptLength(parts, quoted, i, options);
            if (n > 1) {
                part = parts.mid(i, n).join(QLatin1Char(' '));
                i += n - 1;
            }
        }
        Term term = makeTerm(part, options);
        if (term.spellings.isEmpty())
            continue; // punctuation only: nothing to look for
        if (negative) {
            q.excluded.append(term);
        } else if (pendingOr && !q.groups.isEmpty()) {
            q.groups.last().append(term);
        } else {
            q.groups.append({term});
        }
        pendingOr = false;
    }
    if (q.groups.isEmpty())
        return fail(Error::Kind::Query, QStringLiteral("the query has no words to search for"));
    // Two Latin words typed apart may be one word in the text (Chat GPT = ChatGPT): each group of the pair
    // also accepts the two joined.
    auto latinWord = [](const QList<Term>& g) {
        if (g.size() != 1 || g[0].spellings.size() < 1 || g[0].text.isEmpty())
            return false;
        for (QChar c : g[0].text)
            if (!(c.unicode() < 0x80 && c.isLetter()))
                return false;
        return true;
    };
    for (qsizetype g = 0; g + 1 < q.groups.size(); ++g) {
        if (!latinWord(q.groups[g]) || !latinWord(q.groups[g + 1]))
            continue;
        const QString joined = q.groups[g][0].text + q.groups[g + 1][0].text;
        Term pair = makeTerm(joined, Options{});
        pair.weights.fill(0.9);
        q.groups[g].append(pair);
        q.groups[g + 1].append(pair);
    }
    return q;
}

Result<SearchQuery> SearchQuery::parse(const QString& input) {
    return parse(input, Options{});
}

QList<SearchQuery::UsedAlias> SearchQuery::usedAliases() const {
    QList<UsedAlias> out;
    QSet<QString> seen;
    for (const auto& group : groups)
        for (const Term& t : group)
            for (const UsedAlias& a : t.aliases)
                if (!seen.contains(a.term + QLatin1Char('\n') + a.alias)) {
                    seen.insert(a.term + QLatin1Char('\n') + a.alias);
                    out.append(a);
                }
    return out;
}

QString SearchQuery::groupExpression(qsizetype group, const IndexPlan& plan,
                                     QStringList* phraseGroups) const {
    QStringList ors;
    for (const Term& t : groups.value(group))
        ors.append(termExpression(t, plan.common, group, phraseGroups));
    return ors.size() == 1 ? ors[0]
                           : QStringLiteral("(") + ors.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

QString SearchQuery::ftsExpression(const IndexPlan& plan, QStringList* phraseGroups) const {
    QStringList ands;
    for (qsizetype g = 0; g < groups.size(); ++g)
        if (plan.lookUp.value(g, true))
            ands.append(groupExpression(g, plan, phraseGroups));
    QString expr = ands.join(QStringLiteral(" AND "));
    // Exclusions are looked up whole: leaving out part of one would exclude more.
    for (const Term& t : excluded)
        expr =
            QStringLiteral("(") + expr + QStringLiteral(") NOT ") + termExpression(t, {}, -1, phraseGroups);
    return expr;
}

QString SearchQuery::phraseGroups(const IndexPlan& plan) const {
    // Built alongside the expression, so that the two always agree.
    QStringList out;
    (void)ftsExpression(plan, &out);
    return out.join(QLatin1Char(','));
}

QStringList SearchQuery::phraseTokens() const {
    QStringList out;
    for (const auto& group : groups)
        for (const Term& t : group)
            for (const QStringList& s : t.spellings)
                if (s.size() >= 2)
                    for (const QString& token : s)
                        if (!out.contains(token))
                            out.append(token);
    return out;
}

bool SearchQuery::lookedUpWhole(qsizetype group, const IndexPlan& plan) const {
    if (!plan.lookUp.value(group, true))
        return false;
    for (const Term& t : groups.value(group))
        for (const QStringList& s : t.spellings)
            if (lookedUpPhrases(s, plan.common) != QList<QStringList>{s})
                return false;
    return true;
}

QString SearchQuery::quoted(const QString& token) {
    QString q = token;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString SearchQuery::patternFor(const QString& term) {
    // Each letter or digit of the term, allowing spaces, hyphens, dots and digit-group commas between them.
    QString pattern;
    for (QChar c : term) {
        if (!c.isLetterOrNumber())
            continue;
        if (!pattern.isEmpty())
            pattern += QStringLiteral("[\\s\\-·.,\u318D\u2027\u30FB\uFF65\u2219\u22C5\u2024\u119E]*");
        pattern += QRegularExpression::escape(QString(c));
    }
    // A Latin word stands on its own: AI is not in MAIL or PAIR (a plural s may follow: LLMs).
    auto latin = [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); };
    QString letters;
    for (QChar c : term)
        if (c.isLetterOrNumber())
            letters.append(c);
    if (!letters.isEmpty() && latin(letters.front()))
        pattern.prepend(QStringLiteral("(?<![A-Za-z])"));
    if (!letters.isEmpty() && latin(letters.back()))
        pattern.append(QStringLiteral("s?(?![A-Za-z])"));
    return pattern;
}

QList<QRegularExpression> SearchQuery::highlighters() const {
    QList<QRegularExpression> out;
    for (const auto& group : groups) {
        for (const Term& t : group) {
            for (const QString& surface : t.surfaces) {
                const QString p = patternFor(surface);
                if (!p.isEmpty())
                    out.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption));
            }
        }
    }
    return out;
}

} // namespace pl::search
