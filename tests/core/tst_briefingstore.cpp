#include "core/briefing/briefingstore.h"
#include "core/store/library.h"
#include "core/store/statement.h"
#include "documentfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;
using briefing::BriefingItem;
using briefing::ItemKind;

/// Briefings and their items (schema 4): every change one transaction, several briefings per library, and
/// items that outlive a re-import of the documents they quote.
class TestBriefingStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void kindNamesRoundTrip_data();
    void kindNamesRoundTrip();
    void createRenameDelete();
    void namesAreRequired_data();
    void namesAreRequired();
    void itemsKeepPayloadAndComment();
    void addAtPositionAndRemoveKeepOrderDense();
    void move_data();
    void move();
    void severalBriefingsStayApart();
    void failedMoveLeavesOrderAsItWas();
    void failedAddLeavesNothing();
    void itemsSurviveReimportAndFindTheNewDocument();
    void itemsSurviveRemovalOfTheDocument();

private:
    QList<QString> texts(qint64 briefingId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Library> m_library;
    qint64 m_doc = 0;
};

void TestBriefingStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = store::Library::open(m_dir->filePath(QStringLiteral("library.policylens")));
    QVERIFY(library);
    m_library = std::move(*library);
    auto added = m_library->addDocument(
        makeDocument(QStringLiteral("/docs/plan.pdf"), QStringLiteral("a1"),
                     {QStringLiteral("Ⅰ. 추진 배경"),
                      QStringLiteral("정부는 2027년까지 초거대 AI에 3,901억 원을 투자한다.")}));
    QVERIFY(added);
    m_doc = added->id;
}

QList<QString> TestBriefingStore::texts(qint64 briefingId) const {
    QList<QString> out;
    const QList<BriefingItem> items = briefing::BriefingStore(*m_library).items(briefingId);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].position != i)
            return {QStringLiteral("position %1 at row %2").arg(items[i].position).arg(i)};
        out.append(items[i].text());
    }
    return out;
}

void TestBriefingStore::kindNamesRoundTrip_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("heading") << int(ItemKind::Heading) << QStringLiteral("heading");
    QTest::newRow("search hit") << int(ItemKind::SearchHit) << QStringLiteral("search_hit");
    QTest::newRow("timeline range") << int(ItemKind::TimelineRange) << QStringLiteral("timeline_range");
    QTest::newRow("strategy subtree") << int(ItemKind::StrategySubtree) << QStringLiteral("strategy_subtree");
    QTest::newRow("country matrix") << int(ItemKind::CountryMatrix) << QStringLiteral("country_matrix");
}

void TestBriefingStore::kindNamesRoundTrip() {
    QFETCH(int, kind);
    QFETCH(QString, name);
    QCOMPARE(briefing::kindName(ItemKind(kind)), name);
    QCOMPARE(briefing::kindFromName(name), std::optional<ItemKind>(ItemKind(kind)));
    QVERIFY(!briefing::kindFromName(QStringLiteral("slide")));
}

void TestBriefingStore::createRenameDelete() {
    briefing::BriefingStore store(*m_library);
    QVERIFY(store.briefings().isEmpty());
    auto id = store.createBriefing(QStringLiteral("  장관 보고   자료 "));
    QVERIFY(id);
    QCOMPARE(store.briefing(*id)->name, QStringLiteral("장관 보고 자료"));
    QVERIFY(!store.briefing(*id)->created.isEmpty());
    QVERIFY(store.renameBriefing(*id, QStringLiteral("국회 보고")));
    QCOMPARE(store.briefings().size(), 1);
    QCOMPARE(store.briefings().first().name, QStringLiteral("국회 보고"));
    QVERIFY(store.addItem(*id, briefing::noteItem(QStringLiteral("메모"))));
    QVERIFY(store.removeBriefing(*id));
    QVERIFY(store.briefings().isEmpty());
    QVERIFY(store.items(*id).isEmpty());
    store::Statement orphans(m_library->handle(), "SELECT count(*) FROM briefing_items");
    QVERIFY(orphans.next());
    QCOMPARE(orphans.integer(0), 0);
    QCOMPARE(store.removeBriefing(*id).error().kind, Error::Kind::NotFound);
    QCOMPARE(store.renameBriefing(*id, QStringLiteral("x")).error().kind, Error::Kind::NotFound);
}

void TestBriefingStore::namesAreRequired_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\n");
}

