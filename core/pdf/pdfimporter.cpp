#include "core/pdf/pdfimporter.h"

#include "core/pdf/pdfdocument.h"
#include "core/text/pagelayout.h"
#include "core/text/tableruling.h"
#include "core/text/textnormalizer.h"
#include "core/text/titlefinder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>
#include <poppler-qt6.h>
#include <unicode/ucnv.h>

Q_DECLARE_LOGGING_CATEGORY(lcPdf)

namespace pl::pdf {

bool ImportedDocument::needsOcr() const {
    return !pages.isEmpty() &&
           std::any_of(pages.begin(), pages.end(), [](const ImportedPage& p) { return p.needsOcr; });
}

bool ImportedDocument::noText() const {
    return std::all_of(pages.begin(), pages.end(),
                       [](const ImportedPage& p) { return p.noText || p.needsOcr; });
}

namespace {

bool meaningfulTitle(const QString& t) {
    const QString s = t.trimmed();
    if (s.size() < 3)
        return false;
    static const QRegularExpression junk(
        QStringLiteral(
            R"(\.(hwpx?|docx?|pptx?|xlsx?|pdf|txt|indd)$|^untitled|^microsoft|^제목\s*없음|^슬라이드)"),
        QRegularExpression::CaseInsensitiveOption);
    if (junk.match(s).hasMatch())
        return false;
    int odd = 0;
    for (QChar c : s)
        odd += (c.unicode() < 0x20 || c == QChar(0xFFFD)) ? 1 : 0;
    return odd == 0;
}

/// Some Korean producers store the Info strings as raw EUC-KR bytes, which Poppler hands over as <hex>.
QString decodedInfo(const QString& raw) {
    static const QRegularExpression hex(QStringLiteral("^<((?:[0-9A-Fa-f]{2})+)>$"));
    const auto m = hex.match(raw.trimmed());
    if (!m.hasMatch())
        return raw;
    const QByteArray bytes = QByteArray::fromHex(m.captured(1).toLatin1());
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    if (!utf8.hasError())
        return asUtf8;
    QStringDecoder korean("EUC-KR");
    if (korean.isValid()) {
        const QString decoded = korean(bytes);
        return korean.hasError() ? raw : decoded;
    }
    // Qt without its ICU back end knows only the UTF encodings: ask ICU for CP949 (EUC-KR's superset).
    UErrorCode status = U_ZERO_ERROR;
    QList<UChar> buffer(bytes.size() * 2 + 2);
    const int32_t n = ucnv_convert("UTF-16LE", "cp949", reinterpret_cast<char*>(buffer.data()),
                                   int32_t(buffer.size() * sizeof(UChar)), bytes.constData(),
                                   int32_t(bytes.size()), &status);
    if (U_FAILURE(status) || n <= 0)
        return raw;
    const QString decoded = QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer.constData()),
                                               n / qsizetype(sizeof(UChar)));
    return decoded.contains(QChar(0xFFFD)) ? raw : decoded;
}

/// A word's type size from its characters' advances: a Hangul or Hanja glyph is one em wide, a Latin letter
/// or digit about half of one (median over the word's letters and digits); 0 when it has none.
double typeSize(const Poppler::TextBox& box, bool* fullWidth) {
    const QString t = box.text();
    QList<double> full, latin;
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (!c.isLetter() || c.isSurrogate())
            continue; // digits are often set in tabular widths
        const double w = box.charBoundingBox(i).width();
        if (w <= 0)
            continue;
        const bool wide = (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) ||
                          (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) ||
                          (c.unicode() >= 0x3040 && c.unicode() <= 0x30FF);
        (wide ? full : latin).append(wide ? w : 2 * w);
    }
    QList<double>& ems = full.isEmpty() ? latin : full;
    *fullWidth = !full.isEmpty();
    if (ems.isEmpty())
        return 0;
    std::sort(ems.begin(), ems.end());
    return ems[ems.size() / 2];
}

/// Pixels per point of the rendering that table borders are read from: 1.5 keeps two rules a point apart
/// (a double border) and a one-point gap between glyphs apart.
constexpr double kRulingScale = 1.5;

struct WordPiece {
    QString text;
    QRectF box;
    bool spaceAfter;
};

