#include "ui/briefing/briefingcarddelegate.h"

#include "ui/briefing/briefingitemmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace pl::ui {

namespace {

constexpr int kPad = 8;
constexpr int kBadge = 22;
constexpr int kMaxLines = 3;

QString badgeText(const QString& kind) {
    if (kind == QStringLiteral("heading"))
        return QStringLiteral("§");
    if (kind == QStringLiteral("note"))
        return QStringLiteral("¶");
    if (kind == QStringLiteral("passage"))
        return QStringLiteral("“");
    if (kind == QStringLiteral("search_hit"))
        return QStringLiteral("◎");
    if (kind == QStringLiteral("fact"))
        return QStringLiteral("◆");
    if (kind == QStringLiteral("timeline_range"))
        return QStringLiteral("↔");
    if (kind == QStringLiteral("strategy_subtree"))
        return QStringLiteral("├");
    if (kind == QStringLiteral("chart"))
        return QStringLiteral("▥");
    return QStringLiteral("▦");
}

QColor badgeColor(const QString& kind) {
    if (kind == QStringLiteral("heading"))
        return QColor(0x1d, 0x5f, 0xa8);
    if (kind == QStringLiteral("note"))
        return QColor(0x8a, 0x4b, 0x08);
    if (kind == QStringLiteral("passage") || kind == QStringLiteral("search_hit"))
        return QColor(0x2e, 0x7d, 0x32);
    if (kind == QStringLiteral("fact"))
        return QColor(0x6a, 0x1b, 0x9a);
    return QColor(0x00, 0x69, 0x7c);
}

/// Lays the text out in up to kMaxLines lines of the width; returns the height used.
qreal layoutText(QTextLayout& layout, qreal width) {
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < kMaxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QString flattened(const QString& text) {
    return text.simplified();
}

} // namespace

QSize BriefingCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    // A card is as wide as the list; the option's rect is not yet laid out when the list asks.
    const auto* view = qobject_cast<const QAbstractItemView*>(parent());
    const int width = std::max(160, view ? view->viewport()->width() - 2 : option.rect.width());
    const qreal textWidth = width - 3 * kPad - kBadge;
    QFont textFont = option.font;
    const bool heading = index.data(BriefingItemModel::KindRole).toString() == QStringLiteral("heading");
    textFont.setBold(heading);
    if (heading)
        textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    QTextLayout layout(flattened(index.data(BriefingItemModel::TextRole).toString()), textFont);
    qreal h = kPad + QFontMetricsF(option.font).height() * 0.9 + layoutText(layout, textWidth);
    const QFontMetricsF small(option.font);
    if (!index.data(BriefingItemModel::CitationRole).toString().isEmpty())
        h += small.height();
    if (!index.data(BriefingItemModel::CommentRole).toString().isEmpty())
        h += small.height();
    return QSize(width, int(std::ceil(h + 2 * kPad)));
}

void BriefingCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path,
                      selected ? pal.color(QPalette::Highlight).lighter(170) : pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 1));
    painter->drawPath(path);

    const QString kind = index.data(BriefingItemModel::KindRole).toString();
    const QRectF badge(card.left() + kPad, card.top() + kPad, kBadge, kBadge);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(kind));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    badgeFont.setPixelSize(kBadge * 3 / 5);
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, badgeText(kind));

    const qreal x = badge.right() + kPad;
    const qreal textWidth = card.right() - kPad - x;
    qreal y = card.top() + kPad - 2;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(small);
    painter->setFont(small);
    painter->setPen(badgeColor(kind));
    painter->drawText(QRectF(x, y, textWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(BriefingItemModel::KindLabelRole).toString());
    y += QFontMetricsF(option.font).height() * 0.9;

    QFont textFont = option.font;
    const bool heading = kind == QStringLiteral("heading");
    textFont.setBold(heading);
    if (heading)
        textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    QString text = flattened(index.data(BriefingItemModel::TextRole).toString());
    QTextLayout layout(text, textFont);
    const qreal used = layoutText(layout, textWidth);
    painter->setPen(pal.color(QPalette::Text));
    layout.draw(painter, QPointF(x, y));
    if (layout.lineCount() > 0) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        if (last.textStart() + last.textLength() < text.size()) // cut: show that there is more
            painter->drawText(QPointF(x + std::min<qreal>(last.naturalTextWidth() + 2, textWidth - 12),
                                      y + last.y() + last.ascent()),
                              QStringLiteral("…"));
    }
    y += used;
    painter->setFont(small);
    const QString citation = index.data(BriefingItemModel::CitationRole).toString();
    if (!citation.isEmpty()) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(
            QRectF(x, y, textWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(QStringLiteral("— ") + citation, Qt::ElideMiddle, textWidth));
        y += smallMetrics.height();
    }
    const QString comment = index.data(BriefingItemModel::CommentRole).toString();
    if (!comment.isEmpty()) {
        painter->setPen(QColor(0x8a, 0x4b, 0x08));
        painter->drawText(
            QRectF(x, y, textWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(QStringLiteral("※ ") + flattened(comment), Qt::ElideRight, textWidth));
    }
    painter->restore();
}

} // namespace pl::ui
