#include "factsfixture.h"
#include "ui/facts/factselection.h"
#include "ui/facts/timelinefiltermodel.h"
#include "ui/facts/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace pl::ui;

/// Dates and periods as timeline events, and the filters the timeline view uses.
class TestTimelineModel : public QObject {
    Q_OBJECT

private slots:
    void spanOf_data();
    void spanOf();
    void events_data();
    void events();
    void yearsInNamesAreNotEvents();
    void filters();
    void kindsShownAndOneEventForOneEventStatedTwice();
};

void TestTimelineModel::spanOf_data() {
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::newRow("a year covers it whole") << "2023" << true << 2023.0 << 2024.0;
    QTest::newRow("a month, April") << "2023-04" << true << 2023.25 << 2023 + 4 / 12.0;
    QTest::newRow("second quarter") << "2024-Q2" << true << 2024.25 << 2024.5;
    QTest::newRow("second half (하반기)") << "2025-H2" << true << 2025.5 << 2026.0;
    QTest::newRow("a day, 1 January") << "2023-01-01" << true << 2023.0 << 2023 + 1 / 365.0;
    QTest::newRow("open end is no span") << "open" << false << 0.0 << 0.0;
    QTest::newRow("month 13 is no date") << "2023-13" << false << 0.0 << 0.0;
    QTest::newRow("Korean text is no date") << "내년" << false << 0.0 << 0.0;
}

void TestTimelineModel::spanOf() {
    QFETCH(QString, date);
    QFETCH(bool, readable);
    QFETCH(double, start);
    QFETCH(double, end);
    double s = 0, e = 0;
    QCOMPARE(TimelineModel::spanOf(date, &s, &e), readable);
    if (readable) {
        QVERIFY2(qAbs(s - start) < 1e-9, qPrintable(QString::number(s, 'f', 6)));
        QVERIFY2(qAbs(e - end) < 1e-9, qPrintable(QString::number(e, 'f', 6)));
    }
}

void TestTimelineModel::events_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<bool>("openEnd");
    QTest::addColumn<QString>("strategyLane");
    QTest::addColumn<QString>("countryLane");
    QTest::addColumn<int>("page");
    const int point = int(TimelineEvent::Kind::Point);
    const int period = int(TimelineEvent::Kind::Period);
    QTest::newRow("cover date is a point before any strategy")
        << "발표" << point << 2023 + 103 / 365.0 << 2023 + 104 / 365.0 << false << ""
        << "" << 1;
    QTest::newRow("'22~'26 is a period through the end of 2026")
        << "데이터 구축" << period << 2022.0 << 2027.0 << false << "인프라 확충"
        << "" << 3;
    QTest::newRow("'24~ is open at the end")
        << "신규 사업" << period << 2024.0 << 2025.0 << true << "제도 정비"
        << "" << 6;
    QTest::newRow("a half year in a passage about the US")
        << "미국 행정명령" << point << 2023.0 << 2023.5 << false << "제도 정비"
        << "US" << 7;
}

void TestTimelineModel::events() {
    QFETCH(QString, label);
    QFETCH(int, kind);
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(bool, openEnd);
    QFETCH(QString, strategyLane);
    QFETCH(QString, countryLane);
    QFETCH(int, page);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(factsfixture::library());
    QModelIndex found;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r).data(TimelineModel::LabelRole).toString() == label)
            found = model.index(r);
    QVERIFY(found.isValid());
    QCOMPARE(found.data(TimelineModel::KindRole).toInt(), kind);
    QVERIFY(qAbs(found.data(TimelineModel::StartRole).toDouble() - start) < 1e-6);
    QVERIFY(qAbs(found.data(TimelineModel::EndRole).toDouble() - end) < 1e-6);
    QCOMPARE(found.data(TimelineModel::OpenEndRole).toBool(), openEnd);
    QCOMPARE(found.data(TimelineModel::StrategyLaneRole).toString(), strategyLane);
    QCOMPARE(found.data(TimelineModel::CountryLaneRole).toString(), countryLane);
    QCOMPARE(found.data(TimelineModel::DocumentLaneRole).toString(),
             QStringLiteral("초거대AI 경쟁력 강화 방안"));
    QCOMPARE(found.data(FactRole::Page).toInt(), page);
    QCOMPARE(found.data(FactRole::DocId).toLongLong(), 1);
    QVERIFY(!found.data(FactRole::Box).toRectF().isEmpty());
    QVERIFY(!found.data(FactRole::Sentence).toString().isEmpty());
}

void TestTimelineModel::yearsInNamesAreNotEvents() {
    TimelineModel model;
    model.setFacts(factsfixture::library());
    QCOMPARE(model.rowCount(), 4);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r).data(TimelineModel::TextRole).toString() != QStringLiteral("AI 전략 2019"));
    // Sorted by start, so a view can find the visible ones by bisection.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1).data(TimelineModel::StartRole).toDouble() <=
                model.index(r).data(TimelineModel::StartRole).toDouble());
}

