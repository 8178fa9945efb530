#include "ui/models/outlinemodel.h"

namespace pl::ui {

OutlineModel::OutlineModel(QObject* parent) : QAbstractItemModel(parent) {}

void OutlineModel::setEntries(const QList<store::Catalog::OutlineEntry>& entries) {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QList<int> open; // the chain of headings the next one may belong to
    for (const store::Catalog::OutlineEntry& entry : entries) {
        const int id = int(m_nodes.size());
        while (!open.isEmpty() && m_nodes.at(open.constLast()).entry.level >= entry.level)
            open.removeLast();
        Node node{entry, open.isEmpty() ? -1 : open.constLast(), 0, {}};
        QList<int>& siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        siblings.append(id);
        m_nodes.append(node);
        open.append(id);
    }
    endResetModel();
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    const QList<int>& siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex OutlineModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(int(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int OutlineModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int OutlineModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant OutlineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const store::Catalog::OutlineEntry& entry = m_nodes.at(int(index.internalId())).entry;
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        return tr("%1 (p. %2)").arg(entry.title).arg(entry.page);
    case PageRole:
        return entry.page;
    case BoxRole:
        return entry.box;
    case LevelRole:
        return entry.level;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PageRole, QByteArrayLiteral("page"));
    names.insert(BoxRole, QByteArrayLiteral("box"));
    names.insert(LevelRole, QByteArrayLiteral("level"));
    return names;
}

} // namespace pl::ui
