#include "ui/reader/readerwidget.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

using namespace pl;

/// What makes the window pleasant: shortcuts for frequent actions and a list of them, an About box with
/// versions, a dark palette, a remembered layout, recent libraries, empty states that say what to do.
class TestWindowPolish : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyWindowSaysWhatToDo();
    void frequentActionsHaveShortcuts();
    void shortcutsAreListed();
    void aboutNamesTheVersions();
    void darkPaletteCanBeChosen();
    void layoutIsRemembered();
    void recentLibrariesReopen();

private:
    QString libraryPath(const QString& name) const {
        return m_dir.filePath(name + QStringLiteral(".policylens"));
    }
    QTemporaryDir m_dir;
};

void TestWindowPolish::initTestCase() {
    QVERIFY(m_dir.isValid());
    testing::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
}

void TestWindowPolish::emptyWindowSaysWhatToDo() {
    auto window = testing::makeWindow(libraryPath(QStringLiteral("empty")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* library = window->findChild<QLabel*>(QStringLiteral("emptyLibraryLabel"));
    auto* reader = window->findChild<QLabel*>(QStringLiteral("readerPlaceholder"));
    auto* hits = window->findChild<QLabel*>(QStringLiteral("hitsSummary"));
    QVERIFY(library && reader && hits);
    QVERIFY(library->isVisible());
    QVERIFY(library->text().contains(QStringLiteral("PDF")));
    QVERIFY(reader->isVisible());
    QVERIFY(!hits->text().isEmpty());
    QVERIFY(testing::saveScreenshot(window.get(), QStringLiteral("empty-library")));
}

void TestWindowPolish::frequentActionsHaveShortcuts() {
    auto window = testing::makeWindow(libraryPath(QStringLiteral("empty")));
    QVERIFY(window);
    const char* const frequent[] = {"importFilesAction",    "importFolderAction",  "focusSearchAction",
                                    "findInDocumentAction", "findNextAction",      "backAction",
                                    "forwardAction",        "zoomInAction",        "zoomOutAction",
                                    "fitWidthAction",       "fitPageAction",       "removeAction",
                                    "reimportAction",       "editTagsAction",      "shortcutsAction",
                                    "quitAction",           "copySelectionAction", "showFactsAction"};
    QSet<QKeySequence> used;
    for (const char* name : frequent) {
        auto* action = window->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
        // No two actions fight over a key.
        QVERIFY2(!used.contains(action->shortcut()), name);
        used.insert(action->shortcut());
    }
    QCOMPARE(window->findChild<QAction*>(QStringLiteral("findInDocumentAction"))->shortcut(),
             QKeySequence(QKeySequence::Find));
    QCOMPARE(window->findChild<QAction*>(QStringLiteral("backAction"))->shortcut(),
             QKeySequence(QKeySequence::Back));
}

void TestWindowPolish::shortcutsAreListed() {
    auto window = testing::makeWindow(libraryPath(QStringLiteral("empty")));
    QVERIFY(window);
    window->findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"))) &&
                dialog->isVisible());
    auto* view = dialog->findChild<QTreeView*>(QStringLiteral("shortcutsView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList keys;
    for (int group = 0; group < view->model()->rowCount(); ++group) {
        const QModelIndex parent = view->model()->index(group, 0);
        for (int row = 0; row < view->model()->rowCount(parent); ++row)
            keys.append(view->model()->index(row, 1, parent).data().toString());
    }
    QVERIFY(keys.size() >= 15);
    QVERIFY(keys.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    QVERIFY(testing::saveScreenshot(dialog, QStringLiteral("shortcuts")));
    dialog->close();
}

void TestWindowPolish::aboutNamesTheVersions() {
    auto window = testing::makeWindow(libraryPath(QStringLiteral("empty")));
    QVERIFY(window);
    window->setComponentVersions({{QStringLiteral("Poppler"), QStringLiteral("22.12.0")},
                                  {QStringLiteral("SQLite"), QStringLiteral("3.40.1")},
                                  {QStringLiteral("ICU"), QStringLiteral("72.1")}});
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) && box->isVisible());
    for (const QString& expected :
         {QString::fromLatin1(qVersion()), QStringLiteral("Poppler"), QStringLiteral("22.12.0"),
          QStringLiteral("SQLite"), QStringLiteral("ICU")})
        QVERIFY2(box->text().contains(expected), qPrintable(expected));
    box->close();
}

void TestWindowPolish::darkPaletteCanBeChosen() {
    const QPalette original = QApplication::palette();
    {
        auto window = testing::makeWindow(libraryPath(QStringLiteral("dark")));
        QVERIFY(window);
        window->importPaths({QStringLiteral(PL_SAMPLES_DIR "/002-foundation-model-press-2025.pdf")});
        QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), 60000);
        window->findChild<QAction*>(QStringLiteral("themeAction%1").arg(int(ui::MainWindow::Theme::Dark)))
            ->trigger();
        QCOMPARE(window->theme(), ui::MainWindow::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QTRY_VERIFY_WITH_TIMEOUT(window->reader()->pageView() && window->reader()->pageView()->isRendered(),
                                 30000);
        QVERIFY(testing::saveScreenshot(window.get(), QStringLiteral("dark-palette")));
    }
    // The choice is a setting: a new window starts dark.
    {
        auto window = testing::makeWindow(libraryPath(QStringLiteral("dark")));
        QCOMPARE(window->theme(), ui::MainWindow::Theme::Dark);
        window->setTheme(ui::MainWindow::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    }
}

void TestWindowPolish::layoutIsRemembered() {
    {
        auto window = testing::makeWindow(libraryPath(QStringLiteral("layout")));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->findChild<QDockWidget*>(QStringLiteral("hitsDock"))->hide();
        window->findChild<QDockWidget*>(QStringLiteral("importDock"))->show();
        window->resize(1100, 700);
        QVERIFY(window->close());
    }
    auto window = std::make_unique<ui::MainWindow>(
        std::move(*store::Library::open(libraryPath(QStringLiteral("layout")))));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(!window->findChild<QDockWidget*>(QStringLiteral("hitsDock"))->isVisible());
    QVERIFY(window->findChild<QDockWidget*>(QStringLiteral("importDock"))->isVisible());
    QCOMPARE(window->size(), QSize(1100, 700));
    // Put things back for the other tests.
    window->findChild<QDockWidget*>(QStringLiteral("hitsDock"))->show();
    window->findChild<QDockWidget*>(QStringLiteral("importDock"))->hide();
    window->close();
}

void TestWindowPolish::recentLibrariesReopen() {
    auto window = testing::makeWindow(libraryPath(QStringLiteral("first")));
    QVERIFY(window);
    QVERIFY(window->openLibrary(libraryPath(QStringLiteral("second"))));
    QCOMPARE(QFileInfo(window->libraryPath()).fileName(), QStringLiteral("second.policylens"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("second")));
    auto* recent = window->findChild<QMenu*>(QStringLiteral("recentLibrariesMenu"));
    QVERIFY(recent);
    QAction* first = nullptr;
    for (QAction* action : recent->actions()) {
        if (action->text().contains(QStringLiteral("first.policylens")))
            first = action;
    }
    QVERIFY(first);
    first->trigger();
    QCOMPARE(QFileInfo(window->libraryPath()).fileName(), QStringLiteral("first.policylens"));
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
