// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyschema.h"

namespace Sendcheck {

QStringList HistorySchema::step(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " time TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL DEFAULT '',"
                           " profile_name TEXT NOT NULL DEFAULT '',"
                           " host TEXT NOT NULL DEFAULT '',"
                           " port INTEGER NOT NULL DEFAULT 0,"
                           " ok INTEGER NOT NULL,"
                           " topic TEXT NOT NULL DEFAULT '',"
                           " report TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX runs_by_time ON runs (time)"),
            QStringLiteral("CREATE INDEX runs_by_profile ON runs (profile_id, time)"),
        };
    case 2:
        return {
            QStringLiteral("ALTER TABLE runs ADD COLUMN report_schema INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX runs_by_profile_ok ON runs (profile_id, ok, time)"),
            QStringLiteral(
                "CREATE INDEX runs_by_profile_name ON runs (profile_name COLLATE NOCASE, time)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        };
    default:
        return {};
    }
}

} // namespace Sendcheck
