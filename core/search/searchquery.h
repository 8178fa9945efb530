#pragma once

#include "core/base/error.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pl::search {

/// What a user typed, understood: terms to find (phrases in quotes, OR-groups), terms to exclude, filters.
/// Turned into an FTS5 expression built only from our own tokens, so user text never reaches FTS syntax.
struct SearchQuery {
    struct Term {
        QString text;          ///< as typed, normalised
        QStringList surfaces;  ///< the text and its alias spellings (AI/인공지능, 上/상반기 …)
        QList<double> weights; ///< per surface: 1 for the text as typed, less for aliases and near spellings
        QList<QStringList> spellings; ///< the term and its aliases, each as index tokens
    };
    QList<QList<Term>> groups; ///< AND of groups; a group is an OR of terms
    QList<Term> excluded;
    qint64 docId = 0;
    int yearFrom = 0;
    int yearTo = 0;

    static Result<SearchQuery> parse(const QString& input);
    QString ftsExpression() const;
    /// For each phrase of ftsExpression(), in order, the index of its group, or -1 for an excluded term:
    /// "0,0,1,-1" (see store::registerMatchWeight).
    QString phraseGroups() const;
    /// Regular expressions that find each positive term in stored text (spacing and punctuation tolerant),
    /// for snippets and highlights.
    QList<QRegularExpression> highlighters() const;
    /// A pattern that finds a spelling in stored text, tolerant of spaces, hyphens, dots and digit commas.
    static QString patternFor(const QString& spelling);
};

} // namespace pl::search
