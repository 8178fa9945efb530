#include "ui/views/timelineview.h"

#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/factroles.h"
#include "ui/facts/timelinemodel.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace pl::ui {

namespace {

constexpr double laneHeaderWidth = 150; // lane names on the left
constexpr double axisHeight = 34;       // year and quarter ticks on top
constexpr double rowHeight = 22;        // one row of events inside a lane
constexpr int maxRowsPerLane = 4;
constexpr double rugHeight = 9; // below a lane's rows: a tick for each event whose caption found no room
constexpr double minLaneHeight = rowHeight + rugHeight + 8;
constexpr double scrollBarWidth = 12;
constexpr double fadeLength = 48;    // pixels an open end fades over
constexpr double labelGap = 8;       // between a label's end and the next event in its row
constexpr double maxCaption = 260;   // a caption longer than this is elided
constexpr double minYearSpan = 0.25; // the closest zoom: one quarter across the view
constexpr double maxYearSpan = 200;

QColor laneColor(int lane) {
    // Distinct, print-friendly hues (Okabe–Ito), darkened enough for white text to stay off them.
    static const QColor colors[] = {QColor(0, 114, 178),   QColor(213, 94, 0),   QColor(0, 158, 115),
                                    QColor(204, 121, 167), QColor(86, 180, 233), QColor(230, 159, 0),
                                    QColor(120, 94, 240),  QColor(100, 100, 100)};
    return colors[lane % int(std::size(colors))];
}

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent), m_laneScroll(new QScrollBar(Qt::Vertical, this)) {
    m_laneScroll->setObjectName(QStringLiteral("timelineLaneScroll"));
    m_laneScroll->hide();
    connect(m_laneScroll, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
}

QSize TimelineView::sizeHint() const {
    return {900, 300};
}

QSize TimelineView::minimumSizeHint() const {
    return {300, 120};
}

void TimelineView::setModel(QAbstractItemModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::reload);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::reload);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::reload);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::reload);
        connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::reload);
    }
    m_fitted = false;
    reload();
}

void TimelineView::setLanes(Lanes lanes) {
    if (lanes == m_lanes)
        return;
    m_lanes = lanes;
    reload();
}

void TimelineView::reload() {
    m_items.clear();
    m_laneNames.clear();
    m_laneItems.clear();
    const int role = m_lanes == Lanes::Document  ? TimelineModel::DocumentLaneRole
                     : m_lanes == Lanes::Country ? TimelineModel::CountryLaneRole
                                                 : TimelineModel::StrategyLaneRole;
    const QString noLane = m_lanes == Lanes::Country ? tr("No country named") : tr("Outside the strategies");
    QHash<QString, int> laneOf;
    const QFontMetricsF metrics(font());
    const int rows = m_model ? m_model->rowCount() : 0;
    m_items.reserve(rows);
    m_minYear = std::numeric_limits<double>::max();
    m_maxYear = std::numeric_limits<double>::lowest();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = m_model->index(r, 0);
        Item item;
        item.row = r;
        item.start = index.data(TimelineModel::StartRole).toDouble();
        item.end = index.data(TimelineModel::EndRole).toDouble();
        item.openStart = index.data(TimelineModel::OpenStartRole).toBool();
        item.openEnd = index.data(TimelineModel::OpenEndRole).toBool();
        item.period = index.data(TimelineModel::KindRole).toInt() == int(TimelineEvent::Kind::Period);
        QString lane = index.data(role).toString();
        if (lane.isEmpty())
            lane = noLane;
        else if (m_lanes == Lanes::Country)
            lane = CountryMatrixModel::countryName(lane);
        auto it = laneOf.constFind(lane);
        if (it == laneOf.constEnd()) {
            it = laneOf.insert(lane, int(m_laneNames.size()));
            m_laneNames.append(lane);
            m_laneItems.append(QList<int>());
        }
        item.lane = *it;
        const QString label = index.data(TimelineModel::LabelRole).toString();
        const QString text = index.data(TimelineModel::TextRole).toString();
        item.caption = label == text || label.isEmpty() ? text : text + QLatin1Char(' ') + label;
        // A pen marks the user's own dates and corrected ones, as in the budget table.
        if (index.data(FactRole::Origin).toInt() != int(FactOrigin::Source::Extracted))
            item.caption.prepend(QStringLiteral("\u270E "));
        item.captionWidth = float(std::min(maxCaption, metrics.horizontalAdvance(item.caption)));
        m_minYear = std::min(m_minYear, item.start);
        m_maxYear = std::max(m_maxYear, item.end);
        m_laneItems[item.lane].append(int(m_items.size()));
        m_items.append(std::move(item));
    }
    // The "no lane" lane goes last, whatever came first.
    if (const qsizetype none = m_laneNames.indexOf(noLane); none >= 0 && none != m_laneNames.size() - 1) {
        m_laneNames.move(none, m_laneNames.size() - 1);
        m_laneItems.move(none, m_laneItems.size() - 1);
        for (int lane = 0; lane < m_laneItems.size(); ++lane)
            for (int i : std::as_const(m_laneItems[lane]))
                m_items[i].lane = lane;
    }
    for (QList<int>& lane : m_laneItems)
        std::stable_sort(lane.begin(), lane.end(),
                         [this](int a, int b) { return m_items.at(a).start < m_items.at(b).start; });
    if (!m_fitted && !m_items.isEmpty())
        fitAll();
    updateLaneScroll();
    update();
}

