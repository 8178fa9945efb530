#include "core/text/titlefinder.h"

#include <QTest>

using namespace pl;
using text::TextLine;

namespace {

/// A line of a cover page as the layout gives it: text, type size, where it stands.
TextLine line(const QString& text, double em, double top, double left = 80) {
    TextLine l;
    l.text = text;
    l.em = em;
    l.box = QRectF(left, top, std::max(20.0, em * text.size() * 0.9), em * 1.2);
    return l;
}

const QSizeF kA4(595, 842);

} // namespace

// Covers written for this test in the ways Korean government documents set their first page.
class TstTitleFinder : public QObject {
    Q_OBJECT

private slots:
    void titles_data() {
        QTest::addColumn<QList<TextLine>>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("press release: the headline, not the labels")
            << QList<TextLine>{line(QStringLiteral("보도자료"), 22, 40),
                               line(QStringLiteral("보도시점 2024. 3. 5.(화) 12:00"), 10, 80),
                               line(QStringLiteral("담당부서 주택기금과"), 10, 96),
                               line(QStringLiteral("청년 전용 주거 바우처 첫 지급"), 19, 140),
                               line(QStringLiteral("- 월 최대 20만 원, 12개월 지원 -"), 12, 170),
                               line(QStringLiteral(
                                        "국토교통부는 5일 청년 주거 바우처를 처음 지급한다고 밝혔다."),
                                    10, 220)}
            << QStringLiteral("청년 전용 주거 바우처 첫 지급");
        QTest::newRow("a title of two lines, the sponsor set smaller between")
            << QList<TextLine>{line(QStringLiteral("전기통신사업법 일부개정법률안"), 16.6, 90, 230),
                               line(QStringLiteral("정보통신망 이용촉진 및 정보보호 등에 관한 법률"), 16.5,
                                    64, 100),
                               line(QStringLiteral("(홍길동의원 대표발의)"), 14.5, 117, 220),
                               line(QStringLiteral("의안번호 12345"), 17.5, 178, 80),
                               line(QStringLiteral("발의연월일 : 2024. 1. 9."), 14, 175, 290)}
            << QStringLiteral("정보통신망 이용촉진 및 정보보호 등에 관한 법률 전기통신사업법 일부개정법률안");
        QTest::newRow("only the kind of document: its subject joins it")
            << QList<TextLine>{line(QStringLiteral("제 안 요 청 서"), 32, 130),
                               line(QStringLiteral("사 업 명"), 14, 251, 60),
                               line(QStringLiteral("공공 데이터 품질관리 시스템 고도화"), 18, 249, 150),
                               line(QStringLiteral("주관기관"), 14, 302, 60),
                               line(QStringLiteral("한국데이터진흥원"), 14, 300, 150),
                               line(QStringLiteral("Ⅰ. 사업개요"), 20, 600)}
            << QStringLiteral("제안요청서: 공공 데이터 품질관리 시스템 고도화");
        QTest::newRow("the kind of document below its subject")
            << QList<TextLine>{line(QStringLiteral("제1차 교육위원회"), 12, 104),
                               line(QStringLiteral("고등교육법 일부개정법률안"), 26, 250),
                               line(QStringLiteral("검 토 보 고"), 28.5, 340),
                               line(QStringLiteral("2024. 5."), 18, 560)}
            << QStringLiteral("고등교육법 일부개정법률안 검토보고");
        QTest::newRow("a statute: not its running head, not its bracketed notes")
            << QList<TextLine>{line(QStringLiteral("국가재정법"), 10, 31),
                               line(QStringLiteral("국가재정법"), 12, 85),
                               line(QStringLiteral(
                                        "[시행 2025. 1. 1.] [법률 제20000호, 2024. 12. 31., 일부개정]"),
                                    12, 107),
                               line(QStringLiteral("기획재정부 (재정혁신국) 044-215-0000"), 9, 121),
                               line(QStringLiteral(
                                        "제1조(목적) 이 법은 국가의 예산ㆍ기금ㆍ결산ㆍ성과관리를 정한다."),
                                    10, 180)}
            << QStringLiteral("국가재정법");
        QTest::newRow("a patent gazette")
            << QList<TextLine>{line(QStringLiteral("(19) 대한민국특허청(KR) (12) 공개특허공보(A)"), 14, 40),
                               line(QStringLiteral("(11) 공개번호 10-2024-0012345"), 9, 60, 330),
                               line(QStringLiteral("(54) 발명의 명칭 문서 검색 장치"), 9, 400)}
            << QStringLiteral("공개특허공보 10-2024-0012345");
        QTest::newRow("letter-spaced, on two lines")
            << QList<TextLine>{line(QStringLiteral("물 질 안 전 보 건 자 료"), 20, 65),
                               line(QStringLiteral("문서번호 : ABC-0026"), 9.5, 71, 400)}
            << QStringLiteral("물질안전보건자료");
        QTest::newRow("press release whose sub-heads and body share the headline's type")
            << QList<TextLine>{line(QStringLiteral("보도자료"), 22, 40),
                               line(QStringLiteral("“식물과 가까워졌어요” 어린이 글짓기 공모전 시상식 열려"),
                                    16, 140),
                               line(QStringLiteral("- 우장춘 박사 기리는 글짓기 공모전 시상식 -"), 16, 162),
                               line(QStringLiteral("- 김명수 원장 “농업의 가치 알려 나갈 것” -"), 16, 184),
                               line(QStringLiteral("농촌진흥청 국립원예특작과학원은 7일 시상식을 열었다."),
                                    16, 220)}
            << QStringLiteral("“식물과 가까워졌어요” 어린이 글짓기 공모전 시상식 열려");
        QTest::newRow("a short part between dashes belongs to the title")
            << QList<TextLine>{line(QStringLiteral("도로안전시설 설치 및 관리 지침"), 24, 200),
                               line(QStringLiteral("- 노면요철포장 편 -"), 24, 232)}
            << QStringLiteral("도로안전시설 설치 및 관리 지침 - 노면요철포장 편 -");
        QTest::newRow("an official letter: the value of its 제목 field")
            << QList<TextLine>{line(QStringLiteral("아이 키우기 좋은 도시"), 12, 30),
                               line(QStringLiteral("마 포 소 방 서"), 20, 60),
                               line(QStringLiteral("수신"), 11, 120, 60),
                               line(QStringLiteral("수신자 참조"), 11, 120, 120),
                               line(QStringLiteral("제목"), 11, 150, 60),
                               line(QStringLiteral("2026년 상반기 비상조치 훈련계획 알림"), 11, 150, 120)}
            << QStringLiteral("2026년 상반기 비상조치 훈련계획 알림");
        QTest::newRow("an RFP cover naming its project in brackets")
            << QList<TextLine>{line(QStringLiteral("제 안 요 청 서"), 30, 200),
                               line(QStringLiteral("[사업명 : 생성형 AI 서비스 시범 도입]"), 16, 260),
                               line(QStringLiteral("2025. 8."), 16, 500)}
            << QStringLiteral("제안요청서: 생성형 AI 서비스 시범 도입");
        QTest::newRow("a year and a programme set smaller above the title's main line")
            << QList<TextLine>{line(QStringLiteral("2026년『AI-반도체 해외실증 지원』"), 20, 200),
                               line(QStringLiteral("사업 공모 안내서(엣지형)"), 26, 226),
                               line(QStringLiteral("2026. 2."), 16, 500)}
            << QStringLiteral("2026년『AI-반도체 해외실증 지원』 사업 공모 안내서(엣지형)");
        QTest::newRow("nothing that can be a title")
            << QList<TextLine>{line(QStringLiteral("- 1 -"), 10, 800),
                               line(QStringLiteral("2024. 5."), 20, 100)}
            << QString();
    }
    void titles() {
        QFETCH(QList<TextLine>, lines);
        QFETCH(QString, expected);
        QCOMPARE(text::findTitle(lines, kA4), expected);
    }

