#include "ui/models/importresultmodel.h"
#include "ui/models/libraryfiltermodel.h"
#include "ui/models/librarymodel.h"
#include "ui/models/outlinemodel.h"
#include "ui/models/searchhitmodel.h"
#include "ui/models/thumbnailmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pl;

namespace {

store::DocumentRecord document(qint64 id, const QString& title, const QString& date, int pages) {
    store::DocumentRecord doc;
    doc.id = id;
    doc.title = title;
    doc.date = date;
    doc.pageCount = pages;
    doc.path = QStringLiteral("/docs/%1.pdf").arg(id);
    return doc;
}

search::SearchHit hit(qint64 docId, int page, double score) {
    search::SearchHit h;
    h.docId = docId;
    h.page = page;
    h.score = score;
    h.title = QStringLiteral("문서 %1").arg(docId);
    h.snippet = QStringLiteral("<b>인공지능</b>");
    return h;
}

} // namespace

/// Every model of the window under QAbstractItemModelTester, with the behaviour its views rely on.
class TestModels : public QObject {
    Q_OBJECT

private slots:
    void libraryModelShowsCountriesTagsAndFlags();
    void libraryFilterKeepsCollectionAndMatchesTags();
    void libraryFilterSortsKoreanTitles();
    void searchHitsAreGroupedByDocument();
    void importResultsExplainFailures();
    void outlineNestsHeadingsByLevel();
    void thumbnailsStandInUntilRendered();
};

