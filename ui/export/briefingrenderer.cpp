#include "ui/export/briefingrenderer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace pl::ui {

using briefing::BriefingItem;
using briefing::ItemKind;

namespace {

// Sizes in points: the painter is scaled so that one unit is one point on every device.
constexpr qreal kMarginMm = 18;
constexpr qreal kFooter = 22;
constexpr int kTitleSize = 22;
constexpr int kHeadingSize = 15;
constexpr int kBodySize = 10;
constexpr int kSmallSize = 8;
constexpr qreal kItemGap = 14;
const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5f, 0x66, 0x70);
const QColor kAccent(0x1d, 0x5f, 0xa8);
const QColor kRule(0xc9, 0xd1, 0xdb);
const QColor kComment(0x8a, 0x4b, 0x08);

using Row = BriefingRenderer::Row;

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

/// Draws a laid-out line glyph by glyph, leaving out the spaces. NanumGothic maps U+0001 and the space to the
/// same empty glyph, and Qt's PDF writer then declares that glyph to be U+0001: a reader copying or searching
/// the PDF would get control characters between words. Without space glyphs, readers (Poppler, Acrobat) put
/// the spaces back from the gaps, as they do for most PDFs.
void drawLine(QPainter* painter, const QTextLine& line, const QPointF& origin) {
    for (QGlyphRun run : line.glyphRuns()) {
        const QList<quint32> spaces = run.rawFont().glyphIndexesForString(QStringLiteral(" \u00a0"));
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        QList<quint32> keptGlyphs;
        QList<QPointF> keptPositions;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (spaces.contains(glyphs[i]))
                continue;
            keptGlyphs.append(glyphs[i]);
            keptPositions.append(positions.value(i));
        }
        if (keptGlyphs.isEmpty())
            continue;
        run.setGlyphIndexes(keptGlyphs);
        run.setPositions(keptPositions);
        painter->drawGlyphRun(origin, run);
    }
}

