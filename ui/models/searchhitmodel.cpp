#include "ui/models/searchhitmodel.h"

#include <QFileInfo>

namespace pl::ui {

SearchHitModel::SearchHitModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchHitModel::setResult(search::SearchResult result) {
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void SearchHitModel::clear() {
    setResult({});
}

const search::SearchHit* SearchHitModel::hit(int row) const {
    if (row < 0 || row >= m_result.hits.size())
        return nullptr;
    return &m_result.hits.at(row);
}

int SearchHitModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

QVariant SearchHitModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::SearchHit& hit = m_result.hits.at(index.row());
    const QString title = hit.title.isEmpty() ? QFileInfo(hit.path).fileName() : hit.title;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, p. %2: %3").arg(title).arg(hit.page).arg(hit.text.simplified());
    case Qt::ToolTipRole:
        return hit.text;
    case SnippetRole:
        return hit.snippet;
    case DocIdRole:
        return hit.docId;
    case TitleRole:
        return title;
    case PathRole:
        return hit.path;
    case PageRole:
        return hit.page;
    case ScoreRole:
        return hit.score;
    case BoxesRole:
        return QVariant::fromValue(hit.boxes);
    case KindRole:
        return hit.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchHitModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SnippetRole, QByteArrayLiteral("snippet"));
    names.insert(DocIdRole, QByteArrayLiteral("docId"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(PathRole, QByteArrayLiteral("path"));
    names.insert(PageRole, QByteArrayLiteral("page"));
    names.insert(ScoreRole, QByteArrayLiteral("score"));
    names.insert(BoxesRole, QByteArrayLiteral("boxes"));
    names.insert(KindRole, QByteArrayLiteral("kind"));
    return names;
}

} // namespace pl::ui
