#include "core/text/pagelayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pl::text {

namespace {

struct Fragment {
    QList<int> words; // indices into the word list, left to right
    QRectF box;
    QRectF cell; // the ruled cell its words sit in, or null
};

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

/// Groups words into lines by vertical overlap, then splits each line where the horizontal gap is wide.
QList<Fragment> buildFragments(const QList<Word>& words, double lineHeight) {
    std::vector<int> order(words.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return words[a].box.center().y() < words[b].box.center().y(); });
    struct Band {
        double top, bottom, center;
        QList<int> members;
    };
    std::vector<Band> bands;
    for (int i : order) {
        const QRectF& b = words[i].box;
        bool placed = false;
        // Only the most recent bands can overlap: words are sorted by centre.
        for (int k = int(bands.size()) - 1; k >= 0 && k >= int(bands.size()) - 3; --k) {
            Band& band = bands[k];
            const double overlap = std::min(band.bottom, b.bottom()) - std::max(band.top, b.top());
            const double h = std::min(band.bottom - band.top, b.height());
            if (h > 0 && overlap >= 0.5 * h) {
                band.members.append(i);
                band.top = std::min(band.top, b.top());
                band.bottom = std::max(band.bottom, b.bottom());
                placed = true;
                break;
            }
        }
        if (!placed)
            bands.push_back({b.top(), b.bottom(), b.center().y(), {i}});
    }
    std::vector<QList<Fragment>> perBand;
    for (Band& band : bands) {
        std::sort(band.members.begin(), band.members.end(),
                  [&](int a, int b) { return words[a].box.left() < words[b].box.left(); });
        QList<Fragment> row;
        Fragment cur;
        double prevRight = 0;
        for (int i : band.members) {
            const QRectF& b = words[i].box;
            const double h = std::max(b.height(), lineHeight * 0.5);
            // A wide gap is a gutter; a medium one that Poppler does not call a space separates table cells.
            const Word* last = cur.words.isEmpty() ? nullptr : &words[cur.words.back()];
            const bool popplerSpace =
                last && last->order >= 0 && words[i].order == last->order + 1 && last->spaceAfter;
            const double gap = b.left() - prevRight;
            // Poppler's own "space after" means it saw one line across the gap: keep it whole.
            // A drawn cell border parts words however close they stand; inside a cell, a wide space is
            // letter-spacing or justification (성   명), not another column.
            const bool otherCell = !cur.words.isEmpty() && words[i].cell != cur.cell;
            const bool inCell = !cur.words.isEmpty() && !otherCell && !cur.cell.isNull();
            if (!cur.words.isEmpty() && (otherCell || (!popplerSpace && !inCell && gap > 0.6 * h))) {
                row.append(cur);
                cur = {};
            }
            if (cur.words.isEmpty())
                cur.cell = words[i].cell;
            cur.words.append(i);
            cur.box = cur.box.isNull() ? b : cur.box.united(b);
            prevRight = cur.words.size() == 1 ? b.right() : std::max(prevRight, b.right());
        }
        if (!cur.words.isEmpty())
            row.append(cur);
        perBand.push_back(row);
    }
    // A justified line with wide spaces looks like a table row; but when the lines just above or below are
    // single runs spanning the same width, it is one line of the same paragraph: merge it back.
    const double tol = std::max(lineHeight * 0.6, 3.0);
    for (size_t k = 0; k < perBand.size(); ++k) {
        QList<Fragment>& row = perBand[k];
        for (int a = 0; a + 1 < row.size(); ++a) {
            bool merged = false;
            for (size_t other : {k - 1, k + 1}) {
                if (other >= perBand.size() || merged)
                    continue;
                for (const Fragment& f : perBand[other]) {
                    if (!row[a].cell.isNull())
                        break; // ruled cells are parted by their borders, not by guesses from spacing
                    if (std::abs(f.box.center().y() - row[a].box.center().y()) > 2.6 * lineHeight)
                        continue;
                    if (std::abs(f.box.left() - row[a].box.left()) > tol)
                        continue;
                    for (int b = a + 1; b < row.size() && row[b].box.right() <= f.box.right() + tol; ++b) {
                        if (std::abs(row[b].box.right() - f.box.right()) < tol) {
                            for (int m = a + 1; m <= b; ++m) {
                                row[a].words += row[m].words;
                                row[a].box = row[a].box.united(row[m].box);
                            }
                            row.remove(a + 1, b - a);
                            merged = true;
                            break;
                        }
                    }
                    if (merged)
                        break;
                }
            }
        }
    }
    QList<Fragment> out;
    for (const QList<Fragment>& row : perBand)
        out += row;
    return out;
}

