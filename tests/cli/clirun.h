#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

/// One run of policylens-cli (PL_CLI_PATH) on a library: exit code and both streams; code -1 if it hung.
struct CliRun {
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runCli(const QString& library, const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(PL_CLI_PATH), QStringList{QStringLiteral("--library"), library} + args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
