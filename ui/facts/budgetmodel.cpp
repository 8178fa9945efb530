#include "ui/facts/budgetmodel.h"

#include "core/annotation/annotation.h"
#include "ui/facts/exchangeratetable.h"
#include "ui/facts/libraryfacts.h"
#include "ui/facts/moneyformat.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace pl::ui {

namespace {

const QString krwCode = QStringLiteral("KRW");
const QString usdCode = QStringLiteral("USD");

/// The years a period names: "2022-2026" → 2022..2026, "2023" → 2023, "2016-open" → 2016 (open).
QList<int> yearsOf(const QString& period, bool* open) {
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:[-~](\\d{4}|open))?"));
    *open = false;
    const QRegularExpressionMatch m = form.match(period);
    if (!m.hasMatch())
        return {};
    const int first = m.captured(1).toInt();
    const QString last = m.captured(2);
    if (last == QStringLiteral("open")) {
        *open = true;
        return {first};
    }
    const int end = last.isEmpty() ? first : last.toInt();
    QList<int> years;
    for (int y = first; y <= end && y - first < 50; ++y)
        years.append(y);
    return years;
}

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

BudgetModel::BudgetModel(QObject* parent) : QAbstractTableModel(parent) {}

void BudgetModel::setExchangeRates(ExchangeRateTable* rates) {
    if (m_rates)
        disconnect(m_rates, nullptr, this, nullptr);
    m_rates = rates;
    if (rates)
        connect(rates, &ExchangeRateTable::ratesChanged, this, [this]() {
            normalise();
            if (!m_items.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    normalise();
}

void BudgetModel::setFacts(const LibraryFacts& facts) {
    QList<BudgetItem> items;
    for (const FactsDocument& d : facts.documents) {
        const QList<FactsDocument::Section> sections = d.strategySections();
        const int firstRow = int(items.size());
        for (qsizetype i = 0; i < d.facts.money.size(); ++i) {
            const facts::MoneyFact& m = d.facts.money.at(i);
            BudgetItem item;
            item.docId = d.docId;
            item.document = d.shortTitle();
            item.page = m.at.page;
            item.box = m.at.box;
            item.text = m.text;
            item.sentence = d.passageText(m.at.passage);
            item.amount = m.amount;
            item.amountMax = m.amountMax;
            item.currency = m.currency;
            item.period = m.period;
            item.rate = m.rate;
            item.convertedFrom = m.convertedFrom >= 0 && m.convertedFrom < d.facts.money.size()
                                     ? firstRow + m.convertedFrom
                                     : -1;
            item.country = d.countryOf(m.at.passage);
            item.kind = m.kind;
            item.actor = m.actor;
            if (m.countNote.startsWith(QStringLiteral("part of ")))
                item.partOf = m.countNote.mid(8);
            for (const FactsDocument::Section& s : sections)
                if (m.at.page >= s.firstPage && m.at.page <= s.lastPage)
                    item.strategy = s.title;
            item.documentDate = d.date;
            item.origin = d.moneyOrigin(i);
            items.append(item);
        }
    }
    setItems(std::move(items));
}

void BudgetModel::setItems(QList<BudgetItem> items) {
    beginResetModel();
    m_items = std::move(items);
    normalise();
    endResetModel();
}

void BudgetModel::normalise() {
    // A printed conversion between a foreign amount and won sets that document's rate for the currency.
    QHash<qint64, QHash<QString, double>> printedRates;
    for (BudgetItem& item : m_items) {
        item.counted = true;
        item.repeatOf = -1;
    }
    // Plans state their big amounts in the summary and again in the detail: count each once per document.
    QHash<QString, int> firstStated;
    for (qsizetype r = 0; r < m_items.size(); ++r) {
        BudgetItem& item = m_items[r];
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(item.docId)
                                .arg(item.amount, 0, 'f', 0)
                                .arg(item.amountMax ? QString::number(*item.amountMax, 'f', 0) : QString(),
                                     item.currency, item.period, item.rate);
        const auto first = firstStated.constFind(key);
        if (first == firstStated.constEnd()) {
            firstStated.insert(key, int(r));
        } else if (item.convertedFrom < 0) {
            item.repeatOf = *first;
            item.counted = false;
        }
    }
    for (BudgetItem& item : m_items) {
        if (item.convertedFrom < 0 || item.convertedFrom >= m_items.size())
            continue;
        item.counted = false;
        const BudgetItem& source = m_items.at(item.convertedFrom);
        if (item.currency == krwCode && source.currency != krwCode && source.amount > 0)
            printedRates[item.docId].insert(source.currency, item.amount / source.amount);
        else if (source.currency == krwCode && item.currency != krwCode && item.amount > 0)
            printedRates[item.docId].insert(item.currency, source.amount / item.amount);
    }

    for (BudgetItem& item : m_items) {
        bool open = false;
        item.years = yearsOf(item.period, &open);
        QStringList basis;
        double total = item.amount;
        if (item.amountMax)
            basis << tr("range: low end counted");
        if (item.rate == QStringLiteral("per_year") || item.rate == QStringLiteral("per_month")) {
            const int perYear = item.rate == QStringLiteral("per_month") ? 12 : 1;
            const int years = std::max<int>(1, int(item.years.size()));
            total *= perYear * years;
            if (open)
                basis << tr("open-ended: one year counted");
            else if (item.years.isEmpty())
                basis << tr("a year's amount, no period printed: one year counted");
            else if (years > 1 || perYear > 1)
                basis << tr("%1 a year × %n year(s)", nullptr, years)
                             .arg(item.rate == QStringLiteral("per_month") ? tr("12 months") : tr("once"));
        } else if (item.years.size() > 1) {
            basis << tr("spread over %1–%2").arg(item.years.constFirst()).arg(item.years.constLast());
        }

        int year = item.years.isEmpty()
                       ? QDate::fromString(item.documentDate.left(4), QStringLiteral("yyyy")).year()
                       : item.years.constFirst();
        if (year <= 0)
            year = QDate::currentDate().year();

        std::optional<double> krwPerUnit;
        if (item.currency == krwCode) {
            krwPerUnit = 1.0;
        } else if (const auto rate = printedRates.value(item.docId).constFind(item.currency);
                   rate != printedRates.value(item.docId).constEnd()) {
            krwPerUnit = *rate;
            basis << tr("rate printed in the document");
        } else if (m_rates) {
            int rateYear = year;
            krwPerUnit = m_rates->krwPer(item.currency, year, &rateYear);
            if (krwPerUnit && rateYear == year)
                basis << tr("table rate %1").arg(year);
            else if (krwPerUnit)
                basis << tr("table rate %1 for %2").arg(rateYear).arg(year);
        }
        const std::optional<double> krwPerUsd = m_rates ? m_rates->krwPer(usdCode, year) : std::nullopt;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        item.totalKrw = krwPerUnit ? total * *krwPerUnit : nan;
        if (item.currency == usdCode)
            item.totalUsd = total;
        else
            item.totalUsd = krwPerUnit && krwPerUsd ? item.totalKrw / *krwPerUsd : nan;
        if (!krwPerUnit)
            basis << tr("no rate for %1").arg(item.currency);
        if (!item.partOf.isEmpty() && item.convertedFrom < 0) {
            item.counted = false;
            basis = QStringList{tr("part of %1: the whole is counted").arg(item.partOf)};
        } else if (item.convertedFrom >= 0)
            basis = QStringList{tr("conversion of row %1: counted there").arg(item.convertedFrom + 1)};
        else if (item.repeatOf >= 0)
            basis = QStringList{tr("stated again (row %1, p. %2): counted there")
                                    .arg(item.repeatOf + 1)
                                    .arg(m_items.at(item.repeatOf).page)};
        item.basis = basis.join(QStringLiteral("; "));
    }
}

QString BudgetModel::kindLabel(const QString& kind) {
    if (kind.isEmpty() || kind == QStringLiteral("budget"))
        return tr("Budget");
    if (kind == QStringLiteral("market"))
        return tr("Market");
    if (kind == QStringLiteral("corporate"))
        return tr("Company");
    if (kind == QStringLiteral("price"))
        return tr("Price");
    return tr("Other");
}

int BudgetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int BudgetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DocumentColumn:
            return item.document;
        case TextColumn:
            // A pen marks what the user wrote or corrected, in the table as in the reader.
            return item.origin.source == FactOrigin::Source::Extracted
                       ? item.text
                       : QStringLiteral("\u270E ") + item.text;
        case KindColumn:
            return kindLabel(item.kind);
        case AmountColumn:
            if (item.amountMax)
                return QStringLiteral("%1 – %2").arg(MoneyFormat::original(item.amount, item.currency),
                                                     MoneyFormat::original(*item.amountMax, item.currency));
            return MoneyFormat::original(item.amount, item.currency);
        case PeriodColumn:
            return QString(item.period).replace(QStringLiteral("open"), QStringLiteral("…"));
        case KrwColumn:
            return std::isnan(item.totalKrw) ? QStringLiteral("–") : MoneyFormat::krw(item.totalKrw);
        case UsdColumn:
            return std::isnan(item.totalUsd) ? QStringLiteral("–") : MoneyFormat::usd(item.totalUsd);
        case BasisColumn:
            return item.basis;
        case PageColumn:
            return item.page;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
    case FactRole::Sentence:
        return item.sentence.isEmpty() ? item.text : item.sentence;
    case Qt::ForegroundRole:
        if (!item.counted)
            return QColor(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == KrwColumn || index.column() == UsdColumn || index.column() == PageColumn ||
            index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FactRole::DocId:
        return item.docId;
    case FactRole::Page:
        return item.page;
    case FactRole::Box:
        return item.box;
    case FactRole::Country:
        return item.country;
    case FactRole::Origin:
        return int(item.origin.source);
    case FactRole::RecordId:
        return item.origin.recordId;
    case FactRole::FactText:
        return item.text;
    case FactRole::PassageHash:
        return annotation::passageHash(item.sentence);
    case FactRole::FactValue: {
        QJsonObject value{{QStringLiteral("amount"), item.amount},
                          {QStringLiteral("currency"), item.currency}};
        if (item.amountMax)
            value[QStringLiteral("amount_max")] = *item.amountMax;
        if (!item.period.isEmpty())
            value[QStringLiteral("period")] = item.period;
        return value;
    }
    case Qt::FontRole:
        if (item.origin.source != FactOrigin::Source::Extracted) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case AmountRole:
        return item.amount;
    case AmountMaxRole:
        return item.amountMax ? QVariant(*item.amountMax) : QVariant();
    case CurrencyRole:
        return item.currency;
    case PeriodRole:
        return item.period;
    case RateRole:
        return item.rate;
    case ConvertedFromRole:
        return item.convertedFrom;
    case RepeatOfRole:
        return item.repeatOf;
    case CountedRole:
        return item.counted;
    case MoneyKindRole:
        return item.kind.isEmpty() ? QStringLiteral("budget") : item.kind;
    case ActorRole:
        return item.actor.isEmpty() ? item.country : item.actor;
    case TotalKrwRole:
        return item.totalKrw;
    case TotalUsdRole:
        return item.totalUsd;
    case YearsRole:
        return QVariant::fromValue(item.years);
    case StrategyRole:
        return item.strategy;
    case DocumentRole:
        return item.document;
    case BasisRole:
        return item.basis;
    default:
        return {};
    }
}

QVariant BudgetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DocumentColumn:
        return tr("Document");
    case TextColumn:
        return tr("As printed");
    case AmountColumn:
        return tr("Amount");
    case PeriodColumn:
        return tr("Period");
    case KrwColumn:
        return tr("Total KRW");
    case UsdColumn:
        return tr("Total USD");
    case KindColumn:
        return tr("Kind");
    case BasisColumn:
        return tr("How counted");
    case PageColumn:
        return tr("Page");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> BudgetModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{FactRole::DocId, "docId"},
                  {FactRole::Page, "page"},
                  {FactRole::Box, "box"},
                  {FactRole::Country, "country"},
                  {FactRole::Sentence, "sentence"},
                  {FactRole::Origin, "origin"},
                  {FactRole::RecordId, "recordId"},
                  {FactRole::FactText, "factText"},
                  {AmountRole, "amount"},
                  {AmountMaxRole, "amountMax"},
                  {CurrencyRole, "currency"},
                  {PeriodRole, "period"},
                  {RateRole, "rate"},
                  {ConvertedFromRole, "convertedFrom"},
                  {RepeatOfRole, "repeatOf"},
                  {CountedRole, "counted"},
                  {MoneyKindRole, "kind"},
                  {ActorRole, "actor"},
                  {TotalKrwRole, "totalKrw"},
                  {TotalUsdRole, "totalUsd"},
                  {YearsRole, "years"},
                  {StrategyRole, "strategy"},
                  {DocumentRole, "document"},
                  {BasisRole, "basis"}});
    return names;
}