struct Gap {
    double start, end;
    int splitAfter; // number of items before the gap in sorted order
};

/// Gaps in the projection of boxes onto one axis.
std::vector<Gap> projectionGaps(const QList<Fragment>& frags, const QList<int>& idx, bool horizontal,
                                QList<int>* sorted) {
    QList<int> s = idx;
    auto lo = [&](int i) { return horizontal ? frags[i].box.left() : frags[i].box.top(); };
    auto hi = [&](int i) { return horizontal ? frags[i].box.right() : frags[i].box.bottom(); };
    std::stable_sort(s.begin(), s.end(), [&](int a, int b) { return lo(a) < lo(b); });
    std::vector<Gap> gaps;
    double reach = -1e9;
    for (int k = 0; k < s.size(); ++k) {
        if (k > 0 && lo(s[k]) > reach)
            gaps.push_back({reach, lo(s[k]), k});
        reach = std::max(reach, hi(s[k]));
    }
    *sorted = s;
    return gaps;
}

struct Cutter {
    const QList<Fragment>& frags;
    double lineHeight;
    QList<QList<int>> regions;

    /// A text column: several blocks, at least two of them spanning most of its width, and tall enough.
    bool isColumnSide(const QList<int>& side, double sideWidth, double regionHeight) const {
        if (side.size() < 2)
            return false;
        int wide = 0;
        double top = 1e9, bottom = -1e9;
        for (int i : side) {
            wide += frags[i].box.width() >= 0.55 * sideWidth ? 1 : 0;
            top = std::min(top, frags[i].box.top());
            bottom = std::max(bottom, frags[i].box.bottom());
        }
        return wide >= 2 && bottom - top >= 0.3 * regionHeight && bottom - top >= 3 * lineHeight;
    }

    /// Columns that a page number, a centred heading or a footnote line crosses at the top or bottom:
    /// find the gutter without those few items, read them before or after the columns.
    bool cutColumnsAroundStraddlers(const QList<int>& idx, const QRectF& bounds) {
        if (idx.size() < 6)
            return false;
        const double bandTop = bounds.top() + 0.2 * bounds.height();
        const double bandBottom = bounds.bottom() - 0.2 * bounds.height();
        QList<int> middle;
        for (int i : idx)
            if (frags[i].box.center().y() >= bandTop && frags[i].box.center().y() <= bandBottom)
                middle.append(i);
        if (middle.size() < 4 || middle.size() == idx.size())
            return false;
        QList<int> byX;
        const auto gaps = projectionGaps(frags, middle, true, &byX);
        QRectF mb;
        for (int i : middle)
            mb = mb.isNull() ? frags[i].box : mb.united(frags[i].box);
        for (const Gap& g : gaps) {
            if (g.end - g.start < std::max(1.2 * lineHeight, 10.0))
                continue;
            const double leftW = g.start - mb.left(), rightW = mb.right() - g.end;
            if (leftW < 0.25 * mb.width() || rightW < 0.25 * mb.width())
                continue;
            QList<int> left, right, before, after;
            for (int i : idx) {
                const QRectF& b = frags[i].box;
                if (b.right() <= g.start + 0.5)
                    left.append(i);
                else if (b.left() >= g.end - 0.5)
                    right.append(i);
                else if (b.center().y() < bounds.center().y())
                    before.append(i);
                else
                    after.append(i);
            }
            if (before.size() + after.size() > 3)
                continue;
            if (!isColumnSide(left, leftW, bounds.height()) || !isColumnSide(right, rightW, bounds.height()))
                continue;
            // Items that cross the gutter must lie above or below every column item to be read apart.
            auto columnTop = [&] {
                double t = 1e9;
                for (int i : left + right)
                    t = std::min(t, frags[i].box.top());
                return t;
            }();
            auto columnBottom = [&] {
                double b = -1e9;
                for (int i : left + right)
                    b = std::max(b, frags[i].box.bottom());
                return b;
            }();
            const bool clean = std::all_of(before.begin(), before.end(),
                                           [&](int i) { return frags[i].box.bottom() <= columnTop + 2; }) &&
                               std::all_of(after.begin(), after.end(),
                                           [&](int i) { return frags[i].box.top() >= columnBottom - 2; });
            if (!clean)
                continue;
            if (!before.isEmpty())
                cut(before);
            cut(left);
            cut(right);
            if (!after.isEmpty())
                cut(after);
            return true;
        }
        return false;
    }

