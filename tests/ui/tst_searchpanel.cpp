#include "ui/models/librarymodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/readerwidget.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>

using namespace pl;

/// The search panel: search as you type, hits grouped by document, keyboard navigation, filters.
class TestSearchPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hitsAreGroupedByDocument();
    void keyboardMovesThroughHits();
    void filtersNarrowTheSearch();

private:
    void typeQuery(const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QLineEdit* m_edit = nullptr;
    QListView* m_hits = nullptr;
};

void TestSearchPanel::initTestCase() {
    QVERIFY(m_dir.isValid());
    testing::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    m_window = testing::makeWindow(m_dir.filePath(QStringLiteral("library.policylens")), {1440, 900});
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setFailureReporter([](const QList<import::ImportOutcome>& f) { QCOMPARE(f.size(), 0); });
    m_window->importPaths({QStringLiteral(PL_SAMPLES_DIR "/001-hyperscale-ai-plan-2023.pdf"),
                           QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 120000);
    QCOMPARE(m_window->libraryModel()->rowCount(), 2);
    m_edit = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    m_hits = m_window->findChild<QListView*>(QStringLiteral("hitsView"));
    QVERIFY(m_edit && m_hits);
}

void TestSearchPanel::cleanupTestCase() {
    m_window.reset();
}

void TestSearchPanel::typeQuery(const QString& text) {
    QSignalSpy finished(m_window.get(), &ui::MainWindow::searchFinished);
    m_edit->clear();
    QTRY_VERIFY(!m_window->isSearching());
    finished.clear();
    m_edit->setFocus();
    testing::typeWithInputMethod(m_edit, text);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1 && !m_window->isSearching(), 30000);
}

void TestSearchPanel::hitsAreGroupedByDocument() {
    QAbstractItemModelTester tester(m_window->hitModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeQuery(QStringLiteral("인공지능"));
    const ui::SearchHitModel* model = m_window->hitModel();
    QVERIFY(model->rowCount() > 2);
    QCOMPARE(model->documentCount(), 2);
    // Each document's hits are together, under one heading.
    QSet<qint64> seen;
    int headings = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const qint64 doc = index.data(ui::SearchHitModel::DocIdRole).toLongLong();
        if (index.data(ui::SearchHitModel::GroupStartRole).toBool()) {
            ++headings;
            QVERIFY(!seen.contains(doc));
            seen.insert(doc);
        } else {
            QCOMPARE(doc, model->index(row - 1).data(ui::SearchHitModel::DocIdRole).toLongLong());
        }
        QVERIFY(index.data(ui::SearchHitModel::ScoreRole).toDouble() > 0);
        QVERIFY(index.data(ui::SearchHitModel::PageRole).toInt() >= 1);
    }
    QCOMPARE(headings, 2);
    auto* summary = m_window->findChild<QLabel*>(QStringLiteral("hitsSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("인공지능")));
    m_window->openHit(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->reader()->pageView() && m_window->reader()->pageView()->isRendered(),
                             30000);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("search-results")));
}

void TestSearchPanel::keyboardMovesThroughHits() {
    typeQuery(QStringLiteral("인공지능"));
    const ui::SearchHitModel* model = m_window->hitModel();
    m_edit->setFocus();
    QTest::keyClick(m_edit, Qt::Key_Down);
    QVERIFY(m_hits->hasFocus());
    QCOMPARE(m_hits->currentIndex().row(), 0);
    QCOMPARE(m_window->reader()->docId(), model->index(0).data(ui::SearchHitModel::DocIdRole).toLongLong());
    QCOMPARE(m_window->reader()->currentPage(), model->index(0).data(ui::SearchHitModel::PageRole).toInt());

    QTest::keyClick(m_hits, Qt::Key_Down);
    QCOMPARE(m_hits->currentIndex().row(), 1);
    QCOMPARE(m_window->reader()->currentPage(), model->index(1).data(ui::SearchHitModel::PageRole).toInt());

    // Ctrl+Down jumps to the next document's hits.
    QTest::keyClick(m_hits, Qt::Key_Down, Qt::ControlModifier);
    const int second = model->nextGroupRow(0);
    QCOMPARE(m_hits->currentIndex().row(), second);
    QCOMPARE(m_window->reader()->docId(),
             model->index(second).data(ui::SearchHitModel::DocIdRole).toLongLong());
    QTest::keyClick(m_hits, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_hits->currentIndex().row(), 0);

    // Up from the first hit goes back to the search box.
    QTest::keyClick(m_hits, Qt::Key_Up);
    QVERIFY(m_edit->hasFocus());
}

void TestSearchPanel::filtersNarrowTheSearch() {
    typeQuery(QStringLiteral("인공지능"));
    const ui::SearchHitModel* model = m_window->hitModel();
    QCOMPARE(model->documentCount(), 2);

    auto* documents = m_window->findChild<QComboBox*>(QStringLiteral("searchDocumentFilter"));
    auto* years = m_window->findChild<QComboBox*>(QStringLiteral("searchYearFilter"));
    auto* countries = m_window->findChild<QComboBox*>(QStringLiteral("searchCountryFilter"));
    QVERIFY(documents && years && countries);
    QCOMPARE(documents->count(), 3); // all, and each document
    QSignalSpy finished(m_window.get(), &ui::MainWindow::searchFinished);

    const qint64 plan =
        documents->itemData(documents->findText(QStringLiteral("초거대AI 경쟁력 강화 방안"))).toLongLong();
    QVERIFY(plan != 0);
    documents->setCurrentIndex(documents->findData(plan));
    emit documents->activated(documents->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && !m_window->isSearching(), 30000);
    QCOMPARE(model->documentCount(), 1);
    QCOMPARE(model->index(0).data(ui::SearchHitModel::DocIdRole).toLongLong(), plan);
    documents->setCurrentIndex(0);

    const int year2023 = years->findData(2023);
    QVERIFY(year2023 > 0);
    years->setCurrentIndex(year2023);
    emit years->activated(year2023);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 && !m_window->isSearching(), 30000);
    QCOMPARE(model->documentCount(), 1);
    QCOMPARE(model->index(0).data(ui::SearchHitModel::DocIdRole).toLongLong(), plan);
    years->setCurrentIndex(0);

    // Countries come from the facts read at import: the plan is about Korea and the United States.
    const int us = countries->findData(QStringLiteral("US"));
    QVERIFY(us > 0);
    countries->setCurrentIndex(us);
    emit countries->activated(us);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3 && !m_window->isSearching(), 30000);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(m_window->libraryModel()
                    ->countriesOf(model->index(row).data(ui::SearchHitModel::DocIdRole).toLongLong())
                    .contains(QStringLiteral("US")));
    countries->setCurrentIndex(0);
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
