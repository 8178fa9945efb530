#pragma once

#include <Qt>

namespace pl::ui {

/// Roles every fact model answers, so that one scope filter and one "open the source" path serve them all.
/// Each model declares its own further roles from FactRole::FirstModelRole on.
namespace FactRole {
enum : int {
    DocId = Qt::UserRole + 1, ///< qint64, the document the fact was read from
    Page,                     ///< int, 1-based page of the fact
    Box,                      ///< QRectF, the fact's box on that page (PDF points)
    Country,                  ///< QString, ISO code or body (EU, OECD …) of the fact's passage, or empty
    Sentence,                 ///< QString, the passage the fact was read from
    Origin,      ///< int, FactOrigin::Source: extracted, the user's own, or corrected by the user
    RecordId,    ///< qint64, the annotation or correction behind a user-made or corrected fact
    FactText,    ///< QString, the fact as printed (what a correction is keyed on)
    PassageHash, ///< QString, annotation::passageHash of the fact's passage (what a correction is keyed on)
    FactValue, ///< QJsonObject, the value as a correction states it ({start, end, precision} or {amount …})
    FirstModelRole = Qt::UserRole + 32,
};
} // namespace FactRole

/// Where a fact shown in a view comes from. The extractor's output is never changed in the library; the
/// user's facts and corrections are laid over it when the views load.
struct FactOrigin {
    enum class Source { Extracted, UserMade, Edited };
    Source source = Source::Extracted;
    qint64 recordId = 0; ///< the annotation (UserMade) or correction (Edited)
};

} // namespace pl::ui
