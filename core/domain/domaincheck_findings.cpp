// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck: what the records found mean, as DomainCheckItems. The texts are for people who
// are not DNS experts: say what was found, why it matters, and the record to publish.
#include "domaincheck.h"

#include "organizationaldomain.h"

#include "dns/dnsname.h"

namespace Sendcheck {

using Status = DomainCheckItem::Status;

namespace {

bool treeIncludes(const SpfNode &node, const QString &include)
{
    for (const SpfNode &child : node.children) {
        if (child.via.startsWith(QLatin1String("include:"), Qt::CaseInsensitive)
            && DnsName::equal(child.domain, include))
            return true;
        if (treeIncludes(child, include))
            return true;
    }
    return false;
}

// The record with `term` put before its "all" or "redirect=", else at the end.
QString withTerm(const QString &record, const QString &term)
{
    QStringList terms = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int at = int(terms.size());
    for (int i = 1; i < terms.size(); ++i) {
        const QString t = terms.at(i).toLower();
        if (t.endsWith(QLatin1String("all")) || t.startsWith(QLatin1String("redirect="))) {
            at = i;
            break;
        }
    }
    terms.insert(at, term);
    return terms.join(QLatin1Char(' '));
}

PublishRecord txtRecord(const QString &name, const QString &text)
{
    return PublishRecord {QStringLiteral("TXT"), name, text, QString(), true};
}

} // namespace

void DomainCheck::addSpfFindings()
{
    const QString domain = m_request.domain;
    const SpfResult &spf = m_result.spf;
    const SpfNode &root = spf.tree;
    const QString title = tr("SPF record");

    // A record proposal for a domain with none.
    QString proposal = QStringLiteral("v=spf1");
    const DomainDns *dns = providerDns();
    if (dns && !dns->spfInclude.isEmpty() && dns->spfPlacement == DomainDns::SpfPlacement::Domain)
        proposal += QStringLiteral(" include:") + dns->spfInclude;
    if (!m_request.ip.isNull())
        proposal
            += (m_request.ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral(" ip6:")
                                                                         : QStringLiteral(" ip4:"))
            + m_request.ip.toString();
    const bool proposalKnowsSender = proposal != QLatin1String("v=spf1");
    proposal += QStringLiteral(" ~all");

    bool recordUsable = false;
    if (root.record.isEmpty() && root.result == SpfResultCode::TempError) {
        add(QStringLiteral("spf.record"), Status::Error, title,
            tr("The SPF record could not be read: %1").arg(root.error),
            tr("Check that the nameserver answers (and the domain's DNS hosting works), then "
               "run the check again."));
    } else if (root.record.isEmpty()) {
        add(QStringLiteral("spf.record"), Status::Fail, title,
            tr("%1 has no SPF record. Receivers cannot tell which servers may send its mail, "
               "and many put such mail in spam.")
                .arg(domain),
            proposalKnowsSender
                ? tr("Publish this TXT record at %1.").arg(domain)
                : tr("Publish a TXT record at %1 naming the servers that send its mail, e.g. the "
                     "include your mail provider gives you: v=spf1 include:<provider> ~all.")
                      .arg(domain),
            proposalKnowsSender ? txtRecord(domain, proposal) : PublishRecord());
    } else if (root.result == SpfResultCode::PermError && root.lookups == 0
               && root.children.isEmpty() && !root.error.isEmpty()) {
        add(QStringLiteral("spf.record"), Status::Fail, title,
            tr("The SPF record of %1 is not valid, so receivers ignore it (permerror): %2")
                .arg(domain, root.error),
            tr("Fix the record: there must be exactly one TXT record starting with v=spf1, and "
               "every term in it must be valid."));
    } else {
        recordUsable = true;
        add(QStringLiteral("spf.record"), Status::Pass, title,
            tr("%1 has one valid SPF record: %2").arg(domain, root.record));
    }
    addSpfRecordFindings(recordUsable);
    addSpfResultFindings();
    if (recordUsable)
        addSpfProviderFindings();
}

void DomainCheck::addSpfRecordFindings(bool recordUsable)
{
    if (!recordUsable)
        return;
    const QString domain = m_request.domain;
    const SpfResult &spf = m_result.spf;
    const SpfNode &root = spf.tree;

    // Include and redirect targets.
    if (!root.children.isEmpty()) {
        const QString includesTitle = tr("SPF includes");
        if (spf.result == SpfResultCode::PermError && spf.dnsLookups <= SpfEvaluator::lookupLimit
            && spf.voidLookups <= SpfEvaluator::voidLookupLimit)
            add(QStringLiteral("spf.includes"), Status::Fail, includesTitle,
                tr("A record reached through include or redirect is broken, so receivers get a "
                   "permanent error: %1")
                    .arg(spf.error),
                tr("Remove or correct the include; the provider's documentation gives the "
                   "current name."));
        else if (spf.result == SpfResultCode::TempError)
            add(QStringLiteral("spf.includes"), Status::Error, includesTitle,
                tr("Not every included record could be read: %1").arg(spf.error),
                tr("Run the check again; if it stays, the included domain's DNS is failing."));
        else
            add(QStringLiteral("spf.includes"), Status::Pass, includesTitle,
                tr("Every included record was found and is valid."));
    }

    // The lookup limit.
    const QString lookupsTitle = tr("SPF DNS lookups");
    if (spf.dnsLookups > SpfEvaluator::lookupLimit)
        add(QStringLiteral("spf.lookups"), Status::Fail, lookupsTitle,
            tr("Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists, "
               "redirect); receivers stop at %2 and treat SPF as broken (permerror).")
                .arg(spf.dnsLookups)
                .arg(SpfEvaluator::lookupLimit),
            tr("Drop includes of services you no longer use, replace a and mx by ip4:/ip6: "
               "ranges, or ask your providers for a flattened include."));
    else if (spf.voidLookups > SpfEvaluator::voidLookupLimit)
        add(QStringLiteral("spf.lookups"), Status::Fail, lookupsTitle,
            tr("%1 of the record's lookups find nothing; receivers allow %2 and then treat SPF "
               "as broken.")
                .arg(spf.voidLookups)
                .arg(SpfEvaluator::voidLookupLimit),
            tr("Remove the terms that name domains without records."));
    else if (spf.dnsLookups >= SpfEvaluator::lookupLimit - 1)
        add(QStringLiteral("spf.lookups"), Status::Warn, lookupsTitle,
            tr("The record needs %1 of the %2 DNS lookups allowed: one more include breaks it.")
                .arg(spf.dnsLookups)
                .arg(SpfEvaluator::lookupLimit),
            tr("Make room before adding another provider: drop unused includes."));
    else
        add(QStringLiteral("spf.lookups"), Status::Pass, lookupsTitle,
            tr("The record needs %1 of the %2 DNS lookups allowed.")
                .arg(spf.dnsLookups)
                .arg(SpfEvaluator::lookupLimit));

    // How the record ends.
    const SpfRecord record = SpfRecord::parse(root.record.toLatin1());
    const SpfTerm *all = nullptr;
    for (const SpfTerm &term : record.terms) {
        if (term.isMechanism() && term.name == QLatin1String("all"))
            all = &term;
    }
    const QString allTitle = tr("SPF default");
    if (!all && record.modifier(QStringLiteral("redirect"))) {
        add(QStringLiteral("spf.all"), Status::Info, allTitle,
            tr("The record hands the decision to another domain (redirect=)."));
    } else if (!all || all->qualifier == QLatin1Char('?')) {
        add(QStringLiteral("spf.all"), Status::Warn, allTitle,
            tr("The record does not say what to do with mail from other servers (no ~all or "
               "-all), so forged mail gets a neutral result."),
            tr("End the record with ~all (or -all once you are sure every sender is listed)."));
    } else if (all->qualifier == QLatin1Char('+')) {
        add(QStringLiteral("spf.all"), Status::Fail, allTitle,
            tr("The record ends in +all: every server in the world may send as %1.").arg(domain),
            tr("Replace +all by ~all."));
    } else {
        add(QStringLiteral("spf.all"), Status::Pass, allTitle,
            all->qualifier == QLatin1Char('-')
                ? tr("Mail from servers not listed fails SPF (-all).")
                : tr("Mail from servers not listed gets a soft fail (~all)."));
    }
}

void DomainCheck::addSpfResultFindings()
{
    // The address given.
    if (m_result.spfForIp) {
        const SpfResult &r = *m_result.spfForIp;
        const QString ip = m_request.ip.toString();
        const QString resultTitle = tr("SPF for %1").arg(ip);
        const QString identity = r.domain;
        switch (r.result) {
        case SpfResultCode::Pass:
            add(QStringLiteral("spf.result"), Status::Pass, resultTitle,
                tr("%1 may send for %2 (SPF pass).").arg(ip, identity));
            break;
        case SpfResultCode::Fail:
            add(QStringLiteral("spf.result"), Status::Fail, resultTitle,
                tr("%1 is not allowed to send for %2 (SPF fail); receivers may reject the mail.")
                        .arg(ip, identity)
                    + (r.explanation.isEmpty()
                           ? QString()
                           : QLatin1Char(' ') + tr("The domain explains: %1").arg(r.explanation)),
                tr("Add the server to the SPF record of %1 (its provider's include, or "
                   "ip4:/ip6: with its address).")
                    .arg(identity),
                txtRecord(identity,
                          withTerm(r.record.isEmpty() ? QStringLiteral("v=spf1 ~all") : r.record,
                                   (m_request.ip.protocol() == QAbstractSocket::IPv6Protocol
                                        ? QStringLiteral("ip6:")
                                        : QStringLiteral("ip4:"))
                                       + ip)));
            break;
        case SpfResultCode::SoftFail:
        case SpfResultCode::Neutral:
        case SpfResultCode::None:
            add(QStringLiteral("spf.result"), Status::Warn, resultTitle,
                tr("SPF does not vouch for %1 sending for %2 (%3): the mail counts as "
                   "unauthenticated unless DKIM passes.")
                    .arg(ip, identity, spfResultName(r.result)),
                tr("Add the server to the SPF record of %1.").arg(identity));
            break;
        case SpfResultCode::PermError:
            add(QStringLiteral("spf.result"), Status::Fail, resultTitle,
                tr("SPF is broken for %1 (permerror): %2").arg(identity, r.error),
                tr("Fix the SPF record; receivers treat a broken one like none, or worse."));
            break;
        case SpfResultCode::TempError:
            add(QStringLiteral("spf.result"), Status::Error, resultTitle,
                tr("SPF could not be checked (temperror): %1").arg(r.error),
                tr("Run the check again; if it stays, the domain's DNS is failing."));
            break;
        }
    }
}

void DomainCheck::addSpfProviderFindings()
{
    const QString domain = m_request.domain;
    const SpfResult &spf = m_result.spf;
    const SpfNode &root = spf.tree;
    const DomainDns *dns = providerDns();
    if (!dns)
        return;
    const QString name = m_request.provider->name;
    const QString includeTitle = tr("SPF include for %1").arg(name);
    const QString notes = [dns] {
        QStringList out;
        for (const QString &note : dns->notes)
            out << DomainDns::translated(note);
        return out.join(QLatin1Char(' '));
    }();
    const QString include = dns->spfInclude;
    switch (dns->spfPlacement) {
    case DomainDns::SpfPlacement::None:
        add(QStringLiteral("spf.provider_include"), Status::Info, includeTitle,
            notes.isEmpty() ? tr("%1 needs no SPF include in your record.").arg(name) : notes);
        return;
    case DomainDns::SpfPlacement::MailFrom:
        add(QStringLiteral("spf.provider_include"), Status::Info, includeTitle,
            tr("%1's SPF include (include:%2) belongs in the SPF record of your MAIL FROM "
               "subdomain, not in the record of %3; the records to publish show it.")
                .arg(name, include, domain));
        return;
    case DomainDns::SpfPlacement::Optional:
        if (treeIncludes(root, include))
            add(QStringLiteral("spf.provider_include"), Status::Pass, includeTitle,
                tr("The record includes %1.").arg(include));
        else
            add(QStringLiteral("spf.provider_include"), Status::Info, includeTitle,
                tr("include:%1 is optional: %2's return path carries SPF for your mail.")
                        .arg(include, name)
                    + (notes.isEmpty() ? QString() : QLatin1Char(' ') + notes));
        return;
    case DomainDns::SpfPlacement::Domain:
        break;
    }
    if (include.isEmpty()) {
        add(QStringLiteral("spf.provider_include"), Status::Info, includeTitle,
            notes.isEmpty() ? tr("%1 has no fixed SPF include to check.").arg(name) : notes);
    } else if (treeIncludes(root, include)) {
        add(QStringLiteral("spf.provider_include"), Status::Pass, includeTitle,
            tr("The record includes %1.").arg(include));
    } else {
        const QString merged = withTerm(root.record, QStringLiteral("include:") + include);
        // What the merged record costs: the include itself, and the lookups inside it.
        const std::optional<SpfResult> &own = m_result.providerIncludeSpf;
        const bool costKnown
            = own && !own->tree.record.isEmpty() && own->result != SpfResultCode::TempError;
        const int total = spf.dnsLookups + 1 + (costKnown ? own->dnsLookups : 0);
        const bool fits = total <= SpfEvaluator::lookupLimit;
        QString summary = tr("The record does not include %1, so mail sent through %2 fails "
                             "SPF.")
                              .arg(include, name);
        if (dns->spfCheckWithProvider)
            summary += QLatin1Char(' ')
                + tr("(This include is what other domains publish; check it in %1's "
                     "documentation.)")
                      .arg(name);
        QString why;
        if (!fits)
            why = tr("Your record with include:%1 added would need %2 DNS lookups, more than "
                     "the %3 receivers allow: remove includes you no longer use (or replace "
                     "them by ip4:/ip6: ranges) before publishing it.")
                      .arg(include)
                      .arg(total)
                      .arg(SpfEvaluator::lookupLimit);
        else if (costKnown)
            why = tr("Your record with include:%1 added; it needs %2 of the %3 DNS lookups "
                     "allowed.")
                      .arg(include)
                      .arg(total)
                      .arg(SpfEvaluator::lookupLimit);
        else
            why = tr("Your record with include:%1 added; it needs at least %2 of the %3 DNS "
                     "lookups allowed (the include could not be read to count its own).")
                      .arg(include)
                      .arg(total)
                      .arg(SpfEvaluator::lookupLimit);
        PublishRecord record = txtRecord(domain, merged);
        record.why = why;
        add(QStringLiteral("spf.provider_include"), Status::Fail, includeTitle, summary,
            fits ? tr("Replace the record by this one (your record with the include added).")
                 : tr("Add include:%1, and make room first: with it the record would need %2 "
                      "lookups, more than %3.")
                       .arg(include)
                       .arg(total)
                       .arg(SpfEvaluator::lookupLimit),
            record);
    }
}

void DomainCheck::addDkimFindings()
{
    const QString domain = m_request.domain;
    QStringList found;
    QStringList wanted;
    QStringList errors;
    for (const auto &entry : std::as_const(m_result.dkim)) {
        if (entry.found)
            found << entry.selector;
        if (entry.userSelector || entry.providerSelector)
            wanted << entry.selector;
        if (!entry.lookupError.isEmpty())
            errors << entry.lookupError;
    }
    const QString title = tr("DKIM selector");
    if (!found.isEmpty()) {
        QStringList missing;
        for (const QString &selector : std::as_const(wanted)) {
            if (!found.contains(selector))
                missing << selector;
        }
        QString summary = tr("DKIM key found at: %1.").arg(found.join(QStringLiteral(", ")));
        if (!missing.isEmpty())
            summary += QLatin1Char(' ')
                + tr("None at: %1 (fine if your provider signs with one of the others).")
                      .arg(missing.join(QStringLiteral(", ")));
        add(QStringLiteral("dkim.selector"), Status::Pass, title, summary);
    } else if (!errors.isEmpty()) {
        add(QStringLiteral("dkim.selector"), Status::Error, title,
            tr("DKIM keys could not be looked up: %1").arg(errors.first()),
            tr("Run the check again; if it stays, the domain's DNS is failing."));
    } else if (!wanted.isEmpty()) {
        add(QStringLiteral("dkim.selector"), Status::Fail, title,
            tr("No DKIM key at %1 (looked at %2._domainkey.%3). Mail is not signed for %3, or "
               "receivers cannot check the signature.")
                .arg(wanted.join(QStringLiteral(", ")), wanted.first(), domain),
            tr("Publish the DKIM record your mail provider gives you (a TXT record, or the "
               "CNAME records it names) at <selector>._domainkey.%1.")
                .arg(domain));
    } else {
        add(QStringLiteral("dkim.selector"), Status::Warn, title,
            tr("No DKIM key found at the common selector names. Your provider may use its own "
               "name."),
            tr("Look up the selector in your provider's settings (or in the DKIM-Signature "
               "header of a sent message, s=) and check it with --dkim-selector."));
    }

    if (found.isEmpty())
        return;
    Status worst = Status::Pass;
    QStringList notes;
    QString fix;
    const auto lower = [&worst](Status status) {
        const auto rank = [](Status s) {
            return s == Status::Fail ? 3 : s == Status::Warn ? 2 : s == Status::Pass ? 1 : 0;
        };
        if (rank(status) > rank(worst))
            worst = status;
    };
    for (const auto &entry : std::as_const(m_result.dkim)) {
        if (!entry.found)
            continue;
        const DkimKey &key = entry.key;
        if (!key.errors.isEmpty()) {
            lower(Status::Fail);
            notes << tr("%1: %2").arg(entry.selector, key.errors.join(QLatin1Char(' ')));
            fix = tr("Publish the key record exactly as your provider gives it.");
            continue;
        }
        if (key.revoked) {
            lower(Status::Warn);
            notes << tr("%1: revoked (empty p=); mail signed with it fails DKIM.")
                         .arg(entry.selector);
            continue;
        }
        QString note = key.type == DkimKey::Type::Ed25519
            ? tr("%1: Ed25519 key").arg(entry.selector)
            : tr("%1: RSA key of %2 bits").arg(entry.selector).arg(key.bits);
        if (key.type == DkimKey::Type::Rsa && key.bits < 1024) {
            lower(Status::Fail);
            note += QStringLiteral(", ")
                + tr("too short: receivers ignore RSA keys under 1024 "
                     "bits (RFC 8301)");
            fix = tr("Make a new key of 2048 bits with your provider and publish it.");
        } else if (key.type == DkimKey::Type::Rsa && key.bits < 2048) {
            lower(Status::Warn);
            note += QStringLiteral(", ") + tr("accepted, but 2048 bits is recommended");
            if (fix.isEmpty())
                fix = tr("Switch to a 2048-bit key when your provider offers it.");
        } else {
            lower(Status::Pass);
        }
        if (!key.warnings.isEmpty()) {
            lower(Status::Warn);
            note += QStringLiteral("; ") + key.warnings.join(QLatin1Char(' '));
        }
        notes << note;
    }
    add(QStringLiteral("dkim.key"), worst, tr("DKIM key"), notes.join(QStringLiteral(". ")) + u'.',
        worst == Status::Pass ? QString() : fix);
}

void DomainCheck::addDmarcFindings()
{
    const QString domain = m_request.domain;
    const DmarcDiscovery &dmarc = m_result.dmarc;
    const QString title = tr("DMARC record");
    const QString firstRecord = QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@%1")
                                    .arg(dmarc.orgDomain.isEmpty() ? domain : dmarc.orgDomain);
    if (dmarc.temporary) {
        add(QStringLiteral("dmarc.record"), Status::Error, title,
            tr("The DMARC record could not be read: %1").arg(dmarc.error),
            tr("Run the check again; if it stays, the domain's DNS is failing."));
        return;
    }
    if (!dmarc.error.isEmpty()) {
        add(QStringLiteral("dmarc.record"), Status::Fail, title, dmarc.error,
            tr("Keep one record starting with v=DMARC1 at %1 and delete the others.")
                .arg(dmarc.foundAt));
        return;
    }
    if (!dmarc.found) {
        const QString where = dmarc.orgDomain == domain
            ? QStringLiteral("_dmarc.") + domain
            : tr("%1 or %2")
                  .arg(QStringLiteral("_dmarc.") + domain,
                       QStringLiteral("_dmarc.") + dmarc.orgDomain);
        add(QStringLiteral("dmarc.record"), Status::Warn, title,
            tr("No DMARC record at %1. Gmail, Yahoo and Outlook.com require one from bulk "
               "senders, and without it nobody tells you who sends mail in your name.")
                .arg(where),
            tr("Publish this first DMARC record: it changes nothing for delivery and sends you "
               "reports (change the address to one you read)."),
            txtRecord(QStringLiteral("_dmarc.") + dmarc.orgDomain, firstRecord));
        add(QStringLiteral("dmarc.alignment"), Status::Info, tr("DMARC alignment"),
            tr("Without a DMARC record, receivers do not check alignment for %1.").arg(domain));
        return;
    }
    const DmarcRecord &record = dmarc.record;
    if (!record.isValid()) {
        add(QStringLiteral("dmarc.record"), Status::Fail, title,
            tr("The DMARC record at %1 has errors: %2")
                .arg(dmarc.foundAt, record.errors.join(QLatin1Char(' '))),
            tr("Correct the record, for example start from this one."),
            txtRecord(dmarc.foundAt, firstRecord));
    } else {
        add(QStringLiteral("dmarc.record"), Status::Pass, title,
            dmarc.forSubdomain
                ? tr("%1 is covered by the record of its organizational domain at %2: %3")
                      .arg(domain, dmarc.foundAt, record.record)
                : tr("DMARC record at %1: %2").arg(dmarc.foundAt, record.record));
    }

    // The policy in force.
    const auto policy = record.effectivePolicy(dmarc.forSubdomain);
    const QString policyTitle = tr("DMARC policy");
    if (!policy) {
        add(QStringLiteral("dmarc.policy"), Status::Fail, policyTitle,
            tr("The record sets no valid policy, so receivers ignore it."),
            tr("Add p=none (then quarantine, then reject)."));
    } else if (*policy == DmarcRecord::Policy::None) {
        add(QStringLiteral("dmarc.policy"), Status::Warn, policyTitle,
            tr("p=none: receivers only report; mail that fails DMARC is delivered as usual, "
               "forged mail included.")
                + (record.warnings.isEmpty() ? QString()
                                             : QLatin1Char(' ') + record.warnings.join(u' ')),
            tr("When the reports show that all your own mail passes, move to p=quarantine, then "
               "p=reject."));
    } else {
        add(QStringLiteral("dmarc.policy"),
            record.pct < 100 || !record.warnings.isEmpty() ? Status::Warn : Status::Pass,
            policyTitle,
            tr("p=%1: mail that fails DMARC is %2.")
                    .arg(DmarcRecord::policyName(*policy),
                         *policy == DmarcRecord::Policy::Reject ? tr("refused") : tr("put in spam"))
                + (record.warnings.isEmpty() ? QString()
                                             : QLatin1Char(' ') + record.warnings.join(u' ')),
            record.pct < 100 ? tr("Raise pct to 100 once the reports are clean.") : QString());
    }

    // Alignment: will SPF or DKIM pass for the From domain?
    const QString mailFromDomain = m_request.mailFrom.contains(QLatin1Char('@'))
        ? DnsName::normalized(m_request.mailFrom.section(QLatin1Char('@'), -1))
        : domain;
    const bool spfAligned = OrganizationalDomain::aligned(mailFromDomain, domain, record.strictSpf);
    bool dkimKey = false;
    for (const auto &entry : std::as_const(m_result.dkim))
        dkimKey = dkimKey || (entry.found && entry.key.isUsable());
    // Empty when no address was given: then nobody knows whether SPF passes.
    const std::optional<bool> spfPasses = m_result.spfForIp
        ? std::optional<bool>(m_result.spfForIp->result == SpfResultCode::Pass)
        : std::nullopt;
    const QString alignmentTitle = tr("DMARC alignment");
    const QString outcome = *policy == DmarcRecord::Policy::Reject ? tr("refused")
        : *policy == DmarcRecord::Policy::Quarantine               ? tr("put in spam")
                                                                   : tr("reported");
    QStringList why;
    if (!spfAligned)
        why << tr("SPF checks %1, which does not match %2%3, so SPF cannot carry DMARC.")
                   .arg(mailFromDomain, domain,
                        record.strictSpf ? tr(" exactly (aspf=s)") : QString());
    else if (spfPasses == false)
        why << tr("SPF does not pass for the address given, so SPF cannot carry DMARC.");
    if (spfAligned && spfPasses == true) {
        add(QStringLiteral("dmarc.alignment"), Status::Pass, alignmentTitle,
            tr("SPF passes for %1 and matches the From domain, so DMARC passes.").arg(domain));
    } else if (dkimKey) {
        why << tr("A DKIM key is published for %1: DMARC passes when the provider signs with "
                  "d=%1.")
                   .arg(domain);
        add(QStringLiteral("dmarc.alignment"),
            spfAligned && !spfPasses.has_value() ? Status::Pass : Status::Warn, alignmentTitle,
            why.join(QLatin1Char(' ')),
            spfAligned ? QString()
                       : tr("Make sure your provider signs with your domain (d=%1), not its "
                            "own.")
                             .arg(domain));
    } else {
        why << tr("No DKIM key was found for %1.").arg(domain);
        add(QStringLiteral("dmarc.alignment"),
            spfAligned && !spfPasses.has_value() ? Status::Warn : Status::Fail, alignmentTitle,
            why.join(QLatin1Char(' ')) + QLatin1Char(' ')
                + (spfAligned && !spfPasses.has_value()
                       ? tr("DMARC then rests on SPF alone; mail forwarded by others fails.")
                       : tr("Mail from %1 fails DMARC and is %2.").arg(domain, outcome)),
            tr("Set up DKIM signing with your domain at your provider and publish its key; "
               "send with a MAIL FROM address in %1.")
                .arg(domain));
    }
}

void DomainCheck::addMxFindings()
{
    const QString domain = m_request.domain;
    const QString title = tr("MX records");
    if (m_mxAnswer.isError() && m_mxAnswer.status != DnsStatus::InvalidName) {
        add(QStringLiteral("mx.records"), Status::Error, title,
            tr("The MX records could not be read: %1").arg(m_mxAnswer.describe()),
            tr("Run the check again; if it stays, the domain's DNS is failing."));
        return;
    }
    if (m_mxAnswer.status == DnsStatus::NxDomain) {
        add(QStringLiteral("mx.records"), Status::Fail, title,
            tr("%1 does not exist in DNS. Receivers refuse mail from domains that do not exist.")
                .arg(domain),
            tr("Check the spelling, or register the domain and set up its DNS."));
        return;
    }
    const MxRecords &mx = m_result.mx;
    if (mx.nullMx) {
        add(QStringLiteral("mx.records"), Status::Fail, title,
            tr("%1 publishes a null MX (RFC 7505): it says it takes no mail. Receivers may "
               "refuse mail from it, and replies cannot reach it.")
                .arg(domain),
            tr("Remove the \"0 .\" MX record and publish the MX records of your mailbox "
               "provider."));
        return;
    }
    if (mx.hosts.isEmpty() && mx.errors.isEmpty()) {
        add(QStringLiteral("mx.records"), Status::Warn, title,
            tr("%1 has no MX records: replies and bounces go to its address record, if any, "
               "and some receivers distrust senders that cannot receive.")
                .arg(domain),
            tr("Publish the MX records of your mailbox provider."));
        return;
    }
    QStringList problems = mx.errors;
    Status status = mx.errors.isEmpty() ? Status::Pass : Status::Fail;
    for (const MxRecords::Host &host : mx.hosts) {
        const auto state = m_mxHosts.value(host.host);
        if (host.ipLiteral)
            continue;
        if (!state.error.isEmpty()) {
            problems << tr("%1 could not be looked up: %2").arg(host.host, state.error);
            if (status == Status::Pass)
                status = Status::Error;
        } else if (!state.hasAddress) {
            problems << tr("%1 has no address, so nobody can deliver to it.").arg(host.host);
            status = Status::Fail;
        }
        if (state.alias) {
            problems << tr("%1 is an alias (CNAME) of %2; an MX must name the host itself (RFC "
                           "2181 10.3), some senders refuse it.")
                            .arg(host.host, state.aliasTarget);
            if (status == Status::Pass)
                status = Status::Warn;
        }
    }
    QStringList list;
    for (const MxRecords::Host &host : mx.hosts)
        list << QStringLiteral("%1 %2").arg(host.preference).arg(host.host);
    QString summary = tr("MX: %1.").arg(list.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        summary += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    add(QStringLiteral("mx.records"), status, title, summary,
        status == Status::Pass ? QString()
                               : tr("Point every MX at a host name with an address record "
                                    "(A/AAAA), not at an IP address or an alias."));
}

} // namespace Sendcheck
