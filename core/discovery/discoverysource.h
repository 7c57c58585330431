// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverycandidate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sendcheck {

// One place discovery looked, in the order the list shows them: the address itself, bundled
// presets (by domain and by MX host), autoconfig files, the ISPDB (online and the bundled
// snapshot), SRV records, guesses; with what came of it and the candidates it gave.
struct DiscoverySource
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DiscoverySource)

public:
    enum class Kind { Address, Preset, Mx, Autoconfig, Ispdb, Snapshot, Srv, Guess };
    enum class Outcome {
        Pending, // still running
        Found, // settings found (candidates)
        NotFound, // looked, nothing there (404, NXDOMAIN, no preset)
        Untrusted, // an answer, but over plain HTTP: shown, never used without asking
        OtherDomain, // a config that does not list the address's domain: shown, flagged
        Error, // the lookup failed (bad certificate, malformed file, timeout, ...)
        Skipped, // not run (offline, or not needed)
    };

    Kind kind = Kind::Preset;
    QString urlOrName; // the URL fetched, the DNS name asked, "providers.json", ...
    Outcome outcome = Outcome::Pending;
    bool trusted = true; // false: plain HTTP or a config for another domain
    QString detail; // in plain words, translated: what was found or what went wrong
    int rank = 0; // where the line goes in the list (lower first)
    QList<DiscoveryCandidate> candidates;

    // "address", "preset", "mx", "autoconfig", "ispdb", "snapshot", "srv", "guess"
    [[nodiscard]] static QString kindName(Kind kind);
    // "pending", "found", "not_found", "untrusted", "other_domain", "error", "skipped"
    [[nodiscard]] static QString outcomeName(Outcome outcome);
    // "Bundled presets", "Autoconfig file", ... (translated)
    [[nodiscard]] static QString kindLabel(Kind kind);
    // "found", "nothing there", "untrusted (plain HTTP)", ... (translated)
    [[nodiscard]] static QString outcomeLabel(Outcome outcome);
    // {kind, url_or_name, outcome, trusted, detail}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
