#include "factsfixture.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/budgetsummarymodel.h"
#include "ui/facts/exchangeratetable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace pl::ui;

Q_DECLARE_METATYPE(BudgetItem)

/// Amounts normalised to KRW and USD: ranges, per-year rates, printed conversions, the rate table, and the
/// totals the budget chart draws.
class TestBudgetModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void counting_data();
    void counting();
    void printedConversionIsCountedOnce();
    void repeatedAmountIsCountedOnce();
    void summaryByYear();
    void editedRateChangesTotals();
    void csv();
};

void TestBudgetModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

namespace {

BudgetItem item(double amount, const QString& currency, const QString& period, const QString& rate = {},
                std::optional<double> amountMax = {}) {
    BudgetItem i;
    i.docId = 1;
    i.document = QStringLiteral("계획");
    i.page = 3;
    i.text = QStringLiteral("as printed");
    i.amount = amount;
    i.amountMax = amountMax;
    i.currency = currency;
    i.period = period;
    i.rate = rate;
    i.documentDate = QStringLiteral("2023-04-14");
    return i;
}

} // namespace

void TestBudgetModel::counting_data() {
    QTest::addColumn<BudgetItem>("item");
    QTest::addColumn<double>("totalKrw");
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QString>("basisMentions");
    const double usd2023 = 1305.4;
    QTest::newRow("2,655억원 over '22~'26 is a total, spread")
        << item(2655e8, QStringLiteral("KRW"), QStringLiteral("2022-2026")) << 2655e8
        << QList<int>{2022, 2023, 2024, 2025, 2026} << QStringLiteral("2022–2026");
    QTest::newRow("연 100억원 for five years counts five times")
        << item(100e8, QStringLiteral("KRW"), QStringLiteral("2022-2026"), QStringLiteral("per_year"))
        << 500e8 << QList<int>{2022, 2023, 2024, 2025, 2026} << QStringLiteral("× 5");
    QTest::newRow("연 100억원 from 2024 on counts one year")
        << item(100e8, QStringLiteral("KRW"), QStringLiteral("2024-open"), QStringLiteral("per_year"))
        << 100e8 << QList<int>{2024} << QStringLiteral("open-ended");
    QTest::newRow("연 100억원 with no period counts one year")
        << item(100e8, QStringLiteral("KRW"), QString(), QStringLiteral("per_year")) << 100e8 << QList<int>{}
        << QStringLiteral("no period printed");
    QTest::newRow("월 $20 is twelve payments a year")
        << item(20, QStringLiteral("USD"), QStringLiteral("2023"), QStringLiteral("per_month"))
        << 240 * usd2023 << QList<int>{2023} << QStringLiteral("12 months");
    QTest::newRow("100~200억원 counts the low end")
        << item(100e8, QStringLiteral("KRW"), QStringLiteral("2023"), {}, 200e8) << 100e8 << QList<int>{2023}
        << QStringLiteral("low end");
    QTest::newRow("1억 달러 in 2023 at the table rate")
        << item(1e8, QStringLiteral("USD"), QStringLiteral("2023")) << 1e8 * usd2023 << QList<int>{2023}
        << QStringLiteral("table rate 2023");
    QTest::newRow("a year after the table uses its last year")
        << item(1e8, QStringLiteral("USD"), QStringLiteral("2031")) << 1e8 * 1364.0 << QList<int>{2031}
        << QStringLiteral("table rate 2024 for 2031");
    QTest::newRow("no period takes the document's year")
        << item(1e6, QStringLiteral("EUR"), QString()) << 1e6 * 1411.9 << QList<int>{}
        << QStringLiteral("table rate 2023");
    QTest::newRow("an unknown currency is not counted as zero")
        << item(5e6, QStringLiteral("XYZ"), QStringLiteral("2023"))
        << std::numeric_limits<double>::quiet_NaN() << QList<int>{2023} << QStringLiteral("no rate for XYZ");
}

void TestBudgetModel::counting() {
    QFETCH(BudgetItem, item);
    QFETCH(double, totalKrw);
    QFETCH(QList<int>, years);
    QFETCH(QString, basisMentions);
    ExchangeRateTable rates;
    BudgetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExchangeRates(&rates);
    model.setItems({item});
    const QModelIndex index = model.index(0, 0);
    const double krw = index.data(BudgetModel::TotalKrwRole).toDouble();
    if (std::isnan(totalKrw))
        QVERIFY(std::isnan(krw));
    else
        QVERIFY2(qAbs(krw - totalKrw) < 1, qPrintable(QString::number(krw, 'f', 0)));
    QCOMPARE(index.data(BudgetModel::YearsRole).value<QList<int>>(), years);
    const QString basis = index.data(BudgetModel::BasisRole).toString();
    QVERIFY2(basis.contains(basisMentions), qPrintable(basis));
    QVERIFY(index.data(BudgetModel::CountedRole).toBool());
}

