#include "ui/views/mainwindow.h"

#include "core/search/searcher.h"
#include "core/store/library.h"
#include "ui/models/libraryfiltermodel.h"
#include "ui/models/librarymodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/analyticviews.h"
#include "ui/views/hitdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
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
    switch (error.kind) {
    case Error::Kind::NotFound:
        return MainWindow::tr("file not found");
    case Error::Kind::NotPdf:
        return MainWindow::tr("not a PDF file");
    case Error::Kind::Damaged:
        return MainWindow::tr("the PDF is damaged");
    case Error::Kind::PasswordRequired:
        return MainWindow::tr("the PDF is protected by a password");
    case Error::Kind::WrongPassword:
        return MainWindow::tr("wrong password");
    case Error::Kind::NoPages:
        return MainWindow::tr("the PDF has no pages");
    case Error::Kind::Cancelled:
        return MainWindow::tr("cancelled");
    case Error::Kind::Io:
    case Error::Kind::Database:
    case Error::Kind::Usage:
    case Error::Kind::Query:
    case Error::Kind::Internal:
        break;
    }
    return error.message;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Library> library, QWidget* parent)
    : QMainWindow(parent), m_library(std::move(library)), m_libraryModel(new LibraryModel(this)),
      m_libraryProxy(new LibraryFilterModel(this)), m_hitModel(new SearchHitModel(this)),
      m_reader(new ReaderWidget(this)), m_searchTimer(new QTimer(this)) {
    Q_ASSERT(m_library);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("PolicyLens"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);

    m_libraryProxy->setSourceModel(m_libraryModel);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setLibrary(m_library.get());
    setCentralWidget(m_reader);

    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchPauseMs);

    createActions();

    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_libraryDock->setWidget(createLibraryPane());
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);

    m_hitsDock = new QDockWidget(tr("Search results"), this);
    m_hitsDock->setObjectName(QStringLiteral("hitsDock"));
    m_hitsDock->setWidget(createHitsPane());
    addDockWidget(Qt::LeftDockWidgetArea, m_hitsDock);
    splitDockWidget(m_libraryDock, m_hitsDock, Qt::Vertical);
    resizeDocks({m_libraryDock}, {470}, Qt::Horizontal);
    resizeDocks({m_libraryDock, m_hitsDock}, {260, 540}, Qt::Vertical);

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

    connect(m_searchTimer, &QTimer::timeout, this, [this]() { runSearch(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this]() {
        m_searchTimer->stop();
        runSearch(m_searchEdit->text());
    });
    connect(m_reader, &ReaderWidget::openFailed, this, [this](qint64, const QString& message) {
        statusBar()->showMessage(tr("Cannot open the PDF: %1").arg(message), 10000);
    });

    new AnalyticViews(this, m_library->path(), m_reader);
    reloadLibrary();
}

MainWindow::~MainWindow() {
    // The worker holds a pointer to the job, which is our child: it must be done before the job goes.
    if (m_importJob) {
        m_importJob->cancel();
        m_importRun.waitForFinished();
    }
    // Child widgets outlive our members; the reader must not keep a pointer to the library.
    m_reader->setLibrary(nullptr);
}

void MainWindow::createActions() {
    auto* importFiles = new QAction(tr("Import &Files…"), this);
    importFiles->setObjectName(QStringLiteral("importFilesAction"));
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setToolTip(tr("Add PDF files to the library"));
    connect(importFiles, &QAction::triggered, this, &MainWindow::chooseFiles);

    auto* importFolder = new QAction(tr("Import F&older…"), this);
    importFolder->setObjectName(QStringLiteral("importFolderAction"));
    importFolder->setToolTip(tr("Add every PDF in a folder and its subfolders"));
    connect(importFolder, &QAction::triggered, this, &MainWindow::chooseFolder);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(importFiles);
    file->addAction(importFolder);
    file->addSeparator();
    file->addAction(quit);

    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(importFiles);
    toolBar->addAction(importFolder);
    toolBar->addSeparator();

    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search all documents, e.g. 인공지능 예산"));
    m_searchEdit->setToolTip(tr("Words, \"exact phrase\", -excluded, OR, doc:N, year:2023..2025"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(360);
    toolBar->addWidget(m_searchEdit);

    auto* focusSearch = new QAction(this);
    focusSearch->setObjectName(QStringLiteral("focusSearchAction"));
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this]() {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(focusSearch);
}

QWidget* MainWindow::createLibraryPane() {
    m_libraryStack = new QStackedWidget(this);
    m_libraryStack->setObjectName(QStringLiteral("libraryStack"));

    auto* empty = new QLabel(tr("Drop PDF files here or use File → Import"), m_libraryStack);
    empty->setObjectName(QStringLiteral("emptyLibraryLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);
    empty->setForegroundRole(QPalette::PlaceholderText);

    auto* list = new QWidget(m_libraryStack);
    m_libraryFilter = new QLineEdit(list);
    m_libraryFilter->setObjectName(QStringLiteral("libraryFilter"));
    m_libraryFilter->setPlaceholderText(tr("Filter by title, issuer or date"));
    m_libraryFilter->setClearButtonEnabled(true);
    connect(m_libraryFilter, &QLineEdit::textChanged, m_libraryProxy, &LibraryFilterModel::setFilterText);

    m_libraryView = new QTableView(list);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setModel(m_libraryProxy);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->sortByColumn(LibraryModel::TitleColumn, Qt::AscendingOrder);
    m_libraryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_libraryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraryView->setAlternatingRowColors(true);
    m_libraryView->setWordWrap(false);
    m_libraryView->setTextElideMode(Qt::ElideRight);
    m_libraryView->verticalHeader()->hide();
    m_libraryView->horizontalHeader()->setHighlightSections(false);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {int(LibraryModel::DateColumn), int(LibraryModel::IssuerColumn),
                       int(LibraryModel::PagesColumn), int(LibraryModel::FlagsColumn)})
        m_libraryView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { openLibraryRow(current); });
    connect(m_libraryView, &QTableView::activated, this, &MainWindow::openLibraryRow);

    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(4, 4, 4, 4);
    listLayout->addWidget(m_libraryFilter);
    listLayout->addWidget(m_libraryView, 1);

    m_libraryStack->addWidget(empty);
    m_libraryStack->addWidget(list);
    return m_libraryStack;
}

QWidget* MainWindow::createHitsPane() {
    auto* pane = new QWidget(this);
    m_hitsSummary = new QLabel(pane);
    m_hitsSummary->setObjectName(QStringLiteral("hitsSummary"));
    m_hitsSummary->setText(tr("Type in the search box to find passages in all documents."));
    m_hitsSummary->setWordWrap(true);

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
    connect(m_hitsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openHit(current.row());
            });
    connect(m_hitsView, &QListView::activated, this,
            [this](const QModelIndex& index) { openHit(index.row()); });

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hitsSummary);
    layout->addWidget(m_hitsView, 1);
    return pane;
}