double TimelineView::laneHeight() const {
    const int lanes = std::max<int>(1, int(m_laneNames.size()));
    return std::max(minLaneHeight, (plotRect().height() - 4) / lanes);
}

void TimelineView::updateLaneScroll() {
    const QRectF plot = plotRect();
    const double total = m_laneNames.size() * laneHeight();
    m_scrollsLanes = total > plot.height() + 1;
    m_laneScroll->setVisible(m_scrollsLanes);
    if (!m_scrollsLanes) {
        m_laneScroll->setValue(0);
        return;
    }
    m_laneScroll->setGeometry(int(width() - scrollBarWidth), int(plot.top()), int(scrollBarWidth),
                              int(plot.height()));
    m_laneScroll->setRange(0, int(total - plot.height()));
    m_laneScroll->setPageStep(int(plot.height()));
    m_laneScroll->setSingleStep(int(minLaneHeight));
}

void TimelineView::fitAll() {
    if (m_items.isEmpty())
        return;
    // Where the events are: a few far outliers (a 1957 milestone in a trends report, a 2089 forecast) would
    // squeeze everything else into a sliver, so 2 % at either end are left to panning.
    QList<double> starts;
    QList<double> ends;
    starts.reserve(m_items.size());
    ends.reserve(m_items.size());
    for (const Item& item : std::as_const(m_items)) {
        starts.append(item.start);
        ends.append(item.end);
    }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    const qsizetype cut = starts.size() >= 50 ? starts.size() / 50 : 0;
    const double from = std::floor(starts.at(cut));
    const double to = std::ceil(ends.at(ends.size() - 1 - cut));
    const double span = std::max(1.0, to - from);
    m_fitted = true;
    setVisibleRange(from - span * 0.03, to + span * 0.03);
}

void TimelineView::setVisibleRange(double from, double to) {
    double span = std::clamp(to - from, minYearSpan, maxYearSpan);
    const double centre = (from + to) / 2;
    m_from = centre - span / 2;
    m_to = centre + span / 2;
    emit visibleRangeChanged(m_from, m_to);
    update();
}

void TimelineView::zoom(double factor, double aroundX) {
    const double pivot = toYear(aroundX);
    const double span = std::clamp((m_to - m_from) / factor, minYearSpan, maxYearSpan);
    const double left = (pivot - m_from) / (m_to - m_from);
    m_from = pivot - span * left;
    m_to = m_from + span;
    emit visibleRangeChanged(m_from, m_to);
    update();
}

void TimelineView::panByPixels(double dx) {
    const double years = dx / plotRect().width() * (m_to - m_from);
    m_from -= years;
    m_to -= years;
    emit visibleRangeChanged(m_from, m_to);
    update();
}

