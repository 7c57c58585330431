// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sendcheck {

// How much history is kept: runs older than `days` and all but the newest `runs` runs are
// deleted whenever a run is recorded. 0 means no limit of that kind.
struct HistoryRetention
{
    int days = 365;
    int runs = 1000;

    friend bool operator==(const HistoryRetention &, const HistoryRetention &) = default;
};

} // namespace Sendcheck
