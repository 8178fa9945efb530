#include "core/store/library.h"
#include "core/store/statement.h"

#include "../core/pdffixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pl;

/// `policylens-cli import` killed with SIGKILL at random moments: the library must stay sound, hold each
/// document completely or not at all, and a later import must complete it.
class TstCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pdfs;
    static constexpr int kDocuments = 24;
    static constexpr int kPagesPerDocument = 6;
    static constexpr int kKills = 20;

    int importInto(const QString& library, int killAfterMs = -1) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(PL_CLI_PATH),
                {QStringLiteral("--library"), library, QStringLiteral("import"), m_pdfs});
        if (!p.waitForStarted())
            return -2;
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no handler, no clean-up
            p.waitForFinished();
            return -1;
        }
        p.waitForFinished(600000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    }

    /// Checks the library after a kill; returns how many documents it holds, or -1 after a failed check.
    int checkLibrary(const QString& path) {
        auto opened = store::Library::open(path);
        if (!opened) {
            qWarning() << opened.error().toString();
            return -1;
        }
        sqlite3* db = (*opened)->handle();
        store::Statement integrity(db, "PRAGMA integrity_check");
        if (!integrity.next() || integrity.text(0) != QStringLiteral("ok")) {
            qWarning() << "integrity_check:" << integrity.text(0);
            return -1;
        }
        if (!(*opened)->exec("INSERT INTO passage_index(passage_index) VALUES('integrity-check')")) {
            qWarning() << "the search index does not match the passages";
            return -1;
        }
        // Complete: every page row, passages on every page that has text, and its facts.
        store::Statement docs(
            db, "SELECT d.id, d.page_count, (SELECT count(*) FROM pages p WHERE p.doc_id = d.id), "
                "(SELECT count(DISTINCT page_no) FROM passages s WHERE s.doc_id = d.id), "
                "d.facts_version FROM documents d");
        int n = 0;
        while (docs.next()) {
            ++n;
            if (docs.integer(1) != kPagesPerDocument || docs.integer(2) != kPagesPerDocument ||
                docs.integer(3) != kPagesPerDocument || docs.integer(4) <= 0) {
                qWarning() << "document" << docs.int64(0) << "is incomplete:" << docs.integer(1)
                           << docs.integer(2) << docs.integer(3) << docs.integer(4);
                return -1;
            }
        }
        return n;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_pdfs = m_dir.filePath(QStringLiteral("pdfs"));
        QVERIFY(QDir().mkpath(m_pdfs));
        for (int d = 0; d < kDocuments; ++d) {
            QList<fixtures::Page> pages;
            for (int p = 0; p < kPagesPerDocument; ++p) {
                fixtures::Page page;
                page.append(
                    {QStringLiteral("제%1차 인공지능 기본계획 %2쪽").arg(d + 1).arg(p + 1), {60, 80}, 16});
                for (int l = 0; l < 18; ++l)
                    page.append(
                        {QStringLiteral("○ 문서 %1의 %2번째 과제: 학습용 데이터 구축에 %3억원을 투자한다")
                             .arg(d + 1)
                             .arg(l + 1)
                             .arg((d + 1) * 100 + l),
                         {70, 120.0 + 30 * l}});
                pages.append(page);
            }
            QVERIFY(fixtures::writePdf(
                QDir(m_pdfs).filePath(QStringLiteral("plan-%1.pdf").arg(d + 1, 2, 10, QLatin1Char('0'))),
                pages));
        }
    }

    void killedImportsLeaveDocumentsWholeOrAbsent() {
        // How long an uninterrupted import takes, so that the kills land all over it.
        const QString reference = m_dir.filePath(QStringLiteral("reference.policylens"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(importInto(reference), 0);
        const int fullMs = std::max<int>(50, int(timer.elapsed()));
        QCOMPARE(checkLibrary(reference), kDocuments);

        QRandomGenerator random(20261122);
        int killed = 0;
        QList<int> held;
        // Until 20 imports were killed (one that finished first does not count).
        for (int i = 0; killed < kKills && i < 2 * kKills; ++i) {
            const QString library = m_dir.filePath(QStringLiteral("killed-%1.policylens").arg(i));
            const int at = random.bounded(fullMs * 9 / 10);
            if (importInto(library, at) == -1)
                ++killed;
            const QString when = QStringLiteral("after the kill at %1 ms of %2").arg(at).arg(fullMs);
            held.append(checkLibrary(library));
            QVERIFY2(held.last() >= 0, qPrintable(when));
            if (i % 4 == 3 || killed == kKills) { // the next import completes what the killed one began
                QCOMPARE(importInto(library), 0);
                QVERIFY2(checkLibrary(library) == kDocuments, qPrintable(when));
            }
        }
        qInfo() << "killed" << killed << "of" << kKills << "imports; documents held after each:" << held;
        // Kills must land between documents too, not only before the first or after the last.
        QVERIFY(std::count_if(held.begin(), held.end(), [](int n) { return n > 0 && n < kDocuments; }) >= 3);
        QCOMPARE(killed, kKills);
    }
};

QTEST_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"
