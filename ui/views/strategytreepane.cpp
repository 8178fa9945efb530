#include "ui/views/strategytreepane.h"

#include "ui/facts/factroles.h"
#include "ui/facts/factselection.h"
#include "ui/facts/strategytreemodel.h"
#include "ui/views/strategydiagram.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

QLabel* emptyLabel(const QString& objectName, QWidget* parent) {
    auto* label =
        new QLabel(StrategyTreePane::tr("No strategy tree was found in this document (a vision with "
                                        "strategies and tasks). Choose another document above."),
                   parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(16);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

StrategyTreePane::StrategyTreePane(StrategyTreeModel* model, FactSelection* selection, QWidget* parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_chooseFile(defaultSaveFileChooser()),
      m_document(new QComboBox(this)), m_compareDocument(new QComboBox(this)),
      m_compare(new QCheckBox(tr("Compare with"), this)), m_mode(new QTabBar(this)),
      m_stack(new QStackedWidget(this)), m_tree(new QTreeView(this)), m_compareTree(new QTreeView(this)),
      m_empty(emptyLabel(QStringLiteral("strategyEmpty"), this)),
      m_compareEmpty(emptyLabel(QStringLiteral("strategyCompareEmpty"), this)),
      m_comparePanel(new QWidget(this)), m_diagram(new StrategyDiagram(this)) {
    setObjectName(QStringLiteral("strategyPane"));
    m_document->setObjectName(QStringLiteral("strategyDocument"));
    m_compareDocument->setObjectName(QStringLiteral("strategyCompareDocument"));
    m_compare->setObjectName(QStringLiteral("strategyCompare"));
    m_tree->setObjectName(QStringLiteral("strategyTree"));
    m_compareTree->setObjectName(QStringLiteral("strategyCompareTree"));
    m_diagram->setObjectName(QStringLiteral("strategyDiagram"));
    m_mode->setObjectName(QStringLiteral("strategyMode"));
    m_mode->addTab(tr("Tree"));
    m_mode->addTab(tr("Diagram"));
    m_mode->setDrawBase(false);
    for (QComboBox* combo : {m_document, m_compareDocument}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    setUpTree(m_tree);
    setUpTree(m_compareTree);
    m_diagram->setModel(model);

    auto* depth = new QSpinBox(this);
    depth->setObjectName(QStringLiteral("strategyDepth"));
    depth->setRange(1, 6);
    depth->setValue(m_diagram->depth());
    depth->setPrefix(tr("Levels: "));
    depth->setToolTip(tr("How many levels below the document the diagram draws"));
    depth->setEnabled(false);
    connect(depth, &QSpinBox::valueChanged, m_diagram, &StrategyDiagram::setDepth);
    auto* png = new QToolButton(this);
    png->setObjectName(QStringLiteral("strategyExportPng"));
    png->setText(tr("PNG…"));
    png->setToolTip(tr("Save the diagram as a PNG picture"));
    auto* svg = new QToolButton(this);
    svg->setObjectName(QStringLiteral("strategyExportSvg"));
    svg->setText(tr("SVG…"));
    svg->setToolTip(tr("Save the diagram as an SVG drawing"));
    connect(png, &QToolButton::clicked, this, [this]() {
        const QString path = m_chooseFile(this, tr("Save the strategy diagram"),
                                          QStringLiteral("strategy.png"), tr("PNG pictures (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(svg, &QToolButton::clicked, this, [this]() {
        const QString path = m_chooseFile(this, tr("Save the strategy diagram"),
                                          QStringLiteral("strategy.svg"), tr("SVG drawings (*.svg)"));
        if (!path.isEmpty())
            exportSvg(path);
    });

    // Two rows, so that the dock fits beside the reader on a 1366-pixel laptop screen.
    auto* controls = new QVBoxLayout;
    controls->setContentsMargins(4, 4, 4, 0);
    auto* documentRow = new QHBoxLayout;
    documentRow->addWidget(m_document, 1);
    documentRow->addWidget(m_compare);
    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(m_mode);
    viewRow->addWidget(depth);
    viewRow->addStretch(1);
    viewRow->addWidget(png);
    viewRow->addWidget(svg);
    controls->addLayout(documentRow);
    controls->addLayout(viewRow);

    // Each side: its tree or, when the document has none, a sentence saying so.
    auto* main = new QStackedWidget(this);
    main->setObjectName(QStringLiteral("strategyMainStack"));
    main->addWidget(m_tree);
    main->addWidget(m_empty);
    auto* compareStack = new QStackedWidget(this);
    compareStack->addWidget(m_compareTree);
    compareStack->addWidget(m_compareEmpty);
    auto* compareLayout = new QVBoxLayout(m_comparePanel);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_compareDocument);
    compareLayout->addWidget(compareStack, 1);
    m_comparePanel->setVisible(false);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->addWidget(main);
    split->addWidget(m_comparePanel);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("strategyDiagramScroll"));
    scroll->setWidget(m_diagram);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    m_stack->addWidget(split);
    m_stack->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    auto applyMain = [this, main]() {
        applyDocument(m_document, m_tree, m_empty);
        main->setCurrentIndex(m_tree->isHidden() ? 1 : 0);
        m_diagram->setRoot(m_model->documentIndex(m_document->currentData().toLongLong()));
    };
    auto applyCompare = [this, compareStack]() {
        applyDocument(m_compareDocument, m_compareTree, m_compareEmpty);
        compareStack->setCurrentIndex(m_compareTree->isHidden() ? 1 : 0);
    };
    connect(m_document, &QComboBox::currentIndexChanged, this, applyMain);
    connect(m_compareDocument, &QComboBox::currentIndexChanged, this, applyCompare);
    connect(m_compare, &QCheckBox::toggled, this, &StrategyTreePane::setComparing);
    connect(m_mode, &QTabBar::currentChanged, this, [this, png, svg, depth](int tab) {
        m_stack->setCurrentIndex(tab);
        m_compare->setEnabled(tab == 0);
        depth->setEnabled(tab == 1);
        png->setEnabled(tab == 1);
        svg->setEnabled(tab == 1);
    });
    png->setEnabled(false);
    svg->setEnabled(false);
    connect(m_diagram, &StrategyDiagram::nodeActivated, this, &StrategyTreePane::activate);
    connect(model, &QAbstractItemModel::modelReset, this, &StrategyTreePane::reloadDocuments);
    reloadDocuments();
}

void StrategyTreePane::setUpTree(QTreeView* tree) {
    tree->setModel(m_model);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(StrategyTreeModel::TitleColumn, QHeaderView::Stretch);
    for (int c = StrategyTreeModel::YearsColumn; c < StrategyTreeModel::ColumnCount; ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tree->header()->setMinimumSectionSize(40);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { activate(current); });
}

void StrategyTreePane::reloadDocuments() {
    const qint64 current = m_document->currentData().toLongLong();
    const qint64 compare = m_compareDocument->currentData().toLongLong();
    {
        const QSignalBlocker blockA(m_document);
        const QSignalBlocker blockB(m_compareDocument);
        m_document->clear();
        m_compareDocument->clear();
        int firstWithTree = -1;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex doc = m_model->index(r, 0);
            const qint64 id = doc.data(FactRole::DocId).toLongLong();
            const int nodes = m_model->rowCount(doc);
            const QString text =
                nodes > 0 ? doc.data().toString() : tr("%1 (no strategy tree)").arg(doc.data().toString());
            m_document->addItem(text, id);
            m_compareDocument->addItem(text, id);
            if (nodes > 0 && firstWithTree < 0)
                firstWithTree = r;
        }
        auto restore = [](QComboBox* combo, qint64 id, int fallback) {
            const int at = combo->findData(id);
            combo->setCurrentIndex(at >= 0 ? at : std::max(0, fallback));
        };
        restore(m_document, current, firstWithTree);
        restore(m_compareDocument, compare,
                m_document->currentIndex() + 1 < m_document->count() ? m_document->currentIndex() + 1 : 0);
    }
    emit m_document->currentIndexChanged(m_document->currentIndex());
    emit m_compareDocument->currentIndexChanged(m_compareDocument->currentIndex());
}

void StrategyTreePane::applyDocument(QComboBox* combo, QTreeView* tree, QLabel* empty) {
    const QModelIndex doc = m_model->documentIndex(combo->currentData().toLongLong());
    const bool hasTree = doc.isValid() && m_model->rowCount(doc) > 0;
    tree->setVisible(hasTree);
    empty->setVisible(!hasTree);
    if (!hasTree) {
        empty->setText(
            combo->count() == 0
                ? tr("No documents yet. Import plans and strategies to see their vision, strategies and "
                     "tasks here.")
                : tr("No strategy tree was found in this document (a vision with strategies and tasks). "
                     "Choose another document above."));
        return;
    }
    tree->setRootIndex(doc);
    // Open down to the tasks, where years, ministries and 신규/강화 are written.
    tree->expandToDepth(3);
}

bool StrategyTreePane::showDocument(qint64 docId) {
    const int at = m_document->findData(docId);
    if (at < 0)
        return false;
    m_document->setCurrentIndex(at);
    return true;
}

void StrategyTreePane::setComparing(bool compare) {
    if (m_compare->isChecked() != compare)
        m_compare->setChecked(compare);
    m_comparePanel->setVisible(compare);
    if (compare) // side by side, half each
        m_split->setSizes({m_split->width() / 2, m_split->width() / 2});
}

void StrategyTreePane::showDiagram(bool diagram) {
    m_mode->setCurrentIndex(diagram ? 1 : 0);
}

void StrategyTreePane::activate(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const QModelIndex node = index.siblingAtColumn(StrategyTreeModel::TitleColumn);
    const qint64 docId = node.data(FactRole::DocId).toLongLong();
    if (node.data(StrategyTreeModel::IsDocumentRole).toBool()) {
        m_selection->setScope(docId, 0, 0, node.data().toString());
        return;
    }
    m_selection->setScope(docId, node.data(StrategyTreeModel::FirstPageRole).toInt(),
                          node.data(StrategyTreeModel::LastPageRole).toInt(), node.data().toString());
    m_selection->showSource(docId, node.data(FactRole::Page).toInt(), node.data(FactRole::Box).toRectF());
}

bool StrategyTreePane::exportPng(const QString& path) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!m_diagram->toImage().save(&buffer, "PNG"))
        return false;
    return writeExport(this, path, bytes);
}

bool StrategyTreePane::exportSvg(const QString& path) {
    return writeExport(this, path, m_diagram->toSvg());
}

} // namespace pl::ui
