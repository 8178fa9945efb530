#include "core/import/importjob.h"
#include "core/store/library.h"
#include "pdffixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pl::import::ImportJob;
using pl::import::ImportOutcome;

namespace {

/// A folder of `count` one-page memos with distinct Korean text, named in the order they are imported.
QStringList writeMemos(const QString& folder, int count) {
    QStringList names;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("memo-%1.pdf").arg(i, 3, 10, QLatin1Char('0'));
        const fixtures::Page page{
            {QStringLiteral("제%1차 예산 편성 회의 결과 보고").arg(i + 1), QPointF(60, 120), 11}};
        if (!fixtures::writePdf(QDir(folder).filePath(name), {page}))
            return {};
        names.append(name);
    }
    return names;
}

} // namespace

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

    void readsAheadNoMoreThanItsWindow() {
        // A folder of many files: the job must not hold the text of them all while it writes them one by one.
        QTemporaryDir folder;
        const QStringList names = writeMemos(folder.path(), 24);
        QCOMPARE(names.size(), 24);
        const QString lib = m_dir.filePath(QStringLiteral("window.policylens"));
        ImportJob job(lib, {folder.path()});
        job.setThreadCount(2);
        QCOMPARE(job.documentWindow(), 4);
        QStringList finishedOrder;
        int heldWhenReadersIdle = -1;
        connect(&job, &ImportJob::fileFinished, &job, [&](const ImportOutcome& o) {
            finishedOrder.append(QFileInfo(o.path).fileName());
            if (finishedOrder.size() == 1) {
                // Keep the writer waiting until the readers have nothing left to read: a job that read every
                // file ahead would now hold all the others.
                QTRY_COMPARE_WITH_TIMEOUT(job.filesPending(), 0, 60000);
                heldWhenReadersIdle = job.documentsHeld();
            }
        });
        const auto outcomes = job.run();
        QCOMPARE(heldWhenReadersIdle, job.documentWindow());
        QCOMPARE_LE(job.peakDocumentsHeld(), job.documentWindow());
        QCOMPARE(job.documentsHeld(), 0); // each freed once stored
        QCOMPARE(finishedOrder, names);   // results still in input order
        QCOMPARE(outcomes.size(), names.size());
        for (const ImportOutcome& o : outcomes)
            QCOMPARE(o.status, ImportOutcome::Status::Added);
        auto opened = pl::store::Library::open(lib);
        QVERIFY(opened.has_value());
        QCOMPARE((*opened)->documents().value().size(), names.size());
    }

    void cancelDuringImportStopsReading() {
        QTemporaryDir folder;
        const QStringList names = writeMemos(folder.path(), 12);
        QCOMPARE(names.size(), 12);
        const QString lib = m_dir.filePath(QStringLiteral("cancel-during.policylens"));
        ImportJob job(lib, {folder.path()});
        job.setThreadCount(2);
        QSignalSpy finished(&job, &ImportJob::fileFinished);
        connect(&job, &ImportJob::fileFinished, &job, [&job] { job.cancel(); });
        const auto outcomes = job.run();
        QCOMPARE(outcomes.size(), names.size());
        QCOMPARE(finished.size(), names.size()); // every file is answered, in order
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Added);
        for (qsizetype i = 1; i < outcomes.size(); ++i) {
            QCOMPARE(QFileInfo(outcomes[i].path).fileName(), names[i]);
            QCOMPARE(outcomes[i].status, ImportOutcome::Status::Cancelled);
        }
        auto opened = pl::store::Library::open(lib);
        QVERIFY(opened.has_value());
        QCOMPARE((*opened)->documents().value().size(), 1);
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

QTEST_MAIN(TstImportJob) // QPdfWriter writes the fixtures
#include "tst_importjob.moc"
