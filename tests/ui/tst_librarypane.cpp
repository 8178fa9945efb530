#include "ui/models/importresultmodel.h"
#include "ui/models/libraryfiltermodel.h"
#include "ui/models/librarymodel.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>

using namespace pl;

/// The library pane and the import results as a user meets them: columns, tags, collections, remove,
/// re-import, and a list that says which file failed and why.
class TestLibraryPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableShowsDocumentFacts();
    void importResultsListEveryFile();
    void tagsAndCollections();
    void reimportKeepsTagsAndCollections();
    void removeAsksFirst();
    void failedImportDialogSaysWhy();

private:
    int rowOf(const QString& fileName) const;
    void selectRow(int sourceRow);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QTableView* m_view = nullptr;
    QList<bool> m_answers; // what the confirmer answers, in turn
    QStringList m_texts;   // what the text asker answers, in turn
    QStringList m_questions;
};

void TestLibraryPane::initTestCase() {
    QVERIFY(m_dir.isValid());
    testing::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    m_window = testing::makeWindow(m_dir.filePath(QStringLiteral("library.policylens")), {1440, 900});
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setFailureReporter([](const QList<import::ImportOutcome>&) {});
    m_window->setConfirmer([this](const QString& question) {
        m_questions.append(question);
        return m_answers.isEmpty() ? false : m_answers.takeFirst();
    });
    m_window->setTextAsker([this](const QString&, const QString&, const QString&) -> std::optional<QString> {
        if (m_texts.isEmpty())
            return std::nullopt;
        return m_texts.takeFirst();
    });
    m_view = m_window->findChild<QTableView*>(QStringLiteral("libraryView"));
    QVERIFY(m_view);
}

void TestLibraryPane::cleanupTestCase() {
    m_window.reset();
}

int TestLibraryPane::rowOf(const QString& fileName) const {
    const QAbstractItemModel* model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (QFileInfo(model->index(row, 0).data(ui::LibraryModel::PathRole).toString()).fileName() ==
            fileName)
            return row;
    }
    return -1;
}

void TestLibraryPane::selectRow(int row) {
    m_view->setFocus();
    m_view->selectRow(row);
}

