// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/explanation.h"

namespace Sendcheck {

struct ProbeAttemptResult;

// The plain-language explanation of one probe attempt: its topic's texts from the diagnosis
// catalog (translated), with the attempt's technical words as the server text.
[[nodiscard]] Explanation probeExplanation(const ProbeAttemptResult &attempt);

} // namespace Sendcheck
