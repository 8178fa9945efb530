#include "core/store/library.h"
#include "ui/charts/budgetchart.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/budgetsummarymodel.h"
#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/exchangeratetable.h"
#include "ui/facts/factselection.h"
#include "ui/facts/strategytreemodel.h"
#include "ui/facts/timelinefiltermodel.h"
#include "ui/facts/timelinemodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/analyticviews.h"
#include "ui/views/budgetpane.h"
#include "ui/views/countrymatrixpane.h"
#include "ui/views/mainwindow.h"
#include "ui/views/strategydiagram.h"
#include "ui/views/strategytreepane.h"
#include "ui/views/timelinepane.h"
#include "ui/views/timelineview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>
#include <QWheelEvent>
#include <QXmlStreamReader>

using namespace pl;

/// The linked analytic views on the sample library: a strategy node narrows the timeline and the budget and
/// shows its passage; a timeline event, a bar and a matrix cell open their source in the reader. Saves a
/// screenshot of each view.
class TestAnalyticViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsFollowTheLibrary();
    void strategyNodeNarrowsAndTimelineEventOpensSource();
    void budgetBarOpensSource();
    void budgetChartSumsPublicMoneyByDefault();
    void matrixCellNarrowsToCountry();
    void exports();
    void timelineZoomsAndPans();
    void exchangeRatesAreEditable();
    void screenshots();
    void emptyLibraryExplainsItself();

private:
    QModelIndex findNode(const QModelIndex& parent, const QString& level) const;
    QString screenshotPath(const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AnalyticViews* m_views = nullptr;
    qint64 m_planId = 0; // 001, the plan with a strategy tree
};

void TestAnalyticViews::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // As the application starts by default: in Korean, with the Korean font.
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
    QVERIFY(m_dir.isValid());
    auto library = store::Library::open(m_dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(library);
    m_window = std::make_unique<ui::MainWindow>(std::move(*library));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_views = m_window->findChild<ui::AnalyticViews*>(QStringLiteral("analyticViews"));
    QVERIFY(m_views);

    QSignalSpy imported(m_window.get(), &ui::MainWindow::importFinished);
    m_window->importPaths({QStringLiteral(PL_SAMPLES_DIR)});
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(m_views->strategyModel()->rowCount(), 4, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_views->isLoading(), 60000);
    for (int r = 0; r < m_views->strategyModel()->rowCount(); ++r) {
        const QModelIndex doc = m_views->strategyModel()->index(r, 0);
        if (m_views->strategyModel()->rowCount(doc) > 0)
            m_planId = doc.data(ui::FactRole::DocId).toLongLong();
    }
    QVERIFY(m_planId != 0);
}

void TestAnalyticViews::cleanupTestCase() {
    m_window.reset();
}

QString TestAnalyticViews::screenshotPath(const QString& name) const {
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

QModelIndex TestAnalyticViews::findNode(const QModelIndex& parent, const QString& level) const {
    const QAbstractItemModel* model = m_views->strategyModel();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex child = model->index(r, 0, parent);
        if (child.data(ui::StrategyTreeModel::LevelRole).toString() == level)
            return child;
        if (const QModelIndex deeper = findNode(child, level); deeper.isValid())
            return deeper;
    }
    return {};
}

