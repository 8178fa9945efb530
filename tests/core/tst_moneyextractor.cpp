#include "core/facts/moneyextractor.h"

#include "factstestutil.h"

#include <QTest>

using namespace pl::facts;

namespace {

QList<MoneyFact> moneyIn(const QString& text) {
    DocumentContext context;
    context.documentDate = QDate(2025, 6, 19);
    return extractMoney({makePassage(text)}, context);
}

/// The amounts found, written "amount CUR" or "low~high CUR", joined with "; ".
QString summary(const QList<MoneyFact>& money) {
    QStringList out;
    for (const MoneyFact& m : money) {
        QString s = QString::number(m.amount, 'f', 0);
        if (m.amountMax)
            s += QLatin1Char('~') + QString::number(*m.amountMax, 'f', 0);
        out.append(s + QLatin1Char(' ') + m.currency);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

class TstMoneyExtractor : public QObject {
    Q_OBJECT
private slots:
    void surfaceForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QString& text, const QString& expected) {
            QTest::newRow(name) << text << expected;
        };
        row("조 억 쉼표", QStringLiteral("총 1조 8,210억 원 투입"), QStringLiteral("1821000000000 KRW"));
        row("억 천만 파운드", QStringLiteral("10억 1천만 파운드 규모"), QStringLiteral("1010000000 GBP"));
        row("소수 억 유로", QStringLiteral("22.2억 유로를 지원"), QStringLiteral("2220000000 EUR"));
        row("억 붙임 원", QStringLiteral("('22~'26, 2,655억원)"), QStringLiteral("265500000000 KRW"));
        row("만 달러", QStringLiteral("약 7,800만 달러, 구글은"), QStringLiteral("78000000 USD"));
        row("억 만 달러", QStringLiteral("1억 9,100만 달러의 비용"), QStringLiteral("191000000 USD"));
        row("천만 달러", QStringLiteral("1천만 달러 초과 비용"), QStringLiteral("10000000 USD"));
        row("조 천억 원", QStringLiteral("한화 약 2조 5천억 원"), QStringLiteral("2500000000000 KRW"));
        row("쉼표 없는 만", QStringLiteral("재단 4800만 달러"), QStringLiteral("48000000 USD"));
        row("천원 단위", QStringLiteral("5,000천원 지원"), QStringLiteral("5000000 KRW"));
        row("백만원", QStringLiteral("300백만원 편성"), QStringLiteral("300000000 KRW"));
        row("범위 억 원", QStringLiteral("연간 30~50억 원 규모"),
            QStringLiteral("3000000000~5000000000 KRW"));
        row("범위 공백", QStringLiteral("年 30 ~ 50억원 수준"), QStringLiteral("3000000000~5000000000 KRW"));
        row("범위 조원", QStringLiteral("1~2조원 투자"), QStringLiteral("1000000000000~2000000000000 KRW"));
        row("원화 기호", QStringLiteral("₩5,000 per user"), QStringLiteral("5000 KRW"));
        row("달러 기호 빌리언", QStringLiteral("Reach $632 Billion in 2028"),
            QStringLiteral("632000000000 USD"));
        row("US 달러 기호", QStringLiteral("US$1.5 million grant"), QStringLiteral("1500000 USD"));
        row("유로 기호", QStringLiteral("€4 billion fund"), QStringLiteral("4000000000 EUR"));
        row("파운드 기호", QStringLiteral("£100m programme"), QStringLiteral("100000000 GBP"));
        row("달러 월 요금", QStringLiteral("월 구독료 $20/월"), QStringLiteral("20 USD"));
        row("억불", QStringLiteral("수출 100억불 달성"), QStringLiteral("10000000000 USD"));
        row("여 붙은 금액", QStringLiteral("20억여 원의 예산"), QStringLiteral("2000000000 KRW"));
        row("위안", QStringLiteral("100억 위안 펀드"), QStringLiteral("10000000000 CNY"));
        row("엔", QStringLiteral("1조 엔을 투입"), QStringLiteral("1000000000000 JPY"));
        row("캐나다달러", QStringLiteral("24억 캐나다달러 예산"), QStringLiteral("2400000000 CAD"));
        row("싱가포르달러", QStringLiteral("10억 싱가포르 달러 이상"), QStringLiteral("1000000000 SGD"));
        row("통화 코드 뒤", QStringLiteral("2.4 billion CAD"), QStringLiteral("2400000000 CAD"));
        row("통화 코드 앞", QStringLiteral("USD 500 million"), QStringLiteral("500000000 USD"));
        row("환산 두 항목", QStringLiteral("최대 3,500만 유로(약 518억 원)와"),
            QStringLiteral("35000000 EUR; 51800000000 KRW"));
        row("한화 환산", QStringLiteral("17억 달러(한화 약 2조 5천억 원)의 예산"),
            QStringLiteral("1700000000 USD; 2500000000000 KRW"));
        row("과징금 상한", QStringLiteral("최대 750만 유로 또는 매출의 1%"), QStringLiteral("7500000 EUR"));
        // Not money
        row("표 단위 표기", QStringLiteral("(단위: 억원)"), QString());
        row("그림 단위 표기", QStringLiteral("시장 규모 (단위: 10억 달러)"), QString());
        row("막연한 금액", QStringLiteral("수십억 달러가 투자되었음에도"), QString());
        row("인원수", QStringLiteral("500만명이 이용"), QString());
        row("토큰 개수", QStringLiteral("1조 개 토큰, 10억개 파라미터"), QString());
        row("백분율", QStringLiteral("59% 증가한 수치"), QString());
        row("GPU 장수", QStringLiteral("GPU 500 ~ 1,000장"), QString());
        row("원칙", QStringLiteral("3원칙과 5대 원칙"), QString());
        row("연도와 년", QStringLiteral("2024년 51억 달러에서"), QStringLiteral("5100000000 USD"));
    }
    void surfaceForms() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(summary(moneyIn(text)), expected);
    }

