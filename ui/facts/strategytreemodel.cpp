#include "ui/facts/strategytreemodel.h"

#include "ui/facts/libraryfacts.h"

namespace pl::ui {

StrategyTreeModel::StrategyTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

int StrategyTreeModel::addNode(const facts::StrategyNode& node, int parent, qint64 docId,
                               const QList<text::Passage>& passages) {
    Item item;
    item.parent = parent;
    item.row = int(m_items[parent].children.size());
    item.docId = docId;
    item.title = node.title;
    item.level = node.level;
    item.years = node.years;
    item.amounts = node.amounts;
    item.ministries = node.ministries;
    item.status = node.status;
    item.at = node.at;
    if (node.at.passage >= 0 && node.at.passage < passages.size())
        item.sentence = passages.at(node.at.passage).text;
    item.firstPage = node.at.page;
    const int id = int(m_items.size());
    m_items.push_back(std::move(item));
    m_items[parent].children.push_back(id);
    for (const facts::StrategyNode& child : node.children)
        addNode(child, id, docId, passages);
    return id;
}

void StrategyTreeModel::setFacts(const LibraryFacts& facts) {
    beginResetModel();
    m_items.clear();
    m_documents.clear();
    for (const FactsDocument& d : facts.documents) {
        Item doc;
        doc.isDocument = true;
        doc.docId = d.docId;
        doc.title = d.title;
        doc.level = QStringLiteral("document");
        doc.row = int(m_documents.size());
        doc.firstPage = 1;
        doc.lastPage = std::max(1, d.pageCount);
        const int docItem = int(m_items.size());
        m_items.push_back(std::move(doc));
        m_documents.push_back(docItem);
        const int firstNode = int(m_items.size());
        for (const facts::StrategyNode& node : d.facts.strategy)
            addNode(node, docItem, d.docId, d.passages);
        // Nodes were added in document order: a node's part ends where the next node outside it starts.
        const int endNode = int(m_items.size());
        for (int i = firstNode; i < endNode; ++i) {
            int next = i + 1;
            // Skip the node's own descendants: they come right after it.
            auto isDescendant = [this, i](int j) {
                for (int p = m_items[j].parent; p >= 0; p = m_items[p].parent)
                    if (p == i)
                        return true;
                return false;
            };
            while (next < endNode && isDescendant(next))
                ++next;
            const int nextPage = next < endNode ? m_items[next].firstPage : m_items[docItem].lastPage + 1;
            m_items[i].lastPage = std::max(m_items[i].firstPage, nextPage - 1);
        }
    }
    endResetModel();
}

QModelIndex StrategyTreeModel::documentIndex(qint64 docId) const {
    for (int id : m_documents)
        if (m_items[id].docId == docId)
            return createIndex(m_items[id].row, 0, quintptr(id));
    return {};
}

const StrategyTreeModel::Item* StrategyTreeModel::itemOf(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() >= m_items.size())
        return nullptr;
    return &m_items[index.internalId()];
}

QModelIndex StrategyTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_documents.size()))
            return {};
        return createIndex(row, column, quintptr(m_documents[row]));
    }
    if (parent.column() != 0)
        return {};
    const Item* p = itemOf(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex StrategyTreeModel::parent(const QModelIndex& child) const {
    const Item* item = itemOf(child);
    if (!item || item->parent < 0)
        return {};
    return createIndex(m_items[item->parent].row, 0, quintptr(item->parent));
}

int StrategyTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_documents.size());
    if (parent.column() != 0)
        return 0;
    const Item* item = itemOf(parent);
    return item ? int(item->children.size()) : 0;
}

int StrategyTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant StrategyTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item& item = *itemOf(index);
    const QString joiner = QStringLiteral(", ");
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return item.title;
        case YearsColumn:
            return item.years.join(joiner);
        case AmountsColumn:
            return item.amounts.join(joiner);
        case MinistriesColumn:
            return item.ministries.join(joiner);
        case StatusColumn:
            return item.status;
        case PageColumn:
            if (item.isDocument)
                return {};
            return item.lastPage > item.firstPage
                       ? QStringLiteral("%1–%2").arg(item.firstPage).arg(item.lastPage)
                       : QString::number(item.firstPage);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return item.sentence.isEmpty() ? item.title : item.sentence;
        return data(index, Qt::DisplayRole);
    case FactRole::DocId:
        return item.docId;
    case FactRole::Page:
        return item.isDocument ? 1 : item.at.page;
    case FactRole::Box:
        return item.at.box;
    case FactRole::Sentence:
        return item.sentence;
    case LevelRole:
        return item.level;
    case FirstPageRole:
        return item.firstPage;
    case LastPageRole:
        return item.lastPage;
    case IsDocumentRole:
        return item.isDocument;
    case PathRole: {
        QStringList path;
        for (const Item* i = &item; i; i = i->parent >= 0 ? &m_items[i->parent] : nullptr)
            path.prepend(i->title);
        return path;
    }
    default:
        return {};
    }
}

QVariant StrategyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Vision, strategy, task");
    case YearsColumn:
        return tr("Years");
    case AmountsColumn:
        return tr("Amounts");
    case MinistriesColumn:
        return tr("Ministries");
    case StatusColumn:
        return tr("Status");
    case PageColumn:
        return tr("Pages");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> StrategyTreeModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{FactRole::DocId, "docId"},
                  {FactRole::Page, "page"},
                  {FactRole::Box, "box"},
                  {FactRole::Sentence, "sentence"},
                  {LevelRole, "level"},
                  {FirstPageRole, "firstPage"},
                  {LastPageRole, "lastPage"},
                  {IsDocumentRole, "isDocument"},
                  {PathRole, "path"}});
    return names;
}

} // namespace pl::ui