/// A word as Poppler cut it, parted where a drawn cell border runs between its characters: neighbouring
/// cells set close together come out of Poppler as one word (소상공인기업).
QList<WordPiece> piecesBetweenRules(const Poppler::TextBox& box, const text::RuledCells& cells) {
    const QRectF whole = box.boundingBox();
    const QString t = box.text();
    const QList<double> borders =
        cells.verticalsBetween(whole.left(), whole.right(), whole.top(), whole.bottom());
    if (borders.isEmpty() || t.size() < 2)
        return {{t, whole, box.hasSpaceAfter()}};
    QList<WordPiece> out;
    int start = 0;
    QRectF cur;
    int side = -1;
    for (int i = 0; i < t.size(); ++i) {
        const QRectF c = box.charBoundingBox(i);
        const double x = c.isNull() ? whole.left() : c.center().x();
        const int s = int(std::upper_bound(borders.begin(), borders.end(), x) - borders.begin());
        if (side >= 0 && s != side && !t.at(i).isLowSurrogate()) { // never inside a surrogate pair
            out.append({t.mid(start, i - start), cur, false});
            start = i;
            cur = {};
        }
        side = s;
        if (!c.isNull())
            cur = cur.isNull() ? c : cur.united(c);
    }
    out.append({t.mid(start), cur.isNull() ? whole : cur, box.hasSpaceAfter()});
    return out;
}

/// Some fonts give every glyph a box two or three times its type size (the font's whole ascent and
/// descent): lines of such boxes overlap the lines above and below and a table's borders. Where a page's
/// Hangul words have boxes that tall, they are cut to the type size around their middle, which is where
/// those fonts set the glyphs.
void fitBoxesToType(QList<text::Word>& words) {
    std::vector<double> ratios;
    for (const text::Word& w : words)
        if (w.em > 0 && w.emFullWidth)
            ratios.push_back(w.box.height() / w.em);
    if (ratios.size() < 3)
        return;
    std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
    const double ratio = ratios[ratios.size() / 2];
    if (ratio < 1.6)
        return;
    const double keep = 1.2 / ratio;
    for (text::Word& w : words) {
        const double h = w.box.height() * keep;
        w.box = QRectF(w.box.left(), w.box.center().y() - h / 2, w.box.width(), h);
    }
}

/// Whether a low-resolution rendering of a page holds no ink (every pixel near white).
bool isBlank(const QImage& image) {
    if (image.isNull())
        return false;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (qGray(row[x]) < 235)
                return false;
    }
    return true;
}

QString isoDate(int y, int m, int d) {
    if (y < 1950 || y > 2100 || m < 1 || m > 12)
        return {};
    if (d <= 0)
        return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
    if (d > 31)
        return {};
    return QStringLiteral("%1-%2-%3").arg(y).arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
}

/// The date printed on the cover: 2023. 4. 14. / 2023년 4월 14일 / 2023.4.
QString coverDate(const QString& text) {
    static const QRegularExpression dotted(
        QStringLiteral(R"((?<!\d)((?:19|20)\d{2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})(?!\d))"));
    static const QRegularExpression korean(
        QStringLiteral(R"(((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)"));
    static const QRegularExpression month(
        QStringLiteral(R"((?<!\d)((?:19|20)\d{2})\s*\.\s*(\d{1,2})\s*\.?(?!\d))"));
    for (const auto* re : {&dotted, &korean, &month}) {
        const auto m = re->match(text);
        if (m.hasMatch()) {
            const QString d = isoDate(m.captured(1).toInt(), m.captured(2).toInt(),
                                      m.capturedLength(3) ? m.captured(3).toInt() : 0);
            if (!d.isEmpty())
                return d;
        }
    }
    return {};
}

