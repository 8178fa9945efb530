#include "core/annotation/annotationstore.h"
#include "core/store/library.h"
#include "ui/annotation/annotationeditor.h"
#include "ui/annotation/annotationlistmodel.h"
#include "ui/annotation/annotationspane.h"
#include "ui/annotation/factdialog.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/factselection.h"
#include "ui/facts/strategytreemodel.h"
#include "ui/facts/timelinemodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerwidget.h"
#include "ui/views/analyticviews.h"
#include "ui/views/mainwindow.h"
#include "ui/views/timelinepane.h"
#include "ui/views/timelineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QJsonArray>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QContextMenuEvent>
#include <QTimer>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace pl;
using annotation::Annotation;
using annotation::FactCorrection;
using annotation::TypedFact;

/// Annotations made in the window: highlights, notes and tags from the reader's context menu, a typed fact
/// that shows in the timeline, corrections of an extracted amount from the budget table; every change undone
/// and redone through the window's one undo history, checked in the library itself.
class TestAnnotations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void highlightFromTheReaderUndoesAndRedoes();
    void toolbarHighlightsTheSelection();
    void noteAndTagsAreEditedAndFiltered();
    void removalUndoesToTheSameRecord();
    void markedDateShowsInTheTimeline();
    void amountIsCorrectedRejectedAndRestored();
    void removedDocumentKeepsItsAnnotationsUntilItReturns();
    void screenshots();

private:
    ui::AnnotationEditor* editor() const { return m_window->annotationEditor(); }
    annotation::AnnotationStore* store() const { return editor()->store(); }
    QAction* windowAction(const char* name) const {
        return m_window->findChild<QAction*>(QLatin1String(name));
    }
    /// Triggers the action with this object name in a freshly filled menu; false if it is not there.
    static bool trigger(QMenu& menu, const char* name) {
        for (QAction* a : menu.findChildren<QAction*>())
            if (a->objectName() == QLatin1String(name) && a->isEnabled()) {
                a->trigger();
                return true;
            }
        return false;
    }
    /// A passage of the plan on a page.
    text::Passage passageOn(int page, const QString& containing = {}) const;
    /// A point on the passage's first line.
    static QPointF pointIn(const text::Passage& p) {
        return p.lineBoxes.isEmpty() ? p.box.center() : p.lineBoxes.constFirst().center();
    }
    void openPlanAt(int page);
    void saveScreenshot(QWidget* widget, const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AnalyticViews* m_views = nullptr;
    qint64 m_planId = 0;
    std::optional<QString> m_note;
    std::optional<QStringList> m_tags;
    std::optional<TypedFact> m_fact;
    TypedFact m_factAsked;
};

