#pragma once

#include "core/import/importjob.h"
#include "core/search/searchquery.h"
#include "core/store/librarywriter.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QMenu;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace pl::store {
class Library;
}

namespace pl::ui {

class AnnotationEditor;
class AnnotationsPane;
class BriefingBoard;
class ImportResultModel;
class LibraryFilterModel;
class LibraryModel;
class ReaderWidget;
class SearchHitModel;

/// The PolicyLens window: the library in a dock, the reader in the centre, search in the tool bar with its
/// hits grouped by document in a second dock, and the per-file results of imports in a third. Imports,
/// searches, removals and rendering run on worker threads; the window remembers its layout.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Receives the files an import could not add; the default shows a non-modal message box.
    using FailureReporter = std::function<void(const QList<import::ImportOutcome>& failures)>;
    /// Asks for the password of a protected file; nullopt means the user declined. wrongBefore is true when
    /// the last password given for the file was wrong. The default asks with an input dialog.
    using PasswordProvider = std::function<std::optional<QString>(const QString& file, bool wrongBefore)>;

    /// Asks the user a yes/no question (removing documents); the default shows a modal message box.
    using Confirmer = std::function<bool(const QString& question)>;
    /// Asks for a line of text (tags, a collection's name); nullopt means the user cancelled.
    using TextAsker = std::function<std::optional<QString>(const QString& title, const QString& label,
                                                           const QString& initial)>;
    enum class Theme { System, Light, Dark };

