#include "ui/briefing/briefingboard.h"

#include "core/briefing/briefingstore.h"
#include "core/store/library.h"
#include "ui/briefing/briefingcarddelegate.h"
#include "ui/briefing/briefingitemmodel.h"
#include "ui/briefing/presentationwindow.h"
#include "ui/export/briefingrenderer.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace pl::ui {

BriefingBoard::BriefingBoard(QWidget* parent)
    : QWidget(parent), m_model(new BriefingItemModel(this)), m_chooser(new QComboBox(this)),
      m_stack(new QStackedWidget(this)), m_hint(new QLabel(this)), m_view(new QListView(this)) {
    setObjectName(QStringLiteral("briefingBoard"));
    m_chooser->setObjectName(QStringLiteral("briefingChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setPlaceholderText(tr("No briefing"));
    m_hint->setObjectName(QStringLiteral("briefingHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(16);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("briefingItems"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BriefingCardDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_view);

    // Toolbar buttons show the short text (iconText); menus and tooltips the full one.
    auto action = [this](const QString& text, const QString& shortText, const char* name, auto slot,
                         const QKeySequence& key = {}) {
        auto* a = new QAction(text, this);
        a->setIconText(shortText);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WindowShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction* create =
        action(tr("New Briefing…"), tr("New"), "newBriefingAction", &BriefingBoard::newBriefing);
    create->setToolTip(tr("Start a new briefing in this library"));
    QAction* rename =
        action(tr("Rename…"), tr("Rename"), "renameBriefingAction", &BriefingBoard::renameBriefing);
    QAction* remove =
        action(tr("Delete Briefing…"), tr("Delete"), "deleteBriefingAction", &BriefingBoard::deleteBriefing);
    QAction* heading =
        action(tr("Add Heading…"), tr("Heading"), "addHeadingAction", &BriefingBoard::addHeading);
    QAction* note = action(tr("Add Note…"), tr("Note"), "addNoteAction", &BriefingBoard::addNote);
    QAction* comment =
        action(tr("Edit Comment…"), tr("Comment"), "editCommentAction", &BriefingBoard::editComment);
    QAction* removeItem =
        action(tr("Remove Item"), tr("Remove"), "removeItemAction", &BriefingBoard::removeSelected);
    removeItem->setShortcut(QKeySequence::Delete);
    removeItem->setShortcutContext(Qt::WidgetShortcut);
    QAction* up = action(tr("Move Up"), tr("Up"), "moveItemUpAction", [this]() { moveSelected(-1); });
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut);
    QAction* down = action(tr("Move Down"), tr("Down"), "moveItemDownAction", [this]() { moveSelected(1); });
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    QAction* pdf = action(tr("Export PDF…"), tr("PDF"), "exportBriefingPdfAction", &BriefingBoard::exportPdf);
    QAction* html =
        action(tr("Export HTML…"), tr("HTML"), "exportBriefingHtmlAction", &BriefingBoard::exportHtml);
    QAction* print = action(tr("Print…"), tr("Print"), "printBriefingAction", &BriefingBoard::print);
    QAction* present = action(tr("Present"), tr("Present"), "presentBriefingAction", &BriefingBoard::present,
                              QKeySequence(Qt::Key_F5));
    present->setToolTip(tr("Show the briefing full screen, one item per slide (F5)"));
    for (QAction* a : {comment, removeItem, up, down})
        m_view->addAction(a);
    addAction(present);
    m_needBriefing = {rename, remove, heading, note};
    m_needItem = {comment, removeItem, up, down};
    m_needItems = {pdf, html, print, present};

    auto* top = new QToolBar(this);
    top->setObjectName(QStringLiteral("briefingToolBar"));
    top->setIconSize(QSize(16, 16));
    top->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_chooser);
    top->addAction(create);
    auto* more = new QMenu(this);
    more->addAction(rename);
    more->addAction(remove);
    QAction* moreAction = top->addAction(tr("More"));
    moreAction->setMenu(more);
    moreAction->setObjectName(QStringLiteral("briefingMoreAction"));
    connect(moreAction, &QAction::triggered, this, [this, top, moreAction, more]() {
        more->popup(top->mapToGlobal(top->actionGeometry(moreAction).bottomLeft()));
    });

    auto* edit = new QToolBar(this);
    edit->setObjectName(QStringLiteral("briefingEditBar"));
    edit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    edit->addAction(heading);
    edit->addAction(note);
    edit->addAction(comment);
    edit->addAction(removeItem);

    auto* out = new QToolBar(this);
    out->setObjectName(QStringLiteral("briefingExportBar"));
    out->setToolButtonStyle(Qt::ToolButtonTextOnly);
    out->addAction(pdf);
    out->addAction(html);
    out->addAction(print);
    out->addAction(present);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(top);
    layout->addWidget(edit);
    layout->addWidget(m_stack, 1);
    layout->addWidget(out);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this]() {
        m_model->setBriefing(m_chooser->currentData().toLongLong());
        updateState();
    });
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { openItem(index.row()); });
    connect(m_model, &BriefingItemModel::storeFailed, this, &BriefingBoard::report);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BriefingBoard::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BriefingBoard::updateState);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &BriefingBoard::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BriefingBoard::updateState);
    updateState();
}

