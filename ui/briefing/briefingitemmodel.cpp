#include "ui/briefing/briefingitemmodel.h"

#include "core/briefing/briefingstore.h"
#include "ui/export/briefingrenderer.h"

namespace pl::ui {

BriefingItemModel::BriefingItemModel(QObject* parent) : QAbstractListModel(parent) {}

void BriefingItemModel::setStore(briefing::BriefingStore* store) {
    m_store = store;
    m_briefingId = 0;
    reload();
}

void BriefingItemModel::setBriefing(qint64 briefingId) {
    m_briefingId = briefingId;
    reload();
}

void BriefingItemModel::reload() {
    beginResetModel();
    m_items = m_store && m_briefingId ? m_store->items(m_briefingId) : QList<briefing::BriefingItem>();
    endResetModel();
}

const briefing::BriefingItem* BriefingItemModel::item(int row) const {
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

Result<int> BriefingItemModel::addItem(const briefing::BriefingItem& item, int row) {
    if (!m_store || !m_briefingId)
        return fail(Error::Kind::Usage, tr("No briefing is open."));
    const int at = row < 0 || row > m_items.size() ? int(m_items.size()) : row;
    auto id = m_store->addItem(m_briefingId, item, at);
    if (!id) {
        emit storeFailed(id.error().toString());
        return std::unexpected(id.error());
    }
    beginInsertRows({}, at, at);
    briefing::BriefingItem stored = item;
    stored.id = *id;
    stored.briefingId = m_briefingId;
    m_items.insert(at, stored);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i;
    endInsertRows();
    return at;
}

Result<void> BriefingItemModel::setComment(int row, const QString& comment) {
    if (!item(row))
        return fail(Error::Kind::NotFound, tr("No such item."));
    briefing::BriefingItem changed = m_items[row];
    changed.comment = comment.trimmed();
    if (auto ok = m_store->updateItem(changed); !ok) {
        emit storeFailed(ok.error().toString());
        return ok;
    }
    m_items[row] = changed;
    emit dataChanged(index(row), index(row));
    return {};
}

Result<void> BriefingItemModel::removeItem(int row) {
    if (!item(row))
        return fail(Error::Kind::NotFound, tr("No such item."));
    if (auto ok = m_store->removeItem(m_items[row].id); !ok) {
        emit storeFailed(ok.error().toString());
        return ok;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i;
    endRemoveRows();
    return {};
}

int BriefingItemModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant BriefingItemModel::data(const QModelIndex& index, int role) const {
    const briefing::BriefingItem* it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return it->text();
    case Qt::ToolTipRole: {
        QString tip = it->text();
        if (!it->citation().isEmpty())
            tip += QStringLiteral("\n— ") + it->citation();
        if (!it->comment.isEmpty())
            tip += QStringLiteral("\n") + it->comment;
        return tip;
    }
    case ItemIdRole:
        return it->id;
    case KindRole:
        return briefing::kindName(it->kind);
    case KindLabelRole:
        return BriefingRenderer::kindLabel(it->kind);
    case CitationRole:
        return it->citation();
    case CommentRole:
        return it->comment;
    case PageRole:
        return it->page();
    default:
        return {};
    }
}

QHash<int, QByteArray> BriefingItemModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ItemIdRole, "itemId"},
                  {KindRole, "kind"},
                  {KindLabelRole, "kindLabel"},
                  {TextRole, "text"},
                  {CitationRole, "citation"},
                  {CommentRole, "comment"},
                  {PageRole, "page"}});
    return names;
}

Qt::ItemFlags BriefingItemModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between items, never on one
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions BriefingItemModel::supportedDropActions() const {
    return Qt::MoveAction;
}

Qt::DropActions BriefingItemModel::supportedDragActions() const {
    return Qt::MoveAction;
}

bool BriefingItemModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild) {
    // One item at a time: that is what a drag in the list and the move buttons do.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !item(sourceRow) ||
        destinationChild < 0 || destinationChild > m_items.size() || destinationChild == sourceRow ||
        destinationChild == sourceRow + 1 || !m_store)
        return false;
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (auto ok = m_store->moveItem(m_items[sourceRow].id, target); !ok) {
        emit storeFailed(ok.error().toString());
        return false;
    }
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_items.move(sourceRow, target);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i;
    endMoveRows();
    return true;
}

} // namespace pl::ui
