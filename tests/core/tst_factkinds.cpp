#include "core/facts/facts.h"
#include "factstestutil.h"

#include <QTest>

using namespace pl;

namespace {

facts::DocumentContext contextOf(const QString& date) {
    facts::DocumentContext c;
    c.documentDate = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    c.title = QStringLiteral("시험 문서");
    return c;
}

QList<text::Passage> passagesOf(const QStringList& texts, int page = 3) {
    QList<text::Passage> passages;
    for (const QString& t : texts)
        passages.append(makePassage(t, page));
    return passages;
}

const facts::MoneyFact* findMoney(const facts::DocumentFacts& f, const QString& text, int nth = 0) {
    for (const facts::MoneyFact& m : f.money)
        if (m.text == text && nth-- == 0)
            return &m;
    return nullptr;
}

QString moneyTexts(const facts::DocumentFacts& f) {
    QStringList all;
    for (const facts::MoneyFact& m : f.money)
        all << m.text;
    return all.join(QStringLiteral(" | "));
}

} // namespace

/// The kind of each amount and date, judged from its sentence; and which amounts a sum counts once.
class TestFactKinds : public QObject {
    Q_OBJECT

private slots:
    void moneyKind_data();
    void moneyKind();
    void countedOnce_data();
    void countedOnce();
    void dateKind_data();
    void dateKind();
};

void TestFactKinds::moneyKind_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("actor");
    QTest::newRow("budget: 예산을 투입") << QStringLiteral("과학기술정보통신부는 내년 AI 반도체 사업에 1,200억원의 예산을 투입한다.")
                                   << QStringLiteral("1,200억원") << QStringLiteral("budget") << QStringLiteral("KR");
    QTest::newRow("budget: a foreign government's grant")
        << QStringLiteral("미국 정부는 국가 AI 연구자원 구축에 2억 달러를 지원하기로 했다.") << QStringLiteral("2억 달러")
        << QStringLiteral("budget") << QStringLiteral("US");
    QTest::newRow("budget: a plan's bullet with its period")
        << QStringLiteral("○ 디지털 인재 양성 프로그램 ('24~'26, 300억원)") << QStringLiteral("300억원")
        << QStringLiteral("budget") << QStringLiteral("KR");
    QTest::newRow("budget: 규모의 기금") << QStringLiteral("EU는 2027년까지 20억 유로 규모의 기금을 조성한다.")
                                   << QStringLiteral("20억 유로") << QStringLiteral("budget") << QStringLiteral("EU");
    QTest::newRow("market: a forecast")
        << QStringLiteral("세계 생성형 AI 시장은 2030년 1,100억 달러 규모로 성장할 전망이다.") << QStringLiteral("1,100억 달러")
        << QStringLiteral("market") << QString();
    QTest::newRow("market: private investment") << QStringLiteral("국내에서는 민간부문에서 40억 달러가 투자되었다.")
                                               << QStringLiteral("40억 달러") << QStringLiteral("market") << QString();
    QTest::newRow("market: a statistic") << QStringLiteral("AI 스타트업 투자액은 전년 대비 35% 증가한 90억 달러였다.")
                                        << QStringLiteral("90억 달러") << QStringLiteral("market") << QString();
    QTest::newRow("corporate: one company's revenue")
        << QStringLiteral("이 회사의 지난해 매출은 600억 달러로 집계되었다.") << QStringLiteral("600억 달러")
        << QStringLiteral("corporate") << QString();
    QTest::newRow("corporate: a company invests")
        << QStringLiteral("Microsoft는 현지 데이터센터 구축에 30억 달러를 투자한다고 밝혔다.") << QStringLiteral("30억 달러")
        << QStringLiteral("corporate") << QString();
    QTest::newRow("price: a subscription") << QStringLiteral("해당 서비스의 월 구독료는 20달러이다.")
                                          << QStringLiteral("20달러") << QStringLiteral("price") << QString();
    QTest::newRow("other: a maximum fine") << QStringLiteral("위반 시 최대 3,000만 유로의 과징금이 부과된다.")
                                          << QStringLiteral("3,000만 유로") << QStringLiteral("other") << QString();
    QTest::newRow("other: a threshold") << QStringLiteral("연 매출 1,000억원 이상의 기업은 신고 대상이다.")
                                       << QStringLiteral("1,000억원") << QStringLiteral("other") << QString();
    QTest::newRow("other: an example") << QStringLiteral("예를 들어 연봉 5,000만 원인 근로자의 세액공제는 150만 원이다.")
                                      << QStringLiteral("150만 원") << QStringLiteral("other") << QString();
}

