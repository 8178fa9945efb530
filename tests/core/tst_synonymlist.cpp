#include "core/search/searchquery.h"
#include "core/search/synonymlist.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pl;

class TstSynonymList : public QObject {
    Q_OBJECT

private slots:
    void defaultsHoldTheUsualGroups_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("AI / 인공지능") << QStringLiteral("AI") << QStringLiteral("인공지능");
        QTest::newRow("美 / 미국") << QStringLiteral("美") << QStringLiteral("미국");
        QTest::newRow("上 / 상반기") << QStringLiteral("上") << QStringLiteral("상반기");
        QTest::newRow("年 / 연간") << QStringLiteral("年") << QStringLiteral("연간");
        QTest::newRow("新 / 신") << QStringLiteral("新") << QStringLiteral("신");
        QTest::newRow("LLM / 대규모 언어모델") << QStringLiteral("LLM") << QStringLiteral("대규모 언어모델");
        QTest::newRow("파운데이션 모델 / 기초 모형")
            << QStringLiteral("파운데이션 모델") << QStringLiteral("기초 모형");
        QTest::newRow("생성형 AI / 생성 AI") << QStringLiteral("생성형 AI") << QStringLiteral("생성 AI");
    }
    void defaultsHoldTheUsualGroups() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        bool found = false;
        const search::SynonymList defaults = search::SynonymList::defaults();
        for (const QStringList& g : defaults.groups())
            found = found || (g.contains(a) && g.contains(b));
        QVERIFY2(found, qPrintable(a + QStringLiteral(" / ") + b));
    }

    void parsesCommentsBlanksAndDrops() {
        const auto list = search::SynonymList::parse(
            QStringLiteral("# a comment\n\n NPU | 신경망처리장치 # trailing comment\n!上\nlonely\n a|A \n"));
        QCOMPARE(list.groups().size(), 1); // a lone word and a group of case variants are not groups
        QCOMPARE(list.groups()[0], (QStringList{QStringLiteral("NPU"), QStringLiteral("신경망처리장치")}));
        QCOMPARE(list.dropped(), QStringList{QStringLiteral("上")});
        const auto merged = list.mergedOnto(search::SynonymList::defaults());
        bool hasUpper = false, hasNpu = false;
        for (const QStringList& g : merged.groups()) {
            hasUpper = hasUpper || g.contains(QStringLiteral("上"));
            hasNpu = hasNpu || g.contains(QStringLiteral("NPU"));
        }
        QVERIFY(!hasUpper);
        QVERIFY(hasNpu);
        // The text form reads back the same.
        const auto again = search::SynonymList::parse(list.toText());
        QCOMPARE(again.groups(), list.groups());
        QCOMPARE(again.dropped(), list.dropped());
    }

    void aMissingFileIsAClearError() {
        auto r = search::SynonymList::load(QStringLiteral("/nonexistent/synonyms.txt"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().file, QStringLiteral("/nonexistent/synonyms.txt"));
    }

    void theUsersFileIsUsedByQueries() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("synonyms.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("NPU | 신경망처리장치\n").toUtf8());
        f.close();
        qputenv("POLICYLENS_SYNONYMS", path.toUtf8());
        search::SynonymList::reloadActive();
        auto q = search::SearchQuery::parse(QStringLiteral("NPU"));
        QVERIFY(q.has_value());
        QVERIFY(q->groups[0][0].surfaces.contains(QStringLiteral("신경망처리장치")));
        qunsetenv("POLICYLENS_SYNONYMS");
        search::SynonymList::reloadActive();
    }
};

QTEST_GUILESS_MAIN(TstSynonymList)
#include "tst_synonymlist.moc"
