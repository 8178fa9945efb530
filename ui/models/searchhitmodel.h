#pragma once

#include "core/search/searcher.h"

#include <QAbstractListModel>
#include <QList>

namespace pl::ui {

/// The hits of the latest search, best first.
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
    };

    explicit SearchHitModel(QObject* parent = nullptr);

    void setResult(search::SearchResult result);
    void clear();
    QString query() const { return m_result.query; }
    const QList<search::SearchHit>& hits() const { return m_result.hits; }
    const search::SearchHit* hit(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    search::SearchResult m_result;
};

} // namespace pl::ui
