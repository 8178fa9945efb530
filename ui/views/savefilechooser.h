#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace pl::ui {

/// Asks where to save an export; an empty string means the user cancelled. The default shows a file dialog;
/// tests put their own in its place.
using SaveFileChooser = std::function<QString(QWidget* parent, const QString& caption,
                                              const QString& suggestedName, const QString& filter)>;

SaveFileChooser defaultSaveFileChooser();

/// Writes bytes to a file, replacing it; false (after telling the user) when that fails.
bool writeExport(QWidget* parent, const QString& path, const QByteArray& bytes);

} // namespace pl::ui
