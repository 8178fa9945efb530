#pragma once

#include "core/base/error.h"

#include <QObject>
#include <QStringList>
#include <atomic>

namespace pl::import {

/// What happened to one input file.
struct ImportOutcome {
    enum class Status { Added, Replaced, Unchanged, Failed, Cancelled };
    QString path;
    Status status = Status::Failed;
    qint64 docId = 0;
    QString title;
    int pages = 0;
    bool needsOcr = false;
    Error error; ///< set when Failed or Cancelled

    bool ok() const { return status != Status::Failed && status != Status::Cancelled; }
    QString statusName() const;
};

/// Imports files and folders into a library: PDFs are read in parallel on worker threads and written one
/// transaction per document by the job's own connection, in input order. At most documentWindow() files are
/// read ahead of the one being written, and each document is freed once stored, so memory does not grow with
/// the number of files. Blocking: run it on a worker thread (the GUI uses QtConcurrent::run); progress and
/// results arrive as signals, cancel() is safe from any thread.
class ImportJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(QString libraryPath, QStringList inputs, QString password = {}, QObject* parent = nullptr);

    /// Expands folders (recursively, *.pdf) and keeps files named explicitly whatever their extension.
    static QStringList collectFiles(const QStringList& inputs, QList<ImportOutcome>* missing = nullptr);

    QList<ImportOutcome> run();
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    void setThreadCount(int n) { m_threads = n; }
    /// Reads every file again, even one whose content the library already holds (Re-import after an
    /// importer update): the stored document is replaced, with its tags, collections and annotations.
    void setReread(bool reread) { m_reread = reread; }
    /// Files read ahead of the one being stored, parsed documents held included: twice the threads.
    int documentWindow() const;

    /// Parsed documents not yet stored and freed, right now and at most so far in this run.
    int documentsHeld() const { return m_held; }
    int peakDocumentsHeld() const { return m_peakHeld; }
    /// Files handed to the readers and not read yet.
    int filesPending() const { return m_pending; }

signals:
    void progress(int done, int total, const QString& file);
    void fileFinished(const pl::import::ImportOutcome& outcome);

private:
    QString m_libraryPath;
    QStringList m_inputs;
    QString m_password;
    int m_threads = 0;
    bool m_reread = false;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_held{0};
    std::atomic_int m_peakHeld{0};
    std::atomic_int m_pending{0};
};

} // namespace pl::import

Q_DECLARE_METATYPE(pl::import::ImportOutcome)