void TestAnnotations::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    auto* korean = new QTranslator(this);
    if (korean->load(QStringLiteral(PL_KOREAN_QM))) {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCoreApplication::installTranslator(korean);
    }
    if (QFontDatabase::families().contains(QStringLiteral("NanumGothic"))) {
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("NanumGothic")});
        QApplication::setFont(font);
    }
    QVERIFY(m_dir.isValid());
    auto library = store::Library::open(m_dir.filePath(QStringLiteral("library.policylens")));
    QVERIFY(library);
    m_window = std::make_unique<ui::MainWindow>(std::move(*library));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_views = m_window->findChild<ui::AnalyticViews*>(QStringLiteral("analyticViews"));
    QVERIFY(m_views);
    m_window->setConfirmer([](const QString&) { return true; });
    // The seam: questions to the user are answered by the test.
    editor()->setAskers({[this](const QString&) { return m_note; },
                         [this](const QStringList&) { return m_tags; },
                         [this](const TypedFact& prefilled, bool) {
                             m_factAsked = prefilled;
                             return m_fact;
                         }});

    QSignalSpy imported(m_window.get(), &ui::MainWindow::importFinished);
    m_window->importPaths({QStringLiteral(PL_SAMPLES_DIR)});
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(m_views->strategyModel()->rowCount(), 4, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_views->isLoading(), 60000);
    for (int r = 0; r < m_views->strategyModel()->rowCount(); ++r) {
        const QModelIndex doc = m_views->strategyModel()->index(r, 0);
        if (m_views->strategyModel()->rowCount(doc) > 0)
            m_planId = doc.data(ui::FactRole::DocId).toLongLong();
    }
    QVERIFY(m_planId != 0);
    new QAbstractItemModelTester(m_window->annotationsPane()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestAnnotations::cleanupTestCase() {
    m_window.reset();
}

void TestAnnotations::init() {
    m_note = std::nullopt;
    m_tags = std::nullopt;
    m_fact = std::nullopt;
}

text::Passage TestAnnotations::passageOn(int page, const QString& containing) const {
    const QList<text::Passage> passages = editor()->library()->passages(m_planId, page).value();
    for (const text::Passage& p : passages)
        if (p.text.size() > 12 && (containing.isEmpty() || p.text.contains(containing)))
            return p;
    return {};
}

void TestAnnotations::openPlanAt(int page) {
    m_window->reader()->openDocument(m_planId, page);
    QTRY_VERIFY(m_window->reader()->pageViewAt(page));
}

void TestAnnotations::saveScreenshot(QWidget* widget, const QString& name) const {
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestAnnotations::highlightFromTheReaderUndoesAndRedoes() {
    openPlanAt(1);
    ui::PageView* view = m_window->reader()->pageViewAt(1);
    QVERIFY(view);
    const text::Passage passage = passageOn(1);
    QVERIFY(!passage.text.isEmpty());
    QMenu menu;
    m_window->reader()->fillAnnotationMenu(&menu, view, pointIn(passage));
    QVERIFY(trigger(menu, "highlightAction"));

    const QList<Annotation> made = store()->annotations(m_planId);
    QCOMPARE(made.size(), 1);
    const Annotation highlight = made.first();
    QCOMPARE(highlight.quote, passage.text);
    QCOMPARE(highlight.page, 1);
    QVERIFY(!highlight.boxes.isEmpty());
    QCOMPARE(view->annotations().size(), 1);
    QVERIFY(view->annotationAt(pointIn(passage)));
    QCOMPARE(m_window->annotationsPane()->model()->rowCount(), 1);

    QAction* undo = windowAction("undoAction");
    QAction* redo = windowAction("redoAction");
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(store()->allAnnotations().isEmpty());
    QVERIFY(view->annotations().isEmpty());
    QCOMPARE(m_window->annotationsPane()->model()->rowCount(), 0);
    redo->trigger();
    QCOMPARE(store()->allAnnotations().size(), 1);
    QCOMPARE(store()->allAnnotations().first(), highlight);
    QCOMPARE(view->annotations().size(), 1);
    QVERIFY(editor()->removeAnnotation(highlight.id));
    editor()->undoStack()->clear();
}

void TestAnnotations::toolbarHighlightsTheSelection() {
    openPlanAt(1);
    ui::PageView* view = m_window->reader()->pageViewAt(1);
    const text::Passage passage = passageOn(1);
    auto* highlight = m_window->reader()->findChild<QAction*>(QStringLiteral("highlightSelectionAction"));
    QVERIFY(highlight);
    QVERIFY(!highlight->isEnabled());
    // Drag over the passage's first line, as a user selects text on the page.
    const QRectF line =
        view->toWidget(passage.lineBoxes.isEmpty() ? passage.box : passage.lineBoxes.constFirst());
    QTest::mousePress(view, Qt::LeftButton, {}, line.topLeft().toPoint() + QPoint(2, 2));
    QTest::mouseMove(view, line.bottomRight().toPoint() - QPoint(2, 2));
    QTest::mouseRelease(view, Qt::LeftButton, {}, line.bottomRight().toPoint() - QPoint(2, 2));
    QVERIFY(!view->selection().isNull());
    QVERIFY(highlight->isEnabled());
    highlight->trigger();
    QCOMPARE(store()->annotations(m_planId).size(), 1);
    QCOMPARE(store()->annotations(m_planId).first().quote, passage.text);
    QVERIFY(view->selection().isNull());
    QVERIFY(!highlight->isEnabled());
    windowAction("undoAction")->trigger();
    QVERIFY(store()->allAnnotations().isEmpty());
    editor()->undoStack()->clear();
}

void TestAnnotations::noteAndTagsAreEditedAndFiltered() {
    openPlanAt(1);
    ui::PageView* view = m_window->reader()->pageViewAt(1);
    const text::Passage passage = passageOn(1);
    m_note = QStringLiteral("회의 전에 예산 규모 확인");
    {
        QMenu menu;
        m_window->reader()->fillAnnotationMenu(&menu, view, pointIn(passage));
        QVERIFY(trigger(menu, "addNoteAction"));
    }
    QCOMPARE(store()->annotations(m_planId).size(), 1);
    const Annotation noted = store()->annotations(m_planId).first();
    QCOMPARE(noted.note, *m_note);
    QCOMPARE(view->toolTipAt(pointIn(passage)), *m_note);

    // Tags from the list's context menu; the tag filter offers them.
    ui::AnnotationsPane* pane = m_window->annotationsPane();
    m_tags = QStringList{QStringLiteral("예산"), QStringLiteral("회의")};
    {
        QMenu menu;
        pane->fillMenu(&menu, pane->view()->model()->index(0, 0));
        QVERIFY(trigger(menu, "editTagsAction"));
    }
    QCOMPARE(store()->annotation(noted.id)->tags, *m_tags);
    auto* filter = pane->findChild<QComboBox*>(QStringLiteral("annotationTagFilter"));
    QVERIFY(filter);
    QVERIFY(filter->findText(QStringLiteral("예산")) > 0);

    // A second highlight without tags is filtered out by a tag.
    {
        const text::Passage other = passageOn(2);
        openPlanAt(2);
        QMenu menu;
        m_window->reader()->fillAnnotationMenu(&menu, m_window->reader()->pageViewAt(2), pointIn(other));
        QVERIFY(trigger(menu, "highlightAction"));
    }
    QCOMPARE(pane->view()->model()->rowCount(), 2);
    filter->setCurrentIndex(filter->findText(QStringLiteral("회의")));
    QCOMPARE(pane->view()->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    QCOMPARE(pane->view()->model()->rowCount(), 2);

    // Undo the second highlight and the tags: the note stays exactly as it was stored.
    windowAction("undoAction")->trigger();
    windowAction("undoAction")->trigger();
    QCOMPARE(store()->allAnnotations().size(), 1);
    QCOMPARE(*store()->annotation(noted.id), noted);
    windowAction("undoAction")->trigger();
    QVERIFY(store()->allAnnotations().isEmpty());
    editor()->undoStack()->clear();
}

void TestAnnotations::removalUndoesToTheSameRecord() {
    openPlanAt(1);
    const text::Passage passage = passageOn(1);
    m_tags = QStringList{QStringLiteral("확인")};
    {
        QMenu menu;
        m_window->reader()->fillAnnotationMenu(&menu, m_window->reader()->pageViewAt(1), pointIn(passage));
        QVERIFY(trigger(menu, "addTagsAction"));
    }
    const Annotation before = store()->annotations(m_planId).first();
    {
        // On the highlight itself the menu edits or removes it.
        QMenu menu;
        m_window->reader()->fillAnnotationMenu(&menu, m_window->reader()->pageViewAt(1), pointIn(passage));
        QVERIFY(!menu.findChild<QAction*>(QStringLiteral("highlightAction")));
        QVERIFY(trigger(menu, "removeAnnotationAction"));
    }
    QVERIFY(!store()->annotation(before.id));
    windowAction("undoAction")->trigger();
    QCOMPARE(*store()->annotation(before.id), before);
    windowAction("redoAction")->trigger();
    QVERIFY(!store()->annotation(before.id));
    editor()->undoStack()->clear();
}

void TestAnnotations::markedDateShowsInTheTimeline() {
    openPlanAt(1);
    const text::Passage passage = passageOn(1);
    TypedFact date;
    date.kind = TypedFact::Kind::Date;
    date.text = QStringLiteral("2031년 5월");
    date.start = QStringLiteral("2031-05");
    date.precision = QStringLiteral("month");
    date.label = QStringLiteral("후속 점검");
    m_fact = date;
    {
        QMenu menu;
        m_window->reader()->fillAnnotationMenu(&menu, m_window->reader()->pageViewAt(1), pointIn(passage));
        QVERIFY(trigger(menu, "markFactAction"));
    }
    const Annotation marked = store()->annotations(m_planId).first();
    QCOMPARE(marked.fact, std::optional<TypedFact>(date));

    const auto userRow = [this]() {
        ui::TimelineModel* timeline = m_views->timelineModel();
        for (int r = 0; r < timeline->rowCount(); ++r) {
            const QModelIndex i = timeline->index(r, 0);
            if (i.data(ui::FactRole::Origin).toInt() == int(ui::FactOrigin::Source::UserMade))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(userRow() >= 0, 30000);
    const QModelIndex event = m_views->timelineModel()->index(userRow(), 0);
    QCOMPARE(event.data(ui::TimelineModel::TextRole).toString(), date.text);
    QCOMPARE(event.data(ui::TimelineModel::LabelRole).toString(), date.label);
    QCOMPARE(event.data(ui::FactRole::DocId).toLongLong(), m_planId);
    QCOMPARE(event.data(ui::FactRole::RecordId).toLongLong(), marked.id);
    QVERIFY(event.data(Qt::FontRole).value<QFont>().italic());

    windowAction("undoAction")->trigger();
    QVERIFY(store()->allAnnotations().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(userRow() < 0, 30000);
    editor()->undoStack()->clear();
}

void TestAnnotations::amountIsCorrectedRejectedAndRestored() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_views->isLoading(), 30000);
    ui::BudgetModel* budget = m_views->budgetModel();
    // An amount printed once on its page, so that rejecting it leaves no row of that text and page.
    QHash<QString, int> seen;
    for (int r = 0; r < budget->rowCount(); ++r) {
        const QModelIndex i = budget->index(r, 0);
        if (i.data(ui::FactRole::DocId).toLongLong() == m_planId)
            ++seen[i.data(ui::FactRole::FactText).toString() +
                   QString::number(i.data(ui::FactRole::Page).toInt())];
    }
    int row = -1;
    for (int r = 0; r < budget->rowCount() && row < 0; ++r) {
        const QModelIndex i = budget->index(r, 0);
        if (i.data(ui::FactRole::DocId).toLongLong() == m_planId &&
            seen.value(i.data(ui::FactRole::FactText).toString() +
                       QString::number(i.data(ui::FactRole::Page).toInt())) == 1)
            row = r;
    }
    QVERIFY(row >= 0);
    const QString text = budget->index(row, 0).data(ui::FactRole::FactText).toString();
    const int page = budget->index(row, 0).data(ui::FactRole::Page).toInt();
    const double extracted = budget->index(row, 0).data(ui::BudgetModel::AmountRole).toDouble();
    const auto rowOf = [budget, text, page, this]() {
        for (int r = 0; r < budget->rowCount(); ++r) {
            const QModelIndex i = budget->index(r, 0);
            if (i.data(ui::FactRole::DocId).toLongLong() == m_planId &&
                i.data(ui::FactRole::FactText).toString() == text &&
                i.data(ui::FactRole::Page).toInt() == page)
                return r;
        }
        return -1;
    };
    const auto storedAmounts = [this]() {
        QList<double> amounts;
        for (const QJsonValue& v :
             editor()->library()->facts(m_planId).value()->value(QStringLiteral("money")).toArray())
            amounts.append(v[QStringLiteral("amount")].toDouble());
        return amounts;
    };
    const QList<double> pure = storedAmounts();

    // Edit value…
    TypedFact corrected;
    corrected.kind = TypedFact::Kind::Amount;
    corrected.text = text;
    corrected.amount = 7.77e10;
    corrected.currency = QStringLiteral("KRW");
    m_fact = corrected;
    {
        QMenu menu;
        m_views->fillFactMenu(&menu, budget->index(row, 0), false);
        QVERIFY(!menu.findChild<QAction*>(QStringLiteral("restoreFactAction"))->isEnabled());
        QVERIFY(trigger(menu, "editFactValueAction"));
    }
    QCOMPARE(m_factAsked.amount, extracted); // the dialog was prefilled with the value shown
    QCOMPARE(store()->corrections(m_planId).size(), 1);
    const FactCorrection edit = store()->corrections(m_planId).first();
    QCOMPARE(edit.action, FactCorrection::Action::Edit);
    QCOMPARE(edit.factText, text);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf() >= 0 && budget->index(rowOf(), 0).data(ui::BudgetModel::AmountRole).toDouble() == 7.77e10,
        30000);
    QCOMPARE(budget->index(rowOf(), 0).data(ui::FactRole::Origin).toInt(),
             int(ui::FactOrigin::Source::Edited));
    // What `extract --json` prints stays the extractor's.
    QCOMPARE(storedAmounts(), pure);

    // Reject: the amount leaves the budget.
    {
        QMenu menu;
        m_views->fillFactMenu(&menu, budget->index(rowOf(), 0), false);
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("restoreFactAction"))->isEnabled());
        QVERIFY(trigger(menu, "rejectFactAction"));
    }
    QCOMPARE(store()->corrections(m_planId).size(), 1);
    QCOMPARE(store()->corrections(m_planId).first().action, FactCorrection::Action::Reject);
    QCOMPARE(store()->corrections(m_planId).first().reason, QStringLiteral("wrong-amount"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() < 0, 30000);

    // Undo twice: the edit exactly as it was, then nothing.
    windowAction("undoAction")->trigger();
    QCOMPARE(store()->corrections(m_planId).size(), 1);
    QCOMPARE(store()->corrections(m_planId).first(), edit);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 30000);
    windowAction("undoAction")->trigger();
    QVERIFY(store()->allCorrections().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf() >= 0 && budget->index(rowOf(), 0).data(ui::BudgetModel::AmountRole).toDouble() == extracted,
        30000);
    // Redo twice: rejected again; Restore from the annotations list forgets it.
    windowAction("redoAction")->trigger();
    windowAction("redoAction")->trigger();
    QCOMPARE(store()->corrections(m_planId).first().action, FactCorrection::Action::Reject);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() < 0, 30000);
    ui::AnnotationsPane* pane = m_window->annotationsPane();
    QCOMPARE(pane->view()->model()->rowCount(), 1);
    {
        QMenu menu;
        pane->fillMenu(&menu, pane->view()->model()->index(0, 0));
        QVERIFY(trigger(menu, "restoreCorrectionAction"));
    }
    QVERIFY(store()->allCorrections().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 30000);
    QCOMPARE(storedAmounts(), pure);
    editor()->undoStack()->clear();
}

