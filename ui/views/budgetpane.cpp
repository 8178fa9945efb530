#include "ui/views/budgetpane.h"

#include "ui/charts/budgetchart.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/budgetsummarymodel.h"
#include "ui/facts/exchangeratetable.h"
#include "ui/facts/factscopefiltermodel.h"
#include "ui/facts/factselection.h"
#include "ui/views/scopebar.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace pl::ui {

BudgetPane::BudgetPane(FactScopeFilterModel* items, BudgetSummaryModel* summary, ExchangeRateTable* rates,
                       FactSelection* selection, QWidget* parent)
    : QWidget(parent), m_items(items), m_summary(summary), m_rates(rates), m_selection(selection),
      m_chooseFile(defaultSaveFileChooser()), m_groupBy(new QComboBox(this)), m_target(new QComboBox(this)),
      m_chart(new BudgetChart(this)), m_table(new QTableView(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("budgetPane"));
    m_groupBy->setObjectName(QStringLiteral("budgetGroupBy"));
    m_groupBy->addItem(tr("By year"), int(BudgetSummaryModel::GroupBy::Year));
    m_groupBy->addItem(tr("By strategy"), int(BudgetSummaryModel::GroupBy::Strategy));
    m_groupBy->addItem(tr("By country"), int(BudgetSummaryModel::GroupBy::Country));
    m_groupBy->addItem(tr("By currency"), int(BudgetSummaryModel::GroupBy::Currency));
    m_target->setObjectName(QStringLiteral("budgetCurrency"));
    m_target->addItem(tr("in KRW"), int(BudgetSummaryModel::Target::Krw));
    m_target->addItem(tr("in USD"), int(BudgetSummaryModel::Target::Usd));
    // What the chart sums: public money by default; the other kinds one choice away, each named.
    auto* kinds = new QComboBox(this);
    kinds->setObjectName(QStringLiteral("budgetKinds"));
    kinds->addItem(tr("Budgets (public money)"), QStringList{QStringLiteral("budget")});
    kinds->addItem(tr("Market figures"), QStringList{QStringLiteral("market")});
    kinds->addItem(tr("Company figures"), QStringList{QStringLiteral("corporate")});
    kinds->addItem(tr("Prices and fees"), QStringList{QStringLiteral("price")});
    kinds->addItem(tr("Other amounts"), QStringList{QStringLiteral("other")});
    kinds->addItem(tr("All amounts"), QStringList{});
    kinds->setToolTip(tr("Which amounts the chart adds up; the table lists every amount with its kind"));
    connect(kinds, &QComboBox::currentIndexChanged, this,
            [this, kinds]() { m_summary->setKinds(kinds->currentData().toStringList()); });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this]() {
        m_summary->setGroupBy(BudgetSummaryModel::GroupBy(m_groupBy->currentData().toInt()));
    });
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this]() { m_summary->setTarget(BudgetSummaryModel::Target(m_target->currentData().toInt())); });

    auto* ratesButton = new QToolButton(this);
    ratesButton->setObjectName(QStringLiteral("budgetRates"));
    ratesButton->setText(tr("Exchange rates…"));
    ratesButton->setToolTip(tr("The rates used where a document prints no conversion; editable"));
    connect(ratesButton, &QToolButton::clicked, this, &BudgetPane::showRates);
    auto* csv = new QToolButton(this);
    csv->setObjectName(QStringLiteral("budgetExportCsv"));
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Save the amounts in the table as CSV"));
    connect(csv, &QToolButton::clicked, this, [this]() {
        const QString path =
            m_chooseFile(this, tr("Save the amounts"), QStringLiteral("budget.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    m_chart->setObjectName(QStringLiteral("budgetChart"));
    m_chart->setModel(summary);
    m_chart->setEmptyText(tr("No amounts of money in the selection."));
    m_chart->setMinimumWidth(480);

    m_sorted->setSourceModel(items);
    m_sorted->setSortRole(Qt::DisplayRole);
    m_table->setObjectName(QStringLiteral("budgetTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(BudgetModel::DocumentColumn, 170);
    m_table->setColumnWidth(BudgetModel::TextColumn, 120);
    m_table->setColumnWidth(BudgetModel::KindColumn, 70);
    m_table->setColumnWidth(BudgetModel::AmountColumn, 110);
    m_table->setColumnWidth(BudgetModel::PeriodColumn, 80);
    m_table->setColumnWidth(BudgetModel::KrwColumn, 90);
    m_table->setColumnWidth(BudgetModel::UsdColumn, 120);
    m_table->setColumnWidth(BudgetModel::BasisColumn, 260);
    m_table->setColumnWidth(BudgetModel::PageColumn, 44);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_selection->showSource(index.data(FactRole::DocId).toLongLong(), index.data(FactRole::Page).toInt(),
                                index.data(FactRole::Box).toRectF());
    });
    connect(m_chart, &BudgetChart::segmentClicked, this, &BudgetPane::openSegment);

    m_note->setObjectName(QStringLiteral("budgetNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    connect(summary, &QAbstractItemModel::modelReset, this, &BudgetPane::updateNotes);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(4, 4, 4, 0);
    controls->addWidget(kinds);
    controls->addWidget(m_groupBy);
    controls->addWidget(m_target);
    controls->addWidget(ratesButton);
    controls->addWidget(csv);
    controls->addStretch(1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("budgetSplit"));
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(new ScopeBar(selection, this));
    layout->addWidget(split, 1);
    layout->addWidget(m_note);
    updateNotes();
}

void BudgetPane::updateNotes() {
    m_chart->setValueTitle(m_summary->unitLabel());
    QString note =
        tr("The chart adds up the kind of amount chosen above (by default budgets: public money a "
           "government or public body spends, invests or grants; market forecasts, company figures and prices "
           "are not budgets). A part inside a stated whole is counted with the whole.") +
        QLatin1Char(' ') +
        tr("Totals: ranges count their low end; an amount per year counts once for each year of its "
           "period; a total over several years is spread evenly over them; a conversion printed "
           "beside an amount sets that document's rate and is not counted again. Other rates: %1 "
           "(compiled %2).")
            .arg(m_rates->source(), m_rates->compiled());
    if (m_summary->unconverted() > 0)
        note += QLatin1Char(' ') + tr("%n amount(s) in currencies without a rate are left out.", nullptr,
                                      m_summary->unconverted());
    m_note->setText(note);
}

void BudgetPane::openSegment(int row, int column) {
    QItemSelection rows;
    QModelIndex largest;
    double largestValue = -1;
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        const QModelIndex index = m_sorted->index(r, 0);
        if (!m_summary->contributes(index, row, column))
            continue;
        rows.select(index, index.siblingAtColumn(BudgetModel::ColumnCount - 1));
        const double value = index.data(BudgetModel::TotalKrwRole).toDouble();
        if (!std::isnan(value) && value > largestValue) {
            largestValue = value;
            largest = index;
        }
    }
    m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!largest.isValid())
        return;
    m_table->scrollTo(largest);
    m_selection->showSource(largest.data(FactRole::DocId).toLongLong(), largest.data(FactRole::Page).toInt(),
                            largest.data(FactRole::Box).toRectF());
}

bool BudgetPane::exportCsv(const QString& path) {
    auto* budget = qobject_cast<BudgetModel*>(m_items->sourceModel());
    if (!budget)
        return false;
    QList<int> rows;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        rows.append(m_items->mapToSource(m_sorted->mapToSource(m_sorted->index(r, 0))).row());
    return writeExport(this, path, budget->toCsv(rows));
}

void BudgetPane::showRates() {
    // Not modal: the chart follows the edits while the table is open.
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("ratesDialog"));
    dialog->setWindowTitle(tr("Exchange rates"));
    auto* table = new QTableView(dialog);
    table->setObjectName(QStringLiteral("ratesTable"));
    table->setModel(m_rates);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* source = new QLabel(tr("KRW for one unit of each currency, by year. Source: %1. Compiled %2. %3")
                                  .arg(m_rates->source(), m_rates->compiled(), m_rates->note()),
                              dialog);
    source->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, m_rates,
            &ExchangeRateTable::restoreDefaults);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(source);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(620, 420);
    dialog->show();
}

} // namespace pl::ui