BriefingBoard::~BriefingBoard() {
    m_model->setStore(nullptr);
}

void BriefingBoard::setLibrary(const store::Library* library) {
    m_model->setStore(nullptr);
    m_library = library;
    m_store = library ? std::make_unique<briefing::BriefingStore>(*library) : nullptr;
    m_model->setStore(m_store.get());
    reloadBriefings();
}

QList<briefing::Briefing> BriefingBoard::briefings() const {
    return m_store ? m_store->briefings() : QList<briefing::Briefing>();
}

qint64 BriefingBoard::currentBriefing() const {
    return m_model->briefingId();
}

void BriefingBoard::setCurrentBriefing(qint64 id) {
    const int index = m_chooser->findData(id);
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
}

void BriefingBoard::reloadBriefings(qint64 select) {
    const qint64 keep = select ? select : currentBriefing();
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        for (const briefing::Briefing& b : briefings())
            m_chooser->addItem(b.name, b.id);
        const int index = m_chooser->findData(keep);
        m_chooser->setCurrentIndex(index >= 0 ? index : m_chooser->count() - 1);
    }
    m_model->setBriefing(m_chooser->currentData().toLongLong());
    updateState();
}

void BriefingBoard::updateState() {
    const bool hasBriefing = currentBriefing() != 0;
    const bool hasItems = m_model->rowCount() > 0;
    const bool hasItem = selectedRow() >= 0;
    m_chooser->setEnabled(m_chooser->count() > 0);
    for (QAction* a : m_needBriefing)
        a->setEnabled(hasBriefing);
    for (QAction* a : m_needItems)
        a->setEnabled(hasItems);
    for (QAction* a : m_needItem)
        a->setEnabled(hasItem);
    const QString how =
        tr("Pin search hits, passages in the reader, timeline facts and ranges, strategy nodes, "
           "the budget chart and the country comparison with Ctrl+B or their context menu.");
    if (!m_store)
        m_hint->setText(tr("Open a library to prepare briefings."));
    else if (!hasBriefing)
        m_hint->setText(tr("No briefing yet.") + QStringLiteral("\n\n") + how);
    else
        m_hint->setText(tr("This briefing is empty.") + QStringLiteral("\n\n") + how);
    m_stack->setCurrentWidget(hasItems ? static_cast<QWidget*>(m_view) : m_hint);
}

int BriefingBoard::selectedRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isSelected(current) ? current.row() : -1;
}

void BriefingBoard::report(const QString& text) {
    emit message(text);
}

