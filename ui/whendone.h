#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace pl::ui {

/// Calls `f` with the result of `future` on `context`'s thread once the work is done, or never if `context`
/// is destroyed first (QFuture::then(context, f) asserts on a dead context in Qt 6.4, and a window or page
/// can close while its work runs). The call is always queued, even when the work is already done, so signals
/// the work emitted before it finished arrive first.
template <typename T, typename F> void whenDone(const QFuture<T>& future, QObject* context, F&& f) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, f = std::forward<F>(f)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>)
                             f();
                         else
                             f(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace pl::ui
