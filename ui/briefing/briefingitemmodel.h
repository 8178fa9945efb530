#pragma once

#include "core/base/error.h"
#include "core/briefing/briefing.h"

#include <QAbstractListModel>
#include <QList>

namespace pl::briefing {
class BriefingStore;
}

namespace pl::ui {

/// The items of one briefing, in order. Every edit — add, comment, remove, move (by moveRows, which is what
/// dragging in a list view does) — is written to the store first and shown only once it is stored.
class BriefingItemModel : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingItemModel)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< qint64
        KindRole,                      ///< QString, the stored kind name ("passage", "search_hit" …)
        KindLabelRole,                 ///< QString, the kind for people
        TextRole,                      ///< QString, the main text
        CitationRole,                  ///< QString, "문서명 p.N" or empty
        CommentRole,                   ///< QString, the user's comment
        PageRole,                      ///< int, the cited page or 0
    };

    explicit BriefingItemModel(QObject* parent = nullptr);

    /// The store to read and write; not owned. nullptr empties the model.
    void setStore(briefing::BriefingStore* store);
    void setBriefing(qint64 briefingId);
    qint64 briefingId() const { return m_briefingId; }
    void reload();

    const briefing::BriefingItem* item(int row) const;
    QList<briefing::BriefingItem> items() const { return m_items; }
    /// Inserts at a row (-1 appends); returns the new row.
    Result<int> addItem(const briefing::BriefingItem& item, int row = -1);
    Result<void> setComment(int row, const QString& comment);
    Result<void> removeItem(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

signals:
    /// A change could not be stored; the model still shows what is stored.
    void storeFailed(const QString& message);

private:
    briefing::BriefingStore* m_store = nullptr;
    qint64 m_briefingId = 0;
    QList<briefing::BriefingItem> m_items;
};

} // namespace pl::ui
