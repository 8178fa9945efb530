#include "app/cli/clicommands.h"

#include "core/briefing/briefingstore.h"
#include "core/store/library.h"
#include "ui/export/briefingrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

namespace pl::cli {

namespace {

void printJson(QTextStream& out, const QJsonObject& obj) {
    out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
}

QJsonObject briefingJson(const briefing::Briefing& b) {
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("created"), b.created},
            {QStringLiteral("modified"), b.modified},
            {QStringLiteral("items"), b.itemCount}};
}

QJsonObject itemJson(const briefing::BriefingItem& item) {
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("position"), item.position},
            {QStringLiteral("kind"), briefing::kindName(item.kind)},
            {QStringLiteral("text"), item.text()},
            {QStringLiteral("citation"), item.citation()},
            {QStringLiteral("comment"), item.comment},
            {QStringLiteral("payload"), item.payload}};
}

std::optional<briefing::Briefing> findBriefing(const briefing::BriefingStore& store, const QString& arg,
                                               QTextStream& err) {
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    std::optional<briefing::Briefing> b = ok ? store.briefing(id) : std::nullopt;
    if (!b)
        err << "policylens-cli: no briefing '" << arg << "' in the library " << store.libraryPath()
            << " (see 'briefing list')\n";
    return b;
}

/// DOC:PAGE[:SEQ] — DOC may be a path with colons of its own, so the numbers are taken from the right.
struct PassageRef {
    QString doc;
    int page = 0;
    int seq = 0; ///< 1-based among the page's passages; 0 = the whole page
};

std::optional<PassageRef> parsePassageRef(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(':'));
    bool pageOk = false, seqOk = false;
    if (parts.size() >= 3) {
        const int page = parts[parts.size() - 2].toInt(&pageOk);
        const int seq = parts.last().toInt(&seqOk);
        if (pageOk && seqOk && page > 0 && seq > 0)
            return PassageRef{parts.mid(0, parts.size() - 2).join(QLatin1Char(':')), page, seq};
    }
    if (parts.size() >= 2) {
        const int page = parts.last().toInt(&pageOk);
        if (pageOk && page > 0)
            return PassageRef{parts.mid(0, parts.size() - 1).join(QLatin1Char(':')), page, 0};
    }
    return std::nullopt;
}

int cmdList(briefing::BriefingStore& store, const store::Library& lib, const CliOptions& options,
            QTextStream& out) {
    const QList<briefing::Briefing> list = store.briefings();
    if (options.json) {
        QJsonArray arr;
        for (const auto& b : list)
            arr.append(briefingJson(b));
        printJson(out, {{QStringLiteral("library"), lib.path()}, {QStringLiteral("briefings"), arr}});
        return 0;
    }
    if (list.isEmpty())
        out << "No briefings yet. Create one with: policylens-cli briefing create NAME\n";
    for (const auto& b : list)
        out << "#" << b.id << "\t" << b.itemCount << " items\t" << b.modified << "\t" << b.name << "\n";
    return 0;
}

int cmdShow(briefing::BriefingStore& store, const QStringList& args, const CliOptions& options,
            QTextStream& out, QTextStream& err) {
    if (args.size() != 1) {
        err << "policylens-cli: briefing show needs one briefing id\n";
        return 2;
    }
    const auto b = findBriefing(store, args[0], err);
    if (!b)
        return 1;
    const QList<briefing::BriefingItem> items = store.items(b->id);
    if (options.json) {
        QJsonObject o = briefingJson(*b);
        QJsonArray arr;
        for (const auto& item : items)
            arr.append(itemJson(item));
        o[QStringLiteral("item_list")] = arr;
        printJson(out, o);
        return 0;
    }
    out << "Briefing #" << b->id << "\t" << b->name << "\n";
    for (const auto& item : items) {
        QString text = item.text().simplified();
        if (text.size() > 100)
            text = text.left(99) + QChar(0x2026);
        out << item.position + 1 << ".\t[" << briefing::kindName(item.kind) << "]\t" << text;
        if (!item.citation().isEmpty())
            out << "\t(" << item.citation() << ")";
        out << "\n";
    }
    return 0;
}