QString findIssuer(const QList<text::Passage>& firstPage) {
    static const QRegularExpression joint(QStringLiteral(R"(관계\s*부처\s*합동)"));
    static const QRegularExpression body(QStringLiteral(
        R"(([가-힣]{2,}(?:부|처|청|위원회|연구원|진흥원|재단|협회|공단|센터|연구소|정책연구소|한림원))(?:\s|$|·|,))"));
    for (const auto& p : firstPage)
        if (joint.match(p.text).hasMatch())
            return QStringLiteral("관계부처 합동");
    for (const auto& p : firstPage) {
        if (p.text.size() > 40)
            continue;
        const auto m = body.match(p.text);
        if (m.hasMatch())
            return p.text.trimmed();
    }
    // A press release names its issuer as the subject of its first paragraph: 과학기술정보통신부(장관 …)는 …
    static const QRegularExpression subject(QStringLiteral(
        R"(^([가-힣]{2,}(?:부|처|청|위원회|연구원|진흥원|재단|협회|공단|연구소|한림원))\s*(?:\(|는\s|은\s|가\s|이\s))"));
    for (const auto& p : firstPage) {
        const auto m = subject.match(p.text);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

} // namespace

Result<QString> PdfImporter::sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QStringLiteral("cannot read file: %1").arg(f.errorString()), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> PdfImporter::checkSignature(const QString& path) {
    QFileInfo fi(path);
    if (!fi.exists())
        return fail(Error::Kind::NotFound, QStringLiteral("file not found"), path);
    if (!fi.isFile())
        return fail(Error::Kind::Io, QStringLiteral("not a regular file"), path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QStringLiteral("cannot read file: %1").arg(f.errorString()), path);
    if (f.size() == 0)
        return fail(Error::Kind::NotPdf, QStringLiteral("not a PDF (empty file, 0 bytes)"), path);
    const QByteArray head = f.read(1024);
    if (head.startsWith("\xFF\xD8\xFF"))
        return fail(Error::Kind::NotPdf, QStringLiteral("not a PDF (a JPEG image)"), path);
    if (head.startsWith("\x89PNG"))
        return fail(Error::Kind::NotPdf, QStringLiteral("not a PDF (a PNG image)"), path);
    if (head.startsWith("PK\x03\x04"))
        return fail(Error::Kind::NotPdf, QStringLiteral("not a PDF (a ZIP/Office/HWPX file)"), path);
    if (!head.contains("%PDF-"))
        return fail(Error::Kind::NotPdf, QStringLiteral("not a PDF (no %PDF- header)"), path);
    return {};
}

Result<ImportedDocument> PdfImporter::importFile(const QString& pathIn, const Options& options) {
    const QFileInfo fi(pathIn);
    const QString path = fi.exists() ? fi.canonicalFilePath() : pathIn;
    if (auto ok = checkSignature(path); !ok)
        return std::unexpected(ok.error());

    ImportedDocument out;
    out.path = path;
    out.fileName = fi.fileName();
    out.fileSize = fi.size();
    out.fileModified = fi.lastModified();
    if (!options.sha256.isEmpty()) {
        out.sha256 = options.sha256;
    } else {
        auto sha = sha256Of(path);
        if (!sha)
            return std::unexpected(sha.error());
        out.sha256 = *sha;
    }

    auto opened = PdfDocument::open(path, options.password);
    if (!opened)
        return std::unexpected(opened.error());
    PdfDocument& pdf = **opened;
    QMutexLocker lock(&pdf.mutex());
    Poppler::Document* doc = pdf.poppler();
    // This document is the import's own: render for reading rules, not for the eye.
    doc->setRenderHint(Poppler::Document::Antialiasing, false);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, false);
    doc->setRenderHint(Poppler::Document::ThinLineSolid, true);
    const int pageCount = doc->numPages();
    if (pageCount <= 0)
        return fail(Error::Kind::NoPages, QStringLiteral("document has no pages"), path);
    out.encrypted = doc->isEncrypted();
    out.producer =
        (doc->info(QStringLiteral("Creator")) + QLatin1Char(' ') + doc->info(QStringLiteral("Producer")))
            .trimmed();

    const bool hancom = out.producer.contains(QStringLiteral("Hwp"), Qt::CaseInsensitive) ||
                        out.producer.contains(QStringLiteral("Hancom"), Qt::CaseInsensitive) ||
                        out.producer.contains(QStringLiteral("한글"));
    QList<text::PageLines> layouts;
    layouts.reserve(std::min(pageCount, 4096));
    QList<bool> garbage;
    QList<bool> blank; // per page read: no words and no ink
    int missingPages = 0;
    for (int i = 0; i < pageCount; ++i) {
        if (options.cancel && options.cancel->load())
            return fail(Error::Kind::Cancelled, QStringLiteral("import cancelled"), path);
        auto page = doc->page(i);
        text::PageLines pl;
        ImportedPage ip;
        ip.number = i + 1;
        if (!page) {
            // A page object Poppler cannot read: keep the numbering, flag it, and stop if the tree is bogus.
            if (++missingPages > 50 && missingPages * 2 > i + 1)
                return fail(Error::Kind::Damaged, QStringLiteral("damaged PDF (page tree unreadable)"), path);
            ip.noText = true;
            layouts.append(pl);
            garbage.append(false);
            blank.append(false);
            out.pages.append(ip);
            continue;
        }
        pl.size = page->pageSizeF();
        ip.width = pl.size.width();
        ip.height = pl.size.height();
        const auto boxes = page->textList();
        QString raw;
        auto readWords = [&](const text::RuledCells& cells) {
            QList<text::Word> words;
            raw.clear();
            int order = 0;
            for (const auto& whole : boxes) {
                for (auto& piece : piecesBetweenRules(*whole, cells)) {
                    text::Word w{std::move(piece.text), piece.box, piece.spaceAfter, order++};
                    if (w.text.trimmed().isEmpty())
                        continue;
                    // Bold or outline simulated by drawing text twice, a hair apart and sometimes cut into
                    // words differently (2026년, then 2026 and 년 over it): a word lying inside one just
                    // read, whose text holds it, is that word again.
                    const auto recent = words.crbegin() + std::min<qsizetype>(words.size(), 8);
                    const auto twin = std::find_if(words.crbegin(), recent, [&w](const text::Word& o) {
                        const double tol = 0.25 * std::max(1.0, o.box.height());
                        return o.text.contains(w.text) && std::abs(o.box.top() - w.box.top()) < tol &&
                               std::abs(o.box.bottom() - w.box.bottom()) < tol &&
                               w.box.left() > o.box.left() - tol && w.box.right() < o.box.right() + tol;
                    });
                    if (twin != recent)
                        continue;
                    w.em = typeSize(*whole, &w.emFullWidth);
                    raw += w.text + QLatin1Char(' ');
                    words.append(std::move(w));
                }
            }
            fitBoxesToType(words);
            return words;
        };
        QList<text::Word> words = readWords({});
        pl.lines = text::layoutPage(words, pl.size);
        // Text set side by side may be a ruled table: read its cells from the borders the page draws (a
        // rendering without anti-aliasing, thin lines one pixel wide) and lay the page out again by them.
        // Rendering parses the page a second time, so it is done where it pays: Hancom's export draws every
        // cell's border and sets neighbouring cells close together; pages of running text are not rendered.
        if (hancom && std::any_of(pl.lines.begin(), pl.lines.end(),
                                  [](const text::TextLine& l) { return l.rowShared; })) {
            text::RuledCells cells(text::rulesFromImage(
                page->renderToImage(72 * kRulingScale, 72 * kRulingScale), kRulingScale));
            if (!cells.isEmpty()) {
                words = readWords(cells);
                QList<QRectF> textBoxes;
                textBoxes.reserve(words.size());
                for (const text::Word& w : words)
                    textBoxes.append(w.box);
                cells.leaveOutStrokesThrough(textBoxes);
                for (text::Word& w : words)
                    w.cell = cells.cellAt(w.box.center());
                pl.lines = text::layoutPage(words, pl.size);
            }
        }
        layouts.append(pl);
        // A page without words is a scan to OCR only if something is printed on it: a blank page (the back
        // of a cover, a page left empty before a chapter) is just empty.
        blank.append(words.isEmpty() && isBlank(page->renderToImage(9, 9)));
        const QString cleaned = text::normalizeText(raw).simplified();
        garbage.append(text::looksLikeGarbage(cleaned));
        out.pages.append(ip);
    }
    lock.unlock();

    text::DocumentAssembler assembler(hancom);
    const QList<QList<text::Passage>> pages = assembler.assemble(layouts);
    for (int i = 0; i < pages.size(); ++i) {
        ImportedPage& ip = out.pages[i];
        if (garbage[i]) {
            ip.needsOcr = true;
            continue; // garbage is not text: index nothing for it
        }
        QStringList parts;
        for (const text::Passage& p : pages[i]) {
            parts.append(p.bullet.isEmpty() ? p.text : p.bullet + QLatin1Char(' ') + p.text);
            out.passages.append(p);
        }
        ip.text = parts.join(QStringLiteral("\n\n"));
        if (ip.text.trimmed().isEmpty()) {
            ip.noText = true;
            ip.needsOcr = !blank.value(i); // nothing to read: a scan or an image-only page, unless blank
        }
    }

    // A reference into `pages`: `best` below must not point into a temporary copy (pages.value(0) is one).
    static const QList<text::Passage> none;
    const QList<text::Passage>& firstPage = pages.isEmpty() ? none : pages.constFirst();

    // Title: the PDF's own when it means something, else what page 1 sets as its title (text::findTitle);
    // a page that sets nothing much larger than its text (a table's header, a form) gives way to an Info
    // title that is a document's file name ("전국 장례식장 현황.hwpx"), and last to the file's own name.
    const QString infoTitle =
        text::normalizeText(decodedInfo(pdf.info(QStringLiteral("Title")))).simplified();
    if (meaningfulTitle(infoTitle)) {
        out.title = infoTitle;
    } else {
        double prominence = 0;
        const QString printed = layouts.isEmpty() || garbage.value(0)
                                    ? QString()
                                    : text::findTitle(layouts[0].lines, layouts[0].size, &prominence);
        const QString fromInfo = text::titleFromFileName(infoTitle);
        if (!printed.isEmpty() && (prominence >= 1.3 || fromInfo.isEmpty()))
            out.title = printed;
        else if (!fromInfo.isEmpty())
            out.title = fromInfo;
        else
            out.title = fi.completeBaseName();
    }
    QString firstPageText;
    for (const text::Passage& p : firstPage)
        firstPageText += p.text + QLatin1Char('\n');
    out.date = coverDate(firstPageText);
    out.datePrinted = !out.date.isEmpty();
    if (out.date.isEmpty()) {
        const QDateTime created = pdf.poppler()->creationDate();
        if (created.isValid())
            out.date = created.date().toString(Qt::ISODate);
    }
    out.issuer = findIssuer(firstPage);
    return out;
}

} // namespace pl::pdf
