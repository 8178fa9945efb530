#include "core/text/textnormalizer.h"

#include <QTest>

using namespace pl::text;

class TstTextNormalizer : public QObject {
    Q_OBJECT
private slots:
    void normalize_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("decomposed Hangul becomes NFC")
            << QString(QStringLiteral("데이터")).normalized(QString::NormalizationForm_D)
            << QStringLiteral("데이터");
        QTest::newRow("middle dot U+00B7") << QStringLiteral("소득\u00B7지출") << QStringLiteral("소득·지출");
        QTest::newRow("Hangul letter araea U+318D")
            << QStringLiteral("소득\u318D지출") << QStringLiteral("소득·지출");
        QTest::newRow("jungseong araea U+119E")
            << QStringLiteral("탄소중립\u119E녹색") << QStringLiteral("탄소중립·녹색");
        QTest::newRow("one dot leader U+2024") << QStringLiteral("가\u2024나") << QStringLiteral("가·나");
        QTest::newRow("hyphenation point U+2027") << QStringLiteral("가\u2027나") << QStringLiteral("가·나");
        QTest::newRow("katakana middle dot between Hangul is Korean")
            << QStringLiteral("소득\u30FB지출") << QStringLiteral("소득·지출");
        QTest::newRow("katakana middle dot stays in Japanese")
            << QStringLiteral("AI政策\u30FB制度検討") << QStringLiteral("AI政策\u30FB制度検討");
        QTest::newRow("private use (HWP equation) dropped")
            << QStringLiteral("식\uE012\uE0FF끝") << QStringLiteral("식끝");
        QTest::newRow("InDesign ZWNJ + BEL dropped")
            << QStringLiteral("\u200C\u0007문단") << QStringLiteral("문단");
        QTest::newRow("bidi controls dropped") << QStringLiteral("\u202Babc\u202C") << QStringLiteral("abc");
        QTest::newRow("replacement character dropped") << QStringLiteral("a\uFFFDb") << QStringLiteral("ab");
        QTest::newRow("no-break and ideographic spaces")
            << QStringLiteral("가\u00A0나\u3000다") << QStringLiteral("가 나 다");
        QTest::newRow("en dash becomes hyphen")
            << QStringLiteral("2021\u20132027") << QStringLiteral("2021-2027");
        QTest::newRow("Hangul filler dropped") << QStringLiteral("ㄱ\u3164ㄴ") << QStringLiteral("ㄱㄴ");
    }
    void normalize() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeText(input), expected);
    }

    void bullets_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("rest");
        QTest::newRow("square") << QStringLiteral("□ 추진 배경") << QStringLiteral("□") << 1
                                << QStringLiteral("추진 배경");
        QTest::newRow("circle") << QStringLiteral("○ 데이터 구축") << QStringLiteral("○") << 2
                                << QStringLiteral("데이터 구축");
        QTest::newRow("ieung as bullet")
            << QStringLiteral("ㅇ 청년 지원") << QStringLiteral("ㅇ") << 2 << QStringLiteral("청년 지원");
        QTest::newRow("ieung inside a word is not a bullet")
            << QStringLiteral("ㅇㅇ 기관") << QString() << 0 << QStringLiteral("ㅇㅇ 기관");
        QTest::newRow("dash") << QStringLiteral("- 세부 과제") << QStringLiteral("-") << 3
                              << QStringLiteral("세부 과제");
        QTest::newRow("negative number is not a bullet")
            << QStringLiteral("-2023년") << QString() << 0 << QStringLiteral("-2023년");
        QTest::newRow("note") << QStringLiteral("※ 참고 사항") << QStringLiteral("※") << 0
                              << QStringLiteral("참고 사항");
        QTest::newRow("circled number")
            << QStringLiteral("① 첫째") << QStringLiteral("①") << 2 << QStringLiteral("첫째");
        QTest::newRow("Wingdings n before Hangul")
            << QStringLiteral("n 주요 내용") << QStringLiteral("■") << 1 << QStringLiteral("주요 내용");
        QTest::newRow("English n is not a bullet")
            << QStringLiteral("n items") << QString() << 0 << QStringLiteral("n items");
        QTest::newRow("triangle") << QStringLiteral("▶ 향후 계획") << QStringLiteral("▶") << 1
                                  << QStringLiteral("향후 계획");
    }
    void bullets() {
        QFETCH(QString, line);
        QFETCH(QString, symbol);
        QFETCH(int, level);
        QFETCH(QString, rest);
        QString r;
        const Bullet b = detectBullet(line, &r);
        QCOMPARE(b.symbol, symbol);
        QCOMPARE(b.level, level);
        QCOMPARE(r, rest);
    }

    void garbage_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("garbage");
        QTest::newRow("glyph ids") << QStringLiteral("7KH TXLFN EURZQ IR[ MXPSV RYHU WKH ODC] GRJ 7KH TXLFN")
                                   << true;
        QTest::newRow("English") << QStringLiteral(
                                        "The quick brown fox jumps over the lazy dog again and again")
                                 << false;
        QTest::newRow("Korean") << QStringLiteral("초거대 AI 경쟁력 강화 방안 GPT4 LLaMA") << false;
        // A figure page: captions, a source line and a URL, with years and amounts (003a p.40).
        QTest::newRow("figure page with years and a URL")
            << QStringLiteral(
                   "2024년 국내외 인공지능 산업 동향 연구 [그림 2-6] 2020년~2024년 2분기 글로벌 AI 벤처 "
                   "투자 추이 출처 : CB Insights, State of AI Q2' 24 Report, 2024.07.30. 5) "
                   "<https://www.cbinsights.com/research/report/ai-trends-q2-2024/> 평균 AI 투자 "
                   "규모도 2,890만 달러로 전 분기 대비 55% 증가하였다. 유지되었다. [그림 2-7] AI 기업의 "
                   "평균 투자 규모 출처 : CB Insights, State of AI Q2' 24 Report, 2024.07.30. - 40 -")
            << false;
        QTest::newRow("test vectors in hex")
            << QStringLiteral(
                   "도메인 변수 값 (H) FFFFFFFF 00000001 00000000 00000000 00000000 FFFFFFFF FFFFFFFF "
                   "FFFFFFFF 6B17D1F2 E12C4247 F8BCE6E5 63A440F2 77037D81 2DEB33A0 F4A13945 D898C296")
            << false;
    }
    void garbage() {
        QFETCH(QString, text);
        QFETCH(bool, garbage);
        QCOMPARE(looksLikeGarbage(text), garbage);
    }
};

QTEST_APPLESS_MAIN(TstTextNormalizer)
#include "tst_textnormalizer.moc"