void TestBudgetModel::printedConversionIsCountedOnce() {
    ExchangeRateTable rates;
    BudgetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExchangeRates(&rates);
    model.setFacts(factsfixture::library());
    QCOMPARE(model.rowCount(), 3);
    // 3,500만 유로(약 518억 원): the euro amount is counted at the document's own rate, the won figure not at
    // all.
    const QModelIndex euro = model.index(1, 0);
    const QModelIndex won = model.index(2, 0);
    QCOMPARE(euro.data(BudgetModel::CurrencyRole).toString(), QStringLiteral("EUR"));
    QVERIFY(qAbs(euro.data(BudgetModel::TotalKrwRole).toDouble() - 518e8) < 1);
    QVERIFY(euro.data(BudgetModel::BasisRole).toString().contains(QStringLiteral("printed")));
    QCOMPARE(won.data(BudgetModel::ConvertedFromRole).toInt(), 1);
    QVERIFY(!won.data(BudgetModel::CountedRole).toBool());
    QCOMPARE(euro.data(FactRole::Country).toString(), QStringLiteral("US"));
    QCOMPARE(model.index(0, 0).data(BudgetModel::StrategyRole).toString(), QStringLiteral("인프라 확충"));

    BudgetSummaryModel summary;
    QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.setSourceModel(&model);
    summary.setGroupBy(BudgetSummaryModel::GroupBy::Currency);
    QCOMPARE(summary.rowCount(), 2);
    QCOMPARE(summary.columnCount(), 1);
    double total = 0;
    for (int r = 0; r < summary.rowCount(); ++r)
        total += summary.index(r, 0).data(BudgetSummaryModel::ValueRole).toDouble();
    QCOMPARE(summary.unitLabel(), QStringLiteral("억원"));
    QVERIFY2(qAbs(total - (2655 + 518)) < 0.01, qPrintable(QString::number(total)));
}

void TestBudgetModel::repeatedAmountIsCountedOnce() {
    ExchangeRateTable rates;
    BudgetModel model;
    model.setExchangeRates(&rates);
    BudgetItem summary = item(2655e8, QStringLiteral("KRW"), QStringLiteral("2022-2026"));
    BudgetItem detail = summary;
    detail.page = 24;
    BudgetItem otherPeriod = item(2655e8, QStringLiteral("KRW"), QStringLiteral("2023"));
    BudgetItem otherDocument = summary;
    otherDocument.docId = 2;
    model.setItems({summary, detail, otherPeriod, otherDocument});
    QVERIFY(model.index(0, 0).data(BudgetModel::CountedRole).toBool());
    QVERIFY(!model.index(1, 0).data(BudgetModel::CountedRole).toBool());
    QCOMPARE(model.index(1, 0).data(BudgetModel::RepeatOfRole).toInt(), 0);
    QVERIFY(model.index(1, 0).data(BudgetModel::BasisRole).toString().contains(QStringLiteral("p. 3")));
    QVERIFY(model.index(2, 0).data(BudgetModel::CountedRole).toBool());
    QVERIFY(model.index(3, 0).data(BudgetModel::CountedRole).toBool());
}

void TestBudgetModel::summaryByYear() {
    ExchangeRateTable rates;
    BudgetModel model;
    model.setExchangeRates(&rates);
    model.setFacts(factsfixture::library());
    BudgetSummaryModel summary;
    summary.setSourceModel(&model);
    QCOMPARE(summary.groupBy(), BudgetSummaryModel::GroupBy::Year);
    QCOMPARE(summary.rowCount(), 5);
    QCOMPARE(summary.headerData(0, Qt::Vertical).toString(), QStringLiteral("2022"));
    QCOMPARE(summary.headerData(1, Qt::Vertical).toString(), QStringLiteral("2023"));
    QVERIFY(qAbs(summary.index(0, 0).data(BudgetSummaryModel::ValueRole).toDouble() - 531) < 0.01);
    QVERIFY(qAbs(summary.index(1, 0).data(BudgetSummaryModel::ValueRole).toDouble() - (531 + 518)) < 0.01);

    summary.setTarget(BudgetSummaryModel::Target::Usd);
    QCOMPARE(summary.unitLabel(), QStringLiteral("million USD"));
    QVERIFY(qAbs(summary.index(0, 0).data(BudgetSummaryModel::ValueRole).toDouble() - 531e8 / 1292.2 / 1e6) <
            0.01);

    summary.setGroupBy(BudgetSummaryModel::GroupBy::Strategy);
    QCOMPARE(summary.rowCount(), 2);
    QCOMPARE(summary.headerData(0, Qt::Vertical).toString(), QStringLiteral("인프라 확충"));
}

void TestBudgetModel::editedRateChangesTotals() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rates.json"));
    {
        ExchangeRateTable rates;
        QAbstractItemModelTester tester(&rates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!rates.source().isEmpty());
        QVERIFY(!rates.compiled().isEmpty());
        rates.setStoragePath(path);
        BudgetModel model;
        model.setExchangeRates(&rates);
        model.setItems({item(1e8, QStringLiteral("USD"), QStringLiteral("2023"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int row = int(rates.years().indexOf(2023));
        const int column = int(rates.currencies().indexOf(QStringLiteral("USD"))) + 1;
        QVERIFY(rates.flags(rates.index(row, column)).testFlag(Qt::ItemIsEditable));
        QVERIFY(rates.setData(rates.index(row, column), 1400.0));
        QCOMPARE(changed.size(), 1);
        QVERIFY(qAbs(model.index(0, 0).data(BudgetModel::TotalKrwRole).toDouble() - 1400e8) < 1);
        QVERIFY(!rates.setData(rates.index(row, column), -3.0));
    }
    // The edit survives a restart.
    ExchangeRateTable again;
    again.setStoragePath(path);
    QCOMPARE(again.krwPer(QStringLiteral("USD"), 2023).value_or(0), 1400.0);
    QCOMPARE(again.krwPer(QStringLiteral("KRW"), 1990).value_or(0), 1.0);
    QVERIFY(!again.krwPer(QStringLiteral("XYZ"), 2023));
}

void TestBudgetModel::csv() {
    ExchangeRateTable rates;
    BudgetModel model;
    model.setExchangeRates(&rates);
    model.setFacts(factsfixture::library());
    const QByteArray bytes = model.toCsv();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).contains(QStringLiteral("\"2,655억원\"")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",265500000000,")));
    QVERIFY(lines.at(3).endsWith(QStringLiteral(",no")));
}

QTEST_GUILESS_MAIN(TestBudgetModel)
#include "tst_budgetmodel.moc"
