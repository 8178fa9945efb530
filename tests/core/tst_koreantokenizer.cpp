#include "core/text/koreantokenizer.h"
#include "core/text/textnormalizer.h"

#include <QTest>

using pl::text::KoreanTokenizer;

namespace {
QStringList q(const QString& s) {
    return KoreanTokenizer::terms(pl::text::normalizeText(s), KoreanTokenizer::Mode::Query);
}
bool containsRun(const QStringList& hay, const QStringList& needle) {
    for (qsizetype i = 0; i + needle.size() <= hay.size(); ++i)
        if (hay.mid(i, needle.size()) == needle)
            return true;
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
        QVERIFY2(containsRun(q(word), q(stem)), qPrintable(q(word).join(QLatin1Char(' '))));
    }

    void documentModeAddsLastSyllable() {
        const QStringList doc =
            KoreanTokenizer::terms(QStringLiteral("헌법"), KoreanTokenizer::Mode::Document);
        QCOMPARE(doc, (QStringList{QStringLiteral("헌법"), QStringLiteral("법")}));
    }

    void punctuationSeparates() {
        QCOMPARE(q(QStringLiteral("데이터·인재")),
                 (QStringList{QStringLiteral("데이"), QStringLiteral("이터"), QStringLiteral("인재")}));
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