void TestFactKinds::moneyKind() {
    QFETCH(QString, sentence);
    QFETCH(QString, amount);
    QFETCH(QString, kind);
    QFETCH(QString, actor);
    const facts::DocumentFacts f = facts::extractFacts(passagesOf({sentence}), contextOf(QStringLiteral("2024-06-01")));
    const facts::MoneyFact* m = findMoney(f, amount);
    QVERIFY2(m, qPrintable(moneyTexts(f)));
    QCOMPARE(m->kind, kind);
    QCOMPARE(m->actor, actor);
    QVERIFY(m->counted);
}

void TestFactKinds::countedOnce_data() {
    QTest::addColumn<QStringList>("passages");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("note"); // how the count note starts
    QTest::addColumn<int>("uncounted");
    QTest::newRow("a conversion printed beside the amount")
        << QStringList{QStringLiteral("EU는 AI 연구에 10억 유로(약 1조 4천억 원)를 투자한다.")} << QStringLiteral("1조 4천억 원")
        << 0 << QStringLiteral("conversion of 10억 유로") << 1;
    QTest::newRow("a part of the stated whole (총 … 중)")
        << QStringList{QStringLiteral("정부는 총 5,000억원 중 올해 1,200억원을 집행한다.")} << QStringLiteral("1,200억원") << 0
        << QStringLiteral("part of 5,000억원") << 1;
    QTest::newRow("parts listed in parentheses")
        << QStringList{QStringLiteral("정부는 1억 달러 규모의 기금(국립재단 6,000만 달러, 지방정부 4,000만 달러)을 조성한다.")}
        << QStringLiteral("6,000만 달러") << 0 << QStringLiteral("part of 1억 달러") << 2;
    QTest::newRow("the same amount for the same period again")
        << QStringList{QStringLiteral("□ AI 바우처 사업에 2023년 500억원을 지원한다."),
                       QStringLiteral("○ 2023년 AI 바우처 사업 예산 500억원을 지원하여 중소기업을 돕는다.")}
        << QStringLiteral("500억원") << 1 << QStringLiteral("repeat of 500억원") << 1;
}

void TestFactKinds::countedOnce() {
    QFETCH(QStringList, passages);
    QFETCH(QString, amount);
    QFETCH(int, nth);
    QFETCH(QString, note);
    QFETCH(int, uncounted);
    const facts::DocumentFacts f = facts::extractFacts(passagesOf(passages), contextOf(QStringLiteral("2024-06-01")));
    const facts::MoneyFact* m = findMoney(f, amount, nth);
    QVERIFY2(m, qPrintable(moneyTexts(f)));
    QVERIFY2(!m->counted, qPrintable(m->countNote));
    QVERIFY2(m->countNote.startsWith(note), qPrintable(m->countNote));
    // The whole, the original and the first statement still count.
    int counted = 0;
    for (const facts::MoneyFact& other : f.money)
        counted += other.counted;
    QCOMPARE(counted, int(f.money.size()) - uncounted);
}

