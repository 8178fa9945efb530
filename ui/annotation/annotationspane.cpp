#include "ui/annotation/annotationspane.h"

#include "core/annotation/annotationstore.h"
#include "core/store/library.h"
#include "ui/annotation/annotationeditor.h"
#include "ui/annotation/annotationlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace pl::ui {

AnnotationsPane::AnnotationsPane(AnnotationEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_model(new AnnotationListModel(this)),
      m_filter(new AnnotationTagFilter(this)) {
    setObjectName(QStringLiteral("annotationsPane"));
    m_filter->setSourceModel(m_model);

    m_tags = new QComboBox(this);
    m_tags->setObjectName(QStringLiteral("annotationTagFilter"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("annotationSummary"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Tag:"), this));
    top->addWidget(m_tags);
    top->addStretch(1);
    top->addWidget(m_summary);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("annotationList"));
    m_view->setModel(m_filter);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(2);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_empty =
        new QLabel(tr("No annotations yet.\nSelect text in the reader (drag over it) or right-click a "
                      "passage to highlight it, add a note or tags, or mark it as a fact. Right-click a "
                      "date or an amount in the timeline or the budget table to correct or reject it."),
                   this);
    m_empty->setObjectName(QStringLiteral("annotationsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(8);
    // A narrow dock must not widen the window: the explanation wraps to whatever width it gets.
    m_empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_empty->setMinimumWidth(60);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_tags, &QComboBox::currentIndexChanged, this,
            [this](int) { m_filter->setTag(m_tags->currentData().toString()); });
    connect(m_view, &QListView::clicked, this, &AnnotationsPane::activate);
    connect(m_view, &QListView::activated, this, &AnnotationsPane::activate);
    connect(m_view, &QListView::customContextMenuRequested, this, &AnnotationsPane::showMenu);
    connect(m_editor, &AnnotationEditor::recordsChanged, this, &AnnotationsPane::refresh);
    refresh();
}

void AnnotationsPane::refresh() {
    QList<annotation::Annotation> annotations;
    QList<annotation::FactCorrection> corrections;
    QHash<qint64, QString> titles;
    if (annotation::AnnotationStore* store = m_editor->store()) {
        annotations = store->allAnnotations();
        corrections = store->allCorrections();
        // Titles only label the records: without them (a library read failing) each shows its file.
        if (const auto documents = m_editor->library()->documents())
            for (const store::DocumentRecord& d : *documents)
                titles.insert(d.id, d.title.isEmpty() ? d.fileName : d.title);
    }
    m_model->setRecords(std::move(annotations), std::move(corrections), std::move(titles));
    updateTags();
    const int total = m_model->rowCount();
    m_view->setVisible(total > 0);
    m_empty->setVisible(total == 0);
    m_summary->setText(tr("%n record(s)", nullptr, total));
}

void AnnotationsPane::updateTags() {
    const QString current = m_filter->tag();
    const QSignalBlocker block(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("All"), QString());
    for (const QString& t : m_model->tags())
        m_tags->addItem(t, t);
    const int at = m_tags->findData(current);
    m_tags->setCurrentIndex(std::max(0, at));
    m_filter->setTag(at > 0 ? current : QString());
}

void AnnotationsPane::activate(const QModelIndex& index) {
    if (!index.isValid() || index.data(AnnotationListModel::DocumentMissingRole).toBool())
        return;
    const qint64 docId = index.data(FactRole::DocId).toLongLong();
    const int page = index.data(FactRole::Page).toInt();
    emit sourceRequested(docId, page, index.data(AnnotationListModel::BoxesRole).value<QList<QRectF>>());
}

void AnnotationsPane::showMenu(const QPoint& pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("annotationMenu"));
    fillMenu(&menu, index);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AnnotationsPane::fillMenu(QMenu* menu, const QModelIndex& index) {
    const qint64 id = index.data(AnnotationListModel::RecordIdRole).toLongLong();
    if (index.data(AnnotationListModel::IsCorrectionRole).toBool()) {
        QAction* restore = menu->addAction(tr("Restore the extracted fact"));
        restore->setObjectName(QStringLiteral("restoreCorrectionAction"));
        connect(restore, &QAction::triggered, this, [this, id]() { m_editor->removeCorrection(id); });
    } else {
        QAction* show = menu->addAction(tr("Show in the reader"));
        show->setEnabled(!index.data(AnnotationListModel::DocumentMissingRole).toBool());
        connect(show, &QAction::triggered, this,
                [this, index = QPersistentModelIndex(index)]() { activate(index); });
        menu->addSeparator();
        QAction* note = menu->addAction(tr("Edit note…"));
        note->setObjectName(QStringLiteral("editNoteAction"));
        connect(note, &QAction::triggered, this, [this, id]() { m_editor->editNote(id); });
        QAction* tags = menu->addAction(tr("Tags…"));
        tags->setObjectName(QStringLiteral("editTagsAction"));
        connect(tags, &QAction::triggered, this, [this, id]() { m_editor->editTags(id); });
        menu->addSeparator();
        QAction* remove = menu->addAction(tr("Remove annotation"));
        remove->setObjectName(QStringLiteral("removeAnnotationAction"));
        connect(remove, &QAction::triggered, this, [this, id]() { m_editor->removeAnnotation(id); });
    }
}

} // namespace pl::ui
