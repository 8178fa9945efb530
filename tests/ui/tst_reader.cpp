#include "ui/models/librarymodel.h"
#include "ui/models/outlinemodel.h"
#include "ui/models/thumbnailmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>

using namespace pl;

/// The reader as a user drives it: pages one under the other, zoom, thumbnails, outline, find, history.
class TestReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesFollowEachOther();
    void zoomFitsAndFollowsTheWheel();
    void thumbnailsOpenTheirPage();
    void outlineOpensHeadings();
    void findInDocumentHighlightsMatches();
    void backAndForwardRetraceTheWay();
    void factsAreMarkedAtTheirBoxes();
    void selectedAreaIsCopied();

private:
    qint64 docIdOf(const QString& fileName) const;
    ui::ReaderWidget* reader() const { return m_window->reader(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_plan = 0;  // 001: 32 pages with headings
    qint64 m_press = 0; // 002: 5 pages, no headings
    qint64 m_plain = 0; // written by the test: no bookmarks, no headings
};

void TestReader::initTestCase() {
    QVERIFY(m_dir.isValid());
    testing::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    m_window = testing::makeWindow(m_dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setFailureReporter([](const QList<import::ImportOutcome>& f) { QCOMPARE(f.size(), 0); });
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(testing::writeKoreanPdf(plain, QStringLiteral("메모"),
                                    {QStringLiteral("인공지능 메모 첫 쪽"), QStringLiteral("둘째 쪽")}));
    m_window->importPaths({QStringLiteral(PL_SAMPLES_DIR "/001-hyperscale-ai-plan-2023.pdf"),
                           QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf"), plain});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 120000);
    QCOMPARE(m_window->libraryModel()->rowCount(), 3);
    m_plan = docIdOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf"));
    m_press = docIdOf(QStringLiteral("002-foundation-model-press-2025.pdf"));
    m_plain = docIdOf(QStringLiteral("plain.pdf"));
    QVERIFY(m_plan != 0 && m_press != 0 && m_plain != 0);
}

void TestReader::cleanupTestCase() {
    m_window.reset();
}

qint64 TestReader::docIdOf(const QString& fileName) const {
    for (const store::DocumentRecord& doc : m_window->libraryModel()->documents()) {
        if (QFileInfo(doc.path).fileName() == fileName)
            return doc.id;
    }
    return 0;
}

void TestReader::pagesFollowEachOther() {
    reader()->openDocument(m_plan, 1);
    QCOMPARE(reader()->pageCount(), 32);
    QCOMPARE(reader()->findChildren<ui::PageView*>().size(), 32);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    // Far pages wait until they come near the screen.
    QVERIFY(!reader()->pageViewAt(30)->isActive());

    reader()->showPage(10);
    QCOMPARE(reader()->currentPage(), 10);
    QCOMPARE(reader()->pageView()->page(), 10);
    QVERIFY(reader()->pageViewAt(10)->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageViewAt(10)->isRendered(), 30000);
    auto* spin = m_window->findChild<QSpinBox*>(QStringLiteral("pageSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 10);

    // Scrolling by hand moves the current page along.
    auto* scroll = m_window->findChild<QScrollArea*>(QStringLiteral("pageScroll"));
    QVERIFY(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QCOMPARE(reader()->currentPage(), 32);
    QCOMPARE(spin->value(), 32);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageViewAt(32)->isRendered(), 30000);
}

void TestReader::zoomFitsAndFollowsTheWheel() {
    reader()->openDocument(m_plan, 2);
    auto* scroll = m_window->findChild<QScrollArea*>(QStringLiteral("pageScroll"));
    auto* fitWidth = reader()->findChild<QAction*>(QStringLiteral("fitWidthAction"));
    auto* fitPage = reader()->findChild<QAction*>(QStringLiteral("fitPageAction"));
    QVERIFY(scroll && fitWidth && fitPage);

    fitPage->trigger();
    QCOMPARE(reader()->zoomMode(), ui::ReaderWidget::ZoomMode::FitPage);
    QVERIFY(reader()->pageView()->height() <= scroll->viewport()->height());
    QVERIFY(reader()->pageView()->width() <= scroll->viewport()->width());

    fitWidth->trigger();
    QVERIFY(reader()->fitsWidth());
    const int slack = scroll->viewport()->width() - reader()->pageView()->width();
    QVERIFY2(slack >= 0 && slack <= 40, qPrintable(QString::number(slack)));
    QCOMPARE(reader()->currentPage(), 2); // zooming keeps the page in view

    const double before = reader()->zoom();
    const QPointF at = scroll->viewport()->rect().center();
    QWheelEvent wheel(at, scroll->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(scroll->viewport(), &wheel);
    QVERIFY(reader()->zoom() > before);
    QCOMPARE(reader()->zoomMode(), ui::ReaderWidget::ZoomMode::Custom);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    fitWidth->trigger();
}

void TestReader::thumbnailsOpenTheirPage() {
    reader()->openDocument(m_plan, 1);
    QAbstractItemModelTester tester(reader()->thumbnailModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* view = m_window->findChild<QListView*>(QStringLiteral("thumbnailView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 32);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(0, 0).data(ui::ThumbnailModel::RenderedRole).toBool(),
                             30000);
    const QModelIndex fifth = view->model()->index(4, 0);
    view->scrollTo(fifth);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(fifth).center());
    QCOMPARE(reader()->currentPage(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("reader-thumbnails")));
}

void TestReader::outlineOpensHeadings() {
    // A PDF with neither bookmarks nor recognisable headings says so.
    reader()->openDocument(m_plain, 1);
    auto* outlineStack = m_window->findChild<QStackedWidget*>(QStringLiteral("outlineStack"));
    QVERIFY(outlineStack);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    QCOMPARE(outlineStack->currentWidget()->objectName(), QStringLiteral("noOutlineLabel"));

    // The plan's own bookmarks (93) replace the 15 headings recognised at import once the PDF is open.
    reader()->openDocument(m_plan, 1);
    QAbstractItemModelTester tester(reader()->outlineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reader()->outlineModel()->entryCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->outlineModel()->entryCount() > 50, 30000);
    auto* sidebar = m_window->findChild<QTabWidget*>(QStringLiteral("readerSidebar"));
    QVERIFY(sidebar);
    sidebar->setCurrentWidget(outlineStack);
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("outlineView"));
    QVERIFY(view && view->isVisible());
    // The last top-level entry lies furthest into the document.
    const QModelIndex heading = view->model()->index(view->model()->rowCount() - 1, 0);
    const int page = heading.data(ui::OutlineModel::PageRole).toInt();
    QVERIFY(page > 1);
    view->scrollTo(heading);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(heading).center());
    QCOMPARE(reader()->currentPage(), page);
    // Entries that match a recognised heading highlight it on the page.
    int boxed = 0;
    const std::function<void(const QModelIndex&)> count = [&](const QModelIndex& parent) {
        for (int row = 0; row < view->model()->rowCount(parent); ++row) {
            const QModelIndex index = view->model()->index(row, 0, parent);
            boxed += index.data(ui::OutlineModel::BoxRole).toRectF().isNull() ? 0 : 1;
            count(index);
        }
    };
    count({});
    QVERIFY(boxed >= 10);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("reader-outline")));
    sidebar->setCurrentIndex(0);
}

void TestReader::findInDocumentHighlightsMatches() {
    reader()->openDocument(m_plan, 1);
    m_window->activateWindow();
    reader()->findChild<QAction*>(QStringLiteral("findInDocumentAction"))->trigger();
    auto* bar = m_window->findChild<QWidget*>(QStringLiteral("findBar"));
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QVERIFY(bar && edit);
    QVERIFY(bar->isVisible());
    QSignalSpy finished(reader(), &ui::ReaderWidget::findFinished);

    // A particle and a spacing variant, as library search understands them: 초거대AI = 초거대 AI.
    edit->setFocus();
    testing::typeWithInputMethod(edit, QStringLiteral("초거대 AI"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(reader()->findHitCount() > 1);
    QCOMPARE(reader()->findCurrent(), 0);
    const int firstPage = reader()->currentPage();
    QVERIFY(!reader()->pageView()->highlights().isEmpty());
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("findStatus"));
    QVERIFY(status && !status->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("reader-find")));

    QTest::keyClick(edit, Qt::Key_Return); // the same text again: the next page with matches
    QCOMPARE(reader()->findCurrent(), 1);
    QVERIFY(reader()->currentPage() > firstPage);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(reader()->findCurrent(), 0);
    QCOMPARE(reader()->currentPage(), firstPage);

    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestReader::backAndForwardRetraceTheWay() {
    reader()->openDocument(m_press, 2);
    reader()->openDocument(m_plan, 7);
    reader()->openDocument(m_plan, 12);
    QVERIFY(reader()->canGoBack());
    auto* back = reader()->findChild<QAction*>(QStringLiteral("backAction"));
    auto* forward = reader()->findChild<QAction*>(QStringLiteral("forwardAction"));
    QVERIFY(back && forward);
    QCOMPARE(back->shortcut(), QKeySequence(QKeySequence::Back));

    back->trigger();
    QCOMPARE(reader()->docId(), m_plan);
    QCOMPARE(reader()->currentPage(), 7);
    back->trigger();
    QCOMPARE(reader()->docId(), m_press);
    QCOMPARE(reader()->currentPage(), 2);
    QVERIFY(forward->isEnabled());
    forward->trigger();
    QCOMPARE(reader()->docId(), m_plan);
    QCOMPARE(reader()->currentPage(), 7);
    // Going somewhere new forgets the way forward.
    reader()->openDocument(m_plan, 3);
    QVERIFY(!reader()->canGoForward());
    QVERIFY(!forward->isEnabled());
}

void TestReader::factsAreMarkedAtTheirBoxes() {
    reader()->openDocument(m_plan, 1);
    reader()->setShowFacts(true);
    int marked = 0;
    for (const ui::PageView* view : reader()->findChildren<ui::PageView*>())
        marked += int(view->factBoxes().size());
    QVERIFY(marked > 10);
    // Find a page with an amount and show it.
    int page = 0;
    for (const ui::PageView* view : reader()->findChildren<ui::PageView*>()) {
        for (const store::Catalog::FactBox& fact : view->factBoxes()) {
            if (fact.kind == QLatin1String("money") && page == 0)
                page = view->page();
        }
    }
    QVERIFY(page > 0);
    reader()->showPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(reader()->pageView()->isRendered(), 30000);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("reader-facts")));
    reader()->setShowFacts(false);
    for (const ui::PageView* view : reader()->findChildren<ui::PageView*>())
        QVERIFY(view->factBoxes().isEmpty());
}

void TestReader::selectedAreaIsCopied() {
    reader()->openDocument(m_press, 1);
    ui::PageView* view = reader()->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isRendered(), 30000);
    // Drag across the upper half of the page, where the title and the first lines are.
    const QPoint from(view->width() / 10, view->height() / 10);
    const QPoint to(view->width() * 9 / 10, view->height() / 2);
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QVERIFY(!view->selection().isNull());
    QVERIFY(reader()->selectedText().contains(QStringLiteral("인공지능")));
    reader()->copySelection();
    QCOMPARE(QGuiApplication::clipboard()->text(), reader()->selectedText());
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
