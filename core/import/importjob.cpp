#include "core/import/importjob.h"

#include "core/annotation/annotationstore.h"
#include "core/pdf/pdfimporter.h"
#include "core/store/library.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace pl::import {

Q_LOGGING_CATEGORY(lcImport, "pl.import")

QString ImportOutcome::statusName() const {
    switch (status) {
    case Status::Added:
        return QStringLiteral("added");
    case Status::Replaced:
        return QStringLiteral("replaced");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

ImportJob::ImportJob(QString libraryPath, QStringList inputs, QString password, QObject* parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath)), m_inputs(std::move(inputs)),
      m_password(std::move(password)) {
    qRegisterMetaType<pl::import::ImportOutcome>();
}

QStringList ImportJob::collectFiles(const QStringList& inputs, QList<ImportOutcome>* missing) {
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString& f) {
        const QString canonical = QFileInfo(f).canonicalFilePath();
        if (!canonical.isEmpty() && !seen.contains(canonical)) {
            seen.insert(canonical);
            files.append(canonical);
        }
    };
    for (const QString& input : inputs) {
        const QFileInfo fi(input);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(fi.absoluteFilePath(), {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")},
                            QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            for (const QString& f : found)
                add(f);
        } else if (fi.isFile()) {
            add(fi.absoluteFilePath());
        } else if (missing) {
            ImportOutcome o;
            o.path = input;
            o.status = ImportOutcome::Status::Failed;
            o.error = Error{Error::Kind::NotFound, QStringLiteral("file not found"), input};
            missing->append(o);
        }
    }
    return files;
}

namespace {

struct Parsed {
    std::optional<Result<pdf::ImportedDocument>> doc;
    QString sha256;
    bool known = false;
};

} // namespace

int ImportJob::documentWindow() const {
    return 2 * (m_threads > 0 ? m_threads : std::max(1, QThread::idealThreadCount()));
}

QList<ImportOutcome> ImportJob::run() {
    QList<ImportOutcome> outcomes;
    const QStringList files = collectFiles(m_inputs, &outcomes);
    for (const ImportOutcome& o : outcomes)
        emit fileFinished(o);

    auto opened = store::Library::open(m_libraryPath);
    if (!opened) {
        for (const QString& f : files) {
            ImportOutcome o;
            o.path = f;
            o.error = opened.error();
            outcomes.append(o);
            emit fileFinished(o);
        }
        return outcomes;
    }
    store::Library& library = **opened;
    // A replaced or returning document takes the user's annotations and corrections along.
    annotation::AnnotationStore::installImportHook(library);
    qint64 passagesAdded = 0;
    QSet<QString> knownSha;
    if (auto docs = library.documents()) {
        for (const auto& d : *docs)
            knownSha.insert(d.sha256);
    } else {
        for (const QString& f : files) {
            ImportOutcome o;
            o.path = f;
            o.error = docs.error();
            outcomes.append(o);
            emit fileFinished(o);
        }
        return outcomes;
    }

    m_held = 0;
    m_peakHeld = 0;
    m_pending = 0;
    auto read = [this](const QString& f, const QSet<QString>& known) {
        Parsed parsed;
        if (!m_cancel) {
            // Hash once: it decides whether to read the file at all, and the importer reuses it.
            parsed.sha256 = pdf::PdfImporter::sha256Of(f).value_or(QString());
            if (!m_reread && !parsed.sha256.isEmpty() && known.contains(parsed.sha256)) {
                parsed.known = true; // same content already stored: no need to read it again
            } else {
                pdf::PdfImporter::Options options;
                options.password = m_password;
                options.cancel = &m_cancel;
                options.sha256 = parsed.sha256;
                parsed.doc = pdf::PdfImporter::importFile(f, options);
                if (*parsed.doc) {
                    const int held = ++m_held;
                    int peak = m_peakHeld;
                    while (held > peak && !m_peakHeld.compare_exchange_weak(peak, held)) {
                    }
                }
            }
        }
        --m_pending;
        return parsed;
    };

    // A window of files read ahead, in input order: the next file is handed to a reader only once the
    // oldest one is stored and freed, so a folder of thousands of PDFs never holds more than the window.
    QThreadPool pool;
    pool.setMaxThreadCount(documentWindow() / 2);
    const int total = int(files.size());
    std::deque<QFuture<Parsed>> window;
    int submitted = 0;
    auto submitNext = [&] {
        ++m_pending;
        window.push_back(QtConcurrent::run(&pool, read, files[submitted], knownSha));
        ++submitted;
    };
    while (submitted < total && submitted < documentWindow())
        submitNext();

    for (int i = 0; i < total; ++i) {
        emit progress(i, total, files[i]);
        Parsed parsed;
        if (i < submitted) { // not handed out when the import was cancelled first
            parsed = window.front().takeResult();
            window.pop_front();
        }
        ImportOutcome o;
        o.path = files[i];
        if (m_cancel || (!parsed.known && !parsed.doc)) {
            o.status = ImportOutcome::Status::Cancelled;
            o.error = Error{Error::Kind::Cancelled, QStringLiteral("import cancelled"), files[i]};
        } else if (parsed.known) {
            o.status = ImportOutcome::Status::Unchanged;
            if (auto id = library.findBySha256(parsed.sha256)) {
                o.docId = *id;
                if (auto rec = library.document(*id)) {
                    o.title = rec->title;
                    o.pages = rec->pageCount;
                    o.needsOcr = rec->needsOcr;
                }
            }
        } else if (!*parsed.doc) {
            o.status = (*parsed.doc).error().kind == Error::Kind::Cancelled ? ImportOutcome::Status::Cancelled
                                                                            : ImportOutcome::Status::Failed;
            o.error = (*parsed.doc).error();
        } else {
            const pdf::ImportedDocument& doc = **parsed.doc;
            auto added = library.addDocument(doc, m_reread ? store::Library::AddMode::Reread
                                                           : store::Library::AddMode::SkipKnownContent);
            if (!added) {
                o.status = ImportOutcome::Status::Failed;
                o.error = added.error();
            } else {
                o.docId = added->id;
                o.status = added->status == store::Library::AddStatus::Added ? ImportOutcome::Status::Added
                           : added->status == store::Library::AddStatus::Replaced
                               ? ImportOutcome::Status::Replaced
                               : ImportOutcome::Status::Unchanged;
                o.title = doc.title;
                o.pages = int(doc.pages.size());
                o.needsOcr = doc.needsOcr();
                knownSha.insert(doc.sha256);
                if (o.status != ImportOutcome::Status::Unchanged)
                    passagesAdded += doc.passages.size();
            }
        }
        if (parsed.doc && *parsed.doc) {
            parsed.doc.reset(); // stored (or failed to be): its text is no longer needed here
            --m_held;
        }
        if (!m_cancel && submitted < total)
            submitNext();
        outcomes.append(o);
        emit fileFinished(o);
    }
    if (auto compacted = library.compactIndexAfter(passagesAdded); !compacted)
        qCWarning(lcImport) << "could not compact the search index:" << compacted.error().toString();
    emit progress(total, total, QString());
    return outcomes;
}

} // namespace pl::import
