#pragma once

#include "ui/views/savefilechooser.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pl::ui {

class BudgetChart;
class BudgetSummaryModel;
class ExchangeRateTable;
class FactScopeFilterModel;
class FactSelection;

/// Budget charts: amounts by year, strategy node, country or currency, stacked by document, in KRW or USD,
/// with the amounts themselves in a table beside the chart (how each was counted and converted), the
/// exchange-rate table to edit, and CSV export. Clicking a bar selects its amounts and shows the largest in
/// the reader.
class BudgetPane : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPane)

public:
    BudgetPane(FactScopeFilterModel* items, BudgetSummaryModel* summary, ExchangeRateTable* rates,
               FactSelection* selection, QWidget* parent = nullptr);

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    BudgetChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    bool exportCsv(const QString& path);
    /// Selects the amounts behind a bar segment and shows the largest one's source.
    void openSegment(int row, int column);
    void showRates();

private:
    void updateNotes();

    FactScopeFilterModel* m_items;
    BudgetSummaryModel* m_summary;
    ExchangeRateTable* m_rates;
    FactSelection* m_selection;
    SaveFileChooser m_chooseFile;
    QComboBox* m_groupBy;
    QComboBox* m_target;
    BudgetChart* m_chart;
    QTableView* m_table;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_note;
};

} // namespace pl::ui
