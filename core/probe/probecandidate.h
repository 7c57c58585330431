// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/serversettings.h"

#include <QString>

namespace Sendcheck {

// One host, port and security mode worth trying, and where the idea came from. Discovery
// (core/discovery) produces these; the port probe (core/probe) tries them.
struct ProbeCandidate
{
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    // "preset", "autoconfig", "ispdb", "srv", "guess", "profile", "user" or "probe" (a port
    // that no source named but that worked when tried): the JSON's candidates[].source.
    QString source;

    friend bool operator==(const ProbeCandidate &, const ProbeCandidate &) = default;
};

} // namespace Sendcheck
