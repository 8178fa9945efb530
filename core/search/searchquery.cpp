#include "core/search/searchquery.h"

#include "core/text/koreantokenizer.h"
#include "core/text/textnormalizer.h"

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

QString quoteToken(const QString& t) {
    QString q = t;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString phrase(const QStringList& tokens) {
    if (tokens.size() == 1 && tokens[0].size() == 1 && text::isHangulSyllable(tokens[0].at(0)))
        return quoteToken(tokens[0]) + QStringLiteral(" *"); // a syllable: any bigram that starts with it
    QStringList quoted;
    for (const QString& t : tokens)
        quoted.append(quoteToken(t));
    return quoted.size() == 1
               ? quoted[0]
               : QStringLiteral("(") + quoted.join(QStringLiteral(" + ")) + QStringLiteral(")");
}

QString termExpression(const SearchQuery::Term& term) {
    QStringList alts;
    for (const QStringList& s : term.spellings)
        alts.append(phrase(s));
    return alts.size() == 1 ? alts[0]
                            : QStringLiteral("(") + alts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

/// Spellings a reader treats as the same word. A later issue makes this list editable by users.
const QList<QStringList>& aliasGroups() {
    static const QList<QStringList> groups{
        {QStringLiteral("AI"), QStringLiteral("인공지능")},
        {QStringLiteral("美"), QStringLiteral("미국")},
        {QStringLiteral("英"), QStringLiteral("영국")},
        {QStringLiteral("中"), QStringLiteral("중국")},
        {QStringLiteral("日"), QStringLiteral("일본")},
        {QStringLiteral("獨"), QStringLiteral("독일")},
        {QStringLiteral("佛"), QStringLiteral("프랑스")},
        {QStringLiteral("上"), QStringLiteral("상반기")},
        {QStringLiteral("下"), QStringLiteral("하반기")},
        {QStringLiteral("年"), QStringLiteral("연간")},
        {QStringLiteral("LLM"), QStringLiteral("대규모 언어모델"), QStringLiteral("거대언어모델")},
        {QStringLiteral("파운데이션 모델"), QStringLiteral("기초 모형")},
    };
    return groups;
}

SearchQuery::Term makeTerm(const QString& raw) {
    SearchQuery::Term t;
    t.text = text::normalizeText(raw).simplified();
    QStringList surfaces{t.text};
    for (const QStringList& group : aliasGroups()) {
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
                if (other != member && surfaces.size() < 8)
                    surfaces.append(QString(t.text).replace(re, other));
        }
    }
    t.surfaces = surfaces;
    for (const QString& surface : surfaces) {
        const QStringList tokens = text::KoreanTokenizer::terms(surface, text::KoreanTokenizer::Mode::Query);
        if (!tokens.isEmpty() && !t.spellings.contains(tokens))
            t.spellings.append(tokens);
    }
    return t;
}

QString patternFor(const QString& term) {
    // Each letter or digit of the term, allowing spaces, hyphens, dots and digit-group commas between them.
    QString pattern;
    for (QChar c : term) {
        if (!c.isLetterOrNumber())
            continue;
        if (!pattern.isEmpty())
            pattern += QStringLiteral("[\\s\\-·.,]*");
        pattern += QRegularExpression::escape(QString(c));
    }
    return pattern;
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

QString SearchQuery::ftsExpression() const {
    QStringList ands;
    for (const auto& group : groups) {
        QStringList ors;
        for (const Term& t : group)
            ors.append(termExpression(t));
        ands.append(ors.size() == 1
                        ? ors[0]
                        : QStringLiteral("(") + ors.join(QStringLiteral(" OR ")) + QStringLiteral(")"));
    }
    QString expr = ands.join(QStringLiteral(" AND "));
    for (const Term& t : excluded)
        expr = QStringLiteral("(") + expr + QStringLiteral(") NOT ") + termExpression(t);
    return expr;
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
