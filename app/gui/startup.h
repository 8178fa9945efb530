#pragma once

#include "core/base/error.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

class QApplication;

namespace pl::ui {
class MainWindow;
}

namespace pl::app {

/// What the window is asked to do at start: the arguments a user (or the desktop entry) gives.
struct StartupOptions {
    QString library;
    QStringList imports;
    QString search;
    QString language; ///< "ko", "en" or empty for the system's choice
    bool helpOnly = false;
};

/// Another program built on the window (the test driver) takes options of its own: given the arguments and
/// the index of one it does not know, it returns how many arguments it consumed (0: not its option, -1: its
/// option, wrongly given; it has said why on `err`).
using ExtraOption = std::function<int(const QStringList& args, qsizetype index, QTextStream& err)>;

QString usage(const QString& extraUsage = {});
/// The options, or nullopt after printing why the arguments make no sense.
std::optional<StartupOptions> parseArguments(const QStringList& args, QTextStream& err,
                                             const ExtraOption& extra = {}, const QString& extraUsage = {});
/// Names, the interface language (Korean unless asked otherwise), the Korean font, Poppler's messages.
void setUpApplication(QApplication& app, const StartupOptions& options);
/// Opens the library (a new one gets the installed sample documents queued for import) and builds the window.
Result<std::unique_ptr<ui::MainWindow>> createWindow(StartupOptions& options);
/// Imports what was asked, then searches and opens the first hit; all from the event loop.
void runStartupActions(ui::MainWindow* window, const StartupOptions& options);

} // namespace pl::app
