#pragma once

#include "core/base/error.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace pl::search {

/// What a user typed, understood: terms to find (phrases in quotes, OR-groups), terms to exclude, filters.
/// Turned into an FTS5 expression built only from our own tokens, so user text never reaches FTS syntax.
struct SearchQuery {
    /// A spelling searched because a document of the library defines it as the same (라마 = LLaMA, p.189).
    struct UsedAlias {
        QString term;  ///< the query's word
        QString alias; ///< the other spelling searched with it
        qint64 docId = 0;
        QString path; ///< the document that defines it
        int page = 0;
    };
    /// The aliases of the library for a facts::aliasKey (see store::Library::aliasesFor); the other side of
    /// each row is the alias.
    using AliasLookup = std::function<QList<UsedAlias>(const QString& key)>;
    struct Options {
        AliasLookup aliases;           ///< the library's aliases; none when empty
        QSet<QString> disabledAliases; ///< facts::aliasKey of the aliases the user switched off
    };

    struct Term {
        QString text;          ///< as typed, normalised
        QStringList surfaces;  ///< the text and its alias spellings (AI/인공지능, 上/상반기 …)
        QList<double> weights; ///< per surface: 1 for the text as typed, less for aliases and near spellings
        QList<QStringList> spellings; ///< the term and its aliases, each as index tokens
        QList<UsedAlias> aliases;     ///< the library's aliases among the surfaces
    };
    QList<QList<Term>> groups; ///< AND of groups; a group is an OR of terms
    QList<Term> excluded;
    qint64 docId = 0;
    int yearFrom = 0;
    int yearTo = 0;

    static Result<SearchQuery> parse(const QString& input, const Options& options);
    static Result<SearchQuery> parse(const QString& input);
    /// The library aliases the query searched, each once.
    QList<UsedAlias> usedAliases() const;

    /// What the index is asked, when that is less than the whole query: the rest is proved in the text.
    struct IndexPlan {
        QList<bool> lookUp;   ///< per group: looked up in the index (missing entries count as true)
        QSet<QString> common; ///< tokens too common to walk, left out of the phrases that hold them
    };
    /// The FTS5 expression of the groups and the exclusions; with `phraseGroups`, for each of its
    /// phrases in order, the index of its group, or -1 for an excluded term.
    QString ftsExpression(const IndexPlan& plan = {}, QStringList* phraseGroups = nullptr) const;
    /// The phrase groups of ftsExpression(plan) as "0,0,1,-1" (see store::registerMatchWeight).
    QString phraseGroups(const IndexPlan& plan = {}) const;
    /// One group's expression alone.
    QString groupExpression(qsizetype group, const IndexPlan& plan = {},
                            QStringList* phraseGroups = nullptr) const;
    /// The distinct tokens of the positive terms' phrases (spellings of two tokens or more): the ones a
    /// plan may leave out.
    QStringList phraseTokens() const;
    /// Whether the plan looks a group up exactly as the query states it (else the text must prove it).
    bool lookedUpWhole(qsizetype group, const IndexPlan& plan) const;
    /// One index token as an FTS5 string: quoted, its quotes doubled.
    static QString quoted(const QString& token);

    /// Regular expressions that find each positive term in stored text (spacing and punctuation tolerant),
    /// for snippets and highlights.
    QList<QRegularExpression> highlighters() const;
    /// A pattern that finds a spelling in stored text, tolerant of spaces, hyphens, dots and digit commas.
    static QString patternFor(const QString& spelling);
};

} // namespace pl::search
