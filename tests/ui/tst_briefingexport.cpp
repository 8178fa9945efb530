#include "core/briefing/briefingstore.h"
#include "core/import/importjob.h"
#include "core/store/library.h"
#include "ui/export/briefingrenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace pl;
using briefing::BriefingItem;
using briefing::ItemKind;

namespace {

const QString kTitle = QStringLiteral("인공지능 국가전략 이행 점검");
const QString kQuote = QStringLiteral("정부는 2027년까지 초거대 인공지능 개발에 3,901억 원을 투자한다.");

/// Text without any white space: Poppler breaks lines where the PDF does, not where the sentence does.
QString squeezed(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

bool writeSourcePdf(const QString& path) {
    QPdfWriter writer(path);
    writer.setTitle(kTitle);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("NanumGothic"));
    font.setPixelSize(14);
    painter.setFont(font);
    painter.drawText(QRectF(60, 60, 470, 40), Qt::TextWordWrap, kTitle);
    painter.drawText(QRectF(60, 120, 470, 200), Qt::TextWordWrap, kQuote);
    writer.newPage();
    painter.drawText(QRectF(60, 60, 470, 200), Qt::TextWordWrap,
                     QStringLiteral("미국과 중국은 인공지능 인재 양성에 힘쓰고 있다."));
    return true;
}

} // namespace

/// A briefing built in the test is exported as PDF and HTML; the PDF is read back with Poppler.
class TestBriefingExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHoldsQuotesCitationsAndSources();
    void pdfEmbedsItsFonts();
    void pageCountIsAsLaidOut_data();
    void pageCountIsAsLaidOut();
    void headingStaysWithItsBody();
    void htmlIsSelfContained();
    void failedExportLeavesNoFile();
    void slidesPaintEveryItem();

private:
    briefing::Briefing makeBriefing(const QString& name, const QList<BriefingItem>& items);
    QList<BriefingItem> richItems() const;
    QString pdfText(const QString& path, int* pages = nullptr) const;

    QTemporaryDir m_dir;
    std::unique_ptr<store::Library> m_library;
    std::optional<store::DocumentRecord> m_doc;
};

void TestBriefingExport::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString pdf = m_dir.filePath(QStringLiteral("strategy.pdf"));
    QVERIFY(writeSourcePdf(pdf));
    const QString libraryPath = m_dir.filePath(QStringLiteral("library.policylens"));
    import::ImportJob job(libraryPath, {pdf});
    const auto outcomes = job.run();
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    auto library = store::Library::open(libraryPath);
    QVERIFY(library);
    m_library = std::move(*library);
    m_doc = m_library->document(outcomes.first().docId);
    QVERIFY(m_doc);
    QCOMPARE(m_doc->title, kTitle);
}

briefing::Briefing TestBriefingExport::makeBriefing(const QString& name, const QList<BriefingItem>& items) {
    briefing::BriefingStore store(*m_library);
    auto id = store.createBriefing(name);
    if (!id)
        return {};
    for (const BriefingItem& item : items)
        if (!store.addItem(*id, item))
            return {};
    return *store.briefing(*id);
}

