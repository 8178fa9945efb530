#include "core/annotation/annotationstore.h"
#include "core/store/catalog.h"
#include "core/store/library.h"
#include "ui/models/librarymodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/mainwindow.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace pl;

using pl::testing::makeWindow;
using pl::testing::typeWithInputMethod;

/// Drives the main window the way a user would: import a PDF, type a query, open a hit.
class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importSearchAndRead();
    void failedImportIsReported();
    void droppedPdfIsImported();
    void droppedChangedPdfKeepsTagsCollectionsAndAnnotations();
    void cancelledImportKeepsWhatWasAdded();
    void protectedPdfAsksForPassword();
    void declinedPasswordIsReported();
    void searchSaysWhichAliasesItUsedAndLeavesOneOut();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase() {
    QVERIFY(m_settings.isValid());
    pl::testing::isolateSettings(m_settings.path());
}

void TestMainWindow::importSearchAndRead() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QList<import::ImportOutcome> failures;
    window->setFailureReporter([&failures](const QList<import::ImportOutcome>& f) { failures += f; });

    QAbstractItemModelTester libraryTester(window->libraryModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester hitsTester(window->hitModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

    // An empty library tells the user how to fill it.
    auto* emptyLabel = window->findChild<QLabel*>(QStringLiteral("emptyLibraryLabel"));
    QVERIFY(emptyLabel);
    QVERIFY(emptyLabel->isVisible());

    window->importPaths({QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")});
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("importProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window->libraryModel()->rowCount(), 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);
    QVERIFY(failures.isEmpty());
    QVERIFY(!progress->isVisible());
    QVERIFY(!emptyLabel->isVisible());
    auto* libraryView = window->findChild<QTableView*>(QStringLiteral("libraryView"));
    QVERIFY(libraryView);
    QVERIFY(libraryView->isVisible());
    QCOMPARE(libraryView->model()->rowCount(), 1);

    // The first document opens on its own so the reader is never blank with a full library.
    ui::ReaderWidget* reader = window->reader();
    const qint64 docId = window->libraryModel()->index(0, 0).data(ui::LibraryModel::DocIdRole).toLongLong();
    QTRY_COMPARE(reader->docId(), docId);

    auto* searchEdit = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(searchEdit);
    searchEdit->setFocus();
    typeWithInputMethod(searchEdit, QStringLiteral("인공지능"));
    QCOMPARE(searchEdit->text(), QStringLiteral("인공지능"));
    QTRY_VERIFY_WITH_TIMEOUT(window->hitModel()->rowCount() > 0, 30000);
    QTRY_VERIFY(!window->isSearching());
    QCOMPARE(window->hitModel()->query(), QStringLiteral("인공지능"));

    auto* hitsView = window->findChild<QListView*>(QStringLiteral("hitsView"));
    QVERIFY(hitsView);
    QVERIFY(hitsView->isVisible());
    const QModelIndex first = window->hitModel()->index(0);
    const int hitPage = first.data(ui::SearchHitModel::PageRole).toInt();
    const auto hitBoxes = first.data(ui::SearchHitModel::BoxesRole).value<QList<QRectF>>();
    QVERIFY(hitPage >= 1);
    QVERIFY(!hitBoxes.isEmpty());
    QVERIFY(first.data(ui::SearchHitModel::SnippetRole).toString().contains(QStringLiteral("<b>")));

    hitsView->scrollTo(first);
    QTest::mouseClick(hitsView->viewport(), Qt::LeftButton, {}, hitsView->visualRect(first).center());

    QTRY_COMPARE(reader->currentPage(), hitPage);
    QCOMPARE(reader->docId(), first.data(ui::SearchHitModel::DocIdRole).toLongLong());
    ui::PageView* pageView = reader->pageView();
    QVERIFY(pageView);
    QCOMPARE(pageView->page(), hitPage);
    QCOMPARE(pageView->highlights(), hitBoxes);
    QVERIFY(!pageView->firstHighlightRect().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(pageView->isRendered(), 30000);

    auto* pageSpin = window->findChild<QSpinBox*>(QStringLiteral("pageSpin"));
    QVERIFY(pageSpin);
    QCOMPARE(pageSpin->value(), hitPage);
    auto* pageText = window->findChild<QTextBrowser*>(QStringLiteral("pageText"));
    QVERIFY(pageText);
    QVERIFY(pageText->toPlainText().contains(QStringLiteral("인공지능")));

    QVERIFY(pl::testing::saveScreenshot(window.get(), QStringLiteral("search-hit")));

    // Typing on replaces the hits; a cleared box clears them.
    searchEdit->clear();
    QTRY_COMPARE(window->hitModel()->rowCount(), 0);
}

void TestMainWindow::failedImportIsReported() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notPdf = dir.filePath(QStringLiteral("보고서.pdf"));
    {
        QFile file(notPdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PDF");
    }
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QList<import::ImportOutcome> failures;
    window->setFailureReporter([&failures](const QList<import::ImportOutcome>& f) { failures += f; });

    window->importPaths({notPdf});
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(QFileInfo(failures.constFirst().path).fileName(), QStringLiteral("보고서.pdf"));
    QVERIFY(!failures.constFirst().ok());
    QCOMPARE(window->libraryModel()->rowCount(), 0);
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("emptyLibraryLabel"))->isVisible());
}

void TestMainWindow::droppedPdfIsImported() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")),
                  QUrl(QStringLiteral("https://example.org/remote.pdf"))});
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(window->isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);
    QCOMPARE(window->libraryModel()->rowCount(), 1);

    // Something that is not a PDF is refused at the door.
    QMimeData text;
    text.setText(QStringLiteral("인공지능"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

// A changed file dropped again on the window replaces its document and keeps what the user gave it.
void TestMainWindow::droppedChangedPdfKeepsTagsCollectionsAndAnnotations() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString libraryPath = dir.filePath(QStringLiteral("library.policylens"));
    const QString file = dir.filePath(QStringLiteral("보도자료.pdf"));
    QVERIFY(QFile::copy(QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf"), file));
    auto window = makeWindow(libraryPath);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const auto dropFile = [&window, &file]() {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPoint centre = window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        return drop.isAccepted();
    };
    QVERIFY(dropFile());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);
    QCOMPARE(window->libraryModel()->rowCount(), 1);

    qint64 oldId = 0;
    {
        auto opened = pl::store::Library::open(libraryPath);
        QVERIFY(opened);
        oldId = (*opened)->documents().value().constFirst().id;
        pl::store::Catalog catalog(**opened);
        QVERIFY(catalog.setTags(oldId, {QStringLiteral("예산")}));
        const auto collection = catalog.createCollection(QStringLiteral("보도자료 모음"));
        QVERIFY(collection && catalog.addToCollection(*collection, oldId));
        const pl::text::Passage first = (*opened)->passages(oldId).value().constFirst();
        pl::annotation::Annotation a;
        a.document.docId = oldId;
        a.page = first.page;
        a.boxes = {first.box};
        a.quote = first.text;
        a.note = QStringLiteral("다시 확인");
        QVERIFY(pl::annotation::AnnotationStore(**opened).addAnnotation(a));
    }
    {
        QFile f(file); // the same text, a changed file
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n% revised\n");
    }
    QVERIFY(dropFile());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);
    QCOMPARE(window->libraryModel()->rowCount(), 1);

    auto opened = pl::store::Library::open(libraryPath);
    QVERIFY(opened);
    const QList<pl::store::DocumentRecord> docs = (*opened)->documents().value();
    QCOMPARE(docs.size(), 1);
    const qint64 newId = docs.constFirst().id;
    QVERIFY(newId != oldId);
    pl::store::Catalog catalog(**opened);
    QCOMPARE(catalog.tagsByDocument().value().value(newId), QStringList{QStringLiteral("예산")});
    const auto collections = catalog.collections().value();
    QCOMPARE(collections.size(), 1);
    QCOMPARE(catalog.documentsIn(collections.constFirst().id).value(), QSet<qint64>{newId});
    const QList<pl::annotation::Annotation> annotations =
        pl::annotation::AnnotationStore(**opened).allAnnotations();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.constFirst().document.docId, std::optional<qint64>(newId));
    QVERIFY(!annotations.constFirst().detached);
}

void TestMainWindow::cancelledImportKeepsWhatWasAdded() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QList<import::ImportOutcome> failures;
    window->setFailureReporter([&failures](const QList<import::ImportOutcome>& f) { failures += f; });
    QSignalSpy finished(window.get(), &ui::MainWindow::importFinished);

    window->importPaths({QStringLiteral(PL_SAMPLES_DIR)});
    auto* cancel = window->findChild<QToolButton*>(QStringLiteral("cancelImport"));
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!cancel->isVisible());
    QVERIFY(failures.isEmpty()); // cancelling is not failing
    const auto outcomes = finished.constFirst().constFirst().value<QList<import::ImportOutcome>>();
    QVERIFY(std::any_of(outcomes.cbegin(), outcomes.cend(), [](const import::ImportOutcome& o) {
        return o.status == import::ImportOutcome::Status::Cancelled;
    }));
    QVERIFY(window->libraryModel()->rowCount() < 4);
}

