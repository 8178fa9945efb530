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
    QTest::newRow("budget: 예산을 투입")
        << QStringLiteral("과학기술정보통신부는 내년 AI 반도체 사업에 1,200억원의 예산을 투입한다.")
        << QStringLiteral("1,200억원") << QStringLiteral("budget") << QStringLiteral("KR");
    QTest::newRow("budget: a foreign government's grant")
        << QStringLiteral("미국 정부는 국가 AI 연구자원 구축에 2억 달러를 지원하기로 했다.")
        << QStringLiteral("2억 달러") << QStringLiteral("budget") << QStringLiteral("US");
    QTest::newRow("budget: a plan's bullet with its period")
        << QStringLiteral("○ 디지털 인재 양성 프로그램 ('24~'26, 300억원)") << QStringLiteral("300억원")
        << QStringLiteral("budget") << QStringLiteral("KR");
    QTest::newRow("budget: 규모의 기금")
        << QStringLiteral("EU는 2027년까지 20억 유로 규모의 기금을 조성한다.") << QStringLiteral("20억 유로")
        << QStringLiteral("budget") << QStringLiteral("EU");
    QTest::newRow("market: a forecast")
        << QStringLiteral("세계 생성형 AI 시장은 2030년 1,100억 달러 규모로 성장할 전망이다.")
        << QStringLiteral("1,100억 달러") << QStringLiteral("market") << QString();
    QTest::newRow("market: private investment")
        << QStringLiteral("국내에서는 민간부문에서 40억 달러가 투자되었다.") << QStringLiteral("40억 달러")
        << QStringLiteral("market") << QString();
    QTest::newRow("market: a statistic")
        << QStringLiteral("AI 스타트업 투자액은 전년 대비 35% 증가한 90억 달러였다.")
        << QStringLiteral("90억 달러") << QStringLiteral("market") << QString();
    QTest::newRow("corporate: one company's revenue")
        << QStringLiteral("이 회사의 지난해 매출은 600억 달러로 집계되었다.") << QStringLiteral("600억 달러")
        << QStringLiteral("corporate") << QString();
    QTest::newRow("corporate: a company invests")
        << QStringLiteral("Microsoft는 현지 데이터센터 구축에 30억 달러를 투자한다고 밝혔다.")
        << QStringLiteral("30억 달러") << QStringLiteral("corporate") << QString();
    QTest::newRow("price: a subscription")
        << QStringLiteral("해당 서비스의 월 구독료는 20달러이다.") << QStringLiteral("20달러")
        << QStringLiteral("price") << QString();
    QTest::newRow("other: a maximum fine")
        << QStringLiteral("위반 시 최대 3,000만 유로의 과징금이 부과된다.") << QStringLiteral("3,000만 유로")
        << QStringLiteral("other") << QString();
    QTest::newRow("other: a threshold")
        << QStringLiteral("연 매출 1,000억원 이상의 기업은 신고 대상이다.") << QStringLiteral("1,000억원")
        << QStringLiteral("other") << QString();
    QTest::newRow("other: an example")
        << QStringLiteral("예를 들어 연봉 5,000만 원인 근로자의 세액공제는 150만 원이다.")
        << QStringLiteral("150만 원") << QStringLiteral("other") << QString();
}

