#pragma once

#include "core/import/importjob.h"

#include <QFuture>
#include <QList>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
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

class LibraryFilterModel;
class LibraryModel;
class ReaderWidget;
class SearchHitModel;

/// The PolicyLens window: the library in a dock, the reader in the centre, search in the tool bar with its
/// hits in a second dock. Imports and searches run on worker threads with their own library connections.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Receives the files an import could not add; the default shows a non-modal message box.
    using FailureReporter = std::function<void(const QList<import::ImportOutcome>& failures)>;
    /// Asks for the password of a protected file; nullopt means the user declined. wrongBefore is true when
    /// the last password given for the file was wrong. The default asks with an input dialog.
    using PasswordProvider = std::function<std::optional<QString>(const QString& file, bool wrongBefore)>;

    explicit MainWindow(std::unique_ptr<store::Library> library, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Imports PDF files and folders; while an import runs, further paths wait for it to finish.
    void importPaths(const QStringList& paths);
    void cancelImport();
    bool isImporting() const { return m_importJob != nullptr || m_askingPassword; }
    void setFailureReporter(FailureReporter reporter);
    void setPasswordProvider(PasswordProvider provider);

    /// Runs a search now, as if the text had been typed and the typing pause had passed.
    void search(const QString& query);
    bool isSearching() const { return m_searching; }
    /// Opens the hit in the given row of the hit list in the reader; false if there is no such hit.
    bool openHit(int row);

    LibraryModel* libraryModel() const { return m_libraryModel; }
    SearchHitModel* hitModel() const { return m_hitModel; }
    ReaderWidget* reader() const { return m_reader; }

signals:
    void libraryReloaded();
    void importFinished(const QList<pl::import::ImportOutcome>& outcomes);
    void searchFinished(int hitCount);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    QWidget* createLibraryPane();
    QWidget* createHitsPane();
    void reloadLibrary();
    void openLibraryRow(const QModelIndex& proxyIndex);
    void selectDocument(qint64 docId);
    void chooseFiles();
    void chooseFolder();
    void startImport(const QStringList& paths, const QString& password = {});
    void finishImport(const QList<import::ImportOutcome>& outcomes);
    bool retryLockedFile();
    void finishImportRound();
    std::optional<QString> askPassword(const QString& file, bool wrongBefore);
    void showFailures(const QList<import::ImportOutcome>& failures);
    void runSearch(const QString& query);

    std::unique_ptr<store::Library> m_library;
    LibraryModel* m_libraryModel;
    LibraryFilterModel* m_libraryProxy;
    SearchHitModel* m_hitModel;

    ReaderWidget* m_reader;
    QDockWidget* m_libraryDock = nullptr;
    QDockWidget* m_hitsDock = nullptr;
    QStackedWidget* m_libraryStack = nullptr;
    QLineEdit* m_libraryFilter = nullptr;
    QTableView* m_libraryView = nullptr;
    QListView* m_hitsView = nullptr;
    QLabel* m_hitsSummary = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTimer* m_searchTimer;
    QLabel* m_documentCount = nullptr;
    QProgressBar* m_importProgress = nullptr;
    QToolButton* m_cancelImport = nullptr;

    import::ImportJob* m_importJob = nullptr;
    QFuture<QList<import::ImportOutcome>> m_importRun;
    QStringList m_pendingImports;
    // One import the user asked for may take several jobs: one per password-protected file, retried alone.
    QList<import::ImportOutcome> m_roundOutcomes;
    QList<import::ImportOutcome> m_lockedFiles;
    bool m_askingPassword = false;
    FailureReporter m_failureReporter;
    PasswordProvider m_passwordProvider;

    quint64 m_searchGeneration = 0;
    bool m_searching = false;
};

} // namespace pl::ui