void TestTimelineModel::filters() {
    TimelineModel model;
    model.setFacts(factsfixture::library());
    FactSelection selection;
    TimelineFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setSelection(&selection);
    QCOMPARE(filter.rowCount(), 4);

    // A strategy node narrows to its pages.
    selection.setScope(1, 6, 8, QStringLiteral("제도 정비"));
    QCOMPARE(filter.rowCount(), 2);
    selection.setCountry(QStringLiteral("US"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(TimelineModel::LabelRole).toString(), QStringLiteral("미국 행정명령"));
    selection.setScope(2, 0, 0, QStringLiteral("another document"));
    QCOMPARE(filter.rowCount(), 0);
    selection.clear();
    QCOMPARE(filter.rowCount(), 4);

    // Periods overlapping the range stay; an open end reaches any later year.
    filter.setYearRange(2025, 2030);
    QCOMPARE(filter.rowCount(), 2);
    filter.setYearRange(0, 0);
    filter.setShowPeriods(false);
    QCOMPARE(filter.rowCount(), 2);
    filter.setShowPeriods(true);
    filter.setShowPoints(false);
    QCOMPARE(filter.rowCount(), 2);
}

void TestTimelineModel::kindsShownAndOneEventForOneEventStatedTwice() {
    const QByteArray json = R"({"dates": [
        {"text": "2024년 8월", "start": "2024-08", "end": null, "precision": "month", "label": "EU AI 법 발효",
         "kind": "policy_event", "page": 2, "passage": 0, "box": [1, 1, 9, 9]},
        {"text": "'24.8월", "start": "2024-08", "end": null, "precision": "month", "label": "EU AI법 발효",
         "kind": "policy_event", "page": 5, "passage": 1, "box": [1, 1, 9, 9]},
        {"text": "2027년까지", "start": "2027", "end": null, "precision": "year", "label": "고위험 AI 의무 적용",
         "kind": "schedule", "page": 5, "passage": 1, "box": [1, 1, 9, 9]},
        {"text": "2024년 5월", "start": "2024-05", "end": null, "precision": "month", "label": "OpenAI 모델 출시",
         "kind": "industry_event", "page": 6, "passage": 2, "box": [1, 1, 9, 9]},
        {"text": "2023년", "start": "2023", "end": null, "precision": "year", "label": "시장 규모",
         "kind": "background", "page": 6, "passage": 2, "box": [1, 1, 9, 9]},
        {"text": "2024.09.19", "start": "2024-09-19", "end": null, "precision": "day", "label": "Report",
         "kind": "citation", "page": 9, "passage": 3, "box": [1, 1, 9, 9]}
      ], "money": [], "outline": [], "strategy": [], "countries": []})";
    LibraryFacts facts;
    facts.documents.append(LibraryFacts::documentFromJson(
        7, QStringLiteral("AI 동향"), QJsonDocument::fromJson(json).object(),
        {factsfixture::passage(2, QStringLiteral("2024년 8월 EU AI 법 발효")),
         factsfixture::passage(5, QStringLiteral("EU AI법은 '24.8월 발효되었고 2027년까지 적용된다")),
         factsfixture::passage(6, QStringLiteral("2024년 5월 OpenAI는 모델을 출시했다. 2023년 시장 규모는")),
         factsfixture::passage(9, QStringLiteral("Index Report, 2024.09.19"))}));
    TimelineModel model;
    model.setFacts(facts);
    // The act stated on pages 2 and 5 is one event with both sources.
    QCOMPARE(model.rowCount(), 5);
    int merged = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(TimelineModel::TextRole).toString() == QStringLiteral("2024년 8월"))
            merged = r;
    QVERIFY(merged >= 0);
    QCOMPARE(model.index(merged, 0).data(TimelineModel::AlsoOnRole).value<QList<int>>(), QList<int>{5});
    QVERIFY(model.index(merged, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("5")));

    FactSelection selection;
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSelection(&selection);
    const auto kinds = [&filter]() {
        QStringList shown;
        for (int r = 0; r < filter.rowCount(); ++r)
            shown << filter.index(r, 0).data(TimelineModel::FactKindRole).toString();
        shown.sort();
        return shown;
    };
    QCOMPARE(kinds(), (QStringList{QStringLiteral("policy_event"), QStringLiteral("schedule")}));
    filter.setShowIndustryEvents(true);
    QCOMPARE(kinds(), (QStringList{QStringLiteral("industry_event"), QStringLiteral("policy_event"),
                                   QStringLiteral("schedule")}));
    filter.setShowBackground(true);
    QCOMPARE(filter.rowCount(), 4); // a citation never shows
    QVERIFY(!kinds().contains(QStringLiteral("citation")));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
