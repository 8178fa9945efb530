#pragma once

#include "core/facts/facts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pl::facts {

QJsonArray datesJson(const QList<DateFact>& dates);
QJsonArray moneyJson(const QList<MoneyFact>& money);
QJsonArray outlineJson(const QList<OutlineItem>& outline);
QJsonArray strategyJson(const QList<StrategyNode>& nodes);
QJsonArray countriesJson(const QList<CountryFacts>& countries);
/// [{"term", "alias", "page", "box", "passage"}]: the aliases the document defines.
QJsonArray aliasesJson(const QList<AliasFact>& aliases);

} // namespace pl::facts
