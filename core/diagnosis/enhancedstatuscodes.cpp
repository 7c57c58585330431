// SPDX-License-Identifier: GPL-3.0-or-later
// The IANA "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes" registry
// (https://www.iana.org/assignments/smtp-enhanced-status-codes, updated 2024-12-06): every
// enumerated code X.<subject>.<detail>, what it means, and the topic it speaks for as a
// temporary (4.X.Y) and as a permanent (5.X.Y) failure; 2.X.Y is always ok.accepted.
//
// The weight says how much the exact code alone tells: one meaning a sender can act on
// (x.1.1, x.2.2, x.7.8) is Weight::Exact; a code that servers use for many situations (x.7.1
// "delivery not authorized", x.0.0, x.7.0) says little and leaves the decision to the words.
// Codes RFC 4954 and RFC 5248 define as answers to AUTH (AuthReply) are servers' own numbers
// anywhere else (Yahoo's "554 5.7.9 ... policy reasons" after DATA) and weigh little there.
#include "enhancedstatuscodes.h"

#include "topicids.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

// clang-format off
const std::vector<EnhancedStatusCode> table = {
    {0, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined status", "detail/x.0.0"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Class, 0},
    {1, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other address status", "detail/x.1.0"), "RFC 3463", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Vague, 0},
    {1, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "bad destination mailbox address", "detail/x.1.1"), "RFC 3463", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {1, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "bad destination system address", "detail/x.1.2"), "RFC 3463", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {1, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "bad destination mailbox address syntax", "detail/x.1.3"), "RFC 3463", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {1, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "destination mailbox address ambiguous", "detail/x.1.4"), "RFC 3463", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {1, 5, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "destination address valid", "detail/x.1.5"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Exact, EnhancedStatusCode::SuccessOnly},
    {1, 6, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "destination mailbox has moved, no forwarding address", "detail/x.1.6"), "RFC 3463", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {1, 7, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "bad sender's mailbox address syntax", "detail/x.1.7"), "RFC 3463", Topic::SenderRejected, Topic::SenderRejected, Weight::Exact, 0},
    {1, 8, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "bad sender's system address", "detail/x.1.8"), "RFC 3463", Topic::SenderRejected, Topic::SenderRejected, Weight::Exact, 0},
    {1, 9, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message relayed to a mailer that gives no further status (RFC 3886)", "detail/x.1.9"), "RFC 3886", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Vague, EnhancedStatusCode::SuccessOnly},
    {1, 10, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "recipient address has null MX", "detail/x.1.10"), "RFC 7505", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {2, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined mailbox status", "detail/x.2.0"), "RFC 3463", Topic::ServerTemporaryError, Topic::RecipientUnknown, Weight::Vague, 0},
    {2, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mailbox disabled, not accepting messages", "detail/x.2.1"), "RFC 3463", Topic::ServerTemporaryError, Topic::RecipientUnknown, Weight::Exact, EnhancedStatusCode::PermanentOnly},
    {2, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mailbox full", "detail/x.2.2"), "RFC 3463", Topic::RecipientMailboxFull, Topic::RecipientMailboxFull, Weight::Exact, 0},
    {2, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message length exceeds administrative limit", "detail/x.2.3"), "RFC 3463", Topic::MessageTooLarge, Topic::MessageTooLarge, Weight::Exact, 0},
    {2, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mailing list expansion problem", "detail/x.2.4"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Phrase, 0},
    {3, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined mail system status", "detail/x.3.0"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Loose, 0},
    {3, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mail system full", "detail/x.3.1"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Phrase, 0},
    {3, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "system not accepting network messages", "detail/x.3.2"), "RFC 3463", Topic::ServerUnavailable, Topic::ServerUnavailable, Weight::Phrase, 0},
    {3, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "system not capable of the selected features", "detail/x.3.3"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Phrase, 0},
    {3, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message too big for system", "detail/x.3.4"), "RFC 3463", Topic::MessageTooLarge, Topic::MessageTooLarge, Weight::Exact, 0},
    {3, 5, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "system incorrectly configured", "detail/x.3.5"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Phrase, 0},
    {3, 6, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "requested priority was changed (RFC 6710)", "detail/x.3.6"), "RFC 6710", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Vague, EnhancedStatusCode::SuccessOnly},
    {4, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined network or routing status", "detail/x.4.0"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Vague, 0},
    {4, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "no answer from host", "detail/x.4.1"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Loose, 0}, // a named fault: more than "try again later" alone
    {4, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "bad connection", "detail/x.4.2"), "RFC 3463", Topic::NetConnectionLost, Topic::NetConnectionLost, Weight::Vague, 0},
    {4, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "directory server (DNS) failure", "detail/x.4.3"), "RFC 3463", Topic::ServerTemporaryError, Topic::NetHostNotFound, Weight::Loose, 0},
    {4, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "unable to route", "detail/x.4.4"), "RFC 3463", Topic::ServerTemporaryError, Topic::NetHostNotFound, Weight::Loose, 0},
    {4, 5, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mail system congestion", "detail/x.4.5"), "RFC 3463", Topic::ServerUnavailable, Topic::ServerUnavailable, Weight::Phrase, 0},
    {4, 6, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "routing loop detected", "detail/x.4.6"), "RFC 3463", Topic::ServerPermanentError, Topic::ServerPermanentError, Weight::Exact, 0},
    {4, 7, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "delivery time expired", "detail/x.4.7"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Vague, 0},
    {5, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined protocol status", "detail/x.5.0"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Vague, 0},
    {5, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "invalid command", "detail/x.5.1"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Phrase, 0},
    {5, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "syntax error", "detail/x.5.2"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Phrase, 0},
    {5, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "too many recipients", "detail/x.5.3"), "RFC 3463", Topic::RecipientTooMany, Topic::RecipientTooMany, Weight::Exact, 0},
    {5, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "invalid command arguments", "detail/x.5.4"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Loose, 0},
    {5, 5, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "wrong protocol version", "detail/x.5.5"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Exact, 0},
    {5, 6, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "authentication exchange line is too long (RFC 4954)", "detail/x.5.6"), "RFC 4954", Topic::ProtocolError, Topic::ProtocolError, Weight::Exact, 0},
    {6, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined media error", "detail/x.6.0"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Loose, 0},
    {6, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "media not supported", "detail/x.6.1"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "conversion required and prohibited", "detail/x.6.2"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "conversion required but not supported", "detail/x.6.3"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "conversion with loss performed", "detail/x.6.4"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Phrase, 0},
    {6, 5, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "conversion failed", "detail/x.6.5"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 6, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message content not available (RFC 4468)", "detail/x.6.6"), "RFC 4468", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Phrase, 0},
    {6, 7, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "non-ASCII addresses not permitted for that sender or recipient (RFC 6531)", "detail/x.6.7"), "RFC 6531", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 8, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "UTF-8 string reply is required, but not permitted by the client (RFC 6531)", "detail/x.6.8"), "RFC 6531", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 9, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "UTF-8 header message cannot be transferred to one or more recipients (RFC 6531)", "detail/x.6.9"), "RFC 6531", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {6, 10, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "UTF-8 string reply is required, but not permitted by the client; duplicate of x.6.8 (RFC 6531)", "detail/x.6.10"), "RFC 6531", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Exact, 0},
    {7, 0, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "other or undefined security status", "detail/x.7.0"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Class, 0},
    {7, 1, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "delivery not authorised, message refused", "detail/x.7.1"), "RFC 3463", Topic::ServerTemporaryError, Topic::MessageRejectedContent, Weight::Vague, 0},
    {7, 2, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mailing list expansion prohibited", "detail/x.7.2"), "RFC 3463", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Phrase, 0},
    {7, 3, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "security conversion required but not possible (Microsoft uses 5.7.3 for a failed sign-in)", "detail/x.7.3"), "RFC 3463", Topic::MessageMalformed, Topic::MessageMalformed, Weight::Loose, 0},
    {7, 4, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "security features not supported", "detail/x.7.4"), "RFC 3463", Topic::ProtocolError, Topic::ProtocolError, Weight::Loose, 0},
    {7, 5, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "cryptographic failure", "detail/x.7.5"), "RFC 3463", Topic::TlsHandshakeFailed, Topic::TlsHandshakeFailed, Weight::Phrase, 0},
    {7, 6, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "cryptographic algorithm not supported", "detail/x.7.6"), "RFC 3463", Topic::TlsHandshakeFailed, Topic::TlsHandshakeFailed, Weight::Phrase, 0},
    {7, 7, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message integrity failure", "detail/x.7.7"), "RFC 3463", Topic::MessageRejectedContent, Topic::MessageRejectedContent, Weight::Phrase, 0},
    {7, 8, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "authentication credentials invalid (RFC 4954)", "detail/x.7.8"), "RFC 4954", Topic::AuthCredentialsRejected, Topic::AuthCredentialsRejected, Weight::Exact, EnhancedStatusCode::AuthReply},
    {7, 9, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "authentication mechanism is too weak (RFC 4954)", "detail/x.7.9"), "RFC 4954", Topic::AuthAppPasswordRequired, Topic::AuthAppPasswordRequired, Weight::Phrase, EnhancedStatusCode::AuthReply},
    {7, 10, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "encryption needed (RFC 5248)", "detail/x.7.10"), "RFC 5248", Topic::TlsRequired, Topic::TlsRequired, Weight::Exact, 0},
    {7, 11, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "encryption required for requested authentication mechanism (RFC 4954)", "detail/x.7.11"), "RFC 4954", Topic::AuthEncryptionRequired, Topic::AuthEncryptionRequired, Weight::Exact, EnhancedStatusCode::AuthReply},
    {7, 12, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "a password transition is needed (RFC 4954)", "detail/x.7.12"), "RFC 4954", Topic::AuthMechanismUnsupported, Topic::AuthMechanismUnsupported, Weight::Exact, EnhancedStatusCode::AuthReply},
    {7, 13, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "user account disabled (RFC 5248)", "detail/x.7.13"), "RFC 5248", Topic::AuthDisabledByProvider, Topic::AuthDisabledByProvider, Weight::Exact, EnhancedStatusCode::AuthReply},
    {7, 14, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "trust relationship required (RFC 5248); Google: sign in with a web browser first", "detail/x.7.14"), "RFC 5248", Topic::AuthBrowserSignInRequired, Topic::AuthBrowserSignInRequired, Weight::Exact, EnhancedStatusCode::AuthReply},
    {7, 15, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "priority level is too low (RFC 6710)", "detail/x.7.15"), "RFC 6710", Topic::ServerTemporaryError, Topic::ServerPermanentError, Weight::Phrase, 0},
    {7, 16, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "message is too big for the specified priority (RFC 6710)", "detail/x.7.16"), "RFC 6710", Topic::MessageTooLarge, Topic::MessageTooLarge, Weight::Exact, 0},
    {7, 17, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mailbox owner has changed (RFC 7293)", "detail/x.7.17"), "RFC 7293", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {7, 18, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "domain owner has changed (RFC 7293)", "detail/x.7.18"), "RFC 7293", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Exact, 0},
    {7, 19, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "RRVS test cannot be completed (RFC 7293)", "detail/x.7.19"), "RFC 7293", Topic::RecipientUnknown, Topic::RecipientUnknown, Weight::Phrase, 0},
    {7, 20, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "no passing DKIM signature found (RFC 7372)", "detail/x.7.20"), "RFC 7372", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 21, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "no acceptable DKIM signature found (RFC 7372)", "detail/x.7.21"), "RFC 7372", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 22, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "no valid author-matched DKIM signature found (RFC 7372)", "detail/x.7.22"), "RFC 7372", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 23, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "SPF validation failed (RFC 7372)", "detail/x.7.23"), "RFC 7372", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 24, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "SPF validation error (RFC 7372)", "detail/x.7.24"), "RFC 7372", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 25, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "reverse DNS validation failed (RFC 7372)", "detail/x.7.25"), "RFC 7372", Topic::PolicyReverseDns, Topic::PolicyReverseDns, Weight::Exact, 0},
    {7, 26, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "multiple authentication checks failed (RFC 7372)", "detail/x.7.26"), "RFC 7372", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 27, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "sender address has null MX (RFC 7505)", "detail/x.7.27"), "RFC 7505", Topic::SenderRejected, Topic::SenderRejected, Weight::Exact, 0},
    {7, 28, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "mail flood detected", "detail/x.7.28"), "IANA registry", Topic::LimitRate, Topic::LimitRate, Weight::Exact, 0},
    {7, 29, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "ARC validation failure (RFC 8617)", "detail/x.7.29"), "RFC 8617", Topic::PolicySenderAuthentication, Topic::PolicySenderAuthentication, Weight::Exact, 0},
    {7, 30, QT_TRANSLATE_NOOP3("Sendcheck::Diagnosis", "REQUIRETLS support required (RFC 8689)", "detail/x.7.30"), "RFC 8689", Topic::TlsStartTlsUnavailable, Topic::TlsStartTlsUnavailable, Weight::Exact, 0},
};
// clang-format on

} // namespace

