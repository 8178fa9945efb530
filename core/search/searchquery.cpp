#include "core/search/searchquery.h"

#include "core/search/synonymlist.h"
#include "core/text/koreantokenizer.h"
#include "core/text/textnormalizer.h"

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

SearchQuery::Term makeTerm(const QString& raw) {
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
int conceptLength(const QStringList& parts, const QList<bool>& quoted, int i) {
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
    }
    return 1;
}

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString& inputRaw) {
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
        if (!negative && !quoted[i]) {
            // Words that together name one concept of the synonym list are searched as that concept.
            const int n = conceptLength(parts, quoted, i);
            if (n > 1) {
                part = parts.mid(i, n).join(QLatin1Char(' '));
                i += n - 1;
            }
        }
        Term term = makeTerm(part);
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
    return q;
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
            pattern += QStringLiteral("[\\s\\-·.,]*");
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