    void ratesAndPeriods_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("period");
        QTest::newRow("年 연간") << QStringLiteral("(공동구매) 年 100억원") << QStringLiteral("per_year")
                                 << QString();
        QTest::newRow("연간") << QStringLiteral("연간 20억 원 규모의 지원") << QStringLiteral("per_year")
                              << QString();
        QTest::newRow("매년") << QStringLiteral("매년 5억 달러") << QStringLiteral("per_year") << QString();
        QTest::newRow("월 요금") << QStringLiteral("$20/월 구독") << QStringLiteral("per_month") << QString();
        QTest::newRow("괄호 속 기간")
            << QStringLiteral("('22~'26, 2,655억원)") << QString() << QStringLiteral("2022-2026");
        QTest::newRow("반기 기간") << QStringLiteral("('25.下 10억원)") << QString()
                                   << QStringLiteral("2025-H2");
        QTest::newRow("까지 시점") << QStringLiteral("2027년까지 40억 유로 규모") << QString()
                                   << QStringLiteral("2027");
        QTest::newRow("뒤따르는 연도")
            << QStringLiteral("Reach $632 Billion in 2028") << QString() << QStringLiteral("2028");
        QTest::newRow("열린 기간") << QStringLiteral("('16~) 500억원") << QString()
                                   << QStringLiteral("2016-open");
        QTest::newRow("기간 없음") << QStringLiteral("10억 달러 이상의 가치") << QString() << QString();
    }
    void ratesAndPeriods() {
        QFETCH(QString, text);
        QFETCH(QString, rate);
        QFETCH(QString, period);
        const QList<MoneyFact> m = moneyIn(text);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.at(0).rate, rate);
        QCOMPARE(m.at(0).period, period);
    }

    void conversionPointsAtTheConvertedItem() {
        const QList<MoneyFact> m =
            moneyIn(QStringLiteral("최대 3,500만 유로(약 518억 원)와 최대 1,500만 유로(약 222억 원)"));
        QCOMPARE(m.size(), 4);
        QCOMPARE(m.at(0).convertedFrom, -1);
        QCOMPARE(m.at(1).convertedFrom, 0);
        QCOMPARE(m.at(2).convertedFrom, -1);
        QCOMPARE(m.at(3).convertedFrom, 2);
        QCOMPARE(m.at(1).text, QStringLiteral("518억 원"));
    }

    // The importer sometimes ends a paragraph between a number and its currency.
    void amountBrokenAcrossPassages() {
        const QList<pl::text::Passage> passages = {
            makePassage(QStringLiteral("AI 핵심산업 규모 4,400억")),
            makePassage(QStringLiteral("위안(한화 약 83조 9,000억 원) 이상 달성을 목표로")),
        };
        const QList<MoneyFact> m = extractMoney(passages, {});
        QCOMPARE(summary(m), QStringLiteral("440000000000 CNY; 83900000000000 KRW"));
        QCOMPARE(m.at(0).at.passage, 0);
        QCOMPARE(m.at(1).at.passage, 1);
        QCOMPARE(m.at(1).convertedFrom, 0);
    }

    // A table row: the period in one cell, the amount in another.
    void periodFromTheTableRow() {
        pl::text::Passage year = makePassage(QStringLiteral("'22~'26"));
        pl::text::Passage amount = makePassage(QStringLiteral("2,655억원"));
        pl::text::Passage nextRow = makePassage(QStringLiteral("130억원"));
        for (pl::text::Passage* p : {&year, &amount, &nextRow})
            p->kind = pl::text::Passage::Kind::TableCell;
        amount.box.moveLeft(300);
        nextRow.box.moveTop(140);
        const QList<MoneyFact> m = extractMoney({year, amount, nextRow}, {});
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).period, QStringLiteral("2022-2026"));
        QCOMPARE(m.at(1).period, QString());
    }

    void provenanceLiesInsidePassageAndPage() {
        const QRectF page(0, 0, 595, 842);
        const QList<pl::text::Passage> passages = {
            makePassage(
                QStringLiteral("데이터 공동구매는 연간 100억 원, 구축·가공은 연간 30~50억 원 규모로 지원하며 "
                               "인재는 연간 20억 원 규모로 2027년까지 지원한다."),
                2, 3),
            makePassage(QStringLiteral("1,576억 원"), 3),
        };
        const QList<MoneyFact> m = extractMoney(passages, {});
        QCOMPARE(m.size(), 4);
        for (const MoneyFact& f : m) {
            const pl::text::Passage& p = passages.at(f.at.passage);
            QCOMPARE(f.at.page, p.page);
            QVERIFY(page.contains(f.at.box));
            QVERIFY2(p.box.contains(f.at.box), qPrintable(f.text));
            QVERIFY(!f.at.box.isEmpty());
        }
        QCOMPARE(m.at(3).at.passage, 1);
    }
};

QTEST_GUILESS_MAIN(TstMoneyExtractor)
#include "tst_moneyextractor.moc"
