#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

#include <unistd.h>

int main(int argc, char** argv) {
    // Exporting a briefing paints with QtGui (fonts, QPdfWriter); the offscreen platform needs no display.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (pl::cli::needsGui(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a login session (cron, ssh, a container) Qt makes its own runtime directory and says so on
        // stderr; a command-line export has nothing to say about it.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir =
                QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
            if (QDir().mkpath(QString::fromLocal8Bit(dir)) &&
                QFile::setPermissions(QString::fromLocal8Bit(dir),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("policylens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POLICYLENS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    pl::cli::CliOptions options;
    QStringList positional;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString* target) {
            if (i + 1 >= args.size()) {
                err << "policylens-cli: " << a << " needs a value\n" << pl::cli::usage();
                return false;
            }
            *target = args[++i];
            return true;
        };
        auto intValue = [&](int* target) {
            QString v;
            if (!value(&v))
                return false;
            bool ok = false;
            *target = v.toInt(&ok);
            if (!ok || *target < 0) {
                err << "policylens-cli: " << a << " needs a whole number, not '" << v << "'\n";
                return false;
            }
            return true;
        };
        if (a == QStringLiteral("--library") || a == QStringLiteral("-L")) {
            if (!value(&options.library))
                return 2;
        } else if (a.startsWith(QStringLiteral("--library="))) {
            options.library = a.mid(10);
        } else if (a == QStringLiteral("--password")) {
            if (!value(&options.password))
                return 2;
        } else if (a == QStringLiteral("--without-alias")) {
            QString v;
            if (!value(&v))
                return 2;
            options.withoutAliases.append(v);
        } else if (a == QStringLiteral("--limit")) {
            if (!intValue(&options.limit))
                return 2;
        } else if (a == QStringLiteral("--page")) {
            if (!intValue(&options.page))
                return 2;
        } else if (a == QStringLiteral("--format")) {
            if (!value(&options.format))
                return 2;
        } else if (a == QStringLiteral("--output") || a == QStringLiteral("-o")) {
            if (!value(&options.output))
                return 2;
        } else if (a == QStringLiteral("--passage")) {
            if (!value(&options.passage))
                return 2;
        } else if (a == QStringLiteral("--heading")) {
            if (!value(&options.heading))
                return 2;
        } else if (a == QStringLiteral("--note")) {
            if (!value(&options.note))
                return 2;
        } else if (a == QStringLiteral("--lang")) {
            if (!value(&options.language))
                return 2;
        } else if (a == QStringLiteral("--comment")) {
            if (!value(&options.comment))
                return 2;
        } else if (a == QStringLiteral("--json")) {
            options.json = true;
        } else if (a == QStringLiteral("--passages")) {
            options.passages = true;
        } else if (a == QStringLiteral("--refresh")) {
            options.refresh = true;
        } else if (a == QStringLiteral("--corrected")) {
            options.corrected = true;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            out << pl::cli::usage();
            return 0;
        } else if (a == QStringLiteral("--version")) {
            out << "policylens-cli " << POLICYLENS_VERSION << "\n";
            return 0;
        } else if (a == QStringLiteral("--")) {
            positional += args.mid(i + 1);
            break;
        } else if (a.startsWith(QStringLiteral("--"))) {
            err << "policylens-cli: unknown option " << a << "\n" << pl::cli::usage();
            return 2;
        } else {
            positional.append(a);
        }
    }
    if (positional.isEmpty()) {
        err << pl::cli::usage();
        return 2;
    }
    const QString command = positional.takeFirst();
    return pl::cli::runCommand(command, positional, options, out, err);
}
