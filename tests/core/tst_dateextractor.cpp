#include "core/facts/dateextractor.h"

#include "factstestutil.h"

#include <QTest>

using namespace pl::facts;

namespace {

/// The dates found, written "start" for a point and "start~end" for a period, joined with "; ".
QString summary(const QList<DateFact>& dates) {
    QStringList out;
    for (const DateFact& d : dates)
        out.append(d.end.isEmpty() ? d.start : d.start + QLatin1Char('~') + d.end);
    return out.join(QStringLiteral("; "));
}

QList<DateFact> datesIn(const QString& text, const QDate& documentDate = QDate(2025, 6, 19)) {
    DocumentContext context;
    context.documentDate = documentDate;
    return extractDates({makePassage(text)}, context);
}

} // namespace

class TstDateExtractor : public QObject {
    Q_OBJECT
private slots:
    void surfaceForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QString& text, const QString& expected) {
            QTest::newRow(name) << text << expected;
        };
        // Full dates
        row("연월일 점 공백", QStringLiteral("2023. 4. 14. 발표"), QStringLiteral("2023-04-14"));
        row("연월일 점 붙임", QStringLiteral("Index, 2023.4.14"), QStringLiteral("2023-04-14"));
        row("연월일 두 자리 월", QStringLiteral("출처: Report, 2024.09.19."), QStringLiteral("2024-09-19"));
        row("연월일 쉼표 오타", QStringLiteral("Intelligence, 2023,10.30."), QStringLiteral("2023-10-30"));
        row("연월일 한글", QStringLiteral("2024년 11월 20일 행사에서"), QStringLiteral("2024-11-20"));
        row("연도 한글 뒤 월일 점", QStringLiteral("2027년 1. 1. 이후"), QStringLiteral("2027-01-01"));
        row("연월 한글", QStringLiteral("2024년 4월 발표"), QStringLiteral("2024-04"));
        row("연월 점", QStringLiteral("SPRI 정리, 2024.10."), QStringLiteral("2024-10"));
        row("연월 점 한 자리", QStringLiteral("Resource. 2023. 1"), QStringLiteral("2023-01"));
        row("출처 끝 연월",
            QStringLiteral("출처 : Markets&Markets, AI Agents Market by Agent Role, 2024.09."),
            QStringLiteral("2024-09"));
        row("영문 월일년", QStringLiteral("Retrieved July 31, 2024, from https"),
            QStringLiteral("2024-07-31"));
        row("영문 일월년", QStringLiteral("published 5 March 2024"), QStringLiteral("2024-03-05"));
        row("영문 월년 약어", QStringLiteral("Report, Sept. 2024"), QStringLiteral("2024-09"));
        row("ISO 날짜 줄바꿈 공백", QStringLiteral("개정 2019-10- 30"), QStringLiteral("2019-10-30"));
        row("빗금 날짜", QStringLiteral("accessed 2024/05/21"), QStringLiteral("2024-05-21"));
        row("ISO 날짜", QStringLiteral("published 2024-05-21"), QStringLiteral("2024-05-21"));
        row("연도만", QStringLiteral("2024년 국내외 동향"), QStringLiteral("2024"));
        row("괄호 속 연도", QStringLiteral("OECD AI 원칙(2019): 권고"), QStringLiteral("2019"));
        row("회계연도", QStringLiteral("2025회계연도 대통령 예산안"), QStringLiteral("2025"));
        row("연도 분기", QStringLiteral("2024년 2분기 투자 규모"), QStringLiteral("2024-Q2"));
        row("연도 하반기", QStringLiteral("2022년 하반기, 오픈AI가"), QStringLiteral("2022-H2"));
        row("연도 Q 표기", QStringLiteral("2024 3Q 실적"), QStringLiteral("2024-Q3"));
        row("회계연도 영문", QStringLiteral("FY2024 budget request"), QStringLiteral("2024"));
        row("전각 물결 범위", QStringLiteral("2023～2027년 계획"), QStringLiteral("2023~2027"));
        row("연대", QStringLiteral("2020년대 중반"), QStringLiteral("2020"));
        // Two-digit years
        row("축약 연월 월", QStringLiteral("방안('23.4월) 발표"), QStringLiteral("2023-04"));
        row("축약 연월일 여는따옴표", QStringLiteral("‘23.1.26 의결"), QStringLiteral("2023-01-26"));
        row("축약 연도 년", QStringLiteral("`27년까지 지원"), QStringLiteral("2027"));
        row("축약 연 上", QStringLiteral("('23.上) 완료"), QStringLiteral("2023-H1"));
        row("축약 연 下 금액 앞", QStringLiteral("年 20억원('25.下 10억원)"), QStringLiteral("2025-H2"));
        row("축약 하반기 열린 끝", QStringLiteral("시점(`26.하반기~)부터는"), QStringLiteral("2026-H2~open"));
        // Ranges
        row("축약 연도 범위", QStringLiteral("(’18~’22) 5개년"), QStringLiteral("2018~2022"));
        row("축약 연도 범위 괄호", QStringLiteral("('22~'26) 추진"), QStringLiteral("2022~2026"));
        row("축약 연도 열린 끝", QStringLiteral("'23~ 계속"), QStringLiteral("2023~open"));
        row("축약 연도 열린 시작", QStringLiteral("지속 지원(~'27)"), QStringLiteral("open~2027"));
        row("연월 범위 축약", QStringLiteral("'22.12월~'23.3월 시범"), QStringLiteral("2022-12~2023-03"));
        row("축약 연월 범위 끝 월만", QStringLiteral("'23.1~3 시범운영"), QStringLiteral("2023-01~2023-03"));
        row("일 범위 한글", QStringLiteral("2024년 5월 21~22일 서울"),
            QStringLiteral("2024-05-21~2024-05-22"));
        row("일 범위 점 표기", QStringLiteral("행사(5.19~21) 개최"), QStringLiteral("2025-05-19~2025-05-21"));
        row("연도 범위 하이픈", QStringLiteral("2021-2027년 중기 계획"), QStringLiteral("2021~2027"));
        row("연도 범위 줄표", QStringLiteral("2024—2026 로드맵"), QStringLiteral("2024~2026"));
        row("연도 범위 물결", QStringLiteral("2003~2023년 전 세계"), QStringLiteral("2003~2023"));
        row("연도 범위 끝 두 자리", QStringLiteral("2022~26년 추진"), QStringLiteral("2022~2026"));
        row("연도 범위 하이픈 두 자리", QStringLiteral("2023-24 회계연도"), QStringLiteral("2023~2024"));
        row("연도 뒤 월 범위", QStringLiteral("2023년 1~3월 시범"), QStringLiteral("2023-01~2023-03"));
        row("축약 연도 뒤 월 범위", QStringLiteral("'24년 3~5월 공모"), QStringLiteral("2024-03~2024-05"));
        row("연도 없는 월 범위", QStringLiteral("1~2월 중 접수"), QStringLiteral("2025-01~2025-02"));
        row("연월 점 범위 끝 점", QStringLiteral("2023.3.~12. 운영"), QStringLiteral("2023-03~2023-12"));
        row("연월부터 월까지", QStringLiteral("2023년 3월 ~ 12월 운영"), QStringLiteral("2023-03~2023-12"));
        row("반기 부터 까지", QStringLiteral("'23년 하반기부터 '24년 상반기까지"),
            QStringLiteral("2023-H2~2024-H1"));
        row("부터 까지", QStringLiteral("2024년부터 2028년까지 연평균"), QStringLiteral("2024~2028"));
        row("부터 까지 월", QStringLiteral("2020년부터 2024년 5월까지 제정된"),
            QStringLiteral("2020~2024-05"));
        row("분기까지 범위", QStringLiteral("2020년~2024년 2분기 추이"), QStringLiteral("2020~2024-Q2"));
        row("축약 상반기까지", QStringLiteral("'25. ~ '26.上까지 임차"), QStringLiteral("2025~2026-H1"));
        row("까지 홀로는 시점", QStringLiteral("2027년까지 40억 유로"), QStringLiteral("2027"));
        row("부터 홀로는 시점", QStringLiteral("2026년 부터 대상 모델"), QStringLiteral("2026"));
        row("대 비교 두 시점", QStringLiteral("투자(2022 vs. 2023)"), QStringLiteral("2022; 2023"));
        // Years from the document or the context
        row("연도 없는 일 범위", QStringLiteral("공모(6.20 ~ 7.21)에 착수"),
            QStringLiteral("2025-06-20~2025-07-21"));
        row("연도 없는 월일", QStringLiteral("9월 4일 서명"), QStringLiteral("2025-09-04"));
        row("문장 앞 연도 따르기", QStringLiteral("2024년 3월 통과, 5월 승인 후 8월 1일 발효"),
            QStringLiteral("2024-03; 2024-05; 2024-08-01"));
        row("분기 문맥", QStringLiteral("2024년 2분기 기준. 이는 2분기 총액의"),
            QStringLiteral("2024-Q2; 2024-Q2"));
        row("상반기 문서 연도", QStringLiteral("상반기 중 발표"), QStringLiteral("2025-H1"));
        row("1분기 문서 연도", QStringLiteral("1분기 착수"), QStringLiteral("2025-Q1"));
        row("올해 월", QStringLiteral("올해 12월 등에 이뤄지는"), QStringLiteral("2025-12"));
        row("올해부터 범위", QStringLiteral("올해부터 `26년 상반기까지는"), QStringLiteral("2025~2026-H1"));
        row("작년", QStringLiteral("작년에 발표"), QStringLiteral("2024"));
        row("전년 문장 연도 기준", QStringLiteral("2023년 규제가 늘어 2016년 1건 대비, 전년 대비 증가"),
            QStringLiteral("2023; 2016; 2022"));
        row("전 분기", QStringLiteral("2024년 2분기 규모는 전 분기 대비 59% 증가"),
            QStringLiteral("2024-Q2; 2024-Q1"));
        row("연내", QStringLiteral("연내 개정 추진"), QStringLiteral("2025"));
        // Not dates
        row("기간 개월", QStringLiteral("6개월 단위 단계평가"), QString());
        row("기간 향후 년간", QStringLiteral("향후 5년간 투자"), QString());
        row("법안 번호", QStringLiteral("AI 규제법 SB 1047 및 AB 2013"), QString());
        row("조문 번호", QStringLiteral("제2024호 및 제83조"), QString());
        row("URL", QStringLiteral("(<https://www.example.org/2024/05/report>)"), QString());
        row("전화번호", QStringLiteral("장기철 (044-202-2023)"), QString());
        row("쪽 번호", QStringLiteral("- 12 -"), QString());
        row("금액", QStringLiteral("2000만 달러와 2,025억 원"), QString());
        row("백분율 소수", QStringLiteral("3.5~4.5% 성장"), QString());
        row("배수 범위", QStringLiteral("1.5~2배 증가"), QString());
        row("개수", QStringLiteral("2030개 기업과 1999명"), QString());
        row("기술격차 년수", QStringLiteral("2018년 2.0년에서 2022년 1.3년으로 축소"),
            QStringLiteral("2018; 2022"));
        row("영문 may 동사", QStringLiteral("it may 2024 models"), QStringLiteral("2024"));
        row("해상도", QStringLiteral("1920x1080 해상도"), QString());
        row("토큰 수", QStringLiteral("최대 2048 토큰"), QString());
        row("연말정산", QStringLiteral("연말정산 알리GPT"), QString());
        row("따옴표 숫자", QStringLiteral("‘12대 과제’"), QString());
    }
    void surfaceForms() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(summary(datesIn(text)), expected);
    }

    void precisionAndFlags() {
        const QList<DateFact> d =
            datesIn(QStringLiteral("올해 12월 등, `26.하반기~ 그리고 2024년 5월 21~22일"));
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.at(0).precision, QStringLiteral("month"));
        QVERIFY(d.at(0).relative);
        QVERIFY(d.at(0).yearInferred);
        QCOMPARE(d.at(1).precision, QStringLiteral("half"));
        QCOMPARE(d.at(1).end, QStringLiteral("open"));
        QCOMPARE(d.at(2).precision, QStringLiteral("day"));
        QCOMPARE(d.at(2).text, QStringLiteral("2024년 5월 21~22일"));
        QVERIFY(!d.at(2).yearInferred);
    }

    void labelSaysWhatHappened() {
        const QList<DateFact> d = datesIn(QStringLiteral("EU AI 법은 2024년 5월 최종 승인되었다."));
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.at(0).label.contains(QStringLiteral("최종 승인")), qPrintable(d.at(0).label));
        QVERIFY(d.at(0).label.size() <= 40);
    }

    void yearInName() {
        const QList<DateFact> d = datesIn(QStringLiteral("AI Index Report 2024 발간"));
        QCOMPARE(d.size(), 1);
        QVERIFY(d.at(0).inName);
    }

    // A PDF date that disagrees with every date the first pages state (the file was generated later) loses
    // to the text's own year.
    void documentYearFromTextOverWrongPdfDate() {
        DocumentContext context;
        context.documentDate = QDate(2026, 11, 22);
        const QList<pl::text::Passage> passages = {
            makePassage(QStringLiteral("정예팀 공모(6.20 ~ 7.21)에 착수한다.")),
            makePassage(QStringLiteral("강화방안(‘25.2월) 등에서 발표, '26.上까지 지원")),
        };
        const QList<DateFact> d = extractDates(passages, context);
        QCOMPARE(summary(d), QStringLiteral("2025-06-20~2025-07-21; 2025-02; 2026-H1"));
    }

    // A report written in 2025 that retells 2024 news: 작년 and 올해 count from the year being reported on.
    void relativeWordsCountFromTheYearReportedOn() {
        DocumentContext context;
        context.documentDate = QDate(2025, 4, 1);
        const QList<pl::text::Passage> passages = {
            makePassage(QStringLiteral("2024년 10월 30일 백악관은 팩트시트를 발표했다.")),
            makePassage(
                QStringLiteral("작년에 주요 정부기관들은 민간 부문과 협력하고, 올해 하반기에 확대한다.")),
            makePassage(QStringLiteral("2030년까지 목표를 세웠고 올해 예산을 늘렸다.")),
        };
        QCOMPARE(summary(extractDates(passages, context)),
                 QStringLiteral("2024-10-30; 2023; 2024-H2; 2030; 2024"));
    }

    // A library date taken from a sentence on the cover ("2022년 11월 출시한 챗GPT") is older than the
    // sources the document cites: the latest cited publication date wins.
    void documentYearNotBeforeItsSources() {
        DocumentContext context;
        context.documentDate = QDate(2022, 11, 1);
        const QList<pl::text::Passage> passages = {
            makePassage(QStringLiteral("공모(6.20 ~ 7.21)에 착수")),
            makePassage(QStringLiteral("2022년 11월 출시한 챗GPT는 계기가 되었다.")),
            makePassage(QStringLiteral("출처: Stanford HAI, AI Index Report, 2024.04.15.")),
        };
        QCOMPARE(summary(extractDates(passages, context)),
                 QStringLiteral("2024-06-20~2024-07-21; 2022-11; 2024-04-15"));
    }

    void documentYearFromReleaseLine() {
        DocumentContext context;
        context.documentDate = QDate(2026, 1, 5);
        const QList<pl::text::Passage> passages = {
            makePassage(QStringLiteral("보도시점 2023. 4. 14.(금) 조간")),
            makePassage(QStringLiteral("올해 하반기 착수")),
        };
        QCOMPARE(summary(extractDates(passages, context)), QStringLiteral("2023-04-14; 2023-H2"));
    }

    void provenanceLiesInsidePassageAndPage() {
        const QRectF page(0, 0, 595, 842);
        const QList<pl::text::Passage> passages = {
            makePassage(QStringLiteral(
                            "2021년 4월 제안된 법안은 긴 논의 끝에 2024년 5월 최종 승인되었고 2024년 8월 1일 "
                            "발효되었으며 2026년 8월까지 과도기를 둔다."),
                        3, 3),
            makePassage(QStringLiteral("2018년 4월"), 4),
        };
        const QList<DateFact> d = extractDates(passages, {});
        QCOMPARE(d.size(), 5);
        for (const DateFact& f : d) {
            const pl::text::Passage& p = passages.at(f.at.passage);
            QCOMPARE(f.at.page, p.page);
            QVERIFY(page.contains(f.at.box));
            QVERIFY2(p.box.contains(f.at.box), qPrintable(f.text));
            QVERIFY(!f.at.box.isEmpty());
        }
        // Dates at the start and the end of a three-line passage lie on different lines.
        QVERIFY(d.at(0).at.box.bottom() <= d.at(3).at.box.top() + 0.01);
    }
};

QTEST_GUILESS_MAIN(TstDateExtractor)
#include "tst_dateextractor.moc"
