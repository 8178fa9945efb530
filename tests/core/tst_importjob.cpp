#include "core/import/importjob.h"
#include "core/store/library.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pl::import::ImportJob;
using pl::import::ImportOutcome;

class TstImportJob : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_sample = QStringLiteral(PL_SOURCE_DIR "/resources/samples/002-foundation-model-press-2025.pdf");

private slots:
    void importsGoodFilesAndReportsBadOnes() {
        const QString bad = m_dir.filePath(QStringLiteral("notes.pdf"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text pretending to be a PDF");
        f.close();
        const QString lib = m_dir.filePath(QStringLiteral("lib.policylens"));
        ImportJob job(lib, {m_sample, bad, m_dir.filePath(QStringLiteral("missing.pdf"))});
        QSignalSpy finished(&job, &ImportJob::fileFinished);
        QSignalSpy progress(&job, &ImportJob::progress);
        const auto outcomes = job.run();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(finished.size(), 3);
        QVERIFY(progress.size() >= 2);
        int added = 0, failed = 0;
        for (const ImportOutcome& o : outcomes) {
            if (o.status == ImportOutcome::Status::Added) {
                ++added;
                QCOMPARE(o.pages, 5);
            } else {
                ++failed;
                QVERIFY(!o.error.message.isEmpty());
            }
        }
        QCOMPARE(added, 1);
        QCOMPARE(failed, 2);

        // Again: nothing new.
        ImportJob again(lib, {m_sample});
        const auto second = again.run();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second[0].status, ImportOutcome::Status::Unchanged);
        auto opened = pl::store::Library::open(lib);
        QVERIFY(opened.has_value());
        QCOMPARE((*opened)->documents().value().size(), 1);
    }

    void folderImportIsRecursive() {
        QTemporaryDir tree;
        QVERIFY(QDir(tree.path()).mkpath(QStringLiteral("a/b")));
        QVERIFY(QFile::copy(m_sample, tree.filePath(QStringLiteral("a/b/press.pdf"))));
        QVERIFY(QFile::copy(m_sample, tree.filePath(QStringLiteral("top.PDF"))));
        QFile txt(tree.filePath(QStringLiteral("a/readme.txt")));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.close();
        const QStringList files = ImportJob::collectFiles({tree.path()});
        QCOMPARE(files.size(), 2);
        ImportJob job(m_dir.filePath(QStringLiteral("tree.policylens")), {tree.path()});
        const auto outcomes = job.run();
        QCOMPARE(outcomes.size(), 2);
        // Same content twice: stored once.
        QCOMPARE(
            std::count_if(outcomes.begin(), outcomes.end(),
                          [](const ImportOutcome& o) { return o.status == ImportOutcome::Status::Added; }),
            1);
    }

    void cancelStopsBeforeWriting() {
        const QString lib = m_dir.filePath(QStringLiteral("cancel.policylens"));
        ImportJob job(lib, {m_sample});
        job.cancel();
        const auto outcomes = job.run();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Cancelled);
        auto opened = pl::store::Library::open(lib);
        QVERIFY(opened.has_value());
        QCOMPARE((*opened)->documents().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstImportJob)
#include "tst_importjob.moc"