int cmdCreate(briefing::BriefingStore& store, const QStringList& args, const CliOptions& options,
              QTextStream& out, QTextStream& err) {
    const QString name = args.join(QLatin1Char(' '));
    if (name.trimmed().isEmpty()) {
        err << "policylens-cli: briefing create needs a name\n";
        return 2;
    }
    auto id = store.createBriefing(name);
    if (!id) {
        err << "policylens-cli: " << id.error().toString() << "\n";
        return 1;
    }
    if (options.json)
        printJson(out, briefingJson(*store.briefing(*id)));
    else
        out << "created briefing #" << *id << "\t" << name.simplified() << "\n";
    return 0;
}

int cmdAdd(briefing::BriefingStore& store, const store::Library& lib, const QStringList& args,
           const CliOptions& options, QTextStream& out, QTextStream& err) {
    const int given =
        int(!options.passage.isEmpty()) + int(!options.heading.isEmpty()) + int(!options.note.isEmpty());
    if (args.size() != 1 || given != 1) {
        err << "policylens-cli: briefing add needs a briefing id and one of --passage DOC:PAGE[:SEQ], "
               "--heading TEXT, --note TEXT\n";
        return 2;
    }
    const auto ref = options.passage.isEmpty() ? std::nullopt : parsePassageRef(options.passage);
    if (!options.passage.isEmpty() && !ref) {
        err << "policylens-cli: --passage takes DOC:PAGE or DOC:PAGE:SEQ (page and passage from 1), not '"
            << options.passage << "'\n";
        return 2;
    }
    const auto b = findBriefing(store, args[0], err);
    if (!b)
        return 1;
    briefing::BriefingItem item;
    if (!options.heading.isEmpty()) {
        item = briefing::headingItem(options.heading);
    } else if (!options.note.isEmpty()) {
        item = briefing::noteItem(options.note);
    } else {
        const auto doc = lib.resolve(ref->doc);
        if (!doc) {
            err << "policylens-cli: no document '" << ref->doc
                << "' in the library (give an id from 'list' or a path)\n";
            return 1;
        }
        const auto stored = readOrReport(lib.passages(doc->id, ref->page), err);
        if (!stored)
            return 1;
        const QList<text::Passage>& passages = *stored;
        if (ref->page > doc->pageCount || passages.isEmpty()) {
            err << "policylens-cli: document #" << doc->id << " has no text on page " << ref->page
                << " (it has " << doc->pageCount << " pages)\n";
            return 1;
        }
        if (ref->seq > passages.size()) {
            err << "policylens-cli: page " << ref->page << " of document #" << doc->id << " has "
                << passages.size() << " passages, not " << ref->seq << "\n";
            return 1;
        }
        QStringList texts;
        QList<QRectF> boxes;
        for (qsizetype i = 0; i < passages.size(); ++i) {
            if (ref->seq > 0 && i != ref->seq - 1)
                continue;
            texts.append(passages[i].text);
            boxes += passages[i].lineBoxes.isEmpty() ? QList<QRectF>{passages[i].box} : passages[i].lineBoxes;
        }
        item = briefing::passageItem(*doc, ref->page, texts.join(QLatin1Char('\n')), boxes);
    }
    item.comment = options.comment;
    auto id = store.addItem(b->id, item);
    if (!id) {
        err << "policylens-cli: " << id.error().toString() << "\n";
        return 1;
    }
    item.id = *id;
    item.position = store.item(*id)->position;
    if (options.json)
        printJson(out, itemJson(item));
    else
        out << "added item #" << *id << " to briefing #" << b->id << "\t[" << briefing::kindName(item.kind)
            << "]" << (item.citation().isEmpty() ? QString() : QStringLiteral("\t") + item.citation())
            << "\n";
    return 0;
}

