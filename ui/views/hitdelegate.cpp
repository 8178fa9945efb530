#include "ui/views/hitdelegate.h"

#include "ui/models/searchhitmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace pl::ui {

namespace {

constexpr int padding = 6;

int availableWidth(const QStyleOptionViewItem& option) {
    // A list view asks for size hints with an empty rect; the viewport says how wide a row will be.
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    return std::max(120, width - 2 * padding);
}

} // namespace

HitDelegate::HitDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void HitDelegate::layOut(QTextDocument& document, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor meta = text;
    meta.setAlphaF(0.65f);
    // The first hit of a document carries the document's heading: the list reads as sections.
    QString heading;
    if (index.data(SearchHitModel::GroupStartRole).toBool()) {
        const int count = index.data(SearchHitModel::GroupSizeRole).toInt();
        heading = QStringLiteral("<div style=\"font-weight:bold; color:%1; margin-bottom:3px;\">%2 "
                                 "<span style=\"font-weight:normal; color:%3;\">%4</span></div>")
                      .arg(text.name(), index.data(SearchHitModel::TitleRole).toString().toHtmlEscaped(),
                           meta.name(QColor::HexArgb), tr("(%n hit(s))", nullptr, count).toHtmlEscaped());
    }
    const QString header = tr("p. %1 · score %2")
                               .arg(index.data(SearchHitModel::PageRole).toInt())
                               .arg(index.data(SearchHitModel::ScoreRole).toDouble(), 0, 'f', 1);
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(QStringLiteral("%1<div style=\"color:%2; font-size:small;\">%3</div>"
                                    "<div style=\"color:%4;\">%5</div>")
                         .arg(heading, meta.name(QColor::HexArgb), header.toHtmlEscaped(), text.name(),
                              index.data(SearchHitModel::SnippetRole).toString()));
    document.setTextWidth(availableWidth(option));
}

void HitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    layOut(document, opt, index);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(padding, padding));
    const QRect clip(0, 0, opt.rect.width() - 2 * padding, opt.rect.height() - 2 * padding);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette = opt.palette;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    layOut(document, opt, index);
    return {int(document.idealWidth()) + 2 * padding, int(std::ceil(document.size().height())) + 2 * padding};
}

} // namespace pl::ui
