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
/// transaction per document by the job's own connection. Blocking: run it on a worker thread (the GUI uses
/// QtConcurrent::run); progress and results arrive as signals, cancel() is safe from any thread.
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
};

} // namespace pl::import

Q_DECLARE_METATYPE(pl::import::ImportOutcome)