QList<BriefingItem> TestBriefingExport::richItems() const {
    QList<BriefingItem> items;
    items.append(briefing::headingItem(QStringLiteral("1. 투자 계획")));
    // The quote comes from the stored passage, as pinning it in the reader would take it.
    QString quote;
    QList<QRectF> boxes;
    const QList<text::Passage> passages = m_library->passages(m_doc->id, 1).value();
    for (const text::Passage& p : passages)
        if (squeezed(p.text).contains(squeezed(QStringLiteral("3,901억")))) {
            quote = p.text;
            boxes = p.lineBoxes;
        }
    BriefingItem passage = briefing::passageItem(*m_doc, 1, quote, boxes);
    passage.comment = QStringLiteral("예산 근거로 인용");
    items.append(passage);
    items.append(briefing::passageItem(*m_doc, 2,
                                       QStringLiteral("미국과 중국은 인공지능 인재 양성에 힘쓰고 있다."), {},
                                       QStringLiteral("인재 양성")));
    BriefingItem fact;
    fact.kind = ItemKind::Fact;
    fact.payload = {{QStringLiteral("doc"), briefing::documentAnchor(*m_doc)},
                    {QStringLiteral("fact_kind"), QStringLiteral("money")},
                    {QStringLiteral("value"), QStringLiteral("3,901억 원")},
                    {QStringLiteral("text"), kQuote},
                    {QStringLiteral("page"), 1}};
    items.append(fact);
    BriefingItem timeline;
    timeline.kind = ItemKind::TimelineRange;
    timeline.payload = {
        {QStringLiteral("from"), QStringLiteral("2023")},
        {QStringLiteral("to"), QStringLiteral("2027")},
        {QStringLiteral("title"), QStringLiteral("추진 일정 2023–2027")},
        {QStringLiteral("events"),
         QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2023-04")},
                                {QStringLiteral("label"), QStringLiteral("초거대 AI 경쟁력 강화 방안 발표")},
                                {QStringLiteral("title"), kTitle},
                                {QStringLiteral("page"), 1}},
                    QJsonObject{{QStringLiteral("date"), QStringLiteral("2027")},
                                {QStringLiteral("label"), QStringLiteral("투자 완료 목표")},
                                {QStringLiteral("title"), kTitle},
                                {QStringLiteral("page"), 1}}}}};
    items.append(timeline);
    BriefingItem tree;
    tree.kind = ItemKind::StrategySubtree;
    tree.payload = {
        {QStringLiteral("doc"), briefing::documentAnchor(*m_doc)},
        {QStringLiteral("page"), 1},
        {QStringLiteral("title"), QStringLiteral("초거대 AI 기술 경쟁력 확보")},
        {QStringLiteral("nodes"),
         QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("초거대 AI 기술 경쟁력 확보")},
                                {QStringLiteral("depth"), 0}},
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("한국어 특화 모델 개발")},
                                {QStringLiteral("depth"), 1}},
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("학습용 데이터 구축")},
                                {QStringLiteral("depth"), 2}}}}};
    items.append(tree);
    BriefingItem chart;
    chart.kind = ItemKind::Chart;
    chart.payload = {{QStringLiteral("chart"), QStringLiteral("budget")},
                     {QStringLiteral("currency"), QStringLiteral("KRW")},
                     {QStringLiteral("title"), QStringLiteral("분야별 예산")},
                     {QStringLiteral("bars"),
                      QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("초거대 AI")},
                                             {QStringLiteral("value"), 390100000000.0},
                                             {QStringLiteral("text"), QStringLiteral("3,901억 원")}},
                                 QJsonObject{{QStringLiteral("label"), QStringLiteral("데이터")},
                                             {QStringLiteral("value"), 120000000000.0},
                                             {QStringLiteral("text"), QStringLiteral("1,200억 원")}}}}};
    items.append(chart);
    BriefingItem matrix;
    matrix.kind = ItemKind::CountryMatrix;
    matrix.payload = {{QStringLiteral("title"), QStringLiteral("국가별 언급")},
                      {QStringLiteral("countries"), QJsonArray{QStringLiteral("US"), QStringLiteral("CN")}},
                      {QStringLiteral("themes"), QJsonArray{QStringLiteral("인재"), QStringLiteral("투자")}},
                      {QStringLiteral("cells"), QJsonArray{QJsonArray{3, 1}, QJsonArray{2, 0}}}};
    items.append(matrix);
    items.append(briefing::noteItem(QStringLiteral("다음 회의에서 예산 규모 재확인")));
    return items;
}

QString TestBriefingExport::pdfText(const QString& path, int* pages) const {
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return {};
    if (pages)
        *pages = doc->numPages();
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text;
}

