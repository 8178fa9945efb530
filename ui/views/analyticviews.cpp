#include "ui/views/analyticviews.h"

#include "core/store/library.h"
#include "ui/annotation/annotationeditor.h"
#include "ui/annotation/factmenu.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/budgetsummarymodel.h"
#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/exchangeratetable.h"
#include "ui/facts/factscopefiltermodel.h"
#include "ui/facts/factselection.h"
#include "ui/facts/libraryfacts.h"
#include "ui/facts/strategytreemodel.h"
#include "ui/facts/timelinefiltermodel.h"
#include "ui/facts/timelinemodel.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/budgetpane.h"
#include "ui/views/countrymatrixpane.h"
#include "ui/views/mainwindow.h"
#include "ui/views/strategytreepane.h"
#include "ui/views/timelinepane.h"
#include "ui/views/timelineview.h"
#include "ui/whendone.h"

#include <QDir>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAnalytics, "pl.ui.analytics")

namespace pl::ui {

namespace {
constexpr int reloadPauseMs = 300; // an import reloads the library once per file; gather them
}

AnalyticViews::AnalyticViews(MainWindow* window, const QString& libraryPath, ReaderWidget* reader)
    : QObject(window), m_libraryPath(libraryPath), m_selection(new FactSelection(this)),
      m_timeline(new TimelineModel(this)), m_timelineFilter(new TimelineFilterModel(this)),
      m_strategy(new StrategyTreeModel(this)), m_rates(new ExchangeRateTable(this)),
      m_budget(new BudgetModel(this)), m_budgetFilter(new FactScopeFilterModel(this)),
      m_budgetSummary(new BudgetSummaryModel(this)), m_countries(new CountryMatrixModel(this)),
      m_reloadTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("analyticViews"));
    m_timelineFilter->setSourceModel(m_timeline);
    m_timelineFilter->setSelection(m_selection);
    m_rates->setStoragePath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("exchange-rates.json")));
    m_budget->setExchangeRates(m_rates);
    m_budgetFilter->setSourceModel(m_budget);
    m_budgetFilter->setSelection(m_selection);
    m_budgetSummary->setSourceModel(m_budgetFilter);
    m_countries->setBudgetSource(m_budget);

    m_timelinePane = new TimelinePane(m_timelineFilter, m_selection, window);
    m_strategyPane = new StrategyTreePane(m_strategy, m_selection, window);
    m_budgetPane = new BudgetPane(m_budgetFilter, m_budgetSummary, m_rates, m_selection, window);
    m_countryPane = new CountryMatrixPane(m_countries, m_selection, window);

    auto dock = [this, window](QWidget* pane, const QString& title, const QString& name,
                               Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, window);
        d->setObjectName(name);
        d->setWidget(pane);
        window->addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };
    QDockWidget* strategy =
        dock(m_strategyPane, tr("Strategy"), QStringLiteral("strategyDock"), Qt::RightDockWidgetArea);
    QDockWidget* timeline =
        dock(m_timelinePane, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    QDockWidget* budget =
        dock(m_budgetPane, tr("Budget"), QStringLiteral("budgetDock"), Qt::BottomDockWidgetArea);
    QDockWidget* countries =
        dock(m_countryPane, tr("Countries"), QStringLiteral("countryDock"), Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(timeline, budget);
    window->tabifyDockWidget(budget, countries);
    timeline->raise();
    window->resizeDocks({strategy}, {460}, Qt::Horizontal);
    window->resizeDocks({timeline}, {300}, Qt::Vertical);

    connect(m_selection, &FactSelection::sourceRequested, reader,
            [reader](qint64 docId, int page, const QList<QRectF>& boxes) {
                reader->openDocument(docId, page, boxes);
            });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(reloadPauseMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &AnalyticViews::reload);
    connect(window, &MainWindow::libraryReloaded, this, [this, window]() {
        // File ▸ Open Library switches the window to another file: the facts of the old one go at once, or a
        // correction or a pin made meanwhile would name the old library's documents in the new one.
        if (window->libraryPath() != m_libraryPath) {
            m_libraryPath = window->libraryPath();
            ++m_generation; // a read of the old library still under way is dropped
            apply(LibraryFacts());
        }
        m_reloadTimer->start();
    });
    m_loading = true; // until the first read is in
    m_reloadTimer->start();
}

AnalyticViews::~AnalyticViews() = default;

void AnalyticViews::reload() {
    m_reloadTimer->stop();
    m_loading = true;
    const quint64 generation = ++m_generation;
    const QString path = m_libraryPath;
    // The worker opens its own connection: a Library must stay on the thread that opened it.
    whenDone(QtConcurrent::run([path]() -> Result<LibraryFacts> {
                 auto library = store::Library::open(path);
                 if (!library)
                     return std::unexpected(library.error());
                 // Documents imported before facts were read (or by an older extractor) get them now, once.
                 return LibraryFacts::load(**library);
             }),
             this, [this, generation](const Result<LibraryFacts>& facts) {
                 if (generation != m_generation)
                     return; // the library changed again; a newer read is under way
                 m_loading = false;
                 if (!facts) {
                     qCWarning(lcAnalytics) << "cannot read the library's facts:" << facts.error().toString();
                     apply(LibraryFacts());
                 } else {
                     apply(*facts);
                 }
                 emit loaded();
             });
}

void AnalyticViews::setAnnotationEditor(AnnotationEditor* editor) {
    m_annotationEditor = editor;
    connect(editor, &AnnotationEditor::factsChanged, this, &AnalyticViews::reload);
    TimelineView* timeline = m_timelinePane->view();
    timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(timeline, &QWidget::customContextMenuRequested, this, [this, timeline](const QPoint& pos) {
        const int row = timeline->rowAt(pos);
        QMenu menu(timeline);
        menu.setObjectName(QStringLiteral("timelineFactMenu"));
        if (row >= 0 && timeline->model())
            fillFactMenu(&menu, timeline->model()->index(row, 0), true);
        if (!timeline->actions().isEmpty()) {
            if (!menu.isEmpty())
                menu.addSeparator();
            menu.addActions(timeline->actions());
        }
        if (!menu.isEmpty())
            menu.exec(timeline->mapToGlobal(pos));
    });
    QTableView* table = m_budgetPane->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint& pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(table);
        menu.setObjectName(QStringLiteral("budgetFactMenu"));
        fillFactMenu(&menu, index, false);
        if (!table->actions().isEmpty()) {
            menu.addSeparator();
            menu.addActions(table->actions());
        }
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
}

void AnalyticViews::fillFactMenu(QMenu* menu, const QModelIndex& index, bool isDate) const {
    addFactActions(menu, index,
                   isDate ? annotation::FactCorrection::Kind::Date : annotation::FactCorrection::Kind::Amount,
                   m_annotationEditor);
}

void AnalyticViews::apply(const LibraryFacts& facts) {
    // A document that is gone cannot stay selected.
    if (m_selection->hasScope() && !facts.document(m_selection->docId()))
        m_selection->clear();
    m_timeline->setFacts(facts);
    m_strategy->setFacts(facts);
    m_budget->setFacts(facts);
    m_countries->setFacts(facts);
}

} // namespace pl::ui
