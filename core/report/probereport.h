// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>

namespace Sendcheck {

struct PortProbeResult;
struct ProbeAttemptResult;

// A finished port probe as a report (kind "probe"): one check per attempt ("probe.465.tls"),
// each with its outcome, explanation and what was seen (connect time, greeting, TLS, sign-in
// methods, SIZE); the verdict names the recommended setting and why. The report's outline
// shows the checks as its "Port probe" section.
class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProbeReport)

public:
    // `profile`: the settings the probe started from (host, CA file); a fresh Profile with the
    // host for `sendcheck-cli probe HOST`.
    [[nodiscard]] static Report make(const PortProbeResult &result, const Profile &profile);
    // "probe.465.tls": the stable check id of an attempt.
    [[nodiscard]] static QString checkId(const ProbeAttemptResult &attempt);
};

} // namespace Sendcheck