void TestBriefingStore::namesAreRequired() {
    QFETCH(QString, name);
    briefing::BriefingStore store(*m_library);
    QCOMPARE(store.createBriefing(name).error().kind, Error::Kind::Usage);
    auto id = store.createBriefing(QStringLiteral("ok"));
    QVERIFY(id);
    QVERIFY(!store.renameBriefing(*id, name));
    QCOMPARE(store.briefing(*id)->name, QStringLiteral("ok"));
}

void TestBriefingStore::itemsKeepPayloadAndComment() {
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    const auto doc = m_library->document(m_doc);
    BriefingItem item =
        briefing::passageItem(*doc, 1, QStringLiteral("정부는 2027년까지 초거대 AI에 투자한다."),
                              {QRectF(60, 120, 400, 12)}, QStringLiteral("초거대"));
    item.comment = QStringLiteral("핵심 근거");
    auto itemId = store.addItem(id, item);
    QVERIFY(itemId);
    const BriefingItem stored = *store.item(*itemId);
    QCOMPARE(stored.kind, ItemKind::SearchHit);
    QCOMPARE(stored.comment, QStringLiteral("핵심 근거"));
    QCOMPARE(stored.page(), 1);
    QCOMPARE(stored.boxes(), QList<QRectF>{QRectF(60, 120, 400, 12)});
    QCOMPARE(stored.citation(), QStringLiteral("plan.pdf p.1"));
    QCOMPARE(stored.anchor().value(QStringLiteral("sha256")).toString(), QStringLiteral("a1"));

    BriefingItem edited = stored;
    edited.comment = QStringLiteral("수정한 메모");
    edited.payload[QStringLiteral("text")] = QStringLiteral("고친 인용");
    QVERIFY(store.updateItem(edited));
    QCOMPARE(store.item(*itemId)->comment, QStringLiteral("수정한 메모"));
    QCOMPARE(store.item(*itemId)->text(), QStringLiteral("고친 인용"));
    edited.id = 9999;
    QCOMPARE(store.updateItem(edited).error().kind, Error::Kind::NotFound);
}

