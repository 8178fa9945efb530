#include "core/store/librarywriter.h"

#include "core/store/library.h"

#include <QPromise>

namespace pl::store {

LibraryWriter::LibraryWriter(QString libraryPath) : m_path(std::move(libraryPath)) {
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // one thread for the writer's life: its connection stays on it
}

LibraryWriter::~LibraryWriter() {
    m_thread.start([this]() { m_library.reset(); });
    m_thread.waitForDone();
}

QFuture<Result<void>> LibraryWriter::submit(Work work) {
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    m_thread.start([this, promise, work = std::move(work)]() {
        promise->addResult(run(work));
        promise->finish();
    });
    return future;
}

void LibraryWriter::waitForIdle() {
    // Not QThreadPool::waitForDone(): it ends the thread, and the connection belongs to it.
    QPromise<void> marker;
    QFuture<void> done = marker.future();
    marker.start();
    m_thread.start([&marker]() { marker.finish(); });
    done.waitForFinished();
}

Result<void> LibraryWriter::run(const Work& work) {
    if (!m_library) {
        auto opened = Library::open(m_path);
        if (!opened)
            return std::unexpected(opened.error());
        m_library = std::move(*opened);
    }
    return work(*m_library);
}

} // namespace pl::store
