#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace pl::ui {

/// Draws a search hit as two lines of rich text: the document and page, then the snippet with its matches
/// in bold. Reads only SearchHitModel roles.
class HitDelegate : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HitDelegate)

public:
    explicit HitDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace pl::ui
