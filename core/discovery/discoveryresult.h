// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverysource.h"
#include "probe/portproberesult.h"

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
    // Set once the candidates were tried with the port probe (discover --probe, the dialog's
    // probe step; through setProbe()): one attempt per entry of probeCandidates(), in that
    // order.
    std::optional<PortProbeResult> probe;

    // The index in `candidates` to use. After a probe that found a working setting: the one
    // the probe recommends (PortProbeResult::recommend). Otherwise from the first trusted
    // source (guesses never count) that gave any, implicit TLS (RFC 8314) before STARTTLS,
    // never an unencrypted one.
    [[nodiscard]] std::optional<qsizetype> recommended() const;
    // Why that one, in plain words; or why none. After a probe it says what the probe found.
    [[nodiscard]] QString recommendationReason() const;

    // The ports the probe also tries on every candidate host: 465 SSL/TLS, 587, 25 and 2525
    // STARTTLS (PortProbe::defaultCandidates; the hosts are empty).
    [[nodiscard]] static QList<ProbeCandidate> standardPorts();
    // What the port probe tries: every candidate with encryption (an unencrypted one is never
    // used, so never tried), in the order of `candidates`; then, for every distinct candidate
    // host in that order, each of `ports` (port and security; their hosts are ignored) that
    // is not already in the list, with source "probe".
    [[nodiscard]] QList<ProbeCandidate> probeCandidates(const QList<ProbeCandidate> &ports
                                                        = standardPorts()) const;
    // Keeps the probe's result; an attempt that works on a server no source listed (source
    // "probe") becomes a candidate too, after the others, so that recommended() can point to
    // it. Its trust, preset and user name are those of the first candidate on the same host.
    void setProbe(const PortProbeResult &result);
    // The probe's attempt for candidates[index]; null before a probe or for a candidate it
    // did not try.
    [[nodiscard]] const ProbeAttemptResult *probeAttempt(qsizetype index) const;
    [[nodiscard]] bool addressValid() const { return !domain.isEmpty(); }

    // Rebuilds `candidates` from the sources.
    void collectCandidates();

    // {address, domain, offline, snapshot {date, commit}, sources[], candidates[], probe[],
    //  recommended {host, port, security, source, trusted, preset, user_name, reason} or null}
    // probe[] is empty before a probe, else one ProbeAttemptResult::toJson() per attempt (the
    // shape `sendcheck-cli probe --json` prints); after a probe, recommended also has
    // "outcome" (its attempt's) and the object has "probe_total_ms".
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
