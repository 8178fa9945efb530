#include "ui/views/savefilechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace pl::ui {

SaveFileChooser defaultSaveFileChooser() {
    return [](QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
    };
}

bool writeExport(QWidget* parent, const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QMessageBox::warning(
        parent, QObject::tr("Export"),
        QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

} // namespace pl::ui
