#pragma once

#include "core/facts/facts.h"

#include <QList>
#include <QString>

namespace pl::facts {

/// Reads the aliases one passage defines (see AliasFact). Pure: the same text gives the same aliases.
QList<AliasFact> aliasesIn(const QString& text);

/// Every alias the passages define, each once per document (the first place it is defined).
QList<AliasFact> mineAliases(const QList<text::Passage>& passages);

/// The form two spellings are compared in: case-folded, NFC, without spaces, hyphens, middle dots, periods
/// and quotes (Chat GPT = ChatGPT = chat-gpt; K-water = Kwater).
QString aliasKey(const QString& spelling);

} // namespace pl::facts
