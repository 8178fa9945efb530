#include "core/annotation/annotationstore.h"
#include "core/store/catalog.h"
#include "core/store/library.h"

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;

/// `annotations` lists what the user made; `extract --json` stays the extractor's output while
/// `extract --json --corrected` lays the user's corrections and facts over it.
class TstCliAnnotations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_lib;
    const QString m_sample =
        QStringLiteral(PL_SOURCE_DIR "/resources/samples/002-foundation-model-press-2025.pdf");

    using Run = CliRun;
    Run cli(const QStringList& args) { return runCli(m_lib, args); }

private slots:
    void initTestCase() {
        m_lib = m_dir.filePath(QStringLiteral("cli.policylens"));
        QCOMPARE(cli({QStringLiteral("import"), m_sample}).code, 0);
    }

    void extractStaysPureAndCorrectedAppliesTheUsersRecords() {
        const Run before = cli({QStringLiteral("extract"), m_sample, QStringLiteral("--json")});
        QCOMPARE(before.code, 0);
        const QJsonArray money = before.json()[QStringLiteral("money")].toArray();
        const QJsonArray dates = before.json()[QStringLiteral("dates")].toArray();
        QVERIFY2(!money.isEmpty() && !dates.isEmpty(), "the sample states amounts and dates");
        const qint64 docId = before.json()[QStringLiteral("document")][QStringLiteral("id")].toInteger();
        {
            auto lib = store::Library::open(m_lib);
            QVERIFY(lib);
            annotation::AnnotationStore store(**lib);
            const QList<text::Passage> passages = (*lib)->passages(docId).value();
            const QJsonObject amount = money.at(0).toObject();
            annotation::FactCorrection reject;
            reject.document.docId = docId;
            reject.kind = annotation::FactCorrection::Kind::Amount;
            reject.factText = amount[QStringLiteral("text")].toString();
            reject.page = amount[QStringLiteral("page")].toInt();
            reject.passageHash =
                annotation::passageHash(passages.at(amount[QStringLiteral("passage")].toInt()).text);
            reject.action = annotation::FactCorrection::Action::Reject;
            reject.reason = QStringLiteral("wrong-amount");
            QVERIFY(store.addCorrection(reject));
            const QJsonObject date = dates.at(0).toObject();
            annotation::FactCorrection edit;
            edit.document.docId = docId;
            edit.kind = annotation::FactCorrection::Kind::Date;
            edit.factText = date[QStringLiteral("text")].toString();
            edit.page = date[QStringLiteral("page")].toInt();
            edit.passageHash =
                annotation::passageHash(passages.at(date[QStringLiteral("passage")].toInt()).text);
            edit.value = QJsonObject{{QStringLiteral("start"), QStringLiteral("2030-01")},
                                     {QStringLiteral("precision"), QStringLiteral("month")}};
            QVERIFY(store.addCorrection(edit));
            annotation::Annotation mine;
            mine.document.docId = docId;
            mine.page = passages.first().page;
            mine.quote = passages.first().text;
            mine.note = QStringLiteral("발표일 확인");
            mine.tags = {QStringLiteral("확인")};
            annotation::TypedFact fact;
            fact.kind = annotation::TypedFact::Kind::Date;
            fact.text = QStringLiteral("2031년");
            fact.start = QStringLiteral("2031");
            fact.precision = QStringLiteral("year");
            mine.fact = fact;
            QVERIFY(store.addAnnotation(mine));
        }

        const Run pure = cli({QStringLiteral("extract"), m_sample, QStringLiteral("--json")});
        QCOMPARE(pure.code, 0);
        QCOMPARE(pure.json(), before.json());

        const Run corrected = cli(
            {QStringLiteral("extract"), m_sample, QStringLiteral("--json"), QStringLiteral("--corrected")});
        QCOMPARE(corrected.code, 0);
        const QJsonObject c = corrected.json();
        QCOMPARE(c[QStringLiteral("money")].toArray().size(), money.size() - 1);
        QCOMPARE(c[QStringLiteral("rejected")].toArray().size(), 1);
        QCOMPARE(c[QStringLiteral("rejected")][0][QStringLiteral("reason")].toString(),
                 QStringLiteral("wrong-amount"));
        const QJsonArray cdates = c[QStringLiteral("dates")].toArray();
        QCOMPARE(cdates.size(), dates.size() + 1);
        QCOMPARE(cdates.at(0)[QStringLiteral("start")].toString(), QStringLiteral("2030-01"));
        QCOMPARE(cdates.at(0)[QStringLiteral("origin")].toString(), QStringLiteral("edited"));
        QCOMPARE(cdates.at(0)[QStringLiteral("extracted")][QStringLiteral("start")],
                 dates.at(0)[QStringLiteral("start")]);
        QCOMPARE(cdates.last()[QStringLiteral("origin")].toString(), QStringLiteral("user"));
        QCOMPARE(cdates.last()[QStringLiteral("start")].toString(), QStringLiteral("2031"));
        QCOMPARE(c[QStringLiteral("strategy")], before.json()[QStringLiteral("strategy")]);
    }

    void annotationsListsRecords() {
        const Run r = cli({QStringLiteral("annotations"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray annotations = r.json()[QStringLiteral("annotations")].toArray();
        const QJsonArray corrections = r.json()[QStringLiteral("corrections")].toArray();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(corrections.size(), 2);
        const QJsonObject a = annotations.at(0).toObject();
        QCOMPARE(a[QStringLiteral("note")].toString(), QStringLiteral("발표일 확인"));
        QCOMPARE(a[QStringLiteral("tags")].toArray().at(0).toString(), QStringLiteral("확인"));
        QCOMPARE(a[QStringLiteral("fact")][QStringLiteral("kind")].toString(), QStringLiteral("date"));
        QVERIFY(a[QStringLiteral("document")][QStringLiteral("path")].toString().endsWith(
            QStringLiteral("002-foundation-model-press-2025.pdf")));
        QCOMPARE(a[QStringLiteral("detached")].toBool(), false);

        const Run text = cli({QStringLiteral("annotations"), m_sample});
        QCOMPARE(text.code, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("1 annotations, 2 corrections")));

        const Run missing = cli({QStringLiteral("annotations"), QStringLiteral("999")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("no document"));
    }

    // Removing the document keeps its records, shown as waiting for it; importing it again brings them back.
    void removeAndImportKeepsRecords() {
        QCOMPARE(cli({QStringLiteral("remove"), m_sample}).code, 0);
        const Run waiting = cli({QStringLiteral("annotations"), QStringLiteral("--json")});
        QCOMPARE(waiting.json()[QStringLiteral("annotations")].toArray().size(), 1);
        QVERIFY(
            waiting.json()[QStringLiteral("annotations")][0][QStringLiteral("document")][QStringLiteral("id")]
                .isNull());
        QCOMPARE(cli({QStringLiteral("import"), m_sample}).code, 0);
        const Run back = cli({QStringLiteral("annotations"), m_sample, QStringLiteral("--json")});
        QCOMPARE(back.code, 0);
        QCOMPARE(back.json()[QStringLiteral("annotations")].toArray().size(), 1);
        QCOMPARE(back.json()[QStringLiteral("corrections")].toArray().size(), 2);
    }
    // A changed file at a known path, imported again from the command line, is one document with the user's
    // tags, collections and annotations, never a fresh one without them.
    void reimportOfAChangedFileKeepsTagsCollectionsAndAnnotations() {
        const QString lib = m_dir.filePath(QStringLiteral("changed.policylens"));
        const QString file = m_dir.filePath(QStringLiteral("보도자료.pdf"));
        QVERIFY(QFile::copy(m_sample, file));
        QCOMPARE(runCli(lib, {QStringLiteral("import"), file}).code, 0);
        qint64 oldId = 0;
        {
            auto opened = store::Library::open(lib);
            QVERIFY(opened);
            oldId = (*opened)->documents().value().constFirst().id;
            store::Catalog catalog(**opened);
            QVERIFY(catalog.setTags(oldId, {QStringLiteral("예산"), QStringLiteral("파운데이션")}));
            const auto collection = catalog.createCollection(QStringLiteral("보도자료 모음"));
            QVERIFY(collection && catalog.addToCollection(*collection, oldId));
            const text::Passage first = (*opened)->passages(oldId).value().constFirst();
            annotation::Annotation a;
            a.document.docId = oldId;
            a.page = first.page;
            a.boxes = {first.box};
            a.quote = first.text;
            a.note = QStringLiteral("다시 확인");
            QVERIFY(annotation::AnnotationStore(**opened).addAnnotation(a));
        }
        {
            QFile f(file); // the same text, a changed file: a trailing comment after %%EOF
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n% revised\n");
        }
        const Run again = runCli(lib, {QStringLiteral("import"), file, QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("replaced"), again.out.constData());

        auto opened = store::Library::open(lib);
        QVERIFY(opened);
        const QList<store::DocumentRecord> docs = (*opened)->documents().value();
        QCOMPARE(docs.size(), 1);
        const qint64 newId = docs.constFirst().id;
        QVERIFY(newId != oldId);
        store::Catalog catalog(**opened);
        QCOMPARE(catalog.tagsByDocument().value().value(newId),
                 (QStringList{QStringLiteral("예산"), QStringLiteral("파운데이션")}));
        const auto collections = catalog.collections().value();
        QCOMPARE(collections.size(), 1);
        QCOMPARE(catalog.documentsIn(collections.constFirst().id).value(), QSet<qint64>{newId});
        const QList<annotation::Annotation> annotations =
            annotation::AnnotationStore(**opened).allAnnotations();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.constFirst().document.docId, std::optional<qint64>(newId));
        QCOMPARE(annotations.constFirst().note, QStringLiteral("다시 확인"));
        QVERIFY(!annotations.constFirst().detached);
    }

    // A library that cannot be read or written says why, naming the file; it never looks empty.
    void storeErrorsReachTheUser() {
        const QString lib = m_dir.filePath(QStringLiteral("damaged.policylens"));
        QCOMPARE(runCli(lib, {QStringLiteral("import"), m_sample}).code, 0);
        {
            auto opened = store::Library::open(lib);
            QVERIFY(opened);
            QVERIFY((*opened)->exec("ALTER TABLE passages RENAME TO passages_lost"));
        }
        const Run list = runCli(lib, {QStringLiteral("list")});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains("damaged.policylens") && list.err.contains("passages"),
                 list.err.constData());
        QVERIFY(!list.out.contains("The library is empty"));
        const Run json = runCli(lib, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QVERIFY(json.out.isEmpty());
    }

    void aLockedLibraryIsReportedNotWaitedOnForever() {
        const QString lib = m_dir.filePath(QStringLiteral("locked.policylens"));
        QCOMPARE(runCli(lib, {QStringLiteral("import"), m_sample}).code, 0);
        auto writer = store::Library::open(lib);
        QVERIFY(writer);
        auto held = (*writer)->transaction(); // another program holds the write lock
        QVERIFY(held);
        const QString file = m_dir.filePath(QStringLiteral("locked-copy.pdf"));
        QVERIFY(QFile::copy(m_sample, file));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n% copy\n");
        }
        const Run r = runCli(lib, {QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("another program") || r.err.contains("another program"),
                 (r.out + r.err).constData());
        QVERIFY(held->commit());
        QCOMPARE(runCli(lib, {QStringLiteral("import"), file}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TstCliAnnotations)
#include "tst_cliannotations.moc"
