// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck: the transport policies of the domain's incoming mail and its brand record.
// MTA-STS (RFC 8461) with its policy fetched over HTTPS, TLS-RPT (RFC 8460), DANE TLSA at each
// MX host (RFC 7672, judged only when the answer is DNSSEC-secure) and BIMI, as DomainCheckItems.
#include "danetlsa.h"
#include "domaincheck.h"
#include "httpspolicyfetcher.h"

namespace Sendcheck {

using Status = DomainCheckItem::Status;

namespace {

const QString policyPath = QStringLiteral("/.well-known/mta-sts.txt");

// The TXT records at a name that start as `looksLike` says, counted, the first parsed.
template<typename Record, typename LooksLike>
int collect(const DnsAnswer &answer, LooksLike looksLike, Record *first, QString *lookupError)
{
    if (answer.isError() && answer.status != DnsStatus::InvalidName) {
        *lookupError = answer.describe();
        return 0;
    }
    int count = 0;
    for (const DnsRecord &record : answer.records) {
        if (!looksLike(record.text()))
            continue;
        if (count == 0)
            *first = Record::parse(QString::fromUtf8(record.text()));
        ++count;
    }
    return count;
}

QString days(qint64 seconds)
{
    return DomainCheck::tr("%1 s, %2 days").arg(seconds).arg(double(seconds) / 86400.0, 0, 'f', 1);
}

} // namespace

void DomainCheck::startTransportPolicies()
{
    const QString domain = m_request.domain;
    m_result.mtaSts.policyUrl = QStringLiteral("https://mta-sts.") + domain + policyPath;
    ++m_pending;
    m_cache.lookup(QStringLiteral("_mta-sts.") + domain, DnsRecordType::TXT, this,
                   [this](const DnsAnswer &answer) {
                       auto &sts = m_result.mtaSts;
                       sts.records = collect(answer, &MtaStsRecord::looksLikeRecord, &sts.record,
                                             &sts.lookupError);
                       if (sts.records == 1 && sts.record.isValid())
                           fetchMtaStsPolicy();
                       partDone();
                   });
    ++m_pending;
    m_cache.lookup(QStringLiteral("_smtp._tls.") + domain, DnsRecordType::TXT, this,
                   [this](const DnsAnswer &answer) {
                       auto &rpt = m_result.tlsRpt;
                       rpt.records = collect(answer, &TlsRptRecord::looksLikeRecord, &rpt.record,
                                             &rpt.lookupError);
                       partDone();
                   });
    ++m_pending;
    m_cache.lookup(QStringLiteral("default._bimi.") + domain, DnsRecordType::TXT, this,
                   [this](const DnsAnswer &answer) {
                       auto &bimi = m_result.bimi;
                       bimi.records = collect(answer, &BimiRecord::looksLikeRecord, &bimi.record,
                                              &bimi.lookupError);
                       partDone();
                   });
}

void DomainCheck::fetchMtaStsPolicy()
{
    if (!m_fetcher) {
        if (!m_ownFetcher)
            m_ownFetcher = std::make_unique<HttpsPolicyFetcher>();
        m_fetcher = m_ownFetcher.get();
    }
    m_result.mtaSts.fetched = true;
    ++m_pending;
    m_fetcher->fetch(QStringLiteral("mta-sts.") + m_request.domain, policyPath, this,
                     [this](const PolicyFetcher::Outcome &outcome) {
                         m_result.mtaSts.fetch = outcome;
                         if (outcome.ok)
                             m_result.mtaSts.policy = MtaStsPolicy::parse(outcome.body);
                         partDone();
                     });
}

void DomainCheck::startDane(const QString &host)
{
    DomainCheckResult::DaneHost entry;
    entry.host = host;
    entry.name = QStringLiteral("_25._tcp.") + host;
    m_result.dane << entry;
    const qsizetype index = m_result.dane.size() - 1;
    ++m_pending;
    m_cache.lookup(entry.name, DnsRecordType::TLSA, this, [this, index](const DnsAnswer &answer) {
        auto &dane = m_result.dane[index];
        dane.status = answer.status;
        dane.dnssec = answer.dnssec;
        dane.tlsa = answer.records;
        dane.detail = answer.isError() ? answer.describe() : answer.detail;
        if (answer.dnssec == DnssecStatus::Secure && answer.ok())
            compareCertificate(index);
        partDone();
    });
}

void DomainCheck::addMtaStsFindings()
{
    const QString domain = m_request.domain;
    const auto &sts = m_result.mtaSts;
    const QString title = tr("MTA-STS record");
    const QString id = QStringLiteral("mta_sts.record");
    if (!sts.lookupError.isEmpty()) {
        add(id, Status::Error, title,
            tr("The MTA-STS record could not be read: %1").arg(sts.lookupError),
            tr("Run the check again; if it stays, the domain's DNS is failing."));
        return;
    }
    if (sts.records == 0) {
        add(id, Status::Info, title,
            tr("%1 publishes no MTA-STS policy. Servers sending to it use TLS when they can, but "
               "an attacker on the way can remove TLS and nobody notices.")
                .arg(domain),
            tr("To make senders insist on TLS, serve a policy at %1 and publish a TXT record at "
               "_mta-sts.%2: v=STSv1; id=<a new value each time the policy changes>. Start with "
               "mode: testing.")
                .arg(sts.policyUrl, domain));
        return;
    }
    if (sts.records > 1) {
        add(id, Status::Fail, title,
            tr("_mta-sts.%1 has %2 records starting with v=STSv1; with more than one, senders "
               "ignore MTA-STS altogether.")
                .arg(domain)
                .arg(sts.records),
            tr("Keep exactly one v=STSv1 record."));
        return;
    }
    if (!sts.record.isValid()) {
        add(id, Status::Fail, title,
            tr("The MTA-STS record is not valid, so senders ignore the policy: %1")
                .arg(sts.record.error),
            tr("Publish it as v=STSv1; id=20250101T000000 (letters and digits only in the id)."));
        return;
    }
    add(id, Status::Pass, title,
        tr("_mta-sts.%1: %2 (policy id %3).").arg(domain, sts.record.record, sts.record.id));
    addMtaStsPolicyFindings();
}

void DomainCheck::addMtaStsPolicyFindings()
{
    const auto &sts = m_result.mtaSts;
    const QString title = tr("MTA-STS policy");
    const QString id = QStringLiteral("mta_sts.policy");
    if (!sts.fetch.ok) {
        add(id, Status::Fail, title,
            tr("The policy at %1 could not be fetched: %2 Senders then treat the domain as having "
               "no policy (or keep an older copy until it expires).")
                .arg(sts.policyUrl, sts.fetch.error),
            tr("Serve the policy as a plain text file over HTTPS, with a valid certificate for "
               "mta-sts.%1, answering 200 directly (no redirect).")
                .arg(m_request.domain));
        return;
    }
    const MtaStsPolicy &policy = sts.policy;
    const bool plainText
        = sts.fetch.contentType.trimmed().toLower().startsWith(QLatin1String("text/plain"));
    if (!policy.isValid()) {
        QString summary = tr("The file at %1 is not a valid MTA-STS policy: %2")
                              .arg(sts.policyUrl, policy.errors.join(QLatin1Char(' ')));
        if (!plainText && !sts.fetch.contentType.isEmpty())
            summary += QLatin1Char(' ')
                + tr("It was served as %1, not text/plain.").arg(sts.fetch.contentType);
        add(id, Status::Fail, title, summary,
            tr("Serve lines such as \"version: STSv1\", \"mode: testing\", \"mx: "
               "mail.example.com\", \"max_age: 604800\" as text/plain."));
        return;
    }
    QStringList notes = policy.warnings;
    if (!plainText)
        notes << tr("It is served as %1; RFC 8461 asks for text/plain.")
                     .arg(sts.fetch.contentType.isEmpty() ? tr("no type") : sts.fetch.contentType);
    QString summary
        = tr("%1: version %2, mode %3, max_age %4, mx %5.")
              .arg(sts.policyUrl, policy.version,
                   MtaStsPolicy::modeName(policy.mode.value_or(MtaStsPolicy::Mode::None)),
                   days(policy.maxAge.value_or(0)),
                   policy.mx.isEmpty() ? tr("(none)") : policy.mx.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        summary += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    add(id, notes.isEmpty() ? Status::Pass : Status::Warn, title, summary,
        notes.isEmpty() ? QString() : tr("Correct the points above in the policy file."));

    const QString modeTitle = tr("MTA-STS mode");
    switch (policy.mode.value_or(MtaStsPolicy::Mode::None)) {
    case MtaStsPolicy::Mode::Enforce:
        add(QStringLiteral("mta_sts.mode"), Status::Pass, modeTitle,
            tr("enforce: senders that support MTA-STS deliver only over TLS, with a valid "
               "certificate, to an MX host the policy lists; otherwise they hold the mail."));
        break;
    case MtaStsPolicy::Mode::Testing:
        add(QStringLiteral("mta_sts.mode"), Status::Info, modeTitle,
            tr("testing: senders still deliver when TLS fails and only report the failure (to "
               "the TLS-RPT address). Nothing is protected yet."),
            tr("Once the TLS reports show no failures, change the policy to mode: enforce and "
               "publish a new id in the _mta-sts record."));
        break;
    case MtaStsPolicy::Mode::None:
        add(QStringLiteral("mta_sts.mode"), Status::Warn, modeTitle,
            tr("none: the policy is being withdrawn; senders forget it."),
            tr("If you did not mean to withdraw MTA-STS, set mode: testing or enforce."));
        return;
    }

    // Every MX host must match an mx: line, or senders that enforce the policy refuse it.
    if (m_result.mx.hosts.isEmpty())
        return;
    QStringList matched;
    QStringList unmatched;
    for (const MxRecords::Host &host : std::as_const(m_result.mx.hosts)) {
        const QString pattern = policy.matchingPattern(host.host);
        if (pattern.isEmpty())
            unmatched << host.host;
        else
            matched << tr("%1 (mx: %2)").arg(host.host, pattern);
    }
    const QString mxTitle = tr("MTA-STS and MX hosts");
    const bool enforce = policy.mode == MtaStsPolicy::Mode::Enforce;
    if (unmatched.isEmpty())
        add(QStringLiteral("mta_sts.mx"), Status::Pass, mxTitle,
            tr("Every MX host matches the policy: %1.").arg(matched.join(QStringLiteral(", "))));
    else
        add(QStringLiteral("mta_sts.mx"), enforce ? Status::Fail : Status::Warn, mxTitle,
            (enforce ? tr("%1 matches no mx: line of the policy; senders that enforce MTA-STS "
                          "will not deliver there.")
                     : tr("%1 matches no mx: line of the policy; in mode enforce senders would "
                          "not deliver there."))
                .arg(unmatched.join(QStringLiteral(", "))),
            tr("Add an mx: line for each MX host (or a *.domain pattern covering them), then "
               "publish a new id in the _mta-sts record."));
}

void DomainCheck::addTlsRptFindings()
{
    const QString domain = m_request.domain;
    const auto &rpt = m_result.tlsRpt;
    const QString title = tr("TLS reporting (TLS-RPT)");
    const QString id = QStringLiteral("tls_rpt.record");
    if (!rpt.lookupError.isEmpty()) {
        add(id, Status::Error, title,
            tr("The TLS-RPT record could not be read: %1").arg(rpt.lookupError),
            tr("Run the check again; if it stays, the domain's DNS is failing."));
    } else if (rpt.records == 0) {
        add(id, Status::Info, title,
            tr("%1 asks for no TLS reports: when servers cannot reach it over TLS, you are not "
               "told.")
                .arg(domain),
            tr("Publish a TXT record at _smtp._tls.%1: v=TLSRPTv1; rua=mailto:tls-reports@%1")
                .arg(domain));
    } else if (rpt.records > 1) {
        add(id, Status::Fail, title,
            tr("_smtp._tls.%1 has %2 v=TLSRPTv1 records; senders then send no reports.")
                .arg(domain)
                .arg(rpt.records),
            tr("Keep exactly one v=TLSRPTv1 record; list several addresses in its rua=, "
               "separated by commas."));
    } else if (!rpt.record.isValid()) {
        add(id, Status::Fail, title,
            tr("The TLS-RPT record is not valid: %1").arg(rpt.record.errors.join(QLatin1Char(' '))),
            tr("Publish it as v=TLSRPTv1; rua=mailto:tls-reports@%1").arg(domain));
    } else {
        add(id, Status::Pass, title,
            tr("Daily TLS reports go to %1.").arg(rpt.record.rua.join(QStringLiteral(", "))));
    }
}

void DomainCheck::addDaneFindings()
{
    if (m_result.dane.isEmpty())
        return;
    const QString title = tr("DANE (TLSA)");
    const QString id = QStringLiteral("dane.tlsa");
    QStringList secured; // usable records, DNSSEC-secure
    QStringList unusable;
    QStringList bogus;
    QStringList errors;
    QStringList unvalidated; // answers nobody validated
    int unvalidatedRecords = 0;
    QStringList none; // secure or insecure: no TLSA to use
    for (const auto &host : std::as_const(m_result.dane)) {
        if (host.dnssec == DnssecStatus::Bogus) {
            bogus << tr("%1 (%2)").arg(
                host.name, host.detail.isEmpty() ? tr("validation failed") : host.detail);
        } else if (host.status != DnsStatus::Ok && host.status != DnsStatus::NoData
                   && host.status != DnsStatus::NxDomain) {
            errors << host.detail;
        } else if (host.dnssec == DnssecStatus::Indeterminate) {
            unvalidated << host.host;
            unvalidatedRecords += int(host.tlsa.size());
        } else if (host.dnssec == DnssecStatus::Secure && !host.tlsa.isEmpty()) {
            QStringList good;
            QStringList bad;
            for (const DnsRecord &record : host.tlsa) {
                const QString why = DaneTlsa::unusableReason(record);
                if (why.isEmpty())
                    good << DaneTlsa::describe(record);
                else
                    bad << QStringLiteral("%1: %2").arg(DaneTlsa::describe(record), why);
            }
            if (!good.isEmpty())
                secured << tr("%1: %2").arg(host.host, good.join(QStringLiteral("; ")));
            if (good.isEmpty())
                unusable << tr("%1: %2").arg(host.host, bad.join(QStringLiteral("; ")));
        } else {
            none << host.host;
        }
    }
    if (!bogus.isEmpty()) {
        add(id, Status::Fail, title,
            tr("DNSSEC validation failed for %1. Senders that use DANE will not deliver to "
               "these hosts.")
                .arg(bogus.join(QStringLiteral(", "))),
            tr("Fix the DNSSEC signatures of the MX hosts' zone (an expired signature or a DS "
               "record that matches no key is the usual cause)."));
        return;
    }
    if (!errors.isEmpty() && secured.isEmpty()) {
        add(id, Status::Error, title,
            tr("The TLSA records could not be read: %1").arg(errors.join(QLatin1Char(' '))),
            tr("Run the check again; if it stays, the DNS of the MX hosts is failing."));
        return;
    }
    if (!unvalidated.isEmpty() && secured.isEmpty() && unusable.isEmpty()) {
        QString summary = tr("DANE cannot be judged: the answers for %1 were not "
                             "DNSSEC-validated, and TLSA records count only when they are.")
                              .arg(unvalidated.join(QStringLiteral(", ")));
        if (unvalidatedRecords > 0)
            summary += QLatin1Char(' ')
                + tr("TLSA records came back: %1; whether they are genuine is unknown.")
                      .arg(unvalidatedRecords);
        add(id, Status::Info, title, summary,
            tr("Run the check with DNSSEC validation (sendcheck-cli domain --dnssec) to judge "
               "DANE."));
        return;
    }
    if (!unusable.isEmpty()) {
        add(id, Status::Warn, title,
            tr("TLSA records that senders cannot use (DNSSEC-secure): %1. For those hosts DANE "
               "gives no protection.")
                .arg(unusable.join(QStringLiteral(", "))),
            tr("Publish 3 1 1 records (DANE-EE, SHA-256 of the server's public key), or 2 1 1 "
               "for the issuing CA, and keep them in step with certificate renewals."));
        return;
    }
    if (!secured.isEmpty()) {
        QString summary
            = tr("DNSSEC-secure TLSA records: %1.").arg(secured.join(QStringLiteral(", ")));
        if (!none.isEmpty() || !unvalidated.isEmpty())
            summary += QLatin1Char(' ')
                + tr("Not protected by DANE: %1.")
                      .arg((none + unvalidated).join(QStringLiteral(", ")));
        add(id, none.isEmpty() && unvalidated.isEmpty() ? Status::Pass : Status::Warn, title,
            summary,
            none.isEmpty() && unvalidated.isEmpty()
                ? QString()
                : tr("Publish TLSA records for every MX host, in a DNSSEC-signed zone."));
        return;
    }
    add(id, Status::Info, title,
        tr("No MX host has DNSSEC-secure TLSA records (%1), so senders do not use DANE; "
           "MTA-STS is the other way to require TLS.")
            .arg(none.join(QStringLiteral(", "))));
}

void DomainCheck::addBimiFindings()
{
    const QString domain = m_request.domain;
    const auto &bimi = m_result.bimi;
    const QString title = tr("BIMI record");
    const QString id = QStringLiteral("bimi.record");
    if (!bimi.lookupError.isEmpty()) {
        add(id, Status::Error, title,
            tr("The BIMI record could not be read: %1").arg(bimi.lookupError),
            tr("Run the check again; if it stays, the domain's DNS is failing."));
        return;
    }
    if (bimi.records == 0) {
        add(id, Status::Info, title,
            tr("%1 has no BIMI record (default._bimi.%1), so mail clients that support it show "
               "no brand logo. This is optional.")
                .arg(domain));
        return;
    }
    if (bimi.records > 1) {
        add(id, Status::Fail, title,
            tr("default._bimi.%1 has %2 v=BIMI1 records; receivers then show no logo.")
                .arg(domain)
                .arg(bimi.records),
            tr("Keep exactly one v=BIMI1 record."));
        return;
    }
    if (!bimi.record.isValid()) {
        add(id, Status::Fail, title,
            tr("The BIMI record is not valid: %1").arg(bimi.record.errors.join(QLatin1Char(' '))),
            tr("Publish it as v=BIMI1; l=https://<your site>/logo.svg; a=https://<your "
               "site>/certificate.pem"));
        return;
    }
    if (bimi.record.declined) {
        add(id, Status::Info, title, tr("%1 declines BIMI (empty l= and a=).").arg(domain));
        return;
    }
    if (bimi.record.authority.isEmpty())
        add(id, Status::Warn, title,
            tr("Logo: %1. There is no mark certificate (a=); Gmail and Apple Mail show the logo "
               "only with one.")
                .arg(bimi.record.logo),
            tr("Get a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC) and name it "
               "in a=."));
    else
        add(id, Status::Pass, title,
            tr("Logo: %1, mark certificate: %2.").arg(bimi.record.logo, bimi.record.authority));

    // Receivers show the logo only for mail that DMARC protects.
    const QString dmarcTitle = tr("BIMI needs DMARC enforcement");
    const DmarcRecord &dmarc = m_result.dmarc.record;
    DmarcRecord::Policy inForce = DmarcRecord::Policy::None;
    if (m_result.dmarc.found)
        inForce = dmarc.effectivePolicy(m_result.dmarc.forSubdomain)
                      .value_or(DmarcRecord::Policy::None);
    const bool enforced = inForce != DmarcRecord::Policy::None && dmarc.pct == 100;
    if (enforced)
        add(QStringLiteral("bimi.dmarc"), Status::Pass, dmarcTitle,
            tr("DMARC is at p=%1 for all mail, as BIMI requires.")
                .arg(DmarcRecord::policyName(inForce)));
    else
        add(QStringLiteral("bimi.dmarc"), Status::Warn, dmarcTitle,
            !m_result.dmarc.found ? tr("There is no DMARC record, so receivers ignore the BIMI "
                                       "record.")
                : inForce == DmarcRecord::Policy::None
                ? tr("DMARC is at p=none, so receivers ignore the BIMI record.")
                : tr("DMARC applies to only %1% of mail (pct=%1); BIMI needs 100.").arg(dmarc.pct),
            tr("Move DMARC to p=quarantine or p=reject for all mail (no pct below 100) once your "
               "reports show your own mail passes."));
}

} // namespace Sendcheck
