#include "core/store/catalog.h"
#include "core/store/library.h"
#include "core/store/migrations.h"
#include "core/store/statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "documentfixture.h"

using namespace pl;

namespace {

int count(store::Library& lib, const char* sql) {
    store::Statement st(lib.handle(), sql);
    return st.next() ? st.integer(0) : -1;
}

} // namespace

class TstLibrary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void createsSchemaWithVersionAndApplicationId() {
        auto lib = store::Library::open(m_dir.filePath(QStringLiteral("a.policylens")));
        QVERIFY(lib.has_value());
        QCOMPARE(count(**lib, "PRAGMA user_version"), store::currentSchemaVersion());
        QCOMPARE(count(**lib, "PRAGMA application_id"), store::kApplicationId);
        store::Statement wal((*lib)->handle(), "PRAGMA journal_mode");
        QVERIFY(wal.next());
        QCOMPARE(wal.text(0), QStringLiteral("wal"));
    }

    // A library written before the index stored trigrams (schema 5) has its index built again on open,
    // from the passages: a trigram query then finds what the old index held.
    void anOlderIndexIsRebuiltOnOpen() {
        const QString path = m_dir.filePath(QStringLiteral("v5.policylens"));
        {
            auto lib = store::Library::open(path);
            QVERIFY(lib.has_value());
            QVERIFY((*lib)
                        ->addDocument(makeDocument(QStringLiteral("/docs/v5.pdf"), QStringLiteral("v5"),
                                                   {QStringLiteral("초거대 인공지능 저작권 지침")}))
                        .has_value());
            // As a schema-5 library: an index without this build's terms.
            store::Statement wipe((*lib)->handle(),
                                  "INSERT INTO passage_index(passage_index) VALUES('delete-all')");
            QVERIFY(wipe.ok());
            wipe.next();
            store::Statement back((*lib)->handle(), "PRAGMA user_version = 5");
            back.next();
            QCOMPARE(count(**lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '저작권'"),
                     0);
        }
        auto lib = store::Library::open(path);
        QVERIFY(lib.has_value());
        QCOMPARE(count(**lib, "PRAGMA user_version"), store::currentSchemaVersion());
        QCOMPARE(count(**lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '저작권'"), 1);
        QCOMPARE(count(**lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '인공지능'"), 1);
    }

    // Facts are read in the import transaction, read back as stored, and go with their document.
    void factsAreStoredAtImportAndRemovedWithTheDocument() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("facts.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        auto added = lib.addDocument(makeDocument(QStringLiteral("/docs/press.pdf"), QStringLiteral("fff"),
                                                  {QStringLiteral("정예팀 공모(6.20 ~ 7.21)에 착수한다."),
                                                   QStringLiteral("연간 30~50억 원 규모로 지원")},
                                                  QStringLiteral("2025-06-19")));
        QVERIFY(added.has_value());
        const std::optional<QJsonObject> facts = lib.facts(added->id).value();
        QVERIFY(facts.has_value());
        const QJsonArray dates = facts->value(QStringLiteral("dates")).toArray();
        const QJsonArray money = facts->value(QStringLiteral("money")).toArray();
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.at(0)[QStringLiteral("start")].toString(), QStringLiteral("2025-06-20"));
        QCOMPARE(dates.at(0)[QStringLiteral("end")].toString(), QStringLiteral("2025-07-21"));
        QCOMPARE(money.size(), 1);
        QCOMPARE(money.at(0)[QStringLiteral("amount_max")].toDouble(), 5e9);
        QCOMPARE(money.at(0)[QStringLiteral("passage")].toInt(), 1);
        QCOMPARE(count(lib, "SELECT count(*) FROM facts"), 2);

        auto refreshed = lib.refreshFacts(added->id);
        QVERIFY(refreshed.has_value());
        QCOMPARE(*refreshed, *facts);
        QCOMPARE(count(lib, "SELECT count(*) FROM facts"), 2);

        // A document stored before facts existed has none until they are read.
        QVERIFY(lib.exec("UPDATE documents SET facts_version = 0").has_value());
        QVERIFY(!lib.facts(added->id).value().has_value());

        QVERIFY(lib.removeDocument(added->id).has_value());
        QCOMPARE(count(lib, "SELECT count(*) FROM facts"), 0);
    }

    void addReimportReplaceRemove() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("b.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        const QString path = QStringLiteral("/docs/plan.pdf");
        auto first = lib.addDocument(
            makeDocument(path, QStringLiteral("aaa"),
                         {QStringLiteral("학습용 데이터 구축"), QStringLiteral("인재 양성")}));
        QVERIFY(first.has_value());
        QCOMPARE(first->status, store::Library::AddStatus::Added);

        // The same content again adds nothing.
        auto again = lib.addDocument(makeDocument(QStringLiteral("/elsewhere/copy.pdf"),
                                                  QStringLiteral("aaa"), {QStringLiteral("x")}));
        QVERIFY(again.has_value());
        QCOMPARE(again->status, store::Library::AddStatus::Unchanged);
        QCOMPARE(again->id, first->id);
        QCOMPARE(lib.documents().value().size(), 1);

        // A changed file at a known path replaces its old version, index included.
        auto replaced =
            lib.addDocument(makeDocument(path, QStringLiteral("bbb"), {QStringLiteral("새 내용만 남는다")}));
        QVERIFY(replaced.has_value());
        QCOMPARE(replaced->status, store::Library::AddStatus::Replaced);
        QCOMPARE(lib.documents().value().size(), 1);
        QCOMPARE(lib.passages(replaced->id).value().size(), 1);
        QCOMPARE(count(lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '\"데이\"'"), 0);
        QCOMPARE(count(lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '\"내용\"'"), 1);

        QVERIFY(lib.removeDocument(replaced->id).has_value());
        QCOMPARE(lib.documents().value().size(), 0);
        QCOMPARE(count(lib, "SELECT count(*) FROM passages"), 0);
        QCOMPARE(count(lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '\"내용\"'"), 0);
        QVERIFY(!lib.removeDocument(12345).has_value());
    }

    void aReplacedDocumentKeepsItsTagsAndCollections_data() {
        QTest::addColumn<bool>("sameContent");
        QTest::newRow("changed file at the same path") << false;
        QTest::newRow("same file read again (Re-import)") << true;
    }

    void aReplacedDocumentKeepsItsTagsAndCollections() {
        QFETCH(bool, sameContent);
        auto opened = store::Library::open(
            m_dir.filePath(QStringLiteral("keep-%1.policylens").arg(sameContent ? 1 : 0)));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        const QString path = QStringLiteral("/docs/plan.pdf");
        auto first =
            lib.addDocument(makeDocument(path, QStringLiteral("v1"), {QStringLiteral("초거대 AI 예산")}));
        QVERIFY(first.has_value());
        auto other = lib.addDocument(makeDocument(QStringLiteral("/docs/other.pdf"), QStringLiteral("o1"),
                                                  {QStringLiteral("다른 문서")}));
        QVERIFY(other.has_value());
        store::Catalog catalog(lib);
        QVERIFY(catalog.setTags(first->id, {QStringLiteral("예산"), QStringLiteral("초거대AI")}));
        QVERIFY(catalog.setTags(other->id, {QStringLiteral("기타")}));
        const auto collection = catalog.createCollection(QStringLiteral("2023 계획"));
        QVERIFY(collection.has_value());
        QVERIFY(catalog.addToCollection(*collection, first->id));

        auto replaced = sameContent ? lib.addDocument(makeDocument(path, QStringLiteral("v1"),
                                                                   {QStringLiteral("초거대 AI 예산 다시")}),
                                                      store::Library::AddMode::Reread)
                                    : lib.addDocument(makeDocument(path, QStringLiteral("v2"),
                                                                   {QStringLiteral("초거대 AI 예산 개정")}));
        QVERIFY2(replaced.has_value(), replaced ? "" : qPrintable(replaced.error().toString()));
        QCOMPARE(replaced->status, store::Library::AddStatus::Replaced);
        QVERIFY(replaced->id != first->id);
        QCOMPARE(lib.documents().value().size(), 2);
        QVERIFY(!lib.document(first->id));
        QCOMPARE(lib.document(replaced->id)->path, path);
        QCOMPARE(catalog.tagsByDocument().value().value(replaced->id),
                 (QStringList{QStringLiteral("예산"), QStringLiteral("초거대AI")}));
        QCOMPARE(catalog.tagsByDocument().value().value(other->id), QStringList{QStringLiteral("기타")});
        QCOMPARE(catalog.documentsIn(*collection).value(), QSet<qint64>{replaced->id});
        QCOMPARE(lib.passages(replaced->id).value().constFirst().text,
                 sameContent ? QStringLiteral("초거대 AI 예산 다시") : QStringLiteral("초거대 AI 예산 개정"));
    }

    void aFailedReplacementKeepsTheOldDocumentAndItsTags() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("keep-fail.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        const QString path = QStringLiteral("/docs/plan.pdf");
        auto first = lib.addDocument(makeDocument(path, QStringLiteral("v1"), {QStringLiteral("원래 내용")}));
        QVERIFY(first.has_value());
        store::Catalog catalog(lib);
        QVERIFY(catalog.setTags(first->id, {QStringLiteral("검토")}));
        lib.setImportHook([](qint64) -> Result<void> {
            return fail(Error::Kind::Database, QStringLiteral("simulated failure"));
        });
        auto replaced =
            lib.addDocument(makeDocument(path, QStringLiteral("v2"), {QStringLiteral("새 내용")}));
        QVERIFY(!replaced.has_value());
        QVERIFY(replaced.error().message.contains(QStringLiteral("simulated failure")));
        QCOMPARE(lib.documents().value().size(), 1);
        const auto kept = lib.document(first->id);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->path, path);
        QCOMPARE(lib.passages(first->id).value().constFirst().text, QStringLiteral("원래 내용"));
        QCOMPARE(catalog.tagsByDocument().value().value(first->id), QStringList{QStringLiteral("검토")});
    }

    void aReadThatFailsIsAnErrorNotAnEmptyList() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("broken.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        QVERIFY(lib.addDocument(makeDocument(QStringLiteral("/docs/a.pdf"), QStringLiteral("a"),
                                             {QStringLiteral("내용")}))
                    .has_value());
        // A damaged library: the table the document list counts passages in is gone.
        QVERIFY(lib.exec("ALTER TABLE passages RENAME TO passages_lost").has_value());
        const auto documents = lib.documents();
        QVERIFY(!documents.has_value());
        QCOMPARE(documents.error().kind, Error::Kind::Database);
        QVERIFY2(documents.error().message.contains(QStringLiteral("passages")),
                 qPrintable(documents.error().message));
        QVERIFY(documents.error().toString().contains(QStringLiteral("broken.policylens")));
        QVERIFY(!lib.passages(1).has_value());
    }

    void aWriteWhileAnotherProgramWritesSaysSo() {
        const QString path = m_dir.filePath(QStringLiteral("busy.policylens"));
        auto writer = store::Library::open(path);
        auto opened = store::Library::open(path);
        QVERIFY(writer.has_value() && opened.has_value());
        store::Library& lib = **opened;
        lib.setBusyTimeout(50);
        auto doc = lib.addDocument(
            makeDocument(QStringLiteral("/docs/a.pdf"), QStringLiteral("a"), {QStringLiteral("내용")}));
        QVERIFY(doc.has_value());
        auto held = (*writer)->transaction();
        QVERIFY(held.has_value());
        store::Catalog catalog(lib);
        const auto tagged = catalog.setTags(doc->id, {QStringLiteral("예산")});
        QVERIFY(!tagged.has_value());
        QVERIFY2(tagged.error().message.contains(QStringLiteral("another program")),
                 qPrintable(tagged.error().message));
        QVERIFY(catalog.tagsByDocument().has_value()); // reading goes on beside a writer (WAL)
        QVERIFY(held->commit().has_value());
        QVERIFY(catalog.setTags(doc->id, {QStringLiteral("예산")}).has_value());
    }

    void aDateFromMetadataGivesWayToTheYearTheTextStates() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("dates.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        const QStringList release{QStringLiteral("보도시점 2025. 6. 20.(금) 12:00"),
                                  QStringLiteral("국내 정예팀 공모(6.20 ~ 7.21)에 착수한다")};
        // Converted to PDF much later than it was released, with no date on its first page.
        auto converted = makeDocument(QStringLiteral("/docs/release.pdf"), QStringLiteral("d1"), release,
                                      QStringLiteral("2026-11-22"));
        const auto a = lib.addDocument(converted);
        QVERIFY(a.has_value());
        QCOMPARE(lib.document(a->id)->date, QStringLiteral("2025"));
        // A date printed on the cover stands.
        auto printed = makeDocument(QStringLiteral("/docs/plan.pdf"), QStringLiteral("d2"), release,
                                    QStringLiteral("2026-11-22"));
        printed.datePrinted = true;
        const auto b = lib.addDocument(printed);
        QVERIFY(b.has_value());
        QCOMPARE(lib.document(b->id)->date, QStringLiteral("2026-11-22"));
    }

    void largeImportsCompactTheSearchIndex() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("compact.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        for (int d = 0; d < 4; ++d)
            QVERIFY(lib.addDocument(
                           makeDocument(QStringLiteral("/docs/c%1.pdf").arg(d), QStringLiteral("c%1").arg(d),
                                        {QStringLiteral("예산 %1").arg(d), QStringLiteral("데이터를 연다")}))
                        .has_value());
        const char* segments = "SELECT count(DISTINCT segid) FROM passage_index_idx";
        QVERIFY(count(lib, segments) > 1); // one per transaction until FTS5 merges them
        QCOMPARE(lib.compactIndexAfter(0).value(), false);
        QCOMPARE(lib.compactIndexAfter(1).value(), false); // one passage of eight: not worth a rewrite
        QCOMPARE(lib.compactIndexAfter(2).value(), true);
        QCOMPARE(count(lib, segments), 1);
        QCOMPARE(lib.compactIndexAfter(8).value(), false); // already one segment
        QCOMPARE(
            count(lib, "SELECT count(*) FROM passage_index WHERE passage_index MATCH '\"데이\" + \"이터\"'"),
            4);
    }

    void passagesKeepBoxesAndKinds() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("c.policylens")));
        QVERIFY(opened.has_value());
        auto doc = makeDocument(QStringLiteral("/docs/kinds.pdf"), QStringLiteral("ccc"),
                                {QStringLiteral("제목"), QStringLiteral("항목")});
        doc.passages[0].kind = text::Passage::Kind::Heading;
        doc.passages[1].kind = text::Passage::Kind::ListItem;
        doc.passages[1].bullet = QStringLiteral("□");
        doc.passages[1].level = 1;
        auto added = (*opened)->addDocument(doc);
        QVERIFY(added.has_value());
        const auto ps = (*opened)->passages(added->id, 1).value();
        QCOMPARE(ps.size(), 2);
        QCOMPARE(ps[0].kind, text::Passage::Kind::Heading);
        QCOMPARE(ps[1].bullet, QStringLiteral("□"));
        QCOMPARE(ps[1].level, 1);
        QCOMPARE(ps[1].box, QRectF(60, 120, 400, 12));
        QCOMPARE(ps[1].lineBoxes.size(), 1);
        QVERIFY((*opened)->resolve(QString::number(added->id)).has_value());
        QVERIFY(!(*opened)->resolve(QStringLiteral("999")).has_value());
    }

    void failedDocumentLeavesLibraryUnchanged() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("d.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        QVERIFY(lib.addDocument(makeDocument(QStringLiteral("/docs/ok.pdf"), QStringLiteral("ok1"),
                                             {QStringLiteral("보존")}))
                    .has_value());
        // Make the passage insert fail half-way: a trigger rejects the second passage.
        QVERIFY(lib.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON passages WHEN NEW.seq = 1 "
                         "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                    .has_value());
        auto bad = lib.addDocument(makeDocument(QStringLiteral("/docs/bad.pdf"), QStringLiteral("bad"),
                                                {QStringLiteral("하나"), QStringLiteral("둘")}));
        QVERIFY(!bad.has_value());
        QVERIFY(bad.error().message.contains(QStringLiteral("simulated failure")));
        QCOMPARE(lib.documents().value().size(), 1);
        QCOMPARE(count(lib, "SELECT count(*) FROM pages"), 1);
        QCOMPARE(count(lib, "SELECT count(*) FROM passages"), 1);
        store::Statement check(lib.handle(), "PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void refusesForeignFiles() {
        const QString notDb = m_dir.filePath(QStringLiteral("text.policylens"));
        QFile f(notDb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not SQLite at all, long enough to be read as a header.........");
        f.close();
        auto lib = store::Library::open(notDb);
        QVERIFY(!lib.has_value());
        QVERIFY(lib.error().toString().contains(QStringLiteral("text.policylens")));

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto tmp = store::Library::open(m_dir.filePath(QStringLiteral("seed.policylens")));
            QVERIFY(tmp.has_value());
        }
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("seed.policylens")), other));
        auto reopened = store::Library::open(other);
        QVERIFY(reopened.has_value()); // a copy of a library is a library
    }
};

QTEST_GUILESS_MAIN(TstLibrary)
#include "tst_library.moc"
