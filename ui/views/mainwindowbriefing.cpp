// The main window's part of briefings: the board's dock and the "Pin to Briefing" action. Kept apart from
// mainwindow.cpp so that the briefing feature reads as one piece.
#include "core/briefing/briefing.h"
#include "core/store/library.h"
#include "ui/briefing/briefingboard.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/mainwindow.h"

#include "ui/facts/budgetsummarymodel.h"
#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/factroles.h"
#include "ui/facts/moneyformat.h"
#include "ui/facts/strategytreemodel.h"
#include "ui/facts/timelinefiltermodel.h"
#include "ui/facts/timelinemodel.h"
#include "ui/views/analyticviews.h"
#include "ui/views/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace pl::ui {

namespace {

constexpr int maxTimelineEvents = 60; // a briefing shows a range, not the whole library

QString yearText(double year) {
    return QString::number(int(std::floor(year)));
}

/// Adds an action to a widget's context menu (and keeps the widget's own menu, if it has none, empty).
QAction* addPinAction(QWidget* widget, const QString& text, const char* name) {
    auto* action = new QAction(text, widget);
    action->setObjectName(QLatin1String(name));
    // A widget with a context menu of its own (the timeline's and the budget table's fact corrections) lists
    // the widget's actions below its own; the others show them as their menu.
    if (widget->contextMenuPolicy() != Qt::CustomContextMenu)
        widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    widget->addAction(action);
    return action;
}

} // namespace

void MainWindow::createBriefingDock() {
    m_briefingBoard = new BriefingBoard(this);
    m_briefingBoard->setLibrary(m_library.get());
    m_briefingDock = new QDockWidget(tr("Briefing"), this);
    m_briefingDock->setObjectName(QStringLiteral("briefingDock"));
    m_briefingDock->setWidget(m_briefingBoard);
    addDockWidget(Qt::RightDockWidgetArea, m_briefingDock);
    // Hidden, and tabbed beside the strategy tree only when first shown (a pin, or View → Briefing): a hidden
    // tab in the first-start layout would change the sizes the window restores.
    m_briefingDock->hide();
    connect(m_briefingBoard, &BriefingBoard::pinned, this, &MainWindow::showBriefingBoard);
    connect(m_briefingBoard, &BriefingBoard::sourceRequested, this,
            [this](qint64 docId, int page, const QList<QRectF>& boxes) {
                m_reader->openDocument(docId, page, boxes);
                selectDocument(docId);
            });
    connect(m_briefingBoard, &BriefingBoard::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    auto* pin = new QAction(tr("&Pin to Briefing"), this);
    pin->setObjectName(QStringLiteral("pinToBriefingAction"));
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    pin->setShortcutContext(Qt::WindowShortcut);
    pin->setToolTip(tr("Add the current search hit, or the passage selected in the reader, to the briefing"));
    connect(pin, &QAction::triggered, this, &MainWindow::pinToBriefing);
    addAction(pin);
    // The hit list's context menu pins the hit under the pointer.
    m_hitsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_hitsView, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_hitsView->indexAt(pos);
        if (!index.isValid())
            return;
        auto* menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("hitContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        // The menu stays open while a search as you type may replace the hits: act on the hit it was
        // opened on, or on nothing.
        const QPersistentModelIndex hit(index);
        QAction* open = menu->addAction(tr("Open"), this, [this, hit]() {
            if (hit.isValid())
                openHit(hit.row());
        });
        Q_UNUSED(open);
        QAction* pinHitAction = menu->addAction(tr("Pin to Briefing"), this, [this, hit]() {
            if (hit.isValid())
                pinHit(hit.row());
        });
        pinHitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
        menu->popup(m_hitsView->viewport()->mapToGlobal(pos));
    });
    attachAnalyticPins();
    if (auto* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(pin);
    }
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = m_briefingDock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("toggleBriefingDockAction"));
        connect(toggle, &QAction::triggered, this, [this](bool shown) {
            if (shown)
                showBriefingBoard();
        });
        view->addAction(toggle);
    }
}

