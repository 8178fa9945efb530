#pragma once

#include "core/facts/facts.h"

namespace pl::facts {

/// The context for a stored document: its date as the library keeps it ("2023-04-14", "2025-04" or
/// "2025"; a year or month alone counts from its first day) and its title.
DocumentContext documentContextFor(const QString& date, const QString& title);

} // namespace pl::facts