QByteArray BudgetModel::toCsv() const {
    QList<int> rows;
    for (int r = 0; r < rowCount(); ++r)
        rows.append(r);
    return toCsv(rows);
}

QByteArray BudgetModel::toCsv(const QList<int>& rows) const {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << csvField(headerData(c, Qt::Horizontal).toString());
    header << QStringLiteral("amount") << QStringLiteral("amount_max") << QStringLiteral("currency")
           << QStringLiteral("total_krw") << QStringLiteral("total_usd") << QStringLiteral("counted");
    lines << header.join(QLatin1Char(','));
    for (int r : rows) {
        const BudgetItem& item = m_items.at(r);
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields << csvField(data(index(r, c)).toString());
        fields << QString::number(item.amount, 'f', 0)
               << (item.amountMax ? QString::number(*item.amountMax, 'f', 0) : QString()) << item.currency
               << (std::isnan(item.totalKrw) ? QString() : QString::number(item.totalKrw, 'f', 0))
               << (std::isnan(item.totalUsd) ? QString() : QString::number(item.totalUsd, 'f', 0))
               << (item.counted ? QStringLiteral("yes") : QStringLiteral("no"));
        lines << fields.join(QLatin1Char(','));
    }
    // The byte-order mark tells spreadsheet programs the file is UTF-8, so Hangul opens readable.
    return "\xEF\xBB\xBF" + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace pl::ui
