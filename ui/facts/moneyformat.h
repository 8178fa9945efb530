#pragma once

#include <QString>

namespace pl::ui {

/// How amounts read to Korean policy staff: 억원 below one 조원, 조원 above; foreign amounts in million USD.
namespace MoneyFormat {
QString krw(double won);
QString usd(double dollars);
/// An amount in its own currency, as the library stores it (base units).
QString original(double amount, const QString& currency);
} // namespace MoneyFormat

} // namespace pl::ui
