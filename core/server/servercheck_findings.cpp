// SPDX-License-Identifier: GPL-3.0-or-later
// The findings of a ServerCheck: what the lookups and the SMTP dialog mean, in plain words.
#include "servercheck.h"

#include "dns/dnsname.h"

#include <QRegularExpression>

namespace Sendcheck {

namespace {

using Status = DomainCheckItem::Status;

// Status by how bad: the worst of several wins.
int rank(Status status)
{
    switch (status) {
    case Status::Pass:
        return 0;
    case Status::Info:
        return 1;
    case Status::Warn:
        return 2;
    case Status::Error:
        return 3;
    case Status::Fail:
        return 4;
    }
    return 0;
}

Status worst(Status a, Status b)
{
    return rank(a) >= rank(b) ? a : b;
}

// A PTR name an ISP gives to a whole range of home or dynamic addresses: it contains the
// address's digits ("192-0-2-25", "25.2.0.192") or a word such ranges use.
bool looksGeneric(const QString &name, const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const QStringList octets {QString::number(v4 >> 24), QString::number((v4 >> 16) & 0xff),
                                  QString::number((v4 >> 8) & 0xff), QString::number(v4 & 0xff)};
        QStringList reversed = octets;
        std::reverse(reversed.begin(), reversed.end());
        for (const QString &separator : {QStringLiteral("-"), QStringLiteral(".")}) {
            if (name.contains(octets.join(separator)) || name.contains(reversed.join(separator)))
                return true;
        }
    }
    static const QRegularExpression words(
        QStringLiteral("(^|[.-])(dyn|dynamic|dsl|adsl|dhcp|pool|cable|ppp|pppoe|dialup|client|"
                       "customer|broadband|static-ip|ip-\\d+)([.-]|\\d|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch();
}

// The first word after the code of a greeting or EHLO line: the name the server gives itself.
QString announcedName(const std::optional<SmtpReply> &reply)
{
    if (!reply || reply->lines.isEmpty())
        return QString();
    return DnsName::normalized(
        reply->lines.first().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty));
}

} // namespace

void ServerCheck::addAddressFindings()
{
    const QString title = tr("Address of the server");
    if (m_hostIsAddress) {
        add(QStringLiteral("host.address"), Status::Info, title,
            tr("The server was given as the address %1.").arg(m_request.host));
        return;
    }
    QStringList texts;
    for (const QHostAddress &address : std::as_const(m_hostAddresses))
        texts << address.toString();
    if (!texts.isEmpty()) {
        add(QStringLiteral("host.address"), Status::Pass, title,
            tr("%1 has the address(es) %2.", nullptr, int(texts.size()))
                .arg(m_request.host, texts.join(QStringLiteral(", "))));
    } else if (!m_hostErrors.isEmpty()) {
        add(QStringLiteral("host.address"), Status::Error, title,
            tr("The addresses of %1 could not be looked up: %2")
                .arg(m_request.host, m_hostErrors.join(QStringLiteral("; "))),
            tr("Try again later or ask another nameserver (--nameserver); if it stays, the "
               "domain's DNS is not answering."));
    } else {
        add(QStringLiteral("host.address"), Status::Fail, title,
            tr("%1 has no address (no A or AAAA record).").arg(m_request.host),
            tr("Check the spelling, or publish an A record for %1 with the server's address.")
                .arg(m_request.host));
    }
}

void ServerCheck::addPtrFindings()
{
    const QString ptrTitle = tr("Reverse DNS (PTR)");
    const QString fcrdnsTitle = tr("Forward-confirmed reverse DNS");
    if (m_result.addresses.isEmpty()) {
        add(QStringLiteral("ptr.record"), Status::Info, ptrTitle,
            tr("Not checked: there is no address to look up."));
        add(QStringLiteral("ptr.fcrdns"), Status::Info, fcrdnsTitle,
            tr("Not checked: there is no address to look up."));
        return;
    }
    Status ptrStatus = Status::Pass;
    Status fcStatus = Status::Pass;
    QStringList ptrTexts;
    QStringList fcTexts;
    QStringList missing;
    QStringList generic;
    QStringList unconfirmed;
    for (const QHostAddress &address : std::as_const(m_result.addresses)) {
        const Reverse reverse = m_reverse.value(address.toString());
        const QString ip = address.toString();
        if (reverse.ptr.isError()) {
            ptrStatus = worst(ptrStatus, Status::Error);
            ptrTexts
                << tr("The PTR of %1 could not be looked up: %2").arg(ip, reverse.ptr.describe());
            fcStatus = worst(fcStatus, Status::Error);
            fcTexts << tr("%1: not confirmed, its PTR could not be looked up.").arg(ip);
            continue;
        }
        if (reverse.names.isEmpty()) {
            ptrStatus = worst(ptrStatus, Status::Fail);
            ptrTexts << tr("%1 has no reverse DNS (no PTR record).").arg(ip);
            missing << ip;
            fcStatus = worst(fcStatus, Status::Fail);
            fcTexts << tr("%1: nothing to confirm without a PTR name.").arg(ip);
            continue;
        }
        ptrTexts << tr("%1 points back to %2.").arg(ip, reverse.names.join(QStringLiteral(", ")));
        for (const QString &name : reverse.names) {
            if (looksGeneric(name, address)) {
                ptrStatus = worst(ptrStatus, Status::Warn);
                generic << name;
            }
        }
        const QStringList confirmed = confirmedNames(address);
        if (!confirmed.isEmpty()) {
            fcTexts << tr("%1 resolves back to %2: forward-confirmed.")
                           .arg(confirmed.join(QStringLiteral(", ")), ip);
            continue;
        }
        QStringList errors;
        for (const QString &name : reverse.names) {
            if (reverse.forwardError.contains(name))
                errors << reverse.forwardError.value(name);
        }
        if (!errors.isEmpty()) {
            fcStatus = worst(fcStatus, Status::Error);
            fcTexts << tr("%1: the address of its PTR name could not be looked up: %2")
                           .arg(ip, errors.join(QStringLiteral("; ")));
            continue;
        }
        fcStatus = worst(fcStatus, Status::Fail);
        const QString name = reverse.names.first();
        QStringList has;
        for (const QHostAddress &found : reverse.forward.value(name))
            has << found.toString();
        fcTexts << (has.isEmpty()
                        ? tr("The PTR name %1 has no address, so it does not lead back to %2.")
                              .arg(name, ip)
                        : tr("The PTR name %1 leads to %2, not back to %3.")
                              .arg(name, has.join(QStringLiteral(", ")), ip));
        unconfirmed << QStringLiteral("%1 (%2)").arg(name, ip);
    }

    QString ptrFix;
    if (!missing.isEmpty()) {
        ptrFix = tr("Receivers such as Gmail, Yahoo and Microsoft put mail from an address "
                    "without reverse DNS in spam or refuse it, because that is what hijacked home "
                    "computers look like. The PTR record belongs to whoever owns the address, not "
                    "to your domain's DNS: ask your hosting company or ISP (a \"reverse DNS\" "
                    "field in its control panel, or a support ticket) to set the PTR of %1 to the "
                    "server's name, e.g. %2.")
                     .arg(missing.join(QStringLiteral(", ")),
                          m_hostIsAddress ? QStringLiteral("mail.example.com") : m_request.host);
    } else if (!generic.isEmpty()) {
        ptrFix = tr("%1 looks like a generic name for a range of home or dynamic addresses; "
                    "receivers treat mail from such names with suspicion. Ask the owner of the "
                    "address (hosting company or ISP) for a PTR with the server's own name.")
                     .arg(generic.join(QStringLiteral(", ")));
    } else if (ptrStatus == Status::Error) {
        ptrFix = tr("Try again later or ask another nameserver (--nameserver).");
    }
    add(QStringLiteral("ptr.record"), ptrStatus, ptrTitle, ptrTexts.join(QLatin1Char(' ')), ptrFix);

    QString fcFix;
    if (!unconfirmed.isEmpty()) {
        fcFix = tr("Receivers check that the PTR name leads back to the same address "
                   "(forward-confirmed reverse DNS); if it does not, the name counts as forged. "
                   "Publish an A (or AAAA) record for %1 with that address in the name's DNS, "
                   "or have the PTR changed to a name that has it.")
                    .arg(unconfirmed.join(QStringLiteral(", ")));
    } else if (!missing.isEmpty()) {
        fcFix = tr("First get a PTR record (see ptr.record), then make sure its name has an A "
                   "or AAAA record with the same address.");
    }
    add(QStringLiteral("ptr.fcrdns"), fcStatus, fcrdnsTitle, fcTexts.join(QLatin1Char(' ')), fcFix);
}

void ServerCheck::addBannerFindings()
{
    const QString title = tr("Server name in greeting and EHLO");
    const SmtpProbeResult &probe = m_result.probe;
    if (!probe.connected) {
        add(QStringLiteral("banner.name"), Status::Error, title, probe.error,
            tr("Check the host name and port, that the server is running, and that no firewall "
               "blocks the port from here (many home and office connections block port 25)."));
        return;
    }
    if (!probe.banner || !probe.ehlo) {
        add(QStringLiteral("banner.name"), Status::Error, title,
            probe.error.isEmpty() ? tr("The server did not greet.") : probe.error);
        return;
    }
    const QString bannerName = announcedName(probe.banner);
    const QString ehloName = announcedName(probe.ehlo);
    // The public face of the server: --ip when given, else the address that answered.
    const QHostAddress address = m_request.ip.isNull() ? probe.address : m_request.ip;
    const Reverse reverse = m_reverse.value(address.toString());
    QStringList names;
    for (const QString &name : reverse.names)
        names << name;
    QStringList announced;
    if (!bannerName.isEmpty())
        announced << bannerName;
    if (!ehloName.isEmpty() && ehloName != bannerName)
        announced << ehloName;
    if (announced.isEmpty()) {
        add(QStringLiteral("banner.name"), Status::Warn, title,
            tr("The server's greeting and EHLO reply give no name."),
            tr("Configure the server's host name (Postfix: myhostname; Exim: primary_hostname) "
               "to its full name."));
        return;
    }
    if (names.isEmpty()) {
        add(QStringLiteral("banner.name"), Status::Info, title,
            tr("The server calls itself %1; its address %2 has no PTR name to compare with.")
                .arg(announced.join(QStringLiteral(" / ")), address.toString()));
        return;
    }
    QStringList mismatched;
    for (const QString &name : std::as_const(announced)) {
        if (!names.contains(name))
            mismatched << name;
    }
    if (mismatched.isEmpty()) {
        add(QStringLiteral("banner.name"), Status::Pass, title,
            tr("The server calls itself %1, the PTR name of %2.")
                .arg(announced.join(QStringLiteral(" / ")), address.toString()));
        return;
    }
    add(QStringLiteral("banner.name"), Status::Warn, title,
        tr("The server calls itself %1, but the PTR name of %2 is %3.")
            .arg(mismatched.join(QStringLiteral(" / ")), address.toString(),
                 names.join(QStringLiteral(", "))),
        tr("When this server sends mail it says the same name in its HELO; receivers compare it "
           "with the PTR name and score a mismatch as suspicious. Make them agree: set the "
           "server's name (Postfix: myhostname, or smtp_helo_name for sending; Exim: "
           "primary_hostname or helo_data) to %1, or have the PTR changed.")
            .arg(names.first()));
}

void ServerCheck::addClientFindings()
{
    const QString title = tr("Your own address as the server sees it");
    const QHostAddress client = m_result.clientAddress;
    if (!m_result.probe.connected)
        return; // banner.name already says why
    if (client.isNull()) {
        add(QStringLiteral("ptr.client"), Status::Info, title,
            tr("The server's greeting and EHLO reply do not show the address it sees you at."));
        return;
    }
    const QString ip = client.toString();
    if (!isPublicAddress(client)) {
        add(QStringLiteral("ptr.client"), Status::Info, title,
            tr("The server sees you at %1, a private or local address: reverse DNS and "
               "blocklists only matter for the public address mail leaves from.")
                .arg(ip));
        return;
    }
    const Reverse reverse = m_reverse.value(client.toString());
    const QString sendingNote
        = tr("This matters only if this machine sends mail straight to other domains' servers; "
             "mail sent through your provider's submission server leaves from the provider's "
             "address instead.");
    if (reverse.ptr.isError()) {
        add(QStringLiteral("ptr.client"), Status::Error, title,
            tr("The server sees you at %1; its PTR could not be looked up: %2")
                .arg(ip, reverse.ptr.describe()));
        return;
    }
    if (reverse.names.isEmpty()) {
        add(QStringLiteral("ptr.client"), Status::Warn, title,
            tr("The server sees you at %1, which has no reverse DNS (PTR).").arg(ip),
            sendingNote + QLatin1Char(' ')
                + tr("For a server of your own at this address, ask the owner of the address "
                     "(ISP or hosting company) for a PTR record with the server's name."));
        return;
    }
    const QStringList confirmed = confirmedNames(client);
    if (confirmed.isEmpty()) {
        add(QStringLiteral("ptr.client"), Status::Warn, title,
            tr("The server sees you at %1; its PTR name %2 does not lead back to it.")
                .arg(ip, reverse.names.join(QStringLiteral(", "))),
            sendingNote + QLatin1Char(' ')
                + tr("Publish an A or AAAA record for the PTR name with this address."));
        return;
    }
    add(QStringLiteral("ptr.client"), Status::Pass, title,
        tr("The server sees you at %1, whose PTR name %2 leads back to it.")
            .arg(ip, confirmed.join(QStringLiteral(", "))));
}

void ServerCheck::addBlocklistFindings()
{
    for (const ListAnswers &answers : std::as_const(m_answers)) {
        const Blocklist &list = answers.list;
        const QString id = QStringLiteral("dnsbl.") + list.id;
        const QString title = tr("Blocklist: %1").arg(list.name);
        if (!answers.skipped.isEmpty()) {
            add(id, Status::Info, title, answers.skipped);
            continue;
        }
        using Kind = Blocklist::Verdict::Kind;
        if (answers.selfTest && answers.selfTest->kind == Kind::Listed) {
            add(id, Status::Error, title,
                tr("%1 answers \"listed\" even for its test entry that must never be listed "
                   "(%2), so its answers cannot be trusted: the list may have closed, or it "
                   "refuses the nameserver asked.")
                    .arg(list.zone, answers.selfTest->codes.join(QStringLiteral(", "))),
                tr("Look the address up on the list's own page instead: %1").arg(list.delistUrl));
            continue;
        }
        Status status = Status::Pass;
        QStringList texts;
        QString fix;
        for (const auto &[what, verdict] : answers.verdicts) {
            switch (verdict.kind) {
            case Kind::NotListed:
                texts << tr("%1 is not listed.").arg(what);
                break;
            case Kind::Listed:
                status = worst(status, Status::Fail);
                texts << tr("%1 is listed (%2): %3.")
                             .arg(what, verdict.codes.join(QStringLiteral(", ")),
                                  verdict.meanings.join(QStringLiteral("; ")));
                fix = tr("Receivers that use %1 refuse or spam-folder mail from a listed sender. "
                         "First find and stop the cause (an infected machine, a hacked mailbox or "
                         "web form sending spam, an open relay); asking for removal before that "
                         "only gets you listed again, often for longer. Then request removal at "
                         "%2; many lists also drop a listing by themselves some days after the "
                         "spam stops.")
                          .arg(list.name, list.delistUrl);
                break;
            case Kind::Refused:
                status = worst(status, Status::Warn);
                texts << tr("The list refused to answer about %1 (%2: %3), so this says nothing "
                            "about it.")
                             .arg(what, verdict.codes.join(QStringLiteral(", ")),
                                  verdict.meanings.join(QStringLiteral("; ")));
                if (fix.isEmpty())
                    fix = tr("Lists refuse queries from public resolvers (8.8.8.8, 1.1.1.1, large "
                             "ISPs) and over their limits. Ask through a nameserver of your own "
                             "(--nameserver) or look it up on the list's page: %1")
                              .arg(list.delistUrl);
                break;
            case Kind::Odd:
                status = worst(status, Status::Error);
                texts << tr("The answer about %1 (%2) is not a blocklist code: the zone may have "
                            "lapsed or be answering for everything.")
                             .arg(what, verdict.codes.join(QStringLiteral(", ")));
                break;
            case Kind::NoAnswer:
                status = worst(status, Status::Error);
                texts << tr("No verdict about %1: the list's nameservers did not answer (%2).")
                             .arg(what, verdict.detail);
                if (fix.isEmpty())
                    fix = tr("Try again later; the other lists are not affected.");
                break;
            }
        }
        add(id, status, title, texts.join(QLatin1Char(' ')),
            status == Status::Pass ? QString() : fix);
    }
    const QList<Blocklist> notAsked = [this]() {
        QList<Blocklist> result;
        for (const Blocklist &list : std::as_const(m_lists)) {
            if (!list.query)
                result << list;
        }
        return result;
    }();
    if (!notAsked.isEmpty()) {
        QStringList names;
        for (const Blocklist &list : notAsked)
            names << list.name;
        add(QStringLiteral("dnsbl.not_asked"), Status::Info, tr("Blocklists not asked"),
            tr("Not asked because they have closed, need a personal key or list innocent "
               "neighbours on purpose: %1. A listing there means nothing today.")
                .arg(names.join(QStringLiteral(", "))));
    }
}

void ServerCheck::addRelayFindings()
{
    if (!m_request.relayTest)
        return;
    const QString id = QStringLiteral("relay.open");
    const QString title = tr("Open relay");
    const SmtpProbeResult &probe = m_result.probe;
    const QString fixOpen
        = tr("An open relay is found by spammers within hours, and then every blocklist lists "
             "the server. Postfix: keep \"smtpd_relay_restrictions = permit_mynetworks, "
             "permit_sasl_authenticated, reject_unauth_destination\" and make mynetworks list "
             "only your own networks (never 0.0.0.0/0); relay_domains only the domains you "
             "really receive for. Exim: relay_from_hosts only your own networks, and in the RCPT "
             "ACL keep \"require verify = recipient\" / deny what is not in relay_to_domains "
             "unless authenticated. Then run this test again.");
    if (!probe.connected || !probe.ehlo) {
        add(id, Status::Error, title,
            tr("The relay test could not be done: %1")
                .arg(probe.error.isEmpty() ? tr("the server did not greet.") : probe.error));
        return;
    }
    const QString sender = m_request.mailFrom;
    const QString recipient = m_request.rcptTo;
    if (!probe.mail) {
        add(id, Status::Error, title, tr("The relay test could not be done: %1").arg(probe.error));
        return;
    }
    if (!probe.mail->isPositive()) {
        const bool transient = probe.mail->isTransientFailure();
        add(id, transient ? Status::Warn : Status::Pass, title,
            transient ? tr("The server answered MAIL FROM:<%1> with %2 (try again later), so "
                           "this run cannot tell whether it relays.")
                            .arg(sender, probe.mail->toOneLine())
                      : tr("Relay refused: the server refused the outside sender %1 without "
                           "sign-in (%2).")
                            .arg(sender, probe.mail->toOneLine()));
        return;
    }
    if (!probe.rcpt) {
        add(id, Status::Error, title, tr("The relay test could not be done: %1").arg(probe.error));
        return;
    }
    const SmtpReply &rcpt = *probe.rcpt;
    if (rcpt.isPositive()) {
        add(id, Status::Fail, title,
            tr("Open relay: the server accepts mail for other domains from anyone. Without "
               "sign-in it took MAIL FROM:<%1> and RCPT TO:<%2> (%3). No message was sent: the "
               "test stopped there with RSET.")
                .arg(sender, recipient, rcpt.toOneLine()),
            fixOpen);
    } else if (rcpt.isTransientFailure()) {
        add(id, Status::Warn, title,
            tr("The server answered RCPT TO:<%1> with %2, a temporary refusal (greylisting or "
               "a limit): this run cannot tell whether it relays. Try again in a few minutes.")
                .arg(recipient, rcpt.toOneLine()));
    } else {
        add(id, Status::Pass, title,
            tr("Relay refused: without sign-in the server does not take mail for %1 (%2).")
                .arg(recipient, rcpt.toOneLine()));
    }
}

} // namespace Sendcheck