void MainWindow::reloadLibrary() {
    const qint64 current = m_reader->docId();
    m_libraryModel->setDocuments(m_library->documents());
    const int count = m_libraryModel->rowCount();
    m_libraryStack->setCurrentIndex(count == 0 ? 0 : 1);
    m_documentCount->setText(tr("%n document(s)", nullptr, count));
    if (current != 0 && m_libraryModel->rowOf(current) < 0)
        m_reader->closeDocument();
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

void MainWindow::startImport(const QStringList& paths, const QString& password) {
    auto* job = new import::ImportJob(m_library->path(), paths, password, this);
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
        if (outcome.status == Status::Added || outcome.status == Status::Replaced)
            reloadLibrary();
    });

    m_importProgress->setRange(0, 0);
    m_importProgress->setValue(0);
    m_importProgress->setVisible(true);
    m_cancelImport->setEnabled(true);
    m_cancelImport->setVisible(true);
    statusBar()->showMessage(tr("Looking for PDF files…"));

    m_importRun = QtConcurrent::run([job]() { return job->run(); });
    m_importRun.then(this, [this](const QList<import::ImportOutcome>& outcomes) { finishImport(outcomes); });
}

void MainWindow::cancelImport() {
    if (!m_importJob)
        return;
    m_pendingImports.clear();
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

    if (!failures.isEmpty())
        showFailures(failures);
    if (added > 0 && !m_searchEdit->text().trimmed().isEmpty())
        runSearch(m_searchEdit->text()); // new documents may hold new hits
    emit importFinished(outcomes);

    if (!m_pendingImports.isEmpty()) {
        const QStringList next = std::exchange(m_pendingImports, {});
        startImport(next);
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

void MainWindow::runSearch(const QString& query) {
    const quint64 generation = ++m_searchGeneration;
    if (query.trimmed().isEmpty()) {
        m_searching = false;
        m_hitModel->clear();
        m_hitsSummary->setText(tr("Type in the search box to find passages in all documents."));
        emit searchFinished(0);
        return;
    }
    m_searching = true;
    const QString libraryPath = m_library->path();
    // The worker opens its own connection: a Library must stay on the thread that opened it.
    QtConcurrent::run([libraryPath, query]() -> Result<search::SearchResult> {
        auto library = store::Library::open(libraryPath);
        if (!library)
            return std::unexpected(library.error());
        return search::Searcher(**library).search(query, searchLimit);
    }).then(this, [this, generation, query](const Result<search::SearchResult>& result) {
        if (generation != m_searchGeneration)
            return; // the user typed on; a newer search is under way
        m_searching = false;
        if (!result) {
            m_hitModel->clear();
            m_hitsSummary->setText(tr("Cannot search for “%1”: %2").arg(query, result.error().message));
            emit searchFinished(0);
            return;
        }
        const int count = int(result->hits.size());
        m_hitModel->setResult(*result);
        if (count == 0)
            m_hitsSummary->setText(tr("No passages match “%1”.").arg(query));
        else if (count >= searchLimit)
            m_hitsSummary->setText(tr("The best %n passages for “%1”:", nullptr, count).arg(query));
        else
            m_hitsSummary->setText(tr("%n passage(s) match “%1”:", nullptr, count).arg(query));
        m_hitsDock->show();
        m_hitsDock->raise();
        emit searchFinished(count);
    });
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
    if (m_importJob) {
        m_pendingImports.clear();
        m_importJob->cancel();
    }
    QMainWindow::closeEvent(event);
}

} // namespace pl::ui