int cmdExport(briefing::BriefingStore& store, const QStringList& args, const CliOptions& options,
              QTextStream& out, QTextStream& err) {
    if (args.size() != 1 || options.output.isEmpty()) {
        err << "policylens-cli: briefing export needs a briefing id and --output FILE\n";
        return 2;
    }
    QString format = options.format.toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(options.output).suffix().toLower();
        if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("html") &&
            suffix != QStringLiteral("htm")) {
            err << "policylens-cli: cannot tell the format of " << options.output
                << " from its name; give --format pdf or --format html\n";
            return 2;
        }
        format = suffix;
    }
    if (format == QStringLiteral("htm"))
        format = QStringLiteral("html");
    if (!options.language.isEmpty() && options.language != QStringLiteral("ko") &&
        options.language != QStringLiteral("en")) {
        err << "policylens-cli: --lang takes ko or en\n";
        return 2;
    }
    if (format != QStringLiteral("pdf") && format != QStringLiteral("html")) {
        err << "policylens-cli: --format takes pdf or html, not '" << options.format << "'\n";
        return 2;
    }
    const auto b = findBriefing(store, args[0], err);
    if (!b)
        return 1;
    if (format == QStringLiteral("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err << "policylens-cli: exporting a PDF needs the Qt GUI platform\n";
        return 1;
    }
    // The words the export adds (labels, "Sources", dates) in the user's language, as the GUI would.
    const QLocale system = QLocale::system();
    const bool korean = options.language.isEmpty()
                            ? system.language() == QLocale::Korean || system.language() == QLocale::C
                            : options.language == QStringLiteral("ko");
    QTranslator translator; // English is the source text; its catalogue only holds the plural forms
    if (translator.load(korean ? QStringLiteral(":/i18n/policylens_ko.qm")
                               : QStringLiteral(":/i18n/policylens_en.qm")))
        QCoreApplication::installTranslator(&translator);
    if (korean)
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const ui::BriefingRenderer renderer(*b, store.items(b->id));
    const QString path = QFileInfo(options.output).absoluteFilePath();
    const Result<void> written =
        format == QStringLiteral("pdf") ? renderer.exportPdf(path) : renderer.exportHtml(path);
    if (!written) {
        err << "policylens-cli: cannot write " << QDir::toNativeSeparators(path) << ": "
            << written.error().message << "\n";
        return 1;
    }
    if (options.json)
        printJson(out, {{QStringLiteral("briefing"), b->id},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("output"), path},
                        {QStringLiteral("items"), b->itemCount},
                        {QStringLiteral("sources"), int(renderer.sources().size())}});
    else
        out << "exported briefing #" << b->id << " (" << b->itemCount << " items) to " << path << "\n";
    return 0;
}

} // namespace

bool needsGui(const QStringList& arguments) {
    return arguments.contains(QStringLiteral("briefing")) && arguments.contains(QStringLiteral("export"));
}

int runBriefingCommand(const QStringList& args, const CliOptions& options, QTextStream& out,
                       QTextStream& err) {
    if (args.isEmpty()) {
        err << "policylens-cli: briefing needs list, show, create, add or export\n" << usage();
        return 2;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    const QString libPath = store::Library::resolvePath(options.library);
    auto lib = store::Library::open(libPath);
    if (!lib) {
        err << "policylens-cli: " << lib.error().toString() << "\n";
        return 2;
    }
    briefing::BriefingStore store(**lib);
    if (sub == QStringLiteral("list"))
        return cmdList(store, **lib, options, out);
    if (sub == QStringLiteral("show"))
        return cmdShow(store, rest, options, out, err);
    if (sub == QStringLiteral("create"))
        return cmdCreate(store, rest, options, out, err);
    if (sub == QStringLiteral("add"))
        return cmdAdd(store, **lib, rest, options, out, err);
    if (sub == QStringLiteral("export"))
        return cmdExport(store, rest, options, out, err);
    err << "policylens-cli: unknown briefing command '" << sub << "'\n" << usage();
    return 2;
}

} // namespace pl::cli
