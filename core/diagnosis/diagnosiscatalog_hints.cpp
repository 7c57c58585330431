// SPDX-License-Identifier: GPL-3.0-or-later
// Provider quirks and the meanings of reply and enhanced codes for the reference line. The
// hints are keyed by provider family; which servers and presets make up a family, and its
// ports, are data in resources/providers.json.
#include "diagnosiscatalog.h"
#include "enhancedstatuscodes.h"

#include <QCoreApplication>

namespace Sendcheck {

const std::vector<ProviderHint> &DiagnosisCatalog::providerHints()
{
    static const std::vector<ProviderHint> table = {
        {"gmail", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Google no longer accepts the normal account password in mail "
                            "programs (personal accounts since May 2022, Google Workspace since "
                            "May 2025). Switch on 2-Step Verification, create an app password at "
                            "myaccount.google.com/apppasswords and enter its 16 letters without "
                            "spaces, or use \"Sign in with Google\". Changing the Google password "
                            "revokes existing app passwords. If the app passwords page is "
                            "missing, the account uses Advanced Protection or a Workspace "
                            "administrator has switched app passwords off.",
                            "hint/gmail/auth")},
        {"gmail", R"(^(limit\.|recipient\.too_many))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Google Workspace allows about 2,000 messages a day (500 on trial "
                            "accounts), personal Gmail about 500, and at most 100 recipients per "
                            "message over SMTP. After the limit, sending pauses for up to 24 "
                            "hours.",
                            "hint/gmail/limit")},
        {"microsoft", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Microsoft 365: sending from apps (\"Authenticated SMTP\", SMTP AUTH) "
                            "is off for organisations created after January 2020 and is blocked "
                            "by security defaults. An administrator can switch it on for one "
                            "mailbox in the Microsoft 365 admin center (Users > Active users > "
                            "Mail > Manage email apps) or with Set-CASMailbox -Identity <mailbox> "
                            "-SmtpClientAuthenticationDisabled $false. Password sign-in (basic "
                            "authentication) for SMTP is being retired: Microsoft plans to switch "
                            "it off by default for existing tenants at the end of December 2026. "
                            "\"Sign in with Microsoft\" (OAuth) is the lasting fix.",
                            "hint/microsoft/auth")},
        {"microsoft", R"(^sender\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Microsoft 365 only sends as the mailbox you signed in with. To send "
                            "from another address, an administrator must grant \"Send As\" for it "
                            "to this mailbox.",
                            "hint/microsoft/sender")},
        {"microsoft", R"(^(net\.|tls\.))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Microsoft 365 (smtp.office365.com) takes mail on port 587 with "
                            "STARTTLS and needs TLS 1.2 or newer. It never uses port 465. Use "
                            "the server name, never an IP address.",
                            "hint/microsoft/net")},
        {"microsoft", R"(^limit\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Microsoft 365 allows 10,000 recipients a day, 30 messages a minute "
                            "and, by default, 500 recipients per message. After repeated errors "
                            "it blocks a mailbox from SMTP sending for a while, and support "
                            "cannot lift that block.",
                            "hint/microsoft/limit")},
        {"ses", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Amazon SES needs SMTP credentials created in the SES console (SMTP "
                            "settings > Create SMTP credentials). The SMTP password is not your "
                            "AWS secret access key, and credentials only work in the region they "
                            "were created for: the region in the server name must match. "
                            "Credentials from before January 2019 must be replaced.",
                            "hint/ses/auth")},
        {"ses", R"(^(sender\.|recipient\.|limit\.))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "New Amazon SES accounts start in a sandbox, separately in each "
                            "region: they may only send to verified addresses, at most 200 "
                            "messages a day and one per second. Every From address or domain "
                            "must be verified in the same region. Request production access in "
                            "the SES console (Account dashboard).",
                            "hint/ses/sandbox")},
        {"ses", R"(^net\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Amazon SES: not every AWS region has an SMTP endpoint "
                            "(email-smtp.<region>.amazonaws.com). It listens on 587, 25 and 2587 "
                            "with STARTTLS and on 465 and 2465 with TLS from the start. EC2 "
                            "throttles port 25; use 587 or 2587.",
                            "hint/ses/net")},
        {"sendgrid", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "SendGrid: the user name is always the literal word apikey, and the "
                            "password is an API key (starting with SG.) with Mail Send "
                            "permission. Paste the key without spaces or line breaks.",
                            "hint/sendgrid/auth")},
        {"sendgrid", R"(^sender\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "SendGrid only sends from a verified Sender Identity: verify the "
                            "single sender address or authenticate the domain under Settings > "
                            "Sender Authentication.",
                            "hint/sendgrid/sender")},
        {"mailgun", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Mailgun uses separate SMTP credentials for each sending domain (for "
                            "example postmaster@mg.example.com), not your dashboard password. "
                            "Domains in the EU region use smtp.eu.mailgun.org.",
                            "hint/mailgun/auth")},
        {"postmark", R"(^(auth\.|sender\.))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Postmark: enter the Server API Token as both user name and password "
                            "(the Account token does not work), or an SMTP token's access and "
                            "secret key. The From address must be a confirmed Sender Signature "
                            "or on a verified domain.",
                            "hint/postmark/auth")},
        {"postmark", R"(^net\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Postmark listens on 25, 587 and 2525 with STARTTLS only; port 465 "
                            "does not work.",
                            "hint/postmark/net")},
        {"smtp2go", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "SMTP2GO signs in with an SMTP User from Sending > SMTP Users, which "
                            "is separate from the dashboard login.",
                            "hint/smtp2go/auth")},
        {"brevo", R"(^(auth\.|policy\.))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Brevo signs in with the SMTP login shown under SMTP & API > SMTP and "
                            "an SMTP key (starting xsmtpsib-), not an API key (xkeysib-). Brevo "
                            "also blocks unknown IP addresses: add yours under Settings > "
                            "Security > Authorized IPs.",
                            "hint/brevo/auth")},
        {"zoho", R"(^(auth\.|sender\.))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Zoho: the server depends on your data centre and plan (smtp.zoho.eu, "
                            "smtppro.zoho.com for paid organisations, ...). With two-factor "
                            "sign-in you need an application-specific password. The From address "
                            "must be your own address or an alias set up in Zoho.",
                            "hint/zoho/auth")},
        {"yahoo", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Yahoo and AOL need an app password (Account security > Generate app "
                            "password). With the normal password Yahoo answers \"Too many bad "
                            "auth attempts\" even on the first try.",
                            "hint/yahoo/auth")},
        {"icloud", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "iCloud Mail needs an app-specific password made at "
                            "appleid.apple.com (two-factor authentication required) and the full "
                            "iCloud address as user name.",
                            "hint/icloud/auth")},
        {"icloud", R"(^limit\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "iCloud Mail allows 1,000 messages and 1,000 recipients a day and 500 "
                            "recipients per message.",
                            "hint/icloud/limit")},
        {"fastmail", R"(^(auth\.|net\.))",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Fastmail always needs an app password, never the normal password. "
                            "The official setting is port 465 with TLS from the start.",
                            "hint/fastmail/auth")},
        {"gmx", R"(^auth\.)",
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "GMX and WEB.DE only allow mail programs after you switch on access "
                            "by POP3 and IMAP once in the mailbox settings on the web. WEB.DE "
                            "may expect only the part of the address before the @ as user name.",
                            "hint/gmx/auth")},
    };
    return table;
}

