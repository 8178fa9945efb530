// The main window's part of briefings: the board's dock and the "Pin to Briefing" action. Kept apart from
// mainwindow.cpp so that the briefing feature reads as one piece.
#include "core/briefing/briefing.h"
#include "core/store/library.h"
#include "ui/briefing/briefingboard.h"
#include "ui/models/searchhitmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace pl::ui {

void MainWindow::createBriefingDock() {
    m_briefingBoard = new BriefingBoard(this);
    m_briefingBoard->setLibrary(m_library.get());
    m_briefingDock = new QDockWidget(tr("Briefing"), this);
    m_briefingDock->setObjectName(QStringLiteral("briefingDock"));
    m_briefingDock->setWidget(m_briefingBoard);
    addDockWidget(Qt::RightDockWidgetArea, m_briefingDock);
    if (auto* strategy = findChild<QDockWidget*>(QStringLiteral("strategyDock"))) {
        tabifyDockWidget(strategy, m_briefingDock);
        strategy->raise();
    }
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
        QAction* open = menu->addAction(tr("Open"), this, [this, row = index.row()]() { openHit(row); });
        Q_UNUSED(open);
        QAction* pinHitAction =
            menu->addAction(tr("Pin to Briefing"), this, [this, row = index.row()]() { pinHit(row); });
        pinHitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
        menu->popup(m_hitsView->viewport()->mapToGlobal(pos));
    });
    if (auto* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(pin);
    }
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        QAction* toggle = m_briefingDock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("toggleBriefingDockAction"));
        view->addAction(toggle);
    }
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
            for (const text::Passage& passage : m_library->passages(docId, page)) {
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
