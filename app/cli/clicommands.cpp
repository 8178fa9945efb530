#include "app/cli/clicommands.h"

#include "core/annotation/annotationstore.h"
#include "core/annotation/correctedfacts.h"
#include "core/facts/aliasminer.h"
#include "core/facts/countrytagger.h"
#include "core/import/importjob.h"
#include "core/search/searcher.h"
#include "core/search/synonymlist.h"
#include "core/store/library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pl::cli {

namespace {

void printJson(QTextStream& out, const QJsonObject& obj) {
    out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
}

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject documentJson(const store::DocumentRecord& d) {
    QJsonObject o;
    o[QStringLiteral("id")] = d.id;
    o[QStringLiteral("path")] = d.path;
    o[QStringLiteral("file_name")] = d.fileName;
    o[QStringLiteral("title")] = d.title;
    o[QStringLiteral("issuer")] = orNull(d.issuer);
    o[QStringLiteral("date")] = orNull(d.date);
    o[QStringLiteral("pages")] = d.pageCount;
    o[QStringLiteral("passages")] = d.passageCount;
    o[QStringLiteral("sha256")] = d.sha256;
    o[QStringLiteral("file_size")] = d.fileSize;
    o[QStringLiteral("producer")] = orNull(d.producer);
    o[QStringLiteral("encrypted")] = d.encrypted;
    o[QStringLiteral("needs_ocr")] = d.needsOcr;
    o[QStringLiteral("no_text")] = d.noText;
    o[QStringLiteral("imported_at")] = d.importedAt;
    return o;
}

QJsonArray boxesJson(const QList<QRectF>& boxes) {
    QJsonArray arr;
    for (const QRectF& b : boxes)
        arr.append(QJsonArray{b.left(), b.top(), b.right(), b.bottom()});
    return arr;
}

std::unique_ptr<store::Library> openLibrary(const CliOptions& options, QTextStream& err) {
    const QString path = store::Library::resolvePath(options.library);
    auto lib = store::Library::open(path);
    if (!lib) {
        err << "policylens-cli: " << lib.error().toString() << "\n";
        return nullptr;
    }
    return std::move(*lib);
}

std::optional<store::DocumentRecord> resolveDoc(const store::Library& lib, const QString& arg,
                                                QTextStream& err) {
    auto d = lib.resolve(arg);
    if (!d)
        err << "policylens-cli: no document '" << arg
            << "' in the library (give an id from 'list' or a path)\n";
    return d;
}

int cmdImport(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.isEmpty()) {
        err << "policylens-cli: import needs at least one file or folder\n" << usage();
        return 2;
    }
    const QString libPath = store::Library::resolvePath(options.library);
    {
        auto lib = store::Library::open(libPath); // a clear error before any work
        if (!lib) {
            err << "policylens-cli: " << lib.error().toString() << "\n";
            return 2;
        }
    }
    import::ImportJob job(libPath, args, options.password);
    if (!options.json) {
        QObject::connect(&job, &import::ImportJob::fileFinished, [&](const import::ImportOutcome& o) {
            if (o.ok()) {
                out << o.statusName() << "\t#" << o.docId << "\t" << o.pages << " pages"
                    << (o.needsOcr ? "\tneeds OCR" : "") << "\t" << o.path << "\n";
            } else {
                err << o.statusName() << ": " << o.path << ": " << o.error.message << "\n";
            }
            out.flush();
            err.flush();
        });
    }
    const QList<import::ImportOutcome> outcomes = job.run();
    int failed = 0, added = 0, unchanged = 0;
    QJsonArray results;
    for (const import::ImportOutcome& o : outcomes) {
        failed += o.ok() ? 0 : 1;
        added += (o.status == import::ImportOutcome::Status::Added ||
                  o.status == import::ImportOutcome::Status::Replaced);
        unchanged += o.status == import::ImportOutcome::Status::Unchanged;
        QJsonObject r;
        r[QStringLiteral("path")] = o.path;
        r[QStringLiteral("status")] = o.statusName();
        r[QStringLiteral("doc")] = o.docId ? QJsonValue(o.docId) : QJsonValue();
        r[QStringLiteral("title")] = orNull(o.title);
        r[QStringLiteral("pages")] = o.pages;
        r[QStringLiteral("needs_ocr")] = o.needsOcr;
        if (!o.ok())
            r[QStringLiteral("error")] = QJsonObject{{QStringLiteral("kind"), o.error.kindName()},
                                                     {QStringLiteral("message"), o.error.message}};
        results.append(r);
    }
    if (options.json) {
        printJson(out, {{QStringLiteral("library"), libPath},
                        {QStringLiteral("results"), results},
                        {QStringLiteral("added"), added},
                        {QStringLiteral("unchanged"), unchanged},
                        {QStringLiteral("failed"), failed}});
    } else {
        out << added << " imported, " << unchanged << " already in the library, " << failed << " failed\n";
    }
    if (outcomes.isEmpty()) {
        err << "policylens-cli: no PDF files found in the given paths\n";
        return 1;
    }
    return failed > 0 ? 1 : 0;
}

