#include "core/briefing/briefingstore.h"
#include "ui/briefing/briefingboard.h"
#include "ui/briefing/briefingitemmodel.h"
#include "ui/briefing/presentationwindow.h"
#include "ui/export/briefingrenderer.h"
#include "ui/facts/timelinefiltermodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/analyticviews.h"
#include "ui/views/timelineview.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPrinter>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <poppler-qt6.h>

using namespace pl;

/// The briefing board in the window: pinning a search hit, ordering by the model (as a drag does), the
/// empty states, opening an item's source, export through the seams, and the presentation's keys.
class TestBriefingBoard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyBoardExplainsHowToPin();
    void pinningASearchHitCreatesABriefing();
    void headingsNotesAndCommentsGoThroughTheSeams();
    void pinningFromTheReader();
    void reorderingByTheModelIsStored();
    void pinsFromTheAnalyticViews();
    void doubleClickOpensTheSource();
    void exportAndPrintUseTheRenderer();
    void presentationStepsThroughSlides_data();
    void presentationStepsThroughSlides();
    void escapeLeavesThePresentation();
    void briefingsCanBeRenamedAndDeleted();

private:
    QStringList storedTexts() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::BriefingBoard* m_board = nullptr;
    QList<std::optional<QString>> m_answers; ///< what the text asker answers, in turn
};

void TestBriefingBoard::initTestCase() {
    QVERIFY(m_dir.isValid());
    // As the application starts by default: in Korean, with the Korean font, so the pictures show that.
    auto* korean = new QTranslator(this);
    if (korean->load(QStringLiteral(PL_KOREAN_QM))) {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCoreApplication::installTranslator(korean);
    }
    if (QFontDatabase::families().contains(QStringLiteral("NanumGothic"))) {
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("NanumGothic")});
        QApplication::setFont(font);
    }
    testing::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    m_window = testing::makeWindow(m_dir.filePath(QStringLiteral("library.policylens")), {1440, 900});
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setFailureReporter([](const QList<import::ImportOutcome>& f) { QCOMPARE(f.size(), 0); });
    m_window->importPaths({QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 120000);
    m_board = m_window->findChild<ui::BriefingBoard*>(QStringLiteral("briefingBoard"));
    QVERIFY(m_board);
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("briefingDock")));
    m_board->setTextAsker(
        [this](const QString&, const QString&, const QString&, bool) -> std::optional<QString> {
            return m_answers.isEmpty() ? std::nullopt : m_answers.takeFirst();
        });
    m_board->setConfirmer([](const QString&) { return true; });
}

void TestBriefingBoard::cleanupTestCase() {
    m_window.reset();
}

QStringList TestBriefingBoard::storedTexts() const {
    // A second connection sees only what was committed.
    auto library = store::Library::open(m_window->libraryPath());
    if (!library)
        return {};
    QStringList out;
    for (const briefing::BriefingItem& item :
         briefing::BriefingStore(**library).items(m_board->currentBriefing()))
        out.append(item.text().left(12));
    return out;
}

void TestBriefingBoard::emptyBoardExplainsHowToPin() {
    auto* hint = m_board->findChild<QLabel*>(QStringLiteral("briefingHint"));
    auto* stack = m_board->findChild<QStackedWidget*>();
    QVERIFY(hint && stack);
    QCOMPARE(stack->currentWidget(), hint);
    QVERIFY(hint->text().contains(QStringLiteral("Ctrl+B")));
    QVERIFY(!m_board->findChild<QAction*>(QStringLiteral("exportBriefingPdfAction"))->isEnabled());
    QVERIFY(!m_board->findChild<QAction*>(QStringLiteral("presentBriefingAction"))->isEnabled());
    // The dock waits for the first pin; the View menu shows it.
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("briefingDock"));
    QVERIFY(!dock->isVisible());
    m_window->findChild<QAction*>(QStringLiteral("toggleBriefingDockAction"))->trigger();
    QTRY_VERIFY(dock->isVisible() && hint->isVisible());
    testing::saveScreenshot(m_window.get(), QStringLiteral("briefing-empty"));
}

