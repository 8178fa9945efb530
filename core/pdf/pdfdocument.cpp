#include "core/pdf/pdfdocument.h"

#include <QFileInfo>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <atomic>
#include <mutex>
#include <poppler-qt6.h>

Q_LOGGING_CATEGORY(lcPdf, "pl.pdf")

namespace pl::pdf {

namespace {

void popplerMessage(const QString& message, const QVariant&) {
    // Some files make Poppler print tens of thousands of warnings: keep a few per second.
    static std::atomic<qint64> windowStart{0};
    static std::atomic<int> inWindow{0};
    static std::atomic<int> dropped{0};
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    const qint64 now = clock.elapsed();
    if (now - windowStart.load() > 1000) {
        windowStart = now;
        inWindow = 0;
        const int d = dropped.exchange(0);
        if (d > 0)
            qCDebug(lcPdf) << "suppressed" << d << "Poppler messages";
    }
    if (inWindow.fetch_add(1) < 5)
        qCDebug(lcPdf).noquote() << "poppler:" << message;
    else
        dropped.fetch_add(1);
}

} // namespace

void installPopplerMessageFilter() {
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

QString saslPrep(const QString& password) {
    QString mapped;
    for (QChar c : password) {
        const ushort u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) || u == 0x200B ||
            u == 0x200C || u == 0x200D || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue; // "commonly mapped to nothing"
        if (c.isSpace())
            mapped.append(QLatin1Char(' '));
        else
            mapped.append(c);
    }
    return mapped.normalized(QString::NormalizationForm_KC);
}

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> doc) : m_doc(std::move(doc)) {}
PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path, const QString& password) {
    installPopplerMessageFilter();
    const QFileInfo file(path);
    if (!file.exists())
        return fail(Error::Kind::NotFound, QStringLiteral("file not found (moved or deleted?)"), path);
    if (!file.isReadable())
        return fail(Error::Kind::Io, QStringLiteral("file not readable (permissions)"), path);
    QList<QByteArray> tries{password.toUtf8()};
    if (!password.isEmpty()) {
        const QByteArray prepped = saslPrep(password).toUtf8();
        if (prepped != tries.front())
            tries.append(prepped);
        const QByteArray latin1 = password.toLatin1();
        if (!tries.contains(latin1))
            tries.append(latin1); // RC4 files made by older tools use Latin-1 passwords
        // A file with only an owner password (printing or changes forbidden) opens without one: a password
        // given for a whole folder must not make it fail.
        tries.append(QByteArray());
    }
    std::unique_ptr<Poppler::Document> doc;
    for (const QByteArray& pw : tries) {
        doc = Poppler::Document::load(path, pw, pw);
        if (!doc)
            return fail(Error::Kind::Damaged, QStringLiteral("damaged or truncated PDF (cannot be opened)"),
                        path);
        if (!doc->isLocked())
            break;
    }
    if (doc->isLocked()) {
        if (password.isEmpty())
            return fail(Error::Kind::PasswordRequired, QStringLiteral("password required"), path);
        return fail(Error::Kind::WrongPassword, QStringLiteral("wrong password"), path);
    }
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(doc)));
}

int PdfDocument::pageCount() const {
    QMutexLocker lock(&m_mutex);
    return m_doc->numPages();
}

QSizeF PdfDocument::pageSize(int index) const {
    QMutexLocker lock(&m_mutex);
    auto page = m_doc->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

QImage PdfDocument::render(int index, double dpi) const {
    QMutexLocker lock(&m_mutex);
    auto page = m_doc->page(index);
    if (!page)
        return {};
    return page->renderToImage(dpi, dpi);
}

QString PdfDocument::info(const QString& key) const {
    QMutexLocker lock(&m_mutex);
    return m_doc->info(key);
}

bool PdfDocument::isEncrypted() const {
    QMutexLocker lock(&m_mutex);
    return m_doc->isEncrypted();
}

} // namespace pl::pdf