void TestModels::libraryModelShowsCountriesTagsAndFlags() {
    ui::LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store::DocumentRecord locked = document(2, QStringLiteral("보안 문서"), QStringLiteral("2024-05"), 3);
    locked.encrypted = true;
    locked.needsOcr = true;
    model.setDocuments(
        {document(1, QStringLiteral("초거대AI 경쟁력 강화 방안"), QStringLiteral("2023-04-14"), 32), locked},
        {{1, {QStringLiteral("KR"), QStringLiteral("US")}}}, {{2, {QStringLiteral("예산")}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ui::LibraryModel::ColumnCount));
    QCOMPARE(model.index(0, ui::LibraryModel::CountriesColumn).data().toString(), QStringLiteral("KR, US"));
    QCOMPARE(model.index(1, ui::LibraryModel::TagsColumn).data().toString(), QStringLiteral("예산"));
    const QString flags = model.index(1, ui::LibraryModel::FlagsColumn).data().toString();
    QVERIFY(flags.contains(QStringLiteral("OCR")));
    QVERIFY(flags.contains(ui::LibraryModel::tr("Password")));
    QCOMPARE(model.index(0, 0).data(ui::LibraryModel::YearRole).toInt(), 2023);
    QCOMPARE(model.index(1, 0).data(ui::LibraryModel::EncryptedRole).toBool(), true);
    QCOMPARE(model.index(0, ui::LibraryModel::PagesColumn).data(ui::LibraryModel::SortRole).toInt(), 32);
}

void TestModels::libraryFilterKeepsCollectionAndMatchesTags() {
    ui::LibraryModel model;
    ui::LibraryFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocuments({document(1, QStringLiteral("가"), {}, 1), document(2, QStringLiteral("나"), {}, 1),
                        document(3, QStringLiteral("다"), {}, 1)},
                       {{3, {QStringLiteral("JP")}}}, {{2, {QStringLiteral("검토 필요")}}});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("검토"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ui::LibraryModel::DocIdRole).toLongLong(), 2);
    proxy.setFilterText(QStringLiteral("jp"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});
    proxy.setDocumentFilter(QSet<qint64>{1, 3});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setDocumentFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestModels::libraryFilterSortsKoreanTitles() {
    ui::LibraryModel model;
    ui::LibraryFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocuments({document(1, QStringLiteral("하늘"), {}, 10),
                        document(2, QStringLiteral("가람"), {}, 2),
                        document(3, QStringLiteral("나무"), {}, 100)});
    proxy.sort(ui::LibraryModel::TitleColumn);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("가람"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("하늘"));
    proxy.sort(ui::LibraryModel::PagesColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("나무")); // 100 > 10 > 2, as numbers
}

void TestModels::searchHitsAreGroupedByDocument() {
    ui::SearchHitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    search::SearchResult result;
    result.query = QStringLiteral("인공지능");
    result.hits = {hit(1, 3, 9), hit(2, 1, 8), hit(1, 7, 7), hit(3, 2, 6), hit(2, 4, 5)};
    model.setResult(result);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.documentCount(), 3);
    const QList<qint64> docs = {1, 1, 2, 2, 3};
    const QList<bool> starts = {true, false, true, false, true};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.index(row).data(ui::SearchHitModel::DocIdRole).toLongLong(), docs.at(row));
        QCOMPARE(model.index(row).data(ui::SearchHitModel::GroupStartRole).toBool(), starts.at(row));
    }
    QCOMPARE(model.index(0).data(ui::SearchHitModel::GroupSizeRole).toInt(), 2);
    QCOMPARE(model.index(1).data(ui::SearchHitModel::PageRole).toInt(), 7);
    QCOMPARE(model.nextGroupRow(0), 2);
    QCOMPARE(model.nextGroupRow(3), 4);
    QCOMPARE(model.nextGroupRow(4), -1);
    QCOMPARE(model.nextGroupRow(4, -1), 2);
    QCOMPARE(model.nextGroupRow(1, -1), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::importResultsExplainFailures() {
    ui::ImportResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    import::ImportOutcome added;
    added.path = QStringLiteral("/docs/계획.pdf");
    added.status = import::ImportOutcome::Status::Added;
    added.docId = 4;
    added.pages = 12;
    import::ImportOutcome failed;
    failed.path = QStringLiteral("/docs/보고서.pdf");
    failed.status = import::ImportOutcome::Status::Failed;
    failed.error = Error{Error::Kind::NotPdf, QStringLiteral("not a PDF"), failed.path};
    model.append(added);
    model.append(failed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.failureCount(), 1);
    QCOMPARE(model.index(0, ui::ImportResultModel::FileColumn).data().toString(), QStringLiteral("계획.pdf"));
    QCOMPARE(model.index(0, ui::ImportResultModel::PagesColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(1, ui::ImportResultModel::ReasonColumn).data().toString(),
             ui::ImportResultModel::reasonFor(failed.error));
    QVERIFY(model.index(1, 0).data(ui::ImportResultModel::FailedRole).toBool());
    QCOMPARE(model.index(1, 0).data(ui::ImportResultModel::DocIdRole).toLongLong(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::outlineNestsHeadingsByLevel() {
    ui::OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto entry = [](const QString& title, int level, int page) {
        return store::Catalog::OutlineEntry{title, level, page, QRectF(10, 10, 100, 12)};
    };
    model.setEntries({entry(QStringLiteral("Ⅰ. 추진 배경"), 0, 1), entry(QStringLiteral("1. 현황"), 1, 2),
                      entry(QStringLiteral("2. 문제점"), 1, 3), entry(QStringLiteral("Ⅱ. 추진 과제"), 0, 5),
                      entry(QStringLiteral("1. 데이터"), 1, 6)});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.index(1, 0, first).data().toString(), QStringLiteral("2. 문제점"));
    QCOMPARE(model.index(1, 0, first).data(ui::OutlineModel::PageRole).toInt(), 3);
    QCOMPARE(model.parent(model.index(1, 0, first)), first);
    QCOMPARE(model.rowCount(model.index(1, 0)), 1);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::thumbnailsStandInUntilRendered() {
    ui::ThumbnailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPages(7, {QSizeF(595, 842), QSizeF(842, 595)});
    QCOMPARE(model.rowCount(), 2);
    const QImage portrait = model.index(0).data(Qt::DecorationRole).value<QImage>();
    const QImage landscape = model.index(1).data(Qt::DecorationRole).value<QImage>();
    QVERIFY(portrait.height() > portrait.width());
    QVERIFY(landscape.width() > landscape.height());
    QVERIFY(!model.index(0).data(ui::ThumbnailModel::RenderedRole).toBool());
    QCOMPARE(model.index(1).data(ui::ThumbnailModel::PageRole).toInt(), 2);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