    void cut(const QList<int>& idx) {
        if (idx.size() <= 1) {
            if (!idx.isEmpty())
                regions.append(idx);
            return;
        }
        QRectF bounds;
        for (int i : idx)
            bounds = bounds.isNull() ? frags[i].box : bounds.united(frags[i].box);

        // Columns first: a gutter that runs the full height with text columns of real width either side.
        QList<int> byX;
        const auto xgaps = projectionGaps(frags, idx, true, &byX);
        const Gap* best = nullptr;
        for (const Gap& g : xgaps) {
            const double w = g.end - g.start;
            if (w < std::max(1.2 * lineHeight, 10.0))
                continue;
            const double leftW = g.start - bounds.left();
            const double rightW = bounds.right() - g.end;
            if (leftW < 0.25 * bounds.width() || rightW < 0.25 * bounds.width())
                continue;
            const QList<int> left = byX.mid(0, g.splitAfter);
            const QList<int> right = byX.mid(g.splitAfter);
            if (!isColumnSide(left, leftW, bounds.height()) || !isColumnSide(right, rightW, bounds.height()))
                continue;
            if (!best || w > best->end - best->start)
                best = &g;
        }
        if (best) {
            cut(byX.mid(0, best->splitAfter));
            cut(byX.mid(best->splitAfter));
            return;
        }
        if (cutColumnsAroundStraddlers(idx, bounds))
            return;
        // Otherwise cut at the widest horizontal gaps, recursively.
        QList<int> byY;
        const auto ygaps = projectionGaps(frags, idx, false, &byY);
        if (ygaps.empty()) {
            // One band: items side by side (table cells, a label and its value) read left to right.
            std::stable_sort(byY.begin(), byY.end(),
                             [&](int a, int b) { return frags[a].box.left() < frags[b].box.left(); });
            regions.append(byY);
            return;
        }
        double widest = 0;
        for (const Gap& g : ygaps)
            widest = std::max(widest, g.end - g.start);
        // Cut at every gap close to the widest, so a page of evenly spaced lines does not recurse deeply.
        int from = 0;
        for (const Gap& g : ygaps) {
            if (g.end - g.start >= widest * 0.8 - 0.5) {
                cut(byY.mid(from, g.splitAfter - from));
                from = g.splitAfter;
            }
        }
        cut(byY.mid(from));
    }
};

} // namespace

/// Stacks of lines that belong together: each next line starts at the same left edge just below, and no other
/// line sits between. Table cells that wrap become one block, so XY-cut keeps their lines together.
QList<QList<int>> buildBlocks(const QList<Fragment>& frags, double lineHeight) {
    const int n = int(frags.size());
    QList<QList<int>> blocks;
    QList<bool> used(n, false);
    // A ruled cell is one block whatever its lines look like: its borders say what belongs together.
    // Fragments come line by line from the top, each line left to right, which is the cell's reading order.
    for (int i = 0; i < n; ++i) {
        if (used[i] || frags[i].cell.isNull())
            continue;
        QList<int> block;
        for (int j = i; j < n; ++j)
            if (!used[j] && frags[j].cell == frags[i].cell) {
                used[j] = true;
                block.append(j);
            }
        blocks.append(block);
    }
    QList<int> below(n, -1), aboveCount(n, 0);
    for (int i = 0; i < n; ++i) {
        if (used[i])
            continue;
        const QRectF& a = frags[i].box;
        int best = -1;
        for (int j = 0; j < n; ++j) {
            if (j == i || used[j])
                continue;
            const QRectF& b = frags[j].box;
            const double gap = b.top() - a.bottom();
            const double h = std::max(a.height(), lineHeight);
            if (gap < -0.2 * h || gap > 0.7 * h)
                continue;
            const double overlap = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
            if (overlap <= 0)
                continue;
            if (std::abs(b.left() - a.left()) > 0.8 * h)
                continue;
            if (std::abs(a.height() - b.height()) > 0.3 * h)
                continue;
            if (best < 0 || b.top() < frags[best].box.top())
                best = j;
        }
        if (best >= 0) {
            below[i] = best;
            aboveCount[best] += 1;
        }
    }
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return frags[a].box.top() < frags[b].box.top(); });
    for (int start : order) {
        if (used[start])
            continue;
        QList<int> block{start};
        used[start] = true;
        int cur = start;
        while (below[cur] >= 0 && !used[below[cur]] && aboveCount[below[cur]] == 1) {
            cur = below[cur];
            used[cur] = true;
            block.append(cur);
        }
        blocks.append(block);
    }
    return blocks;
}

