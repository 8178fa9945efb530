#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

/// `policylens-cli briefing …`: a briefing built without the GUI, exported as PDF and HTML, with the exit
/// codes scripts rely on; and a briefing that outlives the re-import of the document it quotes.
class TestCliBriefing : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_lib;
    const QString m_sample =
        QStringLiteral(PL_SOURCE_DIR "/resources/samples/002-foundation-model-press-2025.pdf");

    using Run = CliRun;
    Run cli(const QStringList& args) { return runCli(m_lib, args); }

    static QString squeezed(QString text) {
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        return text;
    }

    QString m_id;
    QString m_quote;
    QString m_title;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_lib = m_dir.filePath(QStringLiteral("cli.policylens"));
        QCOMPARE(cli({QStringLiteral("import"), m_sample}).code, 0);
    }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("briefing")};
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("frob")};
        QTest::newRow("create without name")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("create")};
        QTest::newRow("add without what")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("add"), QStringLiteral("1")};
        QTest::newRow("add with two things")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("add"), QStringLiteral("1"),
                           QStringLiteral("--note"),   QStringLiteral("a"),   QStringLiteral("--heading"),
                           QStringLiteral("b")};
        QTest::newRow("passage without page")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("add"), QStringLiteral("1"),
                           QStringLiteral("--passage"), QStringLiteral("1")};
        QTest::newRow("export without output")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("export"), QStringLiteral("1"),
                           QStringLiteral("--format"), QStringLiteral("pdf")};
        QTest::newRow("export to an unknown format")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("export"), QStringLiteral("1"),
                           QStringLiteral("--format"), QStringLiteral("docx"),   QStringLiteral("--output"),
                           QStringLiteral("x.docx")};
    }
    void usageErrorsExitTwo() {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void createAndAdd() {
        const Run list = cli({QStringLiteral("briefing"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.json()[QStringLiteral("briefings")].toArray().isEmpty());

        const Run created = cli({QStringLiteral("briefing"), QStringLiteral("create"), QStringLiteral("장관"),
                                 QStringLiteral("보고"), QStringLiteral("--json")});
        QCOMPARE(created.code, 0);
        QCOMPARE(created.json()[QStringLiteral("name")].toString(), QStringLiteral("장관 보고"));
        m_id = QString::number(created.json()[QStringLiteral("id")].toInteger());

        QCOMPARE(cli({QStringLiteral("briefing"), QStringLiteral("add"), m_id, QStringLiteral("--heading"),
                      QStringLiteral("1. 사업 개요")})
                     .code,
                 0);
        const Run passage =
            cli({QStringLiteral("briefing"), QStringLiteral("add"), m_id, QStringLiteral("--passage"),
                 QStringLiteral("1:1:2"), QStringLiteral("--comment"), QStringLiteral("핵심"),
                 QStringLiteral("--json")});
        QCOMPARE(passage.code, 0);
        const QJsonObject item = passage.json();
        QCOMPARE(item[QStringLiteral("kind")].toString(), QStringLiteral("passage"));
        m_quote = item[QStringLiteral("text")].toString();
        QVERIFY(!m_quote.isEmpty());
        m_title = item[QStringLiteral("payload")]
                      .toObject()[QStringLiteral("doc")]
                      .toObject()[QStringLiteral("title")]
                      .toString();
        QCOMPARE(item[QStringLiteral("citation")].toString(), m_title + QStringLiteral(" p.1"));
        QCOMPARE(cli({QStringLiteral("briefing"), QStringLiteral("add"), m_id, QStringLiteral("--note"),
                      QStringLiteral("예산 재확인")})
                     .code,
                 0);
        // A passage by the document's path, the whole page.
        QCOMPARE(cli({QStringLiteral("briefing"), QStringLiteral("add"), m_id, QStringLiteral("--passage"),
                      m_sample + QStringLiteral(":2")})
                     .code,
                 0);

        const Run show =
            cli({QStringLiteral("briefing"), QStringLiteral("show"), m_id, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const QJsonArray items = show.json()[QStringLiteral("item_list")].toArray();
        QCOMPARE(items.size(), 4);
        QStringList kinds;
        for (const QJsonValue& v : items)
            kinds.append(v.toObject()[QStringLiteral("kind")].toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("heading"), QStringLiteral("passage"),
                                     QStringLiteral("note"), QStringLiteral("passage")}));
        QCOMPARE(items[1].toObject()[QStringLiteral("comment")].toString(), QStringLiteral("핵심"));
    }

    void missingThingsExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("show a missing briefing")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("show"), QStringLiteral("99")}
            << QStringLiteral("99");
        QTest::newRow("add to a missing briefing")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("add"), QStringLiteral("99"),
                           QStringLiteral("--note"), QStringLiteral("x")}
            << QStringLiteral("99");
        QTest::newRow("passage of a missing document")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("add"), QStringLiteral("1"),
                           QStringLiteral("--passage"), QStringLiteral("77:1")}
            << QStringLiteral("77");
        QTest::newRow("passage beyond the last page")
            << QStringList{QStringLiteral("briefing"), QStringLiteral("add"), QStringLiteral("1"),
                           QStringLiteral("--passage"), QStringLiteral("1:400")}
            << QStringLiteral("400");
        QTest::newRow("export a missing briefing") << QStringList{QStringLiteral("briefing"),
                                                                  QStringLiteral("export"),
                                                                  QStringLiteral("99"),
                                                                  QStringLiteral("--format"),
                                                                  QStringLiteral("pdf"),
                                                                  QStringLiteral("--output"),
                                                                  QStringLiteral("/tmp/never.pdf")}
                                                   << QStringLiteral("99");
    }
    void missingThingsExitOne() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    }

    void exportPdfAndHtml() {
        const QString pdf = m_dir.filePath(QStringLiteral("briefing.pdf"));
        const Run r =
            cli({QStringLiteral("briefing"), QStringLiteral("export"), m_id, QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
        QCOMPARE(r.code, 0);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        QVERIFY(doc);
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF());
        text = squeezed(text);
        for (const QString& expected : {QStringLiteral("장관 보고"), QStringLiteral("1. 사업 개요"), m_quote,
                                        m_title + QStringLiteral(" p.1"), QStringLiteral("예산 재확인"),
                                        QStringLiteral("002-foundation-model-press-2025.pdf")})
            QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected));
        for (const Poppler::FontInfo& font : doc->fonts())
            QVERIFY(font.isEmbedded());

        const QString html = m_dir.filePath(QStringLiteral("briefing.html"));
        QCOMPARE(cli({QStringLiteral("briefing"), QStringLiteral("export"), m_id, QStringLiteral("--format"),
                      QStringLiteral("html"), QStringLiteral("--output"), html})
                     .code,
                 0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("1. 사업 개요")));
        QVERIFY(!page.contains(QStringLiteral("<link")) && !page.contains(QStringLiteral("http")));
    }

    void exportSpeaksTheChosenLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sources");
        QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("출처");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Sources");
    }
    void exportSpeaksTheChosenLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, sources);
        const QString pdf = m_dir.filePath(QStringLiteral("briefing-%1.pdf").arg(language));
        QCOMPARE(cli({QStringLiteral("briefing"), QStringLiteral("export"), m_id, QStringLiteral("--output"),
                      pdf, QStringLiteral("--lang"), language})
                     .code,
                 0);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        QVERIFY(doc);
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF());
        QVERIFY(text.contains(sources));
    }

    void unwritableOutputExitsOneAndLeavesNothing() {
        const QString target = m_dir.filePath(QStringLiteral("missing-folder/briefing.pdf"));
        const Run r =
            cli({QStringLiteral("briefing"), QStringLiteral("export"), m_id, QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--output"), target});
        QCOMPARE(r.code, 1);
        QVERIFY(QString::fromUtf8(r.err).contains(target));
        QVERIFY(!QFileInfo::exists(target));
    }

    void briefingOutlivesReimport() {
        // Removing the document and importing it again gives it a new row; the briefing keeps its quote and
        // citation, and still exports.
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("1")}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), m_sample}).code, 0);
        const Run show =
            cli({QStringLiteral("briefing"), QStringLiteral("show"), m_id, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const QJsonArray items = show.json()[QStringLiteral("item_list")].toArray();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[1].toObject()[QStringLiteral("text")].toString(), m_quote);
        QCOMPARE(items[1].toObject()[QStringLiteral("citation")].toString(),
                 m_title + QStringLiteral(" p.1"));
        const QString pdf = m_dir.filePath(QStringLiteral("after-reimport.pdf"));
        QCOMPARE(
            cli({QStringLiteral("briefing"), QStringLiteral("export"), m_id, QStringLiteral("--output"), pdf})
                .code,
            0);
        QVERIFY(QFileInfo(pdf).size() > 0);
        const Run list = cli({QStringLiteral("briefing"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json()[QStringLiteral("briefings")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("items")]
                     .toInt(),
                 4);
    }
};

QTEST_GUILESS_MAIN(TestCliBriefing)
#include "tst_clibriefing.moc"