void MainWindow::attachAnalyticPins() {
    auto* views = findChild<AnalyticViews*>(QStringLiteral("analyticViews"));
    if (!views)
        return;
    auto anchorOf = [this](qint64 docId) {
        const auto doc = docId ? m_library->document(docId) : std::nullopt;
        return doc ? briefing::documentAnchor(*doc) : QJsonObject();
    };

    // Timeline: the fact last clicked, and the visible range with the facts in it.
    if (auto* timeline = findChild<TimelineView*>(QStringLiteral("timelineView"))) {
        // The fact last clicked, held by a persistent index: the model resets after imports and corrections,
        // and a reset must not turn the click into another fact.
        QAbstractItemModel* model = views->timelineFilter();
        auto lastClicked = std::make_shared<QPersistentModelIndex>();
        connect(timeline, &TimelineView::eventActivated, this, [lastClicked, model](int row) {
            *lastClicked = QPersistentModelIndex(model->index(row, 0));
        });
        QAction* fact = addPinAction(timeline, tr("Pin Clicked Fact to Briefing"), "pinTimelineFactAction");
        connect(fact, &QAction::triggered, this, [this, lastClicked, anchorOf]() {
            const QModelIndex index = *lastClicked;
            if (!index.isValid()) {
                statusBar()->showMessage(tr("Click a fact on the timeline first."), 8000);
                return;
            }
            briefing::BriefingItem item;
            item.kind = briefing::ItemKind::Fact;
            const QRectF box = index.data(FactRole::Box).toRectF();
            item.payload = {
                {QStringLiteral("doc"), anchorOf(index.data(FactRole::DocId).toLongLong())},
                {QStringLiteral("fact_kind"), QStringLiteral("date")},
                {QStringLiteral("value"), index.data(TimelineModel::TextRole).toString()},
                {QStringLiteral("label"), index.data(TimelineModel::LabelRole).toString()},
                {QStringLiteral("text"), index.data(FactRole::Sentence).toString()},
                {QStringLiteral("page"), index.data(FactRole::Page).toInt()},
                {QStringLiteral("box"), QJsonArray{box.left(), box.top(), box.right(), box.bottom()}}};
            m_briefingBoard->pin(item);
        });
        QAction* range =
            addPinAction(timeline, tr("Pin Visible Range to Briefing"), "pinTimelineRangeAction");
        connect(range, &QAction::triggered, this, [this, model, timeline, anchorOf]() {
            const double from = timeline->visibleFrom(), to = timeline->visibleTo();
            QList<QPair<double, QJsonObject>> events;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                const double start = index.data(TimelineModel::StartRole).toDouble();
                if (start < from || start > to)
                    continue;
                const qint64 docId = index.data(FactRole::DocId).toLongLong();
                const QJsonObject anchor = anchorOf(docId);
                events.append(
                    {start,
                     QJsonObject{{QStringLiteral("date"), index.data(TimelineModel::TextRole).toString()},
                                 {QStringLiteral("label"), index.data(TimelineModel::LabelRole).toString()},
                                 {QStringLiteral("title"), briefing::anchorTitle(anchor)},
                                 {QStringLiteral("page"), index.data(FactRole::Page).toInt()},
                                 {QStringLiteral("doc"), anchor}}});
            }
            std::stable_sort(events.begin(), events.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            QJsonArray list;
            for (qsizetype i = 0; i < events.size() && i < maxTimelineEvents; ++i)
                list.append(events[i].second);
            briefing::BriefingItem item;
            item.kind = briefing::ItemKind::TimelineRange;
            item.payload = {{QStringLiteral("from"), yearText(from)},
                            {QStringLiteral("to"), yearText(to)},
                            {QStringLiteral("title"), tr("Timeline %1–%2").arg(yearText(from), yearText(to))},
                            {QStringLiteral("scope"), QStringLiteral("visible")},
                            {QStringLiteral("events"), list}};
            m_briefingBoard->pin(item);
        });
    }

    // Strategy tree: the current node with everything below it.
    if (auto* tree = findChild<QTreeView*>(QStringLiteral("strategyTree"))) {
        QAction* subtree = addPinAction(tree, tr("Pin Subtree to Briefing"), "pinStrategySubtreeAction");
        connect(subtree, &QAction::triggered, this, [this, tree, anchorOf]() {
            const QModelIndex root = tree->currentIndex().siblingAtColumn(0);
            if (!root.isValid()) {
                statusBar()->showMessage(tr("Choose a node of the strategy tree first."), 8000);
                return;
            }
            QJsonArray nodes;
            std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& index, int depth) {
                nodes.append(QJsonObject{
                    {QStringLiteral("title"), index.data().toString()},
                    {QStringLiteral("level"), index.data(StrategyTreeModel::LevelRole).toString()},
                    {QStringLiteral("depth"), depth},
                    {QStringLiteral("page"), index.data(FactRole::Page).toInt()}});
                const QAbstractItemModel* model = index.model();
                for (int row = 0; row < model->rowCount(index); ++row)
                    walk(model->index(row, 0, index), depth + 1);
            };
            walk(root, 0);
            briefing::BriefingItem item;
            item.kind = briefing::ItemKind::StrategySubtree;
            item.payload = {
                {QStringLiteral("doc"), anchorOf(root.data(FactRole::DocId).toLongLong())},
                {QStringLiteral("page"), root.data(FactRole::Page).toInt()},
                {QStringLiteral("title"), root.data().toString()},
                {QStringLiteral("path"),
                 QJsonArray::fromStringList(root.data(StrategyTreeModel::PathRole).toStringList())},
                {QStringLiteral("nodes"), nodes}};
            m_briefingBoard->pin(item);
        });
    }

    // Budget chart: the totals as grouped and converted now, one bar per category.
    if (auto* chart = findChild<QWidget*>(QStringLiteral("budgetChart"))) {
        BudgetSummaryModel* summary = views->budgetSummary();
        QAction* pinChart = addPinAction(chart, tr("Pin Chart to Briefing"), "pinBudgetChartAction");
        connect(pinChart, &QAction::triggered, this, [this, summary]() {
            QJsonArray bars;
            for (int row = 0; row < summary->rowCount(); ++row) {
                double total = 0;
                for (int column = 0; column < summary->columnCount(); ++column)
                    total += summary->index(row, column).data(BudgetSummaryModel::ValueRole).toDouble();
                bars.append(QJsonObject{
                    {QStringLiteral("label"), summary->category(row)},
                    {QStringLiteral("value"), total},
                    {QStringLiteral("text"),
                     QStringLiteral("%1 %2").arg(QLocale().toString(total, 'f', total < 10 ? 1 : 0),
                                                 summary->unitLabel())}});
            }
            auto* groupBy = findChild<QComboBox*>(QStringLiteral("budgetGroupBy"));
            auto* currency = findChild<QComboBox*>(QStringLiteral("budgetCurrency"));
            briefing::BriefingItem item;
            item.kind = briefing::ItemKind::Chart;
            item.payload = {{QStringLiteral("chart"), QStringLiteral("budget")},
                            {QStringLiteral("currency"), currency ? currency->currentText() : QString()},
                            {QStringLiteral("scope"), groupBy ? groupBy->currentText() : QString()},
                            {QStringLiteral("unit"), summary->unitLabel()},
                            {QStringLiteral("title"), tr("Budget (%1)").arg(summary->unitLabel())},
                            {QStringLiteral("bars"), bars}};
            m_briefingBoard->pin(item);
        });
    }

    // Country comparison: how many passages of each country speak to each theme.
    if (auto* matrix = findChild<QTableView*>(QStringLiteral("countryMatrix"))) {
        CountryMatrixModel* model = views->countryModel();
        QAction* pinMatrix = addPinAction(matrix, tr("Pin Comparison to Briefing"), "pinCountryMatrixAction");
        connect(pinMatrix, &QAction::triggered, this, [this, model]() {
            QJsonArray countries, themes, cells;
            for (int column = CountryMatrixModel::FirstThemeColumn;
                 column < CountryMatrixModel::TimelineColumn; ++column)
                themes.append(model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < model->rowCount(); ++row) {
                countries.append(model->headerData(row, Qt::Vertical).toString());
                QJsonArray counts;
                for (int column = CountryMatrixModel::FirstThemeColumn;
                     column < CountryMatrixModel::TimelineColumn; ++column)
                    counts.append(model->index(row, column).data(CountryMatrixModel::QuoteCountRole).toInt());
                cells.append(counts);
            }
            briefing::BriefingItem item;
            item.kind = briefing::ItemKind::CountryMatrix;
            item.payload = {{QStringLiteral("title"), tr("Passages per country and theme")},
                            {QStringLiteral("countries"), countries},
                            {QStringLiteral("themes"), themes},
                            {QStringLiteral("cells"), cells}};
            m_briefingBoard->pin(item);
        });
    }
}

