#include "core/text/tableruling.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using pl::text::Rule;
using pl::text::RuledCells;
using pl::text::rulesFromImage;

namespace {

constexpr double kScale = 1.5; // pixels per point, as the importer renders

/// A page in points drawn onto an image at kScale: what Poppler's rendering of it looks like.
QImage page(const std::function<void(QPainter&)>& draw) {
    QImage image(int(300 * kScale), int(200 * kScale), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(kScale, kScale);
    draw(p);
    return image;
}

/// A 3 × 2 grid from (20, 20) to (260, 100): columns at 20, 100, 180, 260; rows at 20, 60, 100.
void grid(QPainter& p, bool outerSides = true, const QColor& ink = Qt::black) {
    p.setPen(QPen(ink, 0.5));
    for (double y : {20.0, 60.0, 100.0})
        p.drawLine(QPointF(20, y), QPointF(260, y));
    for (double x : {20.0, 100.0, 180.0, 260.0})
        if (outerSides || (x > 20 && x < 260))
            p.drawLine(QPointF(x, 20), QPointF(x, 100));
}

int count(const QList<Rule>& rules, bool horizontal) {
    return int(
        std::count_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.horizontal == horizontal; }));
}

} // namespace

class TstTableRuling : public QObject {
    Q_OBJECT

private slots:
    void bordersAreFoundAndGlyphsAndFillsAreNot_data() {
        QTest::addColumn<bool>("shadedHeader");
        QTest::addColumn<bool>("grayInk");
        QTest::newRow("black borders on paper") << false << false;
        QTest::newRow("gray borders (Hancom's default for inner lines)") << false << true;
        QTest::newRow("borders across a shaded header row") << true << false;
    }

    void bordersAreFoundAndGlyphsAndFillsAreNot() {
        QFETCH(bool, shadedHeader);
        QFETCH(bool, grayInk);
        const QImage image = page([&](QPainter& p) {
            if (shadedHeader)
                p.fillRect(QRectF(20, 20, 240, 40), QColor(200, 200, 200));
            grid(p, true, grayInk ? QColor(128, 128, 128) : QColor(Qt::black));
            // A dark filled box (a black header band with white type) and a short stroke (a glyph's ㅡ).
            p.fillRect(QRectF(20, 130, 240, 20), Qt::black);
            p.setPen(QPen(Qt::black, 1.0));
            p.drawLine(QPointF(30, 170), QPointF(38, 170));
        });
        const QList<Rule> rules = rulesFromImage(image, kScale);
        QCOMPARE(count(rules, true), 3);
        QCOMPARE(count(rules, false), 4);
        for (const Rule& r : rules) {
            // Each line from end to end, none from the filled box (y 130-150) or the stroke (y 170).
            const QString where =
                QStringLiteral("%1 rule at %2 from %3 to %4")
                    .arg(r.horizontal ? QStringLiteral("horizontal") : QStringLiteral("vertical"))
                    .arg(r.at)
                    .arg(r.from)
                    .arg(r.to);
            if (r.horizontal)
                QVERIFY2(r.at < 101 && std::abs(r.from - 20) < 1.5 && std::abs(r.to - 260) < 1.5,
                         qPrintable(where));
            else
                QVERIFY2(std::abs(r.from - 20) < 1.5 && std::abs(r.to - 100) < 1.5, qPrintable(where));
        }
    }

    void cellOfAPoint_data() {
        QTest::addColumn<bool>("outerSides");
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QRectF>("cell");
        QTest::newRow("middle cell of the top row") << true << QPointF(140, 40) << QRectF(100, 20, 80, 40);
        QTest::newRow("first cell of the second row") << true << QPointF(30, 90) << QRectF(20, 60, 80, 40);
        QTest::newRow("outside the table") << true << QPointF(140, 150) << QRectF();
        QTest::newRow("no outer side border: the table's lines end it")
            << false << QPointF(30, 40) << QRectF(20, 20, 80, 40);
        QTest::newRow("no outer side border, last column")
            << false << QPointF(250, 80) << QRectF(180, 60, 80, 40);
    }

    void cellOfAPoint() {
        QFETCH(bool, outerSides);
        QFETCH(QPointF, point);
        QFETCH(QRectF, cell);
        const RuledCells cells(rulesFromImage(page([&](QPainter& p) { grid(p, outerSides); }), kScale));
        const QRectF got = cells.cellAt(point);
        if (cell.isNull()) {
            QVERIFY2(got.isNull(), qPrintable(QStringLiteral("%1,%2 %3×%4")
                                                  .arg(got.x())
                                                  .arg(got.y())
                                                  .arg(got.width())
                                                  .arg(got.height())));
            return;
        }
        QVERIFY(!got.isNull());
        QVERIFY(std::abs(got.left() - cell.left()) < 1.5 && std::abs(got.right() - cell.right()) < 1.5);
        QVERIFY(std::abs(got.top() - cell.top()) < 1.5 && std::abs(got.bottom() - cell.bottom()) < 1.5);
    }

    void linesOnlyAboveAndBelowMakeNoCells() {
        // Many reports rule a table only above and below: that says nothing about its columns.
        const RuledCells cells(rulesFromImage(page([](QPainter& p) {
                                                  p.setPen(QPen(Qt::black, 0.5));
                                                  p.drawLine(QPointF(20, 20), QPointF(260, 20));
                                                  p.drawLine(QPointF(20, 100), QPointF(260, 100));
                                              }),
                                              kScale));
        QVERIFY(cells.cellAt(QPointF(140, 60)).isNull());
    }

    void anUnderlineDoesNotCloseACell() {
        // A boxed note whose heading is underlined: the words under the underline are still in the box.
        const RuledCells cells(rulesFromImage(page([](QPainter& p) {
                                                  p.setPen(QPen(Qt::black, 0.5));
                                                  p.drawRect(QRectF(20, 20, 240, 120));
                                                  p.drawLine(QPointF(20, 40), QPointF(90, 40));
                                              }),
                                              kScale));
        const QRectF got = cells.cellAt(QPointF(50, 80));
        QVERIFY(!got.isNull());
        QVERIFY(std::abs(got.top() - 20) < 1.5);
    }

    void strokesThroughWordsAreLeftOut() {
        RuledCells cells(rulesFromImage(page([](QPainter& p) { grid(p); }), kScale));
        QVERIFY(!cells.cellAt(QPointF(140, 50)).isNull());
        // A word box that the rule at y = 60 runs through the middle of: that "rule" was a glyph's stroke.
        cells.leaveOutStrokesThrough({QRectF(105, 54, 40, 12)});
        const QRectF got = cells.cellAt(QPointF(140, 50));
        QVERIFY(!got.isNull());
        QVERIFY(std::abs(got.bottom() - 100) < 1.5);
    }

    void verticalsBetweenPartAWord() {
        const RuledCells cells(rulesFromImage(page([](QPainter& p) { grid(p); }), kScale));
        const QList<double> borders = cells.verticalsBetween(90, 110, 35, 45);
        QCOMPARE(borders.size(), 1);
        QVERIFY(std::abs(borders[0] - 100) < 1.5);
        QVERIFY(cells.verticalsBetween(90, 110, 110, 120).isEmpty());
    }
};

QTEST_MAIN(TstTableRuling)
#include "tst_tableruling.moc"
