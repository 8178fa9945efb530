#include "ui/views/mainwindow.h"

#include "core/facts/aliasminer.h"

#include "core/search/searcher.h"
#include "core/store/catalog.h"
#include "core/store/library.h"
#include "ui/annotation/annotationeditor.h"
#include "ui/annotation/annotationspane.h"
#include "ui/briefing/briefingboard.h"
#include "ui/models/importresultmodel.h"
#include "ui/models/libraryfiltermodel.h"
#include "ui/models/librarymodel.h"
#include "ui/models/outlinemodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/models/thumbnailmodel.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/analyticviews.h"
#include "ui/views/hitdelegate.h"
#include "ui/whendone.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcViews, "pl.ui.views")

namespace pl::ui {

namespace {

constexpr int searchPauseMs = 250; // typing pause before a search starts
constexpr int searchLimit = 200;
constexpr int failuresListed = 15; // the message box lists this many files, then counts the rest

/// The local PDF files and folders among dropped URLs.
QStringList importablePaths(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir() || info.suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0)
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

bool needsPassword(const import::ImportOutcome& outcome) {
    return outcome.status == import::ImportOutcome::Status::Failed &&
           (outcome.error.kind == Error::Kind::PasswordRequired ||
            outcome.error.kind == Error::Kind::WrongPassword);
}

QString reasonFor(const Error& error) {
    return ImportResultModel::reasonFor(error);
}

constexpr int maxRecentLibraries = 8;

QPalette darkPalette() {
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(225, 225, 225);
    const QColor disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(35, 35, 38));
    p.setColor(QPalette::Dark, QColor(22, 22, 24));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(42, 110, 190));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 250));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/// Removes documents on a worker thread with its own connection (removing a long document rewrites much
/// of the index); the error message, or nothing.
QFuture<QString> removeInWorker(const QString& libraryPath, const QList<qint64>& docIds) {
    return QtConcurrent::run([libraryPath, docIds]() -> QString {
        auto library = store::Library::open(libraryPath);
        if (!library)
            return library.error().message;
        for (qint64 id : docIds)
            if (auto ok = (*library)->removeDocument(id); !ok)
                return ok.error().message;
        return {};
    });
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Library> library, QWidget* parent)
    : QMainWindow(parent), m_library(std::move(library)), m_libraryModel(new LibraryModel(this)),
      m_libraryProxy(new LibraryFilterModel(this)), m_hitModel(new SearchHitModel(this)),
      m_importResults(new ImportResultModel(this)), m_reader(new ReaderWidget(this)),
      m_annotationEditor(new AnnotationEditor(this)), m_searchTimer(new QTimer(this)),
      m_reloadTimer(new QTimer(this)) {
    Q_ASSERT(m_library);
    m_writer = std::make_unique<store::LibraryWriter>(m_library->path());
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks);
    // Captured once per process, before any window chose a palette of its own.
    static const QString systemStyle = QApplication::style()->name();
    m_systemStyle = systemStyle;

    m_libraryProxy->setSourceModel(m_libraryModel);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setLibrary(m_library.get());
    setCentralWidget(m_reader);
    m_annotationEditor->setObjectName(QStringLiteral("annotationEditor"));
    m_annotationEditor->setLibrary(m_library.get());
    m_annotationEditor->setDialogParent(this);
    m_reader->setAnnotationEditor(m_annotationEditor);

    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchPauseMs);
    // While an import adds documents one by one, the table is refreshed at most a few times a second.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadLibrary);

    createActions();

    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(createLibraryPane());
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);

    m_hitsDock = new QDockWidget(tr("Search results"), this);
    m_hitsDock->setObjectName(QStringLiteral("hitsDock"));
    m_hitsDock->setWidget(createHitsPane());
    addDockWidget(Qt::LeftDockWidgetArea, m_hitsDock);
    splitDockWidget(m_libraryDock, m_hitsDock, Qt::Vertical);

    m_annotationsDock = new QDockWidget(tr("Annotations"), this);
    m_annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    m_annotationsPane = new AnnotationsPane(m_annotationEditor, m_annotationsDock);
    m_annotationsDock->setWidget(m_annotationsPane);
    connect(m_annotationsPane, &AnnotationsPane::sourceRequested, m_reader,
            [this](qint64 docId, int page, const QList<QRectF>& boxes) {
                m_reader->openDocument(docId, page, boxes);
            });
    connect(m_annotationEditor, &AnnotationEditor::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot save the annotation: %1").arg(message), 10000);
    });

    m_importDock = new QDockWidget(tr("Import results"), this);
    m_importDock->setObjectName(QStringLiteral("importDock"));
    m_importDock->setWidget(createImportResultsPane());
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();

    resizeDocks({m_libraryDock}, {540}, Qt::Horizontal);
    resizeDocks({m_libraryDock, m_hitsDock}, {300, 500}, Qt::Vertical);

    m_documentCount = new QLabel(this);
    m_documentCount->setObjectName(QStringLiteral("documentCount"));
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setVisible(false);
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setObjectName(QStringLiteral("cancelImport"));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop importing; documents already added stay in the library"));
    m_cancelImport->setVisible(false);
    connect(m_cancelImport, &QToolButton::clicked, this, &MainWindow::cancelImport);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_documentCount);

    createMenus();

    connect(m_searchTimer, &QTimer::timeout, this, [this]() { runSearch(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this]() {
        m_searchTimer->stop();
        runSearch(m_searchEdit->text());
    });
    m_searchEdit->installEventFilter(this);
    connect(m_reader, &ReaderWidget::openFailed, this, [this](qint64, const QString& message) {
        statusBar()->showMessage(tr("Cannot open the PDF: %1").arg(message), 10000);
    });
    connect(m_reader, &ReaderWidget::readFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot read the library: %1").arg(message), 15000);
    });
    connect(m_reader, &ReaderWidget::documentOpened, this, &MainWindow::selectDocument);
    m_reader->setPasswordProvider(
        [this](const QString& file, bool wrongBefore) { return askPassword(file, wrongBefore); });

    auto* analytics = new AnalyticViews(this, m_library->path(), m_reader);
    analytics->setAnnotationEditor(m_annotationEditor);
    // Below the strategy tree, whose width it shares, so the window needs no more room than before; out of
    // the way until the user annotates something (View ▸ Annotations opens it at any time).
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    m_annotationsDock->hide();
    connect(m_annotationEditor->undoStack(), &QUndoStack::indexChanged, this,
            [this, shown = std::make_shared<bool>(false)]() {
                if (*shown || m_annotationEditor->undoStack()->count() == 0)
                    return;
                *shown = true; // once a session: the first annotation shows where they are listed
                m_annotationsDock->show();
            });
    createBriefingDock();
    reloadLibrary();
    storeStaleFacts();
    updateWindowTitle();
    restoreLayout();
    rememberLibrary(m_library->path());
}