void TestBriefingBoard::pinningASearchHitCreatesABriefing() {
    QAbstractItemModelTester tester(m_board->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_window.get(), &ui::MainWindow::searchFinished);
    m_window->search(QStringLiteral("파운데이션 모델"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1 && !m_window->isSearching(), 30000);
    QVERIFY(m_window->hitModel()->rowCount() > 0);
    // Ctrl+B in the hit list pins the current hit.
    auto* hits = m_window->findChild<QListView*>(QStringLiteral("hitsView"));
    hits->setFocus();
    hits->setCurrentIndex(m_window->hitModel()->index(0));
    QTRY_VERIFY(hits->hasFocus());
    QTest::keyClick(hits, Qt::Key_B, Qt::ControlModifier);
    QTRY_COMPARE(m_board->model()->rowCount(), 1);
    QCOMPARE(m_board->briefings().size(), 1);
    const QModelIndex first = m_board->model()->index(0);
    QCOMPARE(first.data(ui::BriefingItemModel::KindRole).toString(), QStringLiteral("search_hit"));
    const search::SearchHit* hit = m_window->hitModel()->hit(0);
    QCOMPARE(first.data(ui::BriefingItemModel::CitationRole).toString(),
             QStringLiteral("%1 p.%2").arg(hit->title).arg(hit->page));
    // The second hit by its row, as the context menu does.
    if (m_window->hitModel()->rowCount() > 1) {
        QVERIFY(m_window->pinHit(1));
        QCOMPARE(m_board->model()->rowCount(), 2);
    } else {
        QVERIFY(m_window->pinHit(0));
    }
    auto* stack = m_board->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), m_board->itemView());
}

void TestBriefingBoard::headingsNotesAndCommentsGoThroughTheSeams() {
    m_board->itemView()->clearSelection();
    m_board->itemView()->setCurrentIndex({});
    m_answers = {QStringLiteral("1. 사업 개요")};
    m_board->addHeading();
    m_answers = {QStringLiteral("예산 규모를 다시 확인할 것")};
    m_board->addNote();
    m_answers = {std::nullopt};
    m_board->addNote(); // cancelled: nothing added
    QCOMPARE(m_board->model()->rowCount(), 4);
    m_board->itemView()->setCurrentIndex(m_board->model()->index(0));
    m_answers = {QStringLiteral("  핵심 인용  ")};
    m_board->editComment();
    QCOMPARE(m_board->model()->index(0).data(ui::BriefingItemModel::CommentRole).toString(),
             QStringLiteral("핵심 인용"));
    QCOMPARE(storedTexts().size(), 4);
}

void TestBriefingBoard::pinningFromTheReader() {
    // An opened hit highlights its passage in the reader; Ctrl+B there pins that passage.
    QVERIFY(m_window->openHit(0));
    const search::SearchHit* hit = m_window->hitModel()->hit(0);
    QTRY_VERIFY(m_window->reader()->docId() == hit->docId && m_window->reader()->pageView() &&
                !m_window->reader()->pageView()->highlights().isEmpty());
    m_window->reader()->setFocus();
    auto* hits = m_window->findChild<QListView*>(QStringLiteral("hitsView"));
    QTRY_VERIFY(!hits->hasFocus());
    const int before = m_board->model()->rowCount();
    m_window->findChild<QAction*>(QStringLiteral("pinToBriefingAction"))->trigger();
    QCOMPARE(m_board->model()->rowCount(), before + 1);
    const briefing::BriefingItem* item = m_board->model()->item(m_board->itemView()->currentIndex().row());
    QVERIFY(item);
    QCOMPARE(item->kind, briefing::ItemKind::Passage);
    QCOMPARE(item->page(), hit->page);
    QVERIFY(!item->boxes().isEmpty());
    QVERIFY(!item->text().isEmpty());
    QCOMPARE(item->citation(), QStringLiteral("%1 p.%2").arg(hit->title).arg(hit->page));
}

