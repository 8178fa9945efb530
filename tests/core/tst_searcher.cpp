#include "core/facts/aliasminer.h"
#include "core/search/searcher.h"
#include "core/search/searchquery.h"
#include "core/store/library.h"

#include <QTemporaryDir>
#include <QTest>

#include "documentfixture.h"

using namespace pl;

namespace {} // namespace

class TstSearcher : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Library> m_lib;

    QStringList find(const QString& query) {
        search::Searcher s(*m_lib);
        auto r = s.search(query, 100, search::Searcher::Grouping::Passage);
        if (!r)
            return {QStringLiteral("ERROR: ") + r.error().message};
        QStringList texts;
        for (const auto& h : r->hits)
            if (!h.partial) // the full matches; partial ones are tested on their own
                texts.append(h.text);
        texts.sort();
        return texts;
    }

private slots:
    void initTestCase() {
        auto lib = store::Library::open(m_dir.filePath(QStringLiteral("s.policylens")));
        QVERIFY(lib.has_value());
        m_lib = std::move(*lib);
        QVERIFY(
            m_lib
                ->addDocument(makeDocument(
                    QStringLiteral("/a/plan2023.pdf"), QStringLiteral("s1"),
                    {QStringLiteral("민간의 초거대AI 개발을 지원하는 학습용 데이터를 구축한다"),
                     QStringLiteral("초거대 AI 기술·산업 인프라 확충"),
                     QStringLiteral("GPT-4 출시 이후 경쟁이 심화"), QStringLiteral("총 2,655억원을 투자한다"),
                     QStringLiteral("K-클라우드 프로젝트 추진"), QStringLiteral("국가전략기술 육성"),
                     QStringLiteral("헌법과 법률의 범위")},
                    QStringLiteral("2023-04-14")))
                .has_value());
        QVERIFY(m_lib
                    ->addDocument(makeDocument(QStringLiteral("/a/brief2025.pdf"), QStringLiteral("s2"),
                                               {QStringLiteral("데이터의 품질을 높이고 인재를 양성한다"),
                                                QStringLiteral("GPT4 기반 서비스와 LLaMA 모델"),
                                                QStringLiteral("2655억 원 규모의 예산"),
                                                QStringLiteral("학습용데이터 개방")},
                                               QStringLiteral("2025-06-20")))
                    .has_value());
        QVERIFY(m_lib
                    ->addDocument(makeDocument(QStringLiteral("/a/trends2024.pdf"), QStringLiteral("s3"),
                                               {QStringLiteral("빅데이터 플랫폼과 데이터셋 현황 정리 자료"),
                                                QStringLiteral("생성 AI 서비스 확산과 규제 동향을 살펴본다"),
                                                QStringLiteral("국가 AI 연구 리소스(NARR) 파일럿 착수"),
                                                QStringLiteral("NAIRR 파일럿에 10개 기관이 참여한다"),
                                                QStringLiteral("데이터를 공유하는 체계를 갖춘다")},
                                               QStringLiteral("2024-12-01")))
                    .has_value());
    }

    QStringList ranked(const QString& query, search::Searcher::Grouping grouping) {
        search::Searcher s(*m_lib);
        auto r = s.search(query, 100, grouping);
        if (!r)
            return {QStringLiteral("ERROR: ") + r.error().message};
        QStringList texts;
        for (const auto& h : r->hits)
            if (!h.partial) // the full matches; partial ones are tested on their own
                texts.append(h.text);
        return texts;
    }

    void finds_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("particle attached: 데이터")
            << QStringLiteral("데이터")
            << QStringList{QStringLiteral("데이터의 품질을 높이고 인재를 양성한다"),
                           QStringLiteral("민간의 초거대AI 개발을 지원하는 학습용 데이터를 구축한다"),
                           QStringLiteral("학습용데이터 개방"),
                           QStringLiteral("빅데이터 플랫폼과 데이터셋 현황 정리 자료"),
                           QStringLiteral("데이터를 공유하는 체계를 갖춘다")};
        QTest::newRow("spacing: 초거대 AI")
            << QStringLiteral("초거대 AI")
            << QStringList{QStringLiteral("민간의 초거대AI 개발을 지원하는 학습용 데이터를 구축한다"),
                           QStringLiteral("초거대 AI 기술·산업 인프라 확충")};
        QTest::newRow("spacing: 학습용데이터")
            << QStringLiteral("학습용데이터")
            << QStringList{QStringLiteral("민간의 초거대AI 개발을 지원하는 학습용 데이터를 구축한다"),
                           QStringLiteral("학습용데이터 개방")};
        QTest::newRow("Latin with punctuation: GPT4")
            << QStringLiteral("GPT4")
            << QStringList{QStringLiteral("GPT-4 출시 이후 경쟁이 심화"),
                           QStringLiteral("GPT4 기반 서비스와 LLaMA 모델")};
        QTest::newRow("case: llama") << QStringLiteral("llama")
                                     << QStringList{QStringLiteral("GPT4 기반 서비스와 LLaMA 모델")};
        QTest::newRow("numbers: 2655억원") << QStringLiteral("2655억원")
                                           << QStringList{QStringLiteral("2655억 원 규모의 예산"),
                                                          QStringLiteral("총 2,655억원을 투자한다")};
        QTest::newRow("hyphenated: K-클라우드")
            << QStringLiteral("K-클라우드") << QStringList{QStringLiteral("K-클라우드 프로젝트 추진")};
        QTest::newRow("one syllable: 법")
            << QStringLiteral("법") << QStringList{QStringLiteral("헌법과 법률의 범위")};
        QTest::newRow("two syllables: 인재")
            << QStringLiteral("인재")
            << QStringList{QStringLiteral("데이터의 품질을 높이고 인재를 양성한다")};
        QTest::newRow("exclusion")
            << QStringLiteral("데이터 -개방 -빅데이터 -공유")
            << QStringList{QStringLiteral("데이터의 품질을 높이고 인재를 양성한다"),
                           QStringLiteral("민간의 초거대AI 개발을 지원하는 학습용 데이터를 구축한다")};
        QTest::newRow("OR") << QStringLiteral("llama OR 클라우드")
                            << QStringList{QStringLiteral("GPT4 기반 서비스와 LLaMA 모델"),
                                           QStringLiteral("K-클라우드 프로젝트 추진")};
        QTest::newRow("year filter") << QStringLiteral("데이터 year:2025")
                                     << QStringList{QStringLiteral("데이터의 품질을 높이고 인재를 양성한다"),
                                                    QStringLiteral("학습용데이터 개방")};
        QTest::newRow("year range") << QStringLiteral("GPT4 year:2020..2024")
                                    << QStringList{QStringLiteral("GPT-4 출시 이후 경쟁이 심화")};
        QTest::newRow("doc filter") << QStringLiteral("2655억원 doc:2")
                                    << QStringList{QStringLiteral("2655억 원 규모의 예산")};
        QTest::newRow("alias: 인공지능 finds AI")
            << QStringLiteral("초거대 인공지능")
            << QStringList{QStringLiteral("민간의 초거대AI 개발을 지원하는 학습용 데이터를 구축한다"),
                           QStringLiteral("초거대 AI 기술·산업 인프라 확충")};
        QTest::newRow("bigrams that meet by accident are not a match: 가전")
            << QStringLiteral("가전") << QStringList{};
        QTest::newRow("concept from the synonym list: 생성형 AI finds 생성 AI")
            << QStringLiteral("생성형 AI")
            << QStringList{QStringLiteral("생성 AI 서비스 확산과 규제 동향을 살펴본다")};
        QTest::newRow("acronym misspelt in the document: NAIRR finds NARR")
            << QStringLiteral("NAIRR")
            << QStringList{QStringLiteral("NAIRR 파일럿에 10개 기관이 참여한다"),
                           QStringLiteral("국가 AI 연구 리소스(NARR) 파일럿 착수")};
        QTest::newRow("Hanja abbreviation: 美 finds 미국 (none here)")
            << QStringLiteral("美") << QStringList{};
        QTest::newRow("phrase in quotes") << QStringLiteral("\"인프라 확충\"")
                                          << QStringList{QStringLiteral("초거대 AI 기술·산업 인프라 확충")};
    }
    void finds() {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(find(query), expected);
    }

    void rankingPrefersTheWordOverCompoundsAndTheSpellingAsTyped() {
        const QStringList hits = ranked(QStringLiteral("데이터"), search::Searcher::Grouping::Passage);
        QVERIFY(hits.size() >= 4);
        // A noun with its particle stands above the same noun inside compounds (빅데이터, 데이터셋,
        // 학습용데이터).
        QVERIFY2(hits.indexOf(QStringLiteral("데이터를 공유하는 체계를 갖춘다")) <
                     hits.indexOf(QStringLiteral("빅데이터 플랫폼과 데이터셋 현황 정리 자료")),
                 qPrintable(hits.join(QLatin1Char('|'))));
        QVERIFY(hits.indexOf(QStringLiteral("데이터의 품질을 높이고 인재를 양성한다")) <
                hits.indexOf(QStringLiteral("학습용데이터 개방")));
        const QStringList acronym = ranked(QStringLiteral("NAIRR"), search::Searcher::Grouping::Passage);
        QCOMPARE(acronym.value(0), QStringLiteral("NAIRR 파일럿에 10개 기관이 참여한다"));
    }

    void pageGroupingJoinsThePassagesOfAPage() {
        search::Searcher s(*m_lib);
        auto r = s.search(QStringLiteral("데이터"), 100, search::Searcher::Grouping::Page);
        QVERIFY(r.has_value());
        // makeDocument puts every passage on page 1: one hit per document, holding all its matches.
        QCOMPARE(r->hits.size(), 3);
        for (const auto& h : r->hits) {
            QVERIFY(!h.passages.isEmpty());
            QCOMPARE(h.boxes.size(), h.passages.size());
            for (const auto& p : h.passages)
                QVERIFY(h.text.contains(p.text));
        }
    }

    void hostileQueriesNeverReachSql_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"데이터");
        QTest::newRow("parentheses") << QStringLiteral("(데이터 OR");
        QTest::newRow("NEAR") << QStringLiteral("NEAR(데이터 인재, 3)");
        QTest::newRow("star") << QStringLiteral("데이*");
        QTest::newRow("column filter") << QStringLiteral("text:데이터");
        QTest::newRow("caret and braces") << QStringLiteral("^데이터 {text}");
        QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE passages; --");
        QTest::newRow("very long") << QString(QStringLiteral("데이터 ")).repeated(5000);
        QTest::newRow("only minus") << QStringLiteral("-데이터");
        QTest::newRow("empty") << QString();
        QTest::newRow("punctuation only") << QStringLiteral("!!! ??? ...");
    }
    void hostileQueriesNeverReachSql() {
        QFETCH(QString, query);
        search::Searcher s(*m_lib);
        auto r = s.search(query, 10);
        if (!r) {
            QCOMPARE(int(r.error().kind), int(Error::Kind::Query)); // a friendly message, not an SQL error
            QVERIFY(!r.error().message.contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        }
        QCOMPARE(m_lib->documents().value().size(), 3);
    }

    void aCommonWordInALargeLibraryIsSampledAcrossIt() {
        // More matching passages than the searcher reads from the index: the hits must come from the whole
        // library (not only the first documents added), the result says it is a sample, and a rarer word in
        // the same library is still found completely.
        QTemporaryDir dir;
        auto opened = store::Library::open(dir.filePath(QStringLiteral("big.policylens")));
        QVERIFY(opened.has_value());
        auto& lib = **opened;
        const int documents = 20;
        const int perDocument = search::Searcher::kMatchCap / documents * 2;
        for (int d = 0; d < documents; ++d) {
            QStringList paragraphs;
            // The passages that are about the budget (예산을 …) all sit in the last document added.
            for (int i = 0; i < perDocument; ++i)
                paragraphs.append(i % 50 == 7 ? QStringLiteral("바우처 %1-%2 예산 항목").arg(d).arg(i)
                                  : d == documents - 1 ? QStringLiteral("예산을 늘린다 %1-%2").arg(d).arg(i)
                                                       : QStringLiteral("예산 항목 %1-%2").arg(d).arg(i));
            QVERIFY(lib.addDocument(makeDocument(QStringLiteral("/big/%1.pdf").arg(d),
                                                 QStringLiteral("big%1").arg(d), paragraphs))
                        .has_value());
        }
        search::Searcher s(lib);
        auto common = s.search(QStringLiteral("예산"), 200, search::Searcher::Grouping::Passage);
        QVERIFY(common.has_value());
        QVERIFY(!common->complete);
        QCOMPARE(common->hits.size(), 200);
        QCOMPARE(common->hits.first().docId, qint64(documents));
        QVERIFY(common->hits.first().text.startsWith(QStringLiteral("예산을")));

        auto rare = s.search(QStringLiteral("바우처"), 1000, search::Searcher::Grouping::Passage);
        QVERIFY(rare.has_value());
        QVERIFY(rare->complete);
        QCOMPARE(rare->hits.size(), documents * (perDocument / 50));
    }

    void aCommonWordBesideARareOneIsProvenInTheText() {
        // AI in thousands of passages, 바우처 in a few: only the passages with both (or 인공지능, its
        // synonym, beside 바우처) are hits, and AI inside MAIL is not AI.
        QTemporaryDir dir;
        auto opened = store::Library::open(dir.filePath(QStringLiteral("common.policylens")));
        QVERIFY(opened.has_value());
        auto& lib = **opened;
        QStringList paragraphs;
        for (int i = 0; i < 4100; ++i)
            paragraphs.append(QStringLiteral("AI 과제 %1").arg(i));
        paragraphs << QStringLiteral("AI 바우처 지원 사업") << QStringLiteral("바우처 예산 집행")
                   << QStringLiteral("인공지능 바우처 확대") << QStringLiteral("MAIL 바우처 안내");
        QVERIFY(
            lib.addDocument(makeDocument(QStringLiteral("/common/1.pdf"), QStringLiteral("c1"), paragraphs))
                .has_value());
        search::Searcher s(lib);
        auto r = s.search(QStringLiteral("AI 바우처"), 50, search::Searcher::Grouping::Passage);
        QVERIFY(r.has_value());
        QStringList texts;
        for (const auto& h : r->hits)
            if (!h.partial) // the full matches; partial ones are tested on their own
                texts.append(h.text);
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("AI 바우처 지원 사업"),
                                     QStringLiteral("인공지능 바우처 확대")}));
        QVERIFY(r->complete);
    }

    void aPhraseWithACommonWordIsProvenInTheText() {
        // AI and HBM in nearly every passage: 초거대 AI is looked up without AI, and the text decides. 초거대
        // and AI apart are not 초거대 AI; 초거대인공지능 is (its synonym); a one-syllable word (법) beside
        // them is proved the same way.
        QTemporaryDir dir;
        auto opened = store::Library::open(dir.filePath(QStringLiteral("phrase.policylens")));
        QVERIFY(opened.has_value());
        auto& lib = **opened;
        QStringList paragraphs;
        for (int i = 0; i < 4100; ++i)
            paragraphs.append(QStringLiteral("AI HBM 과제 %1").arg(i));
        paragraphs << QStringLiteral("HBM 바우처 지원") << QStringLiteral("바우처 안내")
                   << QStringLiteral("초거대 AI 플랫폼 구축") << QStringLiteral("초거대 플랫폼과 AI 서비스")
                   << QStringLiteral("초거대인공지능 플랫폼 고도화") << QStringLiteral("초거대 AI 경쟁력")
                   << QStringLiteral("초거대AI 플랫폼 법 제정") << QStringLiteral("AI 법 제정");
        QVERIFY(
            lib.addDocument(makeDocument(QStringLiteral("/phrase/1.pdf"), QStringLiteral("p1"), paragraphs))
                .has_value());
        search::Searcher s(lib);
        auto texts = [&](const QString& query) {
            auto r = s.search(query, 50, search::Searcher::Grouping::Passage);
            QStringList out;
            if (!r)
                return QStringList{r.error().message};
            for (const auto& h : r->hits)
                if (!h.partial)
                    out.append(h.text);
            out.sort();
            return out;
        };
        QCOMPARE(
            texts(QStringLiteral("초거대 AI 플랫폼")),
            (QStringList{QStringLiteral("초거대 AI 플랫폼 구축"), QStringLiteral("초거대AI 플랫폼 법 제정"),
                         QStringLiteral("초거대인공지능 플랫폼 고도화")}));
        QCOMPARE(texts(QStringLiteral("초거대 AI 법")),
                 (QStringList{QStringLiteral("초거대AI 플랫폼 법 제정")}));
        // A Latin word has no Hangul to prove: left out of the look-up, its text must still hold it.
        QCOMPARE(texts(QStringLiteral("HBM 바우처")), (QStringList{QStringLiteral("HBM 바우처 지원")}));
        QCOMPARE(texts(QStringLiteral("AI 법")),
                 (QStringList{QStringLiteral("AI 법 제정"), QStringLiteral("초거대AI 플랫폼 법 제정")}));
    }

    // Not every word in one passage: the passages with most of the words follow the full matches (none here),
    // each marked with what it lacks; a query whose words stand together gets no partial hits.
    void partialMatchesFollowWithTheWordsTheyLack_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("full");
        QTest::addColumn<QStringList>("lacking"); // per partial hit, in order, the missing words joined by +
        QTest::newRow("two words never together")
            << QStringLiteral("반도체 예산") << 0
            << QStringList{QStringLiteral("예산"), QStringLiteral("예산"), QStringLiteral("반도체")};
        QTest::newRow("three words, two together")
            << QStringLiteral("반도체 예산 확대") << 0
            << QStringList{QStringLiteral("반도체")}; // a passage with one word of three is too little
        QTest::newRow("words that stand together") << QStringLiteral("예산 확대") << 1 << QStringList{};
    }
    void partialMatchesFollowWithTheWordsTheyLack() {
        QFETCH(QString, query);
        QFETCH(int, full);
        QFETCH(QStringList, lacking);
        QTemporaryDir dir;
        auto opened = store::Library::open(dir.filePath(QStringLiteral("partial.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        QVERIFY(lib.addDocument(makeDocument(QStringLiteral("/p/1.pdf"), QStringLiteral("p1"),
                                             {QStringLiteral("차세대 반도체 설계 역량을 높인다"),
                                              QStringLiteral("시스템 반도체 인재를 기른다"),
                                              QStringLiteral("내년 예산 확대를 검토한다"),
                                              QStringLiteral("관련 없는 문장")},
                                             QStringLiteral("2024-01-01")))
                    .has_value());
        search::Searcher s(lib);
        auto r = s.search(query, 20, search::Searcher::Grouping::Passage);
        QVERIFY(r.has_value());
        int fullHits = 0;
        QStringList got;
        for (const search::SearchHit& h : r->hits) {
            if (!h.partial) {
                QVERIFY2(got.isEmpty(), "a full match ranks below a partial one");
                ++fullHits;
            } else {
                got << h.missing.join(u'+');
            }
        }
        QCOMPARE(fullHits, full);
        // Ties (same words, same rarity) may come in either order.
        QStringList sortedGot = got, sortedWant = lacking;
        sortedGot.sort();
        sortedWant.sort();
        QCOMPARE(sortedGot, sortedWant);
        if (!lacking.isEmpty())
            QCOMPARE(got.constFirst().count(u'+'), 0); // the hit lacking fewest words leads

        // By page, the page holding every word in different passages is a hit that lacks nothing.
        auto pages = s.search(query, 20, search::Searcher::Grouping::Page);
        QVERIFY(pages.has_value());
        QCOMPARE(pages->hits.size(), 1);
        QCOMPARE(pages->hits.constFirst().partial, full == 0);
        QVERIFY(pages->hits.constFirst().missing.isEmpty());
    }

    void hitsCarryPageBoxesAndMarkedSnippet() {
        search::Searcher s(*m_lib);
        auto r = s.search(QStringLiteral("인재"), 10);
        QVERIFY(r.has_value());
        QCOMPARE(r->hits.size(), 1);
        const auto& h = r->hits[0];
        QCOMPARE(h.page, 1);
        QCOMPARE(h.boxes.size(), 1);
        QVERIFY2(h.snippet.contains(QStringLiteral("<b>인재</b>")), qPrintable(h.snippet));
        QVERIFY(h.score > 0);
    }

    // What a document defines is searched under either name, and says so; the user can leave it out.
    // Amounts, versions and Latin words typed apart are one; Hanja is read.
    void spellingsTheLibraryAndTheDictionariesKnow_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alias, Latin side")
            << QStringLiteral("NeuroNet") << QStringLiteral("뉴로넷 모델을 도입");
        QTest::newRow("alias, Korean side") << QStringLiteral("뉴로넷") << QStringLiteral("NeuroNet 2 공개");
        QTest::newRow("amount typed apart")
            << QStringLiteral("35만 원") << QStringLiteral("참가비 35만원 지원");
        QTest::newRow("version typed apart")
            << QStringLiteral("NeuroNet 2") << QStringLiteral("NeuroNet 2 공개");
        QTest::newRow("words typed apart") << QStringLiteral("Data Lake") << QStringLiteral("DataLake 구축");
        QTest::newRow("inflection") << QStringLiteral("data lakes") << QStringLiteral("DataLake 구축");
        QTest::newRow("middle dot") << QStringLiteral("시 군 구") << QStringLiteral("시ㆍ군ㆍ구 협의");
    }
    void spellingsTheLibraryAndTheDictionariesKnow() {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto opened = store::Library::open(dir.filePath(QStringLiteral("alias.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        QVERIFY(lib.addDocument(
                       makeDocument(QStringLiteral("/al/1.pdf"), QStringLiteral("al1"),
                                    {QStringLiteral("연구소는 뉴로넷(NeuroNet)을 개발하였다"),
                                     QStringLiteral("뉴로넷 모델을 도입"), QStringLiteral("NeuroNet 2 공개"),
                                     QStringLiteral("참가비 35만원 지원"), QStringLiteral("DataLake 구축"),
                                     QStringLiteral("시ㆍ군ㆍ구 협의")},
                                    QStringLiteral("2024-01-01")))
                    .has_value());
        search::Searcher s(lib);
        auto r = s.search(query, 20, search::Searcher::Grouping::Passage);
        QVERIFY(r.has_value());
        QStringList texts;
        for (const search::SearchHit& h : r->hits)
            if (!h.partial)
                texts.append(h.text);
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QStringLiteral(" | "))));
    }

    void usedAliasesAreReportedAndCanBeLeftOut() {
        QTemporaryDir dir;
        auto opened = store::Library::open(dir.filePath(QStringLiteral("alias2.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        QVERIFY(lib.addDocument(makeDocument(QStringLiteral("/al/2.pdf"), QStringLiteral("al2"),
                                             {QStringLiteral("연구소는 뉴로넷(NeuroNet)을 개발하였다"),
                                              QStringLiteral("뉴로넷 모델을 도입")},
                                             QStringLiteral("2024-01-01")))
                    .has_value());
        search::Searcher s(lib);
        auto with = s.search(QStringLiteral("NeuroNet"), 20, search::Searcher::Grouping::Passage);
        QVERIFY(with.has_value());
        QCOMPARE(with->aliases.size(), 1);
        QCOMPARE(with->aliases[0].alias, QStringLiteral("뉴로넷"));
        QCOMPARE(with->aliases[0].path, QStringLiteral("/al/2.pdf"));
        QCOMPARE(with->aliases[0].page, 1);
        QCOMPARE(with->hits.size(), 2);
        auto without = s.search(QStringLiteral("NeuroNet"), 20, search::Searcher::Grouping::Passage,
                                {facts::aliasKey(QStringLiteral("뉴로넷"))});
        QVERIFY(without.has_value());
        QVERIFY(without->aliases.isEmpty());
        QCOMPARE(without->hits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSearcher)
#include "tst_searcher.moc"
