#include "ui/views/strategydiagram.h"

#include "ui/facts/strategytreemodel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace pl::ui {

namespace {

constexpr double boxWidth = 230;
constexpr double boxHeight = 58;
constexpr double columnGap = 46;
constexpr double rowGap = 10;
constexpr double margin = 16;
constexpr int titleLines = 2;

QColor levelColor(const QString& level) {
    if (level == QStringLiteral("vision"))
        return QColor(0, 84, 147);
    if (level == QStringLiteral("goal"))
        return QColor(90, 90, 160);
    if (level == QStringLiteral("strategy"))
        return QColor(0, 114, 178);
    if (level == QStringLiteral("task_group"))
        return QColor(0, 140, 120);
    return QColor(110, 110, 110);
}

QStringList wrap(const QString& text, const QFont& font, double width, int maxLines) {
    QStringList lines;
    QTextLayout layout(text.simplified(), font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.simplified().mid(line.textStart());
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.simplified().mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString xml(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

StrategyDiagram::StrategyDiagram(QWidget* parent) : QWidget(parent) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void StrategyDiagram::setModel(QAbstractItemModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &StrategyDiagram::relayout);
    relayout();
}

void StrategyDiagram::setRoot(const QModelIndex& documentRow) {
    m_root = documentRow;
    relayout();
}

void StrategyDiagram::setDepth(int depth) {
    m_depth = std::max(1, depth);
    relayout();
}

double StrategyDiagram::place(const QModelIndex& index, int depth, int parent, double* nextY) {
    Node node;
    node.index = index;
    node.parent = parent;
    node.level = index.data(StrategyTreeModel::LevelRole).toString();
    QFont bold = font();
    bold.setBold(node.level == QStringLiteral("vision") || node.level == QStringLiteral("strategy"));
    node.lines = wrap(index.data().toString(), bold, boxWidth - 16, titleLines);
    QStringList detail;
    for (int column : {int(StrategyTreeModel::YearsColumn), int(StrategyTreeModel::AmountsColumn),
                       int(StrategyTreeModel::MinistriesColumn)}) {
        const QString value = index.siblingAtColumn(column).data().toString();
        if (!value.isEmpty())
            detail << value;
    }
    node.detail = detail.join(QStringLiteral(" · "));
    node.status = index.siblingAtColumn(StrategyTreeModel::StatusColumn).data().toString();
    const int self = int(m_nodes.size());
    m_nodes.append(node);
    const double x = margin + (depth - 1) * (boxWidth + columnGap);
    double top = 0;
    double bottom = 0;
    const int children = depth < m_depth ? m_model->rowCount(index) : 0;
    for (int r = 0; r < children; ++r) {
        const double centre = place(m_model->index(r, 0, index), depth + 1, self, nextY);
        if (r == 0)
            top = centre;
        bottom = centre;
    }
    double centre;
    if (children == 0) {
        centre = *nextY + boxHeight / 2;
        *nextY += boxHeight + rowGap;
    } else {
        centre = (top + bottom) / 2;
    }
    m_nodes[self].rect = QRectF(x, centre - boxHeight / 2, boxWidth, boxHeight);
    return centre;
}

void StrategyDiagram::relayout() {
    m_nodes.clear();
    m_size = QSizeF();
    if (m_model && m_root.isValid()) {
        double nextY = margin;
        for (int r = 0; r < m_model->rowCount(m_root); ++r)
            place(m_model->index(r, 0, m_root), 1, -1, &nextY);
        for (const Node& n : std::as_const(m_nodes))
            m_size = m_size.expandedTo(QSizeF(n.rect.right() + margin, n.rect.bottom() + margin));
    }
    setMinimumSize(m_size.toSize().expandedTo(QSize(200, 120)));
    updateGeometry();
    update();
}

QSize StrategyDiagram::sizeHint() const {
    return m_size.toSize().expandedTo(QSize(400, 200));
}

void StrategyDiagram::paintDiagram(QPainter& p) const {
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(font());
    for (const Node& n : m_nodes) {
        if (n.parent < 0)
            continue;
        const QRectF from = m_nodes.at(n.parent).rect;
        QPainterPath path(QPointF(from.right(), from.center().y()));
        const double midX = (from.right() + n.rect.left()) / 2;
        path.cubicTo(QPointF(midX, from.center().y()), QPointF(midX, n.rect.center().y()),
                     QPointF(n.rect.left(), n.rect.center().y()));
        p.setPen(QPen(QColor(150, 160, 175), 1.3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    for (const Node& n : m_nodes) {
        const QColor color = levelColor(n.level);
        p.setPen(QPen(color, 1.4));
        p.setBrush(QColor(color.red(), color.green(), color.blue(), 22));
        p.drawRoundedRect(n.rect, 6, 6);
        QFont bold = font();
        bold.setBold(n.level == QStringLiteral("vision") || n.level == QStringLiteral("strategy"));
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        double y = n.rect.top() + 6 + metrics.ascent();
        for (const QString& line : n.lines) {
            p.drawText(QPointF(n.rect.left() + 8, y), line);
            y += metrics.lineSpacing();
        }
        p.setFont(font());
        if (!n.detail.isEmpty() || !n.status.isEmpty()) {
            const double baseline = n.rect.bottom() - 6 - metrics.descent();
            double right = n.rect.right() - 8;
            if (!n.status.isEmpty()) {
                const double w = metrics.horizontalAdvance(n.status) + 10;
                const QRectF badge(right - w, baseline - metrics.ascent() - 1, w, metrics.height() + 2);
                p.setPen(Qt::NoPen);
                p.setBrush(n.status == QStringLiteral("신규") ? QColor(213, 94, 0) : QColor(0, 158, 115));
                p.drawRoundedRect(badge, 4, 4);
                p.setPen(Qt::white);
                p.drawText(badge, Qt::AlignCenter, n.status);
                right = badge.left() - 6;
            }
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QPointF(n.rect.left() + 8, baseline),
                       metrics.elidedText(n.detail, Qt::ElideRight, right - n.rect.left() - 8));
        }
    }
}

void StrategyDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (m_nodes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No strategy tree was found in this document (a vision with strategies and tasks)."));
        return;
    }
    paintDiagram(p);
}

QImage StrategyDiagram::toImage(double scale) const {
    QImage image((m_size * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(font());
    paintDiagram(p);
    return image;
}

QByteArray StrategyDiagram::toSvg() const {
    const QFontMetricsF metrics(font());
    QString svg = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\">\n"
                                 "<style>text{font-family:'%3','NanumGothic',sans-serif;font-size:%4px}"
                                 ".b{font-weight:bold}.d{fill:#666}.s{fill:#fff}</style>\n"
                                 "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
                      .arg(m_size.width(), 0, 'f', 0)
                      .arg(m_size.height(), 0, 'f', 0)
                      .arg(xml(font().family()))
                      .arg(metrics.height() * 0.8, 0, 'f', 1);
    auto num = [](double v) { return QString::number(v, 'f', 1); };
    for (const Node& n : m_nodes) {
        if (n.parent < 0)
            continue;
        const QRectF from = m_nodes.at(n.parent).rect;
        const double midX = (from.right() + n.rect.left()) / 2;
        svg += QStringLiteral("<path d=\"M%1 %2 C%3 %2 %3 %4 %5 %4\" fill=\"none\" stroke=\"#96a0af\" "
                              "stroke-width=\"1.3\"/>\n")
                   .arg(num(from.right()), num(from.center().y()), num(midX), num(n.rect.center().y()),
                        num(n.rect.left()));
    }
    for (const Node& n : m_nodes) {
        const QColor color = levelColor(n.level);
        const bool bold = n.level == QStringLiteral("vision") || n.level == QStringLiteral("strategy");
        svg += QStringLiteral("<g><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" fill=\"%5\" "
                              "fill-opacity=\"0.09\" stroke=\"%5\" stroke-width=\"1.4\"/>\n")
                   .arg(num(n.rect.x()), num(n.rect.y()), num(n.rect.width()), num(n.rect.height()),
                        color.name());
        double y = n.rect.top() + 6 + metrics.ascent();
        for (const QString& line : n.lines) {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\"%3>%4</text>\n")
                       .arg(num(n.rect.left() + 8), num(y), bold ? QStringLiteral(" class=\"b\"") : QString(),
                            xml(line));
            y += metrics.lineSpacing();
        }
        const double baseline = n.rect.bottom() - 6 - metrics.descent();
        double right = n.rect.right() - 8;
        if (!n.status.isEmpty()) {
            const double w = metrics.horizontalAdvance(n.status) + 10;
            const QRectF badge(right - w, baseline - metrics.ascent() - 1, w, metrics.height() + 2);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"4\" fill=\"%5\"/>"
                                  "<text x=\"%6\" y=\"%7\" class=\"s\" text-anchor=\"middle\">%8</text>\n")
                       .arg(num(badge.x()), num(badge.y()), num(badge.width()), num(badge.height()),
                            n.status == QStringLiteral("신규") ? QStringLiteral("#d55e00")
                                                               : QStringLiteral("#009e73"),
                            num(badge.center().x()), num(baseline), xml(n.status));
            right = badge.left() - 6;
        }
        if (!n.detail.isEmpty())
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"d\">%3</text>\n")
                       .arg(num(n.rect.left() + 8), num(baseline),
                            xml(metrics.elidedText(n.detail, Qt::ElideRight, right - n.rect.left() - 8)));
        svg += QStringLiteral("</g>\n");
    }
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

void StrategyDiagram::mouseReleaseEvent(QMouseEvent* event) {
    for (const Node& n : std::as_const(m_nodes))
        if (n.rect.contains(event->position())) {
            emit nodeActivated(n.index);
            return;
        }
    QWidget::mouseReleaseEvent(event);
}

bool StrategyDiagram::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (const Node& n : std::as_const(m_nodes))
            if (n.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), n.index.data(Qt::ToolTipRole).toString(), this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace pl::ui
