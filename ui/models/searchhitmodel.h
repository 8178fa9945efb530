#pragma once

#include "core/search/searcher.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace pl::ui {

/// The hits of the latest search grouped by document: documents in the order of their best hit, and within a
/// document its hits best first. Views draw a document heading above the first hit of each group.
class SearchHitModel : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHitModel)

public:
    enum Role {
        SnippetRole = Qt::UserRole + 1, ///< QString, HTML with <b> around matches (already escaped)
        DocIdRole,                      ///< qint64
        TitleRole,                      ///< QString, the document's title
        PathRole,                       ///< QString, the PDF file
        PageRole,                       ///< int, 1-based
        ScoreRole,                      ///< double, higher is better
        BoxesRole,                      ///< QList<QRectF>, the passage's line boxes in PDF points
        KindRole,                       ///< QString, passage kind ("paragraph", "heading" …)
        GroupStartRole,                 ///< bool, the first hit of its document
        GroupSizeRole,                  ///< int, how many hits its document has
    };

    explicit SearchHitModel(QObject* parent = nullptr);

    void setResult(search::SearchResult result);
    void clear();
    QString query() const { return m_result.query; }
    const QList<search::SearchHit>& hits() const { return m_result.hits; }
    const search::SearchHit* hit(int row) const;
    /// How many documents the hits come from.
    int documentCount() const { return int(m_groupSize.size()); }
    /// The row of the first hit of the next (or, with step -1, previous) document; -1 when there is none.
    int nextGroupRow(int row, int step = 1) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    search::SearchResult m_result;
    QHash<qint64, int> m_groupSize;
};

} // namespace pl::ui