void TestBriefingBoard::reorderingByTheModelIsStored() {
    QAbstractItemModelTester tester(m_board->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::BriefingItemModel* model = m_board->model();
    const QString heading = QStringLiteral("1. 사업 개요");
    const QList<briefing::BriefingItem> items = model->items();
    const int headingRow = int(
        std::find_if(items.begin(), items.end(),
                     [](const briefing::BriefingItem& i) { return i.kind == briefing::ItemKind::Heading; }) -
        items.begin());
    QVERIFY(headingRow > 0);
    // What a drop above the first card does: QListView calls moveRow with the row before which to insert.
    QVERIFY(model->moveRow({}, headingRow, {}, 0));
    QCOMPARE(model->index(0).data(ui::BriefingItemModel::TextRole).toString(), heading);
    QCOMPARE(storedTexts().first(), heading.left(12));
    // Moving onto itself is refused, and nothing changes.
    QVERIFY(!model->moveRow({}, 0, {}, 1));
    // To the end.
    QVERIFY(model->moveRow({}, 0, {}, model->rowCount()));
    QCOMPARE(model->index(model->rowCount() - 1).data(ui::BriefingItemModel::TextRole).toString(), heading);
    QCOMPARE(storedTexts().last(), heading.left(12));
    // And back with the keyboard's move.
    m_board->itemView()->setCurrentIndex(model->index(model->rowCount() - 1));
    for (int i = 0; i < model->rowCount(); ++i)
        m_board->moveSelected(-1);
    QCOMPARE(storedTexts().first(), heading.left(12));
    QStringList order;
    for (int row = 0; row < model->rowCount(); ++row)
        order.append(model->index(row).data(ui::BriefingItemModel::TextRole).toString().left(12));
    QCOMPARE(order, storedTexts());
    m_window->showBriefingBoard();
    QTRY_VERIFY(m_board->itemView()->isVisible());
    testing::saveScreenshot(m_window.get(), QStringLiteral("briefing-board"));
    testing::saveScreenshot(m_board, QStringLiteral("briefing-board-dock"));
}

void TestBriefingBoard::pinsFromTheAnalyticViews() {
    auto* views = m_window->findChild<ui::AnalyticViews*>(QStringLiteral("analyticViews"));
    QVERIFY(views);
    views->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!views->isLoading(), 60000);
    ui::BriefingItemModel* model = m_board->model();
    m_board->itemView()->setCurrentIndex({});
    m_board->itemView()->clearSelection();
    const int before = model->rowCount();
    auto trigger = [this](const char* name) {
        auto* action = m_window->findChild<QAction*>(QLatin1String(name));
        if (!action)
            return false;
        action->trigger();
        return true;
    };
    QVERIFY(trigger("pinTimelineRangeAction"));
    QVERIFY(trigger("pinBudgetChartAction"));
    QVERIFY(trigger("pinCountryMatrixAction"));
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("strategyTree"));
    QVERIFY(tree && tree->model()->rowCount() > 0);
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QVERIFY(trigger("pinStrategySubtreeAction"));
    // The fact last clicked on the timeline.
    auto* timeline = m_window->findChild<ui::TimelineView*>(QStringLiteral("timelineView"));
    QVERIFY(timeline && views->timelineFilter()->rowCount() > 0);
    emit timeline->eventActivated(0);
    QVERIFY(trigger("pinTimelineFactAction"));
    QCOMPARE(model->rowCount(), before + 5);
    const briefing::BriefingItem* fact = model->item(before + 4);
    QCOMPARE(fact->kind, briefing::ItemKind::Fact);
    QCOMPARE(fact->payload.value(QStringLiteral("fact_kind")).toString(), QStringLiteral("date"));
    QVERIFY(!fact->citation().isEmpty());
    QStringList kinds;
    for (int row = before; row < before + 4; ++row)
        kinds.append(model->index(row).data(ui::BriefingItemModel::KindRole).toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("timeline_range"), QStringLiteral("chart"),
                                 QStringLiteral("country_matrix"), QStringLiteral("strategy_subtree")}));
    const briefing::BriefingItem* range = model->item(before);
    QVERIFY(!range->payload.value(QStringLiteral("events")).toArray().isEmpty());
    const briefing::BriefingItem* subtree = model->item(before + 3);
    QVERIFY(subtree->payload.value(QStringLiteral("nodes")).toArray().size() >= 1);
}

void TestBriefingBoard::doubleClickOpensTheSource() {
    ui::BriefingItemModel* model = m_board->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r)->kind == briefing::ItemKind::SearchHit)
            row = r;
    QVERIFY(row >= 0);
    m_window->reader()->closeDocument();
    QSignalSpy requested(m_board, &ui::BriefingBoard::sourceRequested);
    m_window->showBriefingBoard();
    QTRY_VERIFY(m_board->itemView()->isVisible());
    m_board->itemView()->scrollTo(model->index(row));
    const QRect rect = m_board->itemView()->visualRect(model->index(row));
    // As a mouse does it: press and release, then the double click (QTest's alone lacks the first press).
    QTest::mouseClick(m_board->itemView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_board->itemView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).toInt(), model->item(row)->page());
    QTRY_VERIFY(m_window->reader()->docId() != 0);
    QCOMPARE(m_window->reader()->currentPage(), model->item(row)->page());
    // Headings quote nothing: no source to open.
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r)->kind == briefing::ItemKind::Heading)
            QVERIFY(!m_board->openItem(r));
}