int cmdList(const CliOptions& options, QTextStream& out, QTextStream& err) {
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    const auto docs = readOrReport(lib->documents(), err);
    if (!docs)
        return 1;
    if (options.json) {
        QJsonArray arr;
        for (const auto& d : *docs)
            arr.append(documentJson(d));
        printJson(out, {{QStringLiteral("library"), lib->path()}, {QStringLiteral("documents"), arr}});
        return 0;
    }
    if (docs->isEmpty())
        out << "The library is empty. Add documents with: policylens-cli import FILE_OR_FOLDER\n";
    for (const auto& d : *docs) {
        out << "#" << d.id << "\t" << d.date << "\t" << d.pageCount << "p\t" << d.title
            << (d.needsOcr ? "\t[needs OCR]" : "") << "\n";
    }
    return 0;
}

int cmdShow(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.size() != 1) {
        err << "policylens-cli: show needs one document (id or path)\n";
        return 2;
    }
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    auto d = resolveDoc(*lib, args[0], err);
    if (!d)
        return 1;
    const auto pages = readOrReport(lib->pages(d->id), err);
    if (!pages)
        return 1;
    if (options.json) {
        QJsonObject o = documentJson(*d);
        QJsonArray pa;
        for (const auto& p : *pages)
            pa.append(QJsonObject{{QStringLiteral("page"), p.number},
                                  {QStringLiteral("width"), p.width},
                                  {QStringLiteral("height"), p.height},
                                  {QStringLiteral("characters"), p.text.size()},
                                  {QStringLiteral("no_text"), p.noText},
                                  {QStringLiteral("needs_ocr"), p.needsOcr}});
        o[QStringLiteral("page_list")] = pa;
        printJson(out, o);
        return 0;
    }
    out << "Document #" << d->id << "\n"
        << "Title:    " << d->title << "\n"
        << "Issuer:   " << d->issuer << "\n"
        << "Date:     " << d->date << "\n"
        << "Pages:    " << d->pageCount << "\n"
        << "Passages: " << d->passageCount << "\n"
        << "File:     " << d->path << "\n"
        << "SHA-256:  " << d->sha256 << "\n"
        << "Producer: " << d->producer << "\n";
    QStringList ocr;
    for (const auto& p : *pages)
        if (p.needsOcr)
            ocr.append(QString::number(p.number));
    if (!ocr.isEmpty())
        out << "Needs OCR: pages " << ocr.join(QStringLiteral(", ")) << "\n";
    return 0;
}

int cmdText(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.size() != 1) {
        err << "policylens-cli: text needs one document (id or path)\n";
        return 2;
    }
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    auto d = resolveDoc(*lib, args[0], err);
    if (!d)
        return 1;
    if (options.page > d->pageCount) {
        err << "policylens-cli: document #" << d->id << " has " << d->pageCount << " pages, not "
            << options.page << "\n";
        return 2;
    }
    const auto pages = readOrReport(lib->pages(d->id), err);
    if (!pages)
        return 1;
    QStringList texts;
    QJsonArray pageArr;
    for (const auto& p : *pages) {
        if (options.page > 0 && p.number != options.page)
            continue;
        if (!p.text.isEmpty())
            texts.append(p.text);
        pageArr.append(QJsonObject{{QStringLiteral("page"), p.number},
                                   {QStringLiteral("text"), p.text},
                                   {QStringLiteral("needs_ocr"), p.needsOcr}});
    }
    const QString all = texts.join(QStringLiteral("\n\n"));
    if (options.json) {
        printJson(out, {{QStringLiteral("doc"), d->id},
                        {QStringLiteral("path"), d->path},
                        {QStringLiteral("page"), options.page > 0 ? QJsonValue(options.page) : QJsonValue()},
                        {QStringLiteral("text"), all},
                        {QStringLiteral("pages"), pageArr}});
    } else {
        out << all << "\n";
    }
    return 0;
}

