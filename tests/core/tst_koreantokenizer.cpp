#include "core/text/koreantokenizer.h"
#include "core/text/textnormalizer.h"

#include <QSet>
#include <QTest>

using pl::text::KoreanTokenizer;

namespace {
QStringList q(const QString& s) {
    return KoreanTokenizer::terms(pl::text::normalizeText(s), KoreanTokenizer::Mode::Query);
}
/// The terms a document stores at each position (a colocated term shares the position before it).
QList<QSet<QString>> positions(const QString& s) {
    QList<QSet<QString>> out;
    const QByteArray utf8 = pl::text::normalizeText(s).toUtf8();
    KoreanTokenizer::tokenize(utf8, KoreanTokenizer::Mode::Document, [&](const KoreanTokenizer::Token& t) {
        if (!t.colocated || out.isEmpty())
            out.append(QSet<QString>());
        out.last().insert(QString::fromStdString(t.text));
        return true;
    });
    return out;
}
/// Whether the phrase of a query's terms stands in a document, as FTS5 matches it.
bool phraseIn(const QList<QSet<QString>>& doc, const QStringList& phrase) {
    for (qsizetype p = 0; p + phrase.size() <= doc.size(); ++p) {
        bool all = true;
        for (qsizetype i = 0; all && i < phrase.size(); ++i)
            all = doc[p + i].contains(phrase[i]);
        if (all)
            return true;
    }
    return false;
}
} // namespace

