#include "core/pdf/pdfdocument.h"
#include "core/store/library.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <poppler-version.h>
#include <sqlite3.h>
#include <unicode/uvernum.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcApp, "pl.app")

namespace {

struct Options {
    QString library;
    QStringList imports;
    QString screenshot;
    QString search;
    QString language;            ///< "ko", "en" or empty for the system's choice
    bool quitAfterPaint = false; ///< bench/startup: report the first paint and quit
};

/// Reports when the window is first painted (ms since the process started) and quits: bench/startup.
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

QString usage() {
    return QStringLiteral(
        "Usage: policylens [--library PATH] [--import PATH...] [--search QUERY] [--screenshot FILE] [--lang "
        "ko|en] [PDF...]\n"
        "  PDF...             files or folders to import, as --import\n"
        "  --library PATH     the library file (default: $POLICYLENS_LIBRARY or the user's data folder)\n"
        "  --import PATH...   import PDF files or folders at startup\n"
        "  --search QUERY     search at startup and open the first hit\n"
        "  --screenshot FILE  save a picture of the window once it has settled, then quit\n"
        "  --lang ko|en       user interface language (default: Korean unless the locale is another "
        "language)\n");
}

/// Returns false (after printing why) when the arguments make no sense.
bool parseArguments(const QStringList& args, Options* options, QTextStream& err, bool* helpOnly) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        auto value = [&](QString* target) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QStringLiteral("--"))) {
                err << "policylens: " << arg << " needs a value\n" << usage();
                return false;
            }
            *target = args.at(++i);
            return true;
        };
        if (arg == QStringLiteral("--library")) {
            if (!value(&options->library))
                return false;
        } else if (arg.startsWith(QStringLiteral("--library="))) {
            options->library = arg.mid(10);
        } else if (arg == QStringLiteral("--import")) {
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QStringLiteral("--")))
                options->imports.append(args.at(++i));
            if (options->imports.isEmpty()) {
                err << "policylens: --import needs at least one file or folder\n" << usage();
                return false;
            }
        } else if (arg == QStringLiteral("--quit-after-first-paint")) {
            options->quitAfterPaint = true;
        } else if (arg == QStringLiteral("--screenshot")) {
            if (!value(&options->screenshot))
                return false;
        } else if (arg == QStringLiteral("--search")) {
            if (!value(&options->search))
                return false;
        } else if (arg == QStringLiteral("--lang")) {
            if (!value(&options->language))
                return false;
            if (options->language != QStringLiteral("ko") && options->language != QStringLiteral("en")) {
                err << "policylens: --lang takes ko or en\n";
                return false;
            }
        } else if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h")) {
            *helpOnly = true;
            return true;
        } else if (arg == QStringLiteral("--version")) {
            err << "policylens " << POLICYLENS_VERSION << "\n";
            *helpOnly = true;
            return true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style …) were taken out by QApplication already.
            err << "policylens: unknown option " << arg << "\n" << usage();
            return false;
        } else {
            options->imports.append(arg); // files opened from the desktop (Exec=policylens %F)
        }
    }
    return true;
}

/// Korean unless the user's locale names another language; the C locale of a bare system counts as no choice.
bool wantsKorean(const QString& language) {
    if (!language.isEmpty())
        return language == QStringLiteral("ko");
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Korean || system.language() == QLocale::C;
}

void installTranslations(QApplication& app, bool korean) {
    auto* ours = new QTranslator(&app);
    if (!korean) {
        // English is the source text; its catalogue only supplies plural forms ("1 document").
        if (ours->load(QStringLiteral(":/i18n/policylens_en.qm")))
            QApplication::installTranslator(ours);
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    if (ours->load(QStringLiteral(":/i18n/policylens_ko.qm")))
        QApplication::installTranslator(ours);
    else
        qCWarning(lcApp) << "the Korean translation is missing from the resources";
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void useKoreanFont() {
    const QString family = QStringLiteral("NanumGothic");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font = QApplication::font();
    font.setFamilies({family});
    QApplication::setFont(font);
}

/// Drives --import, --search and --screenshot one step after another, all from the event loop.
void runStartupScript(pl::ui::MainWindow* window, const Options& options) {
    auto search = [window, options]() {
        if (options.search.isEmpty())
            return;
        QObject::connect(
            window, &pl::ui::MainWindow::searchFinished, window,
            [window](int hits) {
                if (hits > 0)
                    window->openHit(0);
            },
            Qt::SingleShotConnection);
        window->search(options.search);
    };
    if (!options.imports.isEmpty()) {
        QObject::connect(window, &pl::ui::MainWindow::importFinished, window, search,
                         Qt::SingleShotConnection);
        window->importPaths(options.imports);
    } else {
        search();
    }
    if (options.screenshot.isEmpty())
        return;

    // The screenshot waits until imports and searches are done and the reader's page has been drawn. Polling
    // keeps this independent of the order in which those finish; it is a startup aid, not a UI path.
    auto* poll = new QTimer(window);
    poll->setInterval(50);
    auto* deadline = new QTimer(window);
    deadline->setSingleShot(true);
    deadline->setInterval(120 * 1000);
    const QString file = options.screenshot;
    const bool expectsHit = !options.search.isEmpty();
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, deadline, file, expectsHit]() {
        const pl::ui::ReaderWidget* reader = window->reader();
        const bool settled = !window->isImporting() && !window->isSearching() &&
                             (!expectsHit || window->hitModel()->rowCount() == 0 ||
                              !reader->pageView()->highlights().isEmpty()) &&
                             (reader->docId() == 0 || reader->pageView()->isRendered());
        if (!settled && deadline->isActive())
            return;
        if (!settled)
            qCWarning(lcApp) << "the window did not settle in time; taking the screenshot anyway";
        poll->stop();
        const QString path = QFileInfo(file).absoluteFilePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const bool saved = window->grab().save(path);
        if (!saved)
            qCCritical(lcApp) << "cannot write the screenshot to" << path;
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll->start();
    deadline->start();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationName(QStringLiteral("policylens"));
    QApplication::setApplicationDisplayName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationVersion(QStringLiteral(POLICYLENS_VERSION));
    QTextStream err(stderr);

    Options options;
    bool helpOnly = false;
    if (!parseArguments(app.arguments().mid(1), &options, err, &helpOnly))
        return 2;
    if (helpOnly) {
        err << usage();
        return 0;
    }

    installTranslations(app, wantsKorean(options.language));
    useKoreanFont();
    pl::pdf::installPopplerMessageFilter();

    const QString libraryPath = pl::store::Library::resolvePath(options.library);
    // A new library starts with the sample documents the package installs, so that the first start shows
    // what PolicyLens does rather than an empty window.
    const QString samples =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/policylens/samples"));
    if (!QFileInfo::exists(libraryPath) && options.imports.isEmpty() && QFileInfo(samples).isDir())
        options.imports.append(QDir(samples).canonicalPath());
    auto library = pl::store::Library::open(libraryPath);
    if (!library) {
        err << "policylens: cannot open the library " << libraryPath << ": " << library.error().toString()
            << "\n";
        return 1;
    }

    pl::ui::MainWindow window(std::move(*library));
    window.setComponentVersions({{QStringLiteral("Poppler"), Poppler::Version::string()},
                                 {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
                                 {QStringLiteral("ICU"), QStringLiteral(U_ICU_VERSION)}});
    if (!options.screenshot.isEmpty())
        window.resize(1440, 900); // a picture of a known size, whatever size was remembered
    if (options.quitAfterPaint)
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    runStartupScript(&window, options);
    return app.exec();
}
