#pragma once

#include "core/base/error.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace pl::store {
class Library;
}

namespace pl::search {

/// One passage that matched, with what the reader needs to show it.
struct SearchHit {
    qint64 passageId = 0;
    qint64 docId = 0;
    QString path;
    QString title;
    int page = 0;
    QString kind;
    QString text;    ///< the whole passage
    QString snippet; ///< an excerpt with matches wrapped in <b>…</b>, HTML-escaped
    double score = 0;
    QList<QRectF> boxes;
};

struct SearchResult {
    QString query;
    QList<SearchHit> hits;
};

/// Finds passages in a library. Stateless apart from the connection it borrows.
class Searcher {
public:
    explicit Searcher(const store::Library& library);
    Result<SearchResult> search(const QString& query, int limit = 50) const;

private:
    const store::Library& m_library;
};

} // namespace pl::search
