#pragma once

#include "core/annotation/annotation.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace pl::store {
class Library;
}
namespace pl::annotation {
class AnnotationStore;
}

namespace pl::ui {

/// An extracted (or user-made) date or amount as a view shows it: what a correction is keyed on.
struct FactRef {
    qint64 docId = 0;
    annotation::FactCorrection::Kind kind = annotation::FactCorrection::Kind::Date;
    QString factText;
    int page = 0;
    QString passageHash;
    int origin = 0;      ///< FactOrigin::Source
    qint64 recordId = 0; ///< the correction (edited) or annotation (user-made) behind it
    QJsonObject value;   ///< the value shown now, in the form of a correction's value
};

/// Every change the user makes to annotations and fact corrections, as undoable commands on one
/// QUndoStack over the GUI thread's library connection. Questions to the user (a note, tags, a fact's
/// value) go through replaceable askers, so that tests can answer them.
class AnnotationEditor : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    struct Askers {
        std::function<std::optional<QString>(const QString& current)> note;
        std::function<std::optional<QStringList>(const QStringList& current)> tags;
        /// A typed fact, prefilled; kindFixed when only the value may change (a correction).
        std::function<std::optional<annotation::TypedFact>(const annotation::TypedFact& prefilled,
                                                           bool kindFixed)>
            fact;
    };

    explicit AnnotationEditor(QObject* parent = nullptr);
    ~AnnotationEditor() override;

    /// The library to edit (not owned; null for none). Forgets the undo history of the previous one.
    void setLibrary(store::Library* library);
    store::Library* library() const { return m_library; }
    annotation::AnnotationStore* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undo; }
    void setAskers(Askers askers);
    /// Documents were added, replaced or removed: records may have moved; tells the views.
    void libraryChanged() { emit recordsChanged(); }
    /// The parent for the default dialogs.
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }

    // Undoable edits; false (and failed() with the reason) when the library refused.
    std::optional<annotation::Annotation> addAnnotation(const annotation::Annotation& annotation);
    bool updateAnnotation(const annotation::Annotation& annotation);
    bool removeAnnotation(qint64 id);
    /// Stores the user's verdict on a fact, replacing an earlier one for the same fact.
    bool setCorrection(const annotation::FactCorrection& correction);
    /// Forgets a correction: the extracted fact is shown as read again.
    bool removeCorrection(qint64 id);

    // Interactive edits: ask the user, then one undoable edit.
    std::optional<annotation::Annotation> highlight(qint64 docId, int page, const QString& quote,
                                                    const QList<QRectF>& boxes);
    std::optional<annotation::Annotation> addNote(qint64 docId, int page, const QString& quote,
                                                  const QList<QRectF>& boxes);
    std::optional<annotation::Annotation> addTags(qint64 docId, int page, const QString& quote,
                                                  const QList<QRectF>& boxes);
    std::optional<annotation::Annotation> markFact(qint64 docId, int page, const QString& quote,
                                                   const QList<QRectF>& boxes);
    bool editNote(qint64 annotationId);
    bool editTags(qint64 annotationId);
    bool editFactValue(const FactRef& fact);
    bool rejectFact(const FactRef& fact);
    bool restoreFact(const FactRef& fact);

    /// A fact prefilled from a quote with the extractors' date and amount readers.
    static annotation::TypedFact factFromQuote(const QString& quote);

signals:
    /// Annotations or corrections changed (an edit, undo or redo).
    void recordsChanged();
    /// What the analytic views show changed: they should read the facts again.
    void factsChanged();
    void failed(const QString& message);

private:
    template <typename Record> friend class RecordCommand;
    bool apply(const std::optional<annotation::Annotation>& from, std::optional<annotation::Annotation>& to);
    bool apply(const std::optional<annotation::FactCorrection>& from,
               std::optional<annotation::FactCorrection>& to);
    annotation::Annotation newAnnotation(qint64 docId, int page, const QString& quote,
                                         const QList<QRectF>& boxes) const;
    std::optional<QString> askNote(const QString& current);
    std::optional<QStringList> askTags(const QStringList& current);
    std::optional<annotation::TypedFact> askFact(const annotation::TypedFact& prefilled, bool kindFixed);
    void report(const QString& message);

    store::Library* m_library = nullptr;
    std::unique_ptr<annotation::AnnotationStore> m_store;
    QUndoStack* m_undo;
    Askers m_askers;
    QWidget* m_dialogParent = nullptr;
};

} // namespace pl::ui
