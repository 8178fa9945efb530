#pragma once

#include "core/annotation/annotation.h"
#include "core/text/documentassembler.h"

#include <QJsonObject>
#include <QList>

namespace pl::annotation {

/// A document's facts in the form `extract --json` prints, with the user's records laid over them: a
/// rejected date or amount leaves "dates"/"money" for a "rejected" list, an edited one takes the user's
/// value (and keeps the extractor's under "extracted"), and the user's typed dates and amounts are added.
/// What the user made or changed carries "origin" ("user" or "edited") and "record" (the annotation or
/// correction id); the extractor's own facts carry no origin. Records of other documents, detached ones
/// and annotations without a date or amount are ignored. The library's stored facts are never changed.
QJsonObject correctedFacts(const QJsonObject& facts, qint64 docId, const QList<text::Passage>& passages,
                           const QList<Annotation>& annotations, const QList<FactCorrection>& corrections);

} // namespace pl::annotation
