#pragma once

#include "core/store/documentrecord.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace pl::briefing {

/// What a briefing item shows. The payload of each kind is described at BriefingItem.
enum class ItemKind {
    Heading,
    Note,
    Passage,
    SearchHit,
    Fact,
    TimelineRange,
    StrategySubtree,
    Chart,
    CountryMatrix,
};

/// The stable name stored in the library and printed by the CLI ("heading", "search_hit" …).
QString kindName(ItemKind kind);
std::optional<ItemKind> kindFromName(const QString& name);

/// A named briefing of one library: what a user prepares for a meeting.
struct Briefing {
    qint64 id = 0;
    QString name;
    QString created;  ///< ISO 8601, UTC
    QString modified; ///< ISO 8601, UTC
    int itemCount = 0;
};

/// One pinned thing. The payload holds what its kind needs, with snapshots of the source text and the
/// document's title, so a briefing exports the same after its documents were re-imported or removed:
/// - heading, note: {"text"}
/// - passage, search_hit: {"doc": anchor, "page", "boxes": [[x0,y0,x1,y1]…], "text"} (+ "query" for a hit)
/// - fact: {"doc": anchor, "fact_kind" (date|money|…), "value", "text", "label", "page", "box"}
/// - timeline_range: {"from", "to", "scope", "events": [{"date", "label", "title", "page"}]}
/// - strategy_subtree: {"doc": anchor, "path": [titles from the root], "page",
///   "nodes": [{"title", "level", "depth", "page"}]}
/// - chart: {"chart": "budget", "currency", "scope", "title", "bars": [{"label", "value", "text"}]}
/// - country_matrix: {"countries": [..], "themes": [..], "cells": [[n…]…], "title"}
/// A document anchor is {"path", "sha256", "id", "title", "issuer", "date", "file_name"}: the id is a cache,
/// the path and SHA-256 find the document again after a re-import gave it a new id.
struct BriefingItem {
    qint64 id = 0;
    qint64 briefingId = 0;
    int position = 0;
    ItemKind kind = ItemKind::Note;
    QJsonObject payload;
    QString comment;

    /// The document anchor of the item, empty for kinds without one.
    QJsonObject anchor() const;
    /// The page the item cites, 0 when none.
    int page() const;
    /// Boxes on that page in PDF points.
    QList<QRectF> boxes() const;
    /// The main text: the heading, the note, the quoted passage, the fact's text or a view's title.
    QString text() const;
    /// "문서명 p.N" for items that quote a document; empty otherwise.
    QString citation() const;
};

/// An anchor for a stored document (see BriefingItem).
QJsonObject documentAnchor(const store::DocumentRecord& doc);
/// The title an anchor shows: the title, else the file name.
QString anchorTitle(const QJsonObject& anchor);
/// "title p.N".
QString citation(const QJsonObject& anchor, int page);

QJsonArray boxesToJson(const QList<QRectF>& boxes);
QList<QRectF> boxesFromJson(const QJsonArray& array);

/// Items convenient to build in code.
BriefingItem headingItem(const QString& text);
BriefingItem noteItem(const QString& text);
/// A quoted passage (or, with a query, a search hit) on a page of a document.
BriefingItem passageItem(const store::DocumentRecord& doc, int page, const QString& text,
                         const QList<QRectF>& boxes, const QString& query = {});

} // namespace pl::briefing
