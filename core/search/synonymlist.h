#pragma once

#include "core/base/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pl::search {

/// Groups of spellings a reader treats as the same (AI | 인공지능, 美 | 미국, LLM | 대규모 언어모델 …).
/// PolicyLens ships a default list; users add their own groups in a plain text file, one group per line,
/// spellings separated by "|", "#" starting a comment. A line "!spelling" drops the default group holding it.
class SynonymList {
public:
    /// The shipped list.
    static SynonymList defaults();
    /// Parses the text of a synonym file (see the class comment).
    static SynonymList parse(const QString& text);
    /// Reads a synonym file; a missing file is an error, a malformed line is skipped.
    static Result<SynonymList> load(const QString& path);
    /// The user's file: $POLICYLENS_SYNONYMS, else synonyms.txt in the user's configuration folder.
    static QString userPath();
    /// The defaults merged with the user's file (when it exists); read once per process.
    static SynonymList active();
    /// Re-reads the user's file (after the user edited it).
    static void reloadActive();

    /// The defaults plus this list's groups, minus the groups this list drops.
    SynonymList mergedOnto(const SynonymList& base) const;

    const QList<QStringList>& groups() const { return m_groups; }
    const QStringList& dropped() const { return m_dropped; }
    /// The list as file text, which parse() reads back.
    QString toText() const;

private:
    QList<QStringList> m_groups;
    QStringList m_dropped;
};

} // namespace pl::search