int cmdSearch(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.isEmpty()) {
        err << "policylens-cli: search needs a query\n";
        return 2;
    }
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    const QString query = args.join(QLatin1Char(' '));
    search::Searcher searcher(*lib);
    QSet<QString> disabled;
    for (const QString& a : options.withoutAliases)
        disabled.insert(facts::aliasKey(a));
    auto result = searcher.search(
        query, options.limit > 0 ? options.limit : 20,
        options.passages ? search::Searcher::Grouping::Passage : search::Searcher::Grouping::Page, disabled);
    if (!result) {
        if (options.json)
            printJson(out, {{QStringLiteral("query"), query},
                            {QStringLiteral("hits"), QJsonArray()},
                            {QStringLiteral("error"), result.error().message}});
        err << "policylens-cli: " << result.error().message << "\n";
        return result.error().kind == Error::Kind::Query ? 2 : 1;
    }
    if (options.json) {
        QJsonArray hits;
        for (const auto& h : result->hits) {
            QJsonArray passages;
            for (const auto& p : h.passages)
                passages.append(QJsonObject{{QStringLiteral("id"), p.id},
                                            {QStringLiteral("kind"), p.kind},
                                            {QStringLiteral("text"), p.text},
                                            {QStringLiteral("score"), p.score},
                                            {QStringLiteral("boxes"), boxesJson(p.boxes)}});
            QJsonArray missing;
            for (const QString& m : h.missing)
                missing.append(m);
            hits.append(QJsonObject{{QStringLiteral("doc"), h.docId},
                                    {QStringLiteral("path"), h.path},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("page"), h.page},
                                    {QStringLiteral("kind"), h.kind},
                                    {QStringLiteral("text"), h.text},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("score"), h.score},
                                    {QStringLiteral("boxes"), boxesJson(h.boxes)},
                                    {QStringLiteral("passages"), passages},
                                    {QStringLiteral("partial"), h.partial},
                                    {QStringLiteral("missing"), missing}});
        }
        QJsonArray aliases;
        for (const auto& a : result->aliases)
            aliases.append(QJsonObject{{QStringLiteral("term"), a.term},
                                       {QStringLiteral("alias"), a.alias},
                                       {QStringLiteral("doc"), a.docId},
                                       {QStringLiteral("path"), a.path},
                                       {QStringLiteral("page"), a.page}});
        printJson(out, {{QStringLiteral("query"), query},
                        {QStringLiteral("hits"), hits},
                        {QStringLiteral("complete"), result->complete},
                        {QStringLiteral("aliases"), aliases}});
        return 0;
    }
    for (const auto& a : result->aliases)
        out << "(also searched " << a.alias << " = " << a.term << ", defined in #" << a.docId << " p."
            << a.page << "; --without-alias " << a.alias << " leaves it out)\n";
    if (result->hits.isEmpty())
        out << "No passages match '" << query << "'.\n";
    if (!result->complete)
        out << "(So many passages match that the best of an even sample across the library are shown; add "
               "words to narrow the search.)\n";
    for (const auto& h : result->hits) {
        QString snippet = h.snippet;
        snippet.replace(QStringLiteral("<b>"), QStringLiteral("["))
            .replace(QStringLiteral("</b>"), QStringLiteral("]"));
        snippet.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        snippet.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        out << "#" << h.docId << " p." << h.page << "  " << h.title;
        if (h.partial)
            out << "  (partial"
                << (h.missing.isEmpty() ? QString()
                                        : QStringLiteral(", lacks ") + h.missing.join(QStringLiteral(", ")))
                << ")";
        out << "\n    " << snippet << "\n";
    }
    return 0;
}