MainWindow::~MainWindow() {
    // The worker holds a pointer to the job, which is our child: it must be done before the job goes.
    if (m_importJob) {
        m_importJob->cancel();
        m_importRun.waitForFinished();
    }
    // Child widgets outlive our members; the reader must not keep a pointer to the library.
    m_reader->setLibrary(nullptr);
    m_annotationEditor->setLibrary(nullptr);
    m_briefingBoard->setLibrary(nullptr);
}

void MainWindow::createActions() {
    auto* importFiles = new QAction(tr("Import &Files…"), this);
    importFiles->setObjectName(QStringLiteral("importFilesAction"));
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setToolTip(tr("Add PDF files to the library (Ctrl+O)"));
    connect(importFiles, &QAction::triggered, this, &MainWindow::chooseFiles);

    auto* importFolder = new QAction(tr("Import F&older…"), this);
    importFolder->setObjectName(QStringLiteral("importFolderAction"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolder->setToolTip(tr("Add every PDF in a folder and its subfolders (Ctrl+Shift+O)"));
    connect(importFolder, &QAction::triggered, this, &MainWindow::chooseFolder);

    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(importFiles);
    toolBar->addAction(importFolder);
    toolBar->addSeparator();

    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search all documents, e.g. 인공지능 예산 (Ctrl+K)"));
    m_searchEdit->setToolTip(tr(
        "Words, \"exact phrase\", -excluded, OR, doc:N, year:2023..2025. Down arrow moves to the results."));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(360);
    toolBar->addWidget(m_searchEdit);

    auto* focusSearch = new QAction(tr("Search the Library"), this);
    focusSearch->setObjectName(QStringLiteral("focusSearchAction"));
    focusSearch->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    connect(focusSearch, &QAction::triggered, this, [this]() {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(focusSearch);

    m_removeAction = new QAction(tr("&Remove from Library…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setToolTip(tr("Remove the selected documents from the library; the files stay on disk"));
    connect(m_removeAction, &QAction::triggered, this, [this]() { removeDocuments(selectedDocuments()); });

    m_reimportAction = new QAction(tr("Re-&import"), this);
    m_reimportAction->setObjectName(QStringLiteral("reimportAction"));
    m_reimportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reimportAction->setToolTip(tr("Read the selected documents again from their files"));
    connect(m_reimportAction, &QAction::triggered, this,
            [this]() { reimportDocuments(selectedDocuments()); });

    m_tagsAction = new QAction(tr("Edit &Tags…"), this);
    m_tagsAction->setObjectName(QStringLiteral("editTagsAction"));
    m_tagsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tagsAction, &QAction::triggered, this, &MainWindow::editTagsOfSelection);

    m_newCollectionAction = new QAction(tr("Add to &New Collection…"), this);
    m_newCollectionAction->setObjectName(QStringLiteral("newCollectionAction"));
    m_newCollectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newCollectionAction, &QAction::triggered, this, &MainWindow::addSelectionToNewCollection);
    for (QAction* action : {m_reimportAction, m_tagsAction, m_newCollectionAction})
        addAction(action);
}

void MainWindow::createMenus() {
    auto action = [this](const QString& name) { return findChild<QAction*>(name); };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(action(QStringLiteral("importFilesAction")));
    file->addAction(action(QStringLiteral("importFolderAction")));
    file->addSeparator();
    auto* openLibraryAction = file->addAction(tr("Open &Library…"), this, [this]() {
        auto* dialog = new QFileDialog(this, tr("Open or create a library"));
        dialog->setObjectName(QStringLiteral("openLibraryDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        dialog->setNameFilters({tr("PolicyLens libraries (*.policylens)"), tr("All files (*)")});
        dialog->setDefaultSuffix(QStringLiteral("policylens"));
        dialog->setDirectory(QFileInfo(m_library->path()).absolutePath());
        connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openLibrary);
        dialog->open();
    });
    openLibraryAction->setObjectName(QStringLiteral("openLibraryAction"));
    openLibraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_recentMenu = file->addMenu(tr("&Recent Libraries"));
    m_recentMenu->setObjectName(QStringLiteral("recentLibrariesMenu"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // One history for every annotation, note, tag, typed fact and correction.
    QAction* undo = m_annotationEditor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_annotationEditor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("focusSearchAction")));
    for (QAction* readerAction : m_reader->navigationActions()) {
        if (readerAction->objectName().startsWith(QStringLiteral("find")))
            edit->addAction(readerAction);
    }
    edit->addSeparator();
    edit->addAction(m_reader->findChild<QAction*>(QStringLiteral("copySelectionAction")));

    QMenu* libraryMenu = menuBar()->addMenu(tr("&Library"));
    libraryMenu->setObjectName(QStringLiteral("libraryMenu"));
    libraryMenu->addAction(m_reimportAction);
    libraryMenu->addAction(m_removeAction);
    libraryMenu->addSeparator();
    libraryMenu->addAction(m_tagsAction);
    m_collectionMenu = libraryMenu->addMenu(tr("Add to &Collection"));
    m_collectionMenu->setObjectName(QStringLiteral("collectionMenu"));
    libraryMenu->addAction(m_newCollectionAction);
    connect(libraryMenu, &QMenu::aboutToShow, this, &MainWindow::updateLibraryActions);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QAction* readerAction : m_reader->viewActions()) {
        if (readerAction->objectName() != QStringLiteral("copySelectionAction"))
            view->addAction(readerAction);
    }
    view->addSeparator();
    QAction* libraryToggle = m_libraryDock->toggleViewAction();
    libraryToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    view->addAction(libraryToggle);
    QAction* hitsToggle = m_hitsDock->toggleViewAction();
    hitsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    view->addAction(hitsToggle);
    QAction* annotationsToggle = m_annotationsDock->toggleViewAction();
    annotationsToggle->setObjectName(QStringLiteral("showAnnotationsAction"));
    view->addAction(annotationsToggle);
    QAction* importToggle = m_importDock->toggleViewAction();
    importToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
    view->addAction(importToggle);
    view->addSeparator();
    QMenu* themeMenu = view->addMenu(tr("&Appearance"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> themes[] = {
        {Theme::System, tr("Follow the &System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, label] : themes) {
        QAction* item = themeMenu->addAction(label);
        item->setCheckable(true);
        item->setData(int(theme));
        item->setObjectName(QStringLiteral("themeAction%1").arg(int(theme)));
        m_themeGroup->addAction(item);
        connect(item, &QAction::triggered, this, [this, theme]() { setTheme(theme); });
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (QAction* readerAction : m_reader->navigationActions()) {
        if (!readerAction->objectName().startsWith(QStringLiteral("find")))
            go->addAction(readerAction);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    auto* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    auto* about = help->addAction(tr("&About PolicyLens"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    updateRecentLibraries();
    updateLibraryActions();
}

QWidget* MainWindow::createLibraryPane() {
    m_libraryStack = new QStackedWidget(this);
    m_libraryStack->setObjectName(QStringLiteral("libraryStack"));

    auto* empty = new QLabel(tr("Drop PDF files or folders here\nor use File → Import Files… (Ctrl+O)"),
                             m_libraryStack);
    empty->setObjectName(QStringLiteral("emptyLibraryLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);
    empty->setForegroundRole(QPalette::PlaceholderText);

    auto* list = new QWidget(m_libraryStack);
    m_libraryFilter = new QLineEdit(list);
    m_libraryFilter->setObjectName(QStringLiteral("libraryFilter"));
    m_libraryFilter->setPlaceholderText(tr("Filter by title, issuer, date, country or tag"));
    m_libraryFilter->setClearButtonEnabled(true);
    connect(m_libraryFilter, &QLineEdit::textChanged, m_libraryProxy, &LibraryFilterModel::setFilterText);
    m_collectionFilter = new QComboBox(list);
    m_collectionFilter->setObjectName(QStringLiteral("collectionFilter"));
    m_collectionFilter->setToolTip(tr("Show one collection"));
    m_collectionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_collectionFilter, &QComboBox::activated, this,
            [this](int index) { showCollection(m_collectionFilter->itemData(index).toLongLong()); });

    m_libraryView = new QTableView(list);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setModel(m_libraryProxy);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->sortByColumn(LibraryModel::TitleColumn, Qt::AscendingOrder);
    m_libraryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraryView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_libraryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraryView->setAlternatingRowColors(true);
    m_libraryView->setWordWrap(false);
    m_libraryView->setTextElideMode(Qt::ElideRight);
    m_libraryView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_libraryView->verticalHeader()->hide();
    m_libraryView->horizontalHeader()->setHighlightSections(false);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_libraryView->horizontalHeader()->setMinimumSectionSize(40);
    // Short columns fit their contents; the free-text ones get a width the user may change and elide.
    for (int column :
         {int(LibraryModel::DateColumn), int(LibraryModel::PagesColumn), int(LibraryModel::FlagsColumn)})
        m_libraryView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const auto& [column, width] :
         {std::pair{int(LibraryModel::IssuerColumn), 100}, std::pair{int(LibraryModel::CountriesColumn), 80},
          std::pair{int(LibraryModel::TagsColumn), 60}}) {
        m_libraryView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_libraryView->horizontalHeader()->resizeSection(column, width);
    }
    m_libraryView->addAction(m_removeAction);
    // Columns the user does not need can be hidden from the header's menu; the header state is remembered.
    m_libraryView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_libraryView->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                QHeaderView* header = m_libraryView->horizontalHeader();
                auto* menu = new QMenu(this);
                menu->setObjectName(QStringLiteral("libraryColumnsMenu"));
                menu->setAttribute(Qt::WA_DeleteOnClose);
                for (int column = LibraryModel::IssuerColumn; column < LibraryModel::ColumnCount; ++column) {
                    QAction* toggle =
                        menu->addAction(m_libraryModel->headerData(column, Qt::Horizontal).toString());
                    toggle->setCheckable(true);
                    toggle->setChecked(!header->isSectionHidden(column));
                    connect(toggle, &QAction::toggled, header,
                            [header, column](bool shown) { header->setSectionHidden(column, !shown); });
                }
                menu->popup(header->viewport()->mapToGlobal(pos));
            });
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { openLibraryRow(current); });
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateLibraryActions);
    connect(m_libraryView, &QTableView::activated, this, &MainWindow::openLibraryRow);
    connect(m_libraryView, &QTableView::customContextMenuRequested, this, &MainWindow::showLibraryMenu);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_libraryFilter, 1);
    filters->addWidget(m_collectionFilter);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(4, 4, 4, 4);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_libraryView, 1);

    m_libraryError = new QLabel(m_libraryStack);
    m_libraryError->setObjectName(QStringLiteral("libraryErrorLabel"));
    m_libraryError->setAlignment(Qt::AlignCenter);
    m_libraryError->setWordWrap(true);
    m_libraryError->setMargin(24);
    m_libraryError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_libraryStack->addWidget(empty);
    m_libraryStack->addWidget(list);
    m_libraryStack->addWidget(m_libraryError);
    return m_libraryStack;
}

QWidget* MainWindow::createHitsPane() {
    auto* pane = new QWidget(this);
    m_hitsSummary = new QLabel(pane);
    m_hitsSummary->setObjectName(QStringLiteral("hitsSummary"));
    m_hitsSummary->setText(tr("Type in the search box to find passages in all documents."));
    m_hitsSummary->setWordWrap(true);
    m_aliasesLabel = new QLabel(pane);
    m_aliasesLabel->setObjectName(QStringLiteral("searchAliases"));
    m_aliasesLabel->setWordWrap(true);
    m_aliasesLabel->setTextFormat(Qt::RichText);
    m_aliasesLabel->setVisible(false);
    connect(m_aliasesLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        leaveOutAlias(link.startsWith(QStringLiteral("off:")) ? link.mid(4) : QString());
    });

    m_documentFilter = new QComboBox(pane);
    m_documentFilter->setObjectName(QStringLiteral("searchDocumentFilter"));
    m_documentFilter->setToolTip(tr("Search one document only"));
    m_documentFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentFilter->setMinimumContentsLength(8);
    m_yearFilter = new QComboBox(pane);
    m_yearFilter->setObjectName(QStringLiteral("searchYearFilter"));
    m_yearFilter->setToolTip(tr("Search documents of one year"));
    m_countryFilter = new QComboBox(pane);
    m_countryFilter->setObjectName(QStringLiteral("searchCountryFilter"));
    m_countryFilter->setToolTip(tr("Search documents about one country"));
    for (QComboBox* filter : {m_documentFilter, m_yearFilter, m_countryFilter})
        connect(filter, &QComboBox::activated, this, [this]() {
            if (!m_searchEdit->text().trimmed().isEmpty())
                runSearch(m_searchEdit->text());
        });

    m_hitsView = new QListView(pane);
    m_hitsView->setObjectName(QStringLiteral("hitsView"));
    m_hitsView->setModel(m_hitModel);
    m_hitsView->setItemDelegate(new HitDelegate(m_hitsView));
    m_hitsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hitsView->setResizeMode(QListView::Adjust);
    m_hitsView->setUniformItemSizes(false);
    m_hitsView->setWordWrap(true);
    m_hitsView->setAlternatingRowColors(true);
    m_hitsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Each hit is laid out as rich text; in batches, a long result list never holds up the event loop.
    m_hitsView->setLayoutMode(QListView::Batched);
    m_hitsView->setBatchSize(20);
    m_hitsView->installEventFilter(this);
    connect(m_hitsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openHit(current.row());
            });
    connect(m_hitsView, &QListView::activated, this,
            [this](const QModelIndex& index) { openHit(index.row()); });

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_documentFilter, 1);
    filterRow->addWidget(m_yearFilter);
    filterRow->addWidget(m_countryFilter);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterRow);
    layout->addWidget(m_hitsSummary);
    layout->addWidget(m_aliasesLabel);
    layout->addWidget(m_hitsView, 1);
    return pane;
}

QWidget* MainWindow::createImportResultsPane() {
    auto* pane = new QWidget(this);
    auto* view = new QTableView(pane);
    view->setObjectName(QStringLiteral("importResultsView"));
    view->setModel(m_importResults);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(ImportResultModel::FileColumn, QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(ImportResultModel::FileColumn, 320);
    view->horizontalHeader()->setSectionResizeMode(ImportResultModel::ResultColumn,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(ImportResultModel::PagesColumn,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 docId = index.data(ImportResultModel::DocIdRole).toLongLong();
        if (docId != 0)
            m_reader->openDocument(docId, 1);
    });
    connect(m_importResults, &QAbstractItemModel::rowsInserted, view,
            [view](const QModelIndex&, int, int last) { view->scrollTo(view->model()->index(last, 0)); });
    auto* clear = new QToolButton(pane);
    clear->setObjectName(QStringLiteral("clearImportResults"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Forget the results of earlier imports"));
    connect(clear, &QToolButton::clicked, m_importResults, &ImportResultModel::clear);
    auto* summary = new QLabel(tr("Each imported file, what happened to it and why."), pane);
    summary->setObjectName(QStringLiteral("importResultsSummary"));
    auto* top = new QHBoxLayout;
    top->addWidget(summary, 1);
    top->addWidget(clear);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    return pane;
}

void MainWindow::scheduleLibraryReload() {
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void MainWindow::reloadLibrary() {
    m_reloadTimer->stop();
    const qint64 current = m_reader->docId();
    const store::Catalog catalog(*m_library);
    const auto documents = m_library->documents();
    const auto countries = catalog.countriesByDocument();
    const auto tags = catalog.tagsByDocument();
    const Error* failure = !documents   ? &documents.error()
                           : !countries ? &countries.error()
                           : !tags      ? &tags.error()
                                        : nullptr;
    if (failure) {
        // Never an empty list for a library that cannot be read: say so, with the file and the reason.
        m_libraryError->setText(
            tr("Cannot read the library %1:\n%2").arg(m_library->path(), failure->message));
        statusBar()->showMessage(tr("Cannot read the library: %1").arg(failure->message), 15000);
        m_libraryModel->setDocuments({}, {}, {});
    } else {
        m_libraryError->clear();
        m_libraryModel->setDocuments(*documents, *countries, *tags);
    }
    updateCollections();
    updateSearchFilters();
    const int count = m_libraryModel->rowCount();
    m_libraryStack->setCurrentIndex(failure ? 2 : count == 0 ? 0 : 1);
    m_documentCount->setText(tr("%n document(s)", nullptr, count));
    if (current != 0 && m_libraryModel->rowOf(current) < 0)
        m_reader->closeDocument();
    // Imports and removals move annotations between documents (re-attached, or waiting for their document).
    m_annotationEditor->libraryChanged();
    if (m_reader->docId() != 0) {
        selectDocument(m_reader->docId());
    } else if (m_libraryProxy->rowCount() > 0) {
        // Something to read from the start rather than an empty reader.
        m_libraryView->setCurrentIndex(m_libraryProxy->index(0, LibraryModel::TitleColumn));
    }
    emit libraryReloaded();
}

void MainWindow::openLibraryRow(const QModelIndex& proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    const qint64 docId = proxyIndex.data(LibraryModel::DocIdRole).toLongLong();
    // Selecting the row of the document already open (e.g. after opening a hit) keeps its page.
    if (docId != 0 && docId != m_reader->docId())
        m_reader->openDocument(docId, 1);
}

void MainWindow::selectDocument(qint64 docId) {
    const int row = m_libraryModel->rowOf(docId);
    if (row < 0)
        return;
    const QModelIndex index =
        m_libraryProxy->mapFromSource(m_libraryModel->index(row, LibraryModel::TitleColumn));
    if (index.isValid() && m_libraryView->currentIndex().row() != index.row()) {
        m_libraryView->setCurrentIndex(index);
        m_libraryView->scrollTo(index);
    }
}

void MainWindow::chooseFiles() {
    auto* dialog = new QFileDialog(this, tr("Import PDF files"));
    dialog->setObjectName(QStringLiteral("importFilesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("PDF documents (*.pdf *.PDF)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::importPaths);
    dialog->open();
}

void MainWindow::chooseFolder() {
    auto* dialog = new QFileDialog(this, tr("Import a folder of PDF files"));
    dialog->setObjectName(QStringLiteral("importFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::importPaths);
    dialog->open();
}

void MainWindow::importPaths(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    if (isImporting()) {
        m_pendingImports += paths;
        return;
    }
    startImport(paths);
}

void MainWindow::startImport(const QStringList& paths, const QString& password, bool reread) {
    auto* job = new import::ImportJob(m_library->path(), paths, password, this);
    job->setReread(reread);
    m_importJob = job;
    // The job runs on a worker thread but lives here, so its signals arrive queued on the GUI thread.
    connect(job, &import::ImportJob::progress, this, [this](int done, int total, const QString& file) {
        m_importProgress->setRange(0, std::max(1, total));
        m_importProgress->setValue(done);
        m_importProgress->setFormat(QStringLiteral("%v / %m"));
        if (!file.isEmpty())
            statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    });
    connect(job, &import::ImportJob::fileFinished, this, [this](const import::ImportOutcome& outcome) {
        using Status = import::ImportOutcome::Status;
        m_importResults->append(outcome);
        if (outcome.status == Status::Added || outcome.status == Status::Replaced)
            scheduleLibraryReload();
    });

    m_importProgress->setRange(0, 0);
    m_importProgress->setValue(0);
    m_importProgress->setVisible(true);
    m_cancelImport->setEnabled(true);
    m_cancelImport->setVisible(true);
    statusBar()->showMessage(tr("Looking for PDF files…"));

    m_importRun = QtConcurrent::run([job]() { return job->run(); });
    // Queued even when the job is already over (see whenDone): the job's fileFinished events, posted
    // before, fill the import results first.
    whenDone(m_importRun, this,
             [this](const QList<import::ImportOutcome>& outcomes) { finishImport(outcomes); });
}

void MainWindow::cancelImport() {
    if (!m_importJob)
        return;
    m_pendingImports.clear();
    m_pendingRereads.clear();
    m_importJob->cancel();
    m_cancelImport->setEnabled(false);
    statusBar()->showMessage(tr("Cancelling import…"));
}

void MainWindow::finishImport(const QList<import::ImportOutcome>& outcomes) {
    const bool cancelled = m_importJob->isCancelled();
    m_importJob->deleteLater();
    m_importJob = nullptr;
    m_importProgress->setVisible(false);
    m_cancelImport->setVisible(false);

    for (const import::ImportOutcome& outcome : outcomes) {
        if (!cancelled && needsPassword(outcome))
            m_lockedFiles.append(outcome);
        else
            m_roundOutcomes.append(outcome);
    }
    if (cancelled)
        m_roundOutcomes += std::exchange(m_lockedFiles, {});
    reloadLibrary();
    if (!retryLockedFile())
        finishImportRound();
}

/// Asks for the password of the next protected file and starts importing it alone; false when none is left
/// to retry, the user having declined the rest.
bool MainWindow::retryLockedFile() {
    while (!m_lockedFiles.isEmpty()) {
        const import::ImportOutcome locked = m_lockedFiles.takeFirst();
        const std::optional<QString> password =
            askPassword(locked.path, locked.error.kind == Error::Kind::WrongPassword);
        if (password) {
            startImport({locked.path}, *password);
            return true;
        }
        m_roundOutcomes.append(locked);
    }
    return false;
}

void MainWindow::finishImportRound() {
    const QList<import::ImportOutcome> outcomes = std::exchange(m_roundOutcomes, {});
    int added = 0;
    int unchanged = 0;
    int cancelled = 0;
    QList<import::ImportOutcome> failures;
    for (const import::ImportOutcome& outcome : outcomes) {
        switch (outcome.status) {
        case import::ImportOutcome::Status::Added:
        case import::ImportOutcome::Status::Replaced:
            ++added;
            break;
        case import::ImportOutcome::Status::Unchanged:
            ++unchanged;
            break;
        case import::ImportOutcome::Status::Cancelled:
            ++cancelled;
            break;
        case import::ImportOutcome::Status::Failed:
            failures.append(outcome);
            break;
        }
    }
    QString message = tr("%n document(s) imported", nullptr, added);
    if (unchanged > 0)
        message += tr(", %n already in the library", nullptr, unchanged);
    if (!failures.isEmpty())
        message += tr(", %n failed", nullptr, int(failures.size()));
    if (cancelled > 0)
        message += tr(", %n cancelled", nullptr, cancelled);
    statusBar()->showMessage(message, 15000);
    qCInfo(lcViews) << "import finished:" << added << "added," << unchanged << "unchanged," << failures.size()
                    << "failed," << cancelled << "cancelled";

    if (!failures.isEmpty()) {
        m_importDock->show();
        m_importDock->raise();
        showFailures(failures);
    }
    if (added > 0 && !m_searchEdit->text().trimmed().isEmpty())
        runSearch(m_searchEdit->text()); // new documents may hold new hits
    emit importFinished(outcomes);

    if (!m_pendingImports.isEmpty()) {
        const QStringList next = std::exchange(m_pendingImports, {});
        startImport(next);
    } else if (!m_pendingRereads.isEmpty()) {
        const QStringList next = std::exchange(m_pendingRereads, {});
        startImport(next, {}, true);
    }
}

void MainWindow::setPasswordProvider(PasswordProvider provider) {
    m_passwordProvider = std::move(provider);
}

std::optional<QString> MainWindow::askPassword(const QString& file, bool wrongBefore) {
    // Paths dropped while the user answers wait for the answer, like paths dropped during an import.
    const QScopedValueRollback asking(m_askingPassword, true);
    if (m_passwordProvider)
        return m_passwordProvider(file, wrongBefore);
    const QString name = QFileInfo(file).fileName();
    const QString label = wrongBefore
                              ? tr("The password for “%1” is wrong. Try again:").arg(name)
                              : tr("“%1” is protected by a password. Enter it to import the file:").arg(name);
    // Modal on purpose: the user answers it directly, and no import runs while it is open.
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Password required"), label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void MainWindow::setFailureReporter(FailureReporter reporter) {
    m_failureReporter = std::move(reporter);
}

void MainWindow::showFailures(const QList<import::ImportOutcome>& failures) {
    for (const import::ImportOutcome& failure : failures)
        qCWarning(lcViews) << "import failed:" << failure.path << failure.error.kindName()
                           << failure.error.message;
    if (m_failureReporter) {
        m_failureReporter(failures);
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < failures.size() && i < failuresListed; ++i) {
        const import::ImportOutcome& failure = failures.at(i);
        lines.append(tr("%1: %2").arg(QFileInfo(failure.path).fileName(), reasonFor(failure.error)));
    }
    if (failures.size() > failuresListed)
        lines.append(tr("… and %n more", nullptr, int(failures.size() - failuresListed)));
    QStringList details;
    for (const import::ImportOutcome& failure : failures)
        details.append(QStringLiteral("%1\n    %2 (%3)")
                           .arg(failure.path, failure.error.message, failure.error.kindName()));

    // Non-modal: the import is over, and the window stays usable while the message is read.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import"),
                                tr("%n file(s) could not be imported.", nullptr, int(failures.size())),
                                QMessageBox::Close, this);
    lines.append(QString());
    lines.append(tr("The Import results panel lists every file with what happened to it."));
    box->setObjectName(QStringLiteral("importFailuresBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setDetailedText(details.join(QLatin1Char('\n')));
    box->open();
}

void MainWindow::search(const QString& query) {
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(query);
    }
    m_searchTimer->stop();
    runSearch(query);
}

void MainWindow::runSearch(QString query) {
    const quint64 generation = ++m_searchGeneration;
    if (query.trimmed().isEmpty()) {
        m_searching = false;
        m_hitModel->clear();
        m_hitsSummary->setText(tr("Type in the search box to find passages in all documents."));
        m_aliasesLabel->setVisible(false);
        emit searchFinished(0);
        return;
    }
    m_searching = true;
    m_hitsSummary->setText(tr("Searching…"));
    const QString libraryPath = m_library->path();
    const QString typed = query;
    query = filteredQuery(typed);
    if (typed.simplified() != m_aliasQuery) {
        m_aliasQuery = typed.simplified(); // aliases left out belong to the query they were left out of
        m_disabledAliases.clear();
    }
    // The worker opens its own connection: a Library must stay on the thread that opened it.
    whenDone(QtConcurrent::run(
                 [libraryPath, query, disabled = m_disabledAliases]() -> Result<search::SearchResult> {
                     auto library = store::Library::open(libraryPath);
                     if (!library)
                         return std::unexpected(library.error());
                     return search::Searcher(**library).search(query, searchLimit,
                                                               search::Searcher::Grouping::Page, disabled);
                 }),
             this,
             [this, generation, typed,
              country = m_countryFilter->currentData().toString()](Result<search::SearchResult> result) {
                 if (generation != m_searchGeneration)
                     return; // the user typed on; a newer search is under way
                 m_searching = false;
                 if (!result) {
                     m_hitModel->clear();
                     m_hitsSummary->setText(
                         tr("Cannot search for “%1”: %2").arg(typed, result.error().message));
                     emit searchFinished(0);
                     return;
                 }
                 if (!country.isEmpty()) {
                     // Countries are facts about documents, not words in the text: filtered here, not in the
                     // query.
                     result->hits.removeIf([this, &country](const search::SearchHit& hit) {
                         return !m_libraryModel->countriesOf(hit.docId).contains(country);
                     });
                 }
                 result->query = typed;
                 showAliases(result->aliases);
                 const int count = int(result->hits.size());
                 m_hitModel->setResult(*result);
                 if (count == 0)
                     m_hitsSummary->setText(tr("No passages match “%1”.").arg(typed));
                 else if (count >= searchLimit)
                     m_hitsSummary->setText(tr("The best %n passages for “%1”:", nullptr, count).arg(typed));
                 else
                     m_hitsSummary->setText(tr("%n passage(s) match “%1”", nullptr, count).arg(typed) +
                                            tr(" in %n document(s):", nullptr, m_hitModel->documentCount()));
                 m_hitsDock->show();
                 m_hitsDock->raise();
                 emit searchFinished(count);
             });
}

void MainWindow::showAliases(const QList<search::SearchQuery::UsedAlias>& aliases) {
    QStringList parts;
    for (const auto& a : aliases.mid(0, 6)) {
        const QString where = QFileInfo(a.path).completeBaseName();
        parts.append(
            tr("%1 = %2 <span style=\"color:gray\">(%3, p. %4)</span> <a href=\"off:%5\">leave out</a>")
                .arg(a.alias.toHtmlEscaped(), a.term.toHtmlEscaped(), where.toHtmlEscaped())
                .arg(a.page)
                .arg(a.alias.toHtmlEscaped()));
    }
    QString text;
    if (!parts.isEmpty())
        text = tr("Also searched, as the documents define them: %1").arg(parts.join(QStringLiteral(" · ")));
    if (!m_disabledAliases.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("<a href=\"all\">Search with every alias again</a>");
    m_aliasesLabel->setText(text);
    m_aliasesLabel->setVisible(!text.isEmpty());
}

void MainWindow::leaveOutAlias(const QString& spelling) {
    if (spelling.isEmpty())
        m_disabledAliases.clear();
    else
        m_disabledAliases.insert(facts::aliasKey(spelling));
    const QString query = m_searchEdit->text();
    m_aliasQuery = query.simplified(); // keep what was left out for this query
    runSearch(query);
}

bool MainWindow::openHit(int row) {
    const search::SearchHit* hit = m_hitModel->hit(row);
    if (!hit)
        return false;
    m_reader->openDocument(hit->docId, hit->page, hit->boxes);
    selectDocument(hit->docId);
    const QModelIndex index = m_hitModel->index(row);
    if (m_hitsView->currentIndex() != index) {
        const QSignalBlocker blocker(m_hitsView->selectionModel());
        m_hitsView->setCurrentIndex(index);
        m_hitsView->viewport()->update();
    }
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList paths = importablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    if (m_importJob) {
        m_pendingImports.clear();
        m_pendingRereads.clear();
        m_importJob->cancel();
    }
    QMainWindow::closeEvent(event);
}

QString MainWindow::filteredQuery(const QString& query) const {
    // The filters become the query language's own doc: and year: terms, which the searcher applies in SQL.
    QString filtered = query;
    const qint64 docId = m_documentFilter->currentData().toLongLong();
    if (docId != 0)
        filtered += QStringLiteral(" doc:%1").arg(docId);
    const int year = m_yearFilter->currentData().toInt();
    if (year != 0)
        filtered += QStringLiteral(" year:%1").arg(year);
    return filtered;
}

void MainWindow::updateSearchFilters() {
    const qint64 docId = m_documentFilter->currentData().toLongLong();
    const int year = m_yearFilter->currentData().toInt();
    const QString country = m_countryFilter->currentData().toString();
    const QSignalBlocker b1(m_documentFilter);
    const QSignalBlocker b2(m_yearFilter);
    const QSignalBlocker b3(m_countryFilter);
    m_documentFilter->clear();
    m_yearFilter->clear();
    m_countryFilter->clear();
    m_documentFilter->addItem(tr("All documents"), qint64(0));
    m_yearFilter->addItem(tr("All years"), 0);
    m_countryFilter->addItem(tr("All countries"), QString());
    QSet<int> years;
    QSet<QString> countries;
    for (int row = 0; row < m_libraryProxy->rowCount(); ++row) {
        const QModelIndex index = m_libraryProxy->index(row, LibraryModel::TitleColumn);
        m_documentFilter->addItem(index.data().toString(), index.data(LibraryModel::DocIdRole));
        const int y = index.data(LibraryModel::YearRole).toInt();
        if (y != 0)
            years.insert(y);
        for (const QString& c : index.data(LibraryModel::CountriesRole).toStringList())
            countries.insert(c);
    }
    QList<int> sortedYears(years.cbegin(), years.cend());
    std::sort(sortedYears.begin(), sortedYears.end(), std::greater<>());
    for (int y : sortedYears)
        m_yearFilter->addItem(QString::number(y), y);
    QStringList sortedCountries(countries.cbegin(), countries.cend());
    sortedCountries.sort();
    for (const QString& c : sortedCountries)
        m_countryFilter->addItem(c, c);
    m_countryFilter->setEnabled(!sortedCountries.isEmpty());
    m_documentFilter->setCurrentIndex(std::max(0, m_documentFilter->findData(docId)));
    m_yearFilter->setCurrentIndex(std::max(0, m_yearFilter->findData(year)));
    m_countryFilter->setCurrentIndex(std::max(0, m_countryFilter->findData(country)));
}

void MainWindow::updateCollections() {
    const store::Catalog catalog(*m_library);
    const auto stored = catalog.collections();
    if (!stored)
        statusBar()->showMessage(tr("Cannot read the collections: %1").arg(stored.error().message), 15000);
    const QList<store::Catalog::Collection> collections =
        stored.value_or(QList<store::Catalog::Collection>());
    {
        const QSignalBlocker blocker(m_collectionFilter);
        m_collectionFilter->clear();
        m_collectionFilter->addItem(tr("All documents"), qint64(0));
        for (const store::Catalog::Collection& c : collections)
            m_collectionFilter->addItem(tr("%1 (%2)").arg(c.name).arg(c.size), c.id);
        const int index = m_collectionFilter->findData(m_collectionId);
        m_collectionFilter->setCurrentIndex(std::max(0, index));
        if (index < 0 && m_collectionId != 0) {
            m_collectionId = 0;
            m_libraryProxy->setDocumentFilter(std::nullopt);
        }
    }
    if (m_collectionId != 0)
        showCollection(m_collectionId);
    if (m_collectionMenu) {
        m_collectionMenu->clear();
        for (const store::Catalog::Collection& c : collections)
            m_collectionMenu->addAction(
                c.name, this, [this, name = c.name]() { addToCollection(name, selectedDocuments()); });
        if (!collections.isEmpty())
            m_collectionMenu->addSeparator();
        m_collectionMenu->addAction(m_newCollectionAction);
    }
}

void MainWindow::showCollection(qint64 collectionId) {
    m_collectionId = collectionId;
    if (collectionId == 0) {
        m_libraryProxy->setDocumentFilter(std::nullopt);
    } else {
        const auto members = store::Catalog(*m_library).documentsIn(collectionId);
        if (!members)
            statusBar()->showMessage(tr("Cannot read the collection: %1").arg(members.error().message),
                                     15000);
        m_libraryProxy->setDocumentFilter(members.value_or(QSet<qint64>()));
    }
    const int index = m_collectionFilter->findData(collectionId);
    if (index >= 0 && index != m_collectionFilter->currentIndex())
        m_collectionFilter->setCurrentIndex(index);
}

QList<qint64> MainWindow::selectedDocuments() const {
    QList<qint64> ids;
    for (const QModelIndex& index : m_libraryView->selectionModel()->selectedRows(LibraryModel::TitleColumn))
        ids.append(index.data(LibraryModel::DocIdRole).toLongLong());
    if (ids.isEmpty() && m_libraryView->currentIndex().isValid())
        ids.append(m_libraryView->currentIndex().data(LibraryModel::DocIdRole).toLongLong());
    return ids;
}

void MainWindow::updateLibraryActions() {
    const bool any = !selectedDocuments().isEmpty();
    for (QAction* action : {m_removeAction, m_reimportAction, m_tagsAction, m_newCollectionAction})
        action->setEnabled(any && !m_removing);
    if (m_collectionMenu)
        m_collectionMenu->setEnabled(any);
}

void MainWindow::showLibraryMenu(const QPoint& pos) {
    if (!m_libraryView->indexAt(pos).isValid())
        return;
    updateLibraryActions();
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("libraryContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_reimportAction);
    menu->addAction(m_removeAction);
    menu->addSeparator();
    menu->addAction(m_tagsAction);
    menu->addMenu(m_collectionMenu);
    if (m_collectionId != 0) {
        menu->addAction(tr("Remove from This Collection"), this, [this]() {
            write(
                [collectionId = m_collectionId,
                 docIds = selectedDocuments()](store::Library& library) -> Result<void> {
                    store::Catalog catalog(library);
                    for (qint64 docId : docIds)
                        if (auto ok = catalog.removeFromCollection(collectionId, docId); !ok)
                            return ok;
                    return {};
                },
                tr("Cannot change the collection: %1"));
        });
    }
    menu->popup(m_libraryView->viewport()->mapToGlobal(pos));
}

void MainWindow::setConfirmer(Confirmer confirmer) {
    m_confirmer = std::move(confirmer);
}

void MainWindow::setTextAsker(TextAsker asker) {
    m_textAsker = std::move(asker);
}

bool MainWindow::confirm(const QString& question) {
    if (m_confirmer)
        return m_confirmer(question);
    return QMessageBox::question(this, tr("PolicyLens"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

std::optional<QString> MainWindow::askText(const QString& title, const QString& label,
                                           const QString& initial) {
    if (m_textAsker)
        return m_textAsker(title, label, initial);
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void MainWindow::removeDocuments(const QList<qint64>& docIds) {
    if (docIds.isEmpty() || m_removing)
        return;
    const QString question =
        docIds.size() == 1
            ? tr("Remove “%1” from the library? The PDF file stays where it is.")
                  .arg(m_libraryModel->index(m_libraryModel->rowOf(docIds.constFirst()), 0).data().toString())
            : tr("Remove %n document(s) from the library? The PDF files stay where they are.", nullptr,
                 int(docIds.size()));
    if (!confirm(question))
        return;
    m_removing = true;
    updateLibraryActions();
    statusBar()->showMessage(tr("Removing %n document(s)…", nullptr, int(docIds.size())));
    const QString libraryPath = m_library->path();
    whenDone(removeInWorker(libraryPath, docIds), this,
             [this, count = int(docIds.size())](const QString& error) {
                 m_removing = false;
                 if (error.isEmpty())
                     statusBar()->showMessage(tr("%n document(s) removed", nullptr, count), 10000);
                 else
                     statusBar()->showMessage(tr("Cannot remove: %1").arg(error), 15000);
                 reloadLibrary();
                 updateLibraryActions();
                 emit removalFinished();
             });
}

void MainWindow::reimportDocuments(const QList<qint64>& docIds) {
    if (docIds.isEmpty() || m_removing)
        return;
    QStringList paths;
    for (qint64 id : docIds)
        if (const std::optional<store::DocumentRecord> doc = m_libraryModel->documentById(id))
            paths.append(doc->path);
    if (paths.isEmpty())
        return;
    statusBar()->showMessage(tr("Re-importing %n document(s)…", nullptr, int(paths.size())));
    // Each document is read again and replaced in one transaction, which carries its tags, collections and
    // annotations; a file that can no longer be read leaves the document as it was.
    if (isImporting()) {
        m_pendingRereads += paths;
        return;
    }
    startImport(paths, {}, true);
}

void MainWindow::write(store::LibraryWriter::Work work, const QString& failure) {
    ++m_writesInFlight;
    whenDone(m_writer->submit(std::move(work)), this, [this, failure](const Result<void>& done) {
        --m_writesInFlight;
        if (!done)
            statusBar()->showMessage(failure.arg(done.error().message), 10000);
        scheduleLibraryReload();
        if (m_writesInFlight == 0)
            emit writesFinished();
    });
}

void MainWindow::storeStaleFacts() {
    // Documents imported before facts were read, or by an older extractor: the views read their facts in
    // memory meanwhile; the writer stores them once, off the GUI thread.
    auto refreshed = std::make_shared<int>(0);
    ++m_writesInFlight;
    whenDone(m_writer->submit([refreshed](store::Library& library) -> Result<void> {
        auto n = library.refreshStaleFacts();
        if (!n)
            return std::unexpected(n.error());
        *refreshed = *n;
        return {};
    }),
             this, [this, refreshed](const Result<void>& done) {
                 --m_writesInFlight;
                 if (!done)
                     qCWarning(lcViews) << "cannot store the facts read again:" << done.error().toString();
                 else if (*refreshed > 0)
                     qCInfo(lcViews) << "stored the facts of" << *refreshed << "document(s) read again";
                 if (m_writesInFlight == 0)
                     emit writesFinished();
             });
}

void MainWindow::setTags(const QList<qint64>& docIds, const QStringList& tags) {
    write(
        [docIds, tags](store::Library& library) -> Result<void> {
            store::Catalog catalog(library);
            for (qint64 docId : docIds)
                if (auto ok = catalog.setTags(docId, tags); !ok)
                    return ok;
            return {};
        },
        tr("Cannot save the tags: %1"));
}

void MainWindow::addToCollection(const QString& collection, const QList<qint64>& docIds) {
    write(
        [collection, docIds](store::Library& library) -> Result<void> {
            store::Catalog catalog(library);
            const auto id = catalog.createCollection(collection);
            if (!id)
                return std::unexpected(id.error());
            for (qint64 docId : docIds)
                if (auto ok = catalog.addToCollection(*id, docId); !ok)
                    return ok;
            return {};
        },
        tr("Cannot change the collection: %1"));
}

void MainWindow::editTagsOfSelection() {
    const QList<qint64> ids = selectedDocuments();
    if (ids.isEmpty())
        return;
    const QStringList current = m_libraryModel->tagsOf(ids.constFirst());
    const std::optional<QString> text =
        askText(tr("Tags"), tr("Tags, separated by commas (e.g. 예산, 2025 plan):"),
                current.join(QStringLiteral(", ")));
    if (!text)
        return;
    setTags(ids, text->split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void MainWindow::addSelectionToNewCollection() {
    const QList<qint64> ids = selectedDocuments();
    if (ids.isEmpty())
        return;
    const std::optional<QString> name = askText(tr("New collection"), tr("Name of the collection:"), {});
    if (!name || name->trimmed().isEmpty())
        return;
    addToCollection(*name, ids);
    reloadLibrary();
}

QString MainWindow::libraryPath() const {
    return m_library->path();
}

bool MainWindow::openLibrary(const QString& path) {
    if (isImporting() || m_removing) {
        statusBar()->showMessage(tr("Wait for the import to finish before opening another library."), 10000);
        return false;
    }
    auto library = store::Library::open(path);
    if (!library) {
        statusBar()->showMessage(tr("Cannot open the library %1: %2").arg(path, library.error().message),
                                 15000);
        return false;
    }
    m_reader->closeDocument();
    m_reader->setLibrary(library->get());
    m_annotationEditor->setLibrary(library->get());
    m_briefingBoard->setLibrary(library->get());
    m_library = std::move(*library);
    m_writer = std::make_unique<store::LibraryWriter>(m_library->path());
    storeStaleFacts();
    ++m_searchGeneration;
    m_hitModel->clear();
    m_collectionId = 0;
    m_libraryProxy->setDocumentFilter(std::nullopt);
    reloadLibrary();
    if (!m_searchEdit->text().trimmed().isEmpty())
        runSearch(m_searchEdit->text());
    updateWindowTitle();
    rememberLibrary(m_library->path());
    return true;
}

void MainWindow::updateWindowTitle() {
    setWindowTitle(QStringLiteral("%1 — PolicyLens").arg(QFileInfo(m_library->path()).completeBaseName()));
}

void MainWindow::rememberLibrary(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentLibraries")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentLibraries)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentLibraries"), recent);
    updateRecentLibraries();
}

void MainWindow::updateRecentLibraries() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentLibraries")).toStringList();
    int number = 0;
    for (const QString& path : recent) {
        if (QFileInfo(path) == QFileInfo(m_library->path()) || !QFileInfo::exists(path))
            continue;
        ++number;
        QAction* item =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)),
                                    this, [this, path]() { openLibrary(path); });
        item->setObjectName(QStringLiteral("recentLibrary%1").arg(number));
    }
    if (number == 0)
        m_recentMenu->addAction(tr("No other libraries yet"))->setEnabled(false);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (!settings.contains(QStringLiteral("geometry")) ||
        !restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1440, 900);
    if (settings.contains(QStringLiteral("state")))
        restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (settings.contains(QStringLiteral("libraryHeader")))
        m_libraryView->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("libraryHeader")).toByteArray());
    settings.endGroup();
    setTheme(Theme(std::clamp(settings.value(QStringLiteral("appearance/theme"), 0).toInt(), 0, 2)));
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("libraryHeader"), m_libraryView->horizontalHeader()->saveState());
    settings.endGroup();
}

void MainWindow::setTheme(Theme theme) {
    m_theme = theme;
    QSettings().setValue(QStringLiteral("appearance/theme"), int(theme));
    for (QAction* action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(theme));
    // Qt 6.4 cannot ask the platform for a colour scheme: "system" keeps the palette the platform gave us.
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(QPalette()); // an empty palette falls back to the platform's
        break;
    case Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

void MainWindow::setComponentVersions(const QList<QPair<QString, QString>>& versions) {
    m_componentVersions = versions;
}

void MainWindow::showAbout() {
    QString rows = QStringLiteral("<tr><td>Qt</td><td>%1</td></tr>").arg(QString::fromLatin1(qVersion()));
    for (const auto& [name, version] : std::as_const(m_componentVersions))
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    const QString text =
        QStringLiteral("<h3>PolicyLens %1</h3><p>%2</p><p>%3</p><table cellspacing=\"4\">%4</table>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(),
                 tr("An offline explorer for government policy documents.").toHtmlEscaped(),
                 tr("Nothing leaves this computer: PolicyLens never opens a network connection.")
                     .toHtmlEscaped(),
                 rows);
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("About PolicyLens"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts() {
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* model = new QStandardItemModel(dialog);
    model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    QSet<QAction*> seen;
    for (QMenu* menu : menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)) {
        auto* group = new QStandardItem(menu->title().remove(QLatin1Char('&')));
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        for (QAction* action : menu->actions()) {
            if (action->shortcuts().isEmpty() || seen.contains(action))
                continue;
            seen.insert(action);
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            group->appendRow(
                {new QStandardItem(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))),
                 new QStandardItem(keys.join(QStringLiteral(", ")))});
        }
        if (group->hasChildren())
            model->appendRow({group, new QStandardItem});
        else
            delete group;
    }
    auto* others = new QStandardItem(tr("Lists and pages"));
    QFont bold = others->font();
    bold.setBold(true);
    others->setFont(bold);
    const std::pair<QString, QString> fixed[] = {
        {tr("Next or previous page"), tr("Page Down, Page Up")},
        {tr("Zoom with the mouse wheel"), tr("Ctrl+Wheel")},
        {tr("From the search box to the results"), tr("Down")},
        {tr("Open the selected result or document"), tr("Enter")},
        {tr("Next or previous document in the results"), tr("Ctrl+Down, Ctrl+Up")},
        {tr("Previous match in the find bar"), tr("Shift+Enter")},
        {tr("Close the find bar"), tr("Esc")},
    };
    for (const auto& [what, keys] : fixed)
        others->appendRow({new QStandardItem(what), new QStandardItem(keys)});
    model->appendRow({others, new QStandardItem});
    auto* view = new QTreeView(dialog);
    view->setObjectName(QStringLiteral("shortcutsView"));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setRootIsDecorated(false);
    view->expandAll();
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 620);
    dialog->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_searchEdit && key->key() == Qt::Key_Down && m_hitModel->rowCount() > 0) {
        m_hitsView->setFocus(Qt::TabFocusReason);
        if (!m_hitsView->currentIndex().isValid())
            m_hitsView->setCurrentIndex(m_hitModel->index(0));
        return true;
    }
    if (watched == m_hitsView && (key->modifiers() & Qt::ControlModifier) &&
        (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        const int row =
            m_hitModel->nextGroupRow(m_hitsView->currentIndex().row(), key->key() == Qt::Key_Down ? 1 : -1);
        if (row >= 0)
            m_hitsView->setCurrentIndex(m_hitModel->index(row));
        return true;
    }
    if (watched == m_hitsView && key->key() == Qt::Key_Up && m_hitsView->currentIndex().row() == 0) {
        m_searchEdit->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace pl::ui
