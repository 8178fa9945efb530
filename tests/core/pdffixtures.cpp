#include "pdffixtures.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

namespace fixtures {

bool writePdf(const QString& path, const QList<Page>& pages, const QString& creator, const QString& title,
              const QList<QList<QLineF>>& rules) {
    QPdfWriter writer(path);
    writer.setResolution(72); // painter units are PDF points
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(creator);
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.setPen(QPen(Qt::black, 0.4));
        for (const QLineF& line : rules.value(i))
            painter.drawLine(line);
        for (const TextItem& item : pages[i]) {
            QFont font(QStringLiteral("NanumGothic"));
            font.setPointSizeF(item.size);
            painter.setFont(font);
            // Qt's PDF engine maps the space glyph to no text, so Poppler would glue words together: draw
            // each word on its own and let the gap stand for the space, as most PDF producers do.
            const QFontMetricsF metrics(font, &writer);
            QPointF at = item.baseline;
            const QStringList words = item.text.split(QLatin1Char(' '));
            for (const QString& w : words) {
                painter.drawText(at, w);
                at.rx() += metrics.horizontalAdvance(w + QLatin1Char(' '));
            }
        }
    }
    return painter.end();
}

} // namespace fixtures