QRectF TimelineView::plotRect() const {
    return QRectF(laneHeaderWidth, axisHeight, std::max(10.0, width() - laneHeaderWidth - scrollBarWidth - 2),
                  std::max(10.0, height() - axisHeight - 4));
}

double TimelineView::toX(double year) const {
    const QRectF plot = plotRect();
    return plot.left() + (year - m_from) / (m_to - m_from) * plot.width();
}

double TimelineView::toYear(double x) const {
    const QRectF plot = plotRect();
    return m_from + (x - plot.left()) / plot.width() * (m_to - m_from);
}

QRectF TimelineView::eventRect(int row) const {
    for (const auto& [rect, r] : m_drawn)
        if (r == row)
            return rect;
    return {};
}

int TimelineView::hitTest(const QPointF& pos) const {
    for (auto it = m_drawn.crbegin(); it != m_drawn.crend(); ++it)
        if (it->first.adjusted(-2, -2, 2, 2).contains(pos))
            return it->second;
    return -1;
}

void TimelineView::drawAxis(QPainter& p, const QRectF& plot) {
    const double pxPerYear = plot.width() / (m_to - m_from);
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50})
        if (pxPerYear * candidate >= 56) {
            step = candidate;
            break;
        } else {
            step = candidate;
        }
    const bool quarters = pxPerYear >= 140;
    const QColor grid = palette().color(QPalette::Mid);
    const QColor faint = QColor(grid.red(), grid.green(), grid.blue(), 70);
    p.setPen(palette().color(QPalette::Text));
    const QFontMetricsF metrics(p.font());
    const int first = int(std::floor(m_from / step)) * step;
    for (int year = first; year <= m_to; year += step) {
        const double x = toX(year);
        if (x >= plot.left() - 1) {
            p.setPen(grid);
            p.drawLine(QPointF(x, plot.top() - 8), QPointF(x, plot.bottom()));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QPointF(x + 3, plot.top() - 18 + metrics.ascent() / 2), QString::number(year));
        }
        if (!quarters)
            continue;
        for (int q = 1; q < 4; ++q) {
            const double qx = toX(year + q / 4.0);
            if (qx < plot.left() || qx > plot.right())
                continue;
            p.setPen(faint);
            p.drawLine(QPointF(qx, plot.top() - 4), QPointF(qx, plot.bottom()));
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QPointF(qx + 3, plot.top() - 4), QStringLiteral("Q%1").arg(q + 1));
        }
    }
    // Today, so "'24~" reads against the present.
    const QDate today = QDate::currentDate();
    const double now = today.year() + (today.dayOfYear() - 1) / double(today.daysInYear());
    const double nx = toX(now);
    if (nx > plot.left() && nx < plot.right()) {
        p.setPen(QPen(QColor(200, 40, 40, 150), 1, Qt::DashLine));
        p.drawLine(QPointF(nx, plot.top() - 8), QPointF(nx, plot.bottom()));
    }
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    m_drawn.clear();
    m_labelled = m_unlabelled = 0;
    if (m_items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                   m_model && m_model->rowCount() == 0 && m_laneNames.isEmpty()
                       ? tr("No dates to show. Import documents, or widen the filters and the selection.")
                       : QString());
        return;
    }
    const QRectF plot = plotRect();
    const int lanes = int(m_laneNames.size());
    const double laneHeight = this->laneHeight();
    const int rowsPerLane = std::clamp(int((laneHeight - rugHeight - 4) / rowHeight), 1, maxRowsPerLane);
    const QFontMetricsF metrics(p.font());
    const double scroll = m_scrollsLanes ? m_laneScroll->value() : 0;
    const double lanesTop = plot.top() - scroll;
    auto laneVisible = [&](int lane) {
        const double top = lanesTop + lane * laneHeight;
        return top < plot.bottom() && top + laneHeight > plot.top();
    };

    // Lane backgrounds and names.
    p.setClipRect(QRectF(0, plot.top(), width(), plot.height()));
    for (int lane = 0; lane < lanes; ++lane) {
        if (!laneVisible(lane))
            continue;
        const QRectF band(0, lanesTop + lane * laneHeight, width(), laneHeight);
        if (lane % 2 == 1)
            p.fillRect(band, palette().color(QPalette::AlternateBase));
        p.setPen(laneColor(lane));
        p.drawText(QRectF(8, band.top(), laneHeaderWidth - 16, std::min(band.height(), rowHeight * 2.2)),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   metrics.elidedText(m_laneNames.at(lane), Qt::ElideRight, (laneHeaderWidth - 16) * 2 - 20));
    }
    p.setClipping(false);
    drawAxis(p, plot);
    p.setClipRect(plot.adjusted(-2, 0, 2, 0));
    p.setRenderHint(QPainter::Antialiasing, true);

    const double left = plot.left() - fadeLength;
    const double right = plot.right() + fadeLength;
    std::array<double, maxRowsPerLane> rowEnds{};
    for (int lane = 0; lane < lanes; ++lane) {
        if (!laneVisible(lane))
            continue;
        const QColor color = laneColor(lane);
        const QColor light = QColor(color.red(), color.green(), color.blue(), 60);
        const QColor rugColor = QColor(color.red(), color.green(), color.blue(), 120);
        rowEnds.fill(std::numeric_limits<double>::lowest());
        int lastRugX = INT_MIN;
        const double blockHeight = rowsPerLane * rowHeight + rugHeight;
        const double laneTop = lanesTop + lane * laneHeight + (laneHeight - blockHeight) / 2;
        const double rugTop = laneTop + rowsPerLane * rowHeight + 2;
        for (int i : std::as_const(m_laneItems.at(lane))) {
            const Item& item = m_items.at(i);
            double x0 = toX(item.start);
            if (x0 > right)
                break; // sorted by start: nothing further can show
            double x1 = item.period ? toX(item.end) : x0;
            if (item.openEnd)
                x1 = std::max(x1, x0) + fadeLength;
            if (item.openStart)
                x0 -= fadeLength;
            if (x1 < left)
                continue;
            const double barWidth = std::max(x1 - x0, 0.0);
            const bool wide = item.period && barWidth >= 6;
            // A caption goes inside a bar long enough to hold it, else after the bar's solid part.
            const double solidEnd = item.openEnd ? x1 - fadeLength : x1;
            const bool inside = wide && solidEnd - x0 >= item.captionWidth + 8;
            const double captionX = std::max(!item.period ? x0 + 7
                                             : inside     ? x0 + 4
                                                          : std::max(x0, solidEnd) + 4,
                                             plot.left() + 2);
            // The first row whose last caption ends before this event takes it, with its caption.
            int row = -1;
            for (int r = 0; r < rowsPerLane; ++r)
                if (rowEnds[r] + labelGap <= x0) {
                    row = r;
                    break;
                }
            if (row < 0) {
                // No room: a tick in the rug below the rows says "more here, zoom in". Ticks on the same
                // pixel column are drawn once, so a dense stretch costs what the view is wide, not what it
                // holds.
                ++m_unlabelled;
                const int px = int(x0);
                if (px == lastRugX && barWidth < 2)
                    continue;
                lastRugX = px;
                const QRectF tick(x0, rugTop, std::max(barWidth, 1.5), rugHeight - 3);
                p.fillRect(tick, rugColor);
                m_drawn.append({tick.adjusted(-1, -2, 1, 2), item.row});
                continue;
            }
            ++m_labelled;
            const double y = laneTop + row * rowHeight;
            QRectF shape;
            if (item.period) {
                shape = QRectF(x0, y + 3, std::max(barWidth, 3.0), rowHeight - 6);
                if (item.openEnd || item.openStart) {
                    const double fadeShare = std::min(0.5, fadeLength / std::max(1.0, shape.width()));
                    auto gradient = [&](const QColor& c) {
                        QLinearGradient g(shape.topLeft(), shape.topRight());
                        g.setColorAt(0, item.openStart ? QColor(Qt::transparent) : c);
                        if (item.openStart)
                            g.setColorAt(fadeShare, c);
                        if (item.openEnd)
                            g.setColorAt(1 - fadeShare, c);
                        g.setColorAt(1, item.openEnd ? QColor(Qt::transparent) : c);
                        return g;
                    };
                    p.setPen(QPen(QBrush(gradient(color)), 1.2));
                    p.setBrush(gradient(light));
                } else {
                    p.setPen(QPen(color, 1.2));
                    p.setBrush(light);
                }
                p.drawRoundedRect(shape, 3, 3);
            } else {
                const QPointF c(x0, y + rowHeight / 2);
                shape = QRectF(c.x() - 5, c.y() - 5, 10, 10);
                p.setPen(QPen(color.darker(120), 1));
                p.setBrush(color);
                const QPointF diamond[] = {
                    {c.x(), c.y() - 5}, {c.x() + 5, c.y()}, {c.x(), c.y() + 5}, {c.x() - 5, c.y()}};
                p.drawPolygon(diamond, 4);
            }
            p.setPen(palette().color(QPalette::Text));
            const QString caption = item.captionWidth >= maxCaption
                                        ? metrics.elidedText(item.caption, Qt::ElideRight, maxCaption)
                                        : item.caption;
            p.drawText(QPointF(captionX, y + (rowHeight + metrics.ascent() - metrics.descent()) / 2),
                       caption);
            rowEnds[row] = std::max(x1, captionX + item.captionWidth);
            m_drawn.append(
                {shape.united(QRectF(captionX, y + 2, item.captionWidth, rowHeight - 4)), item.row});
        }
    }
    p.setClipping(false);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    // Over the lane names, or with Shift, the wheel scrolls through the lanes.
    if (m_scrollsLanes &&
        (event->position().x() < laneHeaderWidth || event->modifiers().testFlag(Qt::ShiftModifier))) {
        const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        m_laneScroll->setValue(m_laneScroll->value() - delta / 120 * m_laneScroll->singleStep());
        event->accept();
        return;
    }
    const QPoint pixels = event->pixelDelta();
    const double steps = pixels.isNull() ? event->angleDelta().y() / 120.0 : pixels.y() / 50.0;
    if (event->angleDelta().x() != 0 && event->angleDelta().y() == 0) {
        panByPixels(event->angleDelta().x() / 2.0);
    } else if (steps != 0) {
        zoom(std::pow(1.25, steps), event->position().x());
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    const double centre = plotRect().center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.25, centre);
        break;
    case Qt::Key_Left:
        panByPixels(plotRect().width() / 8);
        break;
    case Qt::Key_Right:
        panByPixels(-plotRect().width() / 8);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_pressFrom = m_from;
    m_dragging = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) {
        const double dx = event->position().x() - m_pressPos.x();
        if (!m_dragging && std::abs(dx) > 3) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const double span = m_to - m_from;
            const double shift = dx / plotRect().width() * span;
            m_from = m_pressFrom - shift;
            m_to = m_from + span;
            emit visibleRangeChanged(m_from, m_to);
            update();
        }
        return;
    }
    setCursor(hitTest(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int row = hitTest(event->position());
    if (row >= 0)
        emit eventActivated(row);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (hitTest(event->position()) < 0)
        fitAll();
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateLaneScroll();
    update();
}

bool TimelineView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = hitTest(help->pos());
        if (row < 0 || !m_model) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QModelIndex index = m_model->index(row, 0);
        const QString text =
            QStringLiteral("<p><b>%1</b> %2</p><p style='white-space:pre-wrap'>%3</p><p><i>%4</i></p>")
                .arg(index.data(TimelineModel::TextRole).toString().toHtmlEscaped(),
                     index.data(TimelineModel::LabelRole).toString().toHtmlEscaped(),
                     index.data(FactRole::Sentence).toString().left(400).toHtmlEscaped(),
                     tr("%1, p. %2")
                         .arg(index.data(TimelineModel::DocumentLaneRole).toString())
                         .arg(index.data(FactRole::Page).toInt())
                         .toHtmlEscaped());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace pl::ui
