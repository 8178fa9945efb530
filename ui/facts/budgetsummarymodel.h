#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace pl::ui {

/// Totals of a budget model (or a filter over it), one row per category (year, strategy node, country or
/// currency) and one column per document, in KRW or USD and in a unit that reads well (억원, 조원, million
/// USD). Only amounts that count are summed; a total over several years is spread evenly over them.
/// Charts bind to this model.
class BudgetSummaryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetSummaryModel)

public:
    enum class GroupBy { Year, Strategy, Country, Currency };
    enum class Target { Krw, Usd };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< double, in the unit of unitLabel()
    };

    explicit BudgetSummaryModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* budget);
    void setGroupBy(GroupBy groupBy);
    void setTarget(Target target);
    /// The kinds of amount summed: {"budget"} unless asked otherwise (market forecasts, company figures and
    /// prices are no public money); an empty list sums every kind.
    void setKinds(const QStringList& kinds);
    QStringList kinds() const { return m_kinds; }
    GroupBy groupBy() const { return m_groupBy; }
    Target target() const { return m_target; }
    /// The unit of every value: 억원, 조원 or million USD.
    QString unitLabel() const { return m_unit; }
    /// The category and document a cell stands for.
    QString category(int row) const { return m_categories.value(row); }
    QString document(int column) const { return m_documents.value(column); }
    /// Whether a row of the source model counts towards a cell (row = category, column = document).
    bool contributes(const QModelIndex& sourceRow, int row, int column) const;
    /// How many amounts had no known rate and are missing from the totals.
    int unconverted() const { return m_unconverted; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    bool countsKind(const QModelIndex& sourceRow) const;
    /// The categories a budget row falls in and the share of its total each gets.
    QList<QPair<QString, double>> sharesOf(const QModelIndex& sourceRow) const;

    QPointer<QAbstractItemModel> m_source;
    GroupBy m_groupBy = GroupBy::Year;
    Target m_target = Target::Krw;
    QStringList m_kinds{QStringLiteral("budget")};
    QStringList m_categories;
    QStringList m_documents;
    std::vector<std::vector<double>> m_values; ///< [row][column], in base units
    double m_divisor = 1;
    QString m_unit;
    int m_unconverted = 0;
};

} // namespace pl::ui
