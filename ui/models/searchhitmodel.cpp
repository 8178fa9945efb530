#include "ui/models/searchhitmodel.h"

#include <QFileInfo>

namespace pl::ui {

SearchHitModel::SearchHitModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchHitModel::setResult(search::SearchResult result) {
    // Stable grouping: a document takes the place of its best hit, its other hits follow in score order.
    QHash<qint64, qsizetype> rank;
    QHash<qint64, int> sizes;
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        const qint64 doc = result.hits.at(i).docId;
        if (!rank.contains(doc))
            rank.insert(doc, i);
        ++sizes[doc];
    }
    std::stable_sort(result.hits.begin(), result.hits.end(),
                     [&rank](const search::SearchHit& a, const search::SearchHit& b) {
                         return rank.value(a.docId) < rank.value(b.docId);
                     });
    beginResetModel();
    m_result = std::move(result);
    m_groupSize = std::move(sizes);
    endResetModel();
}

int SearchHitModel::nextGroupRow(int row, int step) const {
    const search::SearchHit* from = hit(row);
    if (!from)
        return m_result.hits.isEmpty() ? -1 : 0;
    for (int r = row + step; r >= 0 && r < m_result.hits.size(); r += step) {
        const qint64 doc = m_result.hits.at(r).docId;
        if (doc == from->docId)
            continue;
        while (step < 0 && r > 0 && m_result.hits.at(r - 1).docId == doc)
            --r;
        return r;
    }
    return -1;
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
        // A hit with only some of the words says which it lacks, before its text.
        if (hit.partial)
            return QStringLiteral("<i>%1</i> ").arg(
                       (hit.missing.isEmpty() ? tr("Some of the words, on one page:")
                                              : tr("Lacks %1:").arg(hit.missing.join(QStringLiteral(", "))))
                           .toHtmlEscaped()) +
                   hit.snippet;
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
    case GroupStartRole:
        return index.row() == 0 || m_result.hits.at(index.row() - 1).docId != hit.docId;
    case GroupSizeRole:
        return m_groupSize.value(hit.docId);
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
    names.insert(GroupStartRole, QByteArrayLiteral("groupStart"));
    names.insert(GroupSizeRole, QByteArrayLiteral("groupSize"));
    return names;
}

} // namespace pl::ui
