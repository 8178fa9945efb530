#include "core/annotation/correctedfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pl;
using annotation::Annotation;
using annotation::FactCorrection;
using annotation::TypedFact;

Q_DECLARE_METATYPE(pl::annotation::FactCorrection)

namespace {

constexpr qint64 kDoc = 7;

text::Passage passage(int page, const QString& text) {
    text::Passage p;
    p.page = page;
    p.text = text;
    p.box = QRectF(50, 100, 400, 20);
    return p;
}

const QList<text::Passage> kPassages{
    passage(1, QStringLiteral("2023. 4. 14. 관계부처 합동")),
    passage(3, QStringLiteral("3,500만 유로(약 518억 원)를 2023년에 투입")),
    passage(4, QStringLiteral("AI 전략 2019를 이어 2,655억원을 '22~'26 투입")),
};

QJsonObject extracted() {
    return QJsonDocument::fromJson(R"({
      "dates": [
        {"text": "2023. 4. 14.", "start": "2023-04-14", "end": null, "precision": "day", "label": "발표",
         "page": 1, "passage": 0, "box": [1, 2, 3, 4]},
        {"text": "AI 전략 2019", "start": "2019", "end": null, "precision": "year", "label": "",
         "in_name": true, "page": 4, "passage": 2, "box": [1, 2, 3, 4]}
      ],
      "money": [
        {"text": "3,500만 유로", "amount": 35000000, "amount_max": null, "currency": "EUR", "period": "2023",
         "rate": null, "converted_from": null, "page": 3, "passage": 1, "box": [1, 2, 3, 4]},
        {"text": "약 518억 원", "amount": 51800000000, "amount_max": null, "currency": "KRW", "period": "2023",
         "rate": null, "converted_from": 0, "page": 3, "passage": 1, "box": [1, 2, 3, 4]},
        {"text": "2,655억원", "amount": 265500000000, "amount_max": null, "currency": "KRW",
         "period": "2022-2026", "rate": null, "converted_from": null, "page": 4, "passage": 2, "box": [1, 2, 3, 4]}
      ],
      "outline": [], "strategy": [], "countries": []
    })")
        .object();
}

FactCorrection correction(FactCorrection::Kind kind, const QString& text, int page, int passageIndex) {
    FactCorrection c;
    c.id = 100 + page;
    c.document.docId = kDoc;
    c.kind = kind;
    c.factText = text;
    c.page = page;
    c.passageHash = annotation::passageHash(kPassages.at(passageIndex).text);
    return c;
}

} // namespace

/// The user's records laid over a document's facts, as the analytic views and `extract --corrected` see them.
class TstCorrectedFacts : public QObject {
    Q_OBJECT

private slots:
    void withoutRecordsNothingChanges() {
        const QJsonObject out = annotation::correctedFacts(extracted(), kDoc, kPassages, {}, {});
        QCOMPARE(out[QStringLiteral("dates")], extracted()[QStringLiteral("dates")]);
        QCOMPARE(out[QStringLiteral("money")], extracted()[QStringLiteral("money")]);
        QCOMPARE(out[QStringLiteral("rejected")].toArray().size(), 0);
    }

