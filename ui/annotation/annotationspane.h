#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;

namespace pl::ui {

class AnnotationEditor;
class AnnotationListModel;
class AnnotationTagFilter;

/// The library's annotations and corrections in one list, filtered by tag; a click shows the passage in the
/// reader, the context menu edits, removes or restores. Records of removed documents stay listed (greyed)
/// until the document is imported again.
class AnnotationsPane : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsPane)

public:
    AnnotationsPane(AnnotationEditor* editor, QWidget* parent = nullptr);

    AnnotationListModel* model() const { return m_model; }
    AnnotationTagFilter* filter() const { return m_filter; }
    QListView* view() const { return m_view; }
    /// Reads the records and document titles again from the editor's library.
    void refresh();
    /// The context menu's actions for a row (object names editNoteAction, editTagsAction,
    /// removeAnnotationAction, restoreCorrectionAction).
    void fillMenu(QMenu* menu, const QModelIndex& index);

signals:
    void sourceRequested(qint64 docId, int page, const QList<QRectF>& boxes);

private:
    void activate(const QModelIndex& index);
    void showMenu(const QPoint& pos);
    void updateTags();

    AnnotationEditor* m_editor;
    AnnotationListModel* m_model;
    AnnotationTagFilter* m_filter;
    QComboBox* m_tags;
    QListView* m_view;
    QLabel* m_empty;
    QLabel* m_summary;
};

} // namespace pl::ui
