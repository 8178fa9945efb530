#pragma once

#include "core/base/error.h"

#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace pl::store {

class Library;

/// The one place a window writes to its library: a connection of its own on one long-lived thread, so that
/// a write waiting for an import's transaction (or any other writer) never blocks the GUI thread. Work runs
/// in the order it was submitted; each result arrives through the returned future.
class LibraryWriter {
public:
    explicit LibraryWriter(QString libraryPath);
    /// Waits for the work already submitted, so nothing the user asked for is lost on close.
    ~LibraryWriter();
    LibraryWriter(const LibraryWriter&) = delete;
    LibraryWriter& operator=(const LibraryWriter&) = delete;

    using Work = std::function<Result<void>(Library&)>;
    /// Queues `work` to run on the writer's thread with its connection; the connection opens on first use.
    [[nodiscard]] QFuture<Result<void>> submit(Work work);
    /// Waits until everything submitted so far has run (tests, closing a library).
    void waitForIdle();
    QString libraryPath() const { return m_path; }

private:
    Result<void> run(const Work& work);
    QString m_path;
    QThreadPool m_thread;
    std::unique_ptr<Library> m_library; ///< opened, used and closed on m_thread's thread only
};

} // namespace pl::store
