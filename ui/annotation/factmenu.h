#pragma once

#include "core/annotation/annotation.h"

class QMenu;
class QModelIndex;

namespace pl::ui {

class AnnotationEditor;
struct FactRef;

/// What a correction of the fact at this index of a fact model (timeline, budget) is keyed on.
FactRef factRefAt(const QModelIndex& index, annotation::FactCorrection::Kind kind);

/// Adds Edit value…, Reject and Restore for the fact at this index to a context menu. Actions carry
/// object names (editFactValueAction, rejectFactAction, restoreFactAction) so tests can trigger them.
void addFactActions(QMenu* menu, const QModelIndex& index, annotation::FactCorrection::Kind kind,
                    AnnotationEditor* editor);

} // namespace pl::ui