void TestBriefingBoard::exportAndPrintUseTheRenderer() {
    QString asked;
    m_board->setSaveFileChooser(
        [this, &asked](QWidget*, const QString&, const QString& suggested, const QString&) {
            asked = suggested;
            return m_dir.filePath(suggested);
        });
    QVERIFY(m_board->exportPdf());
    QVERIFY(asked.endsWith(QStringLiteral(".pdf")));
    const QString pdf = m_dir.filePath(asked);
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    QVERIFY(doc);
    QVERIFY(doc->numPages() >= 1);
    QString text = doc->page(0)->text(QRectF());
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("1.사업개요")));
    // The views pinned earlier are drawn too, each under the name of its kind.
    QString all;
    for (int i = 0; i < doc->numPages(); ++i)
        all += doc->page(i)->text(QRectF());
    all.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    for (const auto kind :
         {briefing::ItemKind::TimelineRange, briefing::ItemKind::Chart, briefing::ItemKind::CountryMatrix,
          briefing::ItemKind::StrategySubtree, briefing::ItemKind::Fact})
        QVERIFY2(all.contains(ui::BriefingRenderer::kindLabel(kind).remove(QLatin1Char(' '))),
                 qPrintable(ui::BriefingRenderer::kindLabel(kind)));
    // The pages as pictures, for people to look at.
    QDir().mkpath(QStringLiteral(PL_SCREENSHOT_DIR));
    for (int i = 0; i < doc->numPages(); ++i) {
        const QImage page = doc->page(i)->renderToImage(110, 110);
        QVERIFY(!page.isNull());
        page.save(QStringLiteral(PL_SCREENSHOT_DIR "/briefing-pdf-page%1.png").arg(i + 1));
    }

    QVERIFY(m_board->exportHtml());
    QVERIFY(asked.endsWith(QStringLiteral(".html")));
    QVERIFY(QFileInfo(m_dir.filePath(asked)).size() > 0);

    // A cancelled file dialog writes nothing.
    m_board->setSaveFileChooser(
        [](QWidget*, const QString&, const QString&, const QString&) { return QString(); });
    QVERIFY(!m_board->exportPdf());

    // Printing goes through the printer seam, to a PDF printer here.
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    m_board->setPrinterChooser([printed](QWidget*, std::function<void(QPrinter*)> print) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        print(&printer);
    });
    m_board->print();
    QTRY_VERIFY(QFileInfo(printed).size() > 0);
    std::unique_ptr<Poppler::Document> printedDoc = Poppler::Document::load(printed);
    QVERIFY(printedDoc);
    QCOMPARE(printedDoc->numPages(), doc->numPages());
}

void TestBriefingBoard::presentationStepsThroughSlides_data() {
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expected");
    QTest::newRow("right") << QList<int>{Qt::Key_Right} << 1;
    QTest::newRow("space twice") << QList<int>{Qt::Key_Space, Qt::Key_Space} << 2;
    QTest::newRow("page down then page up") << QList<int>{Qt::Key_PageDown, Qt::Key_PageUp} << 0;
    QTest::newRow("left at the start stays") << QList<int>{Qt::Key_Left} << 0;
    QTest::newRow("end") << QList<int>{Qt::Key_End} << -1;
    QTest::newRow("end then right stays") << QList<int>{Qt::Key_End, Qt::Key_Right} << -1;
    QTest::newRow("end then home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
}

void TestBriefingBoard::presentationStepsThroughSlides() {
    QFETCH(QList<int>, keys);
    QFETCH(int, expected);
    QPointer<ui::PresentationWindow> window = m_board->present();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->slideCount(), m_board->model()->rowCount() + 1);
    QCOMPARE(window->currentSlide(), 0);
    for (int key : keys)
        QTest::keyClick(window, Qt::Key(key));
    QCOMPARE(window->currentSlide(), expected < 0 ? window->slideCount() - 1 : expected);
    if (QTest::currentDataTag() == QByteArray("right"))
        QVERIFY(window->grab().save(QStringLiteral(PL_SCREENSHOT_DIR "/briefing-slide.png")));
    if (QTest::currentDataTag() == QByteArray("space twice"))
        QVERIFY(window->grab().save(QStringLiteral(PL_SCREENSHOT_DIR "/briefing-slide-2.png")));
    window->close();
    QTRY_VERIFY(!window);
}

void TestBriefingBoard::escapeLeavesThePresentation() {
    // F5 in the window presents the briefing.
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QAction* present = m_board->findChild<QAction*>(QStringLiteral("presentBriefingAction"));
    QVERIFY(present && present->isEnabled());
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    present->trigger();
    QPointer<ui::PresentationWindow> window = m_board->findChild<ui::PresentationWindow*>();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!window);
}

void TestBriefingBoard::briefingsCanBeRenamedAndDeleted() {
    const qint64 first = m_board->currentBriefing();
    m_answers = {QStringLiteral("국회 보고")};
    m_board->newBriefing();
    QCOMPARE(m_board->briefings().size(), 2);
    QVERIFY(m_board->currentBriefing() != first);
    QCOMPARE(m_board->model()->rowCount(), 0);
    m_answers = {QStringLiteral("국회 업무 보고")};
    m_board->renameBriefing();
    QCOMPARE(m_board->briefings().last().name, QStringLiteral("국회 업무 보고"));
    m_board->deleteBriefing();
    QCOMPARE(m_board->briefings().size(), 1);
    QCOMPARE(m_board->currentBriefing(), first);
    QVERIFY(m_board->model()->rowCount() > 0);
}

QTEST_MAIN(TestBriefingBoard)
#include "tst_briefingboard.moc"
