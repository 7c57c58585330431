// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence the diagnosis knows, as rules. Every rule that holds speaks for its topic with
// its kind and weight (diagnosiscatalog.h, Weight::); EvidenceScorer adds them up and the
// strongest topic wins, so the order of this table no longer decides anything. The exact
// enhanced status codes come from the IANA registry table (enhancedstatuscodes.cpp); the rules
// here add what the registry cannot say: the words servers and providers use, the reply code,
// the step the reply answered, the provider the server belongs to, and facts of the session.
//
// Text patterns are searched case-insensitively in "<code> <enhanced> <text>" (transport rules:
// in the whole pasted text) and never anchored, because people paste replies wrapped in other
// programs' messages. They name a situation in the words servers use for it, not one server's
// exact sentence; provider rules use that provider's own markers (Yahoo's [TSS04], Microsoft's
// SendAsDenied), which is what makes them provider evidence.
#include "diagnosiscatalog.h"
#include "topicids.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

using Kind = Evidence::Kind;

constexpr unsigned connectStages = stageMask({Stage::Connecting, Stage::Banner});
constexpr unsigned authStage = stageMask({Stage::Auth});
constexpr unsigned mailStage = stageMask({Stage::MailFrom});
constexpr unsigned rcptStage = stageMask({Stage::RcptTo});
constexpr unsigned dataStage = stageMask({Stage::Data});
constexpr unsigned nonAuthStages
    = stageMask({Stage::Connecting, Stage::Banner, Stage::Ehlo, Stage::StartTls,
                 Stage::TlsHandshake, Stage::MailFrom, Stage::RcptTo, Stage::Data, Stage::Quit});

