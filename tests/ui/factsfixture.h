#pragma once

#include "ui/facts/libraryfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

/// Small libraries of facts written in the JSON form `extract --json` prints, for the fact models' tests.
namespace factsfixture {

inline pl::text::Passage passage(int page, const QString& text, QRectF box = QRectF(50, 100, 400, 20)) {
    pl::text::Passage p;
    p.page = page;
    p.text = text;
    p.box = box;
    return p;
}

/// A Korean plan: a vision with two strategies (pages 3–5 and 6–8), dates, amounts and a country passage.
inline pl::ui::FactsDocument plan(qint64 docId = 1) {
    const QByteArray json = R"({
      "dates": [
        {"text": "2023. 4. 14.", "start": "2023-04-14", "end": null, "precision": "day", "label": "발표",
         "page": 1, "passage": 0, "box": [10, 10, 100, 20]},
        {"text": "'22~'26", "start": "2022", "end": "2026", "precision": "year", "label": "데이터 구축",
         "page": 3, "passage": 1, "box": [10, 30, 100, 40]},
        {"text": "'24~", "start": "2024", "end": "open", "precision": "year", "label": "신규 사업",
         "page": 6, "passage": 3, "box": [10, 50, 100, 60]},
        {"text": "AI 전략 2019", "start": "2019", "end": null, "precision": "year", "label": "전략 이름",
         "in_name": true, "page": 6, "passage": 3, "box": [10, 50, 100, 60]},
        {"text": "2023년 상반기", "start": "2023-H1", "end": null, "precision": "half", "label": "미국 행정명령",
         "page": 7, "passage": 4, "box": [10, 70, 100, 80]}
      ],
      "money": [
        {"text": "2,655억원", "amount": 265500000000, "amount_max": null, "currency": "KRW",
         "period": "2022-2026", "rate": null, "converted_from": null, "page": 3, "passage": 1, "box": [1, 2, 3, 4]},
        {"text": "3,500만 유로", "amount": 35000000, "amount_max": null, "currency": "EUR", "period": "2023",
         "rate": null, "converted_from": null, "page": 7, "passage": 4, "box": [1, 2, 3, 4]},
        {"text": "약 518억 원", "amount": 51800000000, "amount_max": null, "currency": "KRW", "period": "2023",
         "rate": null, "converted_from": 1, "page": 7, "passage": 4, "box": [1, 2, 3, 4]}
      ],
      "outline": [],
      "strategy": [
        {"title": "AI 일상화 비전", "level": "vision", "years": [], "amounts": [], "ministries": [], "status": null,
         "page": 2, "passage": 0, "box": [0, 0, 10, 10], "children": [
          {"title": "인프라 확충", "level": "strategy", "years": [], "amounts": [], "ministries": [], "status": null,
           "page": 3, "passage": 1, "box": [0, 0, 10, 10], "children": [
            {"title": "학습용 데이터 구축", "level": "task", "years": ["'22~'26"], "amounts": ["2,655억원"],
             "ministries": ["과기정통부"], "status": "신규", "page": 4, "passage": 2, "box": [5, 5, 50, 15],
             "children": []}]},
          {"title": "제도 정비", "level": "strategy", "years": [], "amounts": [], "ministries": [], "status": null,
           "page": 6, "passage": 3, "box": [0, 0, 10, 10], "children": [
            {"title": "규제 개선", "level": "task", "years": ["'24~"], "amounts": [], "ministries": ["법무부"],
             "status": "강화", "page": 7, "passage": 4, "box": [0, 0, 10, 10], "children": []}]}]}
      ],
      "countries": [{"country": "US", "pages": [7], "passages": [4]}]
    })";
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Q_ASSERT(!object.isEmpty());
    QList<pl::text::Passage> passages{
        passage(1, QStringLiteral("2023. 4. 14. 관계부처 합동")),
        passage(3, QStringLiteral("'22~'26 학습용 데이터 구축에 2,655억원 투자")),
        passage(4, QStringLiteral("학습용 데이터 구축")),
        passage(6, QStringLiteral("'24~ 신규 사업 추진, AI 전략 2019 후속")),
        passage(7,
                QStringLiteral(
                    "미국은 2023년 상반기 행정명령으로 AI 안전 규제를 도입하고 3,500만 유로(약 518억 원)를 "
                    "AI 안전연구소에 투자")),
    };
    pl::ui::FactsDocument d = pl::ui::LibraryFacts::documentFromJson(
        docId, QStringLiteral("초거대AI 경쟁력 강화 방안"), object, passages);
    d.date = QStringLiteral("2023-04-14");
    d.pageCount = 8;
    return d;
}

inline pl::ui::LibraryFacts library() {
    pl::ui::LibraryFacts facts;
    facts.documents.append(plan(1));
    return facts;
}

} // namespace factsfixture
