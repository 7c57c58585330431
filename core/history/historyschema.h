// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Sendcheck {

// The history database's schema, as numbered migration steps. Step N turns schema N-1 into
// schema N (step 1 makes the first schema from an empty file); schema_version holds the number
// reached. A step's statements run in one transaction with the version update, so a database
// is always at one version or the next, never in between.
//
//   1  schema_version(version); runs(id, time, kind, profile_id, profile_name, host, port, ok,
//      topic, report) with indexes on time and (profile_id, time). `time` is ISO 8601 UTC with
//      milliseconds (sorts as text), `report` the Report's JSON.
//   2  runs.report_schema (the report JSON's schema version, for future conversions);
//      settings(key, value) for the retention; indexes for "last success of a profile" and
//      for the case-insensitive profile-name filter.
class HistorySchema
{
public:
    static constexpr int Current = 2;

    // The statements of step `version` (1..Current); empty for any other number.
    [[nodiscard]] static QStringList step(int version);
};

} // namespace Sendcheck