    // A table's header row is as large as its cells: the page sets no title apart.
    void aTableSetsNothingApart() {
        QList<TextLine> lines{line(QStringLiteral("시군구 시설명 전화번호"), 10.5, 60)};
        for (int i = 0; i < 20; ++i)
            lines.append(
                line(QStringLiteral("서울 종로구 서울대학교병원장례식장 02-000-0000"), 10, 80 + 20 * i));
        double prominence = 0;
        QVERIFY(!text::findTitle(lines, kA4, &prominence).isEmpty());
        QVERIFY2(prominence < 1.15, qPrintable(QString::number(prominence)));
        QList<TextLine> cover{line(QStringLiteral("국가 데이터 전략"), 24, 200)};
        for (int i = 0; i < 5; ++i)
            cover.append(line(QStringLiteral("본문 문장이 여기에 옵니다 하나 둘 셋"), 10, 400 + 20 * i));
        QCOMPARE(text::findTitle(cover, kA4, &prominence), QStringLiteral("국가 데이터 전략"));
        QVERIFY(prominence > 2);
    }

    void letterSpacing_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a word") << QStringLiteral("검 토 보 고") << QStringLiteral("검토보고");
        QTest::newRow("a word and others")
            << QStringLiteral("환 경 노 동 위 원 회 소관") << QStringLiteral("환경노동위원회 소관");
        QTest::newRow("two syllables stay") << QStringLiteral("제 1 호") << QStringLiteral("제 1 호");
        QTest::newRow("ordinary words stay")
            << QStringLiteral("국가 AI 전략") << QStringLiteral("국가 AI 전략");
    }
    void letterSpacing() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(text::closeLetterSpacing(input), expected);
    }

    void fileNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a title saved as a file")
            << QStringLiteral("전국 장례식장 현황.hwpx") << QStringLiteral("전국 장례식장 현황");
        QTest::newRow("a working name") << QStringLiteral("붙임1_보도자료_최종(수정).hwp") << QString();
        QTest::newRow("a number") << QStringLiteral("20240105.pdf") << QString();
        QTest::newRow("untitled") << QStringLiteral("Untitled.docx") << QString();
    }
    void fileNames() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(text::titleFromFileName(name), expected);
    }
};

QTEST_GUILESS_MAIN(TstTitleFinder)
#include "tst_titlefinder.moc"
