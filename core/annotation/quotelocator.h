#pragma once

#include "core/text/documentassembler.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace pl::annotation {

/// Finds a quoted piece of text in a document's passages: exactly first, then ignoring whitespace (line
/// breaks and spacing change between imports and producers). Among several places, the one nearest the page
/// the quote was on before wins.
class QuoteLocator {
public:
    explicit QuoteLocator(QList<text::Passage> passages);

    struct Place {
        int page = 0;
        QList<QRectF> boxes; ///< the lines of the passages the quote covers, on its first page
        int firstPassage = -1;
        QString passageHash; ///< of the first passage
    };
    std::optional<Place> locate(const QString& quote, int nearPage = 0) const;
    /// A fact's printed text: in the passage with this hash if there is one, else anywhere.
    std::optional<Place> locateFact(const QString& factText, const QString& passageHash,
                                    int nearPage = 0) const;

private:
    Place placeOf(qsizetype start, qsizetype end) const;
    QList<text::Passage> m_passages;
    QString m_text;                   ///< passages joined by '\n'
    QList<qsizetype> m_starts;        ///< where each passage starts in m_text
    QString m_compact;                ///< m_text without whitespace
    QList<qsizetype> m_compactToText; ///< m_compact index → m_text index
};

} // namespace pl::annotation
