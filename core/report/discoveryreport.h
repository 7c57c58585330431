// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>

namespace Sendcheck {

struct DiscoveryResult;

// The "Discovery" report: one check per source discovery looked at ("discovery.preset",
// "discovery.autoconfig", ... with its URL or name, outcome and the servers it gave), then the
// candidates, and the recommended setting as the verdict and the report's profile.
class DiscoveryReport
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DiscoveryReport)

public:
    [[nodiscard]] static Report make(const DiscoveryResult &result);
};

} // namespace Sendcheck
