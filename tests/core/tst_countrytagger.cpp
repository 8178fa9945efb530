#include "core/facts/countrytagger.h"

#include <QTest>

using namespace pl::facts;
using pl::text::Passage;

namespace {

/// "#text" is a heading passage, anything else a paragraph.
QList<Passage> passagesOf(const QStringList& lines) {
    QList<Passage> out;
    int page = 1;
    for (const QString& l : lines) {
        Passage p;
        p.kind = l.startsWith(QLatin1Char('#')) ? Passage::Kind::Heading : Passage::Kind::Paragraph;
        p.text = l.startsWith(QLatin1Char('#')) ? l.mid(1) : l;
        p.page = page++;
        p.box = QRectF(57, 100, 460, 14);
        out.append(p);
    }
    return out;
}

} // namespace

class TstCountryTagger : public QObject {
    Q_OBJECT
private slots:
    void tags_data() {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("section headings set the country until the next section")
            << QStringList{QStringLiteral("#제3장 주요국 인공지능 정책 동향"),
                           QStringLiteral("#제1절 미국"),
                           QStringLiteral("1. 그간의 인공지능 정책 추진 경과"),
                           QStringLiteral("바이든 행정부는 행정명령을 발표했다."),
                           QStringLiteral("#제2절 EU"),
                           QStringLiteral("AI법이 발효되었다."),
                           QStringLiteral("#제4장 국제기구 동향"),
                           QStringLiteral("국제기구의 논의가 활발하다.")}
            << QStringList{QString(),
                           QStringLiteral("US"),
                           QStringLiteral("US"),
                           QStringLiteral("US"),
                           QStringLiteral("EU"),
                           QStringLiteral("EU"),
                           QString(),
                           QString()};

        QTest::newRow("a sub-heading about another country stays in its section")
            << QStringList{QStringLiteral("#제5절 영국"), QStringLiteral("1. 2024년 주요 동향"),
                           QStringLiteral("(1) 미국 AI안전연구소와 MOU 체결"),
                           QStringLiteral("미국 상무부는 양국이 연구를 공유한다고 발표했다.")}
            << QStringList{QStringLiteral("GB"), QStringLiteral("GB"), QStringLiteral("GB"),
                           QStringLiteral("GB")};

        QTest::newRow("a section of several bodies: its sub-headings name the member")
            << QStringList{QStringLiteral("#제3절 기타 기구(G7, G20 등)"),
                           QStringLiteral("1. 그간의 주요 동향"),
                           QStringLiteral("정상들은 히로시마에서 회의를 열었다."),
                           QStringLiteral("2. 2024년 주요 동향"),
                           QStringLiteral("1) OECD-GPAI 통합 운영에 합의"),
                           QStringLiteral("서밋이 열렸다."),
                           QStringLiteral("2) G20 디지털경제 장관 AI 선언"),
                           QStringLiteral("장관들이 회의했다.")}
            << QStringList{QStringLiteral("G7"),  QStringLiteral("G7"),   QStringLiteral("G7"),
                           QStringLiteral("G7"),  QStringLiteral("GPAI"), QStringLiteral("GPAI"),
                           QStringLiteral("G20"), QStringLiteral("G20")};

        QTest::newRow("Hanja and bracketed labels move one passage")
            << QStringList{QStringLiteral("#제1절 미국"), QStringLiteral("(中) 차세대 AI 발전계획 발표"),
                           QStringLiteral("美 상무부는 수출 통제를 강화했다."),
                           QStringLiteral("연방정부 예산이 늘었다.")}
            << QStringList{QStringLiteral("US"), QStringLiteral("CN"), QStringLiteral("US"),
                           QStringLiteral("US")};

        QTest::newRow("outside any section only a passage that opens with a country")
            << QStringList{QStringLiteral("#Ⅰ. 추진 배경"),
                           QStringLiteral("英 정부는 AI 안전연구소를 세웠다."),
                           QStringLiteral("2023년 5월 G7 정상들은 행동강령에 합의했다."),
                           QStringLiteral("일본은 AI 전략을 개정했다."),
                           QStringLiteral("우리 기업들은 미국, 중국 기업과 경쟁한다."),
                           QStringLiteral("인도네시아 정부가 전략을 냈다.")}
            << QStringList{QString(), QStringLiteral("GB"), QStringLiteral("G7"), QStringLiteral("JP"),
                           QString(), QStringLiteral("ID")};

        QTest::newRow("look-alikes are not countries")
            << QStringList{QStringLiteral("EUR 기준 환율이 올랐다."),
                           QStringLiteral("가이드라인도 마련했다."),
                           QStringLiteral("인도적 지원을 확대한다."),
                           QStringLiteral("中小기업 지원을 늘린다."),
                           QStringLiteral("한국전자통신연구원은 모델을 공개했다.")}
            << QStringList{QString(), QString(), QString(), QString(), QString()};

        QTest::newRow("an unnumbered heading ends a numbered sub-section")
            << QStringList{QStringLiteral("1) 미국"), QStringLiteral("행정명령이 발령되었다."),
                           QStringLiteral("#맺음말"), QStringLiteral("기술의 발전은 계속된다.")}
            << QStringList{QStringLiteral("US"), QStringLiteral("US"), QString(), QString()};

        QTest::newRow("a table of contents sets no country")
            << QStringList{QStringLiteral(
                               "제1장 서론 제1절 연구 배경 제3장 주요국 정책 제1절 미국 20 제2절 EU 48"),
                           QStringLiteral("요약 본문이 이어진다.")}
            << QStringList{QString(), QString()};
    }

    void tags() {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        QCOMPARE(tagCountries(passagesOf(lines), {}), expected);
    }

    void summaryListsPagesAndPassages() {
        const QList<Passage> passages = passagesOf({QStringLiteral("#제1절 미국"), QStringLiteral("본문"),
                                                    QStringLiteral("#제2절 EU"), QStringLiteral("본문")});
        const QList<CountryFacts> facts = summariseCountries(passages, tagCountries(passages, {}));
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts[0].country, QStringLiteral("US"));
        QCOMPARE(facts[0].passages, (QList<int>{0, 1}));
        QCOMPARE(facts[0].pages, (QList<int>{1, 2}));
        QCOMPARE(facts[1].country, QStringLiteral("EU"));
    }
};

QTEST_GUILESS_MAIN(TstCountryTagger)
#include "tst_countrytagger.moc"
