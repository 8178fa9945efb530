#include "factsfixture.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/exchangeratetable.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace pl::ui;
using Theme = CountryMatrixModel::Theme;

Q_DECLARE_METATYPE(CountryMatrixModel::Theme)

/// Countries × themes with quotes and citations, the timeline and budget columns, and the exports.
class TestCountryMatrixModel : public QObject {
    Q_OBJECT

private slots:
    void mentions_data();
    void mentions();
    void matrix();
    void chosenCountries();
    void quotesAreWholeSentencesOfTheBody();
    void exports();
};

void TestCountryMatrixModel::mentions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<bool>("expected");
    QTest::newRow("국가 AI 전략 is strategy")
        << "중국은 차세대 AI 발전계획을 발표" << Theme::Strategy << true;
    QTest::newRow("1,000억 달러 is budget") << "미국은 1,000억 달러를 투입" << Theme::Budget << true;
    QTest::newRow("AI Act is law") << "EU AI Act가 발효되었다" << Theme::Regulation << true;
    QTest::newRow("impact is no act") << "the impact on jobs" << Theme::Regulation << false;
    QTest::newRow("AI 안전연구소 is an institution")
        << "영국 AI 안전연구소 설립" << Theme::Institutions << true;
    QTest::newRow("인재 양성 is talent") << "AI 인재 양성 프로그램" << Theme::Talent << true;
    QTest::newRow("GPU is compute") << "GPU 1만 장 확보" << Theme::Compute << true;
    QTest::newRow("Chips in English") << "the CHIPS and Science Act" << Theme::Compute << true;
    QTest::newRow("학습데이터 is data") << "공공 학습데이터 개방" << Theme::Data << true;
    QTest::newRow("기억 is no money") << "기억에 남는 행사" << Theme::Budget << false;
}

void TestCountryMatrixModel::mentions() {
    QFETCH(QString, text);
    QFETCH(Theme, theme);
    QFETCH(bool, expected);
    QCOMPARE(CountryMatrixModel::mentions(text, theme), expected);
}

void TestCountryMatrixModel::matrix() {
    ExchangeRateTable rates;
    BudgetModel budget;
    budget.setExchangeRates(&rates);
    budget.setFacts(factsfixture::library());
    CountryMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBudgetSource(&budget);
    model.setFacts(factsfixture::library());
    QCOMPARE(model.availableCountries(), QStringList{QStringLiteral("US")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(CountryMatrixModel::ColumnCount));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(),
             CountryMatrixModel::countryName(QStringLiteral("US")));

    const QModelIndex regulation = model.index(0, int(Theme::Regulation));
    QCOMPARE(regulation.data(CountryMatrixModel::QuoteCountRole).toInt(), 1);
    const QVariantMap quote = regulation.data(CountryMatrixModel::QuotesRole).toList().constFirst().toMap();
    QVERIFY(quote.value(QStringLiteral("text")).toString().contains(QStringLiteral("행정명령")));
    QCOMPARE(quote.value(QStringLiteral("page")).toInt(), 7);
    QCOMPARE(regulation.data(FactRole::Page).toInt(), 7);
    QCOMPARE(regulation.data(FactRole::DocId).toLongLong(), 1);
    QVERIFY(regulation.data().toString().contains(QStringLiteral("p. 7")));
    QCOMPARE(model.index(0, int(Theme::Talent)).data(CountryMatrixModel::QuoteCountRole).toInt(), 0);
    QVERIFY(model.index(0, int(Theme::Talent)).data().isNull());

    const auto years = model.index(0, CountryMatrixModel::TimelineColumn)
                           .data(CountryMatrixModel::EventYearsRole)
                           .value<QList<double>>();
    QCOMPARE(years, QList<double>{2023.0});
    // The euro amount in the US passage, at the document's printed rate; its won conversion not again.
    QVERIFY(qAbs(model.index(0, CountryMatrixModel::BudgetColumn)
                     .data(CountryMatrixModel::BudgetKrwRole)
                     .toDouble() -
                 518e8) < 1);
}

void TestCountryMatrixModel::quotesAreWholeSentencesOfTheBody() {
    const QByteArray json = R"({"dates": [], "money": [], "outline": [], "strategy": [],
        "countries": [{"country": "US", "pages": [4], "passages": [0, 1]}]})";
    pl::text::Passage body = factsfixture::passage(
        4, QStringLiteral("미국은 AI 인재 양성을 확대했다. 미국 정부는 2023년 행정명령으로 AI 안전 규제를 "
                          "도입하였다. 이후 후속 조치가 이어졌다."));
    pl::text::Passage footnote =
        factsfixture::passage(4, QStringLiteral("1) 미국 백악관, 행정명령 14110호, https://www.whitehouse.gov/"));
    footnote.kind = pl::text::Passage::Kind::Note;
    LibraryFacts facts;
    facts.documents.append(LibraryFacts::documentFromJson(3, QStringLiteral("미국 AI 정책"),
                                                          QJsonDocument::fromJson(json).object(), {body, footnote}));
    CountryMatrixModel model;
    model.setFacts(facts);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex regulation = model.index(0, int(Theme::Regulation));
    QCOMPARE(regulation.data(CountryMatrixModel::QuoteCountRole).toInt(), 1); // not the footnote
    const QString quote =
        regulation.data(CountryMatrixModel::QuotesRole).toList().constFirst().toMap().value(QStringLiteral("text")).toString();
    QVERIFY2(quote.startsWith(QStringLiteral("미국 정부는 2023년 행정명령으로")), qPrintable(quote));
    QVERIFY2(quote.contains(QStringLiteral("도입하였다")), qPrintable(quote));
    QVERIFY2(!quote.contains(QStringLiteral("인재")) && !quote.contains(QStringLiteral("후속")), qPrintable(quote));
    QVERIFY(!quote.contains(QChar(0x2026)));
}

void TestCountryMatrixModel::chosenCountries() {
    CountryMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(factsfixture::library());
    model.setCountries({QStringLiteral("CN")});
    QCOMPARE(model.rowCount(), 0); // not mentioned: no empty row pretending otherwise
    model.setCountries({});
    QCOMPARE(model.rowCount(), 0);
    model.showAllCountries();
    QCOMPARE(model.rowCount(), 1);
}

void TestCountryMatrixModel::exports() {
    CountryMatrixModel model;
    model.setFacts(factsfixture::library());
    const QByteArray bytes = model.toCsv();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel opens Hangul readable only with the mark
    const QString csv = QString::fromUtf8(bytes.mid(3));
    QVERIFY(csv.startsWith(QStringLiteral("country,code,theme,quote,document,page\n")));
    QVERIFY(csv.contains(QStringLiteral(",US,")));
    QVERIFY(csv.contains(QStringLiteral(",7\n")));
    const QString html = model.toHtml();
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("행정명령")));
    QVERIFY(html.contains(QStringLiteral("<cite>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

QTEST_GUILESS_MAIN(TestCountryMatrixModel)
#include "tst_countrymatrixmodel.moc"
