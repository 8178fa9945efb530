#include "ui/annotation/annotationeditor.h"

#include "core/annotation/annotationstore.h"
#include "core/facts/dateextractor.h"
#include "core/facts/moneyextractor.h"
#include "core/store/library.h"
#include "ui/annotation/factdialog.h"
#include "ui/facts/factroles.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

Q_LOGGING_CATEGORY(lcAnnotationUi, "pl.ui.annotation")

namespace pl::ui {

using annotation::Annotation;
using annotation::FactCorrection;
using annotation::TypedFact;

/// One change of one record: nothing → record (add), record → record (edit), record → nothing (remove).
/// The change is made before the command is pushed, so that a refused change never reaches the stack.
template <typename Record> class RecordCommand : public QUndoCommand {
public:
    RecordCommand(AnnotationEditor* editor, std::optional<Record> before, std::optional<Record> after,
                  const QString& text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)) {}

    void undo() override {
        std::optional<Record> to = m_before;
        if (m_editor->apply(m_after, to))
            m_before = to;
    }
    void redo() override {
        if (m_done) {
            m_done = false;
            return;
        }
        std::optional<Record> to = m_after;
        if (m_editor->apply(m_before, to))
            m_after = to;
    }

private:
    AnnotationEditor* m_editor;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    bool m_done = true;
};

namespace {

bool hasFact(const std::optional<Annotation>& a) {
    return a && a->fact &&
           (a->fact->kind == TypedFact::Kind::Date || a->fact->kind == TypedFact::Kind::Amount);
}

QString quoteForTitle(const QString& quote) {
    const QString q = quote.simplified();
    return q.size() > 24 ? q.left(23) + QChar(0x2026) : q;
}

QJsonObject valueOf(const TypedFact& f) {
    if (f.kind == TypedFact::Kind::Date)
        return {{QStringLiteral("start"), f.start},
                {QStringLiteral("end"), f.end},
                {QStringLiteral("precision"), f.precision}};
    QJsonObject o{{QStringLiteral("amount"), f.amount}, {QStringLiteral("currency"), f.currency}};
    if (f.amountMax)
        o[QStringLiteral("amount_max")] = *f.amountMax;
    if (!f.period.isEmpty())
        o[QStringLiteral("period")] = f.period;
    return o;
}

TypedFact factOf(const FactRef& ref) {
    TypedFact f;
    f.kind = ref.kind == FactCorrection::Kind::Date ? TypedFact::Kind::Date : TypedFact::Kind::Amount;
    f.text = ref.factText;
    f.start = ref.value.value(QStringLiteral("start")).toString();
    f.end = ref.value.value(QStringLiteral("end")).toString();
    f.precision = ref.value.value(QStringLiteral("precision")).toString();
    f.amount = ref.value.value(QStringLiteral("amount")).toDouble();
    if (ref.value.value(QStringLiteral("amount_max")).isDouble())
        f.amountMax = ref.value.value(QStringLiteral("amount_max")).toDouble();
    f.currency = ref.value.value(QStringLiteral("currency")).toString();
    f.period = ref.value.value(QStringLiteral("period")).toString();
    return f;
}

} // namespace