void TestFactKinds::dateKind_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("documentDate");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("start"); // which date of the sentence
    QTest::addColumn<QString>("kind");
    QTest::newRow("policy_event: a charter announced")
        << QStringLiteral("과학기술정보통신부는 2022년 9월 디지털 권리장전을 발표했다.") << QStringLiteral("2023-09-01") << 3
        << QStringLiteral("2022-09") << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a law passed")
        << QStringLiteral("유럽의회는 2024년 3월 AI 법안을 통과시켰다.") << QStringLiteral("2024-10-01") << 3
        << QStringLiteral("2024-03") << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a package announced by a body")
        << QStringLiteral("EU 집행위는 2024년 1월 AI 스타트업과 중소기업을 지원하기 위한 일련의 정책으로 구성된 AI 혁신 "
                          "패키지를 발표하였다.")
        << QStringLiteral("2025-04-01") << 3 << QStringLiteral("2024-01") << QStringLiteral("policy_event");
    QTest::newRow("schedule: a deadline (까지), even a past one")
        << QStringLiteral("각 부처는 2024년 12월까지 이행계획을 제출해야 한다.") << QStringLiteral("2025-03-01") << 3
        << QStringLiteral("2024-12") << QStringLiteral("schedule");
    QTest::newRow("schedule: an open period") << QStringLiteral("○ 공공 데이터 개방 확대 ('24~)") << QStringLiteral("2024-01-15")
                                             << 3 << QStringLiteral("2024") << QStringLiteral("schedule");
    QTest::newRow("schedule: the plan's future") << QStringLiteral("정부는 2026년 AI 기본법 하위법령을 정비한다.")
                                                << QStringLiteral("2024-05-01") << 3 << QStringLiteral("2026")
                                                << QStringLiteral("schedule");
    QTest::newRow("industry_event: a model released")
        << QStringLiteral("2024년 5월 OpenAI는 새로운 모델을 출시했다.") << QStringLiteral("2024-12-01") << 3
        << QStringLiteral("2024-05") << QStringLiteral("industry_event");
    QTest::newRow("background: a statistic")
        << QStringLiteral("2023년 기준 국내 AI 기업 수는 전년 대비 12% 증가했다.") << QStringLiteral("2024-06-01") << 3
        << QStringLiteral("2023") << QStringLiteral("background");
    QTest::newRow("background: a forecast's target year")
        << QStringLiteral("세계 AI 시장은 2030년까지 연평균 30% 성장할 것으로 전망된다.") << QStringLiteral("2024-06-01") << 3
        << QStringLiteral("2030") << QStringLiteral("background");
    QTest::newRow("background: a figure's caption")
        << QStringLiteral("[그림 3-1] 2015-2023 국가별 AI 논문 수") << QStringLiteral("2024-06-01") << 3
        << QStringLiteral("2015") << QStringLiteral("background");
    QTest::newRow("citation: a 자료 line") << QStringLiteral("자료: 한국지능정보사회진흥원, AI 동향 보고서, 2024.3.")
                                         << QStringLiteral("2024-06-01") << 3 << QStringLiteral("2024-03")
                                         << QStringLiteral("citation");
    QTest::newRow("citation: a reference's date")
        << QStringLiteral("Stanford HAI, Artificial Intelligence Index Report, 2024.04.15.") << QStringLiteral("2024-06-01")
        << 3 << QStringLiteral("2024-04-15") << QStringLiteral("citation");
    QTest::newRow("citation: an access date")
        << QStringLiteral("https://example.org/report (2024.11.17. 검색)") << QStringLiteral("2024-12-01") << 3
        << QStringLiteral("2024-11-17") << QStringLiteral("citation");
    QTest::newRow("document: the cover date") << QStringLiteral("2025. 4.") << QStringLiteral("2025-04-01") << 1
                                             << QStringLiteral("2025-04") << QStringLiteral("document");
}

void TestFactKinds::dateKind() {
    QFETCH(QString, sentence);
    QFETCH(QString, documentDate);
    QFETCH(int, page);
    QFETCH(QString, start);
    QFETCH(QString, kind);
    const facts::DocumentFacts f = facts::extractFacts(passagesOf({sentence}, page), contextOf(documentDate));
    const facts::DateFact* d = nullptr;
    QStringList found;
    for (const facts::DateFact& date : f.dates) {
        found << date.start + QLatin1Char('/') + date.end;
        if (date.start == start && !d)
            d = &date;
    }
    QVERIFY2(d, qPrintable(found.join(QStringLiteral(", "))));
    QCOMPARE(d->kind, kind);
}

QTEST_GUILESS_MAIN(TestFactKinds)
#include "tst_factkinds.moc"