/// drawText for a box, drawn as drawLine draws (see there).
void drawTextIn(QPainter* painter, const QRectF& rect, int flags, const QString& text) {
    QTextLayout layout(text, painter->font());
    QTextOption option;
    option.setWrapMode((flags & Qt::TextWordWrap) ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                                  : QTextOption::NoWrap);
    option.setAlignment(Qt::Alignment(flags) & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    qreal top = rect.top();
    if (flags & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (flags & Qt::AlignBottom)
        top += rect.height() - height;
    for (int i = 0; i < layout.lineCount(); ++i)
        drawLine(painter, layout.lineAt(i), QPointF(rect.left(), top));
}

/// Lines of wrapped text, one row each. Korean has few spaces in long compounds, so a word longer than the
/// line breaks anywhere rather than running off the page.
QList<Row> textRows(const QString& text, const QFont& font, qreal width, const QColor& color,
                    qreal indent = 0, Qt::Alignment align = Qt::AlignLeft, bool bar = false) {
    QList<Row> rows;
    if (text.trimmed().isEmpty())
        return rows;
    QString flowing = text;
    flowing.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(flowing, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max<qreal>(10, width - indent));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    const qreal leading = std::round(QFontMetricsF(font).height() * 0.35);
    for (int i = 0; i < layout->lineCount(); ++i) {
        Row row;
        row.height = layout->lineAt(i).height() + leading;
        row.paint = [layout, i, indent, color, bar, leading](QPainter* p, const QPointF& at) {
            const QTextLine line = layout->lineAt(i);
            if (bar) {
                p->fillRect(QRectF(at.x(), at.y(), 3, line.height() + leading), kRule);
            }
            p->setPen(color);
            drawLine(p, line, at + QPointF(indent, leading / 2 - line.y()));
        };
        rows.append(row);
    }
    return rows;
}

void keepTogether(QList<Row>& rows) {
    for (qsizetype i = 0; i + 1 < rows.size(); ++i)
        rows[i].keepWithNext = true;
}

qreal heightOf(const QList<Row>& rows) {
    qreal h = 0;
    for (qsizetype i = 0; i < rows.size(); ++i)
        h += rows[i].height + (i ? rows[i].spaceBefore : 0);
    return h;
}

QString sourceKey(const QJsonObject& anchor) {
    const QString sha = str(anchor, "sha256");
    return sha.isEmpty() ? str(anchor, "path") : sha;
}

QString factKindLabel(const QString& kind) {
    if (kind == QStringLiteral("date") || kind == QStringLiteral("dates"))
        return BriefingRenderer::tr("Date");
    if (kind == QStringLiteral("money"))
        return BriefingRenderer::tr("Amount");
    if (kind == QStringLiteral("target"))
        return BriefingRenderer::tr("Target");
    if (kind == QStringLiteral("institution"))
        return BriefingRenderer::tr("Institution");
    return kind;
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString formatNumber(double v) {
    return QLocale(QLocale::Korean).toString(v, 'f', std::abs(v) >= 100 || v == std::floor(v) ? 0 : 1);
}

} // namespace

BriefingRenderer::BriefingRenderer(briefing::Briefing briefing, QList<BriefingItem> items)
    : m_briefing(std::move(briefing)), m_items(std::move(items)) {
    const QStringList families = QFontDatabase::families();
    for (const QString& family : {QStringLiteral("NanumGothic"), QStringLiteral("Noto Sans CJK KR")})
        if (families.contains(family)) {
            m_family = family;
            break;
        }
    if (m_family.isEmpty())
        m_family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

BriefingRenderer::~BriefingRenderer() = default;

QString BriefingRenderer::kindLabel(ItemKind kind) {
    switch (kind) {
    case ItemKind::Heading:
        return tr("Heading");
    case ItemKind::Note:
        return tr("Note");
    case ItemKind::Passage:
        return tr("Passage");
    case ItemKind::SearchHit:
        return tr("Search hit");
    case ItemKind::Fact:
        return tr("Fact");
    case ItemKind::TimelineRange:
        return tr("Timeline");
    case ItemKind::StrategySubtree:
        return tr("Strategy");
    case ItemKind::Chart:
        return tr("Budget chart");
    case ItemKind::CountryMatrix:
        return tr("Country comparison");
    }
    return {};
}

QFont BriefingRenderer::font(int pixelSize, bool bold) const {
    QFont f(m_family);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QList<BriefingRenderer::Source> BriefingRenderer::sources() const {
    QList<Source> out;
    auto add = [&out](const QJsonObject& anchor, int page) {
        if (anchor.isEmpty())
            return;
        const QString key = sourceKey(anchor);
        auto it = std::find_if(out.begin(), out.end(), [&key](const Source& s) { return s.key == key; });
        if (it == out.end()) {
            out.append(Source{key,
                              briefing::anchorTitle(anchor),
                              str(anchor, "issuer"),
                              str(anchor, "date"),
                              str(anchor, "file_name"),
                              {}});
            it = out.end() - 1;
        }
        if (page > 0 && !it->pages.contains(page)) {
            it->pages.append(page);
            std::sort(it->pages.begin(), it->pages.end());
        }
    };
    for (const BriefingItem& item : m_items) {
        add(item.anchor(), item.page());
        for (const QJsonValue& v : item.payload.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            add(e.value(QStringLiteral("doc")).toObject(), e.value(QStringLiteral("page")).toInt());
        }
    }
    return out;
}

QList<Row> BriefingRenderer::titleRows(qreal width) const {
    QList<Row> rows = textRows(m_briefing.name, font(kTitleSize, true), width, kInk);
    const QDateTime modified = QDateTime::fromString(m_briefing.modified, Qt::ISODate);
    const QString when =
        modified.isValid() ? modified.toLocalTime().date().toString(Qt::ISODate) : m_briefing.modified;
    rows += textRows(tr("%1 · %n item(s)", nullptr, int(m_items.size())).arg(when), font(kSmallSize), width,
                     kMuted);
    Row rule;
    rule.height = 12;
    rule.paint = [width](QPainter* p, const QPointF& at) {
        p->setPen(QPen(kAccent, 1.2));
        p->drawLine(QPointF(at.x(), at.y() + 6), QPointF(at.x() + width, at.y() + 6));
    };
    rows.append(rule);
    keepTogether(rows);
    rows.last().keepWithNext = true;
    return rows;
}

QList<Row> BriefingRenderer::itemRows(const BriefingItem& item, qreal width) const {
    QList<Row> rows;
    const QJsonObject& p = item.payload;
    auto label = [&](const QString& text) {
        QList<Row> l = textRows(text, font(kSmallSize, true), width, kAccent);
        keepTogether(l);
        if (!l.isEmpty())
            l.last().keepWithNext = true;
        rows += l;
    };
    auto citation = [&](const QString& text) {
        if (!text.isEmpty())
            rows += textRows(QStringLiteral("— ") + text, font(kSmallSize), width, kMuted, 0, Qt::AlignRight);
    };
    switch (item.kind) {
    case ItemKind::Heading: {
        rows = textRows(str(p, "text"), font(kHeadingSize, true), width, kAccent);
        keepTogether(rows);
        if (!rows.isEmpty())
            rows.last().keepWithNext = true; // a heading never ends a page
        break;
    }
    case ItemKind::Note:
        rows = textRows(str(p, "text"), font(kBodySize), width, kInk);
        break;
    case ItemKind::Passage:
    case ItemKind::SearchHit: {
        if (item.kind == ItemKind::SearchHit && !str(p, "query").isEmpty())
            label(tr("Search hit for “%1”").arg(str(p, "query")));
        rows += textRows(str(p, "text"), font(kBodySize), width, kInk, 12, Qt::AlignLeft, true);
        citation(item.citation());
        break;
    }
    case ItemKind::Fact: {
        label(tr("Fact · %1").arg(factKindLabel(str(p, "fact_kind"))));
        const QString value = str(p, "value");
        if (!value.isEmpty()) {
            QList<Row> v = textRows(value, font(kHeadingSize - 2, true), width, kInk);
            keepTogether(v);
            if (!v.isEmpty())
                v.last().keepWithNext = true;
            rows += v;
        }
        const QString text = str(p, "text");
        if (!text.isEmpty() && text != value)
            rows += textRows(text, font(kBodySize), width, kInk, 12, Qt::AlignLeft, true);
        citation(item.citation());
        break;
    }
    case ItemKind::TimelineRange: {
        QString title = str(p, "title");
        if (title.isEmpty())
            title = tr("Timeline %1 – %2").arg(str(p, "from"), str(p, "to"));
        label(kindLabel(item.kind));
        rows += textRows(title, font(kBodySize + 2, true), width, kInk);
        rows.last().keepWithNext = true;
        const QJsonArray events = p.value(QStringLiteral("events")).toArray();
        if (events.isEmpty())
            rows += textRows(tr("No dated facts in this range."), font(kBodySize), width, kMuted);
        const QFont dateFont = font(kBodySize, true);
        const QFont textFont = font(kBodySize);
        const QFont smallFont = font(kSmallSize);
        // The dates as printed can be long ("올해부터 '26년 상반기"): a column of their own, elided.
        qreal axis = 60;
        for (const QJsonValue& v : events)
            axis = std::max(axis, QFontMetricsF(dateFont).horizontalAdvance(str(v.toObject(), "date")) + 16);
        axis = std::min(axis, std::round(width * 0.3));
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject e = events[i].toObject();
            const QString date = str(e, "date");
            QString what = str(e, "label");
            if (what.isEmpty())
                what = str(e, "text");
            const QString source =
                e.value(QStringLiteral("page")).toInt() > 0
                    ? QStringLiteral("%1 p.%2").arg(str(e, "title"),
                                                    QString::number(e.value(QStringLiteral("page")).toInt()))
                    : str(e, "title");
            const bool first = i == 0, last = i + 1 == events.size();
            Row row;
            row.height = 30;
            row.paint = [=](QPainter* painter, const QPointF& at) {
                const qreal x = at.x() + axis;
                painter->setPen(QPen(kRule, 2));
                painter->drawLine(QPointF(x, at.y() + (first ? 9 : 0)), QPointF(x, at.y() + (last ? 9 : 30)));
                painter->setPen(Qt::NoPen);
                painter->setBrush(kAccent);
                painter->drawEllipse(QPointF(x, at.y() + 9), 4, 4);
                painter->setBrush(Qt::NoBrush);
                painter->setPen(kInk);
                painter->setFont(dateFont);
                drawTextIn(painter, QRectF(at.x(), at.y(), axis - 12, 18), Qt::AlignRight | Qt::AlignVCenter,
                           QFontMetricsF(dateFont).elidedText(date, Qt::ElideLeft, axis - 12));
                painter->setFont(textFont);
                const qreal textWidth = width - axis - 14;
                drawTextIn(painter, QRectF(x + 12, at.y(), textWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(textFont).elidedText(what, Qt::ElideRight, textWidth));
                painter->setPen(kMuted);
                painter->setFont(smallFont);
                drawTextIn(painter, QRectF(x + 12, at.y() + 16, textWidth, 12),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(smallFont).elidedText(source, Qt::ElideRight, textWidth));
            };
            rows.append(row);
        }
        break;
    }
    case ItemKind::StrategySubtree: {
        label(kindLabel(item.kind));
        const QJsonArray nodes = p.value(QStringLiteral("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const QJsonObject n = nodes[i].toObject();
            const int depth = n.value(QStringLiteral("depth")).toInt();
            const qreal indent = 16.0 * depth + 12;
            QList<Row> node =
                textRows(str(n, "title"), font(depth == 0 ? kBodySize + 2 : kBodySize, depth == 0), width,
                         depth == 0 ? kInk : kInk, indent);
            if (node.isEmpty())
                continue;
            auto inner = node.first().paint;
            node.first().paint = [inner, indent, depth](QPainter* painter, const QPointF& at) {
                painter->setPen(QPen(kRule, 1));
                if (depth > 0) {
                    const qreal x = at.x() + indent - 14;
                    painter->drawLine(QPointF(x, at.y()), QPointF(x, at.y() + 8));
                    painter->drawLine(QPointF(x, at.y() + 8), QPointF(x + 8, at.y() + 8));
                }
                painter->setPen(Qt::NoPen);
                painter->setBrush(depth == 0 ? kAccent : kMuted);
                painter->drawRect(QRectF(at.x() + indent - 6, at.y() + 5.5, 4, 4));
                painter->setBrush(Qt::NoBrush);
                inner(painter, at);
            };
            if (i == 0)
                node.last().keepWithNext = true;
            rows += node;
        }
        citation(item.citation());
        break;
    }
    case ItemKind::Chart: {
        label(kindLabel(item.kind));
        QString title = str(p, "title");
        rows += textRows(title, font(kBodySize + 2, true), width, kInk);
        if (!rows.isEmpty())
            rows.last().keepWithNext = true;
        const QJsonArray bars = p.value(QStringLiteral("bars")).toArray();
        double maxValue = 0;
        for (const QJsonValue& v : bars)
            maxValue = std::max(maxValue, v.toObject().value(QStringLiteral("value")).toDouble());
        if (bars.isEmpty())
            rows += textRows(tr("No amounts to chart."), font(kBodySize), width, kMuted);
        const QFont labelFont = font(kSmallSize + 1);
        const qreal labelWidth = std::round(width * 0.32);
        const qreal valueWidth = 90;
        QList<Row> chart;
        for (const QJsonValue& v : bars) {
            const QJsonObject bar = v.toObject();
            const QString name = str(bar, "label");
            const double value = bar.value(QStringLiteral("value")).toDouble();
            QString valueText = str(bar, "text");
            if (valueText.isEmpty())
                valueText = formatNumber(value);
            Row row;
            row.height = 18;
            row.paint = [=](QPainter* painter, const QPointF& at) {
                painter->setFont(labelFont);
                painter->setPen(kInk);
                drawTextIn(painter, QRectF(at.x(), at.y(), labelWidth - 8, 16),
                           Qt::AlignRight | Qt::AlignVCenter,
                           QFontMetricsF(labelFont).elidedText(name, Qt::ElideRight, labelWidth - 8));
                const qreal barMax = width - labelWidth - valueWidth;
                const qreal w = maxValue > 0 ? barMax * value / maxValue : 0;
                painter->fillRect(QRectF(at.x() + labelWidth, at.y() + 3, std::max<qreal>(w, 1), 11),
                                  kAccent);
                painter->setPen(kMuted);
                drawTextIn(painter, QRectF(at.x() + labelWidth + w + 5, at.y(), valueWidth, 16),
                           Qt::AlignLeft | Qt::AlignVCenter, valueText);
            };
            chart.append(row);
        }
        if (heightOf(chart) < 400)
            keepTogether(chart);
        rows += chart;
        const QString note =
            str(p, "currency").isEmpty() ? QString() : tr("Currency: %1").arg(str(p, "currency"));
        if (!note.isEmpty() || !str(p, "scope").isEmpty())
            rows += textRows(QStringList{note, str(p, "scope")}.join(QStringLiteral("  ")).trimmed(),
                             font(kSmallSize), width, kMuted);
        break;
    }
    case ItemKind::CountryMatrix: {
        label(kindLabel(item.kind));
        if (!str(p, "title").isEmpty()) {
            rows += textRows(str(p, "title"), font(kBodySize + 2, true), width, kInk);
            rows.last().keepWithNext = true;
        }
        const QJsonArray countries = p.value(QStringLiteral("countries")).toArray();
        const QJsonArray themes = p.value(QStringLiteral("themes")).toArray();
        const QJsonArray cells = p.value(QStringLiteral("cells")).toArray();
        const int columns = int(themes.size()) + 1;
        const qreal firstWidth = std::min<qreal>(120, width / columns * 1.4);
        const qreal cellWidth = columns > 1 ? (width - firstWidth) / (columns - 1) : 0;
        double maxCell = 0;
        for (const QJsonValue& r : cells)
            for (const QJsonValue& c : r.toArray())
                maxCell = std::max(maxCell, c.toDouble());
        const QFont cellFont = font(kSmallSize + 1);
        const QFont headFont = font(kSmallSize, true);
        auto tableRow = [&](int index) {
            Row row;
            row.height = index < 0 ? 26 : 18;
            QStringList texts;
            QList<double> values;
            if (index < 0) {
                texts.append(tr("Country"));
                for (const QJsonValue& t : themes)
                    texts.append(t.toString());
            } else {
                texts.append(countries[index].toString());
                const QJsonArray r = cells[index].toArray();
                for (qsizetype c = 0; c < themes.size(); ++c) {
                    values.append(r[c].toDouble());
                    texts.append(formatNumber(r[c].toDouble()));
                }
            }
            const bool header = index < 0;
            row.paint = [=](QPainter* painter, const QPointF& at) {
                qreal x = at.x();
                for (qsizetype c = 0; c < texts.size(); ++c) {
                    const qreal w = c == 0 ? firstWidth : cellWidth;
                    const QRectF cell(x, at.y(), w, row.height);
                    if (!header && c > 0 && maxCell > 0) {
                        QColor shade = kAccent;
                        shade.setAlphaF(0.08 + 0.5 * values[c - 1] / maxCell);
                        painter->fillRect(cell, shade);
                    }
                    painter->setPen(QPen(kRule, 0.6));
                    painter->drawRect(cell);
                    painter->setPen(kInk);
                    painter->setFont(header ? headFont : cellFont);
                    const QRectF inner = cell.adjusted(3, 1, -3, -1);
                    drawTextIn(painter, inner,
                               (c == 0 ? Qt::AlignLeft : Qt::AlignCenter) | Qt::AlignVCenter |
                                   (header ? Qt::TextWordWrap : 0),
                               header ? texts[c]
                                      : QFontMetricsF(painter->font())
                                            .elidedText(texts[c], Qt::ElideRight, inner.width()));
                    x += w;
                }
            };
            return row;
        };
        if (countries.isEmpty()) {
            rows += textRows(tr("No country is discussed in the library's documents."), font(kBodySize),
                             width, kMuted);
            break;
        }
        QList<Row> table;
        table.append(tableRow(-1));
        for (int r = 0; r < countries.size(); ++r)
            table.append(tableRow(r));
        table.first().keepWithNext = true;
        if (heightOf(table) < 400)
            keepTogether(table);
        rows += table;
        break;
    }
    }
    if (!item.comment.trimmed().isEmpty()) {
        QList<Row> comment =
            textRows(tr("Comment: %1").arg(item.comment.trimmed()), font(kBodySize), width, kComment);
        if (!rows.isEmpty())
            comment.first().spaceBefore = 4;
        rows += comment;
    }
    // A short item is not split; a long one at least keeps its first lines with its label.
    if (heightOf(rows) < 160) {
        const bool keepLast = !rows.isEmpty() && rows.last().keepWithNext;
        keepTogether(rows);
        if (keepLast)
            rows.last().keepWithNext = true;
    } else if (rows.size() > 1) {
        rows[0].keepWithNext = true;
    }
    if (!rows.isEmpty())
        rows.first().spaceBefore = item.kind == ItemKind::Heading ? kItemGap + 8 : kItemGap;
    return rows;
}

QList<Row> BriefingRenderer::sourceRows(qreal width) const {
    QList<Row> rows;
    const QList<Source> list = sources();
    if (list.isEmpty())
        return rows;
    QList<Row> heading = textRows(tr("Sources"), font(kHeadingSize, true), width, kAccent);
    keepTogether(heading);
    heading.last().keepWithNext = true;
    heading.first().spaceBefore = kItemGap + 10;
    rows += heading;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Source& s = list[i];
        QStringList pages;
        for (int page : s.pages)
            pages.append(QString::number(page));
        QList<Row> entry = textRows(QStringLiteral("[%1] %2").arg(QString::number(i + 1), s.title),
                                    font(kBodySize, true), width, kInk);
        QStringList details;
        for (const QString& d : {s.issuer, s.date, s.fileName})
            if (!d.isEmpty())
                details.append(d);
        if (!pages.isEmpty())
            details.append(tr("cited: p.%1").arg(pages.join(QStringLiteral(", "))));
        entry += textRows(details.join(QStringLiteral(" · ")), font(kSmallSize + 1), width, kMuted, 18);
        keepTogether(entry);
        entry.first().spaceBefore = 6;
        rows += entry;
    }
    return rows;
}

Result<int> BriefingRenderer::paint(QPagedPaintDevice* device) const {
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    const QRectF paintRect = device->pageLayout().paintRectPoints();
    const qreal width = paintRect.width();
    const qreal pageHeight = paintRect.height() - kFooter;

    QList<Row> rows = titleRows(width);
    for (const BriefingItem& item : m_items)
        rows += itemRows(item, width);
    rows += sourceRows(width);
    if (!rows.isEmpty())
        rows.last().keepWithNext = false;

    // Pages break between rows; a row that keeps with the next pulls the following rows along, unless the
    // chain is taller than a page.
    struct Placed {
        int page;
        qreal y;
    };
    QList<Placed> placed(rows.size());
    int page = 0;
    qreal y = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        qreal chain = rows[i].height + (y > 0 ? rows[i].spaceBefore : 0);
        for (qsizetype k = i; rows[k].keepWithNext && k + 1 < rows.size(); ++k)
            chain += rows[k + 1].spaceBefore + rows[k + 1].height;
        const qreal own = rows[i].height + (y > 0 ? rows[i].spaceBefore : 0);
        const bool startsChain = i == 0 || !rows[i - 1].keepWithNext;
        if (y > 0 &&
            ((startsChain && y + chain > pageHeight && chain <= pageHeight) || y + own > pageHeight)) {
            ++page;
            y = 0;
        }
        if (y > 0)
            y += rows[i].spaceBefore;
        placed[i] = Placed{page, y};
        y += rows[i].height;
    }
    const int pageCount = page + 1;

    QPainter painter;
    if (!painter.begin(device))
        return fail(Error::Kind::Io, QStringLiteral("cannot paint the briefing"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(device->logicalDpiX() / 72.0, device->logicalDpiY() / 72.0);
    const QFont footerFont = font(kSmallSize);
    qsizetype next = 0;
    for (int current = 0; current < pageCount; ++current) {
        if (current > 0 && !device->newPage()) {
            painter.end();
            return fail(Error::Kind::Io, QStringLiteral("cannot start page %1").arg(current + 1));
        }
        for (; next < rows.size() && placed[next].page == current; ++next) {
            painter.save();
            rows[next].paint(&painter, QPointF(0, placed[next].y));
            painter.restore();
        }
        painter.setFont(footerFont);
        painter.setPen(kMuted);
        const QRectF footer(0, paintRect.height() - kFooter + 8, width, kFooter - 8);
        drawTextIn(&painter, footer, Qt::AlignLeft | Qt::AlignBottom,
                   QFontMetricsF(footerFont).elidedText(m_briefing.name, Qt::ElideRight, width * 0.7));
        drawTextIn(&painter, footer, Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("%1 / %2").arg(current + 1).arg(pageCount));
    }
    painter.end();
    return pageCount;
}

Result<void> BriefingRenderer::exportPdf(const QString& path) const {
    // Painted into a temporary file beside the target and moved into place, so a failure leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Kind::Io, file.errorString(), path);
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_briefing.name);
        writer.setCreator(QStringLiteral("PolicyLens"));
        writer.setResolution(300);
        auto pages = paint(&writer);
        if (!pages) {
            file.cancelWriting();
            return fail(pages.error().kind, pages.error().message, path);
        }
    }
    if (!file.commit())
        return fail(Error::Kind::Io, file.errorString(), path);
    return {};
}

QString BriefingRenderer::itemHtml(const BriefingItem& item) const {
    const QJsonObject& p = item.payload;
    QString out = QStringLiteral("<section class=\"item %1\">\n").arg(briefing::kindName(item.kind));
    auto label = [&out](const QString& text) {
        out += QStringLiteral("<p class=\"label\">%1</p>\n").arg(esc(text));
    };
    auto paragraphs = [](const QString& text) {
        QString html;
        for (const QString& para : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>%1</p>").arg(esc(para));
        return html;
    };
    auto cite = [&out](const QString& c) {
        if (!c.isEmpty())
            out += QStringLiteral("<p class=\"citation\">— <cite>%1</cite></p>\n").arg(esc(c));
    };
    switch (item.kind) {
    case ItemKind::Heading:
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(str(p, "text")));
        break;
    case ItemKind::Note:
        out += paragraphs(str(p, "text")) + QLatin1Char('\n');
        break;
    case ItemKind::Passage:
    case ItemKind::SearchHit:
        if (item.kind == ItemKind::SearchHit && !str(p, "query").isEmpty())
            label(tr("Search hit for “%1”").arg(str(p, "query")));
        out += QStringLiteral("<blockquote>%1</blockquote>\n").arg(paragraphs(str(p, "text")));
        cite(item.citation());
        break;
    case ItemKind::Fact:
        label(tr("Fact · %1").arg(factKindLabel(str(p, "fact_kind"))));
        if (!str(p, "value").isEmpty())
            out += QStringLiteral("<p class=\"value\">%1</p>\n").arg(esc(str(p, "value")));
        if (!str(p, "text").isEmpty() && str(p, "text") != str(p, "value"))
            out += QStringLiteral("<blockquote>%1</blockquote>\n").arg(paragraphs(str(p, "text")));
        cite(item.citation());
        break;
    case ItemKind::TimelineRange: {
        label(kindLabel(item.kind));
        QString title = str(p, "title");
        if (title.isEmpty())
            title = tr("Timeline %1 – %2").arg(str(p, "from"), str(p, "to"));
        out += QStringLiteral("<h3>%1</h3>\n<ol class=\"timeline\">\n").arg(esc(title));
        for (const QJsonValue& v : p.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            QString what = str(e, "label");
            if (what.isEmpty())
                what = str(e, "text");
            const int page = e.value(QStringLiteral("page")).toInt();
            out +=
                QStringLiteral("<li><span class=\"date\">%1</span> %2 <cite>%3</cite></li>\n")
                    .arg(esc(str(e, "date")), esc(what),
                         esc(page > 0 ? QStringLiteral("%1 p.%2").arg(str(e, "title"), QString::number(page))
                                      : str(e, "title")));
        }
        out += QStringLiteral("</ol>\n");
        break;
    }
    case ItemKind::StrategySubtree: {
        label(kindLabel(item.kind));
        out += QStringLiteral("<ul class=\"tree\">\n");
        for (const QJsonValue& v : p.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject n = v.toObject();
            out += QStringLiteral("<li style=\"margin-left:%1em\">%2</li>\n")
                       .arg(n.value(QStringLiteral("depth")).toInt() * 1.5)
                       .arg(esc(str(n, "title")));
        }
        out += QStringLiteral("</ul>\n");
        cite(item.citation());
        break;
    }
    case ItemKind::Chart: {
        label(kindLabel(item.kind));
        if (!str(p, "title").isEmpty())
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(str(p, "title")));
        const QJsonArray bars = p.value(QStringLiteral("bars")).toArray();
        double maxValue = 0;
        for (const QJsonValue& v : bars)
            maxValue = std::max(maxValue, v.toObject().value(QStringLiteral("value")).toDouble());
        const int rowHeight = 24, labelWidth = 220, barWidth = 360;
        out += QStringLiteral(
                   "<svg class=\"chart\" viewBox=\"0 0 700 %1\" width=\"700\" height=\"%1\" role=\"img\">\n")
                   .arg(std::max<qsizetype>(1, bars.size()) * rowHeight);
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const QJsonObject bar = bars[i].toObject();
            const double value = bar.value(QStringLiteral("value")).toDouble();
            const double w = maxValue > 0 ? barWidth * value / maxValue : 0;
            QString valueText = str(bar, "text");
            if (valueText.isEmpty())
                valueText = formatNumber(value);
            const qsizetype y = i * rowHeight;
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>"
                                  "<rect x=\"%4\" y=\"%5\" width=\"%6\" height=\"14\" fill=\"#1d5fa8\"/>"
                                  "<text x=\"%7\" y=\"%2\">%8</text>\n")
                       .arg(labelWidth - 8)
                       .arg(y + 16)
                       .arg(esc(str(bar, "label")))
                       .arg(labelWidth)
                       .arg(y + 5)
                       .arg(std::max(1.0, w), 0, 'f', 1)
                       .arg(labelWidth + w + 6, 0, 'f', 1)
                       .arg(esc(valueText));
        }
        out += QStringLiteral("</svg>\n");
        if (!str(p, "currency").isEmpty())
            out += QStringLiteral("<p class=\"meta\">%1</p>\n")
                       .arg(esc(tr("Currency: %1").arg(str(p, "currency"))));
        break;
    }
    case ItemKind::CountryMatrix: {
        label(kindLabel(item.kind));
        if (!str(p, "title").isEmpty())
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(str(p, "title")));
        if (p.value(QStringLiteral("countries")).toArray().isEmpty()) {
            out += QStringLiteral("<p class=\"meta\">%1</p>\n")
                       .arg(esc(tr("No country is discussed in the library's documents.")));
            break;
        }
        out += QStringLiteral("<table>\n<tr><th>%1</th>").arg(esc(tr("Country")));
        const QJsonArray themes = p.value(QStringLiteral("themes")).toArray();
        for (const QJsonValue& t : themes)
            out += QStringLiteral("<th>%1</th>").arg(esc(t.toString()));
        out += QStringLiteral("</tr>\n");
        const QJsonArray countries = p.value(QStringLiteral("countries")).toArray();
        const QJsonArray cells = p.value(QStringLiteral("cells")).toArray();
        for (qsizetype r = 0; r < countries.size(); ++r) {
            out += QStringLiteral("<tr><th>%1</th>").arg(esc(countries[r].toString()));
            const QJsonArray row = cells[r].toArray();
            for (qsizetype c = 0; c < themes.size(); ++c)
                out += QStringLiteral("<td>%1</td>").arg(formatNumber(row[c].toDouble()));
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
        break;
    }
    }
    if (!item.comment.trimmed().isEmpty())
        out += QStringLiteral("<p class=\"comment\">%1</p>\n")
                   .arg(esc(tr("Comment: %1").arg(item.comment.trimmed())));
    out += QStringLiteral("</section>\n");
    return out;
}

