#pragma once

// Shared by the GUI tests: a window on a temporary library, Korean typing, screenshots, generated PDFs.

#include "core/store/library.h"
#include "ui/views/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QInputMethodEvent>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <memory>

namespace pl::testing {

/// Test mode for standard paths, and settings in a folder of their own so that no test sees the layout a
/// user (or another test run) left behind.
inline void isolateSettings(const QString& folder) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

inline std::unique_ptr<ui::MainWindow> makeWindow(const QString& libraryPath, QSize size = {1280, 800}) {
    auto library = store::Library::open(libraryPath);
    if (!library) {
        qWarning("cannot open the library: %s", qPrintable(library.error().toString()));
        return nullptr;
    }
    auto window = std::make_unique<ui::MainWindow>(std::move(*library));
    window->resize(size);
    window->show();
    return window;
}

/// Types text the way a Korean input method delivers it: each syllable is composed (pre-edit) and then
/// committed. QTest::keyClicks cannot do this: Qt 6.4 converts every character to Latin-1 and asserts on
/// Hangul.
inline void typeWithInputMethod(QWidget* widget, const QString& text) {
    for (const QChar ch : text) {
        QInputMethodEvent composing(QString(ch), {});
        QCoreApplication::sendEvent(widget, &composing);
        QInputMethodEvent commit;
        commit.setCommitString(QString(ch));
        QCoreApplication::sendEvent(widget, &commit);
    }
}

/// Saves a picture of a widget into the build tree (build/screenshots/NAME.png), for people to look at.
inline bool saveScreenshot(QWidget* widget, const QString& name) {
    const QDir dir(QStringLiteral(PL_SCREENSHOT_DIR));
    QDir().mkpath(dir.path());
    return widget->grab().save(dir.filePath(name + QStringLiteral(".png")));
}

/// Writes a small PDF with known Korean text on each page.
inline bool writeKoreanPdf(const QString& path, const QString& title, const QStringList& pages) {
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("NanumGothic"));
    font.setPixelSize(14);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRectF(60, 60, 470, 700), Qt::TextWordWrap, pages.at(i));
    }
    return painter.end();
}

} // namespace pl::testing