void TestBriefingExport::pdfHoldsQuotesCitationsAndSources() {
    const briefing::Briefing b = makeBriefing(QStringLiteral("장관 보고"), richItems());
    QVERIFY(b.id);
    const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
    const QString path = m_dir.filePath(QStringLiteral("rich.pdf"));
    QVERIFY(renderer.exportPdf(path));
    int pages = 0;
    const QString text = squeezed(pdfText(path, &pages));
    QVERIFY(pages >= 1);
    for (const QString& expected :
         {QStringLiteral("장관 보고"), QStringLiteral("1. 투자 계획"), kQuote,
          QStringLiteral("예산 근거로 인용"), QStringLiteral("인재 양성에 힘쓰고"),
          kTitle + QStringLiteral(" p.1"), kTitle + QStringLiteral(" p.2"), QStringLiteral("투자 완료 목표"),
          QStringLiteral("한국어 특화 모델 개발"), QStringLiteral("3,901억 원"),
          QStringLiteral("국가별 언급"), QStringLiteral("다음 회의에서"), QStringLiteral("Sources"),
          QStringLiteral("strategy.pdf"), QStringLiteral("p.1, 2")})
        QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected));
    // The source list names the document once, however often it is cited.
    QCOMPARE(renderer.sources().size(), 1);
    QCOMPARE(renderer.sources().first().pages, (QList<int>{1, 2}));
    // Page numbers on every page.
    QVERIFY(text.contains(QStringLiteral("1/%1").arg(pages)));
}

void TestBriefingExport::pdfEmbedsItsFonts() {
    const briefing::Briefing b =
        makeBriefing(QStringLiteral("글꼴"), {briefing::noteItem(QStringLiteral("한글 본문"))});
    const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
    QCOMPARE(renderer.fontFamily(), QStringLiteral("NanumGothic"));
    const QString path = m_dir.filePath(QStringLiteral("fonts.pdf"));
    QVERIFY(renderer.exportPdf(path));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    const QList<Poppler::FontInfo> fonts = doc->fonts();
    QVERIFY(!fonts.isEmpty());
    for (const Poppler::FontInfo& font : fonts) {
        QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        QVERIFY2(font.name().contains(QStringLiteral("Nanum")), qPrintable(font.name()));
    }
}

void TestBriefingExport::pageCountIsAsLaidOut_data() {
    QTest::addColumn<int>("notes");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("one note: one page") << 1 << 1 << 1;
    QTest::newRow("twenty notes: one page") << 20 << 1 << 1;
    QTest::newRow("eighty notes: several pages") << 80 << 3 << 8;
}

void TestBriefingExport::pageCountIsAsLaidOut() {
    QFETCH(int, notes);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    QList<BriefingItem> items;
    for (int i = 0; i < notes; ++i)
        items.append(briefing::noteItem(QStringLiteral("메모 %1: 회의 전에 확인할 내용").arg(i + 1)));
    const briefing::Briefing b = makeBriefing(QStringLiteral("쪽수 %1").arg(notes), items);
    const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
    const QString path = m_dir.filePath(QStringLiteral("pages-%1.pdf").arg(notes));
    QVERIFY(renderer.exportPdf(path));
    int pages = 0;
    const QString text = squeezed(pdfText(path, &pages));
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
    // Every note is there, once, and every page is numbered "n / total".
    for (int i = 0; i < notes; ++i)
        QCOMPARE(text.count(squeezed(QStringLiteral("메모 %1:").arg(i + 1))), 1);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(text.contains(QStringLiteral("%1/%2").arg(page).arg(pages)));
}

