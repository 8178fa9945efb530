#include "ui/facts/moneyformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace pl::ui::MoneyFormat {

namespace {
QString number(double value, int decimals) {
    QString s = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        // 1.50 → 1.5, 2.00 → 2
        const QChar point = QLocale().decimalPoint().at(0);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}
} // namespace

QString krw(double won) {
    if (std::abs(won) >= 1e12)
        return QCoreApplication::translate("MoneyFormat", "%1조원").arg(number(won / 1e12, 2));
    if (std::abs(won) >= 1e8)
        return QCoreApplication::translate("MoneyFormat", "%1억원")
            .arg(number(won / 1e8, won >= 1e10 ? 0 : 1));
    if (std::abs(won) >= 1e4)
        return QCoreApplication::translate("MoneyFormat", "%1만원").arg(number(won / 1e4, 0));
    return QCoreApplication::translate("MoneyFormat", "%1원").arg(number(won, 0));
}

QString usd(double dollars) {
    if (std::abs(dollars) >= 1e9)
        return QCoreApplication::translate("MoneyFormat", "%1 billion USD").arg(number(dollars / 1e9, 2));
    return QCoreApplication::translate("MoneyFormat", "%1 million USD").arg(number(dollars / 1e6, 1));
}

QString original(double amount, const QString& currency) {
    if (currency == QStringLiteral("KRW"))
        return krw(amount);
    if (QLocale().language() == QLocale::Korean) {
        // As Korean documents print foreign amounts: 7,800만 달러, 252억 달러, 3.6조 달러.
        if (std::abs(amount) >= 1e12)
            return QStringLiteral("%1조 %2").arg(number(amount / 1e12, 2), currency);
        if (std::abs(amount) >= 1e8)
            return QStringLiteral("%1억 %2").arg(number(amount / 1e8, amount >= 1e10 ? 0 : 1), currency);
        if (std::abs(amount) >= 1e4)
            return QStringLiteral("%1만 %2").arg(number(amount / 1e4, 0), currency);
        return QStringLiteral("%1 %2").arg(number(amount, 0), currency);
    }
    if (std::abs(amount) >= 1e9)
        return QStringLiteral("%1 bn %2").arg(number(amount / 1e9, 2), currency);
    if (std::abs(amount) >= 1e6)
        return QStringLiteral("%1 m %2").arg(number(amount / 1e6, 1), currency);
    return QStringLiteral("%1 %2").arg(number(amount, 0), currency);
}

} // namespace pl::ui::MoneyFormat
