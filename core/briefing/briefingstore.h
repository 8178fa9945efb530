#pragma once

#include "core/base/error.h"
#include "core/briefing/briefing.h"
#include "core/store/documentrecord.h"

#include <QList>
#include <optional>

namespace pl::store {
class Library;
}

namespace pl::briefing {

/// The briefings of a library (schema 4). Every change is one transaction: it happens whole or not at all.
/// Items do not hang off document rows, so re-importing or removing a document leaves them as they were;
/// their anchors find the document again by path and SHA-256. Borrows the library's connection: use it on
/// the library's thread only.
class BriefingStore {
public:
    explicit BriefingStore(const store::Library& library);
    /// The library file the briefings live in, for messages.
    QString libraryPath() const;

    QList<Briefing> briefings() const;
    std::optional<Briefing> briefing(qint64 id) const;
    Result<qint64> createBriefing(const QString& name);
    Result<void> renameBriefing(qint64 id, const QString& name);
    Result<void> removeBriefing(qint64 id);

    /// The items of a briefing in their order.
    QList<BriefingItem> items(qint64 briefingId) const;
    std::optional<BriefingItem> item(qint64 itemId) const;
    /// Inserts an item at a position (clamped; -1 appends) and returns its id.
    Result<qint64> addItem(qint64 briefingId, const BriefingItem& item, int position = -1);
    /// Stores the item's payload and comment.
    Result<void> updateItem(const BriefingItem& item);
    Result<void> removeItem(qint64 itemId);
    /// Moves an item to a new position (0-based, clamped) among its briefing's items.
    Result<void> moveItem(qint64 itemId, int position);

    /// The document an anchor names today: by its cached id if the content is the same, else by content,
    /// else by path (a changed file re-imported at the same place).
    std::optional<store::DocumentRecord> resolveDocument(const QJsonObject& anchor) const;

private:
    template <typename T> Result<T> rollback(const QString& message) const;
    Result<void> touch(qint64 briefingId) const;
    Result<void> writePositions(const QList<qint64>& ids) const;
    QList<qint64> itemIds(qint64 briefingId) const;

    const store::Library& m_library;
};

} // namespace pl::briefing
