#pragma once

#include "core/store/catalog.h"

#include <QAbstractItemModel>
#include <QList>

namespace pl::ui {

/// The headings of one document as a tree (chapter → section → item), each knowing its page and box.
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineModel)

public:
    enum Role {
        PageRole = Qt::UserRole + 1, ///< int, 1-based
        BoxRole,                     ///< QRectF, the heading on its page in PDF points (may be null)
        LevelRole,                   ///< int, 0 for the top level
    };

    explicit OutlineModel(QObject* parent = nullptr);

    /// Builds the tree from headings in reading order; a heading's parent is the nearest heading before it
    /// with a smaller level.
    void setEntries(const QList<store::Catalog::OutlineEntry>& entries);
    int entryCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node {
        store::Catalog::OutlineEntry entry;
        int parent = -1; ///< index into m_nodes, -1 for the root
        int row = 0;     ///< position among its siblings
        QList<int> children;
    };
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace pl::ui
