#include "core/briefing/briefing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <array>

namespace pl::briefing {

namespace {

struct KindEntry {
    ItemKind kind;
    const char* name;
};

constexpr std::array kKinds{
    KindEntry{ItemKind::Heading, "heading"},
    KindEntry{ItemKind::Note, "note"},
    KindEntry{ItemKind::Passage, "passage"},
    KindEntry{ItemKind::SearchHit, "search_hit"},
    KindEntry{ItemKind::Fact, "fact"},
    KindEntry{ItemKind::TimelineRange, "timeline_range"},
    KindEntry{ItemKind::StrategySubtree, "strategy_subtree"},
    KindEntry{ItemKind::Chart, "chart"},
    KindEntry{ItemKind::CountryMatrix, "country_matrix"},
};

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString kindName(ItemKind kind) {
    for (const KindEntry& e : kKinds)
        if (e.kind == kind)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<ItemKind> kindFromName(const QString& name) {
    for (const KindEntry& e : kKinds)
        if (name == QLatin1String(e.name))
            return e.kind;
    return std::nullopt;
}

QJsonObject BriefingItem::anchor() const {
    return payload.value(QStringLiteral("doc")).toObject();
}

int BriefingItem::page() const {
    return payload.value(QStringLiteral("page")).toInt();
}

QList<QRectF> BriefingItem::boxes() const {
    QList<QRectF> out = boxesFromJson(payload.value(QStringLiteral("boxes")).toArray());
    if (out.isEmpty()) {
        const QList<QRectF> one = boxesFromJson(QJsonArray{payload.value(QStringLiteral("box"))});
        out = one;
    }
    return out;
}

QString BriefingItem::text() const {
    switch (kind) {
    case ItemKind::Heading:
    case ItemKind::Note:
    case ItemKind::Passage:
    case ItemKind::SearchHit:
        return str(payload, "text");
    case ItemKind::Fact: {
        const QString value = str(payload, "value");
        const QString text = str(payload, "text");
        return value.isEmpty() || value == text ? text : value + QStringLiteral(" — ") + text;
    }
    case ItemKind::TimelineRange:
    case ItemKind::StrategySubtree:
    case ItemKind::Chart:
    case ItemKind::CountryMatrix:
        return str(payload, "title");
    }
    return {};
}

QString BriefingItem::citation() const {
    const QJsonObject doc = anchor();
    if (doc.isEmpty() || page() <= 0)
        return {};
    return briefing::citation(doc, page());
}

QJsonObject documentAnchor(const store::DocumentRecord& doc) {
    return QJsonObject{{QStringLiteral("path"), doc.path},
                       {QStringLiteral("sha256"), doc.sha256},
                       {QStringLiteral("id"), doc.id},
                       {QStringLiteral("title"), doc.title},
                       {QStringLiteral("issuer"), doc.issuer},
                       {QStringLiteral("date"), doc.date},
                       {QStringLiteral("file_name"), doc.fileName}};
}

QString anchorTitle(const QJsonObject& anchor) {
    QString title = str(anchor, "title").simplified();
    if (title.isEmpty())
        title = str(anchor, "file_name");
    if (title.isEmpty())
        title = QFileInfo(str(anchor, "path")).fileName();
    return title;
}

QString citation(const QJsonObject& anchor, int page) {
    return QStringLiteral("%1 p.%2").arg(anchorTitle(anchor), QString::number(page));
}

QJsonArray boxesToJson(const QList<QRectF>& boxes) {
    QJsonArray arr;
    for (const QRectF& b : boxes)
        arr.append(QJsonArray{b.left(), b.top(), b.right(), b.bottom()});
    return arr;
}

QList<QRectF> boxesFromJson(const QJsonArray& array) {
    QList<QRectF> out;
    for (const QJsonValue& v : array) {
        const QJsonArray b = v.toArray();
        if (b.size() != 4)
            continue;
        out.append(
            QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble())));
    }
    return out;
}

BriefingItem headingItem(const QString& text) {
    BriefingItem item;
    item.kind = ItemKind::Heading;
    item.payload = {{QStringLiteral("text"), text}};
    return item;
}

BriefingItem noteItem(const QString& text) {
    BriefingItem item;
    item.kind = ItemKind::Note;
    item.payload = {{QStringLiteral("text"), text}};
    return item;
}

BriefingItem passageItem(const store::DocumentRecord& doc, int page, const QString& text,
                         const QList<QRectF>& boxes, const QString& query) {
    BriefingItem item;
    item.kind = query.isEmpty() ? ItemKind::Passage : ItemKind::SearchHit;
    item.payload = {{QStringLiteral("doc"), documentAnchor(doc)},
                    {QStringLiteral("page"), page},
                    {QStringLiteral("boxes"), boxesToJson(boxes)},
                    {QStringLiteral("text"), text}};
    if (!query.isEmpty())
        item.payload[QStringLiteral("query")] = query;
    return item;
}

} // namespace pl::briefing
