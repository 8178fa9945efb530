#include "core/briefing/briefingstore.h"

#include "core/store/library.h"
#include "core/store/statement.h"

#include <QJsonDocument>

namespace pl::briefing {

using store::Statement;

namespace {

QString cleanName(const QString& name) {
    return name.simplified().normalized(QString::NormalizationForm_C);
}

QString payloadText(const QJsonObject& payload) {
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

BriefingItem readItem(const Statement& st) {
    BriefingItem item;
    item.id = st.int64(0);
    item.briefingId = st.int64(1);
    item.position = st.integer(2);
    item.kind = kindFromName(st.text(3)).value_or(ItemKind::Note);
    item.payload = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    item.comment = st.text(5);
    return item;
}

} // namespace

BriefingStore::BriefingStore(const store::Library& library) : m_library(library) {}

QString BriefingStore::libraryPath() const {
    return m_library.path();
}

template <typename T> Result<T> BriefingStore::rollback(const QString& message) const {
    // The caller's Transaction rolls back as it goes out of scope.
    return fail(Error::Kind::Database, message, m_library.path());
}

Result<void> BriefingStore::touch(qint64 briefingId) const {
    Statement st(m_library.handle(),
                 "UPDATE briefings SET modified_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1");
    st.bind(1, briefingId);
    if (!st.exec())
        return fail(Error::Kind::Database, st.error(), m_library.path());
    return {};
}

QList<Briefing> BriefingStore::briefings() const {
    QList<Briefing> out;
    Statement st(m_library.handle(), "SELECT b.id, b.name, b.created_at, b.modified_at, "
                                     "(SELECT count(*) FROM briefing_items i WHERE i.briefing_id = b.id) "
                                     "FROM briefings b ORDER BY b.id");
    while (st.next())
        out.append(Briefing{st.int64(0), st.text(1), st.text(2), st.text(3), st.integer(4)});
    return out;
}

std::optional<Briefing> BriefingStore::briefing(qint64 id) const {
    Statement st(m_library.handle(), "SELECT b.id, b.name, b.created_at, b.modified_at, "
                                     "(SELECT count(*) FROM briefing_items i WHERE i.briefing_id = b.id) "
                                     "FROM briefings b WHERE b.id = ?1");
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return Briefing{st.int64(0), st.text(1), st.text(2), st.text(3), st.integer(4)};
}

Result<qint64> BriefingStore::createBriefing(const QString& name) {
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return fail(Error::Kind::Usage, QStringLiteral("a briefing needs a name"));
    Statement st(m_library.handle(), "INSERT INTO briefings(name) VALUES(?1)");
    st.bind(1, clean);
    if (!st.exec())
        return fail(Error::Kind::Database, st.error(), m_library.path());
    Statement id(m_library.handle(), "SELECT last_insert_rowid()");
    if (!id.next())
        return fail(Error::Kind::Database, id.error(), m_library.path());
    return id.int64(0);
}

Result<void> BriefingStore::renameBriefing(qint64 id, const QString& name) {
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return fail(Error::Kind::Usage, QStringLiteral("a briefing needs a name"));
    if (!briefing(id))
        return fail(Error::Kind::NotFound, QStringLiteral("no briefing %1").arg(id));
    Statement st(m_library.handle(),
                 "UPDATE briefings SET name = ?2, modified_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') "
                 "WHERE id = ?1");
    st.bind(1, id).bind(2, clean);
    if (!st.exec())
        return fail(Error::Kind::Database, st.error(), m_library.path());
    return {};
}

Result<void> BriefingStore::removeBriefing(qint64 id) {
    if (!briefing(id))
        return fail(Error::Kind::NotFound, QStringLiteral("no briefing %1").arg(id));
    auto tx = store::Transaction::begin(m_library.handle(), m_library.path());
    if (!tx)
        return std::unexpected(tx.error());
    Statement items(m_library.handle(), "DELETE FROM briefing_items WHERE briefing_id = ?1");
    items.bind(1, id);
    if (!items.exec())
        return rollback<void>(items.error());
    Statement st(m_library.handle(), "DELETE FROM briefings WHERE id = ?1");
    st.bind(1, id);
    if (!st.exec())
        return rollback<void>(st.error());
    return tx->commit();
}

QList<BriefingItem> BriefingStore::items(qint64 briefingId) const {
    QList<BriefingItem> out;
    Statement st(m_library.handle(),
                 "SELECT id, briefing_id, position, kind, payload, comment FROM briefing_items "
                 "WHERE briefing_id = ?1 ORDER BY position, id");
    st.bind(1, briefingId);
    while (st.next())
        out.append(readItem(st));
    return out;
}

std::optional<BriefingItem> BriefingStore::item(qint64 itemId) const {
    Statement st(
        m_library.handle(),
        "SELECT id, briefing_id, position, kind, payload, comment FROM briefing_items WHERE id = ?1");
    st.bind(1, itemId);
    if (!st.next())
        return std::nullopt;
    return readItem(st);
}

QList<qint64> BriefingStore::itemIds(qint64 briefingId) const {
    QList<qint64> ids;
    Statement st(m_library.handle(),
                 "SELECT id FROM briefing_items WHERE briefing_id = ?1 ORDER BY position, id");
    st.bind(1, briefingId);
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

Result<void> BriefingStore::writePositions(const QList<qint64>& ids) const {
    Statement st(m_library.handle(), "UPDATE briefing_items SET position = ?2 WHERE id = ?1");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        st.reset();
        st.bind(1, ids[i]).bind(2, qint64(i));
        if (!st.exec())
            return fail(Error::Kind::Database, st.error(), m_library.path());
    }
    return {};
}

Result<qint64> BriefingStore::addItem(qint64 briefingId, const BriefingItem& item, int position) {
    if (!briefing(briefingId))
        return fail(Error::Kind::NotFound, QStringLiteral("no briefing %1").arg(briefingId));
    auto tx = store::Transaction::begin(m_library.handle(), m_library.path());
    if (!tx)
        return std::unexpected(tx.error());
    QList<qint64> ids = itemIds(briefingId);
    Statement st(m_library.handle(),
                 "INSERT INTO briefing_items(briefing_id, position, kind, payload, comment) "
                 "VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bind(1, briefingId)
        .bind(2, qint64(ids.size()))
        .bind(3, kindName(item.kind))
        .bind(4, payloadText(item.payload))
        .bind(5, item.comment);
    if (!st.exec())
        return rollback<qint64>(st.error());
    Statement last(m_library.handle(), "SELECT last_insert_rowid()");
    if (!last.next())
        return rollback<qint64>(last.error());
    const qint64 id = last.int64(0);
    const qsizetype at = position < 0 ? ids.size() : std::min<qsizetype>(position, ids.size());
    ids.insert(at, id);
    if (auto ok = writePositions(ids); !ok)
        return rollback<qint64>(ok.error().message);
    if (auto ok = touch(briefingId); !ok)
        return rollback<qint64>(ok.error().message);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> BriefingStore::updateItem(const BriefingItem& item) {
    const auto stored = this->item(item.id);
    if (!stored)
        return fail(Error::Kind::NotFound, QStringLiteral("no briefing item %1").arg(item.id));
    auto tx = store::Transaction::begin(m_library.handle(), m_library.path());
    if (!tx)
        return std::unexpected(tx.error());
    Statement st(m_library.handle(), "UPDATE briefing_items SET payload = ?2, comment = ?3 WHERE id = ?1");
    st.bind(1, item.id).bind(2, payloadText(item.payload)).bind(3, item.comment);
    if (!st.exec())
        return rollback<void>(st.error());
    if (auto ok = touch(stored->briefingId); !ok)
        return rollback<void>(ok.error().message);
    return tx->commit();
}

Result<void> BriefingStore::removeItem(qint64 itemId) {
    const auto stored = item(itemId);
    if (!stored)
        return fail(Error::Kind::NotFound, QStringLiteral("no briefing item %1").arg(itemId));
    auto tx = store::Transaction::begin(m_library.handle(), m_library.path());
    if (!tx)
        return std::unexpected(tx.error());
    Statement st(m_library.handle(), "DELETE FROM briefing_items WHERE id = ?1");
    st.bind(1, itemId);
    if (!st.exec())
        return rollback<void>(st.error());
    if (auto ok = writePositions(itemIds(stored->briefingId)); !ok)
        return rollback<void>(ok.error().message);
    if (auto ok = touch(stored->briefingId); !ok)
        return rollback<void>(ok.error().message);
    return tx->commit();
}

Result<void> BriefingStore::moveItem(qint64 itemId, int position) {
    const auto stored = item(itemId);
    if (!stored)
        return fail(Error::Kind::NotFound, QStringLiteral("no briefing item %1").arg(itemId));
    auto tx = store::Transaction::begin(m_library.handle(), m_library.path());
    if (!tx)
        return std::unexpected(tx.error());
    QList<qint64> ids = itemIds(stored->briefingId);
    ids.removeOne(itemId);
    ids.insert(std::clamp<qsizetype>(position, 0, ids.size()), itemId);
    if (auto ok = writePositions(ids); !ok)
        return rollback<void>(ok.error().message);
    if (auto ok = touch(stored->briefingId); !ok)
        return rollback<void>(ok.error().message);
    return tx->commit();
}

std::optional<store::DocumentRecord> BriefingStore::resolveDocument(const QJsonObject& anchor) const {
    const QString sha = anchor.value(QStringLiteral("sha256")).toString();
    const qint64 id = anchor.value(QStringLiteral("id")).toInteger();
    if (id > 0)
        if (auto d = m_library.document(id); d && (sha.isEmpty() || d->sha256 == sha))
            return d;
    if (!sha.isEmpty())
        if (auto found = m_library.findBySha256(sha))
            return m_library.document(*found);
    const QString path = anchor.value(QStringLiteral("path")).toString();
    if (!path.isEmpty())
        return m_library.findByPath(path);
    return std::nullopt;
}

} // namespace pl::briefing
