#include "ui/annotation/factmenu.h"

#include "ui/annotation/annotationeditor.h"
#include "ui/facts/factroles.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMenu>
#include <QModelIndex>

namespace pl::ui {

using annotation::FactCorrection;

FactRef factRefAt(const QModelIndex& index, FactCorrection::Kind kind) {
    FactRef ref;
    ref.docId = index.data(FactRole::DocId).toLongLong();
    ref.kind = kind;
    ref.factText = index.data(FactRole::FactText).toString();
    ref.page = index.data(FactRole::Page).toInt();
    ref.passageHash = index.data(FactRole::PassageHash).toString();
    ref.origin = index.data(FactRole::Origin).toInt();
    ref.recordId = index.data(FactRole::RecordId).toLongLong();
    ref.value = index.data(FactRole::FactValue).toJsonObject();
    return ref;
}

void addFactActions(QMenu* menu, const QModelIndex& index, FactCorrection::Kind kind,
                    AnnotationEditor* editor) {
    if (!index.isValid() || !editor)
        return;
    const FactRef ref = factRefAt(index, kind);
    const bool userMade = ref.origin == int(FactOrigin::Source::UserMade);
    const bool date = kind == FactCorrection::Kind::Date;
    QAction* edit = menu->addAction(date ? QCoreApplication::translate("FactMenu", "Edit date…")
                                         : QCoreApplication::translate("FactMenu", "Edit amount…"));
    edit->setObjectName(QStringLiteral("editFactValueAction"));
    QObject::connect(edit, &QAction::triggered, editor, [editor, ref]() { editor->editFactValue(ref); });
    QAction* reject = menu->addAction(
        userMade ? QCoreApplication::translate("FactMenu", "Remove my fact (keep the highlight)")
                 : (date ? QCoreApplication::translate("FactMenu", "Reject: not a date")
                         : QCoreApplication::translate("FactMenu", "Reject: wrong amount")));
    reject->setObjectName(QStringLiteral("rejectFactAction"));
    QObject::connect(reject, &QAction::triggered, editor, [editor, ref]() { editor->rejectFact(ref); });
    QAction* restore =
        menu->addAction(QCoreApplication::translate("FactMenu", "Restore the extracted value"));
    restore->setObjectName(QStringLiteral("restoreFactAction"));
    restore->setEnabled(ref.origin == int(FactOrigin::Source::Edited));
    QObject::connect(restore, &QAction::triggered, editor, [editor, ref]() { editor->restoreFact(ref); });
}

} // namespace pl::ui
