#pragma once

#include "ui/views/savefilechooser.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QSplitter;
class QTabBar;
class QTreeView;

namespace pl::ui {

class FactSelection;
class StrategyDiagram;
class StrategyTreeModel;

/// Strategy trees: a document's vision → strategies → tasks as an expandable table (years, amounts,
/// ministries, 신규/강화) or as a diagram exportable as PNG and SVG, and a second document's tree beside it.
/// Choosing a node narrows the shared selection to its pages and shows its passage in the reader.
class StrategyTreePane : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyTreePane)

public:
    StrategyTreePane(StrategyTreeModel* model, FactSelection* selection, QWidget* parent = nullptr);

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    /// Shows a document's tree (and in the diagram); false if the library has no such document.
    bool showDocument(qint64 docId);
    void setComparing(bool compare);
    void showDiagram(bool diagram);
    QTreeView* tree() const { return m_tree; }
    QTreeView* compareTree() const { return m_compareTree; }
    StrategyDiagram* diagram() const { return m_diagram; }

    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);

private:
    void reloadDocuments();
    void applyDocument(QComboBox* combo, QTreeView* tree, QLabel* empty);
    void activate(const QModelIndex& index);
    void setUpTree(QTreeView* tree);

    StrategyTreeModel* m_model;
    FactSelection* m_selection;
    SaveFileChooser m_chooseFile;
    QComboBox* m_document;
    QComboBox* m_compareDocument;
    QCheckBox* m_compare;
    QTabBar* m_mode;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QTreeView* m_compareTree;
    QLabel* m_empty;
    QLabel* m_compareEmpty;
    QWidget* m_comparePanel;
    QSplitter* m_split;
    StrategyDiagram* m_diagram;
};

} // namespace pl::ui