int cmdExtract(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.size() != 1) {
        err << "policylens-cli: extract needs one document (id or path)\n";
        return 2;
    }
    const QString libPath = store::Library::resolvePath(options.library);
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    auto d = lib->resolve(args[0]);
    if (!d && QFileInfo(args[0]).isFile()) {
        // A PDF not yet in the library is imported first.
        lib.reset();
        import::ImportJob job(libPath, {args[0]}, options.password);
        const QList<import::ImportOutcome> outcomes = job.run();
        for (const import::ImportOutcome& o : outcomes) {
            if (!o.ok()) {
                err << o.statusName() << ": " << o.path << ": " << o.error.message << "\n";
                return 1;
            }
        }
        lib = openLibrary(options, err);
        if (!lib)
            return 2;
        if (!outcomes.isEmpty() && outcomes.first().docId)
            d = lib->document(outcomes.first().docId);
    }
    if (!d) {
        err << "policylens-cli: no document '" << args[0]
            << "' in the library (give an id from 'list' or a path)\n";
        return 1;
    }
    // Facts are read at import; a library from before that, or --refresh, reads them now and stores them.
    std::optional<QJsonObject> f;
    if (!options.refresh) {
        auto stored = readOrReport(lib->facts(d->id), err);
        if (!stored)
            return 1;
        f = *stored;
    }
    if (!f) {
        auto refreshed = lib->refreshFacts(d->id);
        if (!refreshed) {
            err << "policylens-cli: " << refreshed.error().toString() << "\n";
            return 1;
        }
        f = *refreshed;
    }
    if (options.corrected) {
        const auto records = annotation::AnnotationStore::readAll(*lib);
        const auto passages = readOrReport(lib->passages(d->id), err);
        if (!passages)
            return 1;
        f = annotation::correctedFacts(*f, d->id, *passages, records.annotations, records.corrections);
    }
    const QJsonArray dates = f->value(QStringLiteral("dates")).toArray();
    const QJsonArray money = f->value(QStringLiteral("money")).toArray();
    if (options.json) {
        QJsonObject result{{QStringLiteral("document"), documentJson(*d)},
                           {QStringLiteral("dates"), dates},
                           {QStringLiteral("money"), money},
                           {QStringLiteral("outline"), f->value(QStringLiteral("outline"))},
                           {QStringLiteral("strategy"), f->value(QStringLiteral("strategy"))},
                           {QStringLiteral("countries"), f->value(QStringLiteral("countries"))}};
        if (options.corrected)
            result[QStringLiteral("rejected")] = f->value(QStringLiteral("rejected"));
        if (options.passages) {
            // For checking the facts against the text they were read from (scripts/score-countries.py).
            facts::DocumentContext context;
            context.documentDate = QDate::fromString(d->date.left(10), Qt::ISODate);
            context.title = d->title;
            const auto stored = readOrReport(lib->passages(d->id), err);
            if (!stored)
                return 1;
            const QList<text::Passage>& passages = *stored;
            const QStringList countries = facts::tagCountries(passages, context);
            QJsonArray list;
            for (qsizetype i = 0; i < passages.size(); ++i) {
                const text::Passage& p = passages[i];
                list.append(QJsonObject{{QStringLiteral("index"), int(i)},
                                        {QStringLiteral("page"), p.page},
                                        {QStringLiteral("kind"), text::passageKindName(p.kind)},
                                        {QStringLiteral("bullet"), p.bullet},
                                        {QStringLiteral("level"), p.level},
                                        {QStringLiteral("box"), QJsonArray{p.box.left(), p.box.top(),
                                                                           p.box.right(), p.box.bottom()}},
                                        {QStringLiteral("text"), p.text},
                                        {QStringLiteral("country"), countries.value(i)}});
            }
            result[QStringLiteral("passages")] = list;
        }
        printJson(out, result);
        return 0;
    }
    out << "#" << d->id << "\t" << d->title << "\n";
    out << dates.size() << " dates, " << money.size() << " amounts, "
        << f->value(QStringLiteral("outline")).toArray().size() << " headings, "
        << f->value(QStringLiteral("strategy")).toArray().size() << " strategy roots, "
        << f->value(QStringLiteral("countries")).toArray().size() << " countries\n";
    const auto str = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    for (const QJsonValue& v : dates) {
        const QJsonObject x = v.toObject();
        const QString end = str(x, "end");
        out << "date\tp." << x.value(QStringLiteral("page")).toInt() << "\t" << str(x, "start")
            << (end.isEmpty() ? QString() : QStringLiteral("..") + end) << "\t" << str(x, "text") << "\t"
            << str(x, "label") << "\n";
    }
    for (const QJsonValue& v : money) {
        const QJsonObject x = v.toObject();
        out << "money\tp." << x.value(QStringLiteral("page")).toInt() << "\t"
            << QString::number(x.value(QStringLiteral("amount")).toDouble(), 'f', 0) << " "
            << str(x, "currency") << "\t" << str(x, "text") << "\n";
    }
    return 0;
}

