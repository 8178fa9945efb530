#pragma once

#include "core/facts/facts.h"

/// What each amount and date is, judged from its sentence the way Korean government documents are written.
///
/// Amounts: `budget` (public money a government, parliament or public body spends, invests, grants or plans:
/// 예산·투자·투입·지원·출연·편성·확보·기금), `market` (market sizes, forecasts, industry-wide statistics: 시장 규모·
/// 전망·투자 총액), `corporate` (one company's revenue, investment, valuation, cost: 매출·기업가치·투자 유치),
/// `price` (prices, fees, salaries: 구독료·요금·월), `other` (fines, thresholds, examples: 과징금·초과·예시). A budget
/// item has an actor (KR, US, EU … from the country its sentence or section is about). Sums count an item once:
/// a conversion printed beside an amount, a part inside a stated whole (총 X 중 Y, X(A, B 등)) and the same
/// amount repeated for the same period are kept with `counted = false` and a note saying why.
///
/// Dates: `policy_event` (a law passed, an order signed, a strategy announced: 발표·시행·서명·발효·출범), `schedule`
/// (the plan's own periods, targets and deadlines: '24~, 2027년까지, 예정), `industry_event` (a product released, a
/// company's report: 출시·선보), `background` (statistics, survey and forecast years: 대비·기준·전망), `citation`
/// (sources: 출처·자료·Retrieved, footnote dates), `document` (the document's own date).
namespace pl::facts {

/// Sets kind, actor, counted and countNote of every amount.
void classifyMoney(QList<MoneyFact>& money, const QList<text::Passage>& passages,
                   const QStringList& passageCountry, const DocumentContext& context);

/// Sets the kind of every date.
void classifyDates(QList<DateFact>& dates, const QList<text::Passage>& passages, const DocumentContext& context);

namespace detail {

/// The sentence of `text` around characters [from, to): between the nearest sentence ends, bullets or line
/// breaks; `at` receives where the span starts inside it.
QString sentenceAround(const QString& text, qsizetype from, qsizetype to, qsizetype* at);

} // namespace detail

} // namespace pl::facts
