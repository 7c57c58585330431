// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/probecandidate.h"

#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// A ProbeCandidate as discovery found it: whether its source can be trusted, the preset it
// came from (for the sign-in rules and OAuth) and the user name the source gives.
struct DiscoveryCandidate
{
    ProbeCandidate probe;
    bool trusted = true; // false: from plain HTTP, a config for another domain, or a guess
    QString presetId; // set when probe.source is "preset" (or "probe" on a preset's host)
    QString userName; // placeholders filled; empty when the source says nothing

    // {host, port, security, source, trusted, preset, user_name}
    [[nodiscard]] QJsonObject toJson() const;
    // "smtp.example.com:465 (TLS from the start)"
    [[nodiscard]] QString describe() const;
    [[nodiscard]] bool sameServer(const DiscoveryCandidate &other) const
    {
        return probe.host == other.probe.host && probe.port == other.probe.port
            && probe.security == other.probe.security;
    }
};

} // namespace Sendcheck
