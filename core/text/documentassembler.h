#pragma once

#include "core/text/pagelayout.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pl::text {

/// A unit of text a reader would point at: a paragraph, a list item, a heading or a table cell,
/// with the page it stands on and the boxes of its lines.
struct Passage {
    enum class Kind { Paragraph, Heading, ListItem, TableCell, Note };
    QString text;
    int page = 0; ///< 1-based
    QRectF box;
    QList<QRectF> lineBoxes;
    Kind kind = Kind::Paragraph;
    QString bullet;
    int level = 0;
};

QString passageKindName(Passage::Kind kind);
Passage::Kind passageKindFromName(const QString& name);

/// One page's lines as laid out, before document-wide clean-up.
struct PageLines {
    QSizeF size;
    QList<TextLine> lines;
};

/// Turns laid-out lines of a whole document into passages: removes running headers, footers and page
/// numbers repeated across pages, normalises characters, keeps bullets as structure, and joins lines –
/// without a space when a Korean word was broken at the line end, with one when the line really ended a word.
class DocumentAssembler {
public:
    /// `wrapsInsideWords`: the producer is known to break lines between any two syllables (HWP, Hancom);
    /// used only when the page itself gives no evidence either way.
    explicit DocumentAssembler(bool wrapsInsideWords = false);

    QList<QList<Passage>> assemble(const QList<PageLines>& pages);

    /// Decides whether two Hangul fragments on either side of a line break form one word. Public so that
    /// tests can check the rule on its own.
    bool joinsAcrossBreak(const QString& before, const QString& after, bool lineWasFull) const;
    /// The same for a break between Hangul and Latin letters or digits (챗|GPT, 오픈|AI, GPT|기반): only
    /// the document itself can tell, by printing the two more often as one word than as two.
    bool joinsAcrossScriptBreak(const QString& before, const QString& after, bool lineWasFull) const;

    void addToLexicon(const QString& text);

private:
    bool isWord(const QString& raw) const;

    bool m_wrapsInsideWords;
    QHash<QString, int> m_words;    // interior words of the document, punctuation trimmed
    QHash<QString, int> m_prefixes; // their prefixes of two syllables or more
    QHash<QString, int> m_pairs;    // two interior words side by side, "a b"
};

/// Trims punctuation around a word, for lexicon look-ups.
QString coreOfWord(const QString& word);

} // namespace pl::text