void TestBriefingStore::addAtPositionAndRemoveKeepOrderDense() {
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    QVERIFY(store.addItem(id, briefing::noteItem(QStringLiteral("B"))));
    QVERIFY(store.addItem(id, briefing::headingItem(QStringLiteral("A")), 0));
    QVERIFY(store.addItem(id, briefing::noteItem(QStringLiteral("D")), 99));
    auto c = store.addItem(id, briefing::noteItem(QStringLiteral("C")), 2);
    QVERIFY(c);
    QCOMPARE(texts(id), (QList<QString>{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                        QStringLiteral("D")}));
    QCOMPARE(store.briefing(id)->itemCount, 4);
    QVERIFY(store.removeItem(*c));
    QCOMPARE(texts(id), (QList<QString>{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")}));
    QCOMPARE(store.removeItem(*c).error().kind, Error::Kind::NotFound);
}

void TestBriefingStore::move_data() {
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first to last") << 0 << 3 << QStringLiteral("BCDA");
    QTest::newRow("last to first") << 3 << 0 << QStringLiteral("DABC");
    QTest::newRow("down one") << 1 << 2 << QStringLiteral("ACBD");
    QTest::newRow("to itself") << 2 << 2 << QStringLiteral("ABCD");
    QTest::newRow("past the end is clamped") << 0 << 42 << QStringLiteral("BCDA");
    QTest::newRow("before the start is clamped") << 2 << -5 << QStringLiteral("CABD");
}

void TestBriefingStore::move() {
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, expected);
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    QList<qint64> ids;
    for (const QString& t :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        ids.append(*store.addItem(id, briefing::noteItem(t)));
    QVERIFY(store.moveItem(ids[from], to));
    QCOMPARE(texts(id).join(QString()), expected);
}

void TestBriefingStore::severalBriefingsStayApart() {
    briefing::BriefingStore store(*m_library);
    const qint64 first = *store.createBriefing(QStringLiteral("첫째"));
    const qint64 second = *store.createBriefing(QStringLiteral("둘째"));
    QVERIFY(store.addItem(first, briefing::noteItem(QStringLiteral("1a"))));
    const qint64 b = *store.addItem(second, briefing::noteItem(QStringLiteral("2a")));
    QVERIFY(store.addItem(first, briefing::noteItem(QStringLiteral("1b"))));
    QVERIFY(store.addItem(second, briefing::noteItem(QStringLiteral("2b")), 0));
    QCOMPARE(texts(first), (QList<QString>{QStringLiteral("1a"), QStringLiteral("1b")}));
    QCOMPARE(texts(second), (QList<QString>{QStringLiteral("2b"), QStringLiteral("2a")}));
    QVERIFY(store.moveItem(b, 0));
    QCOMPARE(texts(first), (QList<QString>{QStringLiteral("1a"), QStringLiteral("1b")}));
    QVERIFY(store.removeBriefing(first));
    QCOMPARE(texts(second), (QList<QString>{QStringLiteral("2a"), QStringLiteral("2b")}));
    QCOMPARE(store.briefings().size(), 1);
}

void TestBriefingStore::failedMoveLeavesOrderAsItWas() {
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    QList<qint64> ids;
    for (const QString& t : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        ids.append(*store.addItem(id, briefing::noteItem(t)));
    const QString modified = store.briefing(id)->modified;
    // A failure in the middle of renumbering (here forced by a trigger on the last row written) must undo
    // the rows already renumbered.
    QVERIFY(m_library->exec("CREATE TEMP TRIGGER refuse BEFORE UPDATE OF position ON briefing_items "
                            "WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    auto moved = store.moveItem(ids[2], 0);
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::Database);
    QCOMPARE(texts(id), (QList<QString>{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(store.briefing(id)->modified, modified);
    QVERIFY(m_library->exec("DROP TRIGGER refuse"));
    QVERIFY(store.moveItem(ids[2], 0));
    QCOMPARE(texts(id), (QList<QString>{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
}

void TestBriefingStore::failedAddLeavesNothing() {
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    QVERIFY(store.addItem(id, briefing::noteItem(QStringLiteral("A"))));
    QCOMPARE(store.addItem(id + 100, briefing::noteItem(QStringLiteral("X"))).error().kind,
             Error::Kind::NotFound);
    // Inserting at the front renumbers the others; refusing that renumbering must take the new row back too.
    QVERIFY(m_library->exec("CREATE TEMP TRIGGER refuse BEFORE UPDATE OF position ON briefing_items "
                            "WHEN NEW.position = 1 BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    QVERIFY(!store.addItem(id, briefing::noteItem(QStringLiteral("B")), 0));
    QVERIFY(m_library->exec("DROP TRIGGER refuse"));
    QCOMPARE(texts(id), QList<QString>{QStringLiteral("A")});
    store::Statement count(m_library->handle(), "SELECT count(*) FROM briefing_items");
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 1);
}

void TestBriefingStore::itemsSurviveReimportAndFindTheNewDocument() {
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    const auto doc = m_library->document(m_doc);
    const qint64 itemId = *store.addItem(
        id, briefing::passageItem(*doc, 1, QStringLiteral("인용문"), {QRectF(60, 120, 400, 12)}));
    // A changed file at the same path replaces the document: a new id (another document came in since, so
    // SQLite does not hand out the old one again), new passages.
    QVERIFY(m_library->addDocument(makeDocument(QStringLiteral("/docs/other.pdf"), QStringLiteral("c3"),
                                                {QStringLiteral("다른 문서")})));
    auto replaced = m_library->addDocument(
        makeDocument(QStringLiteral("/docs/plan.pdf"), QStringLiteral("a2"), {QStringLiteral("바뀐 본문")}));
    QVERIFY(replaced);
    QCOMPARE(replaced->status, store::Library::AddStatus::Replaced);
    QVERIFY(replaced->id != m_doc);
    const BriefingItem item = *store.item(itemId);
    QCOMPARE(item.text(), QStringLiteral("인용문"));
    QCOMPARE(item.citation(), QStringLiteral("plan.pdf p.1"));
    const auto resolved = store.resolveDocument(item.anchor());
    QVERIFY(resolved);
    QCOMPARE(resolved->id, replaced->id);
}

void TestBriefingStore::itemsSurviveRemovalOfTheDocument() {
    briefing::BriefingStore store(*m_library);
    const qint64 id = *store.createBriefing(QStringLiteral("b"));
    const auto doc = m_library->document(m_doc);
    QVERIFY(store.addItem(id, briefing::passageItem(*doc, 1, QStringLiteral("인용문"), {})));
    QVERIFY(m_library->removeDocument(m_doc));
    QCOMPARE(texts(id), QList<QString>{QStringLiteral("인용문")});
    QVERIFY(!store.resolveDocument(store.items(id).first().anchor()));
}

QTEST_GUILESS_MAIN(TestBriefingStore)
#include "tst_briefingstore.moc"
