#include "core/text/documentassembler.h"

#include <QTest>

using namespace pl::text;

namespace {

TextLine line(const QString& text, double x0, double y0, double x1, int block = 0) {
    TextLine l;
    l.text = text;
    l.box = QRectF(QPointF(x0, y0), QPointF(x1, y0 + 12));
    l.block = block;
    return l;
}

QStringList texts(const QList<Passage>& ps) {
    QStringList out;
    for (const Passage& p : ps)
        out.append(p.text);
    return out;
}

} // namespace

class TstDocumentAssembler : public QObject {
    Q_OBJECT
private slots:
    void runningHeadsAndPageNumbersAreRemoved() {
        QList<PageLines> pages;
        for (int i = 1; i <= 4; ++i) {
            PageLines p;
            p.size = QSizeF(595, 842);
            p.lines = {line(QStringLiteral("초거대AI 경쟁력 강화 방안"), 400, 40, 540),
                       line(QStringLiteral("본문 %1쪽의 내용입니다.").arg(i), 60, 200, 300),
                       line(QStringLiteral("- %1 -").arg(i), 290, 800, 305)};
            pages.append(p);
        }
        DocumentAssembler assembler;
        const auto result = assembler.assemble(pages);
        QCOMPARE(result.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(texts(result[i]), QStringList{QStringLiteral("본문 %1쪽의 내용입니다.").arg(i + 1)});
    }

    void midWordBreakJoinsWithoutSpace() {
        PageLines p;
        p.size = QSizeF(595, 842);
        // Hancom-style wrap between syllables: the line runs to the right edge of its column.
        p.lines = {
            line(QStringLiteral("국토교통부는 21일 청년주택드림청약"), 60, 100, 530),
            line(QStringLiteral("통장을 출시한다고 밝혔다. 청년주택드림청약통장은 청년을 위"), 60, 116, 530),
            line(QStringLiteral("한 상품이다."), 60, 132, 200)};
        DocumentAssembler assembler(true);
        const auto result = assembler.assemble({p});
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].size(), 1);
        QCOMPARE(result[0][0].text,
                 QStringLiteral("국토교통부는 21일 청년주택드림청약통장을 출시한다고 밝혔다. "
                                "청년주택드림청약통장은 청년을 위한 상품이다."));
    }

    // A Hancom line that stops with room for one more syllable (11 pt type, 16 pt left) broke at a space,
    // although Hancom may break inside words and the document never prints the two words elsewhere; one
    // that stops less than a syllable short may have broken inside a word.
    void roomForAnotherSyllableMeansTheBreakWasASpace_data() {
        QTest::addColumn<double>("firstLineRight");
        QTest::addColumn<QString>("expected");
        QTest::newRow("16 pt left: 이미 | 시행중인") << 514.0 << QStringLiteral("이미 시행중인");
        QTest::newRow("4 pt left: 이미|시행중인") << 526.0 << QStringLiteral("이미시행중인");
    }

    void roomForAnotherSyllableMeansTheBreakWasASpace() {
        QFETCH(double, firstLineRight);
        QFETCH(QString, expected);
        PageLines p;
        p.size = QSizeF(595, 842);
        TextLine first =
            line(QStringLiteral("본 지침의 부분개정 발간시점에서 이미"), 60, 100, firstLineRight);
        TextLine second =
            line(QStringLiteral("시행중인 건설공사 및 설계용역은 발주기관의 장이 필요하다고"), 60, 116, 530);
        TextLine third = line(QStringLiteral("인정하는 경우 종전 기준을 쓴다."), 60, 132, 300);
        first.em = second.em = third.em = 11;
        p.lines = {first, second, third};
        DocumentAssembler assembler(true);
        const auto result = assembler.assemble({p});
        QCOMPARE(result[0].size(), 1);
        QVERIFY2(result[0][0].text.contains(expected), qPrintable(result[0][0].text));
    }

    void wordBreakAtSpaceKeepsSpace() {
        PageLines p;
        p.size = QSizeF(595, 842);
        // LibreOffice-style wrap at a space: the first line stops well short of the column's right edge.
        p.lines = {line(QStringLiteral("일상 모든"), 60, 100, 400),
                   line(QStringLiteral("접점에서 본격 확장되는 계기 마련"), 60, 116, 530),
                   line(QStringLiteral("다음 문장이 이어진다."), 60, 132, 300)};
        DocumentAssembler assembler(false);
        const auto result = assembler.assemble({p});
        QCOMPARE(result[0].size(), 1);
        QVERIFY2(result[0][0].text.startsWith(QStringLiteral("일상 모든 접점에서")),
                 qPrintable(result[0][0].text));
    }

    void joinRules_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("full");
        QTest::addColumn<bool>("hancom");
        QTest::addColumn<bool>("joins");
        QTest::newRow("short line never joins")
            << QStringLiteral("계층으") << QStringLiteral("로서") << false << true << false;
        QTest::newRow("Hancom: no evidence, join")
            << QStringLiteral("계층으") << QStringLiteral("로서") << true << true << true;
        QTest::newRow("LibreOffice: no evidence, space")
            << QStringLiteral("발전으로") << QStringLiteral("인한") << true << false << false;
        QTest::newRow("lone ending joins")
            << QStringLiteral("정") << QStringLiteral("다.") << true << false << true;
        QTest::newRow("lexicon: joined word known")
            << QStringLiteral("인공") << QStringLiteral("지능을") << true << false << true;
        QTest::newRow("lexicon: both halves are words")
            << QStringLiteral("데이터") << QStringLiteral("구축") << true << true << false;
    }
    void joinRules() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, full);
        QFETCH(bool, hancom);
        QFETCH(bool, joins);
        DocumentAssembler assembler(hancom);
        assembler.addToLexicon(
            QStringLiteral("우리 인공지능을 키우는 학습용 데이터 구축 사업 데이터 품질 구축 방안 끝"));
        QCOMPARE(assembler.joinsAcrossBreak(before, after, full), joins);
    }

    void scriptBreakRules_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("full");
        QTest::addColumn<bool>("joins");
        QTest::newRow("the document prints 챗GPT as one word")
            << QStringLiteral("챗") << QStringLiteral("GPT") << true << true;
        QTest::newRow("and 오픈AI, with a particle after the break")
            << QStringLiteral("오픈") << QStringLiteral("AI의") << true << true;
        QTest::newRow("short line never joins")
            << QStringLiteral("챗") << QStringLiteral("GPT") << false << false;
        QTest::newRow("printed both ways: keep the space")
            << QStringLiteral("초거대") << QStringLiteral("AI") << true << false;
        QTest::newRow("never printed as one word")
            << QStringLiteral("AI") << QStringLiteral("기술") << true << false;
        QTest::newRow("printed once only is no evidence")
            << QStringLiteral("GPT") << QStringLiteral("기반") << true << false;
    }
    void scriptBreakRules() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, full);
        QFETCH(bool, joins);
        DocumentAssembler assembler(true);
        assembler.addToLexicon(
            QStringLiteral("요즘 챗GPT 이후 오픈AI 모델과 AI 기술 그리고 초거대AI 시대 끝"));
        assembler.addToLexicon(
            QStringLiteral("올해 챗GPT 이용 오픈AI 협력과 AI 기술 또한 초거대 AI 경쟁 끝"));
        assembler.addToLexicon(QStringLiteral("그리고 초거대AI 모델과 GPT기반 서비스 끝"));
        QCOMPARE(assembler.joinsAcrossScriptBreak(before, after, full), joins);
    }

    void bulletsBecomeStructure() {
        PageLines p;
        p.size = QSizeF(595, 842);
        p.lines = {line(QStringLiteral("□ 추진 배경"), 60, 100, 200),
                   line(QStringLiteral("○ 초거대 AI 확산"), 80, 120, 300),
                   line(QStringLiteral("- 세부 내용"), 100, 140, 300),
                   line(QStringLiteral("※ 참고"), 100, 160, 300)};
        DocumentAssembler assembler;
        const auto result = assembler.assemble({p});
        const auto& ps = result[0];
        QCOMPARE(ps.size(), 4);
        QCOMPARE(ps[0].bullet, QStringLiteral("□"));
        QCOMPARE(ps[0].level, 1);
        QCOMPARE(ps[0].text, QStringLiteral("추진 배경"));
        QCOMPARE(ps[0].kind, Passage::Kind::ListItem);
        QCOMPARE(ps[1].level, 2);
        QCOMPARE(ps[2].level, 3);
        QCOMPARE(ps[3].kind, Passage::Kind::Note);
    }

    void narrowCellBreaks_data() {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("expected");
        // A cell 60 points wide next to a wide one, so that no line of the cell counts as full.
        QTest::newRow("lone ending syllable on its own line")
            << QStringList{QStringLiteral("정보통신기술보고"), QStringLiteral("서 (TTAR)"),
                           QStringLiteral("TTAR-11.1234-2024")}
            << QStringLiteral("정보통신기술보고서 (TTAR) TTAR-11.1234-2024");
        QTest::newRow("one syllable a line, stacked")
            << QStringList{QStringLiteral("구"), QStringLiteral("분")} << QStringLiteral("구분");
        QTest::newRow("date broken after its hyphen")
            << QStringList{QStringLiteral("2023-10-"), QStringLiteral("19")} << QStringLiteral("2023-10-19");
        QTest::newRow("particle wrapped away from a Latin word")
            << QStringList{QStringLiteral("오픈AI"), QStringLiteral("의 투자")}
            << QStringLiteral("오픈AI의 투자");
        QTest::newRow("two words stay two words")
            << QStringList{QStringLiteral("진흥"), QStringLiteral("정책 방향")}
            << QStringLiteral("진흥 정책 방향");
        QTest::newRow("a number and the next item stay apart")
            << QStringList{QStringLiteral("2023-"), QStringLiteral("현재")} << QStringLiteral("2023- 현재");
    }

    void narrowCellBreaks() {
        QFETCH(QStringList, lines);
        QFETCH(QString, expected);
        PageLines p;
        p.size = QSizeF(595, 842);
        double y = 100;
        for (const QString& t : lines) {
            TextLine l = line(t, 60, y, 60 + 9 * t.size(), 1);
            l.rowShared = true;
            p.lines.append(l);
            y += 14;
        }
        TextLine wide = line(QStringLiteral("옆 칸의 긴 설명 문장이 여기에 들어간다"), 200, 100, 540, 2);
        wide.rowShared = true;
        p.lines.append(wide);
        DocumentAssembler assembler(false);
        const auto result = assembler.assemble({p});
        QVERIFY(!result[0].isEmpty());
        QCOMPARE(result[0][0].text, expected);
    }

    void cellsOfARulelessColumnStayApart() {
        // A first column of two-syllable-wide cells, each wrapped on two lines, one cell under the other
        // with a row's gap between them; beside it a wide column so that every line shares its row.
        PageLines p;
        p.size = QSizeF(595, 842);
        const double rows[] = {100, 113.5, 140, 153.5};
        const QString words[] = {QStringLiteral("진흥"), QStringLiteral("정책"), QStringLiteral("규제"),
                                 QStringLiteral("정책")};
        for (int i = 0; i < 4; ++i) {
            TextLine l = line(words[i], 60, rows[i], 77, 1);
            l.rowShared = true;
            p.lines.append(l);
            TextLine wide = line(QStringLiteral("옆 칸의 설명 문장 %1").arg(i), 120, rows[i], 400, 2 + i);
            wide.rowShared = true;
            p.lines.append(wide);
        }
        std::stable_sort(p.lines.begin(), p.lines.end(),
                         [](const TextLine& a, const TextLine& b) { return a.block < b.block; });
        DocumentAssembler assembler;
        const auto result = assembler.assemble({p});
        const QStringList got = texts(result[0]);
        QVERIFY2(got.size() >= 2, qPrintable(got.join(QLatin1Char('|'))));
        QCOMPARE(QString(got[0]).remove(QLatin1Char(' ')), QStringLiteral("진흥정책"));
        QCOMPARE(QString(got[1]).remove(QLatin1Char(' ')), QStringLiteral("규제정책"));
    }

    void cellLineJoinsWhenOnlyTheWholeWordIsKnown() {
        // The cell's column is as wide as the body text under the table, so its first line does not look
        // full; the document prints 통합혁신전략추진회의 elsewhere and never 진회의 alone.
        PageLines p;
        p.size = QSizeF(595, 842);
        TextLine a = line(QStringLiteral("통합혁신전략추"), 60, 100, 160, 1);
        TextLine b = line(QStringLiteral("진회의"), 60, 114, 100, 1);
        TextLine c = line(QStringLiteral("수상관저"), 300, 100, 340, 2);
        a.rowShared = b.rowShared = c.rowShared = true;
        p.lines = {
            a, b, c,
            line(QStringLiteral("일본은 2018년 통합혁신전략추진회의 를 설치했고 이 회의가 전략을 맡는다"), 56,
                 200, 540, 3)};
        DocumentAssembler assembler;
        const auto result = assembler.assemble({p});
        QCOMPARE(result[0][0].text, QStringLiteral("통합혁신전략추진회의"));
    }

    void tableCellsStayApartAndWrapTogether() {
        PageLines p;
        p.size = QSizeF(595, 842);
        TextLine a = line(QStringLiteral("작성 지원 판례·"), 60, 100, 140, 1);
        TextLine b = line(QStringLiteral("판결문 제시"), 60, 114, 120, 1);
        TextLine c = line(QStringLiteral("소견서"), 300, 100, 340, 2);
        a.rowShared = b.rowShared = c.rowShared = true;
        p.lines = {a, b, c};
        DocumentAssembler assembler;
        const auto result = assembler.assemble({p});
        QCOMPARE(texts(result[0]),
                 (QStringList{QStringLiteral("작성 지원 판례·판결문 제시"), QStringLiteral("소견서")}));
        QCOMPARE(result[0][0].kind, Passage::Kind::TableCell);
        QCOMPARE(result[0][0].lineBoxes.size(), 2);
    }
};

QTEST_APPLESS_MAIN(TstDocumentAssembler)
#include "tst_documentassembler.moc"
