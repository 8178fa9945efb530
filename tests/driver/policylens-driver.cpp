// The window started exactly as `policylens` starts it, with two options for tests and benchmarks:
//   --screenshot FILE         once imports, searches and the reader's page are done, save the window, quit
//   --size WxH                the screenshot's window size (1440x900 unless given)
//   --quit-after-first-paint  print when the window is first painted (ms since the process started), quit
#include "app/gui/startup.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <unistd.h>

namespace {

struct DriverOptions {
    QString screenshot;
    QSize size{1440, 900};
    bool quitAfterPaint = false;
};

/// Reports when the window is first painted and quits.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTextStream(stdout) << "first paint after " << processMilliseconds() << " ms\n";
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static qint64 processMilliseconds() {
        // /proc/self/stat field 22: start time in clock ticks since boot; /proc/uptime: seconds since boot.
        QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
        if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
        const double now = uptime.readAll().split(' ').value(0).toDouble();
        return qint64((now - started) * 1000);
    }
    bool m_done = false;
};

/// Waits until imports and searches are done and the reader's page has been drawn, then saves the window.
/// Polling keeps this independent of the order in which those finish.
void screenshotWhenSettled(pl::ui::MainWindow* window, const QString& file, bool expectsHit) {
    auto* poll = new QTimer(window);
    poll->setInterval(50);
    auto* deadline = new QTimer(window);
    deadline->setSingleShot(true);
    deadline->setInterval(120 * 1000);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, deadline, file, expectsHit]() {
        const pl::ui::ReaderWidget* reader = window->reader();
        const bool settled = !window->isImporting() && !window->isSearching() &&
                             (!expectsHit || window->hitModel()->rowCount() == 0 ||
                              !reader->pageView()->highlights().isEmpty()) &&
                             (reader->docId() == 0 || reader->pageView()->isRendered());
        if (!settled && deadline->isActive())
            return;
        if (!settled)
            QTextStream(stderr) << "policylens-driver: the window did not settle in time; saving it anyway\n";
        poll->stop();
        const QString path = QFileInfo(file).absoluteFilePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const bool saved = window->grab().save(path);
        if (!saved)
            QTextStream(stderr) << "policylens-driver: cannot write the screenshot to " << path << "\n";
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll->start();
    deadline->start();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QTextStream err(stderr);
    DriverOptions driver;
    const auto extra = [&driver](const QStringList& args, qsizetype i, QTextStream& out) -> int {
        if (args.at(i) == QStringLiteral("--quit-after-first-paint")) {
            driver.quitAfterPaint = true;
            return 1;
        }
        if (args.at(i) == QStringLiteral("--size")) {
            const QStringList wh = args.value(i + 1).split(u'x');
            const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
            if (wh.size() != 2 || size.width() < 200 || size.height() < 200) {
                out << "policylens-driver: --size takes WIDTHxHEIGHT, e.g. 1366x768\n";
                return -1;
            }
            driver.size = size;
            return 2;
        }
        if (args.at(i) != QStringLiteral("--screenshot"))
            return 0;
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QStringLiteral("--"))) {
            out << "policylens-driver: --screenshot needs a file\n";
            return -1;
        }
        driver.screenshot = args.at(i + 1);
        return 2;
    };
    const QString extraUsage = QStringLiteral(
        "  --screenshot FILE  save a picture of the window once it has settled, then quit\n"
        "  --size WxH         the window's size for the screenshot (default 1440x900)\n"
        "  --quit-after-first-paint  print when the window is first painted, then quit\n");
    auto options = pl::app::parseArguments(app.arguments().mid(1), err, extra, extraUsage);
    if (!options)
        return 2;
    if (options->helpOnly) {
        err << pl::app::usage(extraUsage);
        return 0;
    }
    pl::app::setUpApplication(app, *options);
    auto window = pl::app::createWindow(*options);
    if (!window) {
        err << "policylens-driver: cannot open the library: " << window.error().toString() << "\n";
        return 1;
    }
    if (!driver.screenshot.isEmpty())
        (*window)->resize(driver.size); // a picture of a known size, whatever size was remembered
    if (driver.quitAfterPaint)
        (*window)->installEventFilter(new FirstPaintProbe(window->get()));
    (*window)->show();
    pl::app::runStartupActions(window->get(), *options);
    if (!driver.screenshot.isEmpty())
        screenshotWhenSettled(window->get(), driver.screenshot, !options->search.isEmpty());
    return app.exec();
}