void TestLibraryPane::tableShowsDocumentFacts() {
    QAbstractItemModelTester tester(m_window->libraryProxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->importPaths({QStringLiteral(PL_SAMPLES_DIR "/001-hyperscale-ai-plan-2023.pdf"),
                           QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 120000);
    QCOMPARE(m_view->model()->rowCount(), 2);
    const int plan = rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf"));
    QVERIFY(plan >= 0);
    const QAbstractItemModel* model = m_view->model();
    QCOMPARE(model->index(plan, ui::LibraryModel::IssuerColumn).data().toString(),
             QStringLiteral("관계부처 합동"));
    QCOMPARE(model->index(plan, ui::LibraryModel::DateColumn).data().toString(),
             QStringLiteral("2023-04-14"));
    QCOMPARE(model->index(plan, ui::LibraryModel::PagesColumn).data().toString(), QStringLiteral("32"));
    QVERIFY(model->index(plan, ui::LibraryModel::CountriesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("KR")));
    for (int column = 0; column < ui::LibraryModel::ColumnCount; ++column)
        QVERIFY(!m_view->horizontalHeader()->isSectionHidden(column));

    // Sorting by pages puts the 32-page plan after the 5-page press release.
    m_view->sortByColumn(ui::LibraryModel::PagesColumn, Qt::AscendingOrder);
    QCOMPARE(rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf")), 1);
    m_view->sortByColumn(ui::LibraryModel::TitleColumn, Qt::AscendingOrder);
}

void TestLibraryPane::importResultsListEveryFile() {
    const QString notPdf = m_dir.filePath(QStringLiteral("보고서.pdf"));
    {
        QFile file(notPdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PDF");
    }
    QAbstractItemModelTester tester(m_window->importResultModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->importResultModel()->clear();
    m_window->importPaths({notPdf, QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    const ui::ImportResultModel* results = m_window->importResultModel();
    QCOMPARE(results->rowCount(), 2);
    QCOMPARE(results->failureCount(), 1);
    int failedRow = results->index(0, 0).data(ui::ImportResultModel::FailedRole).toBool() ? 0 : 1;
    QCOMPARE(results->index(failedRow, ui::ImportResultModel::FileColumn).data().toString(),
             QStringLiteral("보고서.pdf"));
    QCOMPARE(results->index(failedRow, ui::ImportResultModel::ReasonColumn).data().toString(),
             ui::ImportResultModel::reasonFor(Error{Error::Kind::NotPdf, {}, {}}));
    QCOMPARE(results->index(1 - failedRow, ui::ImportResultModel::ResultColumn).data().toString(),
             ui::ImportResultModel::statusText(import::ImportOutcome::Status::Unchanged));

    // A failure brings the list into view.
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("importDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("importResultsView"));
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("import-results")));
    dock->hide();
}

void TestLibraryPane::tagsAndCollections() {
    const int plan = rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf"));
    selectRow(plan);
    m_texts = {QStringLiteral("예산, 초거대AI ,  , 예산")};
    m_window->findChild<QAction*>(QStringLiteral("editTagsAction"))->trigger();
    QTRY_COMPARE(
        m_view->model()
            ->index(rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf")), ui::LibraryModel::TagsColumn)
            .data()
            .toString(),
        QStringLiteral("예산, 초거대AI"));

    // The filter finds tags.
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("libraryFilter"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("예산"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(m_view->model()->rowCount(), 2);

    selectRow(rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf")));
    m_texts = {QStringLiteral("AI 전략")};
    m_window->findChild<QAction*>(QStringLiteral("newCollectionAction"))->trigger();
    auto* collections = m_window->findChild<QComboBox*>(QStringLiteral("collectionFilter"));
    QVERIFY(collections);
    QTRY_COMPARE(collections->count(), 2);
    QVERIFY(collections->itemText(1).startsWith(QStringLiteral("AI 전략")));
    m_window->showCollection(collections->itemData(1).toLongLong());
    QCOMPARE(m_view->model()->rowCount(), 1);
    QVERIFY(testing::saveScreenshot(m_window.get(), QStringLiteral("library-collection")));
    m_window->showCollection(0);
    QCOMPARE(m_view->model()->rowCount(), 2);
}

void TestLibraryPane::reimportKeepsTagsAndCollections() {
    const qint64 before = m_view->model()
                              ->index(rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf")), 0)
                              .data(ui::LibraryModel::DocIdRole)
                              .toLongLong();
    selectRow(rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf")));
    QSignalSpy finished(m_window.get(), &ui::MainWindow::importFinished);
    m_window->findChild<QAction*>(QStringLiteral("reimportAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QTRY_VERIFY(!m_window->isImporting());
    const int row = rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf"));
    QVERIFY(row >= 0);
    QVERIFY(m_view->model()->index(row, 0).data(ui::LibraryModel::DocIdRole).toLongLong() != before);
    QTRY_COMPARE(
        m_view->model()
            ->index(rowOf(QStringLiteral("001-hyperscale-ai-plan-2023.pdf")), ui::LibraryModel::TagsColumn)
            .data()
            .toString(),
        QStringLiteral("예산, 초거대AI"));
    auto* collections = m_window->findChild<QComboBox*>(QStringLiteral("collectionFilter"));
    m_window->showCollection(collections->itemData(1).toLongLong());
    QCOMPARE(m_view->model()->rowCount(), 1);
    m_window->showCollection(0);
}

void TestLibraryPane::removeAsksFirst() {
    QSignalSpy removed(m_window.get(), &ui::MainWindow::removalFinished);
    selectRow(rowOf(QStringLiteral("002-foundation-model-press-2025.pdf")));
    m_answers = {false};
    m_window->findChild<QAction*>(QStringLiteral("removeAction"))->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.constFirst().contains(QStringLiteral("독자 인공지능")));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_view->model()->rowCount(), 2);

    // Delete in the table removes the selected document once the user agrees.
    m_answers = {true};
    selectRow(rowOf(QStringLiteral("002-foundation-model-press-2025.pdf")));
    QTest::keyClick(m_view, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(rowOf(QStringLiteral("002-foundation-model-press-2025.pdf")), -1);
}

void TestLibraryPane::failedImportDialogSaysWhy() {
    // Without a reporter seam the window shows its own dialog: which file, and why, in words.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString damaged = dir.filePath(QStringLiteral("손상된 계획.pdf"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"); // a PDF header, then nothing usable
    }
    auto window = testing::makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    window->importPaths({damaged});
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox*>(QStringLiteral("importFailuresBox"))) &&
                                 box->isVisible(),
                             60000);
    QVERIFY(box->informativeText().contains(QStringLiteral("손상된 계획.pdf")));
    QVERIFY(!box->detailedText().isEmpty());
    QVERIFY(testing::saveScreenshot(box, QStringLiteral("import-failed-dialog")));
    box->close();
}

QTEST_MAIN(TestLibraryPane)
#include "tst_librarypane.moc"
