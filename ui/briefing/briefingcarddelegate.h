#pragma once

#include <QStyledItemDelegate>

namespace pl::ui {

/// Draws a briefing item as a card: a badge for its kind, its text (at most three lines), its citation and
/// the user's comment.
class BriefingCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingCardDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace pl::ui