void TestFactKinds::moneyKind() {
    QFETCH(QString, sentence);
    QFETCH(QString, amount);
    QFETCH(QString, kind);
    QFETCH(QString, actor);
    const facts::DocumentFacts f =
        facts::extractFacts(passagesOf({sentence}), contextOf(QStringLiteral("2024-06-01")));
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
        << QStringList{QStringLiteral("EU는 AI 연구에 10억 유로(약 1조 4천억 원)를 투자한다.")}
        << QStringLiteral("1조 4천억 원") << 0 << QStringLiteral("conversion of 10억 유로") << 1;
    QTest::newRow("a part of the stated whole (총 … 중)")
        << QStringList{QStringLiteral("정부는 총 5,000억원 중 올해 1,200억원을 집행한다.")}
        << QStringLiteral("1,200억원") << 0 << QStringLiteral("part of 5,000억원") << 1;
    QTest::newRow("parts listed in parentheses")
        << QStringList{QStringLiteral(
               "정부는 1억 달러 규모의 기금(국립재단 6,000만 달러, 지방정부 4,000만 달러)을 조성한다.")}
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
    const facts::DocumentFacts f =
        facts::extractFacts(passagesOf(passages), contextOf(QStringLiteral("2024-06-01")));
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
        << QStringLiteral("과학기술정보통신부는 2022년 9월 디지털 권리장전을 발표했다.")
        << QStringLiteral("2023-09-01") << 3 << QStringLiteral("2022-09") << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a law passed")
        << QStringLiteral("유럽의회는 2024년 3월 AI 법안을 통과시켰다.") << QStringLiteral("2024-10-01") << 3
        << QStringLiteral("2024-03") << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a package announced by a body")
        << QStringLiteral(
               "EU 집행위는 2024년 1월 AI 스타트업과 중소기업을 지원하기 위한 일련의 정책으로 구성된 AI 혁신 "
               "패키지를 발표하였다.")
        << QStringLiteral("2025-04-01") << 3 << QStringLiteral("2024-01") << QStringLiteral("policy_event");
    QTest::newRow("schedule: a deadline (까지), even a past one")
        << QStringLiteral("각 부처는 2024년 12월까지 이행계획을 제출해야 한다.")
        << QStringLiteral("2025-03-01") << 3 << QStringLiteral("2024-12") << QStringLiteral("schedule");
    QTest::newRow("schedule: an open period")
        << QStringLiteral("○ 공공 데이터 개방 확대 ('24~)") << QStringLiteral("2024-01-15") << 3
        << QStringLiteral("2024") << QStringLiteral("schedule");
    QTest::newRow("schedule: the plan's future")
        << QStringLiteral("정부는 2026년 AI 기본법 하위법령을 정비한다.") << QStringLiteral("2024-05-01") << 3
        << QStringLiteral("2026") << QStringLiteral("schedule");
    QTest::newRow("industry_event: a model released")
        << QStringLiteral("2024년 5월 OpenAI는 새로운 모델을 출시했다.") << QStringLiteral("2024-12-01") << 3
        << QStringLiteral("2024-05") << QStringLiteral("industry_event");
    QTest::newRow("background: a statistic")
        << QStringLiteral("2023년 기준 국내 AI 기업 수는 전년 대비 12% 증가했다.")
        << QStringLiteral("2024-06-01") << 3 << QStringLiteral("2023") << QStringLiteral("background");
    QTest::newRow("background: a forecast's target year")
        << QStringLiteral("세계 AI 시장은 2030년까지 연평균 30% 성장할 것으로 전망된다.")
        << QStringLiteral("2024-06-01") << 3 << QStringLiteral("2030") << QStringLiteral("background");
    QTest::newRow("background: a figure's caption")
        << QStringLiteral("[그림 3-1] 2015-2023 국가별 AI 논문 수") << QStringLiteral("2024-06-01") << 3
        << QStringLiteral("2015") << QStringLiteral("background");
    QTest::newRow("citation: a 자료 line")
        << QStringLiteral("자료: 한국지능정보사회진흥원, AI 동향 보고서, 2024.3.")
        << QStringLiteral("2024-06-01") << 3 << QStringLiteral("2024-03") << QStringLiteral("citation");
    QTest::newRow("citation: a reference's date")
        << QStringLiteral("Stanford HAI, Artificial Intelligence Index Report, 2024.04.15.")
        << QStringLiteral("2024-06-01") << 3 << QStringLiteral("2024-04-15") << QStringLiteral("citation");
    QTest::newRow("citation: an access date")
        << QStringLiteral("https://example.org/report (2024.11.17. 검색)") << QStringLiteral("2024-12-01")
        << 3 << QStringLiteral("2024-11-17") << QStringLiteral("citation");
    QTest::newRow("industry_event: a research firm's forecast, dated by its release")
        << QStringLiteral(
               "글로벌 시장조사 기관인 가트너는 2024년 6월, AI 소프트웨어 시장이 2027년까지 2,979억 달러로 "
               "성장할 것으로 예측했다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024-06") << QStringLiteral("industry_event");
    QTest::newRow("industry_event: a university's report, its name after the date")
        << QStringLiteral(
               "2024년 4월, 미국 스탠퍼드 대학교 HAI(Human-Centered AI)는 AI 인덱스 보고서를 발표하였다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024-04") << QStringLiteral("industry_event");
    QTest::newRow("industry_event: a company's products, no government in the sentence")
        << QStringLiteral(
               "2024년 9월 구글은 'Gemini at Work' 행사에서 새로운 Gemini 모델과 AI 에이전트 제품군을 "
               "출시하였다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024-09") << QStringLiteral("industry_event");
    QTest::newRow("industry_event: a product and its launch month in parentheses")
        << QStringLiteral(
               "OpenAI(챗GPT, '22.11월) 출시 이후 구글(Bard, '23.2월) 등이 경쟁적으로 초거대 AI 출시")
        << QStringLiteral("2023-04-14") << 3 << QStringLiteral("2022-11") << QStringLiteral("industry_event");
    QTest::newRow("policy_event: a public body named after the date")
        << QStringLiteral(
               "2024년 1월 29일 미국 백악관의 브루스 리드(Bruce Reed) 부비서실장은 백악관 AI 위원회를 "
               "소집했다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024-01-29")
        << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a public body's act whatever the verb")
        << QStringLiteral("국가 AI 이니셔티브실(NAIIO)도 2022년 1월 6일 인공지능연구자포털을 구축하여 "
                          "전문가들에게 정보를 제공하였다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2022-01-06")
        << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a table of bills signed")
        << QStringLiteral("9월 4일 SB 896 • AI가 인프라에 미치는 위험 분석 요구")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024-09-04")
        << QStringLiteral("policy_event");
    QTest::newRow("policy_event: a table row's year and the policy it names")
        << QStringLiteral("진흥정책 2016년 • ‘AI R&D 전략’(The National AI R&D Strategic Plan)")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2016") << QStringLiteral("policy_event");
    QTest::newRow("citation: an author and a year in parentheses")
        << QStringLiteral("Google Health는 유방암을 조기에 진단할 수 있음을 보여주었다(김현석, 2020).")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2020") << QStringLiteral("citation");
    QTest::newRow("citation: the second of several references")
        << QStringLiteral(
               "시각 인지 분야에서 인간에 버금가는 성능을 확보할 수 있었다 (Szegedy et al., 2015; He et al., "
               "2016). 결국 미국 연구원들이 주축이 된 구글은 기술을 확보하였다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2016") << QStringLiteral("citation");
    QTest::newRow("schedule: a fiscal year")
        << QStringLiteral(
               "2025회계연도 대통령 예산안에 AI 교육 프로그램을 확대하기 위한 추가 예산을 편성하였다.")
        << QStringLiteral("2025-06-01") << 3 << QStringLiteral("2025") << QStringLiteral("schedule");
    QTest::newRow("schedule: a plan told of a time since come")
        << QStringLiteral(
               "바이든 행정부는 2024년 여름까지 AI 전문가 100명을 채용할 계획이며, 교육 프로그램도 확대한다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024") << QStringLiteral("schedule");
    QTest::newRow("schedule: this year's month in a plan")
        << QStringLiteral(
               "올해 12월 등에 이뤄지는 단계평가는 국민·전문가 평가 등 입체적 평가를 추진할 방침이다.")
        << QStringLiteral("2025-01-01") << 3 << QStringLiteral("2025-12") << QStringLiteral("schedule");
    QTest::newRow("schedule: from a day on (後)")
        << QStringLiteral("• 2027년 1. 1. 後: 1억 달러 초과 비용이 드는 AI 모델")
        << QStringLiteral("2028-03-01") << 3 << QStringLiteral("2027-01-01") << QStringLiteral("schedule");
    QTest::newRow("background: a count by a date, by a survey")
        << QStringLiteral("전국주의회협의회에 따르면 2024년 5월까지 17개 주에서 인공지능 법률을 제정하였다.")
        << QStringLiteral("2024-12-01") << 3 << QStringLiteral("2024-05") << QStringLiteral("background");
    QTest::newRow("background: a numbered section's title")
        << QStringLiteral("2. 2024년 인공지능 정책 동향") << QStringLiteral("2025-04-01") << 3
        << QStringLiteral("2024") << QStringLiteral("background");
    QTest::newRow("document: the cover date") << QStringLiteral("2025. 4.") << QStringLiteral("2025-04-01")
                                              << 1 << QStringLiteral("2025-04") << QStringLiteral("document");
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
