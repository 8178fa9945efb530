#pragma once

#include "core/base/error.h"
#include "core/facts/facts.h"
#include "ui/facts/factroles.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pl::store {
class Library;
}

namespace pl::ui {

/// One document's facts as the analytic views need them: the stored facts read back into the fact structs,
/// and the passages they point into (for sentences and quotes).
struct FactsDocument {
    qint64 docId = 0;
    QString title;
    QString date;
    int pageCount = 0;
    bool factsMissing = false; ///< the library holds no facts for it (imported before facts were read)
    facts::DocumentFacts facts;
    QList<text::Passage> passages;
    /// Per date and per amount of `facts`: where it comes from. Shorter lists mean Extracted for the rest.
    QList<FactOrigin> dateOrigins;
    QList<FactOrigin> moneyOrigins;
    int rejectedFacts = 0; ///< extracted facts the user rejected, left out of `facts`

    FactOrigin dateOrigin(qsizetype i) const { return dateOrigins.value(i); }
    FactOrigin moneyOrigin(qsizetype i) const { return moneyOrigins.value(i); }

    /// The passage text of a fact, or empty when the index is out of range.
    QString passageText(int passage) const;
    /// The country or body the passage at this index is about, or empty.
    QString countryOf(int passage) const;
    /// Short name for lanes and legends: the title cut at a sensible length.
    QString shortTitle() const;

    /// A top strategy node (below the vision) and the pages it spans, up to where the next one starts.
    struct Section {
        QString title;
        int firstPage = 0;
        int lastPage = 0;
    };
    QList<Section> strategySections() const;
    /// The title of the top strategy node whose pages hold this page, or empty.
    QString strategySectionAt(int page) const;
};

/// The facts of every document in a library, loaded once and shared by value among the analytic models.
struct LibraryFacts {
    QList<FactsDocument> documents;

    /// Reads every document's stored facts and passages, with the user's facts added and corrections
    /// applied (annotation::correctedFacts); run it on a worker thread with its own connection.
    static Result<LibraryFacts> load(const store::Library& library);
    /// Builds one document from the JSON `extract --json` prints ({"dates", "money", "strategy", …}); facts
    /// marked with an "origin" (`extract --json --corrected`) keep it in dateOrigins/moneyOrigins.
    static FactsDocument documentFromJson(qint64 docId, const QString& title, const QJsonObject& facts,
                                          QList<text::Passage> passages = {});

    const FactsDocument* document(qint64 docId) const;
};

} // namespace pl::ui
