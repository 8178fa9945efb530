#include "core/store/catalog.h"
#include "core/store/library.h"
#include "documentfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pl;

/// Tags, collections and the facts the window shows beside documents (schema 3).
class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void tagsAreCleanedAndReplaced();
    void collectionsHoldDocuments();
    void removingADocumentForgetsItsTagsAndCollections();
    void countriesAndFactBoxesComeFromFacts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Library> m_library;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestCatalog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = store::Library::open(m_dir->filePath(QStringLiteral("library.policylens")));
    QVERIFY(library);
    m_library = std::move(*library);
    auto first = m_library->addDocument(makeDocument(
        QStringLiteral("/docs/plan.pdf"), QStringLiteral("a1"),
        {QStringLiteral("Ⅰ. 추진 배경"), QStringLiteral("미국은 2023년 5월 인공지능에 1조 원을 투자했다."),
         QStringLiteral("중국은 인공지능 인재 양성에 힘쓰고 있다.")},
        QStringLiteral("2023-04-14")));
    auto second = m_library->addDocument(
        makeDocument(QStringLiteral("/docs/press.pdf"), QStringLiteral("b2"), {QStringLiteral("보도자료")}));
    QVERIFY(first && second);
    m_first = first->id;
    m_second = second->id;
}

void TestCatalog::tagsAreCleanedAndReplaced() {
    store::Catalog catalog(*m_library);
    QVERIFY(catalog.setTags(m_first, {QStringLiteral(" 예산 "), QStringLiteral(""), QStringLiteral("예산"),
                                      QStringLiteral("초거대  AI")}));
    QCOMPARE(catalog.tagsByDocument().value().value(m_first),
             (QStringList{QStringLiteral("예산"), QStringLiteral("초거대 AI")}));
    QVERIFY(catalog.setTags(m_first, {QStringLiteral("검토")}));
    QCOMPARE(catalog.tagsByDocument().value().value(m_first), QStringList{QStringLiteral("검토")});
    QCOMPARE(catalog.allTags().value(), QStringList{QStringLiteral("검토")});
    QVERIFY(catalog.tagsByDocument().value().value(m_second).isEmpty());
}

void TestCatalog::collectionsHoldDocuments() {
    store::Catalog catalog(*m_library);
    auto id = catalog.createCollection(QStringLiteral("AI 전략"));
    QVERIFY(id);
    QCOMPARE(*catalog.createCollection(QStringLiteral(" AI  전략 ")), *id); // the same name is the same one
    QVERIFY(!catalog.createCollection(QStringLiteral("  ")));
    QVERIFY(catalog.addToCollection(*id, m_first));
    QVERIFY(catalog.addToCollection(*id, m_first));
    QVERIFY(catalog.addToCollection(*id, m_second));
    QCOMPARE(catalog.documentsIn(*id).value(), (QSet<qint64>{m_first, m_second}));
    QCOMPARE(catalog.collections().value().size(), 1);
    QCOMPARE(catalog.collections().value().constFirst().size, 2);
    QCOMPARE(catalog.collectionsOf(m_first).value(), QList<qint64>{*id});
    QVERIFY(catalog.removeFromCollection(*id, m_second));
    QCOMPARE(catalog.documentsIn(*id).value(), QSet<qint64>{m_first});
    QVERIFY(catalog.removeCollection(*id));
    QVERIFY(catalog.collections().value().isEmpty());
    QVERIFY(catalog.collectionsOf(m_first).value().isEmpty());
}

void TestCatalog::removingADocumentForgetsItsTagsAndCollections() {
    store::Catalog catalog(*m_library);
    QVERIFY(catalog.setTags(m_first, {QStringLiteral("예산")}));
    auto id = catalog.createCollection(QStringLiteral("모음"));
    QVERIFY(id && catalog.addToCollection(*id, m_first));
    QVERIFY(m_library->removeDocument(m_first));
    QVERIFY(catalog.tagsByDocument().value().isEmpty());
    QVERIFY(catalog.documentsIn(*id).value().isEmpty());
    QCOMPARE(catalog.collections().value().size(), 1); // the collection itself stays
}

void TestCatalog::countriesAndFactBoxesComeFromFacts() {
    store::Catalog catalog(*m_library);
    const QStringList countries = catalog.countriesByDocument().value().value(m_first);
    QVERIFY2(countries.contains(QStringLiteral("US")), qPrintable(countries.join(QLatin1Char(','))));
    QVERIFY(countries.contains(QStringLiteral("CN")));
    QVERIFY(catalog.countriesByDocument().value().value(m_second).isEmpty());
    const QList<store::Catalog::FactBox> boxes = catalog.factBoxes(m_first).value();
    QVERIFY(std::any_of(boxes.cbegin(), boxes.cend(), [](const store::Catalog::FactBox& f) {
        return f.kind == QLatin1String("money") && f.page == 1 && !f.box.isEmpty();
    }));
    QVERIFY(std::any_of(boxes.cbegin(), boxes.cend(),
                        [](const store::Catalog::FactBox& f) { return f.kind == QLatin1String("dates"); }));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