// clang-format off
const DiagnosisRule ruleTable[] = {
    // === Facts of the session: they outweigh any wording ====================================
    {.entry = "ctx-530-plain", .topic = Topic::TlsRequired, .kind = Kind::Session,
     .weight = Weight::Session, .code = "530", .flags = BeforeTls},
    {.entry = "ctx-oauth-535", .topic = Topic::AuthOAuthTokenRejected, .kind = Kind::Session,
     .weight = Weight::Session, .code = "535", .flags = OAuth},

    // === The server's provider: what it does with a code ====================================
    {.entry = "ctx-microsoft-535", .topic = Topic::AuthDisabledByProvider,
     .kind = Kind::HostProvider, .weight = Weight::HostProvider, .code = "535",
     .flags = HostSwitchesOffPasswords, .provider = "microsoft",
     .summary = QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                                   "Microsoft refused the sign-in. Most often sending from apps "
                                   "(SMTP AUTH) is switched off for this mailbox or the whole "
                                   "organisation, or password sign-in has been retired; a wrong "
                                   "password is the less likely cause.",
                                   "ctx-microsoft-535/summary")},
    {.entry = "ctx-app-password-535", .topic = Topic::AuthAppPasswordRequired,
     .kind = Kind::HostProvider, .weight = Weight::HostProvider, .code = "535",
     .flags = HostNeedsAppPassword},
    {.entry = "P-08-host", .topic = Topic::SenderNotAuthorized, .kind = Kind::HostProvider,
     .weight = Weight::HostProvider, .text = R"(relaying disallowed)", .flags = HostIsProvider,
     .provider = "zoho"},

    // === Provider texts: Microsoft 365 / Outlook.com / Exchange ===============================
    {.entry = "M-01", .topic = Topic::AuthDisabledByProvider, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(smtp ?client ?auth\w* is disabled|smtp_auth_disabled)", .provider = "microsoft"},
    {.entry = "M-04", .topic = Topic::AuthDisabledByProvider, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(did not meet the criteria to be authenticated|security defaults|locked by your organi[sz]ation|conditional access)",
     .provider = "microsoft"},
    {.entry = "M-06", .topic = Topic::AuthDisabledByProvider, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(basic auth\w* is (not supported|disabled|blocked)|basic authentication is not)",
     .provider = "microsoft"},
    // The throttle is what the sender meets now, whatever error caused it (M-10)...
    {.entry = "M-10", .topic = Topic::LimitRate, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider + 5,
     .text = R"(sender throttled due to continuous|\b5\.2\.25[1245]\b)", .provider = "microsoft"},
    // ...except where no waiting helps: send-as keeps being denied (5.2.252, SendAsDenied), so
    // the fix is the permission or the From address, not patience...
    {.entry = "M-10-send-as", .topic = Topic::SenderNotAuthorized, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider + 20, .text = R"(\b5\.2\.252\b|continuous send ?as denied)",
     .provider = "microsoft"},
    // ...or a missing licence: the account cannot send at all.
    {.entry = "M-10-licence", .topic = Topic::AuthDisabledByProvider, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider + 20, .text = R"(invalid licen[cs]e|\b5\.2\.253\b)",
     .provider = "microsoft"},
    {.entry = "M-08", .topic = Topic::SenderNotAuthorized, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(\b5\.7\.60\b|not have permissions? to send as|send ?as ?denied)",
     .provider = "microsoft"},
    {.entry = "M-07", .topic = Topic::AuthRequired, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(\b5\.7\.57\b|client (was )?not authenticated to send)", .provider = "microsoft"},
    {.entry = "M-11", .topic = Topic::PolicyBlocklisted, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(bad outbound sender)", .provider = "microsoft"},
    {.entry = "M-12", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(outboundspamexception|refusequota)",
     .provider = "microsoft"},
    {.entry = "M-13", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(submission quota (was )?exceeded|\b5\.1\.90\b|daily limit for message recipients)",
     .provider = "microsoft"},
    {.entry = "M-14-750", .topic = Topic::SenderNotVerified, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(\b5\.7\.750\b|sending from unregistered domains?)", .provider = "microsoft"},
    {.entry = "M-14", .topic = Topic::PolicyBlocklisted, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(tenant has exceeded threshold|traffic not accepted from this ip)",
     .provider = "microsoft"},
    {.entry = "M-16", .topic = Topic::RecipientRelayDenied, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(tenantattribution|wrong office 365 region|\b4\.4\.62\b)", .provider = "microsoft"},
    {.entry = "M-17", .topic = Topic::PolicyBlocklisted, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(part of their network is on our block list|\(S3\d{3}\)|\(S775\)|\bSC-00\d\b|\bDY-00\d\b|\bOU-00\d\b)",
     .provider = "microsoft"},
    {.entry = "M-ipv6", .topic = Topic::ServerPermanentError, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(does not accept e-?mail over ipv6)",
     .provider = "microsoft"},
    {.entry = "M-restricted", .topic = Topic::RecipientSenderRestricted,
     .kind = Kind::ProviderPhrase, .weight = Weight::Provider,
     .text = R"(resolver\.rst\.(auth|not)\w*|not authenticated by (the )?organi[sz]ation|not in (the )?allowed[- ]senders? list|sender not authenticated for (group|mailbox))",
     .provider = "microsoft"},

    // Microsoft's own enhanced codes (Exchange Online NDR reference), outside the registry.
    {.entry = "ms-5.7.57", .topic = Topic::AuthRequired, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.57)", .provider = "microsoft"},
    {.entry = "ms-5.7.60", .topic = Topic::SenderNotAuthorized, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.60)", .provider = "microsoft"},
    {.entry = "ms-5.7.64", .topic = Topic::RecipientRelayDenied, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.64)", .provider = "microsoft"},
    {.entry = "ms-5.7.139", .topic = Topic::AuthDisabledByProvider, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.139)", .provider = "microsoft"},
    {.entry = "ms-5.7.3-auth", .topic = Topic::AuthCredentialsRejected, .kind = Kind::EnhancedCode,
     .weight = Weight::Phrase, .code = "535", .enhanced = R"(5\.7\.3)", .provider = "microsoft"},
    {.entry = "ms-5.7.12x", .topic = Topic::RecipientSenderRestricted, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"([45]\.7\.(12[4-9]|13[3-6]))",
     .provider = "microsoft"},
    {.entry = "ms-5.7.50x-blocked", .topic = Topic::PolicyBlocklisted, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"([45]\.7\.(50[1237]|511|513|6\d\d|7[0-4]\d))",
     .provider = "microsoft"},
    {.entry = "ms-5.7.504", .topic = Topic::RecipientUnknown, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.50[45])", .provider = "microsoft"},
    {.entry = "ms-5.7.506", .topic = Topic::PolicyHeloRejected, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.506)", .provider = "microsoft"},
    {.entry = "ms-5.7.508", .topic = Topic::LimitRate, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.508)", .provider = "microsoft"},
    {.entry = "ms-5.7.509", .topic = Topic::PolicySenderAuthentication,
     .kind = Kind::EnhancedCode, .weight = Weight::ProviderCode,
     .enhanced = R"(5\.7\.(509|51[45]))", .provider = "microsoft"},
    {.entry = "ms-5.7.510", .topic = Topic::ServerPermanentError, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.510)", .provider = "microsoft"},
    {.entry = "ms-5.7.512", .topic = Topic::MessageMalformed, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.512)", .provider = "microsoft"},
    {.entry = "ms-5.2.12x", .topic = Topic::LimitRate, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"([45]\.2\.12[12])", .provider = "microsoft"},
    {.entry = "ms-5.7.750", .topic = Topic::SenderNotVerified, .kind = Kind::EnhancedCode,
     .weight = Weight::ProviderCode, .enhanced = R"(5\.7\.750)", .provider = "microsoft"},

    // === Provider texts: Google ================================================================
    {.entry = "G-08", .topic = Topic::AuthOAuthTokenRejected, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"("status"\s*:\s*"4\d\d"|"schemes"\s*:\s*"bearer|invalid_grant|invalid_token|\bAADSTS\d+|(access )?token (has )?(expired|is invalid|invalid))"},
    // A 334 challenge carrying base64 JSON ("eyJ" is '{"') in a failed sign-in is the OAuth
    // error challenge (RFC 7628 section 3.2.2), whatever is left of it.
    {.entry = "oauth-challenge", .topic = Topic::AuthOAuthTokenRejected, .kind = Kind::Phrase,
     .weight = Weight::Decisive, .code = "334", .text = R"(^334\s+\S*\s*ey[A-Za-z0-9+/])"},
    {.entry = "oauth-data", .topic = Topic::AuthOAuthTokenRejected, .kind = Kind::Phrase,
     .weight = Weight::Decisive, .text = R"(invalid (x?oauth2?|bearer) (auth\w* )?(data|token)|oauthbearer|xoauth2 (auth )?(data|token))"},
    {.entry = "G-02", .topic = Topic::AuthAppPasswordRequired, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(application-specific password required|invalidsecondfactor|app(lication)?[- ]specific password)",
     .provider = "gmail"},
    {.entry = "P-09", .topic = Topic::AuthAppPasswordRequired, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(#AUTH005)", .provider = "yahoo"},
    {.entry = "G-01", .topic = Topic::AuthAppPasswordRequired, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(username and password not accepted|p=badcredentials)",
     .provider = "gmail"},
    {.entry = "browser-signin", .topic = Topic::AuthBrowserSignInRequired,
     .kind = Kind::ProviderPhrase, .weight = Weight::Provider,
     .text = R"((log ?in|sign ?in|login)( to your account)? (via|with|through|using|in|from) (a |your )?(web ?browser|browser|webmail)|web login required|continuesignin|account\.live\.com|verify your account|unlockcaptcha)"},
    {.entry = "G-21-peak", .topic = Topic::LimitRate, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(peak smtp relay limit exceeded)", .provider = "gmail"},
    {.entry = "G-21", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(daily smtp relay limit exceeded)", .provider = "gmail"},
    {.entry = "G-10", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(daily (user )?sending (quota|limit) exceeded)",
     .provider = "gmail"},
    {.entry = "G-20", .topic = Topic::RecipientRelayDenied, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(mail relay denied|invalid credentials for relay)",
     .provider = "gmail"},
    {.entry = "G-relay-dos", .topic = Topic::ServerUnavailable, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(denial of service)", .provider = "gmail"},
    {.entry = "G-sending-denied", .topic = Topic::SenderNotAuthorized, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(mail sending denied|sender account is disabled or not registered)",
     .provider = "gmail"},

    // === Provider texts: Amazon SES and sending services =======================================
    {.entry = "S-02", .topic = Topic::AuthCredentialsRejected, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(not subscribed to ses)", .provider = "ses"},
    {.entry = "S-01", .topic = Topic::AuthCredentialsRejected, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .code = "535", .enhanced = "",
     .text = R"(^535\s+authentication credentials invalid)", .provider = "ses"},
    {.entry = "S-04", .topic = Topic::SenderNotVerified, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(email address is not verified|identities failed the check)", .provider = "ses"},
    {.entry = "S-05", .topic = Topic::SenderNotAuthorized, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(not authori[sz]ed to perform:?\s*ses:)",
     .provider = "ses"},
    {.entry = "S-07", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(daily message quota exceeded)", .provider = "ses"},
    {.entry = "S-07-rate", .topic = Topic::LimitRate, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(maximum sending rate exceeded)", .provider = "ses"},
    {.entry = "P-03", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(maximum credits exceeded)", .provider = "sendgrid"},
    {.entry = "P-01", .topic = Topic::AuthCredentialsRejected, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(bad username ?/ ?password)", .provider = "sendgrid"},
    {.entry = "P-02", .topic = Topic::SenderNotVerified, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(verified sender identity)", .provider = "sendgrid"},
    {.entry = "P-04", .topic = Topic::AuthCredentialsRejected, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(mailgun is not loving)", .provider = "mailgun"},
    {.entry = "P-05", .topic = Topic::SenderNotVerified, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(not a sender signature|sender signature not confirmed)", .provider = "postmark"},
    {.entry = "P-06", .topic = Topic::AuthRequired, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(relay access denied - please authenticate)",
     .provider = "smtp2go"},
    {.entry = "P-07", .topic = Topic::PolicyBlocklisted, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(unauthori[sz]ed ip address)", .provider = "brevo"},
    {.entry = "P-08", .topic = Topic::SenderNotAuthorized, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(sender is not allowed to relay|relaying disallowed as)", .provider = "zoho"},
    {.entry = "P-10", .topic = Topic::LimitRate, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(\[(TSS0[1-4]|TS0\d|GL01)\]|temporarily deferred due to unexpected volume)",
     .provider = "yahoo"},
    {.entry = "P-11", .topic = Topic::PolicyBlocklisted, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider,
     .text = R"(\[(TSS0[59]|TSS1[01]|BL2\d)\]|will be permanently deferred)", .provider = "yahoo"},
    // AOL's reason codes (postmaster.aol.com "554rtrdu" ...): RTR/RLY/DYN/CON refuse the
    // sending IP for its reputation, a dynamic range or a block.
    {.entry = "P-aol", .topic = Topic::PolicyBlocklisted, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(\b(RTR|RLY|DYN|CON):(DU|BL|B[1-3]|T[12]|CH|RD|SC|BB|IR)\b)",
     .provider = "yahoo"},
    {.entry = "P-13", .topic = Topic::LimitQuota, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(exceeded your daily sending limit)",
     .provider = "icloud"},
    // Postal refuses a From address outside the server's domains with these words.
    {.entry = "postal-from", .topic = Topic::SenderNotAuthorized, .kind = Kind::ProviderPhrase,
     .weight = Weight::Provider, .text = R"(from/sender name is not valid)"},

    // === The step the reply answered =========================================================
    // "Unknown command" to STARTTLS: the server has no STARTTLS, whatever it calls it.
    {.entry = "ctx-starttls-unknown", .topic = Topic::TlsStartTlsUnavailable, .kind = Kind::Stage,
     .weight = Weight::Session, .code = "50[02]", .stages = stageMask({Stage::StartTls})},
    {.entry = "ctx-starttls-refused", .topic = Topic::TlsStartTlsUnavailable, .kind = Kind::Stage,
     .weight = 45, .code = "[45]..", .stages = stageMask({Stage::StartTls})},
    {.entry = "ctx-ehlo-refused", .topic = Topic::PolicyHeloRejected, .kind = Kind::Stage,
     .weight = 45, .code = "50[14]|55[04]", .stages = stageMask({Stage::Ehlo})},
    {.entry = "ctx-auth-unknown-command", .topic = Topic::AuthNotOffered,
     .kind = Kind::Stage, .weight = Weight::Decisive + 10, .code = "502", .stages = authStage},
    // 500 to AUTH may also be "authentication line too long" (x.5.6): the step says less.
    {.entry = "ctx-auth-500", .topic = Topic::AuthNotOffered, .kind = Kind::Stage, .weight = 45,
     .code = "500", .stages = authStage},
    {.entry = "connect-access-denied", .topic = Topic::PolicyBlocklisted, .kind = Kind::Stage,
     .weight = 40, .text = R"(access denied|not allowed|blocked|refused)", .stages = connectStages},
    {.entry = "enh-x.7.1-connect", .topic = Topic::PolicyBlocklisted, .kind = Kind::Stage,
     .weight = Weight::Stage, .enhanced = R"(5\.7\.1)", .stages = connectStages},
    {.entry = "enh-x.7.1-mail", .topic = Topic::SenderNotAuthorized, .kind = Kind::Stage,
     .weight = Weight::Stage, .enhanced = R"(5\.7\.1)", .stages = mailStage},
    {.entry = "enh-x.7.1-rcpt", .topic = Topic::RecipientRelayDenied, .kind = Kind::Stage,
     .weight = Weight::Stage, .enhanced = R"(5\.7\.1)", .stages = rcptStage},
    {.entry = "enh-x.7.1-data", .topic = Topic::MessageRejectedContent, .kind = Kind::Stage,
     .weight = Weight::Stage, .enhanced = R"(5\.7\.1)", .stages = dataStage},
    {.entry = "enh-x.1.x-mail", .topic = Topic::SenderRejected, .kind = Kind::Stage,
     .weight = Weight::Stage, .enhanced = R"([45]\.1\.\d+)", .stages = mailStage},
    {.entry = "452-rcpt", .topic = Topic::RecipientTooMany, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "452", .stages = rcptStage},
    // RFC 4954 / 5248: x.7.10 "encryption needed" answers AUTH when the mechanism needs a TLS
    // layer first; elsewhere it asks for TLS as such (the registry's reading).
    {.entry = "x.7.10-auth", .topic = Topic::AuthEncryptionRequired, .kind = Kind::Stage,
     .weight = Weight::Decisive, .enhanced = R"(5\.7\.10)", .stages = authStage},
    {.entry = "504-auth", .topic = Topic::AuthMechanismUnsupported, .kind = Kind::Stage,
     .weight = Weight::Decisive, .code = "504", .stages = authStage},
    {.entry = "504-other", .topic = Topic::ProtocolError, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "504", .stages = nonAuthStages},
    {.entry = "530-auth", .topic = Topic::AuthRequired, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "530", .stages = mailStage | rcptStage | dataStage},
    {.entry = "550-connect", .topic = Topic::ServerUnavailable, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "550", .stages = connectStages},
    {.entry = "550-mail", .topic = Topic::SenderRejected, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "550", .stages = mailStage},
    {.entry = "550-rcpt", .topic = Topic::RecipientUnknown, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "550", .stages = rcptStage},
    {.entry = "550-data", .topic = Topic::MessageRejectedContent, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "550", .stages = dataStage},
    {.entry = "552-rcpt", .topic = Topic::RecipientMailboxFull, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "552", .stages = rcptStage},
    {.entry = "553-rcpt", .topic = Topic::RecipientUnknown, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "553", .stages = rcptStage},
    {.entry = "554-connect", .topic = Topic::ServerUnavailable, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "554", .stages = connectStages,
     .summary = QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis",
                                   "The server refused the connection straight away, before any "
                                   "command. Usually your IP address is blocked there, or this "
                                   "is not a mail server that takes mail from you.",
                                   "554-connect/summary")},
    {.entry = "554-data", .topic = Topic::MessageRejectedContent, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "554", .stages = dataStage},
    {.entry = "mailbox-unavailable-rcpt", .topic = Topic::RecipientUnknown, .kind = Kind::Stage,
     .weight = Weight::Phrase, .code = "5..", .text = R"(mailbox unavailable)",
     .stages = rcptStage},

    // === General words: authentication ========================================================
    {.entry = "M-05", .topic = Topic::AuthCredentialsRejected, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .text = R"(authentication unsuccessful)"},
    {.entry = "X-17", .topic = Topic::AuthCredentialsRejected, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .text = R"(incorrect authentication data)"},
    // User name and password named together as wrong: the login, whatever "invalid user"
    // means elsewhere (a recipient).
    {.entry = "user-or-password", .topic = Topic::AuthCredentialsRejected, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"((invalid|incorrect|wrong|bad|unknown) (user|username|user name|login|account)( name)? (or|and|/) ?(password|passwd|pass)\b)"},
    {.entry = "X-08", .topic = Topic::AuthCredentialsRejected, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(auth\w* (failed|failure|rejected|denied|credentials invalid)|(invalid|incorrect|wrong|bad) (login|credentials|user ?name|password|passwd|username or password|user name or password|username/password|login or password|authentication data)|(username|user name|login|user) (and|or|/) ?password (not accepted|incorrect|invalid|wrong|mismatch)|login (failed|incorrect|denied|invalid|unsuccessful)|password (incorrect|invalid|rejected|not accepted|mismatch|wrong)|credentials (invalid|rejected|incorrect|not accepted)|(could not|cannot|unable to|failed to) authenticate|missing credentials|no credentials|(code|identifiant|mot de passe)( d'authentification)? (invalide|incorrect)|authentification (invalide|echou\w*|refus\w*))"},
    // Heavier than the step's usual reading of the code (504 to AUTH: an unknown mechanism):
    // the words name why the mechanism was refused.
    {.entry = "auth-encryption", .topic = Topic::AuthEncryptionRequired, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(encryption required for (the )?requested auth\w*|\b5\.7\.11\b|plain\s?text (login|auth\w*|password\w*) (is |are )?(not (allowed|permitted|supported)|disabled|refused)|(must|need to) (use|start) (tls|ssl|encryption|starttls) (before|to) (auth\w*|log ?in|sign in)|auth\w* (is )?(not allowed|disabled|not available) (without|before|over (an )?unencrypted|on (an )?unencrypted))"},
    {.entry = "G-05", .topic = Topic::TlsRequired, .kind = Kind::Phrase, .weight = Weight::Decisive,
     .text = R"(must issue a starttls|starttls (command )?(first|required|is required)|(tls|ssl|encryption|starttls) (is )?(required|mandatory|needed) (for|before|on|to)|must use (tls|ssl|encryption|starttls)|(tls|encryption) required for (rcpt|mail|this) |please (use|run|issue) starttls|(not|wasn't|was not|isn't) sent over (a )?(tls|ssl|secure|encrypted)|senders to use tls)"},
    {.entry = "tls-required", .topic = Topic::TlsRequired, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(\b5\.7\.10\b|encryption (needed|required)|(tls|ssl|encryption) (is )?(required|mandatory)|requires? (tls|ssl|starttls|encryption|an encrypted connection)|unencrypted (connection|session)s? (are |is )?not (allowed|permitted|accepted))"},
    // Old TLS versions retired by the server (Microsoft 365's 421 4.7.66): the handshake the
    // client offers is refused.
    {.entry = "tls-version-retired", .topic = Topic::TlsHandshakeFailed, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(tls ?v?1\.[01]( and (tls ?)?v?1\.[01])? (is |are )?(not supported|no longer supported|disabled|deprecated|not allowed)|(upgrade|update) [^.]{0,40}to support tls ?v?1\.[23])"},
    {.entry = "tls-unavailable", .topic = Topic::TlsStartTlsUnavailable, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(tls (is )?not available|starttls[- ](is[- ])?not[- ](supported|available|offered|advertised|allowed)|tls is not (available|supported|offered)|(does not|doesn't) (support|offer) (starttls|tls|ssl|encryption|secure connections)|must support tls|no (tls|starttls) (support|available)|(tls|starttls|ssl) support (is )?(not enabled|disabled|not available))"},
    {.entry = "auth-not-offered", .topic = Topic::AuthNotOffered, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(auth\w* (is )?not (enabled|offered|advertised|allowed|available|supported|permitted)( on| for| here| by)?|when not advertised|auth command (is )?not (implemented|supported|recogni[sz]ed|available)|(does not|doesn't) (support|offer|allow) (smtp )?auth\w*|no auth\w* (offered|advertised|available)|auth\w* (is )?disabled on this (server|port))"},
    {.entry = "X-16", .topic = Topic::AuthRequired, .kind = Kind::Phrase, .weight = Weight::Phrase,
     .text = R"(auth\w* (is )?(required|needed|necessary|mandatory)|must (be )?(authenticate|authenticated|log ?in|sign in)|requires? (smtp )?auth\w*|sender not authenticated|not authenticated|anonymous (user|sender|client|relay\w*)|not (logged|signed) in|authenticate (first|before)|(log ?in|sign[- ]in) (is )?required|authentification requise|only (accepts|allows) (mail|relaying) from authenticated)"},
    {.entry = "X-16-decisive", .topic = Topic::AuthRequired, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(turn on smtp auth\w*|enable smtp auth\w*|without (smtp )?auth\w*|please (authenticate|log ?in|sign in)|client (was |is )?not authenticated|unauthenticated (senders?|users?|clients?|relay\w*|submission|mail from) (are |is )?not (allowed|permitted|accepted)|(smtp )?auth(entication)? required (to|for|before) (send|relay|submit)|(proper|valid|smtp) auth\w* (is )?required|unauthenticated relay\w* (is )?(denied|refused|not (allowed|permitted)))"},
    {.entry = "mechanism", .topic = Topic::AuthMechanismUnsupported, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(requested auth\w* method not available|unrecogni[sz]ed auth\w* (type|mechanism|method)|(invalid|unsupported|unknown|unrecogni[sz]ed|bad) auth\w* (mechanism|method|type|scheme)|auth\w* (mechanism|method|type) (is )?(not (supported|available|allowed|enabled|recogni[sz]ed|implemented)|unsupported|unavailable)|(auth\w*|mechanism|method|xoauth\w*) is no longer supported|no (supported|suitable|common|compatible|acceptable) auth\w* (mechanism|method)s?|mechanism (is )?not (supported|available)|auth\w* mechanism \S+ (is )?not (available|supported|enabled))"},
    // RFC 4954 534 5.7.9: the chosen mechanism is weaker than the server's policy allows.
    {.entry = "mechanism-too-weak", .topic = Topic::AuthMechanismUnsupported, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(mechanism (is )?(too weak|weaker than)|weak(er)? (auth\w* )?mechanism)"},
    {.entry = "auth-temporary", .topic = Topic::AuthTemporaryFailure, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(temporary (auth\w*|login|sign-?in) (failure|error|problem)|auth\w* (temporarily|temporary) (failed|failure|unavailable|error)|cannot authenticate due to (a )?temporary|auth\w* (server|service|backend|database|system) (is )?(unavailable|not available|down|temporarily|not responding|error|failure)|lost to (the )?auth\w* server|try (to authenticate|authenticating|logging in) again later|(unable|not able|cannot|can't) to (authenticate|log ?in|sign in) (at present|at (this|the) (time|moment)|right now|temporarily))"},
    // RFC 4954: a 4xx answer to AUTH is a temporary failure of the sign-in, whatever its words.
    {.entry = "4xx-auth", .topic = Topic::AuthTemporaryFailure, .kind = Kind::Stage,
     .weight = Weight::Stage, .code = "4..", .stages = authStage},
    // A server fault named in a 4xx answer to AUTH ("temporary system problem", "internal
    // error") is the sign-in failing for now, not a fault of the message.
    {.entry = "4xx-auth-fault", .topic = Topic::AuthTemporaryFailure, .kind = Kind::Stage,
     .weight = Weight::Decisive + 5, .code = "4..",
     .text = R"(temporar\w*|internal (server |system )?error|(not |un)available)",
     .stages = authStage},
    {.entry = "auth-attempts", .topic = Topic::AuthTooManyAttempts, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(too many (failed |bad |invalid |unsuccessful |wrong )?(login|log-in|logon|sign-?in|auth\w*|password) (attempts|failures|tries|errors|requests)|too many (auth\w*|login) failures|too many (failed|bad|invalid) (attempts|logins|passwords)|(login|auth\w*) (attempts )?(rate )?limit (exceeded|reached))"},
    // The sender's own account stopped by its provider: "your account", "sending paused for
    // this account", "restricted from sending" (Yahoo's "this account has been disabled" is
    // about a recipient, so "this account" alone is not enough).
    {.entry = "sender-account-stopped", .topic = Topic::AuthDisabledByProvider,
     .kind = Kind::Phrase, .weight = Weight::Decisive,
     .text = R"(your account (is |has been |was )?(temporarily )?(suspended|paused|disabled|deactivated|blocked|frozen|locked|restricted|on hold)|(sending|submission|outbound (mail|e-?mail)) (is |has been )?(paused|suspended|disabled|blocked|frozen) (for|on) (this|your) (account|user|domain)|(restricted|suspended|blocked|barred) from sending|(e-?mail |mail )?outgoing (mail |e-?mail )?(is )?blocked|outgoing (mail|e-?mail|messages) (is |are |has been )?(blocked|suspended|disabled) for)"},
    {.entry = "auth-disabled", .topic = Topic::AuthDisabledByProvider, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"((smtp|imap|pop3?|client) (auth\w*|access|submission|relay) (is |has been )?(disabled|not enabled|turned off|switched off|blocked|deactivated)|(smtp|mail) (access|sending|submission) (is |has been )?(disabled|not enabled|not allowed) for (this|your) (account|user|mailbox)|less secure app|(account|mailbox|user) (is |has been )?(disabled|suspended|deactivated|blocked) for (smtp|sending|submission)|enable (smtp|imap|pop|pop3)( access)? (in|first))"},
    {.entry = "auth-account-disabled", .topic = Topic::AuthDisabledByProvider, .kind = Kind::Stage,
     .weight = Weight::Decisive,
     .text = R"((account|user|mailbox|login) (is |has been |was )?(disabled|suspended|deactivated|blocked|locked|closed|terminated)|user account disabled)",
     .stages = authStage},
    {.entry = "app-password", .topic = Topic::AuthAppPasswordRequired, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(app(lication)?[- ]?(specific )?password|two[- ]?(step|factor)|2fa\b|second factor|mfa (is )?(required|enabled))"},

    // === General words: sender =================================================================
    // A sending account still in its provider's sandbox sends only to addresses it verified.
    {.entry = "sandbox", .topic = Topic::SenderNotVerified, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(sandbox (subdomains?|domains?|mode|account)s? (are|is) (for|only)|(in|still in|out of) (the )?sandbox|add the address to authori[sz]ed recipients)"},
    {.entry = "X-07", .topic = Topic::SenderNotAuthorized, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(not owned by (the )?(auth\w* )?user|sender address rejected: not logged in|not (allowed|authori[sz]ed|permitted|entitled) to (send|submit|use) (mail |e-?mail |messages )?(as|on behalf|with (this|that) (from|sender))|from address (is )?not (allowed|permitted|authori[sz]ed)|(send|sending) as (is )?(denied|not allowed|not permitted)|(sender|from|envelope|mail from)( address)? (does not|doesn't|must) match (the )?(auth\w*|logged[- ]in|login|account|user)|(sender|from)( address)? mismatch|(sender|from) (address )?(is )?not (allowed|authori[sz]ed|permitted) for (this|your) (account|user|login)|not authori[sz]ed to use (this|that) (sender|from|address)|unauthori[sz]ed use of (the |this |that )?(sender|from|envelope)|(send|sending) as [^.]{0,40}(is )?(not (allowed|permitted|authori[sz]ed)|denied|forbidden)|not (a )?local sender|not (allowed|authori[sz]ed|permitted) to send (mail |e-?mail |messages )?from (this|that|the|your) (address|domain|sender|e-?mail)|sender address (is )?not (allowed|permitted|authori[sz]ed) (for|to)\b)"},
    {.entry = "not-verified", .topic = Topic::SenderNotVerified, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(not (a |yet )?verified (sender|identity|address|domain|from)|unverified (sender|domain|from|address|identity)|(address|domain|identity|sender)( address)? (is |has )?not (been )?verified|verify (your|the) (sender|domain|from address|identity)|sender (identity|signature) (is )?(not|missing)|(domain|address) (is )?not (registered|authenticated) (with|in|on) (your|this|the) account)"},
    // An address status (x.1.n, RFC 3463) given to MAIL FROM is about the sender's address,
    // whatever mailbox the registry's wording has in mind.
    {.entry = "x.1-mail", .topic = Topic::SenderRejected, .kind = Kind::Stage,
     .weight = Weight::Exact + 5, .enhanced = R"([45]\.1\.\d+)", .stages = mailStage},
    {.entry = "X-02", .topic = Topic::SenderRejected, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(sender address rejected: domain not found|(sender|from:?|mail from|return[- ]path)('s)? domain (is )?(invalid|not found|unknown|does not exist|doesn't exist|must (exist|resolve)|has no (mx|a|dns))|domain of sender address .* does not (exist|resolve)|unrout(e)?able sender|ip addresses are not allowed as a from|sender domain (not found|unknown|invalid|must)|badmailfrom)"},
    {.entry = "X-19", .topic = Topic::SenderRejected, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(sender verif\w* failed|could not complete sender verify|verification failed for|not recogni[sz]e .{0,60} as a valid sender|(sender|return[- ]path|envelope from|mail from)( address)? (could not be|cannot be|was not) verified)"},
    {.entry = "S-11", .topic = Topic::SenderRejected, .kind = Kind::Phrase, .weight = Weight::Phrase,
     .text = R"(sender address rejected|(invalid|bad|illegal|malformed|unknown) (sender|from|mail from|envelope sender|return[- ]path)( address)?|sender (was |is )?(denied|rejected|refused|unknown|invalid|not (allowed|accepted))|emetteur invalide|null sender|empty (sender|envelope)|sender (address )?syntax|(sender|from)( address)? (must contain|must have|needs?|requires?) (a )?(domain|fully[- ]qualified))"},
    {.entry = "S-11-address", .topic = Topic::SenderRejected, .kind = Kind::Phrase,
     .weight = Weight::Loose, .text = R"(invalid (e-?mail )?address|address unknown|bad address syntax)"},

    // === General words: recipient ==============================================================
    // An address without its domain, refused at RCPT TO.
    {.entry = "rcpt-no-domain", .topic = Topic::RecipientUnknown, .kind = Kind::Stage,
     .weight = Weight::Decisive, .text = R"((missing|no|without (a )?) ?domain\b|must contain a domain)",
     .stages = rcptStage},
    {.entry = "S-11-rcpt", .topic = Topic::RecipientUnknown, .kind = Kind::Stage,
     .weight = Weight::Phrase, .text = R"(invalid (e-?mail )?address|address unknown|bad address syntax)",
     .stages = rcptStage},
    {.entry = "G-23", .topic = Topic::RecipientUnknown, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(account that you tried to reach (does not exist|is disabled|is inactive)|(user|addressee|recipient|mailbox|account|alias|address) unknown|unknown (user|recipient|mailbox|local[- ]?part|alias|account|address|or illegal|addressee)\b|(has )?moved (with )?no forwarding|no forwarding address|no such (user|mailbox|recipient|account|alias|local user|address|person)|(mailbox|recipient|address|user|account|alias|local[- ]?part)( name| address)? (does not|doesn't|did not) exist|(mailbox|recipient|user|account|address|destination)( address| name)? (is )?(unknown|not (found|known|listed|present|valid))|(invalid|illegal|bad|non-?existent) (recipient|mailbox|destination address|destination mailbox|user)\b(?! ?names?\b)|(is not|isn't) a (valid|known) (mailbox|recipient|user|address)|mailbox (is )?(frozen|disabled|inactive|locked|closed|suspended)|no mailbox|not our (user|customer)|no longer (valid|on (this |the )?server|active|available|exists|in use|with|employed)|disabled or discontinued|(account|mailbox|user|address) (has been |is |was )?(disabled|deactivated|suspended|inactive|blocked|closed|terminated|deleted|removed|discontinued|expired)|inactive (e-?mail )?(address|account|user)|recipient\w* not found|(doesn't|does not) have an? .{1,40} account|disabled recipient|recipient address disabled|not listed in (the )?(domino|public name|directory|address book|name & address)|(recipient|rcpt|destination)( address)? (must contain|must have|needs?|requires?) (a )?(domain|fully[- ]qualified)|unrout(e)?able address|mailbox has moved|address (is )?no longer|(user|mailbox|recipient|account|address) (does )?not exists?\b|archived (recipient|mailbox|account)|badrcptto)"},
    {.entry = "recipient-rejected", .topic = Topic::RecipientUnknown, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(recipient address(es)? rejected|recipient (was |is )?(rejected|refused|invalid|denied)|(destination|recipient) address rejected|address rejected|rcpt (to )?(rejected|refused))"},
    {.entry = "mailbox-full", .topic = Topic::RecipientMailboxFull, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(mailbox (is |was |for user is |of the recipient is )?(full|over (its |the )?(quota|limit|size)|exceeded)|(inbox|mailbox|mail box|mail folder) (is )?full|over ?quota|mailbox size limit|exceeded storage allocation|disk quota|out of (storage|disk space|space)|(storage|disk) (space )?(is )?full|storage space|quota (exceeded|is full|full) (for|\(mailbox)|(user|recipient|mailbox|account)('s)? (quota|storage|mailbox) (is )?(exceeded|full)|exceed\w* (the |its |his |her |their )?(mailbox|storage|disk) (quota|size|limit|space)|full mailbox|not enough (storage|space|disk space) (for|in) (the |this )?(mailbox|user|recipient)|mailbox (size )?exceeds (the )?(allowed |maximum |permitted )?(size|quota|limit))"},
    {.entry = "mailbox-quota", .topic = Topic::RecipientMailboxFull, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .text = R"(quota exceeded|quota)"},
    {.entry = "X-01", .topic = Topic::RecipientRelayDenied, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(relay(ing)? (access )?(is )?(denied|not permitted|not allowed|prohibited|refused|forbidden|disabled)|(unable|not able|cannot|can't) (to )?relay|not (permitted|allowed|configured|authori[sz]ed) to relay|we do not relay|no relaying|relay not (permitted|allowed)|allowed rcpthosts|not in my list of (allowed )?(rcpt)?hosts|(this|the) (server|system|host) (is not|isn't) (configured|set up) to relay|not a (local|hosted) domain|(we|i) do not (accept|handle) mail for (that|this) domain|(recipient|rcpt) domain (is )?not (local|hosted|served)|not local(?! sender)( domain|; please try)?|user not local|(delivery|relaying|sending) (is )?not (allowed|permitted) to this (address|domain|recipient))"},
    {.entry = "sender-restricted", .topic = Topic::RecipientSenderRestricted, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(recipient('s)? preferences|(only|not) (accept\w*|receiv\w*|allow\w*) (mail|messages|e-?mail) from (certain|authenticated|internal|approved|listed|specific|known|allowed|its|members)|not in (the |their )?(white|allow|safe)[- ]?(list|senders)|allowed[- ]senders? list|(restricted|limited) to (certain|approved|internal|authenticated|specific) senders|sender (is )?not (allowed|permitted|authori[sz]ed) to (send|post|write) to (this|the) (group|list|recipient|mailbox|address)|(group|list|mailbox) (only accepts|accepts only|is restricted|is moderated)|you are not (a member|allowed to post))"},
    {.entry = "X-10", .topic = Topic::RecipientTooMany, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(too many (recipients|rcpts?|addresses)|recipients? (limit|count) (exceeded|reached)|(exceed\w*|over) (the )?(maximum|max|allowed) (number of )?recipients|policy size per transaction|max(imum)? (number of )?recipients( per (message|mail|transaction))?)"},

    // === General words: limits =================================================================
    {.entry = "rate", .topic = Topic::LimitRate, .kind = Kind::Phrase, .weight = Weight::Phrase,
     .text = R"(rate ?limit|rate-limit|rate exceeded|sending rate|throttl|slow down|too fast|too quickly|too frequent)"},
    // A count within a time window is a rate, whatever is counted.
    {.entry = "rate-window", .topic = Topic::LimitRate, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(too many [\w ]{1,30} (this|per|an|each|in the last|in one) (hour|minute|second|day)|(sending|message|connection) rate (limit|exceeded))"},
    // "Unusual rate" names the cause; the block that follows it is its consequence.
    {.entry = "unusual-rate", .topic = Topic::LimitRate, .kind = Kind::Phrase,
     .weight = Weight::Provider + 5, .text = R"(unusual (rate|volume|amount) of|unusual sending activity)"},
    {.entry = "rate-decisive", .topic = Topic::LimitRate, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(receiving mail (too quickly|too fast|at a rate)|too many (\w+ ){0,2}(messages|e-?mails|mails|connections|sessions|requests|transactions|deliveries)|too many (concurrent|simultaneous|parallel)|too much (mail|e-?mail|traffic|volume)|exceeded (the )?(allowed|maximum|max|permitted) (number of )?(connections|sessions|messages|mails|e-?mails|requests)|(sent|sending|send) too many (messages|e-?mails|mails)|frequency (limit\w*|exceeded)|(sending |mail |message )?(frequency|rate|volume) (is |was )?too high|frequency .{0,10}limited|exceeded (the )?permitted limits|(connection|session|thread|concurrency|message|sending|submission|ip)s?[- ](rate )?limit (exceeded|reached|hit)|(concurrent )?(connection|session|thread|concurrency)s? limit|max(imum)? (number of )?(messages|connections|sessions|mails) per|(messages|mails|e-?mails|connections) per (hour|minute|second|session)|(per|an) (hour|minute|second) .{0,30}(limit|exceeded)|(hourly|per-hour|per-minute) (limit|rate|quota)|receive limit|mail flood|flood (detected|policy)|excessive (volume|mail|traffic|connections)|traffic (from .{0,40})?(is )?(limited|throttled)|unexpected volume|temporarily deferred (due to|because of))"},
    {.entry = "quota", .topic = Topic::LimitQuota, .kind = Kind::Phrase, .weight = Weight::Decisive,
     .text = R"((daily|hourly|monthly|weekly|24[- ]hour) (\w+ ){0,2}(quota|limit|allowance|cap)( (has been |was )?(exceeded|reached|hit))?|reached (your|the|its) (daily|hourly|monthly|sending|send|outbound|account) (\w+ )?(quota|limit)|(sending|send|submission|relay|outbound|message|account) (quota|limit) (has been |was )?(exceeded|reached|hit)|exceed\w* (your|the|its) (daily|monthly|sending|account|plan) (\w+ )?(quota|limit)|out of credits|credits (exceeded|exhausted|used up|depleted)|(insufficient|no) (remaining )?credits|(plan|account) (limit|quota) (exceeded|reached)|(limit|number) (on|of) (the )?(number of )?(allowed )?outgoing (messages|mails|e-?mails)|outgoing (message|mail|e-?mail) (limit|quota)|(e-?mail|sending|send) quota exceeded|(messages|mails|e-?mails|recipients) (per|a|each) day|per-day (limit|quota))"},

    // === General words: the message ===========================================================
    {.entry = "X-11", .topic = Topic::MessageTooLarge, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"((message|mail|e-?mail|attachments?|data)( size)? (is |was )?(too (long|large|big)|exceeds (the )?(size|maximum|max|limit|allowed)|over (the )?(size )?limit)|too (big|large)\b|size (limit|exceeds|exceeded)|message size|exceeded google's message size|message length exceeds|exceeds (the )?(maximum|max|allowed|permitted|size|message size|fixed)|headers? (too large|size)|too large for|maxsubmissionexceeded|max(imum)? (message |allowed )?size|too big for|(message|mail) (was )?larger than|taille (limite|maximale)( du message)? (atteinte|depass\w*)|message trop (gros|volumineux))"},
    {.entry = "G-19", .topic = Topic::MessageMalformed, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(not (rfc ?)?(5322|2822|822) compli\w*|missing a valid (message-id|address in (the )?from)|(invalid|bad|malformed|illegal|no valid) (e-?mail )?address(es)? in (the )?(from|sender|to|cc|reply-to)\b|missing (a |the )?(required )?(header|from|date|message-id|subject)( header)?|malformed|duplicate (headers?|from|subject|date|message-id|to)|header (syntax|error|field|line)s? (error|invalid|too long)?|multiple (subject|from|to|date|message-id|sender|reply-to) (headers|addresses|fields)|multiple addresses in from|encoded-word syntax|(unicode|non-ascii|8-?bit|utf-?8) (character|data|text|byte)s? (in|is not allowed in) (a |the )?(disallowed |message )?header|header error|headers? (fail\w*|(are |is )?invalid|syntax)|syntax check|improper use of 8-bit|no from: header|blank from:|invalid characters|message line (is )?too long|line limit exceeded|bare ?(lf|cr|<lf>|<cr>|line ?feeds?|newlines?)|smtplf|(invalid|bad|broken) (mime|message|header|encoding|date)|mime (error|format|structure)|not crlf terminated|(bare|lone|naked) (cr|lf)\b|internationali[sz]ed (mailbox|address|e-?mail)|smtputf8|(utf-?8|non-ascii|unicode) (address|mailbox|local[- ]part)|(too many|excessive|nested) mime parts|mime (nesting|depth)|media (error|not supported)|message (is )?not (properly )?(formatted|encoded))"},
    {.entry = "line-too-long-data", .topic = Topic::MessageMalformed, .kind = Kind::Stage,
     .weight = Weight::Decisive, .text = R"(line (is )?too long|line length)", .stages = dataStage},
    {.entry = "content", .topic = Topic::MessageRejectedContent, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(\bspam\b|\bjunk\b|content (rejected|policy|filter\w*|violation)|virus|malware|phish|suspicious|policy violation|unsolicited|\bUBE\b|\bUCE\b|attachment|policy reasons|local policy|violat\w+ .{0,40}polic\w+|policy that prohibited|prohibited (content|file|attachment|words?)|filtered|spam ?score|bulk (mail|e-?mail))"},
    {.entry = "message-rejected", .topic = Topic::MessageRejectedContent, .kind = Kind::Phrase,
     .weight = Weight::Loose,
     .text = R"(message (content )?(was )?(rejected|refused|blocked|not accepted))"},
    {.entry = "content-decisive", .topic = Topic::MessageRejectedContent, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(content rejected|(scored|flagged|classified|judged|detected|identified|considered|marked) (as|to be) (spam|junk|bulk)|spam classification|likely (unsolicited|spam)|looks like spam|(virus|malware) (detected|infected|found)|infected|illegal attachment|(blacklisted|blocklisted|listed|blocked) (url|link|domain)s? in|\buribl\b|\bsurbl\b|\bdbl\b|its content presents|contains (a |an )?(link|url|uri|domain)s? (to|on|in|listed|that)|(attachment|file) (type|extension)s? (is|are) (not allowed|blocked|prohibited|rejected)|(blocked|dangerous|executable|banned) (attachment|file)|high probability of (being )?spam|spam (detected|content|filter|message))"},

    // === General words: policy =================================================================
    {.entry = "G-14", .topic = Topic::PolicySenderAuthentication, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .text = R"(\bdmarc\b|\bdkim\b|\bspf\b|sender authentication|domainkeys|\bsender ?id\b)"},
    {.entry = "G-14-decisive", .topic = Topic::PolicySenderAuthentication, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(\b(spf|dkim|dmarc)\b[^.]{0,60}\b(fail\w*|pass\w*|polic\w+|violation|check\w*|records?|authenticat\w+|verification|validation|softfail|hardfail|alignment|signature)|(fail\w*|not pass|n't pass|hard ?fail|soft ?fail)[^.]{0,40}\b(spf|dkim|dmarc)\b|sender policy framework|unauthenticated (e-?mail|mail|message)|sender is unauthenticated|authenticate with (either )?(spf|dkim)|invalid ip for sending (mail )?of domain|authentication level|not (a )?(designated|permitted) sender|(isn't|is not|not) aligned with|(is )?not permitted by (the )?(domain|sender)|(message|mail) (failed|fails) (authentication|sender authentication)|arc validation|(fails?|failed|did not|does not) (to )?pass (\w+ ){0,2}authentication|(does not|doesn't) have authentication information|authentication checks? (failed|did not pass))"},
    {.entry = "G-17", .topic = Topic::PolicyReverseDns, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(ptr (record|lookup|rr|entry)|\bptr\b|reverse (dns|lookup|hostname|mapping|resolution|name|record)|\brdns\b|\bfcrdns\b|forward[- ]confirmed|does not match the ip address of the hostname|cannot find your (reverse )?hostname|no (valid )?(reverse|ptr|hostname for)|without (a )?(valid )?(reverse|ptr|hostname)|dns ptr|mismatches client ip|unverif[iy]able sending ips?|(hostname|host name) (lookup|verification) failed|your (host ?name|hostname|ip( address)?) (does not|doesn't|did not|could not|cannot) (be )?resolve|client (host ?name|hostname) (does not|doesn't|did not) resolve|ip .{0,30}(has no|does not have a|without a) (hostname|host name|name))"},
    {.entry = "X-13", .topic = Topic::PolicyBlocklisted, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(blocked using|spamhaus|barracuda|spamcop|sorbs|uceprotect|mailspike|invaluement|abuseat|proofpoint|cloudmark|trend ?micro|blocklist|blacklist|block ?list|blocked list|deny ?list|\bdnsbl\b|\w*rbl\b|(low|poor|bad|negative) (\w+ ){0,2}reputation|ip reputation|reputation (of|is|score)|listed (at|on|in|by) |listing (in|on)|\b(SBL|XBL|PBL|CBL)\b|banned (sending ip|sender|ip|host)|open (relay|proxy)|host network not allowed|\(bl\)|dynamic (ip|address|pool|range)|residential (ip|address|range)|dial-?up|end-user (ip|address)|not accepting mail from (your|this) (ip|host|server|network)|connections? (will )?not (be )?accepted from)"},
    {.entry = "ip-blocked", .topic = Topic::PolicyBlocklisted, .kind = Kind::Phrase,
     .weight = Weight::Provider,
     .text = R"(blocked (for|due to) (abuse|spam\w*)|client host (blocked|\S+ blocked)|\b(ip|host|server|network|client)( address)? (\S+ )?(has been |is |was )?(temporarily |permanently )?(blocked|banned|blacklisted|blocklisted)|not authori[sz]ed to send e-?mail directly|(use|through|via) your (isp|provider|internet (service )?provider)('?s)? (\w+ )?(relay|smtp|mail|outgoing)|(not (allowed|permitted)|may not) (to )?send (mail |e-?mail )?directly|(your|the sending|sender) ip( address)? (is|was|has been) (rejected|refused|denied|not allowed))"},
    // The sending IP or host itself refused "by policy": a refusal of the sender's address on
    // the network, not an unexplained one (the words name whom the policy refuses).
    {.entry = "ip-refused-by-policy", .topic = Topic::PolicyBlocklisted, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(\b(ip|client host|client|sending (ip|host|server)|your (ip|host|server))( address)? (\[?[0-9a-f.:]+\]? )?(has been |is |was )?(rejected|denied|refused|blocked) (by|due to) (local |sender ip |ip )?policy|rejected by (sender |client )?ip policy)"},
    {.entry = "client-host-rejected", .topic = Topic::PolicyBlocklisted, .kind = Kind::Phrase,
     .weight = Weight::Loose, .text = R"(client host rejected|may not be mail exchanger)"},
    {.entry = "X-04", .topic = Topic::PolicyHeloRejected, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(helo command rejected|need fully[- ]qualified (hostname|domain)|fully[- ]qualified (domain|host) ?name (required|needed)|\bfqdn\b|(invalid|bad|illegal|forged|bogus|wrong) (helo|ehlo)|(helo|ehlo)(/(helo|ehlo))? (name |hostname |host name |argument |domain |greeting )?(\w+ )?(rejected|is invalid|invalid|not allowed|required|must be|is not|does not)|empty (helo|ehlo)|my name was rejected|syntactically invalid (helo|ehlo))"},

    // === General words: the server =============================================================
    {.entry = "X-20", .topic = Topic::ServerUnavailable, .kind = Kind::Phrase,
     .weight = Weight::Decisive, .text = R"(no smtp service|not accepting (network )?(messages|mail|connections) (at this time|right now|now)|(server|service|system) (is )?(shutting down|under maintenance|overloaded)|maintenance)"},
    {.entry = "service-unavailable", .topic = Topic::ServerUnavailable, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(service (not available|unavailable|temporarily unavailable|is unavailable|refused)|closing (transmission )?channel|too busy|(server|system|host|service) (is )?busy|refused to talk|not accepting (network )?(messages|mail|connections)|(server|service|system) (is )?(temporarily )?(unavailable|not available|down|overloaded)|too many (connections|sessions) (on|to) (this|the) server)"},
    {.entry = "X-14", .topic = Topic::ServerGreylisted, .kind = Kind::Phrase,
     .weight = Weight::Provider,
     .text = R"(gr[ea]y[- ]?list|postgrey|is not yet authori[sz]ed to deliver|try again in \d+ (seconds|minutes|sec|min))"},
    {.entry = "X-14-mimecast", .topic = Topic::ServerGreylisted, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(internal resource temporarily unavailable|mailbox busy|temporarily rejected rcpt|(please )?(come back|retry|resend) (later|again later|in a (few|little)))"},
    {.entry = "closing-connection", .topic = Topic::ServerUnavailable, .kind = Kind::Phrase,
     .weight = Weight::Loose, .text = R"(closing (the )?connection)"},
    // Loose: "try again later" ends many temporary refusals; alone it suggests greylisting.
    {.entry = "try-later", .topic = Topic::ServerGreylisted, .kind = Kind::Phrase,
     .weight = 20, .text = R"(try again later|please try again|deferred|try later)"},
    {.entry = "X-05", .topic = Topic::ServerTemporaryError, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(server configuration problem|temporary (system|server|service|local|internal|processing|delivery)? ?(problem|failure|error|issue)|temporarily (unable|failed)|local error in processing|insufficient (system (storage|resources)|disk space|resources)|queue file write error|(space|disk|storage) shortage|timeout waiting for data|upstream (error|failure|unavailable)|(unable|failed) to (process|queue|store|write)|queu(e|ing) (is )?(declined|disabled|unavailable|not available|failed))"},
    {.entry = "internal-error-4xx", .topic = Topic::ServerTemporaryError, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .code = "4..", .text = R"(internal (server |system |mail )?error)"},
    {.entry = "internal-error-5xx", .topic = Topic::ServerPermanentError, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .code = "5..",
     .text = R"(internal (server |system |mail )?error|mailer error)"},
    {.entry = "loop", .topic = Topic::ServerPermanentError, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(hop count|mail loop|routing loop|forwarding loop|too many hops|\d+ hops|loop detected|looping|no valid recipients)"},
    {.entry = "open-resolver", .topic = Topic::ServerPermanentError, .kind = Kind::Phrase,
     .weight = Weight::Provider, .text = R"(open resolver)"},
    {.entry = "policy-denied", .topic = Topic::ServerPermanentError, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"((denied|rejected|refused) by (local )?policy|administrative prohibition|does not accept (e-?)?mail|no mail (is )?accepted|null mx)"},
    // The server lost the connection on its side (maddy, Exim, Dovecot word it so).
    {.entry = "network-io", .topic = Topic::NetConnectionLost, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(network (i/o|io|read|write) error|(i/o|read|write) error on (the )?(network|connection|socket))"},
    {.entry = "timeout", .topic = Topic::NetTimeout, .kind = Kind::Phrase, .weight = Weight::Phrase,
     .text = R"(timed? ?out|time-out|connection expired|no response from)"},
    // Windows socket errors quoted by Exchange and .NET: 10060 is a timeout, 10061 a refusal.
    {.entry = "winsock-timeout", .topic = Topic::NetTimeout, .kind = Kind::Phrase,
     .weight = Weight::Decisive, .text = R"((winsock|win32|socket) error( code)?\W{0,3}10060\b|wsaetimedout)"},
    {.entry = "winsock-refused", .topic = Topic::NetConnectionRefused, .kind = Kind::Phrase,
     .weight = Weight::Decisive, .text = R"((winsock|win32|socket) error( code)?\W{0,3}10061\b|wsaeconnrefused)"},
    // The server saw a TLS handshake on a port that expects plain SMTP (or the reverse).
    {.entry = "tls-on-plain-port", .topic = Topic::NetSecurityModeMismatch, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"((ssl|tls)( handshake| connection| hello)? (attempted|received|started|sent) (over|on) (a )?(non-(ssl|tls)|plain(text)?|unencrypted) (socket|port|connection))"},
    {.entry = "dns-failure", .topic = Topic::NetHostNotFound, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(host unknown|host (or domain name )?not found|domain is not reachable|dns (query|lookup|resolution) (failed|failure|error)|name server: .{0,60}no data|(no|cannot find|unable to find) (an? )?(mx|a|aaaa) (record|host)|mx (record|lookup) (not found|failed))"},
    {.entry = "dns-failure-loose", .topic = Topic::NetHostNotFound, .kind = Kind::Phrase,
     .weight = Weight::Phrase, .text = R"(no such domain|invalid domain\W*$|domain (name )?not found)"},
    // A refusal that names no reason: "Access denied", "Rejected". The code's usual meaning
    // at that step may still win; the words do not add anything to it.
    {.entry = "no-reason", .topic = Topic::ServerPermanentError, .kind = Kind::Phrase,
     .weight = Weight::Stage,
     .text = R"(^\d{3}\s+(\d\.\d+\.\d+\s+)?(access denied|rejected|denied|refused)\W*$)"},

    // === Protocol ==============================================================================
    {.entry = "line-too-long", .topic = Topic::ProtocolError, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(line (is )?too long|\b5\.5\.6\b|command unrecogni[sz]ed|syntax error|bad sequence|command not (implemented|recogni[sz]ed|understood)|invalid command|unknown command|parameters? not (recogni[sz]ed|implemented|supported))"},
    {.entry = "protocol", .topic = Topic::ProtocolError, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(protocol (violation|error)|(not (permitted|allowed)|forbidden) (during|in) (a |the )?(mail )?transaction|(smtp |protocol |command )?synchroni[sz]ation( error)?|too many (errors|bad commands|invalid commands|unknown commands|unrecogni[sz]ed commands|syntax errors)|unrecogni[sz]ed command|unimplemented command|(improper|bad|wrong|invalid) (sequence|order) of commands|out of sequence|(send|need|expecting) (helo|ehlo|mail|rcpt|data)(/(helo|ehlo))?( command)? first|\b(mail|rcpt|helo|ehlo) first|no data after bdat|cannot decode response|(can't|cannot|unable to) decode|no identity changes permitted|argument not permitted|may not be repeated|already (active|started|authenticated|in tls)|unexpected greeting|too many unrecogni[sz]ed commands|(pipelin\w*|pipe ?lin\w*) (after|not allowed|not permitted)|command pipelining|syntax error in (parameters|arguments)|invalid (parameter|argument)s?|command line (is )?too long|(initial (data|response)|data) (is |was )?not expected|unexpected (argument|initial) data)"},

    // === Reply codes (RFC 5321 section 4.2.2 and 4.2.3, RFC 3207, RFC 4954, RFC 7504) ==========
    {.entry = "421", .topic = Topic::ServerUnavailable, .kind = Kind::ReplyCode, .weight = 20,
     .code = "421"},
    {.entry = "432", .topic = Topic::AuthMechanismUnsupported, .kind = Kind::ReplyCode,
     .weight = Weight::Loose, .code = "432"},
    {.entry = "450", .topic = Topic::ServerGreylisted, .kind = Kind::ReplyCode,
     .weight = Weight::Vague, .code = "450"},
    {.entry = "451", .topic = Topic::ServerTemporaryError, .kind = Kind::ReplyCode,
     .weight = Weight::Vague, .code = "451"},
    {.entry = "452", .topic = Topic::ServerTemporaryError, .kind = Kind::ReplyCode,
     .weight = Weight::Vague, .code = "452"},
    // RFC 4954's temporary AUTH failure; with an enhanced code of another subject ("454 4.3.0
    // Try again later") the enhanced code tells more than the reply code.
    {.entry = "454", .topic = Topic::AuthTemporaryFailure, .kind = Kind::ReplyCode,
     .weight = Weight::Loose, .code = "454", .enhanced = R"(|[45]\.7\.\d+)"},
    {.entry = "500-503", .topic = Topic::ProtocolError, .kind = Kind::ReplyCode,
     .weight = Weight::Loose, .code = "50[0-3]"},
    {.entry = "504", .topic = Topic::AuthMechanismUnsupported, .kind = Kind::ReplyCode,
     .weight = 20, .code = "504"},
    // RFC 7504: 521 has one meaning, this host does not accept mail at all.
    {.entry = "521", .topic = Topic::ServerUnavailable, .kind = Kind::ReplyCode,
     .weight = Weight::Phrase + 5, .code = "521"},
    {.entry = "530", .topic = Topic::AuthRequired, .kind = Kind::ReplyCode, .weight = 40,
     .code = "530"},
    {.entry = "534", .topic = Topic::AuthAppPasswordRequired, .kind = Kind::ReplyCode,
     .weight = 40, .code = "534"},
    {.entry = "535", .topic = Topic::AuthCredentialsRejected, .kind = Kind::ReplyCode,
     .weight = 40, .code = "535"},
    {.entry = "538", .topic = Topic::AuthEncryptionRequired, .kind = Kind::ReplyCode,
     .weight = 40, .code = "538"},
    {.entry = "550", .topic = Topic::ServerPermanentError, .kind = Kind::ReplyCode,
     .weight = 10, .code = "550"},
    {.entry = "551", .topic = Topic::RecipientRelayDenied, .kind = Kind::ReplyCode,
     .weight = Weight::Loose, .code = "551"},
    {.entry = "552", .topic = Topic::MessageTooLarge, .kind = Kind::ReplyCode, .weight = 20,
     .code = "552"},
    {.entry = "553", .topic = Topic::SenderRejected, .kind = Kind::ReplyCode, .weight = 20,
     .code = "553"},
    {.entry = "554", .topic = Topic::ServerPermanentError, .kind = Kind::ReplyCode,
     .weight = 10, .code = "554"},
    {.entry = "555", .topic = Topic::ProtocolError, .kind = Kind::ReplyCode,
     .weight = Weight::Loose, .code = "555"},
    {.entry = "556", .topic = Topic::RecipientUnknown, .kind = Kind::ReplyCode,
     .weight = 40, .code = "556"},
    {.entry = "2xx", .topic = Topic::OkAccepted, .kind = Kind::ReplyCode, .weight = 40,
     .code = "2.."},
    {.entry = "3xx", .topic = Topic::ProtocolError, .kind = Kind::ReplyCode, .weight = 20,
     .code = "3.."},
    // First digit only (RFC 5321 section 4.2.1: unknown codes).
    {.entry = "4xx", .topic = Topic::ServerTemporaryError, .kind = Kind::ReplyCode, .weight = 5,
     .code = "4.."},
    {.entry = "5xx", .topic = Topic::ServerPermanentError, .kind = Kind::ReplyCode, .weight = 5,
     .code = "5.."},

    // === Enhanced codes outside the registry: class and subject only ===========================
    {.entry = "class-2", .topic = Topic::OkAccepted, .kind = Kind::EnhancedClass,
     .weight = Weight::Class, .enhanced = R"(2\.\d+\.\d+)"},
    {.entry = "class-4", .topic = Topic::ServerTemporaryError, .kind = Kind::EnhancedClass,
     .weight = Weight::Class - 2, .enhanced = R"(4\.\d+\.\d+)"},
    {.entry = "class-5", .topic = Topic::ServerPermanentError, .kind = Kind::EnhancedClass,
     .weight = Weight::Class - 2, .enhanced = R"(5\.\d+\.\d+)"},
    {.entry = "subject-x.1", .topic = Topic::RecipientUnknown, .kind = Kind::EnhancedClass,
     .weight = Weight::Class, .enhanced = R"([45]\.1\.\d+)"},
    {.entry = "subject-5.2", .topic = Topic::RecipientUnknown, .kind = Kind::EnhancedClass,
     .weight = Weight::Class, .enhanced = R"(5\.2\.\d+)"},
    {.entry = "subject-x.5", .topic = Topic::ProtocolError, .kind = Kind::EnhancedClass,
     .weight = Weight::Class, .enhanced = R"([45]\.5\.\d+)"},
    {.entry = "subject-x.6", .topic = Topic::MessageMalformed, .kind = Kind::EnhancedClass,
     .weight = Weight::Class + 4, .enhanced = R"([45]\.6\.\d+)"},
};

// Texts of TLS libraries, sockets and mail programs: what happened to the connection.
const DiagnosisRule transportTable[] = {
    // Issue 24: the names antivirus and proxy products give the certificates they intercept TLS
    // with (resources/tls-interception.json has the full list with sources). Heavier than the
    // "untrusted" words that usually come with them: the product is the cause.
    {.entry = "tls-interception", .topic = Topic::TlsInterception, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 15,
     .text = R"((avast|avg|norton) web/mail shield|generated by (avast|avg|norton) antivirus|kaspersky anti-virus personal root|eset ssl filter|fortigate ca|fortinet_ca_ssl|zscaler (intermediate )?root ca|sophos ssl ca|bitdefender personal ca|cisco umbrella (root ca|primary subca)|goskope\.com)"},
    // Issue 24: an EHLO reply that offers sign-in, pasted from a working server (the port probe
    // names a setting that works with this topic).
    {.entry = "ehlo-offers-auth", .topic = Topic::ProbeWorks, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(\b250[- ]auth[ =](plain|login|cram-md5|xoauth2|oauthbearer|gssapi|ntlm)\b)"},
    {.entry = "C-01", .topic = Topic::NetSecurityModeMismatch, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(wrong.version.number|unknown protocol|packet length too long|unexpected tls packet|record layer failure|http request|does not look like a tls handshake|first record does not look|tls_get_more_records|ssl3_get_record)"},
    // .NET's and MailKit's words for TLS spoken to a plain port (or plain text to a TLS port);
    // heavier than "does not support SSL", which they use for the port, not the server.
    {.entry = "C-01-dotnet", .topic = Topic::NetSecurityModeMismatch, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(unexpected packet format|port (which|that) (does not|doesn't) support (ssl|tls)|reserved for plain-?text connections|(intended|meant|want) to connect to (smtp )?on the ssl port)"},
    {.entry = "C-04-expired", .topic = Topic::TlsCertificateExpired, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(certificate[- ](has[- ])?expired|certificate is not yet valid|certificate_expired|not yet valid|validity period|not valid after)"},
    {.entry = "C-04-name", .topic = Topic::TlsCertificateNameMismatch, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 5,
     .text = R"(host ?name (did not|does not|doesn't) match|hostname mismatch|name mismatch|remotecertificatenamemismatch|certificate is (not )?valid for|ip address mismatch|altnames|subject alternative (dns )?names?|altname_invalid|(doesn't|does not|did not) match (either of |the )?('|certificate|common name|cn\b)|common name (mismatch|does not match)|cn mismatch)"},
    {.entry = "C-04-untrusted", .topic = Topic::TlsCertificateUntrusted, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(self[-_ ]signed|unable to (get local issuer|verify the first certificate|verify leaf signature)|unable_to_(get_issuer|verify_leaf)|certificate[_ ]verify[_ ]failed|untrusted|unknown (ca|issuer|authority|certificate authority)|signed by (an )?unknown|issuer certificate|certificate chain|remotecertificatechainerrors|no certificates could be verified|not trusted|certificate verification failed|pkix path|certification path|validation procedure|cert_untrusted|certificate (was )?rejected|remotecertificatevalidationcallback|could not be validated|unable to (check|get) (certificate )?(revocation|crl)|certificate crl|revocation (function|server|check)|revocation status)"},
    {.entry = "tls-handshake", .topic = Topic::TlsHandshakeFailed, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(handshake[_ ](failure|failed)|alert protocol version|protocol_version|no protocols available|unsupported protocol|no shared cipher|no ciphers available|sslv3 alert|tlsv1 alert|decryption failed|bad record mac|insufficient security|unexpected eof|ssl routines|ssl_connect|no appropriate protocol|common algorithm|cipher suites? (are )?inappropriate|protocol is disabled|dh key too small|inappropriate fallback|sslhandshakeexception|(ssl|tls) handshake|terminated the handshake|before (a )?secure tls connection was established)"},
    {.entry = "handshake", .topic = Topic::TlsHandshakeFailed, .kind = Kind::Phrase,
     .weight = Weight::Vague, .text = R"(handshake)"},
    {.entry = "C-03-decisive", .topic = Topic::NetHostNotFound, .kind = Kind::Phrase,
     .weight = Weight::Decisive + 10,
     .text = R"(failure in name resolution|name resolution (failed|failure)|(could not|cannot|unable to|failed to) resolve (host|the host|hostname|name))"},
    {.entry = "C-03", .topic = Topic::NetHostNotFound, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(host not found|no such host|name or service not known|nodename nor servname|getaddrinfo|enotfound|nxdomain|could not resolve|unknown ?host|name resolution|no address associated|eai_again|hostnotfound|no such domain)"},
    {.entry = "C-02-refused", .topic = Topic::NetConnectionRefused, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(connection refused|econnrefused|actively refused|connectionrefused|refused to connect|eaddrnotavail|no route to host|(host|network) (is )?unreachable)"},
    {.entry = "could-not-connect", .topic = Topic::NetConnectionRefused, .kind = Kind::Phrase,
     .weight = Weight::Loose,
     .text = R"((could not|couldn't|unable to|failed to|cannot|can't) (connect|open (a )?connection))"},
    {.entry = "starttls-missing", .topic = Topic::TlsStartTlsUnavailable, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(starttls (extension )?(is )?(not (offered|supported|available|advertised))|does not support (starttls|tls)|no starttls)"},
    {.entry = "mechanism-missing", .topic = Topic::AuthMechanismUnsupported, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(requested auth method not available|unrecognized authentication type|no (supported|suitable|common|compatible) auth\w* mechanism|mechanism not supported|no auth\w* mechan\w+ supported)"},
    {.entry = "auth-missing", .topic = Topic::AuthNotOffered, .kind = Kind::Phrase,
     .weight = Weight::Decisive,
     .text = R"(does not support (smtp )?auth|auth\w* (extension )?not (supported|offered|advertised)|no auth\w* (offered|advertised))"},
    {.entry = "C-02-timeout", .topic = Topic::NetTimeout, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(timed out|time-?out|etimedout|did not properly respond after a period of time|no response from|greeting never received|connection expired)"},
    {.entry = "connection-lost", .topic = Topic::NetConnectionLost, .kind = Kind::Phrase,
     .weight = Weight::Phrase,
     .text = R"(connection (was )?(reset|closed|aborted|lost|dropped)|lost connection|remote host closed|econnreset|broken pipe|epipe|unexpectedly (closed|disconnected)|remotehostclosed|closed by (the )?(remote|server|peer)|greeting: eof|server ?disconnected|disconnected from (the )?server)"},
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
    for (const DiagnosisRule *rule = begin; rule != end; ++rule) {
        rules.push_back(
            {rule, anchored(rule->code), anchored(rule->enhanced), searched(rule->text)});
        if (rule->text)
            rules.back().text.optimize();
    }
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

namespace {

QList<QString> patternsOf(const std::vector<CompiledRule> &rules)
{
    QList<QString> patterns;
    for (const CompiledRule &rule : rules)
        patterns << (rule.rule->text ? QString::fromLatin1(rule.rule->text) : QString());
    return patterns;
}

} // namespace

const RuleFilter &DiagnosisCatalog::replyFilter()
{
    static const RuleFilter filter(patternsOf(replyRules()));
    return filter;
}

const RuleFilter &DiagnosisCatalog::transportFilter()
{
    static const RuleFilter filter(patternsOf(transportRules()));
    return filter;
}

} // namespace Sendcheck
