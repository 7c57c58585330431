// SPDX-License-Identifier: GPL-3.0-or-later
// The matching rules, in priority order (first match wins). The order is the documented one
// (providers-and-errors.md B.0): provider and server texts, then the settings in use, then the
// enhanced status code, then the reply code, then its first digit (RFC 5321 section 4.2.1).
// Three facts of the session outweigh any wording and come first: a 530 on a connection known
// to be unencrypted, a 535 after an OAuth sign-in, and any refusal of the STARTTLS command.
// Text patterns are searched case-insensitively in "<code> <enhanced> <text>" and never
// anchored, because people paste replies wrapped in other programs' messages. They name the
// failure in the words servers use for it, not one server's exact sentence.
#include "diagnosiscatalog.h"
#include "topicids.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

constexpr unsigned connectStages = stageMask({Stage::Connecting, Stage::Banner});
constexpr unsigned nonAuthStages
    = stageMask({Stage::Connecting, Stage::Banner, Stage::Ehlo, Stage::StartTls,
                 Stage::TlsHandshake, Stage::MailFrom, Stage::RcptTo, Stage::Data, Stage::Quit});

// clang-format off
const DiagnosisRule ruleTable[] = {
    // --- The settings in use, where they outweigh any wording -----------------------------
    {.entry = "ctx-530-plain", .topic = Topic::TlsRequired, .code = "530", .flags = BeforeTls},
    {.entry = "ctx-oauth-535", .topic = Topic::AuthOAuthTokenRejected, .code = "535",
     .flags = OAuth},
    {.entry = "ctx-starttls-refused", .topic = Topic::TlsStartTlsUnavailable, .code = "[45]..",
     .stages = stageMask({Stage::StartTls})},

    // --- Provider texts: Microsoft 365 / Outlook.com -------------------------------------
    {.entry = "M-01", .topic = Topic::AuthDisabledByProvider,
     .text = R"(smtp ?client ?auth\w* is disabled|smtp_auth_disabled)", .provider = "microsoft"},
    {.entry = "M-04", .topic = Topic::AuthDisabledByProvider,
     .text = R"(did not meet the criteria to be authenticated|security defaults|locked by your organi[sz]ation|conditional access)",
     .provider = "microsoft"},
    {.entry = "M-06", .topic = Topic::AuthDisabledByProvider,
     .text = R"(basic auth\w* is (not supported|disabled|blocked)|basic authentication is not)",
     .provider = "microsoft"},
    {.entry = "M-10", .topic = Topic::LimitRate,
     .text = R"(sender throttled due to continuous|\b5\.2\.25[1-5]\b)", .provider = "microsoft"},
    {.entry = "M-08", .topic = Topic::SenderNotAuthorized,
     .text = R"(\b5\.7\.60\b|not have permissions? to send as|send ?as ?denied)",
     .provider = "microsoft"},
    {.entry = "M-07", .topic = Topic::AuthRequired,
     .text = R"(\b5\.7\.57\b|client (was )?not authenticated to send)", .provider = "microsoft"},
    {.entry = "M-11", .topic = Topic::PolicyBlocklisted, .text = R"(bad outbound sender)",
     .provider = "microsoft"},
    {.entry = "M-12", .topic = Topic::LimitQuota, .text = R"(outboundspamexception|refusequota)",
     .provider = "microsoft"},
    {.entry = "M-13", .topic = Topic::LimitQuota,
     .text = R"(submission quota (was )?exceeded|\b5\.1\.90\b|daily limit for message recipients)",
     .provider = "microsoft"},
    {.entry = "M-14-750", .topic = Topic::SenderNotVerified,
     .text = R"(\b5\.7\.750\b|sending from unregistered domain)", .provider = "microsoft"},
    {.entry = "M-14", .topic = Topic::PolicyBlocklisted,
     .text = R"(\b5\.7\.7[0-4]\d\b|tenant has exceeded threshold|traffic not accepted from this ip)",
     .provider = "microsoft"},
    {.entry = "M-16", .topic = Topic::RecipientRelayDenied,
     .text = R"(tenantattribution|wrong office 365 region|\b4\.4\.62\b)", .provider = "microsoft"},
    {.entry = "M-17", .topic = Topic::PolicyBlocklisted,
     .text = R"(part of their network is on our block list|\((S3\d{3}|S775)\))",
     .provider = "microsoft"},
    {.entry = "M-20", .topic = Topic::PolicySenderAuthentication,
     .text = R"(\b5\.7\.509\b|does not pass dmarc|sender policy framework violation)"},
    {.entry = "C-05", .topic = Topic::AuthMechanismUnsupported,
     .text = R"(requested auth method not available|unrecognized authentication (type|mechanism)|auth\w* mechanism (is )?not (supported|available)|unsupported auth\w* mechanism)"},

    // --- Provider texts: Google -----------------------------------------------------------
    {.entry = "G-08", .topic = Topic::AuthOAuthTokenRejected,
     .text = R"("status"\s*:\s*"4\d\d"|"schemes"\s*:\s*"bearer|invalid_grant|invalid_token|\bAADSTS\d+|(access )?token (has )?(expired|is invalid|invalid))"},
    {.entry = "G-02", .topic = Topic::AuthAppPasswordRequired,
     .text = R"(application-specific password required|invalidsecondfactor|app(lication)?[- ]specific password)",
     .provider = "gmail"},
    {.entry = "P-09", .topic = Topic::AuthAppPasswordRequired, .text = R"(#AUTH005)",
     .provider = "yahoo"},
    {.entry = "G-01", .topic = Topic::AuthAppPasswordRequired,
     .text = R"(username and password not accepted|p=badcredentials)", .provider = "gmail"},
    {.entry = "browser-signin", .topic = Topic::AuthBrowserSignInRequired,
     .text = R"(\b5\.7\.14\b|log ?in via your web ?browser|web login required|continuesignin|account\.live\.com|verify your account)"},
    {.entry = "G-21-peak", .topic = Topic::LimitRate, .text = R"(peak smtp relay limit exceeded)",
     .provider = "gmail"},
    {.entry = "G-21", .topic = Topic::LimitQuota, .text = R"(daily smtp relay limit exceeded)",
     .provider = "gmail"},
    {.entry = "G-10", .topic = Topic::LimitQuota,
     .text = R"(daily (user )?sending (quota|limit) exceeded)", .provider = "gmail"},
    {.entry = "G-20", .topic = Topic::RecipientRelayDenied,
     .text = R"(mail relay denied|invalid credentials for relay)", .provider = "gmail"},

    // --- Provider texts: Amazon SES and sending services ----------------------------------
    {.entry = "S-02", .topic = Topic::AuthCredentialsRejected, .text = R"(not subscribed to ses)",
     .provider = "ses"},
    {.entry = "S-01", .topic = Topic::AuthCredentialsRejected, .code = "535", .enhanced = "",
     .text = R"(^535\s+authentication credentials invalid)", .provider = "ses"},
    {.entry = "S-04", .topic = Topic::SenderNotVerified,
     .text = R"(email address is not verified|identities failed the check)", .provider = "ses"},
    {.entry = "S-05", .topic = Topic::SenderNotAuthorized,
     .text = R"(not authori[sz]ed to perform:?\s*ses:)", .provider = "ses"},
    {.entry = "S-07", .topic = Topic::LimitQuota, .text = R"(daily message quota exceeded)",
     .provider = "ses"},
    {.entry = "S-07-rate", .topic = Topic::LimitRate, .text = R"(maximum sending rate exceeded)",
     .provider = "ses"},
    {.entry = "P-03", .topic = Topic::LimitQuota, .text = R"(maximum credits exceeded)",
     .provider = "sendgrid"},
    {.entry = "P-01", .topic = Topic::AuthCredentialsRejected,
     .text = R"(bad username ?/ ?password)", .provider = "sendgrid"},
    {.entry = "P-02", .topic = Topic::SenderNotVerified, .text = R"(verified sender identity)",
     .provider = "sendgrid"},
    {.entry = "P-04", .topic = Topic::AuthCredentialsRejected, .text = R"(mailgun is not loving)",
     .provider = "mailgun"},
    {.entry = "P-05", .topic = Topic::SenderNotVerified,
     .text = R"(not a sender signature|sender signature not confirmed)", .provider = "postmark"},
    {.entry = "P-07", .topic = Topic::PolicyBlocklisted, .text = R"(unauthori[sz]ed ip address)",
     .provider = "brevo"},
    {.entry = "P-08", .topic = Topic::SenderNotAuthorized,
     .text = R"(sender is not allowed to relay|relaying disallowed as)", .provider = "zoho"},
    {.entry = "P-10", .topic = Topic::LimitRate,
     .text = R"(\[TSS04\]|temporarily deferred due to unexpected volume)", .provider = "yahoo"},
    {.entry = "P-11", .topic = Topic::PolicyBlocklisted,
     .text = R"(\[TSS(09|11)\]|will be permanently deferred)", .provider = "yahoo"},
    {.entry = "P-13", .topic = Topic::LimitQuota, .text = R"(exceeded your daily sending limit)",
     .provider = "icloud"},

    // --- The settings in use: who the server is, how we signed in -------------------------
    {.entry = "ctx-microsoft-535", .topic = Topic::AuthDisabledByProvider, .code = "535",
     .flags = HostSwitchesOffPasswords, .provider = "microsoft",
     .summary = QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                                   "Microsoft refused the sign-in. Most often sending from apps "
                                   "(SMTP AUTH) is switched off for this mailbox or the whole "
                                   "organisation, or password sign-in has been retired; a wrong "
                                   "password is the less likely cause.",
                                   "ctx-microsoft-535/summary")},
    {.entry = "ctx-app-password-535", .topic = Topic::AuthAppPasswordRequired, .code = "535",
     .flags = HostNeedsAppPassword},
    {.entry = "ctx-ehlo-refused", .topic = Topic::PolicyHeloRejected, .code = "50[14]|55[04]",
     .stages = stageMask({Stage::Ehlo})},
    {.entry = "ctx-auth-unknown-command", .topic = Topic::AuthNotOffered, .code = "50[02]",
     .stages = stageMask({Stage::Auth})},

    // --- Server texts (Postfix, Exim, Exchange, generic) ----------------------------------
    {.entry = "M-05", .topic = Topic::AuthCredentialsRejected, .text = R"(authentication unsuccessful)",
     .provider = "microsoft"},
    {.entry = "X-08-454", .topic = Topic::AuthTemporaryFailure,
     .text = R"(temporary authentication failure|cannot authenticate due to (a )?temporary|authentication (service )?(is )?temporarily unavailable)"},
    {.entry = "auth-too-many", .topic = Topic::AuthTooManyAttempts,
     .text = R"(too many (failed |bad |invalid |unsuccessful )?(login|logon|auth\w*|sign-?in|password)s? ?(attempts|failures|errors|tries)?|too many (failed|bad|invalid) attempts|brute.?force)"},
    {.entry = "X-17", .topic = Topic::AuthCredentialsRejected,
     .text = R"(incorrect authentication data)"},
    {.entry = "X-08", .topic = Topic::AuthCredentialsRejected,
     .text = R"(authentication (failed|failure|credentials invalid)|invalid (login|credentials|user ?name or password|username/password)|(username|user name|login) (and|or) password (not accepted|incorrect|invalid|wrong)|bad (credentials|password)|wrong (password|credentials)|login (failed|incorrect|denied)|password (incorrect|invalid|rejected|not accepted))"},
    {.entry = "auth-encryption", .topic = Topic::AuthEncryptionRequired,
     .text = R"(encryption required for requested authentication|\b5\.7\.11\b|plaintext (login|auth\w*) (is )?(not allowed|disabled|refused))"},
    {.entry = "G-05", .topic = Topic::TlsRequired,
     .text = R"(must issue a starttls|starttls (command )?(first|required)|\b5\.7\.10\b|encryption (needed|required)|(tls|ssl|encryption) (is )?required|requires? (tls|encryption|a secure connection|an encrypted connection)|must use (tls|encryption))"},
    {.entry = "tls-unavailable", .topic = Topic::TlsStartTlsUnavailable,
     .text = R"(tls not available|starttls (is )?not (supported|available|offered)|tls is not (available|supported))"},
    {.entry = "auth-not-offered", .topic = Topic::AuthNotOffered,
     .text = R"(authentication not enabled|auth\w* (is )?not (enabled|offered|advertised)|when not advertised|auth command (is )?not (implemented|supported))"},
    {.entry = "X-16", .topic = Topic::AuthRequired,
     .text = R"(authentication required|auth(entication)? needed|must (be )?authenticate|please authenticate|requires? (smtp )?authentication|turn on smtp authentication|sender not authenticated|not authenticated|without authentication|authentication is required)"},
    {.entry = "X-07", .topic = Topic::SenderNotAuthorized,
     .text = R"(not owned by (the )?user|sender address rejected: not logged in|not (allowed|authori[sz]ed|permitted) to send (mail )?(as|from|on behalf)|from address (is )?not (allowed|permitted|authori[sz]ed))"},
    {.entry = "X-02", .topic = Topic::SenderRejected,
     .text = R"(sender address rejected: domain not found|sender domain (not found|does not exist|must (exist|resolve))|domain of sender address .* does not (exist|resolve))"},
    {.entry = "X-19", .topic = Topic::SenderRejected,
     .text = R"(sender verify failed|could not complete sender verify|verification failed for)"},
    {.entry = "G-14", .topic = Topic::PolicySenderAuthentication,
     .text = R"(\bdmarc\b|\bdkim\b|\bspf\b|unauthenticated (email|mail)|sender is unauthenticated|sender authentication)"},
    {.entry = "G-17", .topic = Topic::PolicyReverseDns,
     .text = R"(ptr record|reverse dns|reverse lookup|does not match the ip address of the hostname|cannot find your (reverse )?hostname|client host rejected: cannot find)"},
    {.entry = "X-13", .topic = Topic::PolicyBlocklisted,
     .text = R"(blocked using|spamhaus|barracuda|spamcop|blocklist|blacklist|block list|\bdnsbl\b|\brbl\b|low reputation|poor reputation|ip reputation|listed (at|on|in) )"},
    {.entry = "X-04", .topic = Topic::PolicyHeloRejected,
     .text = R"(helo command rejected|need fully-qualified hostname|invalid (helo|ehlo)|bad (helo|ehlo)|(helo|ehlo) (name |hostname )?(rejected|invalid|not allowed))"},
    {.entry = "X-10", .topic = Topic::RecipientTooMany, .text = R"(too many recipients)"},
    {.entry = "X-11", .topic = Topic::MessageTooLarge,
     .text = R"(message size exceeds|exceeded google's message size|size limit|message (is )?too (long|large|big)|message length exceeds|exceeds (the )?(maximum|size|message size))"},
    {.entry = "G-19", .topic = Topic::MessageMalformed,
     .text = R"(not rfc ?5322 compliant|missing a valid (message-id|address in (the )?from)|\b5\.6\.\d+\b.*malformed|malformed (header|message|mime)|duplicate header|header syntax)"},
    {.entry = "G-23", .topic = Topic::RecipientUnknown,
     .text = R"(account that you tried to reach does not exist|user unknown|unknown user|no such (user|mailbox|recipient)|(mailbox|recipient|address|user|account) (does not|doesn't) exist|invalid recipient|recipient (address )?(not found|unknown)|unknown recipient|mailbox not found)"},
    {.entry = "mailbox-full", .topic = Topic::RecipientMailboxFull,
     .text = R"(mailbox (is )?full|over ?quota|mailbox size limit|exceeded storage allocation|quota exceeded)"},
    {.entry = "P-06", .topic = Topic::AuthRequired,
     .text = R"(relay access denied - please authenticate)", .provider = "smtp2go"},
    {.entry = "X-01", .topic = Topic::RecipientRelayDenied,
     .text = R"(relay(ing)? (access )?(denied|not permitted|not allowed|prohibited)|unable to relay|not permitted to relay|we do not relay|not allowed to relay)"},
    {.entry = "S-11-rcpt", .topic = Topic::RecipientUnknown,
     .text = R"(invalid (e-?mail )?address|address unknown|bad address syntax)",
     .stages = stageMask({Stage::RcptTo})},
    {.entry = "S-11", .topic = Topic::SenderRejected,
     .text = R"(invalid (e-?mail )?address|address unknown|bad address syntax|sender address rejected|invalid sender|bad sender)"},
    {.entry = "X-20", .topic = Topic::ServerUnavailable, .text = R"(no smtp service here)"},
    {.entry = "X-05", .topic = Topic::ServerTemporaryError,
     .text = R"(server configuration problem|temporary service failure|timeout waiting for data|local error in processing|insufficient system storage)"},
    {.entry = "rate", .topic = Topic::LimitRate,
     .text = R"(rate limit|rate-limit|sending rate|too many (messages|connections|mails)|throttl|slow down|unusual rate)"},
    {.entry = "X-14", .topic = Topic::ServerGreylisted,
     .text = R"(greylist|graylist|postgrey|try again later|is not yet authori[sz]ed to deliver|please try again|internal resource temporarily unavailable|deferred)"},
    {.entry = "content", .topic = Topic::MessageRejectedContent,
     .text = R"(\bspam\b|content (rejected|policy)|message (content )?rejected|virus|malware|phish|suspicious|policy violation|unsolicited)"},
    {.entry = "line-too-long", .topic = Topic::ProtocolError,
     .text = R"(line (is )?too long|\b5\.5\.6\b|command unrecognized|syntax error|bad sequence)"},
    {.entry = "service-unavailable", .topic = Topic::ServerUnavailable,
     .text = R"(service (not available|unavailable|temporarily unavailable)|closing transmission channel|too busy)"},

    // --- Enhanced status codes (RFC 3463, 4954, 5248, 7372) -------------------------------
    {.entry = "enh-x.7.8", .topic = Topic::AuthCredentialsRejected, .enhanced = R"([45]\.7\.8)"},
    {.entry = "enh-x.7.9", .topic = Topic::AuthAppPasswordRequired, .enhanced = R"([45]\.7\.9)"},
    {.entry = "enh-x.7.10", .topic = Topic::TlsRequired, .enhanced = R"([45]\.7\.10)"},
    {.entry = "enh-x.7.11", .topic = Topic::AuthEncryptionRequired, .enhanced = R"([45]\.7\.11)"},
    {.entry = "enh-x.7.12", .topic = Topic::AuthMechanismUnsupported, .enhanced = R"([45]\.7\.12)"},
    {.entry = "enh-x.7.13", .topic = Topic::AuthDisabledByProvider, .enhanced = R"([45]\.7\.13)"},
    {.entry = "enh-x.7.14", .topic = Topic::AuthBrowserSignInRequired,
     .enhanced = R"([45]\.7\.14)"},
    {.entry = "enh-x.7.16", .topic = Topic::MessageTooLarge, .enhanced = R"([45]\.7\.16)"},
    {.entry = "enh-x.7.17-19", .topic = Topic::RecipientUnknown, .enhanced = R"([45]\.7\.1[7-9])"},
    {.entry = "enh-x.7.20-26", .topic = Topic::PolicySenderAuthentication,
     .enhanced = R"([45]\.7\.2[0-46])"},
    {.entry = "enh-x.7.25", .topic = Topic::PolicyReverseDns, .enhanced = R"([45]\.7\.25)"},
    {.entry = "enh-x.7.27", .topic = Topic::SenderRejected, .enhanced = R"([45]\.7\.27)"},
    {.entry = "enh-5.7.3-auth", .topic = Topic::AuthCredentialsRejected, .code = "535",
     .enhanced = R"(5\.7\.3)", .provider = "microsoft"},
    {.entry = "enh-5.7.57", .topic = Topic::AuthRequired, .enhanced = R"(5\.7\.57)",
     .provider = "microsoft"},
    {.entry = "enh-5.7.60", .topic = Topic::SenderNotAuthorized, .enhanced = R"(5\.7\.60)",
     .provider = "microsoft"},
    {.entry = "enh-5.7.64", .topic = Topic::RecipientRelayDenied, .enhanced = R"(5\.7\.64)",
     .provider = "microsoft"},
    {.entry = "enh-5.7.139", .topic = Topic::AuthDisabledByProvider, .enhanced = R"(5\.7\.139)",
     .provider = "microsoft"},
    {.entry = "enh-5.7.7xx", .topic = Topic::PolicyBlocklisted, .enhanced = R"(5\.7\.7\d\d)",
     .provider = "microsoft"},
    {.entry = "enh-x.7.1-auth", .topic = Topic::AuthCredentialsRejected, .code = "535",
     .enhanced = R"([45]\.7\.1)"},
    {.entry = "enh-x.7.1-connect", .topic = Topic::PolicyBlocklisted, .enhanced = R"([45]\.7\.1)",
     .stages = connectStages},
    {.entry = "enh-x.7.1-mail", .topic = Topic::SenderNotAuthorized, .enhanced = R"([45]\.7\.1)",
     .stages = stageMask({Stage::MailFrom})},
    {.entry = "enh-x.7.1-rcpt", .topic = Topic::RecipientRelayDenied, .enhanced = R"([45]\.7\.1)",
     .stages = stageMask({Stage::RcptTo})},
    {.entry = "enh-x.7.1", .topic = Topic::MessageRejectedContent, .enhanced = R"([45]\.7\.1)"},
    {.entry = "enh-x.7.2", .topic = Topic::ServerPermanentError, .enhanced = R"([45]\.7\.2)"},
    {.entry = "enh-x.7.3", .topic = Topic::MessageMalformed, .enhanced = R"([45]\.7\.3)"},
    {.entry = "enh-x.7.4", .topic = Topic::ProtocolError, .enhanced = R"([45]\.7\.4)"},
    {.entry = "enh-x.7.5-6", .topic = Topic::TlsHandshakeFailed, .enhanced = R"([45]\.7\.[56])"},
    {.entry = "enh-x.7.7", .topic = Topic::MessageRejectedContent, .enhanced = R"([45]\.7\.7)"},
    {.entry = "enh-4.7.x", .topic = Topic::ServerTemporaryError, .code = "|4..",
     .enhanced = R"(4\.7\.([1-9]\d*))"},
    {.entry = "enh-5.7.x", .topic = Topic::ServerPermanentError, .code = "|5..",
     .enhanced = R"(5\.7\.([1-9]\d*))"},
    {.entry = "enh-x.1.7-8", .topic = Topic::SenderRejected, .enhanced = R"([45]\.1\.[78])"},
    {.entry = "enh-x.1.x-mail", .topic = Topic::SenderRejected, .enhanced = R"([45]\.1\.\d+)",
     .stages = stageMask({Stage::MailFrom})},
    {.entry = "enh-x.1.x", .topic = Topic::RecipientUnknown, .enhanced = R"([45]\.1\.\d+)"},
    {.entry = "enh-x.2.2", .topic = Topic::RecipientMailboxFull, .enhanced = R"([45]\.2\.2)"},
    {.entry = "enh-x.2.3", .topic = Topic::MessageTooLarge, .enhanced = R"([45]\.2\.3)"},
    {.entry = "enh-4.2.x", .topic = Topic::ServerTemporaryError, .enhanced = R"(4\.2\.\d+)"},
    {.entry = "enh-5.2.x", .topic = Topic::RecipientUnknown, .enhanced = R"(5\.2\.\d+)"},
    {.entry = "enh-x.3.4", .topic = Topic::MessageTooLarge, .enhanced = R"([45]\.3\.4)"},
    {.entry = "enh-x.3.2", .topic = Topic::ServerUnavailable, .enhanced = R"([45]\.3\.2)"},
    {.entry = "enh-4.3.x", .topic = Topic::ServerTemporaryError, .enhanced = R"(4\.3\.\d+)"},
    {.entry = "enh-5.3.x", .topic = Topic::ServerPermanentError, .enhanced = R"(5\.3\.\d+)"},
    {.entry = "enh-5.4.5", .topic = Topic::LimitQuota, .enhanced = R"(5\.4\.5)"},
    {.entry = "enh-4.4.x", .topic = Topic::ServerTemporaryError, .enhanced = R"(4\.4\.\d+)"},
    {.entry = "enh-5.4.x", .topic = Topic::ServerPermanentError, .enhanced = R"(5\.4\.\d+)"},
    {.entry = "enh-x.5.3", .topic = Topic::RecipientTooMany, .enhanced = R"([45]\.5\.3)"},
    {.entry = "enh-x.5.4-auth", .topic = Topic::AuthMechanismUnsupported, .code = "504",
     .enhanced = R"([45]\.5\.4)"},
    {.entry = "enh-x.5.x", .topic = Topic::ProtocolError, .enhanced = R"([45]\.5\.\d+)"},
    {.entry = "enh-x.6.x", .topic = Topic::MessageMalformed, .enhanced = R"([45]\.6\.\d+)"},

    // --- Reply codes (RFC 5321 section 4.2.2 and 4.2.3, RFC 3207, RFC 4954) ----------------
    {.entry = "421", .topic = Topic::ServerUnavailable, .code = "421"},
    {.entry = "432", .topic = Topic::AuthMechanismUnsupported, .code = "432"},
    {.entry = "450", .topic = Topic::ServerGreylisted, .code = "450"},
    {.entry = "451", .topic = Topic::ServerTemporaryError, .code = "451"},
    {.entry = "452-rcpt", .topic = Topic::RecipientTooMany, .code = "452",
     .stages = stageMask({Stage::RcptTo})},
    {.entry = "452", .topic = Topic::ServerTemporaryError, .code = "452"},
    {.entry = "454", .topic = Topic::AuthTemporaryFailure, .code = "454"},
    {.entry = "500-503", .topic = Topic::ProtocolError, .code = "50[0-3]"},
    {.entry = "504-auth", .topic = Topic::AuthMechanismUnsupported, .code = "504",
     .stages = stageMask({Stage::Auth})},
    {.entry = "504-other", .topic = Topic::ProtocolError, .code = "504", .stages = nonAuthStages},
    {.entry = "504", .topic = Topic::AuthMechanismUnsupported, .code = "504"},
    {.entry = "521", .topic = Topic::ServerUnavailable, .code = "521"},
    {.entry = "530", .topic = Topic::AuthRequired, .code = "530"},
    {.entry = "534", .topic = Topic::AuthAppPasswordRequired, .code = "534"},
    {.entry = "535", .topic = Topic::AuthCredentialsRejected, .code = "535"},
    {.entry = "538", .topic = Topic::AuthEncryptionRequired, .code = "538"},
    {.entry = "550-connect", .topic = Topic::ServerUnavailable, .code = "550",
     .stages = connectStages},
    {.entry = "550-mail", .topic = Topic::SenderRejected, .code = "550",
     .stages = stageMask({Stage::MailFrom})},
    {.entry = "550-rcpt", .topic = Topic::RecipientUnknown, .code = "550",
     .stages = stageMask({Stage::RcptTo})},
    {.entry = "550-data", .topic = Topic::MessageRejectedContent, .code = "550",
     .stages = stageMask({Stage::Data})},
    {.entry = "550", .topic = Topic::ServerPermanentError, .code = "550"},
    {.entry = "551", .topic = Topic::RecipientRelayDenied, .code = "551"},
    {.entry = "552-rcpt", .topic = Topic::RecipientMailboxFull, .code = "552",
     .stages = stageMask({Stage::RcptTo})},
    {.entry = "552", .topic = Topic::MessageTooLarge, .code = "552"},
    {.entry = "553-rcpt", .topic = Topic::RecipientUnknown, .code = "553",
     .stages = stageMask({Stage::RcptTo})},
    {.entry = "553", .topic = Topic::SenderRejected, .code = "553"},
    {.entry = "554-connect", .topic = Topic::ServerUnavailable, .code = "554",
     .stages = connectStages,
     .summary = QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                                   "The server refused the connection straight away, before any "
                                   "command. Usually your IP address is blocked there, or this "
                                   "is not a mail server that takes mail from you.",
                                   "554-connect/summary")},
    {.entry = "554-data", .topic = Topic::MessageRejectedContent, .code = "554",
     .stages = stageMask({Stage::Data})},
    {.entry = "554", .topic = Topic::ServerPermanentError, .code = "554"},
    {.entry = "555", .topic = Topic::ProtocolError, .code = "555"},
    {.entry = "556", .topic = Topic::RecipientUnknown, .code = "556"},
    {.entry = "2xx", .topic = Topic::OkAccepted, .code = "2.."},
    {.entry = "3xx", .topic = Topic::ProtocolError, .code = "3.."},

    // --- First digit (RFC 5321 section 4.2.1) ----------------------------------------------
    {.entry = "4xx", .topic = Topic::ServerTemporaryError, .code = "4.."},
    {.entry = "5xx", .topic = Topic::ServerPermanentError, .code = "5.."},
    // Only an enhanced code was quoted (".NET: The server response was: 5.7.57 ..."): its class.
    {.entry = "class-2", .topic = Topic::OkAccepted, .code = "", .enhanced = R"(2\.\d+\.\d+)"},
    {.entry = "class-4", .topic = Topic::ServerTemporaryError, .code = "",
     .enhanced = R"(4\.\d+\.\d+)"},
    {.entry = "class-5", .topic = Topic::ServerPermanentError, .code = "",
     .enhanced = R"(5\.\d+\.\d+)"},
};