void MainWindow::showBriefingBoard() {
    auto* strategy = findChild<QDockWidget*>(QStringLiteral("strategyDock"));
    if (strategy && strategy->isVisible() && !strategy->isFloating() &&
        tabifiedDockWidgets(m_briefingDock).isEmpty() &&
        dockWidgetArea(strategy) == dockWidgetArea(m_briefingDock))
        tabifyDockWidget(strategy, m_briefingDock);
    m_briefingDock->show();
    m_briefingDock->raise();
}

bool MainWindow::pinHit(int row) {
    const search::SearchHit* hit = m_hitModel->hit(row);
    if (!hit)
        return false;
    const auto doc = m_library->document(hit->docId);
    if (!doc)
        return false;
    QStringList texts;
    QList<QRectF> boxes;
    for (const search::MatchedPassage& p : hit->passages) {
        texts.append(p.text);
        boxes += p.boxes;
    }
    if (texts.isEmpty())
        texts.append(hit->text);
    if (boxes.isEmpty())
        boxes = hit->boxes;
    const QString query = m_hitModel->query().trimmed();
    return m_briefingBoard->pin(
        briefing::passageItem(*doc, hit->page, texts.join(QLatin1Char('\n')), boxes, query));
}

bool MainWindow::pinToBriefing() {
    QWidget* focus = QApplication::focusWidget();
    const bool inHits = focus && (focus == m_hitsView || m_hitsView->isAncestorOf(focus));
    if (inHits && m_hitsView->currentIndex().isValid())
        return pinHit(m_hitsView->currentIndex().row());
    const qint64 docId = m_reader->docId();
    const auto doc = docId ? m_library->document(docId) : std::nullopt;
    if (doc) {
        // A selection on any page wins; else what the reader highlights on its current page (an opened hit).
        int page = 0;
        QList<QRectF> area;
        for (int p = 1; p <= m_reader->pageCount() && !page; ++p)
            if (PageView* view = m_reader->pageViewAt(p); view && !view->selection().isNull()) {
                page = p;
                area = {view->selection()};
            }
        if (!page && m_reader->pageView() && !m_reader->pageView()->highlights().isEmpty()) {
            page = m_reader->currentPage();
            area = m_reader->pageView()->highlights();
        }
        if (page) {
            QStringList texts;
            QList<QRectF> boxes;
            for (const text::Passage& passage :
                 m_library->passages(docId, page).value_or(QList<text::Passage>())) {
                const QList<QRectF> lines =
                    passage.lineBoxes.isEmpty() ? QList<QRectF>{passage.box} : passage.lineBoxes;
                const bool inside = std::any_of(lines.begin(), lines.end(), [&area](const QRectF& line) {
                    return std::any_of(area.begin(), area.end(),
                                       [&line](const QRectF& a) { return a.intersects(line); });
                });
                if (inside) {
                    texts.append(passage.text);
                    boxes += lines;
                }
            }
            if (!texts.isEmpty())
                return m_briefingBoard->pin(
                    briefing::passageItem(*doc, page, texts.join(QLatin1Char('\n')), boxes));
        }
    }
    if (m_hitsView->currentIndex().isValid())
        return pinHit(m_hitsView->currentIndex().row());
    statusBar()->showMessage(
        tr("Select a passage in the reader or a search hit first, then pin it with Ctrl+B."), 8000);
    return false;
}

} // namespace pl::ui
