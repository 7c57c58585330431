// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck: the 2024 Gmail and Yahoo requirements for bulk senders (about 5,000 messages a
// day or more to Gmail; Outlook.com asks the same since 2025) as a checklist. What DNS shows is
// checked (SPF, DKIM, DMARC, alignment); the rest is named with where it is checked. These rows
// only warn: they repeat what the checks above found, for the senders the rules apply to, and
// never change whether the domain check as a whole fails.
#include "domaincheck.h"

namespace Sendcheck {

using Status = DomainCheckItem::Status;

void DomainCheck::addBulkSenderFindings()
{
    const auto statusOf = [this](const QString &id) {
        const DomainCheckItem *item = m_result.check(id);
        return item ? std::optional<Status>(item->status) : std::nullopt;
    };
    const auto metOrWarn = [](bool met) { return met ? Status::Pass : Status::Warn; };

    // SPF: a valid record that does not break on its lookups.
    const bool spfOk = statusOf(QStringLiteral("spf.record")) == Status::Pass
        && statusOf(QStringLiteral("spf.lookups")) != Status::Fail
        && statusOf(QStringLiteral("spf.includes")) != Status::Fail;
    add(QStringLiteral("bulk.gmail_yahoo.spf"), metOrWarn(spfOk), tr("Bulk senders: SPF"),
        spfOk ? tr("SPF is set up: Gmail and Yahoo require it from bulk senders.")
              : tr("Gmail and Yahoo require a valid SPF record from bulk senders; the SPF checks "
                   "above say what is wrong."),
        spfOk ? QString() : tr("Fix the SPF record first (see the SPF checks)."));

    // DKIM: a usable key.
    bool dkimOk = false;
    for (const auto &entry : std::as_const(m_result.dkim))
        dkimOk = dkimOk || (entry.found && entry.key.isUsable());
    add(QStringLiteral("bulk.gmail_yahoo.dkim"), metOrWarn(dkimOk), tr("Bulk senders: DKIM"),
        dkimOk ? tr("A DKIM key is published: Gmail and Yahoo require DKIM signing from bulk "
                    "senders (Gmail: a key of at least 1024 bits, 2048 recommended).")
               : tr("No usable DKIM key was found. Gmail and Yahoo require bulk senders to sign "
                    "with DKIM."),
        dkimOk ? QString()
               : tr("Set up DKIM signing at your provider and publish its key (see the records "
                    "to publish)."));

    // DMARC: a record with at least p=none.
    const bool dmarcOk = statusOf(QStringLiteral("dmarc.record")) == Status::Pass
        && statusOf(QStringLiteral("dmarc.policy")) != Status::Fail;
    add(QStringLiteral("bulk.gmail_yahoo.dmarc"), metOrWarn(dmarcOk), tr("Bulk senders: DMARC"),
        dmarcOk ? tr("A DMARC record is published; p=none is enough for Gmail and Yahoo.")
                : tr("Gmail and Yahoo require bulk senders to publish a DMARC record (p=none is "
                     "enough)."),
        dmarcOk ? QString()
                : tr("Publish the first DMARC record shown in the records to publish."));

    // Alignment: the From domain matches the SPF or DKIM domain.
    const auto alignment = statusOf(QStringLiteral("dmarc.alignment"));
    const bool aligned = alignment == Status::Pass;
    add(QStringLiteral("bulk.gmail_yahoo.alignment"), metOrWarn(aligned),
        tr("Bulk senders: alignment"),
        aligned ? tr("The From domain lines up with SPF or DKIM, as Gmail and Yahoo require.")
            : alignment == Status::Info
            ? tr("Without a DMARC record alignment is not checked; Gmail and Yahoo require the "
                 "From domain to line up with SPF or DKIM.")
            : tr("Gmail and Yahoo require the From domain to line up with the SPF or the DKIM "
                 "domain; the DMARC alignment check says why it may not."),
        aligned ? QString() : tr("See the DMARC alignment check."));

    // What DNS of the domain cannot show.
    add(QStringLiteral("bulk.gmail_yahoo.ptr"), Status::Info, tr("Bulk senders: reverse DNS"),
        tr("The sending server's IP address needs a PTR name whose address points back to it "
           "(forward-confirmed reverse DNS). This is a property of the server, checked by "
           "`sendcheck-cli server`."));
    add(QStringLiteral("bulk.gmail_yahoo.tls"), Status::Info, tr("Bulk senders: TLS"),
        tr("Cannot be checked from DNS. Gmail requires TLS on the connection that delivers "
           "your mail to it; that is your provider's server. A test send shows the TLS of your "
           "own connection to it."));
    add(QStringLiteral("bulk.gmail_yahoo.unsubscribe"), Status::Info,
        tr("Bulk senders: one-click unsubscribe"),
        tr("Cannot be checked from DNS. Marketing mail needs one-click unsubscribe: the headers "
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click and an https List-Unsubscribe "
           "(RFC 8058), and a visible link in the message; unsubscribes must be honoured "
           "within two days."));
    add(QStringLiteral("bulk.gmail_yahoo.spam_rate"), Status::Info, tr("Bulk senders: spam rate"),
        tr("Cannot be checked from DNS. Keep the spam rate reported in Google Postmaster Tools "
           "below 0.3%; above it Gmail rejects or delays mail."));
}

} // namespace Sendcheck