void TestBriefingExport::headingStaysWithItsBody() {
    // Fillers push the heading down the first page step by step, across the page end: wherever it falls,
    // the heading and the first line of the item after it are on the same page.
    for (int fillers = 30; fillers <= 48; ++fillers) {
        QList<BriefingItem> items;
        for (int i = 0; i < fillers; ++i)
            items.append(briefing::noteItem(QStringLiteral("채움 %1").arg(i)));
        items.append(briefing::headingItem(QStringLiteral("붙어야 할 제목")));
        items.append(briefing::passageItem(*m_doc, 1, kQuote, {}));
        const briefing::Briefing b = makeBriefing(QStringLiteral("제목 %1").arg(fillers), items);
        const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
        const QString path = m_dir.filePath(QStringLiteral("keep-%1.pdf").arg(fillers));
        QVERIFY(renderer.exportPdf(path));
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        int headingPage = -1, bodyPage = -1;
        for (int i = 0; i < doc->numPages(); ++i) {
            const QString text = squeezed(doc->page(i)->text(QRectF()));
            if (text.contains(squeezed(QStringLiteral("붙어야 할 제목"))))
                headingPage = i;
            if (text.contains(squeezed(QStringLiteral("정부는 2027년까지"))))
                bodyPage = i;
        }
        QVERIFY(headingPage >= 0);
        QCOMPARE(bodyPage, headingPage);
    }
}

void TestBriefingExport::htmlIsSelfContained() {
    const briefing::Briefing b = makeBriefing(QStringLiteral("HTML 보고"), richItems());
    const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
    const QString path = m_dir.filePath(QStringLiteral("briefing.html"));
    QVERIFY(renderer.exportHtml(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    for (const QString& expected : {QStringLiteral("1. 투자 계획"), kQuote.toHtmlEscaped(),
                                    (kTitle + QStringLiteral(" p.1")).toHtmlEscaped(), QStringLiteral("<svg"),
                                    QStringLiteral("투자 완료 목표"), QStringLiteral("strategy.pdf")})
        QVERIFY2(html.contains(expected), qPrintable(expected));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    // Any reference must be inline data or an anchor inside the page.
    static const QRegularExpression reference(
        QStringLiteral(
            "(?:\\b(?:src|href|xlink:href|action|poster)\\s*=\\s*[\"']?|url\\(\\s*[\"']?)([^\"')\\s>]*)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(QStringLiteral("data:")) || target.startsWith(QLatin1Char('#')),
                 qPrintable(target));
    }
    for (const QString& scheme : {QStringLiteral("http:"), QStringLiteral("https:"), QStringLiteral("file:"),
                                  QStringLiteral("=\"//"), QStringLiteral("ftp:")})
        QVERIFY2(!html.contains(scheme, Qt::CaseInsensitive), qPrintable(scheme));
}

void TestBriefingExport::failedExportLeavesNoFile() {
    const briefing::Briefing b =
        makeBriefing(QStringLiteral("실패"), {briefing::noteItem(QStringLiteral("메모"))});
    const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    auto pdf = renderer.exportPdf(missingFolder);
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().file, missingFolder);
    QVERIFY(!QFileInfo::exists(missingFolder));
    QVERIFY(!renderer.exportHtml(m_dir.filePath(QStringLiteral("no/such/folder/out.html"))));
    // An older export at the target stays whole when a new one cannot be written over it.
    const QString existing = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(existing));
    QVERIFY(!renderer.exportPdf(existing)); // a folder cannot be replaced by a file
    QVERIFY(QFileInfo(existing).isDir());
}

void TestBriefingExport::slidesPaintEveryItem() {
    const briefing::Briefing b = makeBriefing(QStringLiteral("발표"), richItems());
    const ui::BriefingRenderer renderer(b, briefing::BriefingStore(*m_library).items(b.id));
    QCOMPARE(renderer.slideCount(), int(richItems().size()) + 1);
    for (int i = 0; i < renderer.slideCount(); ++i) {
        QImage image(800, 450, QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        renderer.paintSlide(&painter, i, QRectF(0, 0, 800, 450));
        painter.end();
        // Something besides the white page is drawn: text of the item.
        int inked = 0;
        for (int y = 40; y < 400; y += 2)
            for (int x = 40; x < 760; x += 2)
                inked += image.pixelColor(x, y).lightness() < 160;
        QVERIFY2(inked > 30, qPrintable(QStringLiteral("slide %1").arg(i)));
    }
}

QTEST_MAIN(TestBriefingExport)
#include "tst_briefingexport.moc"
