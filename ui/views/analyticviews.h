#pragma once

#include <QList>
#include <QObject>
#include <QRectF>

class QDockWidget;
class QMenu;
class QModelIndex;
class QTimer;

namespace pl::ui {

class AnnotationEditor;
class BudgetModel;
class BudgetPane;
class BudgetSummaryModel;
class CountryMatrixModel;
class CountryMatrixPane;
class ExchangeRateTable;
class FactScopeFilterModel;
class FactSelection;
class MainWindow;
class ReaderWidget;
class StrategyTreeModel;
class StrategyTreePane;
class TimelineFilterModel;
class TimelineModel;
class TimelinePane;
struct LibraryFacts;

/// The analytic views docked in the main window — timeline, strategy tree, budget, country comparison —
/// their models over the library's facts, and the one selection that links them with each other and with
/// the reader. Facts are read again (on a worker thread) whenever the library changes.
class AnalyticViews : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticViews)

public:
    /// Adds the docks to the window; the reader shows the sources the views ask for.
    AnalyticViews(MainWindow* window, const QString& libraryPath, ReaderWidget* reader);
    ~AnalyticViews() override;

    FactSelection* selection() const { return m_selection; }
    TimelineModel* timelineModel() const { return m_timeline; }
    TimelineFilterModel* timelineFilter() const { return m_timelineFilter; }
    StrategyTreeModel* strategyModel() const { return m_strategy; }
    BudgetModel* budgetModel() const { return m_budget; }
    BudgetSummaryModel* budgetSummary() const { return m_budgetSummary; }
    ExchangeRateTable* exchangeRates() const { return m_rates; }
    CountryMatrixModel* countryModel() const { return m_countries; }
    TimelinePane* timelinePane() const { return m_timelinePane; }
    StrategyTreePane* strategyPane() const { return m_strategyPane; }
    BudgetPane* budgetPane() const { return m_budgetPane; }
    CountryMatrixPane* countryPane() const { return m_countryPane; }
    QList<QDockWidget*> docks() const { return m_docks; }

    /// Reads the library's facts now (rather than after the pause that gathers a burst of changes).
    void reload();
    /// Lets the user correct, reject and restore dates and amounts from the timeline's and the budget
    /// table's context menus; the views read the facts again after every such change.
    void setAnnotationEditor(AnnotationEditor* editor);
    /// The context menu of the timeline event or budget row at this index.
    void fillFactMenu(QMenu* menu, const QModelIndex& index, bool isDate) const;
    bool isLoading() const { return m_loading; }

signals:
    void loaded();

private:
    void apply(const LibraryFacts& facts);

    QString m_libraryPath;
    FactSelection* m_selection;
    TimelineModel* m_timeline;
    TimelineFilterModel* m_timelineFilter;
    StrategyTreeModel* m_strategy;
    ExchangeRateTable* m_rates;
    BudgetModel* m_budget;
    FactScopeFilterModel* m_budgetFilter;
    BudgetSummaryModel* m_budgetSummary;
    CountryMatrixModel* m_countries;
    TimelinePane* m_timelinePane = nullptr;
    StrategyTreePane* m_strategyPane = nullptr;
    BudgetPane* m_budgetPane = nullptr;
    CountryMatrixPane* m_countryPane = nullptr;
    QList<QDockWidget*> m_docks;
    QTimer* m_reloadTimer;
    AnnotationEditor* m_annotationEditor = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace pl::ui