void TestAnalyticViews::modelsFollowTheLibrary() {
    QAbstractItemModelTester timeline(m_views->timelineModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester strategy(m_views->strategyModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester summary(m_views->budgetSummary(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester countries(m_views->countryModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_views->timelineModel()->rowCount() > 100);
    QVERIFY(m_views->budgetSummary()->rowCount() > 0);
    QVERIFY(m_views->countryModel()->availableCountries().contains(QStringLiteral("US")));
    // Reading again gives the same (and the testers watch the resets).
    const int events = m_views->timelineModel()->rowCount();
    QSignalSpy loaded(m_views, &ui::AnalyticViews::loaded);
    m_views->reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QCOMPARE(m_views->timelineModel()->rowCount(), events);

    // A library whose facts were never read (imported before facts, or by an older extractor) gets them.
    {
        auto other = store::Library::open(m_dir.filePath(QStringLiteral("library.policylens")));
        QVERIFY(other);
        QVERIFY((*other)->exec("UPDATE documents SET facts_version = 0"));
        QVERIFY(!(*other)->facts(m_planId).value().has_value());
    }
    m_views->reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 60000);
    QCOMPARE(m_views->timelineModel()->rowCount(), events);
    auto again = store::Library::open(m_dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(again);
    // The views read them in memory and write nothing; the window's writer stores them when it opens the
    // library.
    QVERIFY(!(*again)->facts(m_planId).value().has_value());
    QSignalSpy written(m_window.get(), &ui::MainWindow::writesFinished);
    QVERIFY(m_window->openLibrary(m_dir.filePath(QStringLiteral("library.policylens"))));
    QTRY_VERIFY_WITH_TIMEOUT(written.size() >= 1, 60000);
    QVERIFY((*again)->facts(m_planId).value().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 60000);
    QCOMPARE(m_views->timelineModel()->rowCount(), events);
}

void TestAnalyticViews::strategyNodeNarrowsAndTimelineEventOpensSource() {
    ui::StrategyTreePane* pane = m_views->strategyPane();
    m_window->findChild<QDockWidget*>(QStringLiteral("strategyDock"))->raise();
    QVERIFY(pane->showDocument(m_planId));
    pane->showDiagram(false);
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("strategyTree"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->isVisible());

    // Click the first strategy (below the vision).
    const QModelIndex strategy =
        findNode(m_views->strategyModel()->documentIndex(m_planId), QStringLiteral("strategy"));
    QVERIFY(strategy.isValid());
    tree->scrollTo(strategy);
    const QRect rect = tree->visualRect(strategy);
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());

    const int first = strategy.data(ui::StrategyTreeModel::FirstPageRole).toInt();
    const int last = strategy.data(ui::StrategyTreeModel::LastPageRole).toInt();
    ui::FactSelection* selection = m_views->selection();
    QCOMPARE(selection->docId(), m_planId);
    QCOMPARE(selection->firstPage(), first);
    QCOMPARE(selection->lastPage(), last);
    ui::ReaderWidget* reader = m_window->reader();
    QTRY_COMPARE(reader->docId(), m_planId);
    QTRY_COMPARE(reader->currentPage(), strategy.data(ui::FactRole::Page).toInt());
    QCOMPARE(reader->pageView()->highlights(), QList<QRectF>{strategy.data(ui::FactRole::Box).toRectF()});

    // The timeline narrowed to the node's pages.
    ui::TimelineFilterModel* events = m_views->timelineFilter();
    QVERIFY(events->rowCount() > 0);
    QVERIFY(events->rowCount() < m_views->timelineModel()->rowCount());
    for (int r = 0; r < events->rowCount(); ++r) {
        const QModelIndex e = events->index(r, 0);
        QCOMPARE(e.data(ui::FactRole::DocId).toLongLong(), m_planId);
        QVERIFY(e.data(ui::FactRole::Page).toInt() >= first && e.data(ui::FactRole::Page).toInt() <= last);
    }
    // So did the budget's amounts.
    const QAbstractItemModel* budgetRows = m_views->budgetPane()->table()->model();
    for (int r = 0; r < budgetRows->rowCount(); ++r)
        QCOMPARE(budgetRows->index(r, 0).data(ui::FactRole::DocId).toLongLong(), m_planId);

    // Click an event on the timeline: the reader opens its page with its box highlighted.
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("timelineDock"));
    dock->raise();
    auto* view = m_window->findChild<ui::TimelineView*>(QStringLiteral("timelineView"));
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    view->grab(); // lays the events out
    int row = -1;
    QRectF where;
    for (int r = events->rowCount() - 1; r >= 0 && row < 0; --r) {
        where = view->eventRect(r);
        if (!where.isEmpty() && events->index(r, 0).data(ui::FactRole::Page).toInt() != reader->currentPage())
            row = r;
    }
    if (row < 0) // every event on the node's first page: any drawn one will do
        for (int r = 0; r < events->rowCount() && row < 0; ++r)
            if (!(where = view->eventRect(r)).isEmpty())
                row = r;
    QVERIFY(row >= 0);
    const QModelIndex event = events->index(row, 0);
    QTest::mouseClick(view, Qt::LeftButton, {}, where.center().toPoint());
    QTRY_COMPARE(reader->currentPage(), event.data(ui::FactRole::Page).toInt());
    QCOMPARE(reader->docId(), m_planId);
    QCOMPARE(reader->pageView()->highlights(), QList<QRectF>{event.data(ui::FactRole::Box).toRectF()});
    QTRY_VERIFY_WITH_TIMEOUT(reader->pageView()->isRendered(), 30000);
    QVERIFY(m_window->grab().save(screenshotPath(QStringLiteral("linked-strategy-timeline-reader.png"))));

    selection->clear();
    // Unselected, the timeline shows every policy event and schedule, and no citation.
    const QAbstractItemModel* all = m_views->timelineModel();
    int shown = 0;
    for (int r = 0; r < all->rowCount(); ++r) {
        const QString kind = all->index(r, 0).data(ui::TimelineModel::FactKindRole).toString();
        shown += kind.isEmpty() || kind == QStringLiteral("policy_event") || kind == QStringLiteral("schedule");
    }
    QVERIFY(shown > 0 && shown < all->rowCount());
    QCOMPARE(events->rowCount(), shown);
    for (int r = 0; r < events->rowCount(); ++r)
        QVERIFY(events->index(r, 0).data(ui::TimelineModel::FactKindRole).toString() != QStringLiteral("citation"));
}

void TestAnalyticViews::budgetBarOpensSource() {
    m_window->findChild<QDockWidget*>(QStringLiteral("budgetDock"))->raise();
    ui::BudgetPane* pane = m_views->budgetPane();
    QTRY_VERIFY(pane->isVisible());
    auto* chart = m_window->findChild<ui::BudgetChart*>(QStringLiteral("budgetChart"));
    QVERIFY(chart);
    QCOMPARE(chart->barCount(), m_views->budgetSummary()->rowCount());
    QCOMPARE(chart->segmentCount(), m_views->budgetSummary()->columnCount());
    // The tallest segment of the first bar that has one.
    int row = -1, column = -1;
    double best = 0;
    for (int r = 0; r < m_views->budgetSummary()->rowCount(); ++r)
        for (int c = 0; c < m_views->budgetSummary()->columnCount(); ++c) {
            const double v =
                m_views->budgetSummary()->index(r, c).data(ui::BudgetSummaryModel::ValueRole).toDouble();
            if (v > best) {
                best = v;
                row = r;
                column = c;
            }
        }
    QVERIFY(row >= 0);
    QSignalSpy clicked(chart, &ui::BudgetChart::segmentClicked);
    const QRectF segment = chart->segmentRect(row, column);
    QVERIFY(!segment.isEmpty());
    QWidget* viewport = chart->findChild<QWidget*>(QStringLiteral("budgetChartView"));
    QVERIFY(viewport);
    auto* chartView = qobject_cast<QAbstractScrollArea*>(viewport);
    QVERIFY(chartView);
    const QPoint at = chartView->viewport()->mapFrom(chart, segment.center().toPoint());
    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(clicked.size(), 1);
    QCOMPARE(clicked.constFirst().at(0).toInt(), row);
    QCOMPARE(clicked.constFirst().at(1).toInt(), column);
    // The amounts behind the bar are selected; the largest one is in the reader.
    const QModelIndexList selected = pane->table()->selectionModel()->selectedRows();
    QVERIFY(!selected.isEmpty());
    ui::ReaderWidget* reader = m_window->reader();
    bool shown = false;
    for (const QModelIndex& index : selected)
        shown = shown || (index.data(ui::FactRole::DocId).toLongLong() == reader->docId() &&
                          index.data(ui::FactRole::Page).toInt() == reader->currentPage());
    QVERIFY(shown);
    QCOMPARE(reader->pageView()->highlights().size(), 1);
}

void TestAnalyticViews::budgetChartSumsPublicMoneyByDefault() {
    ui::BudgetSummaryModel* summary = m_views->budgetSummary();
    const auto total = [summary]() {
        double sum = 0;
        for (int r = 0; r < summary->rowCount(); ++r)
            for (int c = 0; c < summary->columnCount(); ++c)
                sum += summary->index(r, c).data(ui::BudgetSummaryModel::ValueRole).toDouble();
        return sum;
    };
    QCOMPARE(summary->kinds(), QStringList{QStringLiteral("budget")});
    const double budgets = total();
    QVERIFY(budgets > 0);
    // The samples print market forecasts (trillions of dollars) besides the plans' budgets: the default chart
    // must not add them, and every kind is one choice away.
    auto* kinds = m_window->findChild<QComboBox*>(QStringLiteral("budgetKinds"));
    QVERIFY(kinds);
    kinds->setCurrentIndex(kinds->findData(QStringList{QStringLiteral("market")}));
    QCOMPARE(summary->kinds(), QStringList{QStringLiteral("market")});
    QVERIFY(total() > 0);
    kinds->setCurrentIndex(kinds->findData(QStringList{}));
    QVERIFY(summary->kinds().isEmpty());
    QVERIFY(total() > budgets);
    kinds->setCurrentIndex(0);
    QCOMPARE(total(), budgets);
    // Every row of the table names its kind.
    const QAbstractItemModel* items = m_views->budgetPane()->table()->model();
    for (int r = 0; r < items->rowCount(); ++r)
        QVERIFY(!items->index(r, ui::BudgetModel::KindColumn).data().toString().isEmpty());
}

void TestAnalyticViews::matrixCellNarrowsToCountry() {
    m_window->findChild<QDockWidget*>(QStringLiteral("countryDock"))->raise();
    auto* matrix = m_window->findChild<QTableView*>(QStringLiteral("countryMatrix"));
    QVERIFY(matrix);
    QTRY_VERIFY(matrix->isVisible());
    QTRY_VERIFY(matrix->model()->rowCount() > 0);
    QModelIndex cell;
    for (int r = 0; r < matrix->model()->rowCount() && !cell.isValid(); ++r)
        for (int c = 0; c < int(ui::CountryMatrixModel::Theme::Count) && !cell.isValid(); ++c)
            if (matrix->model()->index(r, c).data(ui::CountryMatrixModel::QuoteCountRole).toInt() > 0)
                cell = matrix->model()->index(r, c);
    QVERIFY(cell.isValid());
    matrix->scrollTo(cell);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
    const QString country = cell.data(ui::CountryMatrixModel::CountryCodeRole).toString();
    QCOMPARE(m_views->selection()->country(), country);
    ui::ReaderWidget* reader = m_window->reader();
    QTRY_COMPARE(reader->currentPage(), cell.data(ui::FactRole::Page).toInt());
    QCOMPARE(reader->docId(), cell.data(ui::FactRole::DocId).toLongLong());
    // The timeline keeps only that country's events.
    for (int r = 0; r < m_views->timelineFilter()->rowCount(); ++r)
        QCOMPARE(m_views->timelineFilter()->index(r, 0).data(ui::FactRole::Country).toString(), country);
    m_views->selection()->clear();
}

void TestAnalyticViews::exports() {
    QTemporaryDir out;
    QStringList asked;
    auto chooser = [&](QWidget*, const QString&, const QString& suggested, const QString&) {
        asked << suggested;
        return out.filePath(suggested);
    };
    m_views->strategyPane()->setSaveFileChooser(chooser);
    m_views->budgetPane()->setSaveFileChooser(chooser);
    m_views->countryPane()->setSaveFileChooser(chooser);
    m_views->strategyPane()->showDocument(m_planId);
    m_views->strategyPane()->showDiagram(true);
    for (const char* name : {"strategyExportPng", "strategyExportSvg", "budgetExportCsv", "countryExportCsv",
                             "countryExportHtml"}) {
        auto* button = m_window->findChild<QToolButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        button->click();
    }
    QCOMPARE(asked.size(), 5);
    // A box of the diagram is a node like any other: it narrows the selection and shows its passage.
    ui::StrategyDiagram* diagram = m_views->strategyPane()->diagram();
    QTRY_VERIFY(diagram->isVisible());
    const QModelIndex node = diagram->nodeIndex(diagram->nodeCount() - 1);
    QTest::mouseClick(diagram, Qt::LeftButton, {},
                      diagram->nodeRect(diagram->nodeCount() - 1).center().toPoint());
    QCOMPARE(m_views->selection()->docId(), m_planId);
    QCOMPARE(m_views->selection()->firstPage(), node.data(ui::StrategyTreeModel::FirstPageRole).toInt());
    QTRY_COMPARE(m_window->reader()->currentPage(), node.data(ui::FactRole::Page).toInt());
    m_views->selection()->clear();
    const QImage png(out.filePath(QStringLiteral("strategy.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 400);
    QFile svg(out.filePath(QStringLiteral("strategy.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svg.readAll());
    QVERIFY(svgText.startsWith(QStringLiteral("<?xml")));
    QCOMPARE(svgText.count(QStringLiteral("<g>")), m_views->strategyPane()->diagram()->nodeCount());
    QVERIFY(svgText.contains(QStringLiteral("초거대")));
    QXmlStreamReader xml(svgText);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // well-formed, whatever the titles hold
    QFile csv(out.filePath(QStringLiteral("budget.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().count('\n') > 10);
    QFile html(out.filePath(QStringLiteral("countries.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<cite>"));
    m_views->strategyPane()->showDiagram(false);
}

void TestAnalyticViews::timelineZoomsAndPans() {
    m_window->findChild<QDockWidget*>(QStringLiteral("timelineDock"))->raise();
    auto* view = m_window->findChild<ui::TimelineView*>(QStringLiteral("timelineView"));
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    view->fitAll();
    const double span = view->visibleTo() - view->visibleFrom();
    const QPointF centre(view->width() * 0.6, view->height() / 2.0);
    QWheelEvent zoomIn(centre, view->mapToGlobal(centre), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view, &zoomIn);
    QVERIFY(view->visibleTo() - view->visibleFrom() < span * 0.7);
    const double from = view->visibleFrom();
    // Dragging right moves the view back in time.
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(500, 5));
    QTest::mouseMove(view, QPoint(520, 5));
    QTest::mouseMove(view, QPoint(700, 5));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(700, 5));
    QVERIFY(view->visibleFrom() < from);
    // The keyboard zooms and pans too.
    const double before = view->visibleTo() - view->visibleFrom();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->visibleTo() - view->visibleFrom() < before);
    const double left = view->visibleFrom();
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->visibleFrom() > left);
    // Hovering an event shows the sentence it was read in.
    view->fitAll();
    view->grab();
    int shown = -1;
    QRectF at;
    for (int r = 0; r < m_views->timelineFilter()->rowCount() && shown < 0; ++r)
        if (!(at = view->eventRect(r)).isEmpty() &&
            !m_views->timelineFilter()->index(r, 0).data(ui::FactRole::Sentence).toString().isEmpty())
            shown = r;
    QVERIFY(shown >= 0);
    QHelpEvent help(QEvent::ToolTip, at.center().toPoint(), view->mapToGlobal(at.center().toPoint()));
    QCoreApplication::sendEvent(view, &help);
    const QString sentence =
        m_views->timelineFilter()->index(shown, 0).data(ui::FactRole::Sentence).toString();
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(sentence.left(20).toHtmlEscaped()), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    // Double-clicking where no event is fits again.
    QTest::mouseDClick(view, Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(qAbs(view->visibleTo() - view->visibleFrom() - span) < 1e-6);
    // The filters narrow what is drawn.
    auto* points = m_window->findChild<QCheckBox*>(QStringLiteral("timelinePoints"));
    QVERIFY(points);
    const int all = m_views->timelineFilter()->rowCount();
    points->click();
    QVERIFY(m_views->timelineFilter()->rowCount() < all);
    for (int r = 0; r < m_views->timelineFilter()->rowCount(); ++r)
        QCOMPARE(m_views->timelineFilter()->index(r, 0).data(ui::TimelineModel::KindRole).toInt(),
                 int(ui::TimelineEvent::Kind::Period));
    points->click();
    QCOMPARE(m_views->timelineFilter()->rowCount(), all);
    auto* lanes = m_window->findChild<QComboBox*>(QStringLiteral("timelineLanes"));
    QVERIFY(lanes);
    lanes->setCurrentIndex(1);
    QCOMPARE(view->lanes(), ui::TimelineView::Lanes::Country);
    QVERIFY(view->laneNames().contains(ui::CountryMatrixModel::countryName(QStringLiteral("US"))));
    lanes->setCurrentIndex(0);
}

void TestAnalyticViews::exchangeRatesAreEditable() {
    m_window->findChild<QDockWidget*>(QStringLiteral("budgetDock"))->raise();
    auto* button = m_window->findChild<QToolButton*>(QStringLiteral("budgetRates"));
    QVERIFY(button);
    button->click();
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("ratesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("ratesTable"));
    QVERIFY(table);
    QAbstractItemModel* rates = table->model();
    QVERIFY(rates->rowCount() >= 5);
    QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("exchange-rates.png"))));
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("budgetCurrency"));
    combo->setCurrentIndex(1); // in USD
    QCOMPARE(m_views->budgetSummary()->unitLabel(), m_views->budgetSummary()->tr("million USD"));
    auto total = [this]() {
        double sum = 0;
        for (int r = 0; r < m_views->budgetSummary()->rowCount(); ++r)
            for (int c = 0; c < m_views->budgetSummary()->columnCount(); ++c)
                sum +=
                    m_views->budgetSummary()->index(r, c).data(ui::BudgetSummaryModel::ValueRole).toDouble();
        return sum;
    };
    const double before = total();
    // Doubling every year's won per dollar halves what won amounts are worth in dollars.
    for (int r = 0; r < rates->rowCount(); ++r) {
        const QModelIndex usd = rates->index(r, 1);
        QVERIFY(table->model()->setData(usd, usd.data(Qt::EditRole).toDouble() * 2));
    }
    QVERIFY(total() < before);
    m_views->exchangeRates()->restoreDefaults();
    QVERIFY(qAbs(total() - before) < 1e-6 * before);
    combo->setCurrentIndex(0);
    dialog->close();
}

void TestAnalyticViews::emptyLibraryExplainsItself() {
    QTemporaryDir dir;
    auto library = store::Library::open(dir.filePath(QStringLiteral("empty.policylens")));
    QVERIFY(library);
    ui::MainWindow window(std::move(*library));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* views = window.findChild<ui::AnalyticViews*>(QStringLiteral("analyticViews"));
    QVERIFY(views);
    QTRY_VERIFY_WITH_TIMEOUT(!views->isLoading(), 30000);
    QCOMPARE(views->timelineModel()->rowCount(), 0);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("strategyEmpty"))->isVisible());
    window.findChild<QDockWidget*>(QStringLiteral("budgetDock"))->raise();
    QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("budgetChartEmpty"))->isVisible());
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("budgetDock"))
                ->grab()
                .save(screenshotPath(QStringLiteral("empty-budget.png"))));
    window.findChild<QDockWidget*>(QStringLiteral("countryDock"))->raise();
    QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("countryEmpty"))->isVisible());
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("countryDock"))
                ->grab()
                .save(screenshotPath(QStringLiteral("empty-countries.png"))));
    window.findChild<QDockWidget*>(QStringLiteral("timelineDock"))->raise();
    QVERIFY(window.grab().save(screenshotPath(QStringLiteral("empty-library.png"))));
}