QList<TextLine> layoutPage(const QList<Word>& words, const QSizeF& pageSize) {
    Q_UNUSED(pageSize);
    if (words.isEmpty())
        return {};
    std::vector<double> heights;
    heights.reserve(words.size());
    for (const Word& w : words)
        heights.push_back(w.box.height());
    const double lineHeight = std::max(1.0, median(heights));

    const QList<Fragment> frags = buildFragments(words, lineHeight);
    const QList<QList<int>> blockMembers = buildBlocks(frags, lineHeight);
    QList<Fragment> blocks; // one box per block, cut into reading order
    for (const QList<int>& members : blockMembers) {
        Fragment b;
        for (int fi : members)
            b.box = b.box.isNull() ? frags[fi].box : b.box.united(frags[fi].box);
        blocks.append(b);
    }
    QList<int> all(blocks.size());
    std::iota(all.begin(), all.end(), 0);
    Cutter cutter{blocks, lineHeight, {}};
    cutter.cut(all);

    QList<TextLine> lines;
    int blockCounter = 0;
    for (int r = 0; r < cutter.regions.size(); ++r) {
        const QList<int>& region = cutter.regions[r];
        for (int bi : region) {
            const QRectF& bb = blocks[bi].box;
            const bool shared =
                region.size() > 1 && std::any_of(region.begin(), region.end(), [&](int o) {
                    const QRectF& ob = blocks[o].box;
                    return o != bi && std::min(ob.bottom(), bb.bottom()) - std::max(ob.top(), bb.top()) >
                                          lineHeight * 0.5;
                });
            ++blockCounter;
            for (int fi : blockMembers[bi]) {
                const Fragment& f = frags[fi];
                TextLine line;
                line.region = r;
                line.block = blockCounter;
                line.box = f.box;
                line.rowShared = shared;
                line.cell = f.cell;
                for (int k = 0; k < f.words.size(); ++k) {
                    const Word& w = words[f.words[k]];
                    if (k > 0) {
                        const Word& prev = words[f.words[k - 1]];
                        const double gap = w.box.left() - prev.box.right();
                        // Poppler knows whether a space followed a word; trust it for its own next word.
                        const bool adjacent = prev.order >= 0 && w.order == prev.order + 1;
                        const double h = std::min(prev.box.height(), w.box.height());
                        const bool space = adjacent ? prev.spaceAfter || gap > 0.18 * h : gap > 0.18 * h;
                        if (space)
                            line.text.append(QLatin1Char(' '));
                    }
                    line.text.append(w.text);
                    line.wordBoxes.append(w.box);
                }
                // Full-width characters say the type size best; Latin letters only where there are none.
                QList<double> ems, latinEms;
                for (int k : f.words)
                    if (words[k].em > 0)
                        (words[k].emFullWidth ? ems : latinEms).append(words[k].em);
                if (ems.isEmpty())
                    ems = latinEms;
                if (!ems.isEmpty()) {
                    std::sort(ems.begin(), ems.end());
                    line.em = ems[ems.size() / 2];
                }
                lines.append(line);
            }
        }
    }
    return lines;
}

} // namespace pl::text
