#pragma once

#include "ui/facts/factroles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <optional>

namespace pl::ui {

class ExchangeRateTable;
struct LibraryFacts;

/// One amount of money a document prints, with what it counts for once normalised to KRW and USD.
struct BudgetItem {
    qint64 docId = 0;
    QString document; ///< the document's short title
    int page = 0;
    QRectF box;
    QString text;     ///< as printed
    QString sentence; ///< the passage it was read in
    double amount = 0;
    std::optional<double> amountMax;
    QString currency;
    QString period;         ///< 2022-2026, 2023, 2016-open … or empty
    QString rate;           ///< per_year, per_month or empty
    int convertedFrom = -1; ///< row of the amount this one converts (3,500만 유로(약 518억 원)), or -1
    QString country;
    QString kind;   ///< budget | market | corporate | price | other; empty (the user's own amount) counts as budget
    QString actor;  ///< whose money a budget item is (KR, US, EU …), else empty
    QString partOf; ///< the stated whole this amount is a part of (총 X 중 …), or empty
    QString strategy; ///< the top strategy node whose pages hold it
    QString documentDate;
    FactOrigin origin; ///< the user's own amount, or one the user corrected

    // Filled in by the model from the above and the exchange rates.
    QList<int> years;    ///< the years the total is spread over, evenly; empty when the text names none
    bool counted = true; ///< false for a printed conversion (its source counts) and for a repeat
    int repeatOf = -1;   ///< the row of the same amount stated earlier in the document (summary, then detail)
    double totalKrw = 0; ///< over the whole period; NaN when no rate is known
    double totalUsd = 0; ///< NaN when no rate is known
    QString basis;       ///< how the amount was counted and converted, for the table
};

/// Every amount of every document, one row each, with totals normalised to KRW and USD. A document's own
/// printed conversion sets the rate for that currency in that document; other amounts use the exchange-rate
/// table of the amount's year. A printed conversion is never counted besides the amount it converts, and
/// the same amount for the same period stated again in a document (summary, then detail) counts once.
class BudgetModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetModel)

public:
    enum Column {
        DocumentColumn,
        TextColumn,
        KindColumn,
        AmountColumn,
        PeriodColumn,
        KrwColumn,
        UsdColumn,
        BasisColumn,
        PageColumn,
        ColumnCount
    };
    enum Role {
        AmountRole = FactRole::FirstModelRole, ///< double, base units of the currency (low end of a range)
        AmountMaxRole,                         ///< double or invalid, the high end of a range
        CurrencyRole,                          ///< QString, ISO 4217
        PeriodRole,                            ///< QString
        RateRole,                              ///< QString, per_year, per_month or empty
        ConvertedFromRole,                     ///< int, row of the converted amount or -1
        RepeatOfRole,                          ///< int, row of the same amount stated earlier, or -1
        CountedRole,                           ///< bool, counts towards totals
        TotalKrwRole,                          ///< double, NaN when no rate is known
        TotalUsdRole,                          ///< double, NaN when no rate is known
        YearsRole,                             ///< QList<int>, the years the total is spread over
        StrategyRole,                          ///< QString, top strategy node
        DocumentRole,                          ///< QString, the document's short title
        BasisRole,                             ///< QString
        MoneyKindRole,                         ///< QString, budget | market | corporate | price | other
        ActorRole,                             ///< QString, whose money (KR, US …), else the country
    };

    explicit BudgetModel(QObject* parent = nullptr);

    void setExchangeRates(ExchangeRateTable* rates);
    void setFacts(const LibraryFacts& facts);
    void setItems(QList<BudgetItem> items);
    const QList<BudgetItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// "Budget", "Market", "Company", "Price", "Other" for a kind name.
    static QString kindLabel(const QString& kind);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// All rows, or the rows named, as CSV (UTF-8 with a byte-order mark and a header line), for the export
    /// button.
    QByteArray toCsv() const;
    QByteArray toCsv(const QList<int>& rows) const;

private:
    void normalise();

    QList<BudgetItem> m_items;
    QPointer<ExchangeRateTable> m_rates;
};

} // namespace pl::ui
