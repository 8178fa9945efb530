#pragma once

#include "core/base/error.h"

struct sqlite3;

namespace pl::store {

constexpr int kApplicationId = 0x504C4E53; // "PLNS"

/// Brings a library up to the current schema, one migration per transaction, in order.
Result<void> migrate(sqlite3* db, const QString& path);

/// The schema version this build writes.
int currentSchemaVersion();

} // namespace pl::store