void TestAnnotations::removedDocumentKeepsItsAnnotationsUntilItReturns() {
    openPlanAt(1);
    const text::Passage passage = passageOn(1);
    m_note = QStringLiteral("다시 가져와도 남아야 함");
    {
        QMenu menu;
        m_window->reader()->fillAnnotationMenu(&menu, m_window->reader()->pageViewAt(1), pointIn(passage));
        QVERIFY(trigger(menu, "addNoteAction"));
    }
    const Annotation before = store()->annotations(m_planId).first();
    const QString path = editor()->library()->document(m_planId)->path;

    QSignalSpy removed(m_window.get(), &ui::MainWindow::removalFinished);
    m_window->removeDocuments({m_planId});
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
    QTRY_VERIFY(!editor()->library()->document(m_planId));
    const Annotation waiting = *store()->annotation(before.id);
    QVERIFY(!waiting.document.docId);
    QCOMPARE(waiting.note, before.note);
    ui::AnnotationsPane* pane = m_window->annotationsPane();
    QTRY_COMPARE(pane->view()->model()->rowCount(), 1);
    QVERIFY(pane->view()->model()->index(0, 0).data(ui::AnnotationListModel::DocumentMissingRole).toBool());

    QSignalSpy imported(m_window.get(), &ui::MainWindow::importFinished);
    m_window->importPaths({path});
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
    QTRY_VERIFY(editor()->library()->findByPath(path));
    m_planId = editor()->library()->findByPath(path)->id;
    const Annotation back = *store()->annotation(before.id);
    QCOMPARE(back.document.docId, std::optional<qint64>(m_planId));
    QCOMPARE(back.page, before.page);
    QVERIFY(!back.detached);
    QTRY_VERIFY(
        !pane->view()->model()->index(0, 0).data(ui::AnnotationListModel::DocumentMissingRole).toBool());
    QVERIFY(editor()->removeAnnotation(before.id));
    editor()->undoStack()->clear();
    editor()->libraryChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!m_views->isLoading(), 30000);
}

