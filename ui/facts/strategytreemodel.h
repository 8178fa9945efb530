#pragma once

#include "core/facts/facts.h"
#include "ui/facts/factroles.h"

#include <QAbstractItemModel>
#include <vector>

namespace pl::ui {

struct LibraryFacts;

/// The strategy trees of every document: one top row per document, below it vision → strategies → tasks,
/// with years, amounts, ministries and status (신규/강화) as columns. Read-only.
class StrategyTreeModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyTreeModel)

public:
    enum Column {
        TitleColumn,
        YearsColumn,
        AmountsColumn,
        MinistriesColumn,
        StatusColumn,
        PageColumn,
        ColumnCount
    };
    enum Role {
        LevelRole =
            FactRole::FirstModelRole, ///< QString: document, vision, goal, strategy, task_group, task …
        FirstPageRole,                ///< int, the first page of the node's part of the document
        LastPageRole,                 ///< int, its last page (where the next node starts)
        IsDocumentRole,               ///< bool, a document row rather than a node
        PathRole,                     ///< QStringList, titles from the document down to the node
    };

    explicit StrategyTreeModel(QObject* parent = nullptr);

    void setFacts(const LibraryFacts& facts);
    /// The top row of a document, or an invalid index.
    QModelIndex documentIndex(qint64 docId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item {
        int parent = -1; ///< index into m_items, -1 for a document row
        int row = 0;
        std::vector<int> children;
        qint64 docId = 0;
        bool isDocument = false;
        QString title;
        QString level;
        QStringList years;
        QStringList amounts;
        QStringList ministries;
        QString status;
        QString sentence;
        facts::Provenance at;
        int firstPage = 0;
        int lastPage = 0;
    };
    int addNode(const facts::StrategyNode& node, int parent, qint64 docId,
                const QList<text::Passage>& passages);
    const Item* itemOf(const QModelIndex& index) const;

    std::vector<Item> m_items;
    std::vector<int> m_documents; ///< the top rows
};

} // namespace pl::ui
