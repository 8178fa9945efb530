#include "core/annotation/annotationstore.h"
#include "core/store/library.h"

#include "clirun.h"

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
            const QList<text::Passage> passages = (*lib)->passages(docId);
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
};

QTEST_GUILESS_MAIN(TstCliAnnotations)
#include "tst_cliannotations.moc"