QString EnhancedStatusCode::code() const
{
    return QStringLiteral("X.%1.%2").arg(subject).arg(detail);
}

const std::vector<EnhancedStatusCode> &EnhancedStatusCodes::registry()
{
    return table;
}

const EnhancedStatusCode *EnhancedStatusCodes::find(const QString &enhanced)
{
    const QStringList parts = enhanced.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return nullptr;
    bool subjectOk = false;
    bool detailOk = false;
    const int subject = parts.at(1).toInt(&subjectOk);
    const int detail = parts.at(2).toInt(&detailOk);
    if (!subjectOk || !detailOk)
        return nullptr;
    for (const EnhancedStatusCode &entry : table) {
        if (entry.subject == subject && entry.detail == detail)
            return &entry;
    }
    return nullptr;
}

QLatin1StringView EnhancedStatusCodes::topicOf(const QString &enhanced)
{
    const EnhancedStatusCode *entry = find(enhanced);
    if (!entry)
        return {};
    if (enhanced.startsWith(QLatin1Char('2')))
        return Topic::OkAccepted;
    if (entry->flags & EnhancedStatusCode::SuccessOnly)
        return enhanced.startsWith(QLatin1Char('4')) ? Topic::ServerTemporaryError
                                                     : Topic::ServerPermanentError;
    return enhanced.startsWith(QLatin1Char('4')) ? entry->temporary : entry->permanent;
}

} // namespace Sendcheck
