#pragma once

#include "core/base/error.h"
#include "core/briefing/briefing.h"

#include <QList>
#include <QRectF>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPrinter;
class QStackedWidget;

namespace pl::briefing {
class BriefingStore;
}
namespace pl::store {
class Library;
}

namespace pl::ui {

class BriefingItemModel;
class BriefingRenderer;
class PresentationWindow;

/// The briefing board: choose, create, rename and delete the briefings of the library; see the pinned items
/// as cards, drag them into order, add headings and notes, comment and remove them; export the briefing as
/// PDF or HTML, print it, or present it full screen. Double-clicking an item asks for its source page.
/// Dialogs go through seams so tests can answer them.
class BriefingBoard : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingBoard)

public:
    /// Asks for a line (or, multiLine, a paragraph) of text; nullopt means the user cancelled.
    using TextAsker = std::function<std::optional<QString>(const QString& title, const QString& label,
                                                           const QString& initial, bool multiLine)>;
    using Confirmer = std::function<bool(const QString& question)>;
    /// Asks where to save an export; empty means cancelled.
    using SaveFileChooser = std::function<QString(QWidget* parent, const QString& caption,
                                                  const QString& suggestedName, const QString& filter)>;
    /// Lets the user choose a printer, then calls print with it (the default shows QPrintDialog).
    using PrinterChooser = std::function<void(QWidget* parent, std::function<void(QPrinter*)> print)>;

    explicit BriefingBoard(QWidget* parent = nullptr);
    ~BriefingBoard() override;

    /// The library whose briefings are shown; not owned, nullptr while none is open.
    void setLibrary(const store::Library* library);
    void setTextAsker(TextAsker asker) { m_askText = std::move(asker); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setPrinterChooser(PrinterChooser chooser) { m_choosePrinter = std::move(chooser); }

    BriefingItemModel* model() const { return m_model; }
    QListView* itemView() const { return m_view; }
    QList<briefing::Briefing> briefings() const;
    qint64 currentBriefing() const;
    void setCurrentBriefing(qint64 id);
    Result<qint64> createBriefing(const QString& name);

    /// Adds an item after the selected one (or at the end) of the current briefing, creating a first
    /// briefing when the library has none; false (with a message) when it cannot be stored.
    bool pin(const briefing::BriefingItem& item);

    /// A renderer over the current briefing as stored; nullptr without one.
    std::unique_ptr<BriefingRenderer> renderer() const;
    bool exportPdf();
    bool exportHtml();
    void print();
    /// Opens the presentation full screen on the first slide; nullptr without a briefing.
    PresentationWindow* present();

    void newBriefing();
    void renameBriefing();
    void deleteBriefing();
    void addHeading();
    void addNote();
    void editComment();
    void removeSelected();
    void moveSelected(int step);
    /// Asks for the source of the item in a row (its document found again by path and content).
    bool openItem(int row);

signals:
    void sourceRequested(qint64 docId, int page, const QList<QRectF>& boxes);
    /// An item was pinned: the window shows the board.
    void pinned();
    /// Something for the status bar.
    void message(const QString& text);

private:
    void reloadBriefings(qint64 select = 0);
    void updateState();
    int selectedRow() const;
    std::optional<QString> askText(const QString& title, const QString& label, const QString& initial,
                                   bool multiLine);
    bool confirm(const QString& question);
    QString suggestedFileName(const QString& extension) const;
    void report(const QString& text);

    const store::Library* m_library = nullptr;
    std::unique_ptr<briefing::BriefingStore> m_store;
    BriefingItemModel* m_model;
    QComboBox* m_chooser;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    QListView* m_view;
    QList<QAction*> m_needBriefing;
    QList<QAction*> m_needItem;
    QList<QAction*> m_needItems;
    TextAsker m_askText;
    Confirmer m_confirm;
    SaveFileChooser m_chooseFile;
    PrinterChooser m_choosePrinter;
};

} // namespace pl::ui