std::optional<QString> BriefingBoard::askText(const QString& title, const QString& label,
                                              const QString& initial, bool multiLine) {
    if (m_askText)
        return m_askText(title, label, initial, multiLine);
    bool ok = false;
    const QString text = multiLine
                             ? QInputDialog::getMultiLineText(this, title, label, initial, &ok)
                             : QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

bool BriefingBoard::confirm(const QString& question) {
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Briefing"), question) == QMessageBox::Yes;
}

Result<qint64> BriefingBoard::createBriefing(const QString& name) {
    if (!m_store)
        return fail(Error::Kind::Usage, tr("Open a library to prepare briefings."));
    auto id = m_store->createBriefing(name);
    if (!id) {
        report(tr("Cannot create the briefing: %1").arg(id.error().message));
        return id;
    }
    reloadBriefings(*id);
    return id;
}

void BriefingBoard::newBriefing() {
    const auto name = askText(tr("New Briefing"), tr("Name of the briefing:"),
                              tr("Briefing %1").arg(briefings().size() + 1), false);
    if (name && !name->trimmed().isEmpty())
        createBriefing(*name);
}

void BriefingBoard::renameBriefing() {
    const auto b = m_store ? m_store->briefing(currentBriefing()) : std::nullopt;
    if (!b)
        return;
    const auto name = askText(tr("Rename Briefing"), tr("Name of the briefing:"), b->name, false);
    if (!name || name->trimmed().isEmpty())
        return;
    if (auto ok = m_store->renameBriefing(b->id, *name); !ok)
        report(tr("Cannot rename the briefing: %1").arg(ok.error().message));
    reloadBriefings(b->id);
}

void BriefingBoard::deleteBriefing() {
    const auto b = m_store ? m_store->briefing(currentBriefing()) : std::nullopt;
    if (!b ||
        !confirm(tr("Delete the briefing “%1” with its %n item(s)?", nullptr, b->itemCount).arg(b->name)))
        return;
    if (auto ok = m_store->removeBriefing(b->id); !ok)
        report(tr("Cannot delete the briefing: %1").arg(ok.error().message));
    reloadBriefings();
}

bool BriefingBoard::pin(const briefing::BriefingItem& item) {
    if (!m_store) {
        report(tr("Open a library to prepare briefings."));
        return false;
    }
    if (!currentBriefing()) {
        if (!createBriefing(tr("Briefing %1").arg(briefings().size() + 1)))
            return false;
    }
    const int selected = selectedRow();
    auto row = m_model->addItem(item, selected >= 0 ? selected + 1 : -1);
    if (!row)
        return false;
    m_view->setCurrentIndex(m_model->index(*row));
    m_view->scrollTo(m_model->index(*row));
    report(tr("Pinned to “%1”.").arg(m_chooser->currentText()));
    emit pinned();
    return true;
}

void BriefingBoard::addHeading() {
    const auto text = askText(tr("Add Heading"), tr("Heading:"), {}, false);
    if (text && !text->trimmed().isEmpty())
        pin(briefing::headingItem(text->trimmed()));
}

void BriefingBoard::addNote() {
    const auto text = askText(tr("Add Note"), tr("Note:"), {}, true);
    if (text && !text->trimmed().isEmpty())
        pin(briefing::noteItem(text->trimmed()));
}

void BriefingBoard::editComment() {
    const int row = selectedRow();
    const briefing::BriefingItem* item = m_model->item(row);
    if (!item)
        return;
    const auto text = askText(tr("Edit Comment"), tr("Comment:"), item->comment, true);
    if (text)
        m_model->setComment(row, *text);
}

void BriefingBoard::removeSelected() {
    const int row = selectedRow();
    if (row >= 0)
        m_model->removeItem(row);
}

void BriefingBoard::moveSelected(int step) {
    const int row = selectedRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    if (m_model->moveRow({}, row, {}, step > 0 ? target + 1 : target))
        m_view->setCurrentIndex(m_model->index(target));
}

bool BriefingBoard::openItem(int row) {
    const briefing::BriefingItem* item = m_model->item(row);
    if (!item || !m_store)
        return false;
    const QJsonObject anchor = item->anchor();
    if (anchor.isEmpty())
        return false;
    const auto doc = m_store->resolveDocument(anchor);
    if (!doc) {
        report(tr("“%1” is no longer in the library.").arg(briefing::anchorTitle(anchor)));
        return false;
    }
    emit sourceRequested(doc->id, std::max(1, item->page()), item->boxes());
    return true;
}

std::unique_ptr<BriefingRenderer> BriefingBoard::renderer() const {
    const auto b = m_store ? m_store->briefing(currentBriefing()) : std::nullopt;
    if (!b)
        return nullptr;
    return std::make_unique<BriefingRenderer>(*b, m_store->items(b->id));
}

QString BriefingBoard::suggestedFileName(const QString& extension) const {
    QString name = m_chooser->currentText();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':')})
        name.replace(c, QLatin1Char('-'));
    return name + QLatin1Char('.') + extension;
}

bool BriefingBoard::exportPdf() {
    auto r = renderer();
    if (!r)
        return false;
    QString path = m_chooseFile
                       ? m_chooseFile(this, tr("Export Briefing as PDF"),
                                      suggestedFileName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"))
                       : QString();
    if (!m_chooseFile) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export Briefing as PDF"),
                                            QDir(folder).filePath(suggestedFileName(QStringLiteral("pdf"))),
                                            tr("PDF documents (*.pdf)"));
    }
    if (path.isEmpty())
        return false;
    if (auto ok = r->exportPdf(path); !ok) {
        report(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), ok.error().message));
        return false;
    }
    report(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool BriefingBoard::exportHtml() {
    auto r = renderer();
    if (!r)
        return false;
    QString path = m_chooseFile
                       ? m_chooseFile(this, tr("Export Briefing as HTML"),
                                      suggestedFileName(QStringLiteral("html")), tr("Web page (*.html)"))
                       : QString();
    if (!m_chooseFile) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export Briefing as HTML"),
                                            QDir(folder).filePath(suggestedFileName(QStringLiteral("html"))),
                                            tr("Web page (*.html)"));
    }
    if (path.isEmpty())
        return false;
    if (auto ok = r->exportHtml(path); !ok) {
        report(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), ok.error().message));
        return false;
    }
    report(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BriefingBoard::print() {
    std::shared_ptr<BriefingRenderer> r = renderer();
    if (!r)
        return;
    auto print = [this, r](QPrinter* printer) {
        if (auto pages = r->paint(printer); !pages)
            report(tr("Cannot print: %1").arg(pages.error().message));
        else
            report(tr("Sent %n page(s) to the printer.", nullptr, *pages));
    };
    if (m_choosePrinter) {
        m_choosePrinter(this, print);
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [printer, print]() { print(printer.get()); });
    dialog->open();
}

PresentationWindow* BriefingBoard::present() {
    auto r = renderer();
    if (!r || m_model->rowCount() == 0)
        return nullptr;
    auto* window = new PresentationWindow(std::move(r), this);
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

} // namespace pl::ui