void TestMainWindow::protectedPdfAsksForPassword() {
    const QString locked =
        QStringLiteral(PL_SHARED_DIR) + QStringLiteral("/corpus/edge/edge-encrypted-user-password.pdf");
    if (!QFileInfo::exists(locked))
        QSKIP("the shared corpus with the encrypted PDF is not available");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QList<import::ImportOutcome> failures;
    window->setFailureReporter([&failures](const QList<import::ImportOutcome>& f) { failures += f; });
    QStringList askedFiles;
    QList<bool> askedWrongBefore;
    window->setPasswordProvider(
        [&askedFiles, &askedWrongBefore](const QString& file, bool wrongBefore) -> std::optional<QString> {
            askedFiles.append(file);
            askedWrongBefore.append(wrongBefore);
            return askedFiles.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("corpus-user");
        });
    QSignalSpy finished(window.get(), &ui::MainWindow::importFinished);

    window->importPaths({locked});
    QTRY_COMPARE_WITH_TIMEOUT(window->libraryModel()->rowCount(), 1, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!window->isImporting());
    QVERIFY(askedFiles.size() >= 2);
    QCOMPARE(QFileInfo(askedFiles.constFirst()).fileName(), QFileInfo(locked).fileName());
    QCOMPARE(askedWrongBefore.mid(0, 2), (QList<bool>{false, true}));
    // The reader needs the password too, to draw the pages: it asks once, through the same seam.
    QTRY_VERIFY_WITH_TIMEOUT(window->reader()->pageView() && window->reader()->pageView()->isRendered(),
                             30000);
    QCOMPARE(askedFiles.size(), 3);
    QVERIFY(failures.isEmpty());
    const auto outcomes = finished.constFirst().constFirst().value<QList<import::ImportOutcome>>();
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.constFirst().ok());
}

