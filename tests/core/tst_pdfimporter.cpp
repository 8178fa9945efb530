#include "core/pdf/pdfimporter.h"
#include "pdffixtures.h"

#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using pl::Error;
using pl::pdf::ImportedDocument;
using pl::pdf::PdfImporter;

namespace {

QString allText(const ImportedDocument& d) {
    QStringList parts;
    for (const auto& p : d.pages)
        parts.append(p.text);
    return parts.join(QStringLiteral("\n\n"));
}

QString sharedDir() {
    return QStringLiteral(PL_SHARED_DIR);
}

} // namespace

class TstPdfImporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!QFontDatabase::families().contains(QStringLiteral("NanumGothic")))
            qWarning("NanumGothic is not installed: Korean fixtures fall back to another font");
    }

    void midWordWrapsJoinInHwpFiles() {
        // 청년주택드림청약통장 broken between 약 and 통, as Hancom's PDFs do.
        const QStringList lines{QStringLiteral("국토교통부는 청년주택드림청약"),
                                QStringLiteral("통장을 출시한다고 밝혔다 청년주"),
                                QStringLiteral("택드림청약통장은 청년의 자산 형"),
                                QStringLiteral("성을 돕는다")};
        const QString para = QStringLiteral("국토교통부는 청년주택드림청약통장을 출시한다고 밝혔다 "
                                            "청년주택드림청약통장은 청년의 자산 형성을 돕는다");
        fixtures::Page page;
        for (int i = 0; i < lines.size(); ++i)
            page.append({lines[i], QPointF(60, 120 + i * 18), 11});
        QVERIFY(fixtures::writePdf(path(QStringLiteral("hwp.pdf")), {page},
                                   QStringLiteral("Hwp 2018 10.0.0.13764")));
        auto doc = PdfImporter::importFile(path(QStringLiteral("hwp.pdf")));
        QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().toString()));
        QCOMPARE(doc->pages.size(), 1);
        QCOMPARE(doc->passages.size(), 1);
        QCOMPARE(doc->passages[0].text, para);
        QCOMPARE(doc->passages[0].page, 1);
        QCOMPARE(doc->passages[0].lineBoxes.size(), 4);
    }

    void twoColumnsComeOutColumnByColumn() {
        fixtures::Page page;
        const QStringList left{QStringLiteral("왼쪽 단의 첫째 줄입니다 가나다"),
                               QStringLiteral("왼쪽 단의 둘째 줄입니다 라마바"),
                               QStringLiteral("왼쪽 단의 셋째 줄입니다 사아자"),
                               QStringLiteral("왼쪽 단의 넷째 줄입니다 차카타")};
        const QStringList right{QStringLiteral("오른쪽 단의 첫째 줄입니다 하나"),
                                QStringLiteral("오른쪽 단의 둘째 줄입니다 두울"),
                                QStringLiteral("오른쪽 단의 셋째 줄입니다 세엣"),
                                QStringLiteral("오른쪽 단의 넷째 줄입니다 네엣")};
        for (int i = 0; i < 4; ++i) {
            page.append({left[i], QPointF(50, 150 + i * 18), 11});
            page.append({right[i], QPointF(320, 150 + i * 18), 11});
        }
        QVERIFY(fixtures::writePdf(path(QStringLiteral("columns.pdf")), {page}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("columns.pdf")));
        QVERIFY(doc.has_value());
        const QString text = allText(*doc);
        // Every left line comes before every right line.
        qsizetype lastLeft = -1, firstRight = text.size();
        for (const QString& l : left) {
            QVERIFY2(text.contains(l), qPrintable(text));
            lastLeft = std::max(lastLeft, text.indexOf(l));
        }
        for (const QString& r : right)
            firstRight = std::min(firstRight, text.indexOf(r));
        QVERIFY2(lastLeft < firstRight, qPrintable(text));
    }

    void runningHeadsFootersAndBulletsAcrossPages() {
        QList<fixtures::Page> pages;
        for (int i = 1; i <= 3; ++i) {
            fixtures::Page p;
            p.append({QStringLiteral("인공지능 정책 보고서"), QPointF(400, 40), 9});
            p.append({QStringLiteral("□ 과제 %1 추진 계획").arg(i), QPointF(60, 150), 12});
            p.append({QStringLiteral("○ 세부 내용 %1").arg(i), QPointF(80, 175), 11});
            p.append({QStringLiteral("- %1 -").arg(i), QPointF(290, 810), 9});
            pages.append(p);
        }
        QVERIFY(fixtures::writePdf(path(QStringLiteral("heads.pdf")), pages));
        auto doc = PdfImporter::importFile(path(QStringLiteral("heads.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->pages.size(), 3);
        const QString text = allText(*doc);
        QVERIFY2(!text.contains(QStringLiteral("정책 보고서")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("- 2 -")), qPrintable(text));
        QCOMPARE(doc->passages.size(), 6);
        QCOMPARE(doc->passages[0].bullet, QStringLiteral("□"));
        QCOMPARE(doc->passages[0].text, QStringLiteral("과제 1 추진 계획"));
        QCOMPARE(doc->passages[1].bullet, QStringLiteral("○"));
        QCOMPARE(doc->passages[5].page, 3);
    }

    void metadataFromCover() {
        fixtures::Page cover{{QStringLiteral("초거대AI 경쟁력 강화 방안"), QPointF(120, 200), 24},
                             {QStringLiteral("2023. 4. 14."), QPointF(250, 400), 14},
                             {QStringLiteral("관계부처 합동"), QPointF(250, 600), 14}};
        QVERIFY(fixtures::writePdf(path(QStringLiteral("cover.pdf")), {cover}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("cover.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->title, QStringLiteral("초거대AI 경쟁력 강화 방안"));
        QCOMPARE(doc->date, QStringLiteral("2023-04-14"));
        QCOMPARE(doc->issuer, QStringLiteral("관계부처 합동"));
        QCOMPARE(doc->sha256.size(), 64);
        // Every passage's box lies on its page.
        for (const auto& p : doc->passages)
            QVERIFY(QRectF(0, 0, 595.3, 842).contains(p.box));
    }

    // The title from the type sizes QPdfWriter set: a two-line title, labels and a sponsor set smaller;
    // a letter-spaced kind of document gives its subject.
    void titlesFromTheCoversTypeSizes() {
        fixtures::Page bill{{QStringLiteral("정보통신망 이용촉진에 관한 법률"), QPointF(100, 80), 17},
                            {QStringLiteral("일부개정법률안"), QPointF(220, 106), 17},
                            {QStringLiteral("(홍길동의원 대표발의)"), QPointF(220, 130), 12},
                            {QStringLiteral("의안번호 12345"), QPointF(80, 190), 12},
                            {QStringLiteral("제안이유 및 주요내용"), QPointF(80, 260), 12},
                            {QStringLiteral("현행법은 정보통신망의 이용을 촉진하고 있으나 보완이 필요함."),
                             QPointF(80, 290), 12}};
        QVERIFY(fixtures::writePdf(path(QStringLiteral("bill.pdf")), {bill}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("bill.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->title, QStringLiteral("정보통신망 이용촉진에 관한 법률 일부개정법률안"));

        fixtures::Page rfp{{QStringLiteral("제 안 요 청 서"), QPointF(180, 140), 30},
                           {QStringLiteral("사 업 명"), QPointF(60, 260), 13},
                           {QStringLiteral("공공 데이터 품질관리 시스템 고도화"), QPointF(150, 260), 16},
                           {QStringLiteral("주관기관"), QPointF(60, 300), 13},
                           {QStringLiteral("한국데이터진흥원"), QPointF(150, 300), 13}};
        QVERIFY(fixtures::writePdf(path(QStringLiteral("rfp.pdf")), {rfp}));
        doc = PdfImporter::importFile(path(QStringLiteral("rfp.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->title, QStringLiteral("제안요청서: 공공 데이터 품질관리 시스템 고도화"));
    }

    // A Hancom table whose cells' text runs up to the borders: each cell is a passage of its own, a cell's
    // wrapped lines join as in running text, and words either side of a border never join.
    void ruledTableCellsComeOutCellByCell() {
        QFont font(QStringLiteral("NanumGothic"));
        font.setPixelSize(11); // the fixture's painter works in points
        const QFontMetricsF metrics(font);
        auto endingAt = [&](const QString& t, double right, double baseline) {
            return fixtures::TextItem{t, QPointF(right - metrics.horizontalAdvance(t), baseline), 11};
        };
        const QList<double> columns{60, 140, 220, 300}, rows{100, 130, 175, 205};
        QList<QLineF> rules;
        for (double y : rows)
            rules.append(QLineF(columns.first(), y, columns.last(), y));
        for (double x : columns)
            rules.append(QLineF(x, rows.first(), x, rows.last()));
        const fixtures::Page page{
            {QStringLiteral("구분"), QPointF(63, 119), 11},
            {QStringLiteral("예산"), QPointF(143, 119), 11},
            {QStringLiteral("담당"), QPointF(223, 119), 11},
            endingAt(QStringLiteral("정보통신기"), 138.5, 147),
            {QStringLiteral("술 지원"), QPointF(63, 163), 11},
            {QStringLiteral("2,655억원"), QPointF(141.5, 147), 11},
            {QStringLiteral("과기정통부"), QPointF(221.5, 147), 11},
            endingAt(QStringLiteral("소상공인"), 139.3, 194),
            {QStringLiteral("기업"), QPointF(140.8, 194), 11},
            {QStringLiteral("성"), QPointF(225, 194), 11},
            {QStringLiteral("명"), QPointF(285, 194), 11},
        };
        QVERIFY(fixtures::writePdf(path(QStringLiteral("table.pdf")), {page}, QStringLiteral("Hwp 2022 12.0"),
                                   QString(), {rules}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("table.pdf")));
        QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().toString()));
        QStringList texts;
        for (const auto& p : doc->passages)
            texts.append(p.text);
        for (const QString& cell :
             {QStringLiteral("구분"), QStringLiteral("예산"), QStringLiteral("담당"),
              QStringLiteral("정보통신기술 지원"), QStringLiteral("2,655억원"), QStringLiteral("과기정통부"),
              QStringLiteral("소상공인"), QStringLiteral("기업"), QStringLiteral("성 명")})
            QVERIFY2(texts.contains(cell),
                     qPrintable(cell + QStringLiteral(" is not a passage of its own in: ") +
                                texts.join(QStringLiteral(" | "))));
        for (const auto& p : doc->passages)
            QCOMPARE(p.kind, pl::text::Passage::Kind::TableCell);
    }

    // Bold simulated by drawing the same words twice, a hair apart: the text holds them once.
    void wordsDrawnTwiceAreReadOnce() {
        fixtures::Page page{{QStringLiteral("2026년 인공지능 바우처 지원사업"), QPointF(100, 100), 20},
                            {QStringLiteral("2026년 인공지능 바우처 지원사업"), QPointF(100.4, 100.3), 20},
                            {QStringLiteral("본문은 한 번만 나온다."), QPointF(100, 200), 11}};
        QVERIFY(fixtures::writePdf(path(QStringLiteral("bold.pdf")), {page}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("bold.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->title, QStringLiteral("2026년 인공지능 바우처 지원사업"));
        QCOMPARE(allText(*doc).count(QStringLiteral("바우처")), 1);
    }

    // A page left blank has no text and needs no OCR; a page that prints only a picture does.
    void aBlankPageNeedsNoOcr() {
        fixtures::Page text{{QStringLiteral("첫 쪽의 본문"), QPointF(100, 100), 12}};
        fixtures::Page empty;
        QVERIFY(fixtures::writePdf(path(QStringLiteral("blank.pdf")), {text, empty, text}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("blank.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->pages.size(), 3);
        QVERIFY(doc->pages[1].noText);
        QVERIFY(!doc->pages[1].needsOcr);
        QVERIFY(!doc->needsOcr());
    }

    void pressReleaseIssuerIsTheSubjectOfItsFirstParagraph() {
        fixtures::Page page{
            {QStringLiteral("인공지능 기초 모형 사업 본격 박차"), QPointF(80, 120), 20},
            {QStringLiteral("과학기술정보통신부(장관 홍길동)는 국내 정예팀 공모에 착수한다고 밝혔다."),
             QPointF(60, 200), 11}};
        QVERIFY(fixtures::writePdf(path(QStringLiteral("press.pdf")), {page}));
        auto doc = PdfImporter::importFile(path(QStringLiteral("press.pdf")));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->issuer, QStringLiteral("과학기술정보통신부"));
    }

    void badInputGivesReasons_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty file") << QByteArray() << int(Error::Kind::NotPdf);
        QTest::newRow("plain text") << QStringLiteral("이것은 PDF가 아닙니다").toUtf8()
                                    << int(Error::Kind::NotPdf);
        QTest::newRow("JPEG renamed")
            << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) << int(Error::Kind::NotPdf);
        QTest::newRow("truncated header only")
            << QByteArray("%PDF-1.7\n1 0 obj\n<<") << int(Error::Kind::Damaged);
    }
    void badInputGivesReasons() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        const QString file =
            path(QStringLiteral("bad-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto doc = PdfImporter::importFile(file);
        QVERIFY(!doc.has_value());
        QCOMPARE(int(doc.error().kind), kind);
        QVERIFY(doc.error().toString().contains(QFileInfo(file).fileName()));
    }

    // Encrypted PDFs made from sample 002 with qpdf at build time (tests/CMakeLists.txt), so these run
    // everywhere.
    void encryptedFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expect"); // error kind name, or "ok"
        const QString user = QStringLiteral(PL_FIXTURE_ENCRYPTED_USER);
        const QString owner = QStringLiteral(PL_FIXTURE_ENCRYPTED_OWNER);
        QTest::newRow("user password, none given")
            << user << QString() << QStringLiteral("password-required");
        QTest::newRow("user password, wrong one")
            << user << QStringLiteral("nope") << QStringLiteral("wrong-password");
        QTest::newRow("user password, right one")
            << user << QStringLiteral(PL_FIXTURE_USER_PASSWORD) << QStringLiteral("ok");
        QTest::newRow("owner password only, printing and changes forbidden")
            << owner << QString() << QStringLiteral("ok");
        QTest::newRow("owner password only, a password given anyway")
            << owner << QStringLiteral("unrelated") << QStringLiteral("ok");
    }
    void encryptedFiles() {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, expect);
        QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" was not made at build time")));
        PdfImporter::Options options;
        options.password = password;
        auto doc = PdfImporter::importFile(file, options);
        if (expect == QStringLiteral("ok")) {
            QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().toString()));
            QVERIFY(doc->encrypted);
            QCOMPARE(doc->pages.size(), 5);
            QVERIFY(allText(*doc).contains(QStringLiteral("파운데이션")));
        } else {
            QVERIFY(!doc.has_value());
            QCOMPARE(doc.error().kindName(), expect);
            QVERIFY2(doc.error().toString().contains(QFileInfo(file).fileName()),
                     qPrintable(doc.error().toString()));
        }
    }

    // The same cases on the shared corpus's files, when it is present (a clone without ../shared skips them).
    void edgeCorpus_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expect"); // error kind name, or "ok", "ocr", "ocr:2"
        QTest::newRow("scanned") << QStringLiteral("edge-scanned-no-text-layer.pdf") << QString()
                                 << QStringLiteral("ocr");
        QTest::newRow("mixed") << QStringLiteral("edge-mixed-text-and-scanned-pages.pdf") << QString()
                               << QStringLiteral("ocr:2");
        QTest::newRow("zero pages") << QStringLiteral("edge-empty-0-pages.pdf") << QString()
                                    << QStringLiteral("no-pages");
        QTest::newRow("blank page") << QStringLiteral("edge-blank-1-page.pdf") << QString()
                                    << QStringLiteral("blank");
        QTest::newRow("truncated") << QStringLiteral("edge-truncated-60pct.pdf") << QString()
                                   << QStringLiteral("damaged");
        QTest::newRow("password needed") << QStringLiteral("edge-encrypted-user-password.pdf") << QString()
                                         << QStringLiteral("password-required");
        QTest::newRow("wrong password") << QStringLiteral("edge-encrypted-user-password.pdf")
                                        << QStringLiteral("nope") << QStringLiteral("wrong-password");
        QTest::newRow("right password") << QStringLiteral("edge-encrypted-user-password.pdf")
                                        << QStringLiteral("corpus-user") << QStringLiteral("ok");
        QTest::newRow("owner-only restricted") << QStringLiteral("edge-encrypted-owner-only-restricted.pdf")
                                               << QString() << QStringLiteral("ok");
        QTest::newRow("not a pdf") << QStringLiteral("edge-not-a-pdf-plain-text.pdf") << QString()
                                   << QStringLiteral("not-a-pdf");
        QTest::newRow("rotated") << QStringLiteral("edge-rotated-pages.pdf") << QString()
                                 << QStringLiteral("ok");
        QTest::newRow("two columns") << QStringLiteral("edge-two-column-wide-leading.pdf") << QString()
                                     << QStringLiteral("ok");
    }
    void edgeCorpus() {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, expect);
        const QString full = sharedDir() + QStringLiteral("/corpus/edge/") + file;
        if (!QFile::exists(full))
            QSKIP("shared corpus not present");
        PdfImporter::Options options;
        options.password = password;
        auto doc = PdfImporter::importFile(full, options);
        if (expect == QStringLiteral("ok")) {
            QVERIFY2(doc.has_value(), qPrintable(doc ? QString() : doc.error().toString()));
            QVERIFY(!doc->noText());
            QVERIFY(allText(*doc).contains(QStringLiteral("파운데이션")));
        } else if (expect == QStringLiteral("blank")) {
            // No text; nothing printed either, so nothing to OCR.
            QVERIFY(doc.has_value());
            QCOMPARE(doc->pages.size(), 1);
            QVERIFY(doc->noText());
            QVERIFY(!doc->needsOcr());
        } else if (expect.startsWith(QStringLiteral("ocr"))) {
            QVERIFY(doc.has_value());
            QVERIFY(doc->needsOcr());
            if (expect == QStringLiteral("ocr:2")) {
                QCOMPARE(doc->pages.size(), 3);
                QVERIFY(!doc->pages[0].needsOcr);
                QVERIFY(doc->pages[1].needsOcr);
                QVERIFY(!doc->pages[2].needsOcr);
                for (const auto& p : doc->passages)
                    QVERIFY(p.page == 1 || p.page == 3);
            } else {
                QVERIFY(doc->passages.isEmpty());
            }
        } else {
            QVERIFY(!doc.has_value());
            QCOMPARE(doc.error().kindName(), expect);
            QVERIFY(doc.error().toString().contains(file));
        }
    }

    void twoColumnEdgeFileKeepsSentence() {
        const QString full = sharedDir() + QStringLiteral("/corpus/edge/edge-two-column-wide-leading.pdf");
        if (!QFile::exists(full))
            QSKIP("shared corpus not present");
        auto doc = PdfImporter::importFile(full);
        QVERIFY(doc.has_value());
        QString squashed = allText(*doc);
        squashed.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(squashed.contains(
            QStringLiteral("최대3년간참여팀이희망하는그래픽처리장치(GPU)+데이터+인재종합지원계획")));
    }

    void robustnessCorpusNeverCrashes() {
        const QDir dir(sharedDir() + QStringLiteral("/corpus/real/robustness"));
        if (!dir.exists())
            QSKIP("shared corpus not present");
        const auto files = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& f : files) {
            if (f.startsWith(QStringLiteral("large-")))
                continue; // a 352-page book: covered by the import benchmark
            auto doc = PdfImporter::importFile(dir.filePath(f));
            if (!doc) {
                QVERIFY2(!doc.error().message.isEmpty(), qPrintable(f));
                QVERIFY2(doc.error().toString().contains(f), qPrintable(doc.error().toString()));
            } else {
                QVERIFY2(!doc->pages.isEmpty(), qPrintable(f));
            }
            if (f.startsWith(QStringLiteral("broken-fuzzed")) || f.startsWith(QStringLiteral("empty-")) ||
                f.startsWith(QStringLiteral("not-a-pdf")) || f.startsWith(QStringLiteral("broken-garbage")))
                QVERIFY2(!doc.has_value(), qPrintable(f));
            if (f.startsWith(QStringLiteral("cid-font-no-tounicode")) ||
                f.startsWith(QStringLiteral("no-text-layer")))
                QVERIFY2(doc.has_value() && doc->needsOcr(), qPrintable(f));
        }
    }
};

QTEST_MAIN(TstPdfImporter)
#include "tst_pdfimporter.moc"