    void rejectedDateLeavesAndEditedDateTakesTheUsersValue() {
        FactCorrection notADate =
            correction(FactCorrection::Kind::Date, QStringLiteral("AI 전략 2019"), 4, 2);
        notADate.action = FactCorrection::Action::Reject;
        notADate.reason = QStringLiteral("not-a-date");
        FactCorrection day = correction(FactCorrection::Kind::Date, QStringLiteral("2023. 4. 14."), 1, 0);
        day.value = QJsonObject{{QStringLiteral("start"), QStringLiteral("2023-04-15")},
                                {QStringLiteral("precision"), QStringLiteral("day")}};
        const QJsonObject out = annotation::correctedFacts(extracted(), kDoc, kPassages, {}, {notADate, day});
        const QJsonArray dates = out[QStringLiteral("dates")].toArray();
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.at(0)[QStringLiteral("start")].toString(), QStringLiteral("2023-04-15"));
        QCOMPARE(dates.at(0)[QStringLiteral("origin")].toString(), QStringLiteral("edited"));
        QCOMPARE(dates.at(0)[QStringLiteral("record")].toInteger(), day.id);
        QCOMPARE(dates.at(0)[QStringLiteral("extracted")][QStringLiteral("start")].toString(),
                 QStringLiteral("2023-04-14"));
        QCOMPARE(out[QStringLiteral("rejected")].toArray().size(), 1);
        QCOMPARE(out[QStringLiteral("rejected")][0][QStringLiteral("reason")].toString(),
                 QStringLiteral("not-a-date"));
    }

    // A rejected amount before a printed conversion: the conversion now points at its source's new index.
    void conversionLinksAreRenumbered() {
        FactCorrection wrong = correction(FactCorrection::Kind::Amount, QStringLiteral("2,655억원"), 4, 2);
        wrong.action = FactCorrection::Action::Reject;
        QJsonObject in = extracted();
        QJsonArray money = in[QStringLiteral("money")].toArray();
        money.prepend(money.takeAt(2)); // 2,655억원 first, then the euro amount and its conversion
        QJsonObject conversion = money.at(2).toObject();
        conversion[QStringLiteral("converted_from")] = 1;
        money[2] = conversion;
        in[QStringLiteral("money")] = money;
        const QJsonObject out = annotation::correctedFacts(in, kDoc, kPassages, {}, {wrong});
        const QJsonArray left = out[QStringLiteral("money")].toArray();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(1)[QStringLiteral("converted_from")].toInt(), 0);
    }

    void correctionsOfOtherPassagesDocumentsOrDetachedOnesDoNothing_data() {
        QTest::addColumn<FactCorrection>("c");
        FactCorrection other = correction(FactCorrection::Kind::Amount, QStringLiteral("2,655억원"), 4, 2);
        other.action = FactCorrection::Action::Reject;
        FactCorrection otherDoc = other;
        otherDoc.document.docId = kDoc + 1;
        QTest::newRow("another document") << otherDoc;
        FactCorrection removedDoc = other;
        removedDoc.document.docId.reset();
        QTest::newRow("its document was removed") << removedDoc;
        FactCorrection detached = other;
        detached.detached = true;
        QTest::newRow("detached") << detached;
        FactCorrection otherPassage = other;
        otherPassage.passageHash = annotation::passageHash(QStringLiteral("다른 문장"));
        QTest::newRow("another passage") << otherPassage;
        FactCorrection otherPage = other;
        otherPage.page = 5;
        QTest::newRow("another page") << otherPage;
        FactCorrection otherKind = other;
        otherKind.kind = FactCorrection::Kind::Date;
        QTest::newRow("a date of the same text") << otherKind;
    }
    void correctionsOfOtherPassagesDocumentsOrDetachedOnesDoNothing() {
        QFETCH(FactCorrection, c);
        const QJsonObject out = annotation::correctedFacts(extracted(), kDoc, kPassages, {}, {c});
        QCOMPARE(out[QStringLiteral("money")], extracted()[QStringLiteral("money")]);
    }

    void usersDatesAndAmountsAreAdded() {
        Annotation date;
        date.id = 5;
        date.document.docId = kDoc;
        date.page = 3;
        date.quote = QStringLiteral("2023년에 투입");
        date.note = QStringLiteral("집행 시작");
        TypedFact d;
        d.kind = TypedFact::Kind::Date;
        d.text = QStringLiteral("2023년");
        d.start = QStringLiteral("2023");
        d.precision = QStringLiteral("year");
        date.fact = d;
        Annotation amount = date;
        amount.id = 6;
        TypedFact m;
        m.kind = TypedFact::Kind::Amount;
        m.text = QStringLiteral("518억 원");
        m.amount = 5.18e10;
        amount.fact = m;
        Annotation institution = date;
        institution.id = 7;
        TypedFact i;
        i.kind = TypedFact::Kind::Institution;
        i.value = QStringLiteral("관계부처 합동");
        institution.fact = i;
        Annotation detached = date;
        detached.id = 8;
        detached.detached = true;
        const QJsonObject out = annotation::correctedFacts(extracted(), kDoc, kPassages,
                                                           {date, amount, institution, detached}, {});
        const QJsonArray dates = out[QStringLiteral("dates")].toArray();
        QCOMPARE(dates.size(), 3);
        const QJsonObject mine = dates.last().toObject();
        QCOMPARE(mine[QStringLiteral("origin")].toString(), QStringLiteral("user"));
        QCOMPARE(mine[QStringLiteral("record")].toInteger(), 5);
        QCOMPARE(mine[QStringLiteral("label")].toString(), QStringLiteral("집행 시작"));
        QCOMPARE(mine[QStringLiteral("passage")].toInt(), 1);
        QCOMPARE(mine[QStringLiteral("page")].toInt(), 3);
        const QJsonArray money = out[QStringLiteral("money")].toArray();
        QCOMPARE(money.size(), 4);
        QCOMPARE(money.last()[QStringLiteral("currency")].toString(), QStringLiteral("KRW"));
        QCOMPARE(money.last()[QStringLiteral("amount")].toDouble(), 5.18e10);
    }
};

QTEST_GUILESS_MAIN(TstCorrectedFacts)
#include "tst_correctedfacts.moc"