void TestMainWindow::declinedPasswordIsReported() {
    const QString locked =
        QStringLiteral(PL_SHARED_DIR) + QStringLiteral("/corpus/edge/edge-encrypted-user-password.pdf");
    if (!QFileInfo::exists(locked))
        QSKIP("the shared corpus with the encrypted PDF is not available");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QList<import::ImportOutcome> failures;
    window->setFailureReporter([&failures](const QList<import::ImportOutcome>& f) { failures += f; });
    int asked = 0;
    window->setPasswordProvider([&asked](const QString&, bool) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });

    window->importPaths({locked});
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 60000);
    QVERIFY(!window->isImporting());
    QCOMPARE(asked, 1);
    QCOMPARE(failures.constFirst().error.kind, Error::Kind::PasswordRequired);
    QCOMPARE(window->libraryModel()->rowCount(), 0);
}

// A document defines 뉴로넷(NeuroNet): searching one name finds both, the window says so and where, and the
// link leaves the alias out again.
void TestMainWindow::searchSaysWhichAliasesItUsedAndLeavesOneOut() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("neuronet.pdf"));
    QVERIFY(pl::testing::writeKoreanPdf(
        pdf, QStringLiteral("뉴로넷 도입 계획"),
        {QStringLiteral("뉴로넷(NeuroNet)을 개발하였다"), QStringLiteral("NeuroNet 성능을 공개하였다")}));
    auto window = makeWindow(dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->importPaths({pdf});
    QTRY_COMPARE_WITH_TIMEOUT(window->libraryModel()->rowCount(), 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);

    QSignalSpy searched(window.get(), &ui::MainWindow::searchFinished);
    window->search(QStringLiteral("뉴로넷"));
    QVERIFY(searched.wait(30000));
    QCOMPARE(window->hitModel()->rowCount(), 2); // page 1 by its name, page 2 by the alias
    QLabel* aliases = window->aliasesLabel();
    QVERIFY(aliases->isVisible());
    QVERIFY2(aliases->text().contains(QStringLiteral("NeuroNet = 뉴로넷")), qPrintable(aliases->text()));
    QVERIFY(aliases->text().contains(QStringLiteral("href=\"off:NeuroNet\"")));
    QVERIFY(pl::testing::saveScreenshot(window.get(), QStringLiteral("search-aliases")));

    window->leaveOutAlias(QStringLiteral("NeuroNet"));
    QVERIFY(searched.wait(30000));
    QCOMPARE(window->hitModel()->rowCount(), 1);
    QVERIFY(aliases->text().contains(QStringLiteral("href=\"all\"")));
    window->leaveOutAlias(QString());
    QVERIFY(searched.wait(30000));
    QCOMPARE(window->hitModel()->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
