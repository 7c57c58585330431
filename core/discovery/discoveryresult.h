// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverysource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// Where discovery stands: the address, every source with its outcome (in list order) and the
// candidates they gave (best source first, each server once), and which one to use.
struct DiscoveryResult
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DiscoveryResult)

public:
    QString address; // as typed (trimmed)
    QString asciiAddress; // with the domain in ASCII: what placeholders and profiles get
    QString domain; // the address's domain in ASCII (punycode for an IDN), empty if invalid
    QString snapshotDate; // the bundled ISPDB snapshot's date
    QString snapshotCommit;
    bool offline = false;
    bool finished = false;
    QList<DiscoverySource> sources; // in list order (by rank)
    QList<DiscoveryCandidate> candidates;

    // The index in `candidates` to use: from the first trusted source (guesses never count)
    // that gave any, implicit TLS (RFC 8314) before STARTTLS, never an unencrypted one.
    [[nodiscard]] std::optional<qsizetype> recommended() const;
    // Why that one, in plain words; or why none.
    [[nodiscard]] QString recommendationReason() const;
    [[nodiscard]] bool addressValid() const { return !domain.isEmpty(); }

    // Rebuilds `candidates` from the sources.
    void collectCandidates();

    // {address, domain, offline, snapshot {date, commit}, sources[], candidates[], probe[],
    //  recommended {host, port, security, source, reason} or null}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
