#include "core/text/tableruling.h"

#include <QImage>
#include <algorithm>
#include <cmath>
#include <vector>

namespace pl::text {

namespace {

/// A dark run in one row (or column) being grown into a line across the next rows.
struct Stroke {
    int from, to;    // along the line, pixel indices [from, to)
    int first, last; // rows (or columns) it covers
};

/// Lines of one orientation. `line(along, across)` says whether a pixel belongs to a line of this
/// orientation, with `along` running the line's length.
template <typename Line>
QList<Rule> strokes(int alongSize, int acrossSize, int minLength, int maxThickness, double ppp,
                    bool horizontal, const Line& line) {
    QList<Rule> out;
    std::vector<Stroke> open, next;
    auto finish = [&](const Stroke& s) {
        if (s.last - s.first + 1 <= maxThickness)
            out.append({horizontal, (s.first + s.last + 1) / 2.0 / ppp, s.from / ppp, s.to / ppp});
    };
    for (int c = 0; c < acrossSize; ++c) {
        next.clear();
        int a = 0;
        while (a < alongSize) {
            if (!line(a, c)) {
                ++a;
                continue;
            }
            int b = a + 1;
            while (b < alongSize && line(b, c))
                ++b;
            if (b - a >= minLength) {
                Stroke run{a, b, c, c};
                for (Stroke& s : open) {
                    const int overlap = std::min(s.to, b) - std::max(s.from, a);
                    if (s.last == c - 1 && overlap >= 0.5 * std::min(s.to - s.from, b - a)) {
                        run = {std::min(s.from, a), std::max(s.to, b), s.first, c};
                        s.last = -10; // taken over by the run
                        break;
                    }
                }
                next.push_back(run);
            }
            a = b;
        }
        for (const Stroke& s : open)
            if (s.last == c - 1)
                finish(s);
        open.swap(next);
    }
    for (const Stroke& s : open)
        finish(s);
    return out;
}

/// Collinear pieces (each cell draws its own border) become one line.
QList<Rule> merged(QList<Rule> rules) {
    std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) {
        return std::abs(a.at - b.at) > 1.0 ? a.at < b.at : a.from < b.from;
    });
    QList<Rule> out;
    for (const Rule& r : rules) {
        bool joined = false;
        for (int k = int(out.size()) - 1; k >= 0 && out[k].at > r.at - 3; --k) {
            Rule& o = out[k];
            if (std::abs(o.at - r.at) <= 1.5 && r.from <= o.to + 2.0 && r.to >= o.from - 2.0) {
                o.from = std::min(o.from, r.from);
                o.to = std::max(o.to, r.to);
                joined = true;
                break;
            }
        }
        if (!joined)
            out.append(r);
    }
    return out;
}

} // namespace

QList<Rule> rulesFromImage(const QImage& image, double ppp) {
    if (image.isNull() || ppp <= 0)
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int w = gray.width(), h = gray.height();
    auto g = [&](int x, int y) { return int(gray.constScanLine(y)[x]); };
    // A line pixel is darker than the paper (or the cell's shading) on both sides of it, two or three
    // pixels away: so a border drawn across a shaded header counts, and the inside of a filled area (a dark
    // header, a photo) does not.
    constexpr int kInk = 200, kContrast = 30;
    auto lighter = [&](int v, int side) { return side - v >= kContrast; };
    std::vector<unsigned char> across(size_t(w) * size_t(h)), down(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int v = g(x, y);
            if (v >= kInk)
                continue;
            for (int d : {2, 3}) {
                if (y - d >= 0 && y + d < h && lighter(v, g(x, y - d)) && lighter(v, g(x, y + d)))
                    across[size_t(y) * w + x] = 1;
                if (x - d >= 0 && x + d < w && lighter(v, g(x - d, y)) && lighter(v, g(x + d, y)))
                    down[size_t(y) * w + x] = 1;
            }
        }
    const int maxThickness = std::max(2, int(std::ceil(2.5 * ppp)));
    // Longer than a glyph's stroke: a full-width character is about one em (10-12 pt) wide.
    QList<Rule> horizontal = strokes(w, h, std::max(12, int(std::lround(16 * ppp))), maxThickness, ppp, true,
                                     [&](int x, int y) { return across[size_t(y) * w + x] != 0; });
    QList<Rule> vertical = strokes(h, w, std::max(10, int(std::lround(12 * ppp))), maxThickness, ppp, false,
                                   [&](int y, int x) { return down[size_t(y) * w + x] != 0; });
    return merged(horizontal) + merged(vertical);
}

RuledCells::RuledCells(const QList<Rule>& rules) {
    for (const Rule& r : rules)
        (r.horizontal ? m_horizontal : m_vertical).append(r);
}

void RuledCells::leaveOutStrokesThrough(const QList<QRectF>& text) {
    // A table's border never runs through the middle of a line of text; a stroke of a glyph does.
    m_horizontal.removeIf([&](const Rule& r) {
        return std::any_of(text.begin(), text.end(), [&](const QRectF& b) {
            const double inset = 0.25 * b.height();
            return r.at > b.top() + inset && r.at < b.bottom() - inset && r.from < b.right() &&
                   r.to > b.left();
        });
    });
}

QRectF RuledCells::cellAt(const QPointF& p) const {
    constexpr double tol = 1.0, reach = 3.0;
    const Rule* left = nullptr;
    const Rule* right = nullptr;
    for (const Rule& v : m_vertical) {
        if (v.from - tol > p.y() || v.to + tol < p.y())
            continue;
        if (v.at < p.x() && (!left || v.at > left->at))
            left = &v;
        else if (v.at > p.x() && (!right || v.at < right->at))
            right = &v;
    }
    if (!left && !right)
        return {}; // lines above and below alone (a table ruled only there) say nothing about its columns
    // Top and bottom: the nearest lines above and below that join the sides. An underline or a stroke
    // shorter than the cell does not close it.
    const Rule* top = nullptr;
    const Rule* bottom = nullptr;
    for (const Rule& r : m_horizontal) {
        if (r.from - tol > p.x() || r.to + tol < p.x())
            continue;
        if ((left && r.from > left->at + reach) || (right && r.to < right->at - reach))
            continue;
        if (r.at < p.y() && (!top || r.at > top->at))
            top = &r;
        else if (r.at > p.y() && (!bottom || r.at < bottom->at))
            bottom = &r;
    }
    if (!top || !bottom)
        return {};
    auto joins = [&](const Rule* side) {
        return side->from <= top->at + reach && side->to >= bottom->at - reach;
    };
    if ((left && !joins(left)) || (right && !joins(right)))
        return {};
    // Many tables draw no outer left or right border: there the cell ends where the table's lines end,
    // which they do together.
    double x0 = left ? left->at : top->from, x1 = right ? right->at : top->to;
    if (!left && std::abs(top->from - bottom->from) > reach)
        return {};
    if (!right && std::abs(top->to - bottom->to) > reach)
        return {};
    return QRectF(QPointF(x0, top->at), QPointF(x1, bottom->at));
}

QList<double> RuledCells::verticalsBetween(double left, double right, double top, double bottom) const {
    QList<double> out;
    const double mid = (top + bottom) / 2;
    for (const Rule& v : m_vertical)
        if (v.at > left && v.at < right && v.from <= mid && v.to >= mid)
            out.append(v.at);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pl::text