int cmdSynonyms(const CliOptions& options, QTextStream& out) {
    const QString path = search::SynonymList::userPath();
    const search::SynonymList active = search::SynonymList::active();
    if (options.json) {
        QJsonArray groups;
        for (const QStringList& g : active.groups())
            groups.append(QJsonArray::fromStringList(g));
        printJson(out, {{QStringLiteral("user_file"), path},
                        {QStringLiteral("user_file_exists"), QFileInfo::exists(path)},
                        {QStringLiteral("groups"), groups}});
        return 0;
    }
    out << "# Synonyms in use. Add your own groups to " << path << "\n"
        << "# (one group per line, spellings separated by \"|\"; \"!word\" drops the default group holding "
           "word)\n"
        << active.toText();
    return 0;
}

int cmdRemove(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.isEmpty()) {
        err << "policylens-cli: remove needs a document (id or path)\n";
        return 2;
    }
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    int failed = 0;
    QJsonArray removed;
    for (const QString& a : args) {
        auto d = resolveDoc(*lib, a, err);
        if (!d) {
            ++failed;
            continue;
        }
        if (auto ok = lib->removeDocument(d->id); !ok) {
            err << "policylens-cli: " << ok.error().toString() << "\n";
            ++failed;
            continue;
        }
        removed.append(d->id);
        if (!options.json)
            out << "removed #" << d->id << "\t" << d->title << "\n";
    }
    if (options.json)
        printJson(out, {{QStringLiteral("removed"), removed}, {QStringLiteral("failed"), failed}});
    return failed ? 1 : 0;
}

QJsonObject anchorJson(const annotation::DocumentAnchor& a) {
    return {{QStringLiteral("id"), a.docId ? QJsonValue(*a.docId) : QJsonValue()},
            {QStringLiteral("path"), a.path},
            {QStringLiteral("sha256"), a.sha256}};
}

QJsonObject annotationJson(const annotation::Annotation& a) {
    QJsonArray tags;
    for (const QString& t : a.tags)
        tags.append(t);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("document"), anchorJson(a.document)},
            {QStringLiteral("page"), a.page},
            {QStringLiteral("boxes"), boxesJson(a.boxes)},
            {QStringLiteral("quote"), a.quote},
            {QStringLiteral("color"), a.color},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("fact"), a.fact ? QJsonValue(a.fact->toJson()) : QJsonValue()},
            {QStringLiteral("detached"), a.detached},
            {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("modified"), a.modified.toString(Qt::ISODateWithMs)}};
}

QJsonObject correctionJson(const annotation::FactCorrection& c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("document"), anchorJson(c.document)},
            {QStringLiteral("kind"), annotation::FactCorrection::kindName(c.kind)},
            {QStringLiteral("fact_text"), c.factText},
            {QStringLiteral("page"), c.page},
            {QStringLiteral("passage_hash"), c.passageHash},
            {QStringLiteral("action"), annotation::FactCorrection::actionName(c.action)},
            {QStringLiteral("value"), c.value},
            {QStringLiteral("reason"), orNull(c.reason)},
            {QStringLiteral("detached"), c.detached},
            {QStringLiteral("created"), c.created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("modified"), c.modified.toString(Qt::ISODateWithMs)}};
}

