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
    FirstModelRole = Qt::UserRole + 32,
};
} // namespace FactRole

} // namespace pl::ui
