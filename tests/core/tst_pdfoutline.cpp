#include "core/pdf/pdfdocument.h"
#include "core/pdf/pdfoutline.h"

#include <QDir>
#include <QTest>

using namespace pl;

/// A PDF's own bookmarks, for the reader's outline when the importer recognised no headings.
class TestPdfOutline : public QObject {
    Q_OBJECT

private slots:
    void bookmarksPointIntoTheDocument_data();
    void bookmarksPointIntoTheDocument();
};

void TestPdfOutline::bookmarksPointIntoTheDocument_data() {
    QTest::addColumn<QString>("file");
    const QDir samples(QStringLiteral(PL_SOURCE_DIR "/resources/samples"));
    for (const QString& name : samples.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << samples.filePath(name);
}

void TestPdfOutline::bookmarksPointIntoTheDocument() {
    QFETCH(QString, file);
    auto document = pdf::PdfDocument::open(file);
    QVERIFY(document);
    const QList<pdf::PdfOutlineEntry> outline = pdf::readOutline(**document);
    qInfo("%s: %d bookmarks", qPrintable(QFileInfo(file).fileName()), int(outline.size()));
    int previousLevel = -1;
    for (const pdf::PdfOutlineEntry& entry : outline) {
        QVERIFY(!entry.title.isEmpty());
        QVERIFY(entry.page >= 0 && entry.page <= (*document)->pageCount());
        QVERIFY(entry.level >= 0 && entry.level <= previousLevel + 1); // depth first: never skips a level
        previousLevel = entry.level;
    }
}

QTEST_GUILESS_MAIN(TestPdfOutline)
#include "tst_pdfoutline.moc"
