// SPDX-License-Identifier: GPL-3.0-or-later
// The topics of topicids.h with their default texts. The ids are a public contract;
// the texts may improve. Causes and fixes: one item per line, most likely / first to try first.
#include "diagnosiscatalog.h"
#include "topicids.h"

#include <QCoreApplication>

namespace Sendcheck {

using Severity = Explanation::Severity;

const std::vector<TopicEntry> &DiagnosisCatalog::topics()
{
    static const std::vector<TopicEntry> table = {
        {Topic::OkAccepted, Severity::Info, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The message was accepted",
                            "ok.accepted/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server took the message. From here on it is the server's job to "
                            "deliver it.",
                            "ok.accepted/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The settings, the sign-in and the message were all accepted.",
                            "ok.accepted/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Nothing to fix. If the message does not arrive, look in the "
                            "recipient's spam folder.\n"
                            "If it never arrives, the receiving side may have dropped it later: "
                            "check SPF, DKIM and DMARC for your domain.",
                            "ok.accepted/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5321 section 4.2.1 (2xx replies)",
                            "ok.accepted/reference")},

        {Topic::NetHostNotFound, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server name does not exist",
                            "net.host_not_found/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The name of the outgoing mail server could not be looked up, so "
                            "there was nothing to connect to.",
                            "net.host_not_found/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server name is mistyped (for example \"smtp.gmial.com\").\n"
                            "The name belongs to a service that does not exist in that form (for "
                            "Amazon SES: a region without a mail endpoint).\n"
                            "This computer has no working internet connection or DNS server.",
                            "net.host_not_found/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Compare the server name letter by letter with your provider's "
                            "instructions, or pick the provider from the list.\n"
                            "Check that this computer can open web pages.\n"
                            "If you are on a company network, ask whether outside names are "
                            "blocked.",
                            "net.host_not_found/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "DNS lookup (RFC 1035); RFC 5321 section 5.1",
                            "net.host_not_found/reference")},

