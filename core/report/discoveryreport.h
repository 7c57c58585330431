// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>

namespace Sendcheck {

struct DiscoveryResult;

// The "Discovery" report: one check per source discovery looked at ("discovery.preset",
// "discovery.autoconfig", ... with its URL or name, outcome and the servers it gave), then the
// candidates, and the recommended setting as the verdict and the report's profile. After a
// probe (discover --probe), also one check per attempt as ProbeReport has them ("probe.465.tls",
// titled with the server), and ok only when a setting works from here.
class DiscoveryReport
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DiscoveryReport)

public:
    [[nodiscard]] static Report make(const DiscoveryResult &result);
};

} // namespace Sendcheck