QString DiagnosisCatalog::codeMeaning(const QString &code)
{
    // The registered details come from the IANA registry table.
    if (code.startsWith(QLatin1String("x.")) && code.count(QLatin1Char('.')) == 2) {
        if (const EnhancedStatusCode *entry
            = EnhancedStatusCodes::find(QLatin1Char('5') + code.mid(1)))
            return entry->meaning.translated();
    }
    // clang-format off
    static const CodeMeaning table[] = {
        {"421", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "421: service not available, closing the connection (RFC 5321 section 4.2.3)", "code/421")},
        {"432", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "432: a password transition is needed (RFC 4954 section 6)", "code/432")},
        {"450", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "450: mailbox unavailable for now, e.g. busy or temporarily blocked for policy reasons (RFC 5321 section 4.2.3)", "code/450")},
        {"451", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "451: action aborted, local error in processing (RFC 5321 section 4.2.3)", "code/451")},
        {"452", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "452: insufficient system storage, also used for too many recipients (RFC 5321 sections 4.2.3 and 4.5.3.1.10)", "code/452")},
        {"454", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "454: temporary authentication failure (RFC 4954), or TLS not available for a temporary reason (RFC 3207)", "code/454")},
        {"455", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "455: server unable to accommodate parameters (RFC 5321 section 4.2.3)", "code/455")},
        {"500", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "500: syntax error, command unrecognised, or authentication line too long (RFC 5321, RFC 4954)", "code/500")},
        {"501", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "501: syntax error in parameters or arguments (RFC 5321 section 4.2.3)", "code/501")},
        {"502", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "502: command not implemented (RFC 5321 section 4.2.3)", "code/502")},
        {"503", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "503: bad sequence of commands (RFC 5321 section 4.2.3)", "code/503")},
        {"504", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "504: command parameter not implemented; for AUTH: unrecognised mechanism (RFC 5321, RFC 4954)", "code/504")},
        {"521", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "521: this host does not accept mail (RFC 7504)", "code/521")},
        {"530", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "530: authentication required (RFC 4954), or STARTTLS must come first (RFC 3207)", "code/530")},
        {"534", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "534: authentication mechanism is too weak (RFC 4954 section 6)", "code/534")},
        {"535", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "535: authentication credentials invalid (RFC 4954 section 6)", "code/535")},
        {"538", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "538: encryption required for the requested authentication mechanism (RFC 4954 section 6)", "code/538")},
        {"550", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "550: action not taken, mailbox unavailable, no access or refused for policy reasons (RFC 5321 section 4.2.3)", "code/550")},
        {"551", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "551: user not local (RFC 5321 section 4.2.3)", "code/551")},
        {"552", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "552: exceeded storage allocation, also used for messages too large (RFC 5321 section 4.2.3)", "code/552")},
        {"553", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "553: mailbox name not allowed, e.g. bad address syntax (RFC 5321 section 4.2.3)", "code/553")},
        {"554", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "554: transaction failed; as a greeting: no SMTP service here (RFC 5321 section 4.2.3)", "code/554")},
        {"555", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "555: MAIL FROM/RCPT TO parameters not recognised or not implemented (RFC 5321 section 4.2.3)", "code/555")},
        {"556", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "556: the domain does not accept mail (RFC 7504)", "code/556")},
        {"2", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "success", "class/2")},
        {"4", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "temporary failure, trying again may work", "class/4")},
        {"5", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "permanent failure, something must change", "class/5")},
        {"x.0", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined status", "subject/0")},
        {"x.1", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "addressing status", "subject/1")},
        {"x.2", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mailbox status", "subject/2")},
        {"x.3", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mail system status", "subject/3")},
        {"x.4", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "network and routing status", "subject/4")},
        {"x.5", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mail delivery protocol status", "subject/5")},
        {"x.6", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message content or media status", "subject/6")},
        {"x.7", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "security or policy status", "subject/7")},
        {"x.7.57", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Microsoft: client not authenticated to send mail", "detail/x.7.57")},
        {"x.7.60", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Microsoft: no permission to send as this sender", "detail/x.7.60")},
        {"x.7.64", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Microsoft: relay access denied, the connector does not recognise the sender (TenantAttribution)", "detail/x.7.64")},
        {"x.7.139", QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Microsoft: authentication unsuccessful, SMTP AUTH disabled or blocked by policy", "detail/x.7.139")},
    };
    // clang-format on
    for (const CodeMeaning &meaning : table) {
        if (code == QLatin1String(meaning.code))
            return meaning.text.translated();
    }
    return QString();
}

} // namespace Sendcheck