void TestAnnotations::screenshots() {
    // A highlight with a note, a typed fact and a plain highlight on one page.
    openPlanAt(1);
    ui::ReaderWidget* reader = m_window->reader();
    const QList<text::Passage> passages = editor()->library()->passages(m_planId, 1).value();
    QVERIFY(passages.size() >= 2);
    const QList<QColor> colours{QColor(QStringLiteral("#ffd54f")), QColor(QStringLiteral("#81c784"))};
    Annotation a;
    a.document.docId = m_planId;
    a.page = 1;
    a.quote = passages.at(0).text;
    a.boxes =
        passages.at(0).lineBoxes.isEmpty() ? QList<QRectF>{passages.at(0).box} : passages.at(0).lineBoxes;
    a.note = QStringLiteral("비전과 추진 기간을 회의 자료 첫 장에 인용");
    a.tags = {QStringLiteral("회의"), QStringLiteral("비전")};
    QVERIFY(editor()->addAnnotation(a));
    Annotation b = a;
    b.quote = passages.at(1).text;
    b.boxes =
        passages.at(1).lineBoxes.isEmpty() ? QList<QRectF>{passages.at(1).box} : passages.at(1).lineBoxes;
    b.note.clear();
    b.color = QStringLiteral("#81c784");
    b.tags = {QStringLiteral("예산")};
    QVERIFY(editor()->addAnnotation(b));
    QCOMPARE(reader->pageViewAt(1)->annotations().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(reader->pageViewAt(1)->isRendered(), 30000);
    saveScreenshot(reader, QStringLiteral("annotations-reader.png"));
    // The page itself at a readable size, with the note shown as on hover.
    reader->setFitWidth(false);
    while (reader->zoom() < 1.2)
        reader->zoomIn();
    ui::PageView* page = reader->pageViewAt(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->isRendered(), 30000);
    QCOMPARE(page->toolTipAt(a.boxes.constFirst().center()), a.note);
    saveScreenshot(page, QStringLiteral("annotations-page.png"));
    reader->setFitWidth(true);

    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("annotationsDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(m_window->annotationsPane()->isVisible());
    saveScreenshot(m_window->annotationsPane(), QStringLiteral("annotations-list.png"));

    ui::FactDialog dialog(m_window.get());
    TypedFact fact = ui::AnnotationEditor::factFromQuote(QStringLiteral("2025년까지 총 1,200억 원 투입"));
    QCOMPARE(fact.kind, TypedFact::Kind::Amount);
    QCOMPARE(fact.amount, 1.2e11);
    dialog.setFact(fact, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.problem().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("annotations-factdialog.png"));
    dialog.close();

    QMenu menu(m_window.get());
    m_views->fillFactMenu(&menu, m_views->budgetModel()->index(0, 0), false);
    menu.popup(m_window->mapToGlobal(QPoint(200, 200)));
    QVERIFY(QTest::qWaitForWindowExposed(&menu));
    saveScreenshot(&menu, QStringLiteral("annotations-factmenu.png"));
    menu.close();

    // The user's date in the timeline and a corrected amount in the budget table, marked with a pen.
    Annotation dated = b;
    dated.quote = passages.at(1).text;
    dated.note = QStringLiteral("회의 일정");
    TypedFact date;
    date.kind = TypedFact::Kind::Date;
    date.text = QStringLiteral("2024년 6월");
    date.start = QStringLiteral("2024-06");
    date.precision = QStringLiteral("month");
    date.label = QStringLiteral("후속 점검 회의");
    dated.fact = date;
    QVERIFY(editor()->addAnnotation(dated));
    ui::BudgetModel* budget = m_views->budgetModel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_views->isLoading(), 30000);
    for (int r = 0; r < budget->rowCount(); ++r) {
        const QModelIndex i = budget->index(r, 0);
        if (i.data(ui::FactRole::DocId).toLongLong() != m_planId)
            continue;
        FactCorrection c;
        c.document.docId = m_planId;
        c.kind = FactCorrection::Kind::Amount;
        c.factText = i.data(ui::FactRole::FactText).toString();
        c.page = i.data(ui::FactRole::Page).toInt();
        c.passageHash = i.data(ui::FactRole::PassageHash).toString();
        c.value = QJsonObject{{QStringLiteral("amount"), i.data(ui::BudgetModel::AmountRole).toDouble() * 2},
                              {QStringLiteral("currency"), i.data(ui::BudgetModel::CurrencyRole).toString()}};
        QVERIFY(editor()->setCorrection(c));
        break;
    }
    const auto edited = [budget]() {
        for (int r = 0; r < budget->rowCount(); ++r)
            if (budget->index(r, 0).data(ui::FactRole::Origin).toInt() == int(ui::FactOrigin::Source::Edited))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(edited(), 30000);
    // Narrowed to the plan's first pages, where the date and the corrected amount are.
    m_views->selection()->setScope(m_planId, 1, 8, QStringLiteral("초거대AI 경쟁력 강화 방안"));
    auto* timelineDock = m_window->findChild<QDockWidget*>(QStringLiteral("timelineDock"));
    QVERIFY(timelineDock);
    timelineDock->raise();
    ui::TimelineView* timelineView = m_views->timelinePane()->view();
    int userEvent = -1;
    for (int r = 0; r < timelineView->model()->rowCount(); ++r)
        if (timelineView->model()->index(r, 0).data(ui::FactRole::Origin).toInt() ==
            int(ui::FactOrigin::Source::UserMade))
            userEvent = r;
    QVERIFY(userEvent >= 0);
    timelineView->setVisibleRange(2023.8, 2025.2);
    QTRY_VERIFY(!timelineView->eventRect(userEvent).isEmpty());
    saveScreenshot(timelineDock, QStringLiteral("annotations-timeline.png"));
    // A right click on an event offers what the budget table offers: edit, reject, restore.
    {
        QStringList offered;
        QTimer::singleShot(0, this, [&offered]() {
            QWidget* popup = QApplication::activePopupWidget();
            if (auto* menu = qobject_cast<QMenu*>(popup)) {
                for (QAction* a : menu->actions())
                    offered << a->objectName();
                menu->close();
            }
        });
        const QPoint at = timelineView->eventRect(userEvent).center().toPoint();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, timelineView->mapToGlobal(at));
        QCoreApplication::sendEvent(timelineView, &click);
        QVERIFY2(offered.contains(QStringLiteral("editFactValueAction")), qPrintable(offered.join(u',')));
        QVERIFY(offered.contains(QStringLiteral("rejectFactAction")));
        QVERIFY(offered.contains(QStringLiteral("restoreFactAction")));
    }
    auto* budgetDock = m_window->findChild<QDockWidget*>(QStringLiteral("budgetDock"));
    QVERIFY(budgetDock);
    budgetDock->raise();
    QTRY_VERIFY(budgetDock->widget()->isVisible());
    saveScreenshot(budgetDock, QStringLiteral("annotations-budget.png"));
    saveScreenshot(m_window.get(), QStringLiteral("annotations-window.png"));
}

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
