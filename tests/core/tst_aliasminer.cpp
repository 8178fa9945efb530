#include "core/facts/aliasminer.h"
#include "core/search/hanjaabbreviations.h"

#include <QTest>

using namespace pl;

// Sentences written for this test, in the ways Korean documents define names; none is from the corpus.
class TstAliasMiner : public QObject {
    Q_OBJECT

    static QStringList pairs(const QString& text) {
        QStringList out;
        for (const facts::AliasFact& a : facts::aliasesIn(text))
            out.append(a.term + QStringLiteral(" = ") + a.alias);
        return out;
    }

private slots:
    void definitions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Korean, then Latin") << QStringLiteral("카카오는 코GPT(KoGPT)를 공개하였다")
                                            << QStringList{QStringLiteral("코GPT = KoGPT")};
        QTest::newRow("Latin, then Korean") << QStringLiteral("구글의 Gemini(제미나이)는 멀티모달 모델이다")
                                            << QStringList{QStringLiteral("Gemini = 제미나이")};
        QTest::newRow("acronym and expansion")
            << QStringLiteral("자연어처리(NLP: Natural Language Processing) 기술")
            << QStringList{QStringLiteral("자연어처리 = NLP"),
                           QStringLiteral("자연어처리 = Natural Language Processing")};
        QTest::newRow("two words for a name of several")
            << QStringLiteral("초거대 언어모형(Hyperscale Language Model) 개발")
            << QStringList{QStringLiteral("초거대 언어모형 = Hyperscale Language Model")};
        QTest::newRow("a title in brackets")
            << QStringLiteral("「디지털서비스법(Digital Services Act)」이 시행되었다")
            << QStringList{QStringLiteral("디지털서비스법 = Digital Services Act")};
        QTest::newRow("이하 … 라 한다")
            << QStringLiteral("한국지능정보사회진흥원(이하 \"NIA\"라 한다)은 사업을 관리한다")
            << QStringList{QStringLiteral("한국지능정보사회진흥원 = NIA")};
        QTest::newRow("quoted 이하") << QStringLiteral("국립전파연구원(“이하 RRA라 한다”)의 기준")
                                     << QStringList{QStringLiteral("국립전파연구원 = RRA")};
        QTest::newRow("a law's short name")
            << QStringLiteral("「데이터 산업진흥 및 이용촉진에 관한 기본법」(이하 \"데이터산업법\"이라 한다)")
            << QStringList{QStringLiteral("데이터 산업진흥 및 이용촉진에 관한 기본법 = 데이터산업법")};
        QTest::newRow("약칭") << QStringLiteral("방송통신위원회(약칭: 방통위)는")
                              << QStringList{QStringLiteral("방송통신위원회 = 방통위")};
        QTest::newRow("Hanja") << QStringLiteral("반사형(反射形) 표지를 설치한다")
                               << QStringList{QStringLiteral("반사형 = 反射形")};
        // What a parenthesis says that is not another name.
        QTest::newRow("a citation") << QStringLiteral("생성 모델 성능(Stanford, 2024)이 향상")
                                    << QStringList{};
        QTest::newRow("a country") << QStringLiteral("Anthropic(미국)은 모델을 공개") << QStringList{};
        QTest::newRow("a note") << QStringLiteral("AI 바우처(가칭) 사업") << QStringList{};
        QTest::newRow("a short form inside the name")
            << QStringLiteral("한국전력공사(이하 \"공사\"라 한다)") << QStringList{};
        QTest::newRow("a web address") << QStringLiteral("누리집(www.example.go.kr) 참조") << QStringList{};
        QTest::newRow("arithmetic") << QStringLiteral("나머지 바이트(blocksize - m) 채움") << QStringList{};
        QTest::newRow("a year") << QStringLiteral("추진 계획(2025) 수립") << QStringList{};
        QTest::newRow("a verb form") << QStringLiteral("지원하지 않은(Unsupported) 경우") << QStringList{};
    }
    void definitions() {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(pairs(text), expected);
    }

    // A word given unrelated spellings in two places names a category (함수(GMAC), 함수(HKDF)), not a thing;
    // spellings that extend one another (라마(Llama), 라마(Llama-3)) stay.
    void aCategoryIsNotAName() {
        QList<text::Passage> passages;
        for (const char16_t* t : {u"검증 함수(SIGN-Ver)를 호출한다", u"생성 함수(KEY-Gen)를 호출한다",
                                  u"메타의 라마(Llama)를 쓴다", u"라마(Llama-3) 모델"}) {
            text::Passage p;
            p.text = QString::fromUtf16(t);
            p.page = int(passages.size()) + 1;
            passages.append(p);
        }
        QStringList got;
        for (const facts::AliasFact& a : facts::mineAliases(passages))
            got.append(a.term + QStringLiteral(" = ") + a.alias + QStringLiteral(" p.") +
                       QString::number(a.at.page));
        QCOMPARE(got,
                 (QStringList{QStringLiteral("라마 = Llama p.3"), QStringLiteral("라마 = Llama-3 p.4")}));
    }

    void keysIgnoreCaseSpacingAndHyphens() {
        QCOMPARE(facts::aliasKey(QStringLiteral("Chat GPT")), facts::aliasKey(QStringLiteral("chat-gpt")));
        QCOMPARE(facts::aliasKey(QStringLiteral("K-water")), facts::aliasKey(QStringLiteral("Kwater")));
        QCOMPARE(facts::aliasKey(QStringLiteral("시ㆍ군ㆍ구")), facts::aliasKey(QStringLiteral("시·군·구")));
        QVERIFY(facts::aliasKey(QStringLiteral("AI")) != facts::aliasKey(QStringLiteral("A.I.X")));
    }

    // The dictionary's rules, on lines in libhangul's format.
    void hanjaAbbreviationsFromTheDictionary() {
        const QByteArray dictionary =
            QStringLiteral("미국:美國:아메리카합중국\n미국:尾局:\n인도:印度:인디아\n"
                           "인도:引渡:\n불국:佛國:프랑스\n불란서:佛蘭西:프랑스\n"
                           "한국:韓國:대한민국\n상장:上場:\n")
                .toUtf8();
        const auto table = search::HanjaAbbreviations::fromText(
            dictionary, {QStringLiteral("미국"), QStringLiteral("인도"), QStringLiteral("프랑스"),
                         QStringLiteral("한국"), QStringLiteral("상장")});
        QCOMPARE(table.abbreviationsOf(QStringLiteral("미국")), QStringList{QStringLiteral("美")});
        QCOMPARE(table.abbreviationsOf(QStringLiteral("인도")), QStringList{QStringLiteral("印")});
        QCOMPARE(table.abbreviationsOf(QStringLiteral("프랑스")), QStringList{QStringLiteral("佛")});
        QCOMPARE(table.namesOf(QStringLiteral("韓")), QStringList{QStringLiteral("한국")});
        QVERIFY(
            table.abbreviationsOf(QStringLiteral("상장")).isEmpty()); // a common noun has no meaning field
    }

    void hanjaReadings() {
        const QByteArray dictionary =
            QStringLiteral("직계:直系:\n직계존속:直系尊屬:\n존:尊:높을 존\n속:屬:무리 속\n감:感:느낄 감\n"
                           "응:應:응할 응\n형:形:모양 형\n")
                .toUtf8();
        QCOMPARE(search::HanjaAbbreviations::readingOf(QStringLiteral("直系尊屬"), dictionary),
                 QStringLiteral("직계존속"));
        QCOMPARE(search::HanjaAbbreviations::readingOf(QStringLiteral("感應形"), dictionary),
                 QStringLiteral("감응형"));
        QVERIFY(search::HanjaAbbreviations::readingOf(QStringLiteral("感謝"), dictionary).isEmpty());
    }

    // The packaged dictionary, where installed (Debian libhangul-data; scripts/setup.sh installs it).
    void thePackagedDictionary() {
        const auto& table = search::HanjaAbbreviations::shared();
        if (table.isEmpty())
            QSKIP("libhangul's Hanja dictionary is not installed");
        QVERIFY(table.abbreviationsOf(QStringLiteral("미국")).contains(QStringLiteral("美")));
        QVERIFY(table.abbreviationsOf(QStringLiteral("러시아")).contains(QStringLiteral("露")));
        QVERIFY(table.namesOf(QStringLiteral("印")).contains(QStringLiteral("인도")));
        QCOMPARE(search::HanjaAbbreviations::readingOf(QStringLiteral("解産給與")),
                 QStringLiteral("해산급여"));
    }
};

QTEST_GUILESS_MAIN(TstAliasMiner)
#include "tst_aliasminer.moc"
