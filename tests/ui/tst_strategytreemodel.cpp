#include "factsfixture.h"
#include "ui/facts/strategytreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pl::ui;

/// The strategy tree of each document with its columns and the pages each node spans.
class TestStrategyTreeModel : public QObject {
    Q_OBJECT

private slots:
    void tree();
    void nodes_data();
    void nodes();
};

void TestStrategyTreeModel::tree() {
    StrategyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryFacts facts = factsfixture::library();
    facts.documents.append(factsfixture::plan(2));
    facts.documents.last().title = QStringLiteral("두 번째 계획");
    model.setFacts(facts);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex doc = model.documentIndex(2);
    QVERIFY(doc.isValid());
    QCOMPARE(doc.row(), 1);
    QVERIFY(doc.data(StrategyTreeModel::IsDocumentRole).toBool());
    QCOMPARE(doc.data().toString(), QStringLiteral("두 번째 계획"));
    QCOMPARE(model.rowCount(doc), 1); // the vision
    const QModelIndex vision = model.index(0, 0, doc);
    QCOMPARE(vision.data(StrategyTreeModel::LevelRole).toString(), QStringLiteral("vision"));
    QCOMPARE(model.rowCount(vision), 2);
    QCOMPARE(model.columnCount(vision), int(StrategyTreeModel::ColumnCount));
    QVERIFY(!model.documentIndex(99).isValid());
}

void TestStrategyTreeModel::nodes_data() {
    QTest::addColumn<QList<int>>("path");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("years");
    QTest::addColumn<QString>("ministries");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("firstPage");
    QTest::addColumn<int>("lastPage");
    QTest::newRow("vision spans the whole plan") << QList<int>{0} << "AI 일상화 비전"
                                                 << ""
                                                 << ""
                                                 << "" << 2 << 8;
    QTest::newRow("first strategy ends where the second starts") << QList<int>{0, 0} << "인프라 확충"
                                                                 << ""
                                                                 << ""
                                                                 << "" << 3 << 5;
    QTest::newRow("task with years, ministry and 신규") << QList<int>{0, 0, 0} << "학습용 데이터 구축"
                                                        << "'22~'26"
                                                        << "과기정통부"
                                                        << "신규" << 4 << 5;
    QTest::newRow("last strategy runs to the last page") << QList<int>{0, 1} << "제도 정비"
                                                         << ""
                                                         << ""
                                                         << "" << 6 << 8;
    QTest::newRow("task marked 강화") << QList<int>{0, 1, 0} << "규제 개선"
                                      << "'24~"
                                      << "법무부"
                                      << "강화" << 7 << 8;
}

void TestStrategyTreeModel::nodes() {
    QFETCH(QList<int>, path);
    QFETCH(QString, title);
    QFETCH(QString, years);
    QFETCH(QString, ministries);
    QFETCH(QString, status);
    QFETCH(int, firstPage);
    QFETCH(int, lastPage);
    StrategyTreeModel model;
    model.setFacts(factsfixture::library());
    QModelIndex index = model.documentIndex(1);
    for (int row : path)
        index = model.index(row, 0, index);
    QVERIFY(index.isValid());
    auto column = [&](int c) { return index.siblingAtColumn(c).data().toString(); };
    QCOMPARE(column(StrategyTreeModel::TitleColumn), title);
    QCOMPARE(column(StrategyTreeModel::YearsColumn), years);
    QCOMPARE(column(StrategyTreeModel::MinistriesColumn), ministries);
    QCOMPARE(column(StrategyTreeModel::StatusColumn), status);
    QCOMPARE(index.data(StrategyTreeModel::FirstPageRole).toInt(), firstPage);
    QCOMPARE(index.data(StrategyTreeModel::LastPageRole).toInt(), lastPage);
    QCOMPARE(index.data(FactRole::DocId).toLongLong(), 1);
    const QStringList nodePath = index.data(StrategyTreeModel::PathRole).toStringList();
    QCOMPARE(nodePath.constFirst(), QStringLiteral("초거대AI 경쟁력 강화 방안"));
    QCOMPARE(nodePath.constLast(), title);
}

QTEST_GUILESS_MAIN(TestStrategyTreeModel)
#include "tst_strategytreemodel.moc"