        {Topic::NetConnectionRefused, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Nothing answers on this port",
                            "net.connection_refused/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server was reached, but it turned the connection away at once: "
                            "no mail service listens on this port.",
                            "net.connection_refused/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The port number is wrong for this server.\n"
                            "A firewall on the way rejects the connection.\n"
                            "The mail service on the server is not running.",
                            "net.connection_refused/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check the port in your provider's instructions: usually 587 with "
                            "STARTTLS or 465 with TLS from the start.\n"
                            "If you run the server yourself, check that it is running and "
                            "listening on this port.",
                            "net.connection_refused/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "TCP connection refused; ports: RFC 6409 (587), RFC 8314 (465)",
                            "net.connection_refused/reference")},

        {Topic::NetTimeout, Severity::Error, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "No answer from the server",
                            "net.timeout/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Sendcheck waited, but the server did not answer in time. Most often "
                            "something between you and the server silently drops the connection.",
                            "net.timeout/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Your internet provider, cloud host or firewall blocks this mail port "
                            "(port 25 is blocked very often, 587 and 465 sometimes).\n"
                            "An antivirus \"mail shield\" holds the connection.\n"
                            "The server is down or overloaded.\n"
                            "The security setting does not fit the port, and both sides wait for "
                            "each other.",
                            "net.timeout/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Try another network (for example a phone hotspot) to see whether "
                            "your network blocks the port.\n"
                            "Switch off the antivirus mail scanning for a test.\n"
                            "On a cloud server, ask the provider to lift the block on port 25, or "
                            "use 587 or 465.",
                            "net.timeout/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 section 4.5.3.2 (timeouts); ports: RFC 6409, RFC 8314",
                            "net.timeout/reference")},

        {Topic::NetConnectionLost, Severity::Error, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The connection broke off",
                            "net.connection_lost/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The connection to the server ended in the middle of the conversation, "
                            "without a reply that says why.",
                            "net.connection_lost/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server closed the connection because it did not like something "
                            "(often too many attempts, or your address is blocked).\n"
                            "The network connection dropped.\n"
                            "A firewall or antivirus cut the connection.",
                            "net.connection_lost/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Try again in a few minutes.\n"
                            "If it breaks at the same step every time, look at the transcript to "
                            "see what was sent last.\n"
                            "Try from another network to rule out a firewall.",
                            "net.connection_lost/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5321 section 3.8 (terminating sessions)",
                            "net.connection_lost/reference")},

        {Topic::NetSecurityModeMismatch, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The security setting does not fit the port",
                            "net.security_mode_mismatch/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The two sides started the connection in different ways: one expected "
                            "encryption from the first byte (TLS from the start, which providers "
                            "often call SSL/TLS), the other expected plain text first and "
                            "encryption later (STARTTLS).",
                            "net.security_mode_mismatch/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "TLS from the start was chosen for a STARTTLS port such as 587 or "
                            "25.\n"
                            "STARTTLS or no encryption was chosen for a port that expects TLS from "
                            "the start, such as 465.\n"
                            "A proxy or antivirus on the way changes the connection.",
                            "net.security_mode_mismatch/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Use port 587 with STARTTLS, or port 465 with TLS from the start: "
                            "those are the two pairs that belong together.\n"
                            "Check your provider's instructions for the port and the security "
                            "setting.",
                            "net.security_mode_mismatch/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 3207 (STARTTLS), RFC 8314 section 3 (implicit TLS, port 465)",
                            "net.security_mode_mismatch/reference")},

        {Topic::TlsStartTlsUnavailable, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server does not offer encryption",
                            "tls.starttls_unavailable/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Encryption with STARTTLS was required, but the server did not offer "
                            "it or refused it. Sendcheck stopped rather than send anything "
                            "unencrypted.",
                            "tls.starttls_unavailable/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "This port expects TLS from the start (465) rather than "
                            "STARTTLS.\n"
                            "A firewall or antivirus removes STARTTLS from the server's list.\n"
                            "The server has no certificate set up, or encryption is temporarily "
                            "unavailable.",
                            "tls.starttls_unavailable/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check the port: 587 usually offers STARTTLS; for 465 choose TLS "
                            "from the start.\n"
                            "Try from another network: if STARTTLS appears there, something on "
                            "your network removes it.\n"
                            "If you run the server, set up a certificate and enable STARTTLS.",
                            "tls.starttls_unavailable/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 3207 sections 4 and 4.1",
                            "tls.starttls_unavailable/reference")},

        {Topic::TlsHandshakeFailed, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The encrypted connection could not be set up",
                            "tls.handshake_failed/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Sendcheck and the server could not agree on how to encrypt the "
                            "connection.",
                            "tls.handshake_failed/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server only speaks old TLS versions (1.0 or 1.1) that are no "
                            "longer considered safe, or only newer ones this system lacks.\n"
                            "The two sides have no encryption method in common.\n"
                            "A proxy or antivirus interferes with the connection.",
                            "tls.handshake_failed/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check the security setting and the port against your provider's "
                            "instructions.\n"
                            "If the server is old, ask its administrator to enable TLS 1.2 or "
                            "newer.\n"
                            "Switch off antivirus mail scanning for a test.",
                            "tls.handshake_failed/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 8446 (TLS 1.3), RFC 8996 (TLS 1.0/1.1 retired)",
                            "tls.handshake_failed/reference")},

        {Topic::TlsCertificateUntrusted, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server's certificate is not trusted",
                            "tls.certificate_untrusted/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server showed a certificate that no trusted authority vouches "
                            "for, so Sendcheck cannot be sure it is talking to the real server.",
                            "tls.certificate_untrusted/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "An antivirus or company proxy intercepts encrypted mail and shows its "
                            "own certificate.\n"
                            "The server uses a self-made (self-signed) certificate.\n"
                            "The server does not send the intermediate certificates.",
                            "tls.certificate_untrusted/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "If an antivirus scans e-mail, switch that feature off for a test.\n"
                            "If this is your own server, install a certificate from a public "
                            "authority (for example Let's Encrypt) including the chain.\n"
                            "Only if you know the server and its certificate: trust that one "
                            "certificate explicitly in the profile. Never switch checks off in "
                            "general.",
                            "tls.certificate_untrusted/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5280 section 6 (path validation)",
                            "tls.certificate_untrusted/reference")},

        {Topic::TlsCertificateExpired, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server's certificate has expired",
                            "tls.certificate_expired/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server's certificate is outside its validity period, so it "
                            "cannot prove who the server is.",
                            "tls.certificate_expired/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server's administrator did not renew the certificate in time.\n"
                            "This computer's date or time is wrong.",
                            "tls.certificate_expired/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check this computer's date, time and time zone.\n"
                            "Tell the server's administrator or your provider: the certificate "
                            "must be renewed.\n"
                            "Do not switch certificate checks off to get around it.",
                            "tls.certificate_expired/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5280 section 4.1.2.5 (validity)",
                            "tls.certificate_expired/reference")},

        {Topic::TlsCertificateNameMismatch, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The certificate is for a different name",
                            "tls.certificate_name_mismatch/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server's certificate is valid, but not for the server name you "
                            "entered.",
                            "tls.certificate_name_mismatch/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "An IP address or a different alias was entered instead of the exact "
                            "server name from the provider.\n"
                            "Your hosting company serves many domains and its certificate names "
                            "only its own server name.\n"
                            "An antivirus or proxy intercepts the connection.",
                            "tls.certificate_name_mismatch/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Enter the exact server name from your provider's instructions, not "
                            "an IP address.\n"
                            "With shared hosting, use the hosting company's server name (often "
                            "shown in the certificate details).\n"
                            "Switch off antivirus mail scanning for a test.",
                            "tls.certificate_name_mismatch/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 6125 (server identity in certificates)",
                            "tls.certificate_name_mismatch/reference")},

        {Topic::TlsRequired, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server demands encryption first",
                            "tls.required/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server only continues over an encrypted connection, and this "
                            "conversation was not encrypted.",
                            "tls.required/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The security setting is \"None\".\n"
                            "STARTTLS was not used on a port that requires it.",
                            "tls.required/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Set the security to STARTTLS and use port 587.\n"
                            "Or set it to TLS from the start and use port 465.",
                            "tls.required/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 3207 section 4 (530 before STARTTLS)",
                            "tls.required/reference")},

        {Topic::AuthRequired, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server wants you to sign in",
                            "auth.required/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server only accepts mail from users who have signed in, and this "
                            "session did not sign in (or the sign-in did not count).",
                            "auth.required/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "No user name and password are set for this server.\n"
                            "Sign-in is switched off in the settings (\"my server requires "
                            "authentication\" not ticked).\n"
                            "The server only offers sign-in after encryption, and encryption was "
                            "off.",
                            "auth.required/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Switch on sign-in and enter the user name (usually the full e-mail "
                            "address) and the password.\n"
                            "Use port 587 with STARTTLS or 465 with TLS from the start so the "
                            "sign-in can happen.\n"
                            "A device that cannot sign in needs a relay that accepts it by its "
                            "IP address instead.",
                            "auth.required/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6 (530 5.7.0)",
                            "auth.required/reference")},

        {Topic::AuthNotOffered, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server offers no sign-in",
                            "auth.not_offered/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A user name was set, but the server did not offer any way to sign "
                            "in.",
                            "auth.not_offered/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server only offers sign-in after encryption, and encryption was "
                            "off.\n"
                            "This is a relay or receiving server (port 25) that takes mail "
                            "without sign-in, for example by IP address.\n"
                            "The wrong server name or port was entered.",
                            "auth.not_offered/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Switch on STARTTLS (port 587) or TLS from the start (port 465).\n"
                            "Check the server name and port in your provider's instructions.\n"
                            "If this relay needs no sign-in, remove the user name from the "
                            "settings.",
                            "auth.not_offered/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 3 (the AUTH extension)",
                            "auth.not_offered/reference")},

        {Topic::AuthMechanismUnsupported, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "No common way to sign in",
                            "auth.mechanism_unsupported/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server does not support the sign-in method that was chosen, or "
                            "none of the methods it offers fits the credentials.",
                            "auth.mechanism_unsupported/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A fixed method (for example CRAM-MD5 or XOAUTH2) is set that this "
                            "server does not offer.\n"
                            "The server offers only OAuth, and a password was given (or the other "
                            "way round).",
                            "auth.mechanism_unsupported/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Set the sign-in method to \"Automatic\".\n"
                            "Look at the methods the server lists after AUTH in the transcript "
                            "and choose one of them.\n"
                            "If only OAuth (XOAUTH2) is listed, use \"Sign in with\" your "
                            "provider instead of a password.",
                            "auth.mechanism_unsupported/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6 (504 5.5.4)",
                            "auth.mechanism_unsupported/reference")},

        {Topic::AuthEncryptionRequired, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Sign-in needs encryption first",
                            "auth.encryption_required/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The password would have travelled unencrypted. The server (or "
                            "Sendcheck) refuses that, so it needs an encrypted connection first.",
                            "auth.encryption_required/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The security setting is \"None\".\n"
                            "A port without encryption was chosen.",
                            "auth.encryption_required/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Set the security to STARTTLS (port 587) or TLS from the start (port "
                            "465).\n"
                            "Only on a lab server you control: allow unencrypted sign-in "
                            "explicitly in the profile.",
                            "auth.encryption_required/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6 (538 5.7.11)",
                            "auth.encryption_required/reference")},

        {Topic::AuthCredentialsRejected, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "User name or password not accepted",
                            "auth.credentials_rejected/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server checked the user name and password (or key) and refused "
                            "them.",
                            "auth.credentials_rejected/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The password or key is wrong, out of date, or has stray spaces or "
                            "line breaks.\n"
                            "The user name is not what this server expects (often the full "
                            "e-mail address).\n"
                            "The provider needs a special app password or SMTP key, not the "
                            "normal web login.\n"
                            "The account may not use sign-in from apps.",
                            "auth.credentials_rejected/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Enter the password again by typing it, not pasting, to rule out "
                            "stray characters.\n"
                            "Use the user name exactly as your provider gives it; usually the "
                            "full e-mail address.\n"
                            "Check in your provider's help whether apps need an app password or "
                            "SMTP key.\n"
                            "Sign in on the provider's web site to check the account is not "
                            "locked.",
                            "auth.credentials_rejected/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6 (535 5.7.8)",
                            "auth.credentials_rejected/reference")},

        {Topic::AuthAppPasswordRequired, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "An app password is needed",
                            "auth.app_password_required/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "This account does not accept its normal password in mail programs. "
                            "It needs a separate app password (or a sign-in through the "
                            "provider's web page).",
                            "auth.app_password_required/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The normal account password was entered; the provider only accepts "
                            "app passwords for mail programs.\n"
                            "An app password was entered with spaces, or it was revoked when the "
                            "account password changed.\n"
                            "Two-step verification is on, which rules out the normal password.",
                            "auth.app_password_required/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Switch on two-step verification for the account if it is off.\n"
                            "Create an app password in the account's security settings.\n"
                            "Enter it here without spaces, with the full e-mail address as user "
                            "name.\n"
                            "Or use \"Sign in with\" your provider (OAuth) instead of a password.",
                            "auth.app_password_required/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 4954 section 6 (534 5.7.9: mechanism too weak)",
                            "auth.app_password_required/reference")},

        {Topic::AuthBrowserSignInRequired, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Confirm the sign-in in a web browser first",
                            "auth.browser_signin_required/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The provider noticed a sign-in from a new place and wants you to "
                            "confirm it on its web site before it lets this program in.",
                            "auth.browser_signin_required/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A sign-in from a new device or network looked unusual to the "
                            "provider.\n"
                            "The account needs a security check (for example a phone "
                            "confirmation).",
                            "auth.browser_signin_required/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Sign in to the account in a web browser on this computer and confirm "
                            "any security prompt.\n"
                            "Check the provider's recent-activity page and allow the blocked "
                            "sign-in.\n"
                            "Then try again here.",
                            "auth.browser_signin_required/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 3463 x.7.14 (trust relationship required)",
                            "auth.browser_signin_required/reference")},

        {Topic::AuthDisabledByProvider, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Password sign-in is switched off",
                            "auth.disabled_by_provider/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Signing in to send mail with a password is switched off for this "
                            "mailbox or for the whole organisation. The password itself is "
                            "probably correct.",
                            "auth.disabled_by_provider/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "An administrator switched off sending from apps (SMTP AUTH) for the "
                            "organisation or the mailbox.\n"
                            "Security rules (security defaults, multi-factor sign-in, blocked "
                            "legacy sign-in) stop password sign-in.\n"
                            "The provider has retired password sign-in (basic authentication) "
                            "for mail programs.",
                            "auth.disabled_by_provider/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Best: switch this account to \"Sign in with\" your provider "
                            "(OAuth).\n"
                            "Or ask your administrator to allow authenticated SMTP for this one "
                            "mailbox.\n"
                            "For devices that cannot sign in any other way, use a relay or "
                            "connector that accepts them by IP address.",
                            "auth.disabled_by_provider/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6 (535); provider policy",
                            "auth.disabled_by_provider/reference")},

        {Topic::AuthOAuthTokenRejected, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The saved sign-in is no longer valid",
                            "auth.oauth_token_rejected/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server refused the OAuth access token: it has expired, was "
                            "revoked, or does not include permission to send mail.",
                            "auth.oauth_token_rejected/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The token has expired and could not be refreshed.\n"
                            "The token lacks the mail-sending permission (scope).\n"
                            "The token belongs to a different address than the user name.",
                            "auth.oauth_token_rejected/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Sign in with your provider again and agree to the mail permission.\n"
                            "Check that the user name is the same address you signed in with.\n"
                            "For your own app registration: request the provider's SMTP scope "
                            "(Google: https://mail.google.com/, Microsoft: SMTP.Send).",
                            "auth.oauth_token_rejected/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 7628 (OAUTHBEARER); Google and Microsoft XOAUTH2",
                            "auth.oauth_token_rejected/reference")},

        {Topic::AuthTooManyAttempts, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Locked out after failed sign-ins",
                            "auth.too_many_attempts/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "After several failed sign-ins the server stopped accepting sign-ins "
                            "from you for a while.",
                            "auth.too_many_attempts/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A wrong password was tried several times (possibly by another "
                            "device with old settings).\n"
                            "The server's brute-force protection blocked your IP address.",
                            "auth.too_many_attempts/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Stop all devices and programs that use this account with an old "
                            "password.\n"
                            "Wait 15 to 60 minutes, then try once with the correct password.\n"
                            "If it stays blocked, ask the provider or administrator to unblock "
                            "your IP address.",
                            "auth.too_many_attempts/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6; provider policy",
                            "auth.too_many_attempts/reference")},

        {Topic::AuthTemporaryFailure, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Sign-in temporarily impossible",
                            "auth.temporary_failure/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server could not check your sign-in right now because of a "
                            "problem on its side. Your settings are probably fine.",
                            "auth.temporary_failure/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server's password database or sign-in service is briefly "
                            "unavailable.\n"
                            "The server is overloaded.",
                            "auth.temporary_failure/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Try again in a few minutes; nothing needs changing.\n"
                            "If it lasts, tell the server's administrator (they should check the "
                            "sign-in service behind the mail server).",
                            "auth.temporary_failure/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 4954 section 6 (454 4.7.0)",
                            "auth.temporary_failure/reference")},

        {Topic::SenderNotAuthorized, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Not allowed to send from this address",
                            "sender.not_authorized/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "You signed in as one account but the message uses a sender address "
                            "that this account may not send as.",
                            "sender.not_authorized/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The From address differs from the signed-in account.\n"
                            "The other address was never set up as an alias or granted \"send "
                            "as\" rights.",
                            "sender.not_authorized/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Use the signed-in account's own address as the From address.\n"
                            "Or set up the other address as an alias or grant this account "
                            "\"send as\" rights for it (your administrator can do this).\n"
                            "Then try again.",
                            "sender.not_authorized/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 3463 x.7.1; RFC 6409 section 6.1",
                            "sender.not_authorized/reference")},

        {Topic::SenderNotVerified, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The sender address is not verified",
                            "sender.not_verified/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The sending service only sends from addresses or domains you have "
                            "proved you own, and this one is not verified (yet).",
                            "sender.not_verified/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The From address or its domain was never verified with the "
                            "service.\n"
                            "The program uses a default sender such as webmaster@localhost.\n"
                            "The account is still in a test mode (sandbox) that also limits the "
                            "recipients.",
                            "sender.not_verified/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Verify the From address or the whole domain in the service's "
                            "console.\n"
                            "Set a real From address in the settings.\n"
                            "If the account is in a sandbox, verify the recipients too, or "
                            "request production access.",
                            "sender.not_verified/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Provider policy; RFC 3463 x.7.1",
                            "sender.not_verified/reference")},

        {Topic::SenderRejected, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The sender address was refused",
                            "sender.rejected/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server refused the sender (From or envelope) address itself.",
                            "sender.rejected/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The address has a typo or is not a valid address.\n"
                            "Its domain does not exist in DNS (for example @localhost or a "
                            "company-internal .local name).\n"
                            "The server checked that the address can receive replies, and it "
                            "cannot.",
                            "sender.rejected/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Use a real sender address with a public domain.\n"
                            "Check the address for typos, spaces and odd characters.\n"
                            "If the domain is yours, check its DNS records (MX and A).",
                            "sender.rejected/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 section 4.1.1.2; RFC 3463 x.1.7, x.1.8",
                            "sender.rejected/reference")},

        {Topic::RecipientUnknown, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The recipient address does not exist",
                            "recipient.unknown/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The receiving server has no mailbox with this address.",
                            "recipient.unknown/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The address is misspelled (letters, dots, domain).\n"
                            "The mailbox was closed or moved.\n"
                            "The domain does not accept mail at all.",
                            "recipient.unknown/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check the spelling of the address.\n"
                            "Ask the recipient for their current address.\n"
                            "For a test, send to your own address first.",
                            "recipient.unknown/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5321 section 4.2.3 (550); RFC 3463 x.1.1",
                            "recipient.unknown/reference")},

        {Topic::RecipientMailboxFull, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The recipient's mailbox is full",
                            "recipient.mailbox_full/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The recipient's mailbox has no room left. Your settings are fine.",
                            "recipient.mailbox_full/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The recipient has not cleaned up the mailbox.\n"
                            "The mailbox is abandoned.",
                            "recipient.mailbox_full/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Try again later.\n"
                            "Reach the recipient another way and ask them to make room.",
                            "recipient.mailbox_full/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 3463 x.2.2 (mailbox full)",
                            "recipient.mailbox_full/reference")},

        {Topic::RecipientRelayDenied, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server will not pass the mail on",
                            "recipient.relay_denied/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "This server only delivers to its own domains unless you are signed "
                            "in or on its list of allowed senders, so it refused to forward "
                            "mail to this recipient.",
                            "recipient.relay_denied/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Sign-in is off or did not succeed.\n"
                            "The server is a receiving server (MX, port 25), not your "
                            "provider's outgoing server.\n"
                            "Your IP address or certificate is not (any more) on the relay's "
                            "allow list.",
                            "recipient.relay_denied/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Switch on sign-in with your mailbox's user name and password.\n"
                            "Use your provider's outgoing server on port 587 with STARTTLS.\n"
                            "For a relay that accepts devices by IP address: ask the "
                            "administrator to add your current public IP address.",
                            "recipient.relay_denied/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 section 3.6 (relaying); RFC 3463 x.7.1",
                            "recipient.relay_denied/reference")},

        {Topic::RecipientTooMany, Severity::Error, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Too many recipients in one message",
                            "recipient.too_many/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The message has more recipients than the server accepts at once.",
                            "recipient.too_many/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The list of To, Cc and Bcc addresses is longer than the provider's "
                            "limit (often 50 to 500).",
                            "recipient.too_many/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Split the recipients into smaller groups and send one message per "
                            "group.\n"
                            "For newsletters and bulk mail, use a sending service made for it.",
                            "recipient.too_many/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5321 section 4.5.3.1.10; RFC 3463 x.5.3",
                            "recipient.too_many/reference")},

        {Topic::LimitRate, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Sending too fast", "limit.rate/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server is slowing you down because too much mail arrived from "
                            "you in a short time.",
                            "limit.rate/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Many messages were sent in a short time.\n"
                            "The same error kept repeating and the provider throttled the "
                            "account.\n"
                            "A hacked account or a program in a loop is sending mail.",
                            "limit.rate/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Wait a while and send more slowly.\n"
                            "Fix the error that kept repeating, if there was one.\n"
                            "If nobody sent that much, change the password and check the account "
                            "for misuse.",
                            "limit.rate/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 3463 x.7.1 / x.4.5; provider policy",
                            "limit.rate/reference")},

        {Topic::LimitQuota, Severity::Error, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Sending limit used up", "limit.quota/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The account has reached its daily or monthly sending limit (or its "
                            "credits). Sending works again when the limit resets.",
                            "limit.quota/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "More messages or recipients were sent than the plan allows per "
                            "day.\n"
                            "The account's credits are used up.\n"
                            "A hacked account sent mail in your name.",
                            "limit.quota/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Wait until the limit resets (often a rolling 24 hours).\n"
                            "Ask the provider for a higher limit or a bigger plan.\n"
                            "For bulk mail, use a sending service made for it.\n"
                            "If nobody sent that much, change the password and check the account.",
                            "limit.quota/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Provider policy; RFC 3463 x.4.5 / x.2.2",
                            "limit.quota/reference")},

        {Topic::MessageTooLarge, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The message is too large",
                            "message.too_large/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The message with its attachments is bigger than the server accepts.",
                            "message.too_large/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Large attachments. Note that attachments grow by about a third when "
                            "sent.\n"
                            "The server has a low size limit.",
                            "message.too_large/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Make the attachments smaller, or share big files as a link.\n"
                            "Check the limit the server announces (SIZE in the transcript).",
                            "message.too_large/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 1870 (SIZE); RFC 3463 x.3.4, x.2.3",
                            "message.too_large/reference")},

        {Topic::MessageRejectedContent, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The message was refused for its content",
                            "message.rejected_content/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server received the whole message and then refused it: its "
                            "filters judged it as spam or against the rules.",
                            "message.rejected_content/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The content, links or attachments look like spam or malware.\n"
                            "The sending domain lacks SPF, DKIM or DMARC.\n"
                            "The sending IP address or account has a poor reputation.",
                            "message.rejected_content/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Send a short plain test message without links or attachments.\n"
                            "Set up SPF, DKIM and DMARC for your domain.\n"
                            "Avoid attachment types that are often blocked (.exe, .js, macros).",
                            "message.rejected_content/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 section 4.2.3 (554 after data); RFC 3463 x.7.1",
                            "message.rejected_content/reference")},

        {Topic::MessageMalformed, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The message breaks the format rules",
                            "message.malformed/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server refused the message because part of it is missing or "
                            "not written the way the mail standards require.",
                            "message.malformed/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A required header is missing or invalid (From, Date, Message-ID).\n"
                            "Headers appear twice, or lines are too long.\n"
                            "The program that produced the message has a bug.",
                            "message.malformed/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Fill in a valid From address.\n"
                            "Update the program that sends, and report the problem with the "
                            "transcript.",
                            "message.malformed/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5322 (message format); RFC 3463 x.6.x",
                            "message.malformed/reference")},

        {Topic::PolicySenderAuthentication, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Your domain's sender checks failed",
                            "policy.sender_authentication/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The receiving side could not confirm that this server may send mail "
                            "for your domain: SPF, DKIM or DMARC failed or is missing.",
                            "policy.sender_authentication/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The domain's SPF record does not include this server or sending "
                            "service.\n"
                            "DKIM signing is not set up for the sending service.\n"
                            "The From domain does not match the SPF or DKIM domain (DMARC "
                            "alignment).",
                            "policy.sender_authentication/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Add the sending server or service to your domain's SPF record.\n"
                            "Switch on DKIM signing at the sending service and publish its DNS "
                            "record.\n"
                            "Publish a DMARC record once SPF and DKIM pass.\n"
                            "Or send through the provider that hosts your domain's mail.",
                            "policy.sender_authentication/fixes"),
         QT_TRANSLATE_NOOP3(
             "Sendcheck::Diagnosis",
             "RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26",
             "policy.sender_authentication/reference")},

        {Topic::PolicyBlocklisted, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The sender is blocked",
                            "policy.blocklisted/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server refuses mail from your IP address, account or domain "
                            "because it is on a block list or has a poor reputation.",
                            "policy.blocklisted/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Your internet connection's IP address is on a public spam block "
                            "list (home and dynamic addresses usually are).\n"
                            "A computer or account on your network sent spam.\n"
                            "The provider blocked the account after it sent suspicious mail.",
                            "policy.blocklisted/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Do not send directly from a home or office connection: use your "
                            "provider's outgoing server on port 587 with sign-in.\n"
                            "Look up your IP address on the block list named in the reply and "
                            "follow its removal steps.\n"
                            "Check computers and accounts for malware or misuse, and change "
                            "passwords.",
                            "policy.blocklisted/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5782 (DNS block lists); RFC 3463 x.7.1",
                            "policy.blocklisted/reference")},

        {Topic::PolicyReverseDns, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The sending IP address has no proper name",
                            "policy.reverse_dns/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The receiving server looked up the name of your IP address (reverse "
                            "DNS) and found none, or one that does not match.",
                            "policy.reverse_dns/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Mail is sent directly from a home, office or cloud address without a "
                            "PTR record.\n"
                            "The PTR name does not point back to the same IP address.",
                            "policy.reverse_dns/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Send through your provider's outgoing server on port 587 with "
                            "sign-in.\n"
                            "If you run your own server, ask your internet or hosting provider "
                            "to set a PTR record that matches the server's name.",
                            "policy.reverse_dns/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 7372 x.7.25; RFC 1912 section 2.1",
                            "policy.reverse_dns/reference")},

        {Topic::PolicyHeloRejected, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The greeting name was refused",
                            "policy.helo_rejected/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "When connecting, the program introduces itself with a name (EHLO). "
                            "This server refused the name that was used.",
                            "policy.helo_rejected/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The computer's short name (for example DESKTOP-1234) was used "
                            "instead of a full domain name.\n"
                            "The name does not exist in DNS.",
                            "policy.helo_rejected/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Set the EHLO name in the profile to a full name such as "
                            "pc1.example.com, or to your public IP address in brackets.\n"
                            "Or send through your provider's server on port 587, which does not "
                            "check the name.",
                            "policy.helo_rejected/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RFC 5321 section 4.1.1.1 (EHLO)",
                            "policy.helo_rejected/reference")},

        {Topic::ServerUnavailable, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server is not taking mail right now",
                            "server.unavailable/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server closed the conversation: it is busy, shutting down, or "
                            "refusing connections from you for now.",
                            "server.unavailable/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server is overloaded or under maintenance.\n"
                            "It limits connections from your IP address.\n"
                            "Your IP address is blocked (when this happens right after "
                            "connecting every time).",
                            "server.unavailable/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Try again in a few minutes.\n"
                            "If it happens right after connecting every time, try from another "
                            "network and check whether your IP address is on a block list.\n"
                            "Check that the server name is your provider's outgoing server.",
                            "server.unavailable/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 sections 3.1 and 4.2.3 (421, 554 greeting)",
                            "server.unavailable/reference")},

        {Topic::ServerGreylisted, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Try again later (greylisting)",
                            "server.greylisted/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The receiving server asked to come back in a few minutes. This is a "
                            "normal anti-spam step for senders it has not seen before, not an "
                            "error in your settings.",
                            "server.greylisted/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server greylists first-time senders.\n"
                            "It defers mail for a while for other temporary reasons.",
                            "server.greylisted/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Wait 5 to 30 minutes and send again; it normally goes through then.\n"
                            "A proper mail server retries on its own; a program sending directly "
                            "must do the same.",
                            "server.greylisted/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 6647 (greylisting); RFC 5321 section 4.2.1 (4xx)",
                            "server.greylisted/reference")},

        {Topic::ServerTemporaryError, Severity::Warning, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "Temporary problem at the server",
                            "server.temporary_error/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server had a temporary problem and could not finish this step. "
                            "Trying again later usually works.",
                            "server.temporary_error/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A fault inside the server (a DNS lookup, a filter or storage).\n"
                            "The server is overloaded or short of disk space.",
                            "server.temporary_error/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Try again in a few minutes.\n"
                            "If it keeps happening, tell the server's administrator and include "
                            "the server's words below.",
                            "server.temporary_error/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 section 4.2.1 (4yz: transient failure)",
                            "server.temporary_error/reference")},

        {Topic::ServerPermanentError, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The server refused",
                            "server.permanent_error/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server refused this step for good and gave no more specific "
                            "reason. Sending the same thing again will fail again.",
                            "server.permanent_error/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "A policy of the server (sender, recipient or content).\n"
                            "A setting that does not fit this server.",
                            "server.permanent_error/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Read the server's words below: they often name the reason.\n"
                            "Check the sender and recipient addresses.\n"
                            "Ask the server's administrator or your provider, with the "
                            "transcript.",
                            "server.permanent_error/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 section 4.2.1 (5yz: permanent failure)",
                            "server.permanent_error/reference")},

        {Topic::ProtocolError, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "The conversation broke the rules",
                            "protocol.error/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The program and the server misunderstood each other: a command or "
                            "a reply was not what the mail protocol expects at that point.",
                            "protocol.error/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "An address contains spaces or odd characters, or lacks angle "
                            "brackets.\n"
                            "A bug in the sending program or the server.\n"
                            "Something between the two (proxy, antivirus) alters the "
                            "conversation.",
                            "protocol.error/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check the addresses for spaces and odd characters.\n"
                            "Update the sending program.\n"
                            "Report the problem with the transcript attached.",
                            "protocol.error/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 5321 sections 4.1 and 4.3.2 (500-504, 555)",
                            "protocol.error/reference")},

        // Added with issue 15; the ids before it keep their order.
        {Topic::RecipientSenderRestricted, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The recipient only takes mail from certain senders",
                            "recipient.sender_restricted/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The address exists, but it only accepts mail from senders it knows: "
                            "members of its organisation, signed-in senders, or an approved list. "
                            "Your settings are fine; the recipient's side decides.",
                            "recipient.sender_restricted/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The address is a group or distribution list that only takes mail "
                            "from its members or from inside its organisation.\n"
                            "The recipient or their administrator keeps a list of allowed "
                            "senders (or allowed sending servers) and you are not on it.\n"
                            "The recipient has chosen not to receive mail from you.",
                            "recipient.sender_restricted/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Ask the recipient, the group's owner or their mail administrator to "
                            "allow your address (or your sending server).\n"
                            "If you belong to the recipient's organisation, send from your "
                            "account there, signed in.\n"
                            "Reach the recipient another way, and send to a personal address "
                            "instead of the group.",
                            "recipient.sender_restricted/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 3463 x.7.1 (delivery not authorised); Exchange Online 5.7.12, "
                            "5.7.124, 5.7.133-5.7.136",
                            "recipient.sender_restricted/reference")},

        // Added with issue 24 (the port probe); the ids before it keep their order.
        {Topic::ProbeWorks, Severity::Info, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "This setting works", "probe.works/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server answered on this port, the connection was encrypted with "
                            "a certificate that checks out, and the server offers sign-in. Your "
                            "mail program can use exactly this server, port and encryption.",
                            "probe.works/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server greeted, TLS was set up and verified, and the server "
                            "listed its sign-in methods (AUTH) inside the encrypted connection.",
                            "probe.works/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Use this server, port and encryption in your mail program.\n"
                            "Then sign in with your password (or app password) and send a test "
                            "message to be sure.",
                            "probe.works/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 8314 section 3.3 (implicit TLS, port 465); RFC 6409 (port 587); "
                            "RFC 3207 (STARTTLS); RFC 4954 (AUTH)",
                            "probe.works/reference")},

        {Topic::TlsInterception, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Antivirus or a proxy is reading your mail connection",
                            "tls.interception/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The certificate did not come from the mail server: it was made by "
                            "antivirus software on this computer or by a company firewall. It "
                            "opens the encrypted connection, reads it, and opens another one to "
                            "the server. Your password passes through it.",
                            "tls.interception/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "An antivirus \"mail shield\" or \"SSL/TLS scanning\" (Avast, AVG, "
                            "Norton, Kaspersky, ESET, Bitdefender) checks outgoing mail.\n"
                            "A company firewall or cloud proxy (Fortinet, Zscaler, Sophos, Palo "
                            "Alto, Cisco Umbrella, Netskope) inspects encrypted traffic.\n"
                            "The mail program does not trust the product's own certificate, so "
                            "the connection fails; or it trusts it, and the product sees "
                            "everything.",
                            "tls.interception/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "In the antivirus settings, turn off mail scanning of encrypted "
                            "connections (\"Mail Shield\", \"Scan SSL/TLS\", \"Encrypted "
                            "connections\") or add an exception for your mail server.\n"
                            "At work, ask IT to exclude your mail server from TLS inspection.\n"
                            "Do not switch off certificate checks in your mail program to get "
                            "past this.",
                            "tls.interception/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 8314 section 4.1 (certificate checks for mail); RFC 6125",
                            "tls.interception/reference")},

        {Topic::NetExpectsImplicitTls, Severity::Error, false,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "This port expects TLS from the start",
                            "net.expects_implicit_tls/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server never sent its greeting, because it waited for "
                            "encryption to begin. A second connection proved it: the server "
                            "answered a TLS handshake at once. Switch Security to TLS from the "
                            "start.",
                            "net.expects_implicit_tls/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "STARTTLS (or no encryption) was chosen for a port that speaks TLS "
                            "from the first byte, such as 465.\n"
                            "The provider's instructions name this port with \"SSL/TLS\" or "
                            "\"SSL\".",
                            "net.expects_implicit_tls/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Set Security to TLS from the start and keep this port.\n"
                            "Or keep STARTTLS and change the port to 587, if your provider "
                            "offers it.",
                            "net.expects_implicit_tls/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "RFC 8314 section 3 (implicit TLS, port 465); RFC 3207 (STARTTLS)",
                            "net.expects_implicit_tls/reference")},

        {Topic::NetOffline, Severity::Error, true,
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "This computer seems to be offline or has no DNS", "net.offline/title"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "The server name could not be looked up, and neither could a "
                            "well-known name. So the trouble is this computer's connection, not "
                            "the server name: nothing is known about the name yet.",
                            "net.offline/summary"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "This computer is not connected to a network (cable, Wi-Fi, flight "
                            "mode).\n"
                            "The network is connected, but its DNS server does not answer.\n"
                            "A VPN, proxy or firewall blocks name lookups.",
                            "net.offline/causes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                            "Check that this computer can open web pages.\n"
                            "Reconnect to the network (or switch flight mode off), then try "
                            "again.\n"
                            "On a company network or VPN, ask whether outside names are blocked.",
                            "net.offline/fixes"),
         QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "DNS lookup (RFC 1035)",
                            "net.offline/reference")},
    };
    return table;
}

} // namespace Sendcheck
