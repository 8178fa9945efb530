#include "clirun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_lib;
    const QString m_sample =
        QStringLiteral(PL_SOURCE_DIR "/resources/samples/002-foundation-model-press-2025.pdf");

    using Run = CliRun;
    Run cli(const QStringList& args) { return runCli(m_lib, args); }

private slots:
    void initTestCase() { m_lib = m_dir.filePath(QStringLiteral("cli.policylens")); }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
        QTest::newRow("import without paths") << QStringList{QStringLiteral("import")};
        QTest::newRow("limit not a number") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                           QStringLiteral("--limit"), QStringLiteral("many")};
    }
    void usageErrorsExitTwo() {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void importReportsEachFile() {
        const QString bad = m_dir.filePath(QStringLiteral("fake.pdf"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a pdf");
        f.close();
        const Run r = cli({QStringLiteral("import"), m_sample, bad, QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // some inputs failed
        const QJsonArray results = r.json()[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("added"));
        QCOMPARE(results[1].toObject()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(results[1].toObject()[QStringLiteral("error")].toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("not-a-pdf"));

        const Run again = cli({QStringLiteral("import"), m_sample});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("unchanged"));
    }

    void listShowText() {
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray docs = list.json()[QStringLiteral("documents")].toArray();
        QCOMPARE(docs.size(), 1);
        const QJsonObject d = docs[0].toObject();
        QCOMPARE(d[QStringLiteral("pages")].toInt(), 5);
        QVERIFY(d[QStringLiteral("title")].toString().contains(QStringLiteral("파운데이션")));
        const QString id = QString::number(d[QStringLiteral("id")].toInt());

        const Run show = cli({QStringLiteral("show"), m_sample});
        QCOMPARE(show.code, 0);
        QVERIFY(QString::fromUtf8(show.out).contains(QStringLiteral("Pages:    5")));

        const Run text = cli({QStringLiteral("text"), id, QStringLiteral("--page"), QStringLiteral("1"),
                              QStringLiteral("--json")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.json()[QStringLiteral("text")].toString().contains(QStringLiteral("인공지능")));
        QCOMPARE(cli({QStringLiteral("text"), id, QStringLiteral("--page"), QStringLiteral("99")}).code, 2);
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("42")}).code, 1);
    }

    void searchJsonShape() {
        const Run r = cli({QStringLiteral("search"), QStringLiteral("파운데이션 모델"),
                           QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("query")].toString(), QStringLiteral("파운데이션 모델"));
        const QJsonArray hits = o[QStringLiteral("hits")].toArray();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() <= 5);
        const QJsonObject h = hits[0].toObject();
        for (const char* key : {"doc", "path", "title", "page", "text", "snippet", "score", "boxes"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        QVERIFY(h[QStringLiteral("page")].toInt() >= 1);
        QCOMPARE(h[QStringLiteral("boxes")].toArray()[0].toArray().size(), 4);
        QVERIFY(h[QStringLiteral("text")].toString().contains(QStringLiteral("파운데이션")));

        const Run bad = cli({QStringLiteral("search"), QStringLiteral("\"(NEAR"), QStringLiteral("--json")});
        QVERIFY(bad.code == 0 || bad.code == 2);
        QVERIFY(!bad.err.contains("fts5"));
    }

    void removeEmptiesLibrary() {
        const Run r = cli({QStringLiteral("remove"), m_sample});
        QCOMPARE(r.code, 0);
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json()[QStringLiteral("documents")].toArray().size(), 0);
        QCOMPARE(cli({QStringLiteral("remove"), m_sample}).code, 1);
    }

    // Encrypted copies of sample 002 made with qpdf at build time (tests/CMakeLists.txt).
    void importEncrypted_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expect"); // error kind name, or "added"
        const QString user = QStringLiteral(PL_FIXTURE_ENCRYPTED_USER);
        const QString owner = QStringLiteral(PL_FIXTURE_ENCRYPTED_OWNER);
        QTest::newRow("user password, none given")
            << user << QString() << QStringLiteral("password-required");
        QTest::newRow("user password, wrong one")
            << user << QStringLiteral("nope") << QStringLiteral("wrong-password");
        QTest::newRow("user password, right one")
            << user << QStringLiteral(PL_FIXTURE_USER_PASSWORD) << QStringLiteral("added");
        QTest::newRow("owner password only, restricted") << owner << QString() << QStringLiteral("added");
    }
    void importEncrypted() {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("encrypted.policylens"));
        QStringList args{QStringLiteral("import"), file};
        if (!password.isEmpty())
            args << QStringLiteral("--password") << password;
        const Run plain = runCli(library, args);
        if (expect == QStringLiteral("added")) {
            QCOMPARE(plain.code, 0);
            QVERIFY2(plain.out.startsWith("added"), plain.out.constData());
            const Run list = runCli(library, {QStringLiteral("list"), QStringLiteral("--json")});
            const QJsonArray docs = list.json()[QStringLiteral("documents")].toArray();
            QCOMPARE(docs.size(), 1);
            QCOMPARE(docs[0].toObject()[QStringLiteral("pages")].toInt(), 5);
            QCOMPARE(docs[0].toObject()[QStringLiteral("encrypted")].toBool(), true);
            return;
        }
        // The message names the file and says what is wrong; nothing is stored.
        QCOMPARE(plain.code, 1);
        const QString err = QString::fromUtf8(plain.err);
        QVERIFY2(err.contains(QFileInfo(file).fileName()), qPrintable(err));
        QVERIFY2(err.contains(expect == QStringLiteral("password-required")
                                  ? QStringLiteral("password required")
                                  : QStringLiteral("wrong password")),
                 qPrintable(err));
        const Run json = runCli(library, args + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonObject result = json.json()[QStringLiteral("results")].toArray()[0].toObject();
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(result[QStringLiteral("error")].toObject()[QStringLiteral("kind")].toString(), expect);
        const Run list = runCli(library, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json()[QStringLiteral("documents")].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
