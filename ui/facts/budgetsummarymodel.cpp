#include "ui/facts/budgetsummarymodel.h"

#include "ui/facts/budgetmodel.h"
#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/factroles.h"

#include <QCollator>
#include <QLocale>
#include <cmath>
#include <map>

namespace pl::ui {

BudgetSummaryModel::BudgetSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void BudgetSummaryModel::setSourceModel(QAbstractItemModel* budget) {
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = budget;
    if (budget) {
        connect(budget, &QAbstractItemModel::modelReset, this, &BudgetSummaryModel::rebuild);
        connect(budget, &QAbstractItemModel::layoutChanged, this, &BudgetSummaryModel::rebuild);
        connect(budget, &QAbstractItemModel::rowsInserted, this, &BudgetSummaryModel::rebuild);
        connect(budget, &QAbstractItemModel::rowsRemoved, this, &BudgetSummaryModel::rebuild);
        connect(budget, &QAbstractItemModel::dataChanged, this, &BudgetSummaryModel::rebuild);
    }
    rebuild();
}

void BudgetSummaryModel::setGroupBy(GroupBy groupBy) {
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    rebuild();
}

void BudgetSummaryModel::setTarget(Target target) {
    if (target == m_target)
        return;
    m_target = target;
    rebuild();
}

void BudgetSummaryModel::setKinds(const QStringList& kinds) {
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    rebuild();
}

bool BudgetSummaryModel::countsKind(const QModelIndex& sourceRow) const {
    return m_kinds.isEmpty() || m_kinds.contains(sourceRow.data(BudgetModel::MoneyKindRole).toString());
}

void BudgetSummaryModel::rebuild() {
    beginResetModel();
    m_categories.clear();
    m_documents.clear();
    m_values.clear();
    m_unconverted = 0;
    // category → document → value; ordered at the end.
    std::map<QString, std::map<QString, double>> sums;
    QStringList documentOrder;
    const QString noYear = tr("no year");
    const QString none = tr("not tagged");
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = m_source->index(r, 0);
        if (!index.data(BudgetModel::CountedRole).toBool() || !countsKind(index))
            continue;
        const double total =
            index.data(m_target == Target::Krw ? BudgetModel::TotalKrwRole : BudgetModel::TotalUsdRole)
                .toDouble();
        if (std::isnan(total)) {
            ++m_unconverted;
            continue;
        }
        const QString document = index.data(BudgetModel::DocumentRole).toString();
        if (!documentOrder.contains(document))
            documentOrder.append(document);
        for (const auto& [category, share] : sharesOf(index))
            sums[category][document] += total * share;
    }
    for (const auto& [category, byDocument] : sums)
        m_categories.append(category);
    if (m_groupBy != GroupBy::Year) {
        QCollator collator{QLocale(QLocale::Korean)};
        collator.setNumericMode(true);
        std::sort(m_categories.begin(), m_categories.end(),
                  [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    }
    // "no year" / "not tagged" go last.
    for (const QString& tail : {noYear, none})
        if (m_categories.removeOne(tail))
            m_categories.append(tail);
    m_documents = documentOrder;
    double largest = 0;
    for (const QString& category : std::as_const(m_categories)) {
        std::vector<double> row;
        double sum = 0;
        for (const QString& document : std::as_const(m_documents)) {
            const auto& byDocument = sums[category];
            const auto it = byDocument.find(document);
            row.push_back(it == byDocument.end() ? 0 : it->second);
            sum += row.back();
        }
        largest = std::max(largest, sum);
        m_values.push_back(std::move(row));
    }
    if (m_target == Target::Usd) {
        m_divisor = 1e6;
        m_unit = tr("million USD");
    } else if (largest >= 1e12) {
        m_divisor = 1e12;
        m_unit = tr("조원");
    } else {
        m_divisor = 1e8;
        m_unit = tr("억원");
    }
    endResetModel();
}

QList<QPair<QString, double>> BudgetSummaryModel::sharesOf(const QModelIndex& index) const {
    const QString none = tr("not tagged");
    switch (m_groupBy) {
    case GroupBy::Year: {
        const auto years = index.data(BudgetModel::YearsRole).value<QList<int>>();
        if (years.isEmpty())
            return {{tr("no year"), 1.0}};
        QList<QPair<QString, double>> shares;
        for (int y : years)
            shares.append({QString::number(y), 1.0 / years.size()});
        return shares;
    }
    case GroupBy::Strategy: {
        const QString s = index.data(BudgetModel::StrategyRole).toString();
        return {{s.isEmpty() ? none : s, 1.0}};
    }
    case GroupBy::Country: {
        // Whose money: a budget item's actor, else the country its section is about.
        const QString c = index.data(BudgetModel::ActorRole).toString();
        return {{c.isEmpty() ? none : c, 1.0}};
    }
    case GroupBy::Currency:
        return {{index.data(BudgetModel::CurrencyRole).toString(), 1.0}};
    }
    return {};
}

bool BudgetSummaryModel::contributes(const QModelIndex& sourceRow, int row, int column) const {
    if (!sourceRow.data(BudgetModel::CountedRole).toBool() || !countsKind(sourceRow) ||
        sourceRow.data(BudgetModel::DocumentRole).toString() != m_documents.value(column))
        return false;
    const QString category = m_categories.value(row);
    const auto shares = sharesOf(sourceRow);
    return std::any_of(shares.cbegin(), shares.cend(), [&](const auto& s) { return s.first == category; });
}

int BudgetSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_categories.size());
}

int BudgetSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant BudgetSummaryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double value = m_values[index.row()][index.column()] / m_divisor;
    switch (role) {
    case Qt::DisplayRole: // a number: views format it, the chart's model mapper reads it
    case Qt::EditRole:
    case ValueRole:
        return value;
    default:
        return {};
    }
}

QVariant BudgetSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_documents.value(section);
    if (m_groupBy == GroupBy::Country)
        return CountryMatrixModel::countryName(m_categories.value(section));
    return m_categories.value(section);
}

} // namespace pl::ui