int cmdAnnotations(const QStringList& args, const CliOptions& options, QTextStream& out, QTextStream& err) {
    if (args.size() > 1) {
        err << "policylens-cli: annotations takes at most one document (id or path)\n";
        return 2;
    }
    auto lib = openLibrary(options, err);
    if (!lib)
        return 2;
    annotation::AnnotationStore store(*lib);
    // Records of a document that came back through another tool find it now.
    if (auto caught = store.reconcile(); !caught)
        err << "policylens-cli: warning: " << caught.error().toString() << "\n";
    QList<annotation::Annotation> annotations;
    QList<annotation::FactCorrection> corrections;
    if (args.isEmpty()) {
        annotations = store.allAnnotations();
        corrections = store.allCorrections();
    } else {
        const auto d = resolveDoc(*lib, args.first(), err);
        if (!d)
            return 1;
        annotations = store.annotations(d->id);
        corrections = store.corrections(d->id);
    }
    if (options.json) {
        QJsonArray a;
        for (const auto& x : std::as_const(annotations))
            a.append(annotationJson(x));
        QJsonArray c;
        for (const auto& x : std::as_const(corrections))
            c.append(correctionJson(x));
        printJson(out, {{QStringLiteral("library"), lib->path()},
                        {QStringLiteral("annotations"), a},
                        {QStringLiteral("corrections"), c}});
        return 0;
    }
    const auto where = [](const annotation::DocumentAnchor& a) {
        return a.docId ? QStringLiteral("#%1").arg(*a.docId) : QStringLiteral("(removed) ") + a.path;
    };
    for (const auto& a : std::as_const(annotations)) {
        out << "annotation " << a.id << "\t" << where(a.document) << "\tp." << a.page
            << (a.detached ? "\tdetached" : "") << "\t" << a.quote.simplified().left(60);
        if (a.fact)
            out << "\t[" << annotation::TypedFact::kindName(a.fact->kind) << "]";
        if (!a.note.isEmpty())
            out << "\tnote: " << a.note.simplified();
        if (!a.tags.isEmpty())
            out << "\ttags: " << a.tags.join(QStringLiteral(", "));
        out << "\n";
    }
    for (const auto& c : std::as_const(corrections)) {
        out << "correction " << c.id << "\t" << where(c.document) << "\tp." << c.page
            << (c.detached ? "\tdetached" : "") << "\t" << annotation::FactCorrection::kindName(c.kind) << " "
            << c.factText << "\t" << annotation::FactCorrection::actionName(c.action);
        if (c.action == annotation::FactCorrection::Action::Edit)
            out << " " << QString::fromUtf8(QJsonDocument(c.value).toJson(QJsonDocument::Compact));
        else if (!c.reason.isEmpty())
            out << " (" << c.reason << ")";
        out << "\n";
    }
    out << annotations.size() << " annotations, " << corrections.size() << " corrections\n";
    return 0;
}

} // namespace

QString usage() {
    return QStringLiteral(
        "Usage: policylens-cli [--library PATH] [--json] COMMAND ...\n"
        "  import PATH... [--password PW]   add PDF files or folders (recursive)\n"
        "  list                             documents in the library\n"
        "  show DOC                         metadata of one document (id or path)\n"
        "  text DOC [--page N]              reconstructed text\n"
        "  search QUERY [--limit N]         find passages (\"phrase\", -exclude, OR, "
        "doc:N, year:2023..2025);\n"
        "                 [--passages]      one hit per page unless --passages\n"
        "                 [--without-alias SPELLING]  leave out an alias a document defines\n"
        "  extract DOC [--refresh]          dates, amounts, strategy tree and countries of "
        "a document\n"
        "                                   (a PDF not yet in the library is imported first;\n"
        "                                   --json --passages: with the passages;\n"
        "                                   --corrected: with the user's corrections and facts)\n"
        "  annotations [DOC]                the user's highlights, notes, facts and corrections\n"
        "  synonyms                         the synonym list in use and the file to edit\n"
        "  remove DOC...                    remove documents from the library\n"
        "  briefing list                    briefings of the library\n"
        "  briefing show ID                 the items of a briefing\n"
        "  briefing create NAME             a new, empty briefing (prints its id)\n"
        "  briefing add ID --passage DOC:PAGE[:SEQ] | --heading TEXT | --note TEXT [--comment TEXT]\n"
        "  briefing export ID --format pdf|html --output FILE [--lang ko|en]\n"
        "The library defaults to $POLICYLENS_LIBRARY or the user's data folder.\n"
        "Exit codes: 0 ok, 1 some inputs failed, 2 usage error.\n");
}

int runCommand(const QString& command, const QStringList& args, const CliOptions& options, QTextStream& out,
               QTextStream& err) {
    if (command == QStringLiteral("import"))
        return cmdImport(args, options, out, err);
    if (command == QStringLiteral("list")) {
        if (!args.isEmpty()) {
            err << "policylens-cli: list takes no arguments\n";
            return 2;
        }
        return cmdList(options, out, err);
    }
    if (command == QStringLiteral("show"))
        return cmdShow(args, options, out, err);
    if (command == QStringLiteral("text"))
        return cmdText(args, options, out, err);
    if (command == QStringLiteral("search"))
        return cmdSearch(args, options, out, err);
    if (command == QStringLiteral("synonyms"))
        return cmdSynonyms(options, out);
    if (command == QStringLiteral("extract"))
        return cmdExtract(args, options, out, err);
    if (command == QStringLiteral("annotations"))
        return cmdAnnotations(args, options, out, err);
    if (command == QStringLiteral("remove"))
        return cmdRemove(args, options, out, err);
    if (command == QStringLiteral("briefing"))
        return runBriefingCommand(args, options, out, err);
    err << "policylens-cli: unknown command '" << command << "'\n" << usage();
    return 2;
}

} // namespace pl::cli