AnnotationEditor::AnnotationEditor(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {
    m_undo->setObjectName(QStringLiteral("annotationUndoStack"));
}

AnnotationEditor::~AnnotationEditor() = default;

void AnnotationEditor::setLibrary(store::Library* library) {
    m_undo->clear();
    m_library = library;
    m_store = library ? std::make_unique<annotation::AnnotationStore>(*library) : nullptr;
    if (m_store) {
        // Records whose document came back while this connection was not looking find it now.
        if (auto caught = m_store->reconcile(); !caught)
            qCWarning(lcAnnotationUi) << "cannot re-attach annotations:" << caught.error().toString();
    }
    emit recordsChanged();
}

void AnnotationEditor::setAskers(Askers askers) {
    m_askers = std::move(askers);
}

void AnnotationEditor::report(const QString& message) {
    qCWarning(lcAnnotationUi) << message;
    emit failed(message);
}

namespace {

/// Stores one change of a record: add (nothing → record), update (record → record) or remove (record →
/// nothing). `to` becomes the record as stored; a refusal goes to `report`.
template <typename Record>
bool storeChange(const std::optional<Record>& from, std::optional<Record>& to,
                 Result<Record> (annotation::AnnotationStore::*add)(Record),
                 Result<Record> (annotation::AnnotationStore::*update)(Record),
                 Result<void> (annotation::AnnotationStore::*remove)(qint64),
                 annotation::AnnotationStore& store, const std::function<void(const QString&)>& report) {
    if (to) {
        auto stored = from ? (store.*update)(*to) : (store.*add)(*to);
        if (!stored) {
            report(stored.error().toString());
            return false;
        }
        to = *stored;
    } else if (from) {
        if (auto removed = (store.*remove)(from->id); !removed) {
            report(removed.error().toString());
            return false;
        }
    }
    return true;
}

} // namespace

bool AnnotationEditor::apply(const std::optional<Annotation>& from, std::optional<Annotation>& to) {
    if (!m_store)
        return false;
    const bool ok = storeChange(from, to, &annotation::AnnotationStore::addAnnotation,
                                &annotation::AnnotationStore::updateAnnotation,
                                &annotation::AnnotationStore::removeAnnotation, *m_store,
                                [this](const QString& message) { report(message); });
    emit recordsChanged();
    if (hasFact(from) || hasFact(to))
        emit factsChanged();
    return ok;
}

bool AnnotationEditor::apply(const std::optional<FactCorrection>& from, std::optional<FactCorrection>& to) {
    if (!m_store)
        return false;
    const bool ok = storeChange(from, to, &annotation::AnnotationStore::addCorrection,
                                &annotation::AnnotationStore::updateCorrection,
                                &annotation::AnnotationStore::removeCorrection, *m_store,
                                [this](const QString& message) { report(message); });
    emit recordsChanged();
    emit factsChanged();
    return ok;
}

std::optional<Annotation> AnnotationEditor::addAnnotation(const Annotation& annotation) {
    std::optional<Annotation> to = annotation;
    to->id = 0;
    if (!apply(std::nullopt, to))
        return std::nullopt;
    const QString what = to->fact ? tr("Mark as fact “%1”") : tr("Highlight “%1”");
    m_undo->push(new RecordCommand<Annotation>(this, std::nullopt, to, what.arg(quoteForTitle(to->quote))));
    return to;
}

bool AnnotationEditor::updateAnnotation(const Annotation& annotation) {
    if (!m_store)
        return false;
    const std::optional<Annotation> before = m_store->annotation(annotation.id);
    if (!before) {
        report(tr("The annotation no longer exists."));
        return false;
    }
    std::optional<Annotation> to = annotation;
    to->modified = {};
    if (!apply(before, to))
        return false;
    m_undo->push(new RecordCommand<Annotation>(this, before, to,
                                               tr("Edit annotation “%1”").arg(quoteForTitle(to->quote))));
    return true;
}

bool AnnotationEditor::removeAnnotation(qint64 id) {
    if (!m_store)
        return false;
    const std::optional<Annotation> before = m_store->annotation(id);
    if (!before) {
        report(tr("The annotation no longer exists."));
        return false;
    }
    std::optional<Annotation> to;
    if (!apply(before, to))
        return false;
    m_undo->push(new RecordCommand<Annotation>(
        this, before, std::nullopt, tr("Remove annotation “%1”").arg(quoteForTitle(before->quote))));
    return true;
}

bool AnnotationEditor::setCorrection(const FactCorrection& correction) {
    if (!m_store)
        return false;
    std::optional<FactCorrection> before;
    if (correction.document.docId)
        before = m_store->findCorrection(*correction.document.docId, correction.kind, correction.factText,
                                         correction.page, correction.passageHash);
    std::optional<FactCorrection> to = correction;
    if (before) {
        to->id = before->id;
        to->created = before->created;
        to->modified = {};
    } else {
        to->id = 0;
    }
    if (!apply(before, to))
        return false;
    const QString what =
        correction.action == FactCorrection::Action::Reject ? tr("Reject “%1”") : tr("Correct “%1”");
    m_undo->push(
        new RecordCommand<FactCorrection>(this, before, to, what.arg(quoteForTitle(correction.factText))));
    return true;
}

bool AnnotationEditor::removeCorrection(qint64 id) {
    if (!m_store)
        return false;
    const std::optional<FactCorrection> before = m_store->correction(id);
    if (!before) {
        report(tr("The correction no longer exists."));
        return false;
    }
    std::optional<FactCorrection> to;
    if (!apply(before, to))
        return false;
    m_undo->push(new RecordCommand<FactCorrection>(this, before, std::nullopt,
                                                   tr("Restore “%1”").arg(quoteForTitle(before->factText))));
    return true;
}

Annotation AnnotationEditor::newAnnotation(qint64 docId, int page, const QString& quote,
                                           const QList<QRectF>& boxes) const {
    Annotation a;
    a.document.docId = docId;
    a.page = page;
    a.quote = quote;
    a.boxes = boxes;
    return a;
}

std::optional<Annotation> AnnotationEditor::highlight(qint64 docId, int page, const QString& quote,
                                                      const QList<QRectF>& boxes) {
    return addAnnotation(newAnnotation(docId, page, quote, boxes));
}

std::optional<Annotation> AnnotationEditor::addNote(qint64 docId, int page, const QString& quote,
                                                    const QList<QRectF>& boxes) {
    const auto note = askNote({});
    if (!note)
        return std::nullopt;
    Annotation a = newAnnotation(docId, page, quote, boxes);
    a.note = *note;
    return addAnnotation(a);
}

std::optional<Annotation> AnnotationEditor::addTags(qint64 docId, int page, const QString& quote,
                                                    const QList<QRectF>& boxes) {
    const auto tags = askTags({});
    if (!tags)
        return std::nullopt;
    Annotation a = newAnnotation(docId, page, quote, boxes);
    a.tags = *tags;
    return addAnnotation(a);
}

std::optional<Annotation> AnnotationEditor::markFact(qint64 docId, int page, const QString& quote,
                                                     const QList<QRectF>& boxes) {
    const auto fact = askFact(factFromQuote(quote), false);
    if (!fact)
        return std::nullopt;
    Annotation a = newAnnotation(docId, page, quote, boxes);
    a.fact = *fact;
    return addAnnotation(a);
}

bool AnnotationEditor::editNote(qint64 annotationId) {
    if (!m_store)
        return false;
    auto a = m_store->annotation(annotationId);
    if (!a)
        return false;
    const auto note = askNote(a->note);
    if (!note || *note == a->note)
        return false;
    a->note = *note;
    return updateAnnotation(*a);
}

bool AnnotationEditor::editTags(qint64 annotationId) {
    if (!m_store)
        return false;
    auto a = m_store->annotation(annotationId);
    if (!a)
        return false;
    const auto tags = askTags(a->tags);
    if (!tags || *tags == a->tags)
        return false;
    a->tags = *tags;
    return updateAnnotation(*a);
}

bool AnnotationEditor::editFactValue(const FactRef& ref) {
    if (!m_store)
        return false;
    if (ref.origin == int(FactOrigin::Source::UserMade)) {
        auto a = m_store->annotation(ref.recordId);
        if (!a || !a->fact)
            return false;
        const auto fact = askFact(*a->fact, false);
        if (!fact || *fact == *a->fact)
            return false;
        a->fact = *fact;
        return updateAnnotation(*a);
    }
    const auto fact = askFact(factOf(ref), true);
    if (!fact)
        return false;
    FactCorrection c;
    c.document.docId = ref.docId;
    c.kind = ref.kind;
    c.factText = ref.factText;
    c.page = ref.page;
    c.passageHash = ref.passageHash;
    c.action = FactCorrection::Action::Edit;
    c.value = valueOf(*fact);
    return setCorrection(c);
}

bool AnnotationEditor::rejectFact(const FactRef& ref) {
    if (ref.origin == int(FactOrigin::Source::UserMade)) {
        // The user's own fact: the highlight stays, the fact goes.
        if (!m_store)
            return false;
        auto a = m_store->annotation(ref.recordId);
        if (!a)
            return false;
        a->fact.reset();
        return updateAnnotation(*a);
    }
    FactCorrection c;
    c.document.docId = ref.docId;
    c.kind = ref.kind;
    c.factText = ref.factText;
    c.page = ref.page;
    c.passageHash = ref.passageHash;
    c.action = FactCorrection::Action::Reject;
    c.reason = ref.kind == FactCorrection::Kind::Date ? QStringLiteral("not-a-date")
                                                      : QStringLiteral("wrong-amount");
    return setCorrection(c);
}

bool AnnotationEditor::restoreFact(const FactRef& ref) {
    if (ref.origin != int(FactOrigin::Source::Edited) || ref.recordId <= 0)
        return false;
    return removeCorrection(ref.recordId);
}

TypedFact AnnotationEditor::factFromQuote(const QString& quote) {
    text::Passage passage;
    passage.text = quote.simplified();
    passage.page = 1;
    TypedFact f;
    f.text = passage.text;
    const facts::DocumentContext context;
    const QList<facts::MoneyFact> money = facts::extractMoney({passage}, context);
    const QList<facts::DateFact> dates = facts::extractDates({passage}, context);
    // Dates are everywhere in a plan; an amount in the quote is what the user is pointing at.
    if (!money.isEmpty()) {
        const facts::MoneyFact& m = money.first();
        f.kind = TypedFact::Kind::Amount;
        f.text = m.text;
        f.amount = m.amount;
        f.amountMax = m.amountMax;
        f.currency = m.currency;
        f.period = m.period;
        return f;
    }
    if (!dates.isEmpty()) {
        const facts::DateFact& d = dates.first();
        f.kind = TypedFact::Kind::Date;
        f.text = d.text;
        f.start = d.start;
        f.end = d.end;
        f.precision = d.precision;
        return f;
    }
    f.kind = TypedFact::Kind::Target;
    f.value = passage.text;
    return f;
}

std::optional<QString> AnnotationEditor::askNote(const QString& current) {
    if (m_askers.note)
        return m_askers.note(current);
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(m_dialogParent, tr("Note"), tr("Note on the passage:"), current, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

std::optional<QStringList> AnnotationEditor::askTags(const QStringList& current) {
    if (m_askers.tags)
        return m_askers.tags(current);
    bool ok = false;
    const QString text = QInputDialog::getText(m_dialogParent, tr("Tags"), tr("Tags, separated by commas:"),
                                               QLineEdit::Normal, current.join(QStringLiteral(", ")), &ok);
    if (!ok)
        return std::nullopt;
    QStringList tags;
    for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    return tags;
}

std::optional<TypedFact> AnnotationEditor::askFact(const TypedFact& prefilled, bool kindFixed) {
    if (m_askers.fact)
        return m_askers.fact(prefilled, kindFixed);
    FactDialog dialog(m_dialogParent);
    dialog.setFact(prefilled, kindFixed);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.fact();
}

} // namespace pl::ui