void TestAnalyticViews::screenshots() {
    struct Shot {
        const char* dock;
        const char* file;
    };
    // Each view on its own, floated to a readable size.
    for (const Shot& shot : {Shot{"timelineDock", "timeline.png"}, Shot{"strategyDock", "strategy-tree.png"},
                             Shot{"budgetDock", "budget.png"}, Shot{"countryDock", "countries.png"}}) {
        auto* dock = m_window->findChild<QDockWidget*>(QString::fromLatin1(shot.dock));
        QVERIFY(dock);
        dock->setFloating(true);
        dock->resize(1500, 620);
        dock->show();
        dock->raise();
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        QCoreApplication::processEvents();
        QVERIFY(dock->grab().save(screenshotPath(QString::fromLatin1(shot.file))));
        if (qstrcmp(shot.dock, "timelineDock") == 0) {
            auto* lanes = dock->findChild<QComboBox*>(QStringLiteral("timelineLanes"));
            lanes->setCurrentIndex(1);
            QVERIFY(dock->grab().save(screenshotPath(QStringLiteral("timeline-by-country.png"))));
            lanes->setCurrentIndex(0);
        }
        if (qstrcmp(shot.dock, "budgetDock") == 0) {
            auto* groupBy = dock->findChild<QComboBox*>(QStringLiteral("budgetGroupBy"));
            groupBy->setCurrentIndex(groupBy->findData(int(ui::BudgetSummaryModel::GroupBy::Country)));
            QVERIFY(dock->grab().save(screenshotPath(QStringLiteral("budget-by-country.png"))));
            groupBy->setCurrentIndex(0);
        }
        if (qstrcmp(shot.dock, "strategyDock") == 0) {
            m_views->strategyPane()->setComparing(true);
            QVERIFY(dock->grab().save(screenshotPath(QStringLiteral("strategy-compare.png"))));
            m_views->strategyPane()->setComparing(false);
            m_views->strategyPane()->showDiagram(true);
            QVERIFY(dock->grab().save(screenshotPath(QStringLiteral("strategy-diagram.png"))));
            m_views->strategyPane()->showDiagram(false);
        }
        dock->setFloating(false);
    }
    QVERIFY(m_window->grab().save(screenshotPath(QStringLiteral("main-window-analytics.png"))));
}

QTEST_MAIN(TestAnalyticViews)
#include "tst_analyticviews.moc"