// Texts of TLS libraries, sockets and mail programs, for failures without a reply.
const DiagnosisRule transportTable[] = {
    {.entry = "C-01", .topic = Topic::NetSecurityModeMismatch,
     .text = R"(wrong.version.number|unknown protocol|packet length too long|unexpected tls packet|record layer failure|http request|does not look like a tls handshake|first record does not look|tls_get_more_records|ssl3_get_record)"},
    {.entry = "C-04-expired", .topic = Topic::TlsCertificateExpired,
     .text = R"(certificate (has )?expired|certificate is not yet valid|certificate_expired|not yet valid|validity period)"},
    {.entry = "C-04-name", .topic = Topic::TlsCertificateNameMismatch,
     .text = R"(host ?name (did not|does not|doesn't) match|hostname mismatch|name mismatch|remotecertificatenamemismatch|certificate is not valid for|ip address mismatch|altnames|subject alternative name)"},
    {.entry = "C-04-untrusted", .topic = Topic::TlsCertificateUntrusted,
     .text = R"(self[- ]signed|unable to (get local issuer|verify the first certificate)|certificate verify failed|untrusted|unknown (ca|issuer)|issuer certificate|certificate chain|remotecertificatechainerrors|no certificates could be verified|not trusted)"},
    {.entry = "tls-handshake", .topic = Topic::TlsHandshakeFailed,
     .text = R"(handshake (failure|failed)|alert protocol version|no protocols available|unsupported protocol|no shared cipher|no ciphers available|sslv3 alert|tlsv1 alert|decryption failed|bad record mac|insufficient security|unexpected eof|ssl routines|ssl_connect|handshake)"},
    {.entry = "C-03", .topic = Topic::NetHostNotFound,
     .text = R"(host not found|no such host|name or service not known|nodename nor servname|getaddrinfo|enotfound|nxdomain|could not resolve|unknown host|name resolution|no address associated|eai_again|hostnotfound)"},
    {.entry = "C-02-refused", .topic = Topic::NetConnectionRefused,
     .text = R"(connection refused|econnrefused|actively refused|connectionrefused|refused to connect)"},
    {.entry = "starttls-missing", .topic = Topic::TlsStartTlsUnavailable,
     .text = R"(starttls (is )?(not (offered|supported|available|advertised))|does not support (starttls|tls)|no starttls)"},
    {.entry = "mechanism-missing", .topic = Topic::AuthMechanismUnsupported,
     .text = R"(requested auth method not available|unrecognized authentication type|no (supported|suitable|common|compatible) auth\w* mechanism|mechanism not supported)"},
    {.entry = "auth-missing", .topic = Topic::AuthNotOffered,
     .text = R"(does not support (smtp )?auth|auth\w* not (supported|offered|advertised)|no auth\w* (offered|advertised))"},
    {.entry = "C-02-timeout", .topic = Topic::NetTimeout,
     .text = R"(timed out|time-?out|etimedout|did not properly respond after a period of time|no response from)"},
    {.entry = "connection-lost", .topic = Topic::NetConnectionLost,
     .text = R"(connection (was )?(reset|closed|aborted|lost|dropped)|remote host closed|econnreset|broken pipe|epipe|unexpectedly (closed|disconnected)|remotehostclosed|closed by (the )?(remote|server|peer))"},
};
// clang-format on

std::vector<CompiledRule> compile(const DiagnosisRule *begin, const DiagnosisRule *end)
{
    const auto anchored = [](const char *pattern) {
        return pattern ? QRegularExpression(QStringLiteral("^(?:%1)$").arg(QLatin1String(pattern)))
                       : QRegularExpression();
    };
    const auto searched = [](const char *pattern) {
        return pattern ? QRegularExpression(QString::fromLatin1(pattern),
                                            QRegularExpression::CaseInsensitiveOption)
                       : QRegularExpression();
    };
    std::vector<CompiledRule> rules;
    for (const DiagnosisRule *rule = begin; rule != end; ++rule)
        rules.push_back(
            {rule, anchored(rule->code), anchored(rule->enhanced), searched(rule->text)});
    return rules;
}

} // namespace

const std::vector<CompiledRule> &DiagnosisCatalog::replyRules()
{
    static const std::vector<CompiledRule> rules
        = compile(std::begin(ruleTable), std::end(ruleTable));
    return rules;
}

const std::vector<CompiledRule> &DiagnosisCatalog::transportRules()
{
    static const std::vector<CompiledRule> rules
        = compile(std::begin(transportTable), std::end(transportTable));
    return rules;
}

} // namespace Sendcheck