class TstKoreanTokenizer : public QObject {
    Q_OBJECT
private slots:
    void sameTerms_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("spacing: 초거대AI = 초거대 AI")
            << QStringLiteral("초거대AI") << QStringLiteral("초거대 AI");
        QTest::newRow("spacing: 학습용 데이터")
            << QStringLiteral("학습용 데이터") << QStringLiteral("학습용데이터");
        QTest::newRow("case and hyphen: GPT-4 = gpt4") << QStringLiteral("GPT-4") << QStringLiteral("gpt4");
        QTest::newRow("case: LLaMA = LLAMA") << QStringLiteral("LLaMA") << QStringLiteral("LLAMA");
        QTest::newRow("digit groups: 2,655억원")
            << QStringLiteral("2,655억원") << QStringLiteral("2655억 원");
        QTest::newRow("full-width Latin") << QStringLiteral("ＡＩ") << QStringLiteral("ai");
        QTest::newRow("NFD input")
            << QString(QStringLiteral("데이터")).normalized(QString::NormalizationForm_D)
            << QStringLiteral("데이터");
        QTest::newRow("middle dot variants separate alike")
            << QStringLiteral("소득\u318D지출") << QStringLiteral("소득·지출");
    }
    void sameTerms() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(q(a), q(b));
    }

    void particlesKeepStem_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("데이터를") << QStringLiteral("데이터를") << QStringLiteral("데이터");
        QTest::newRow("데이터의") << QStringLiteral("데이터의") << QStringLiteral("데이터");
        QTest::newRow("인재양성") << QStringLiteral("인재양성") << QStringLiteral("인재");
        QTest::newRow("K-클라우드") << QStringLiteral("K-클라우드를") << QStringLiteral("K-클라우드");
        QTest::newRow("line-broken word") << QStringLiteral("인공지\n능을") << QStringLiteral("인공지능");
    }
    void particlesKeepStem() {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QVERIFY2(phraseIn(positions(word), q(stem)), qPrintable(q(stem).join(QLatin1Char(' '))));
    }

    // A query spells a word with trigrams, and a trigram phrase matches exactly where the bigram phrase
    // would: inside a compound, across spacing, and not across punctuation.
    void trigramPhrases_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("matches");
        const QStringList aiTerms{QStringLiteral("인공지"), QStringLiteral("공지능")};
        QTest::newRow("인공지능 in a compound")
            << QStringLiteral("인공지능") << aiTerms << QStringLiteral("생성형인공지능을") << true;
        QTest::newRow("인공지능 across a space")
            << QStringLiteral("인공지능") << aiTerms << QStringLiteral("인공 지능") << true;
        QTest::newRow("not across punctuation")
            << QStringLiteral("인공지능") << aiTerms << QStringLiteral("인공, 지능") << false;
        // A middle dot joins list items as a space does, in every variant: 시·군·구 = 시ㆍ군ㆍ구 = 시 군 구.
        QTest::newRow("across a middle dot")
            << QStringLiteral("시군구") << QStringList{QStringLiteral("시군구")}
            << QStringLiteral("시ㆍ군ㆍ구") << true;
        QTest::newRow("a middle dot queried with another")
            << QStringLiteral("우선허용·사후규제") << q(QStringLiteral("우선허용 사후규제"))
            << QStringLiteral("우선허용ㆍ사후규제") << true;
        QTest::newRow("a katakana middle dot")
            << QStringLiteral("일 가정") << QStringList{QStringLiteral("일가정")}
            << QStringLiteral("일・가정 양립") << true;
        QTest::newRow("초거대 AI keeps the bigram before the Latin word")
            << QStringLiteral("초거대 AI")
            << QStringList{QStringLiteral("초거대"), QStringLiteral("거대"), QStringLiteral("ai")}
            << QStringLiteral("초거대AI는") << true;
        QTest::newRow("three syllables are one term")
            << QStringLiteral("저작권") << QStringList{QStringLiteral("저작권")} << QStringLiteral("저작권법")
            << true;
        QTest::newRow("two syllables stay a bigram")
            << QStringLiteral("예산") << QStringList{QStringLiteral("예산")} << QStringLiteral("예산을")
            << true;
        QTest::newRow("a trigram needs its syllables in order")
            << QStringLiteral("가전략") << QStringList{QStringLiteral("가전략")}
            << QStringLiteral("국가 전략") << true;
        QTest::newRow("no false trigram") << QStringLiteral("가전자") << QStringList{QStringLiteral("가전자")}
                                          << QStringLiteral("국가전략") << false;
    }
    void trigramPhrases() {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QFETCH(QString, document);
        QFETCH(bool, matches);
        QCOMPARE(q(query), terms);
        QCOMPARE(phraseIn(positions(document), terms), matches);
    }

    void documentModeAddsLastSyllable() {
        const QStringList doc =
            KoreanTokenizer::terms(QStringLiteral("헌법"), KoreanTokenizer::Mode::Document);
        QCOMPARE(doc, (QStringList{QStringLiteral("헌법"), QStringLiteral("법")}));
        // Each bigram has its trigram beside it, then the run's last syllable.
        QList<KoreanTokenizer::Token> tokens;
        KoreanTokenizer::tokenize(QStringLiteral("데이터").toUtf8(), KoreanTokenizer::Mode::Document,
                                  [&](const KoreanTokenizer::Token& t) {
                                      tokens.append(t);
                                      return true;
                                  });
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(QString::fromStdString(tokens[1].text), QStringLiteral("데이터"));
        QVERIFY(tokens[1].colocated);
        QCOMPARE(tokens[1].kind, KoreanTokenizer::Token::Kind::Trigram);
        QCOMPARE(QString::fromStdString(tokens[2].text), QStringLiteral("이터"));
        QVERIFY(!tokens[2].colocated);
    }

    void punctuationSeparates() {
        // The run's last bigram stays when more of the phrase follows, so that positions still line up.
        QCOMPARE(q(QStringLiteral("데이터,인재")),
                 (QStringList{QStringLiteral("데이터"), QStringLiteral("이터"), QStringLiteral("인재")}));
        QVERIFY(phraseIn(positions(QStringLiteral("데이터,인재")), q(QStringLiteral("데이터,인재"))));
    }

    // English words are found inflected (Snowball stems) and joined or apart (Chat GPT = ChatGPT).
    void englishStemsAndJoins_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("matches");
        QTest::newRow("plural") << QStringLiteral("foundation model")
                                << QStringLiteral("dual-use foundation models") << true;
        QTest::newRow("-ing") << QStringLiteral("regulate") << QStringLiteral("regulating AI") << true;
        QTest::newRow("-ed") << QStringLiteral("elliptic curve") << QStringLiteral("elliptic curves") << true;
        QTest::newRow("joined in the text")
            << QStringLiteral("Kwater") << QStringLiteral("K-water 사장") << true;
        QTest::newRow("spaced in the text")
            << QStringLiteral("ChatGPT") << QStringLiteral("Chat GPT 출시") << true;
        QTest::newRow("case") << QStringLiteral("hyperclova") << QStringLiteral("HyperCLOVA X") << true;
        QTest::newRow("a dash is not a hyphen")
            << QStringLiteral("aibased") << QStringLiteral("AI - based") << false;
        QTest::newRow("another word") << QStringLiteral("models") << QStringLiteral("modern") << false;
    }
    void englishStemsAndJoins() {
        QFETCH(QString, query);
        QFETCH(QString, document);
        QFETCH(bool, matches);
        QCOMPARE(phraseIn(positions(document), q(query)), matches);
    }

    void stemsAreSnowballs() {
        QCOMPARE(KoreanTokenizer::stem("models"), std::string("model"));
        QCOMPARE(KoreanTokenizer::stem("regulations"), std::string("regul"));
        QCOMPARE(KoreanTokenizer::stem("ai"), std::string("ai"));     // too short to stem
        QCOMPARE(KoreanTokenizer::stem("gpt4"), std::string("gpt4")); // not a word of letters
    }

    void offsetsAreBytes() {
        const QByteArray utf8 = QStringLiteral("AI 모델").toUtf8();
        QList<KoreanTokenizer::Token> tokens;
        KoreanTokenizer::tokenize(utf8, KoreanTokenizer::Mode::Query, [&](const KoreanTokenizer::Token& t) {
            tokens.append(t);
            return true;
        });
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens[0].start, 0);
        QCOMPARE(tokens[0].end, 2);
        QCOMPARE(utf8.mid(tokens[1].start, tokens[1].end - tokens[1].start), QStringLiteral("모델").toUtf8());
    }

    void hostileInputDoesNotCrash() {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char(i * 37 % 256));
        bool offsetsInRange = true;
        KoreanTokenizer::tokenize(
            junk, KoreanTokenizer::Mode::Document, [&](const KoreanTokenizer::Token& t) {
                offsetsInRange &= t.start >= 0 && t.start < t.end && t.end <= junk.size() && !t.text.empty();
                return true;
            });
        QVERIFY(offsetsInRange);
    }
};

QTEST_APPLESS_MAIN(TstKoreanTokenizer)
#include "tst_koreantokenizer.moc"