QString BriefingRenderer::html() const {
    QString out;
    out +=
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"generator\" content=\"PolicyLens\">\n<title>%1</title>\n<style>\n"
            "body{font-family:\"%2\",\"NanumGothic\",\"Noto Sans CJK KR\",\"Malgun Gothic\",sans-serif;"
            "color:#1f2328;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.6}\n"
            "h1{font-size:1.8em;margin-bottom:.2em}h2{color:#1d5fa8;margin-top:1.6em}h3{margin:.2em 0}\n"
            ".meta{color:#5f6670;font-size:.85em}.label{color:#1d5fa8;font-weight:bold;font-size:.8em;"
            "margin:0}\n"
            "section.item{margin:1.4em 0;page-break-inside:avoid}\n"
            "blockquote{margin:.4em 0;padding-left:1em;border-left:3px solid #c9d1db}\n"
            ".citation{text-align:right;color:#5f6670;font-size:.85em;margin:.2em 0}cite{font-style:normal}\n"
            ".value{font-size:1.3em;font-weight:bold;margin:.2em 0}\n"
            ".comment{color:#8a4b08}\n"
            "ol.timeline{list-style:none;border-left:2px solid #c9d1db;padding-left:1em}\n"
            "ol.timeline .date{font-weight:bold;display:inline-block;min-width:6em}\n"
            "ol.timeline cite{color:#5f6670;font-size:.85em}\n"
            "ul.tree{list-style:square}\n"
            "svg.chart{max-width:100%;height:auto;font-size:12px}\n"
            "table{border-collapse:collapse}th,td{border:1px solid #c9d1db;padding:.2em .6em}"
            "td{text-align:center}\n"
            "footer.sources li{margin:.3em 0}\n"
            "@media print{body{max-width:none;margin:0}h2{break-after:avoid}}\n"
            "</style>\n</head>\n<body>\n<header>\n<h1>%3</h1>\n")
            .arg(esc(m_briefing.name), esc(m_family), esc(m_briefing.name));
    out +=
        QStringLiteral("<p class=\"meta\">%1</p>\n</header>\n<main>\n")
            .arg(esc(tr("%1 · %n item(s)", nullptr, int(m_items.size())).arg(m_briefing.modified.left(10))));
    for (const BriefingItem& item : m_items)
        out += itemHtml(item);
    out += QStringLiteral("</main>\n");
    const QList<Source> list = sources();
    if (!list.isEmpty()) {
        out += QStringLiteral("<footer class=\"sources\">\n<h2>%1</h2>\n<ol>\n").arg(esc(tr("Sources")));
        for (const Source& s : list) {
            QStringList pages;
            for (int page : s.pages)
                pages.append(QString::number(page));
            QStringList details;
            for (const QString& d : {s.issuer, s.date, s.fileName})
                if (!d.isEmpty())
                    details.append(esc(d));
            if (!pages.isEmpty())
                details.append(esc(tr("cited: p.%1").arg(pages.join(QStringLiteral(", ")))));
            out += QStringLiteral("<li><strong>%1</strong><br><span class=\"meta\">%2</span></li>\n")
                       .arg(esc(s.title), details.join(QStringLiteral(" · ")));
        }
        out += QStringLiteral("</ol>\n</footer>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

Result<void> BriefingRenderer::exportHtml(const QString& path) const {
    QSaveFile file(path);
    const QByteArray bytes = html().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Kind::Io, file.errorString(), path);
    return {};
}

void BriefingRenderer::paintSlide(QPainter* painter, int index, const QRectF& target) const {
    // A slide is laid out on a 16:9 page of 800 × 450 points and scaled into the target.
    constexpr qreal slideWidth = 800, slideHeight = 450, margin = 48;
    painter->save();
    const qreal scale = std::min(target.width() / slideWidth, target.height() / slideHeight);
    const QRectF slide(target.center() - QPointF(slideWidth * scale / 2, slideHeight * scale / 2),
                       QSizeF(slideWidth * scale, slideHeight * scale));
    painter->fillRect(slide, Qt::white);
    painter->translate(slide.topLeft());
    painter->scale(scale, scale);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const qreal width = slideWidth - 2 * margin;
    const qreal available = slideHeight - 2 * margin - 16;

    QList<Row> rows;
    bool centred = false;
    qreal zoom = 1;
    if (index <= 0) {
        rows = textRows(m_briefing.name, font(30, true), width, kInk, 0, Qt::AlignHCenter);
        rows += textRows(tr("%n item(s)", nullptr, int(m_items.size())), font(14), width, kMuted, 0,
                         Qt::AlignHCenter);
        centred = true;
    } else if (index - 1 < m_items.size()) {
        const BriefingItem& item = m_items[index - 1];
        if (item.kind == ItemKind::Heading) {
            rows = textRows(str(item.payload, "text"), font(30, true), width, kAccent, 0, Qt::AlignHCenter);
            if (!item.comment.trimmed().isEmpty())
                rows += textRows(item.comment.trimmed(), font(14), width, kComment, 0, Qt::AlignHCenter);
            centred = true;
        } else {
            // Read from across a room: larger than on paper, smaller only when it must fit. The item is laid
            // out again at the width the zoom leaves, so lines still fill the slide.
            rows = itemRows(item, width);
            zoom = std::clamp(available / std::max<qreal>(heightOf(rows), 1), 0.45, 1.6);
            rows = itemRows(item, width / zoom);
            zoom = std::clamp(available / std::max<qreal>(heightOf(rows), 1), 0.45, zoom);
        }
    }
    if (!rows.isEmpty())
        rows.first().spaceBefore = 0;
    const qreal total = heightOf(rows) * zoom;
    const qreal top = centred ? std::max<qreal>(margin, (slideHeight - total) / 2) : margin;
    painter->save();
    painter->translate(margin, top);
    painter->scale(zoom, zoom);
    qreal y = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            y += rows[i].spaceBefore;
        if ((y + rows[i].height) * zoom > available + 4 && !centred)
            break; // what does not fit even at the smallest zoom is left out rather than drawn over the
                   // footer
        painter->save();
        rows[i].paint(painter, QPointF(0, y));
        painter->restore();
        y += rows[i].height;
    }
    painter->restore();
    painter->setFont(font(11));
    painter->setPen(kMuted);
    drawTextIn(painter, QRectF(margin, slideHeight - margin + 8, width, 24),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(index + 1).arg(slideCount()));
    drawTextIn(painter, QRectF(margin, slideHeight - margin + 8, width * 0.7, 24),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(font(11)).elidedText(m_briefing.name, Qt::ElideRight, width * 0.7));
    painter->restore();
}

} // namespace pl::ui