    explicit MainWindow(std::unique_ptr<store::Library> library, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Imports PDF files and folders; while an import runs, further paths wait for it to finish.
    void importPaths(const QStringList& paths);
    void cancelImport();
    bool isImporting() const { return m_importJob != nullptr || m_askingPassword; }
    void setFailureReporter(FailureReporter reporter);
    void setPasswordProvider(PasswordProvider provider);
    void setConfirmer(Confirmer confirmer);
    void setTextAsker(TextAsker asker);

    /// Switches to another library file (creating it if needed); false with a status message if it cannot
    /// be opened or an import is running.
    bool openLibrary(const QString& path);
    QString libraryPath() const;
    /// Removes documents from the library on a worker thread; the PDF files stay where they are.
    void removeDocuments(const QList<qint64>& docIds);
    /// Reads documents again from their files, each replaced with its tags, collections and annotations.
    void reimportDocuments(const QList<qint64>& docIds);
    /// Gives the documents these tags. Like every write of the window's, it runs on the library writer's
    /// thread (never blocking the window while an import holds the library); writesFinished() follows.
    void setTags(const QList<qint64>& docIds, const QStringList& tags);
    /// Creates the collection if needed and puts the documents in it (on the writer's thread).
    void addToCollection(const QString& collection, const QList<qint64>& docIds);
    /// Writes submitted and not yet done.
    int writesInFlight() const { return m_writesInFlight; }
    /// Shows only the documents of a collection in the library table; 0 shows all.
    void showCollection(qint64 collectionId);
    bool isRemoving() const { return m_removing; }
    /// The documents selected in the library table.
    QList<qint64> selectedDocuments() const;

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    /// Component versions for the About dialog (Poppler, SQLite, ICU …), given by the application.
    void setComponentVersions(const QList<QPair<QString, QString>>& versions);
    void showAbout();
    void showShortcuts();

    /// Runs a search now, as if the text had been typed and the typing pause had passed.
    void search(const QString& query);
    bool isSearching() const { return m_searching; }
    /// Opens the hit in the given row of the hit list in the reader; false if there is no such hit.
    bool openHit(int row);

    LibraryModel* libraryModel() const { return m_libraryModel; }
    SearchHitModel* hitModel() const { return m_hitModel; }
    /// The line under the search summary that says which aliases the library's documents gave the query
    /// (라마 = LLaMA, defined in …, p. 189), each with a link that leaves it out.
    QLabel* aliasesLabel() const { return m_aliasesLabel; }
    /// Searches the current query again without this alias (the link's action); empty: with all again.
    void leaveOutAlias(const QString& spelling);
    ImportResultModel* importResultModel() const { return m_importResults; }
    LibraryFilterModel* libraryProxy() const { return m_libraryProxy; }
    ReaderWidget* reader() const { return m_reader; }
    /// The user's annotations and corrections, with the window's one undo history.
    AnnotationEditor* annotationEditor() const { return m_annotationEditor; }
    AnnotationsPane* annotationsPane() const { return m_annotationsPane; }
    BriefingBoard* briefingBoard() const { return m_briefingBoard; }
    /// Shows the briefing board's dock (tabbed beside the strategy tree the first time).
    void showBriefingBoard();
    /// Pins what the user is looking at to the current briefing (Ctrl+B): the current search hit when the
    /// hit list has the focus, else the passages selected (or highlighted) in the reader.
    bool pinToBriefing();
    /// Pins the hit in this row of the hit list; false if there is none.
    bool pinHit(int row);

signals:
    void libraryReloaded();
    void importFinished(const QList<pl::import::ImportOutcome>& outcomes);
    void searchFinished(int hitCount);
    void removalFinished();
    /// The window's writes (tags, collections) have all been done, or failed with a message.
    void writesFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createBriefingDock(); // mainwindowbriefing.cpp
    void attachAnalyticPins();
    void createMenus();
    QWidget* createImportResultsPane();
    void scheduleLibraryReload();
    void updateCollections();
    void updateSearchFilters();
    void updateRecentLibraries();
    void rememberLibrary(const QString& path);
    void restoreLayout();
    void saveLayout();
    void showLibraryMenu(const QPoint& pos);
    bool confirm(const QString& question);
    std::optional<QString> askText(const QString& title, const QString& label, const QString& initial);
    void editTagsOfSelection();
    void addSelectionToNewCollection();
    void updateWindowTitle();
    void updateLibraryActions();
    QWidget* createLibraryPane();
    QWidget* createHitsPane();
    void reloadLibrary();
    void openLibraryRow(const QModelIndex& proxyIndex);
    void selectDocument(qint64 docId);
    void chooseFiles();
    void chooseFolder();
    void startImport(const QStringList& paths, const QString& password = {}, bool reread = false);
    void finishImport(const QList<import::ImportOutcome>& outcomes);
    bool retryLockedFile();
    void finishImportRound();
    std::optional<QString> askPassword(const QString& file, bool wrongBefore);
    void showFailures(const QList<import::ImportOutcome>& failures);
    void runSearch(QString query);
    void showAliases(const QList<search::SearchQuery::UsedAlias>& aliases);
    QString filteredQuery(const QString& query) const;

    void write(store::LibraryWriter::Work work, const QString& failure);
    void storeStaleFacts();
    std::unique_ptr<store::Library> m_library;
    std::unique_ptr<store::LibraryWriter> m_writer;
    int m_writesInFlight = 0;
    LibraryModel* m_libraryModel;
    LibraryFilterModel* m_libraryProxy;
    SearchHitModel* m_hitModel;
    ImportResultModel* m_importResults;

    ReaderWidget* m_reader;
    AnnotationEditor* m_annotationEditor;
    AnnotationsPane* m_annotationsPane = nullptr;
    QDockWidget* m_annotationsDock = nullptr;
    QDockWidget* m_libraryDock = nullptr;
    QDockWidget* m_hitsDock = nullptr;
    QDockWidget* m_importDock = nullptr;
    QDockWidget* m_briefingDock = nullptr;
    BriefingBoard* m_briefingBoard = nullptr;
    QComboBox* m_collectionFilter = nullptr;
    QComboBox* m_documentFilter = nullptr;
    QComboBox* m_yearFilter = nullptr;
    QComboBox* m_countryFilter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_collectionMenu = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_reimportAction = nullptr;
    QAction* m_tagsAction = nullptr;
    QAction* m_newCollectionAction = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QStackedWidget* m_libraryStack = nullptr;
    QLabel* m_libraryError = nullptr; ///< why the library could not be read, instead of an empty list
    QLineEdit* m_libraryFilter = nullptr;
    QTableView* m_libraryView = nullptr;
    QListView* m_hitsView = nullptr;
    QLabel* m_hitsSummary = nullptr;
    QLabel* m_aliasesLabel = nullptr;
    QSet<QString> m_disabledAliases; ///< facts::aliasKey of aliases left out, for m_aliasQuery
    QString m_aliasQuery;
    QLineEdit* m_searchEdit = nullptr;
    QTimer* m_searchTimer;
    QTimer* m_reloadTimer;
    QLabel* m_documentCount = nullptr;
    QProgressBar* m_importProgress = nullptr;
    QToolButton* m_cancelImport = nullptr;

    import::ImportJob* m_importJob = nullptr;
    QFuture<QList<import::ImportOutcome>> m_importRun;
    QStringList m_pendingImports;
    QStringList m_pendingRereads; ///< Re-import asked for during an import
    // One import the user asked for may take several jobs: one per password-protected file, retried alone.
    QList<import::ImportOutcome> m_roundOutcomes;
    QList<import::ImportOutcome> m_lockedFiles;
    bool m_askingPassword = false;
    FailureReporter m_failureReporter;
    PasswordProvider m_passwordProvider;
    Confirmer m_confirmer;
    TextAsker m_textAsker;
    // Tags and collections of re-imported documents, by file path, until their new rows exist.
    bool m_removing = false;
    qint64 m_collectionId = 0;
    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QList<QPair<QString, QString>> m_componentVersions;

    quint64 m_searchGeneration = 0;
    bool m_searching = false;
};

} // namespace pl::ui
