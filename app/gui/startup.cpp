#include "app/gui/startup.h"

#include "core/pdf/pdfdocument.h"
#include "core/store/library.h"
#include "ui/views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <poppler-version.h>
#include <sqlite3.h>
#include <unicode/uvernum.h>

Q_LOGGING_CATEGORY(lcApp, "pl.app")

namespace pl::app {

namespace {

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

} // namespace

QString usage(const QString& extraUsage) {
    return QStringLiteral(
               "Usage: policylens [--library PATH] [--import PATH...] [--search QUERY] [--lang ko|en] [PDF...]\n"
               "  PDF...             files or folders to import, as --import\n"
               "  --library PATH     the library file (default: $POLICYLENS_LIBRARY or the user's data folder)\n"
               "  --import PATH...   import PDF files or folders at startup\n"
               "  --search QUERY     search at startup and open the first hit\n"
               "  --lang ko|en       user interface language (default: Korean unless the locale is another "
               "language)\n") +
           extraUsage;
}

std::optional<StartupOptions> parseArguments(const QStringList& args, QTextStream& err, const ExtraOption& extra,
                                             const QString& extraUsage) {
    StartupOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        auto value = [&](QString* target) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QStringLiteral("--"))) {
                err << "policylens: " << arg << " needs a value\n" << usage(extraUsage);
                return false;
            }
            *target = args.at(++i);
            return true;
        };
        if (arg == QStringLiteral("--library")) {
            if (!value(&options.library))
                return std::nullopt;
        } else if (arg.startsWith(QStringLiteral("--library="))) {
            options.library = arg.mid(10);
        } else if (arg == QStringLiteral("--import")) {
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QStringLiteral("--")))
                options.imports.append(args.at(++i));
            if (options.imports.isEmpty()) {
                err << "policylens: --import needs at least one file or folder\n" << usage(extraUsage);
                return std::nullopt;
            }
        } else if (arg == QStringLiteral("--search")) {
            if (!value(&options.search))
                return std::nullopt;
        } else if (arg == QStringLiteral("--lang")) {
            if (!value(&options.language))
                return std::nullopt;
            if (options.language != QStringLiteral("ko") && options.language != QStringLiteral("en")) {
                err << "policylens: --lang takes ko or en\n";
                return std::nullopt;
            }
        } else if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h")) {
            options.helpOnly = true;
            return options;
        } else if (arg == QStringLiteral("--version")) {
            err << "policylens " << POLICYLENS_VERSION << "\n";
            options.helpOnly = true;
            return options;
        } else if (const int taken = extra ? extra(args, i, err) : 0; taken != 0) {
            if (taken < 0)
                return std::nullopt;
            i += taken - 1;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style …) were taken out by QApplication already.
            err << "policylens: unknown option " << arg << "\n" << usage(extraUsage);
            return std::nullopt;
        } else {
            options.imports.append(arg); // files opened from the desktop (Exec=policylens %F)
        }
    }
    return options;
}

void setUpApplication(QApplication& app, const StartupOptions& options) {
    QApplication::setOrganizationName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationName(QStringLiteral("policylens"));
    QApplication::setApplicationDisplayName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationVersion(QStringLiteral(POLICYLENS_VERSION));
    installTranslations(app, wantsKorean(options.language));
    useKoreanFont();
    pdf::installPopplerMessageFilter();
}

Result<std::unique_ptr<ui::MainWindow>> createWindow(StartupOptions& options) {
    const QString libraryPath = store::Library::resolvePath(options.library);
    // A new library starts with the sample documents the package installs, so that the first start shows
    // what PolicyLens does rather than an empty window.
    const QString samples =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/policylens/samples"));
    if (!QFileInfo::exists(libraryPath) && options.imports.isEmpty() && QFileInfo(samples).isDir())
        options.imports.append(QDir(samples).canonicalPath());
    auto library = store::Library::open(libraryPath);
    if (!library)
        return std::unexpected(library.error());
    auto window = std::make_unique<ui::MainWindow>(std::move(*library));
    window->setComponentVersions({{QStringLiteral("Poppler"), Poppler::Version::string()},
                                  {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
                                  {QStringLiteral("ICU"), QStringLiteral(U_ICU_VERSION)}});
    return window;
}

void runStartupActions(ui::MainWindow* window, const StartupOptions& options) {
    auto search = [window, options]() {
        if (options.search.isEmpty())
            return;
        QObject::connect(
            window, &ui::MainWindow::searchFinished, window,
            [window](int hits) {
                if (hits > 0)
                    window->openHit(0);
            },
            Qt::SingleShotConnection);
        window->search(options.search);
    };
    if (!options.imports.isEmpty()) {
        QObject::connect(window, &ui::MainWindow::importFinished, window, search, Qt::SingleShotConnection);
        window->importPaths(options.imports);
    } else {
        search();
    }
}

} // namespace pl::app
