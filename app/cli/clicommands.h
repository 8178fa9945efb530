#pragma once

#include "core/base/error.h"

#include <QStringList>
#include <QTextStream>
#include <optional>

namespace pl::cli {

/// Options every subcommand understands.
struct CliOptions {
    QString library;
    QString password;
    bool json = false;
    bool refresh = false; ///< extract: read the facts again instead of using the stored ones
    int limit = 20;
    int page = 0;
    /// search: one hit per passage instead of one per page; extract: also list the passages
    /// (index, page, kind, bullet, level, text, country)
    bool passages = false;
    /// extract: lay the user's corrections and typed facts over the extractor's output (never the default:
    /// scorers read the pure output)
    bool corrected = false;
    /// briefing export: pdf or html, and the file to write
    QString format;
    QString output;
    /// briefing add: what to add (DOC:PAGE[:SEQ], a heading or a note) and the comment to give it
    QString passage;
    QString heading;
    QString note;
    QString comment;
    /// briefing export: "ko", "en" or empty (Korean unless the locale names another language, as the GUI)
    QString language;
    /// search: spellings whose library aliases stay unused (--without-alias, repeatable)
    QStringList withoutAliases;
};

/// Runs one subcommand; returns the process exit code (0 ok, 1 some inputs failed, 2 usage).
int runCommand(const QString& command, const QStringList& args, const CliOptions& options, QTextStream& out,
               QTextStream& err);

QString usage();

/// The value of a store read, or nullopt after telling the user why it failed (a busy or damaged library
/// is an error, never an empty answer).
template <typename T> std::optional<T> readOrReport(Result<T> read, QTextStream& err) {
    if (!read) {
        err << "policylens-cli: " << read.error().toString() << "\n";
        return std::nullopt;
    }
    return std::move(*read);
}

/// `briefing list|show|create|add|export`: the briefings of a library (clibriefing.cpp).
int runBriefingCommand(const QStringList& args, const CliOptions& options, QTextStream& out,
                       QTextStream& err);

/// True when the arguments ask for something that paints (a PDF export), so main() starts a QGuiApplication.
bool needsGui(const QStringList& arguments);

} // namespace pl::cli
