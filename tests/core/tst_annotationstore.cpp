#include "core/annotation/annotationstore.h"
#include "core/annotation/quotelocator.h"
#include "core/pdf/pdfimporter.h"
#include "core/store/library.h"
#include "core/store/statement.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "pdffixtures.h"

using namespace pl;
using annotation::Annotation;
using annotation::AnnotationStore;
using annotation::FactCorrection;
using annotation::TypedFact;

Q_DECLARE_METATYPE(pl::annotation::TypedFact)

namespace {

const QString kBudgetSentence =
    QStringLiteral("정부는 2025년 3월까지 인공지능 반도체에 1,200억 원을 투입한다.");
const QString kFillerSentence = QStringLiteral("이 문서는 인공지능 정책의 추진 경과를 정리한 것이다.");
const QString kVanishingSentence = QStringLiteral("시범사업은 광주와 대구에서 먼저 시작한다.");

int count(store::Library& lib, const char* sql) {
    store::Statement st(lib.handle(), sql);
    return st.next() ? st.integer(0) : -1;
}

} // namespace

/// Annotations and corrections: stored one transaction at a time, and kept through re-import.
class TstAnnotationStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<store::Library> openLibrary() {
        auto lib =
            store::Library::open(m_dir.filePath(QStringLiteral("lib%1.policylens").arg(++m_libraries)));
        if (!lib)
            return nullptr;
        AnnotationStore::installImportHook(**lib);
        return std::move(*lib);
    }

    /// Version 1 has the budget sentence on page 1; version 2 moves it to page 2 and drops another.
    bool writeVersion(const QString& path, int version) {
        fixtures::Page one;
        fixtures::Page two;
        if (version == 1) {
            one.append({kBudgetSentence, QPointF(60, 120), 11});
            one.append({kVanishingSentence, QPointF(60, 300), 11});
            two.append({kFillerSentence, QPointF(60, 120), 11});
        } else {
            one.append({kFillerSentence, QPointF(60, 120), 11});
            two.append({kFillerSentence.left(10), QPointF(60, 100), 11});
            two.append({kBudgetSentence, QPointF(60, 400), 11});
        }
        return fixtures::writePdf(path, {one, two});
    }

    Result<store::Library::AddOutcome> import(store::Library& lib, const QString& path) {
        auto doc = pdf::PdfImporter::importFile(path);
        if (!doc)
            return std::unexpected(doc.error());
        return lib.addDocument(*doc);
    }

    static Annotation highlight(qint64 docId, const QString& quote, int page) {
        Annotation a;
        a.document.docId = docId;
        a.page = page;
        a.quote = quote;
        a.boxes = {QRectF(60, 110, 300, 14)};
        a.note = QStringLiteral("예산 규모 확인 필요");
        a.tags = {QStringLiteral("예산"), QStringLiteral("반도체")};
        return a;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void typedFactsRoundTripThroughJson_data() {
        QTest::addColumn<TypedFact>("fact");
        TypedFact date;
        date.kind = TypedFact::Kind::Date;
        date.text = QStringLiteral("2025년 3월");
        date.start = QStringLiteral("2025-03");
        date.precision = QStringLiteral("month");
        QTest::newRow("a month") << date;
        TypedFact period = date;
        period.end = QStringLiteral("open");
        QTest::newRow("an open period") << period;
        TypedFact amount;
        amount.kind = TypedFact::Kind::Amount;
        amount.text = QStringLiteral("1,200억 원");
        amount.amount = 1.2e11;
        amount.currency = QStringLiteral("KRW");
        QTest::newRow("an amount in won") << amount;
        TypedFact range = amount;
        range.amountMax = 1.5e11;
        range.period = QStringLiteral("2022-2026");
        QTest::newRow("a range over years") << range;
        TypedFact institution;
        institution.kind = TypedFact::Kind::Institution;
        institution.value = QStringLiteral("과학기술정보통신부");
        QTest::newRow("an institution") << institution;
        TypedFact target;
        target.kind = TypedFact::Kind::Target;
        target.value = QStringLiteral("AI 인재 10만 명");
        QTest::newRow("a target") << target;
    }
    void typedFactsRoundTripThroughJson() {
        QFETCH(TypedFact, fact);
        const auto back = TypedFact::fromJson(fact.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, fact);
    }

    void addUpdateRemoveAndList() {
        auto lib = openLibrary();
        QVERIFY(lib);
        const QString file = m_dir.filePath(QStringLiteral("crud.pdf"));
        QVERIFY(writeVersion(file, 1));
        auto added = import(*lib, file);
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toString()));
        AnnotationStore store(*lib);

        auto a = store.addAnnotation(highlight(added->id, kBudgetSentence, 1));
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().toString()));
        QVERIFY(a->id > 0);
        QCOMPARE(a->document.path, lib->document(added->id)->path);
        QCOMPARE(a->document.sha256, lib->document(added->id)->sha256);
        QCOMPARE(a->document.docId, std::optional<qint64>(added->id));
        QVERIFY(a->created.isValid());
        QCOMPARE(a->tags, QStringList({QStringLiteral("예산"), QStringLiteral("반도체")}));
        QCOMPARE(store.annotations(added->id).size(), 1);
        QCOMPARE(store.allAnnotations().size(), 1);

        Annotation edited = *a;
        edited.note = QStringLiteral("수정된 메모");
        edited.color = QStringLiteral("#81c784");
        TypedFact amount;
        amount.kind = TypedFact::Kind::Amount;
        amount.text = QStringLiteral("1,200억 원");
        amount.amount = 1.2e11;
        amount.currency = QStringLiteral("KRW");
        edited.fact = amount;
        edited.modified = {};
        auto updated = store.updateAnnotation(edited);
        QVERIFY(updated.has_value());
        QCOMPARE(store.annotation(a->id)->note, QStringLiteral("수정된 메모"));
        QCOMPARE(store.annotation(a->id)->fact, std::optional<TypedFact>(amount));

        // Putting back a removed record (undo) gives the very same record, id included.
        const Annotation before = *store.annotation(a->id);
        QVERIFY(store.removeAnnotation(a->id).has_value());
        QVERIFY(!store.annotation(a->id));
        QCOMPARE(store.allAnnotations().size(), 0);
        auto restored = store.addAnnotation(before);
        QVERIFY(restored.has_value());
        QCOMPARE(*restored, before);

        FactCorrection c;
        c.document.docId = added->id;
        c.kind = FactCorrection::Kind::Amount;
        c.factText = QStringLiteral("1,200억 원");
        c.page = 1;
        c.passageHash = annotation::passageHash(kBudgetSentence);
        c.action = FactCorrection::Action::Edit;
        c.value = QJsonObject{{QStringLiteral("amount"), 1.3e11},
                              {QStringLiteral("currency"), QStringLiteral("KRW")}};
        auto stored = store.addCorrection(c);
        QVERIFY(stored.has_value());
        QCOMPARE(store.corrections(added->id).size(), 1);
        QVERIFY(store.findCorrection(added->id, FactCorrection::Kind::Amount, c.factText, 1, c.passageHash));
        QVERIFY(!store.findCorrection(added->id, FactCorrection::Kind::Date, c.factText, 1, c.passageHash));
        FactCorrection rejected = *stored;
        rejected.action = FactCorrection::Action::Reject;
        rejected.reason = QStringLiteral("wrong-amount");
        QVERIFY(store.updateCorrection(rejected).has_value());
        QCOMPARE(store.correction(stored->id)->action, FactCorrection::Action::Reject);
        QVERIFY(store.removeCorrection(stored->id).has_value());
        QCOMPARE(store.allCorrections().size(), 0);
    }

    void badInputFailsWithAReason() {
        auto lib = openLibrary();
        QVERIFY(lib);
        AnnotationStore store(*lib);
        Annotation orphan;
        auto noDoc = store.addAnnotation(orphan);
        QVERIFY(!noDoc);
        QCOMPARE(noDoc.error().kind, Error::Kind::Usage);
        orphan.document.docId = 4242;
        auto unknown = store.addAnnotation(orphan);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY(!store.removeAnnotation(99));
        QVERIFY(!store.updateCorrection(FactCorrection{}));
        QCOMPARE(count(*lib, "SELECT count(*) FROM annotations"), 0);
    }

    void quoteLocatorFindsTextExactlyThenIgnoringSpaces_data() {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("page");
        QTest::newRow("exact, in one passage") << QStringLiteral("인공지능 반도체") << 2;
        QTest::newRow("line break inside the quote") << QStringLiteral("인공지능\n반도체") << 2;
        QTest::newRow("spacing differs") << QStringLiteral("인공지능반도체에 1,200억원") << 2;
        QTest::newRow("across two passages") << QStringLiteral("정리한 것이다.\n시범") << 1;
        QTest::newRow("not there") << QStringLiteral("양자컴퓨터") << 0;
    }
    void quoteLocatorFindsTextExactlyThenIgnoringSpaces() {
        QFETCH(QString, quote);
        QFETCH(int, page);
        text::Passage a;
        a.page = 1;
        a.text = kFillerSentence;
        a.box = QRectF(60, 100, 400, 14);
        text::Passage b;
        b.page = 1;
        b.text = kVanishingSentence;
        b.box = QRectF(60, 130, 400, 14);
        text::Passage c;
        c.page = 2;
        c.text = kBudgetSentence;
        c.box = QRectF(60, 400, 400, 28);
        c.lineBoxes = {QRectF(60, 400, 400, 14), QRectF(60, 414, 200, 14)};
        const annotation::QuoteLocator locator({a, b, c});
        const auto found = locator.locate(quote, 1);
        QCOMPARE(found.has_value(), page > 0);
        if (found) {
            QCOMPARE(found->page, page);
            QVERIFY(!found->boxes.isEmpty());
        }
    }

    // A changed file at the same path replaces the document; what the user made follows the text.
    void survivesReimportOfAChangedFile() {
        auto lib = openLibrary();
        QVERIFY(lib);
        const QString file = m_dir.filePath(QStringLiteral("changed.pdf"));
        QVERIFY(writeVersion(file, 1));
        auto v1 = import(*lib, file);
        QVERIFY(v1.has_value());
        AnnotationStore store(*lib);
        const QList<text::Passage> passages = lib->passages(v1->id).value();
        QVERIFY(!passages.isEmpty());
        auto moving =
            store.addAnnotation(highlight(v1->id, QStringLiteral("인공지능 반도체에 1,200억 원"), 1));
        auto vanishing = store.addAnnotation(highlight(v1->id, kVanishingSentence, 1));
        QVERIFY(moving && vanishing);

        // Correct the extracted amount of the budget sentence.
        const QJsonArray money = lib->facts(v1->id).value()->value(QStringLiteral("money")).toArray();
        QVERIFY(!money.isEmpty());
        const QJsonObject fact = money.at(0).toObject();
        QCOMPARE(fact[QStringLiteral("page")].toInt(), 1);
        FactCorrection c;
        c.document.docId = v1->id;
        c.kind = FactCorrection::Kind::Amount;
        c.factText = fact[QStringLiteral("text")].toString();
        c.page = 1;
        c.passageHash = annotation::passageHash(passages.at(fact[QStringLiteral("passage")].toInt()).text);
        c.action = FactCorrection::Action::Reject;
        c.reason = QStringLiteral("wrong-amount");
        auto correction = store.addCorrection(c);
        QVERIFY(correction.has_value());

        QVERIFY(writeVersion(file, 2));
        auto v2 = import(*lib, file);
        QVERIFY2(v2.has_value(), qPrintable(v2 ? QString() : v2.error().toString()));
        QCOMPARE(v2->status, store::Library::AddStatus::Replaced);

        const Annotation moved = *store.annotation(moving->id);
        QCOMPARE(moved.document.docId, std::optional<qint64>(v2->id));
        QVERIFY(!moved.detached);
        QCOMPARE(moved.page, 2);
        QVERIFY(!moved.boxes.isEmpty());
        QVERIFY2(moved.boxes.first().top() > 300, "the box follows the text down the page");
        QCOMPARE(moved.note, moving->note);
        QCOMPARE(moved.document.sha256, lib->document(v2->id)->sha256);

        const Annotation lost = *store.annotation(vanishing->id);
        QVERIFY(lost.detached);
        QCOMPARE(lost.document.docId, std::optional<qint64>(v2->id));
        QCOMPARE(lost.quote, kVanishingSentence);

        const FactCorrection kept = *store.correction(correction->id);
        QVERIFY(!kept.detached);
        QCOMPARE(kept.page, 2);
        QCOMPARE(kept.document.docId, std::optional<qint64>(v2->id));
        QCOMPARE(store.annotations(v2->id).size(), 2);
        QCOMPARE(store.corrections(v2->id).size(), 1);

        // A note edited on the copy read before the re-import (a dialog was open meanwhile) changes the
        // note only: the annotation stays where the re-import put it.
        Annotation stale = *moving;
        stale.note = QStringLiteral("대화상자에서 고친 메모");
        QVERIFY(store.updateAnnotation(stale).has_value());
        const Annotation edited = *store.annotation(moving->id);
        QCOMPARE(edited.note, stale.note);
        QCOMPARE(edited.page, 2);
        QCOMPARE(edited.document.docId, std::optional<qint64>(v2->id));
        QCOMPARE(edited.boxes, moved.boxes);

        // Undoing a removal with the copy from before the re-import puts it back where its quote is now.
        QVERIFY(store.removeAnnotation(moving->id).has_value());
        auto putBack = store.addAnnotation(*moving);
        QVERIFY(putBack.has_value());
        const Annotation restored = *store.annotation(moving->id);
        QCOMPARE(restored.page, 2);
        QCOMPARE(restored.document.docId, std::optional<qint64>(v2->id));
        QVERIFY(!restored.detached);
    }

    // Removing a document keeps its records, detached from any document, until it is imported again.
    void survivesRemoveAndImport() {
        auto lib = openLibrary();
        QVERIFY(lib);
        const QString file = m_dir.filePath(QStringLiteral("removed.pdf"));
        QVERIFY(writeVersion(file, 1));
        auto first = import(*lib, file);
        QVERIFY(first.has_value());
        AnnotationStore store(*lib);
        auto a = store.addAnnotation(highlight(first->id, kBudgetSentence, 1));
        QVERIFY(a.has_value());

        QVERIFY(lib->removeDocument(first->id).has_value());
        const Annotation waiting = *store.annotation(a->id);
        QVERIFY(!waiting.document.docId.has_value());
        QCOMPARE(store.allAnnotations().size(), 1);
        QCOMPARE(store.annotations(first->id).size(), 0);

        auto again = import(*lib, file);
        QVERIFY(again.has_value());
        QCOMPARE(again->status, store::Library::AddStatus::Added);
        const Annotation back = *store.annotation(a->id);
        QCOMPARE(back.document.docId, std::optional<qint64>(again->id));
        QCOMPARE(back.page, 1);
        QVERIFY(!back.detached);
    }

    // A connection without the hook (an older tool, a crash between steps) is caught up by reconcile().
    void reconcileAttachesWhatAnImportWithoutTheHookLeft() {
        auto opened = store::Library::open(m_dir.filePath(QStringLiteral("nohook.policylens")));
        QVERIFY(opened.has_value());
        store::Library& lib = **opened;
        const QString file = m_dir.filePath(QStringLiteral("nohook.pdf"));
        QVERIFY(writeVersion(file, 1));
        auto first = import(lib, file);
        QVERIFY(first.has_value());
        AnnotationStore store(lib);
        auto a = store.addAnnotation(highlight(first->id, kBudgetSentence, 1));
        QVERIFY(a.has_value());
        QVERIFY(writeVersion(file, 2));
        auto second = import(lib, file);
        QVERIFY(second.has_value());
        QVERIFY(!store.annotation(a->id)->document.docId.has_value());
        auto report = store.reconcile();
        QVERIFY(report.has_value());
        QCOMPARE(report->attached, 1);
        QCOMPARE(store.annotation(a->id)->page, 2);
        QCOMPARE(store.annotation(a->id)->document.docId, std::optional<qint64>(second->id));
    }
};

QTEST_MAIN(TstAnnotationStore)
#include "tst_annotationstore.moc"
