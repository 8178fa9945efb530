#include "ui/models/librarymodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "windowfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

using namespace pl;

namespace {

#if defined(__SANITIZE_ADDRESS__)
/// The ASan + UBSan build (preset asan: Debug, -O1, instrumented) runs the GUI thread's own work about
/// 2–3 times slower; what the test looks for, work that belongs on a worker thread, stalls for seconds.
constexpr qint64 kStallBudgetMs = 300;
#else
constexpr qint64 kStallBudgetMs = 100;
#endif

/// Measures how long the GUI thread's event loop goes without turning: a timer asks to run every few
/// milliseconds, and the longest wait between two runs is what a user would feel as a freeze.
class StallMeter : public QObject {
public:
    explicit StallMeter(QObject* parent = nullptr) : QObject(parent) {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 gap = m_clock.restart();
            m_longest = std::max(m_longest, gap);
            ++m_ticks;
        });
    }
    void start() {
        m_clock.start();
        m_timer.start();
    }
    /// The time since the last turn counts too: a loop that never turned again before stop() stalled.
    void stop() {
        m_longest = std::max(m_longest, m_clock.elapsed());
        m_timer.stop();
    }
    qint64 longestGapMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace

/// The window stays responsive while it imports: a user can scroll, type and click throughout.
class TestResponsiveness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importOfTwentyDocumentsNeverFreezes();
    void taggingWhileALongImportHoldsTheLibraryNeverFreezes();

private:
    QTemporaryDir m_dir;
};

void TestResponsiveness::initTestCase() {
    QVERIFY(m_dir.isValid());
    testing::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
}

void TestResponsiveness::importOfTwentyDocumentsNeverFreezes() {
    const QString folder = m_dir.filePath(QStringLiteral("pdfs"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 1; i <= 20; ++i) {
        QStringList pages;
        for (int p = 1; p <= 3; ++p)
            pages.append(
                QStringLiteral("제%1차 인공지능 정책 보고서 %2쪽\n\n정부는 %3년까지 인공지능 반도체와 데이터 "
                               "인프라에 %4억 원을 투자한다. 초거대 AI 활용을 확산하고 전문 인력을 "
                               "양성한다.")
                    .arg(i)
                    .arg(p)
                    .arg(2023 + i % 3)
                    .arg(100 * i + p));
        QVERIFY(testing::writeKoreanPdf(
            QDir(folder).filePath(QStringLiteral("policy-%1.pdf").arg(i, 2, 10, QLatin1Char('0'))),
            QStringLiteral("인공지능 정책 %1").arg(i), pages));
    }

    auto window = testing::makeWindow(m_dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QList<import::ImportOutcome> failures;
    window->setFailureReporter([&failures](const QList<import::ImportOutcome>& f) { failures += f; });
    QTest::qWait(50); // first paint, fonts: what happens before the user acts is not measured

    StallMeter meter;
    meter.start();
    // Real event loops (QSignalSpy::wait) rather than polling, so that the meter sees the loop as a user
    // would.
    QSignalSpy finished(window.get(), &ui::MainWindow::importFinished);
    QSignalSpy searched(window.get(), &ui::MainWindow::searchFinished);
    window->importPaths({folder});
    // While the import runs the user types a search, as people do.
    window->search(QStringLiteral("인공지능 반도체"));
    QVERIFY(finished.size() == 1 || finished.wait(180000));
    QVERIFY(!searched.isEmpty() || searched.wait(30000));
    searched.clear();
    window->search(QStringLiteral("인공지능 반도체")); // again, now that every document is in
    QVERIFY(searched.wait(30000));
    QVERIFY(window->hitModel()->rowCount() > 0);
    window->openHit(0);
    QSignalSpy rendered(window->reader()->pageView(), &ui::PageView::rendered);
    QVERIFY(window->reader()->pageView()->isRendered() || rendered.wait(30000));
    meter.stop();

    QVERIFY(failures.isEmpty());
    QCOMPARE(window->libraryModel()->rowCount(), 20);
    QVERIFY(meter.ticks() >= 1); // the meter ran (and stop() counted the time since its last turn)
    qInfo("longest GUI-thread stall during the import: %lld ms over %d ticks", meter.longestGapMs(),
          meter.ticks());
    QVERIFY2(meter.longestGapMs() <= kStallBudgetMs,
             qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(meter.longestGapMs())));
}

/// A 1,000-page import holds the library's write lock for a while per document; the user tags documents
/// meanwhile. The window's writes wait on the writer's thread, never on the GUI thread.
void TestResponsiveness::taggingWhileALongImportHoldsTheLibraryNeverFreezes() {
    const QString small = m_dir.filePath(QStringLiteral("small.pdf"));
    QVERIFY(testing::writeKoreanPdf(small, QStringLiteral("태그할 문서"),
                                    {QStringLiteral("인공지능 예산을 확대한다.")}));
    const QString big = m_dir.filePath(QStringLiteral("long-report.pdf"));
    QStringList pages;
    for (int p = 1; p <= 1000; ++p) {
        QStringList lines; // a full page, so that storing the document holds the library for a while
        for (int l = 1; l <= 12; ++l)
            lines.append(
                QStringLiteral("○ (%1-%2) 정부는 인공지능 반도체와 데이터 인프라에 %3억 원을 투자하고, "
                               "'%4.%5월까지 초거대 AI 활용 전문 인력을 양성한다.")
                    .arg(p)
                    .arg(l)
                    .arg(p * 10 + l)
                    .arg(24 + l % 4)
                    .arg(1 + l % 12));
        pages.append(lines.join(QLatin1Char('\n')));
    }
    QVERIFY(testing::writeKoreanPdf(big, QStringLiteral("긴 보고서"), pages));

    auto window = testing::makeWindow(m_dir.filePath(QStringLiteral("tagging.policylens")));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy finished(window.get(), &ui::MainWindow::importFinished);
    window->importPaths({small});
    QVERIFY(finished.wait(60000));
    QCOMPARE(window->libraryModel()->rowCount(), 1);
    const qint64 docId = window->libraryModel()->index(0, 0).data(ui::LibraryModel::DocIdRole).toLongLong();
    QTest::qWait(50);

    StallMeter meter;
    meter.start();
    finished.clear();
    window->importPaths({big});
    // The user tags the document again and again while the long document is stored.
    int tagged = 0;
    QTimer tagger;
    tagger.setInterval(40);
    QObject::connect(&tagger, &QTimer::timeout, window.get(), [&]() {
        ++tagged;
        window->setTags({docId}, {QStringLiteral("검토 %1").arg(tagged)});
    });
    tagger.start();
    QVERIFY(finished.size() == 1 || finished.wait(300000));
    tagger.stop();
    QSignalSpy written(window.get(), &ui::MainWindow::writesFinished);
    QVERIFY(window->writesInFlight() == 0 || written.wait(60000));
    meter.stop();

    QCOMPARE(window->libraryModel()->rowCount(), 2);
    QVERIFY(tagged >= 3); // the user did tag while the import ran
    QTRY_COMPARE(window->libraryModel()->tagsOf(docId), QStringList{QStringLiteral("검토 %1").arg(tagged)});
    qInfo("longest GUI-thread stall while tagging during a 1,000-page import: %lld ms over %d ticks (%d tag "
          "edits)",
          meter.longestGapMs(), meter.ticks(), tagged);
    QVERIFY2(meter.longestGapMs() <= kStallBudgetMs,
             qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(meter.longestGapMs())));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
