// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis catalog: every provider and error entry by its real text, every topic
// id reachable, the fallbacks by code and first digit, wrapped pastes, and the context rules.
#include "diagnosis/diagnoser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Sendcheck;

class TestDiagnoser : public QObject
{
    Q_OBJECT

private:
    static std::optional<Stage> stageArg(const QString &name)
    {
        return name.isEmpty() ? std::nullopt : stageFromName(name);
    }
    static void addRows(const QList<std::pair<const char *, const char *>> &rows)
    {
        for (const auto &[text, topic] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString() << QString()
                                << QString::fromLatin1(topic);
    }

private Q_SLOTS:
    void topicsAreTheContract()
    {
        // topicids.h, in its order: a public contract.
        const QStringList expected = {
            "ok.accepted", "net.host_not_found", "net.connection_refused", "net.timeout",
            "net.connection_lost", "net.security_mode_mismatch", "tls.starttls_unavailable",
            "tls.handshake_failed", "tls.certificate_untrusted", "tls.certificate_expired",
            "tls.certificate_name_mismatch", "tls.required", "auth.required", "auth.not_offered",
            "auth.mechanism_unsupported", "auth.encryption_required", "auth.credentials_rejected",
            "auth.app_password_required", "auth.browser_signin_required",
            "auth.disabled_by_provider", "auth.oauth_token_rejected", "auth.too_many_attempts",
            "auth.temporary_failure", "sender.not_authorized", "sender.not_verified",
            "sender.rejected", "recipient.unknown", "recipient.mailbox_full",
            "recipient.relay_denied", "recipient.too_many", "limit.rate", "limit.quota",
            "message.too_large", "message.rejected_content", "message.malformed",
            "policy.sender_authentication", "policy.blocklisted", "policy.reverse_dns",
            "policy.helo_rejected", "server.unavailable", "server.greylisted",
            "server.temporary_error", "server.permanent_error", "protocol.error",
            // added later, after the first 44 (issue 15)
            "recipient.sender_restricted",
            // added with issue 24 (the port probe)
            "probe.works", "tls.interception",
            // added with issue 23 (the window's review): facts only a session finds out
            "net.expects_implicit_tls", "net.offline"};
        QCOMPARE(Diagnoser::allTopics(), expected);
    }

    void catalogEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("topic");
        // Real texts from providers' documentation, entry by entry.
        const QList<std::tuple<const char *, const char *, const char *>> rows = {
            {"G-01",
             "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8 "
             " https://support.google.com/mail/?p=BadCredentials a1sm1234 - gsmtp",
             "auth.app_password_required"},
            {"G-02",
             "534-5.7.9 Application-specific password required. For more information, go to\n534 "
             "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp",
             "auth.app_password_required"},
            {"G-04",
             "530-5.7.0 Authentication Required. For more information, go to\n530 5.7.0  "
             "https://support.google.com/mail/?p=WantAuthError - gsmtp",
             "auth.required"},
            {"G-05", "530 5.7.0 Must issue a STARTTLS command first.", "tls.required"},
            {"G-07",
             "454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later. - "
             "gsmtp",
             "auth.temporary_failure"},
            {"G-08",
             "334 "
             "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIG1hYyIsInNjb3BlIjoiaHR0cHM6Ly9tYWlsLmdvb"
             "2dsZS5jb20vIn0K",
             "auth.oauth_token_rejected"},
            {"G-10",
             "550-5.4.5 Daily user sending limit exceeded. For more information on "
             "Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  "
             "https://support.google.com/a/answer/166852 - gsmtp",
             "limit.quota"},
            {"G-11",
             "452 4.5.3 Your message has too many recipients. For more information regarding "
             "Google's sending limits, visit https://support.google.com/mail/answer/6592",
             "recipient.too_many"},
            {"G-13",
             "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
             "DMARC policy. Please contact the administrator of example.com domain if this was a "
             "legitimate mail.",
             "policy.sender_authentication"},
            {"G-14",
             "421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail "
             "requires all senders to authenticate with either SPF or DKIM.",
             "policy.sender_authentication"},
            {"G-14b",
             "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail "
             "requires all senders to authenticate with either SPF or DKIM.",
             "policy.sender_authentication"},
            {"G-16",
             "421-4.7.0 This message is suspicious due to the very low reputation of the sending "
             "IP address. To protect our users from spam, mail sent from your IP address has been "
             "temporarily rate limited.",
             "policy.blocklisted"},
            {"G-16b",
             "550-5.7.1 Our system has detected that this message is likely suspicious due to the "
             "very low reputation of the sending domain.",
             "policy.blocklisted"},
            {"G-17",
             "550-5.7.25 The IP address sending this message does not have a PTR record setup, or "
             "the corresponding forward DNS entry does not point to the sending IP.",
             "policy.reverse_dns"},
            {"G-19", "550-5.7.1 Messages missing a valid Message-ID: header are not accepted.",
             "message.malformed"},
            {"G-19b",
             "550-5.7.1 [192.0.2.1] Messages missing a valid address in From: header, or having no "
             "From: header, are not accepted.",
             "message.malformed"},
            {"G-20",
             "550 5.7.1 Invalid credentials for relay [192.0.2.1]. The IP address you've "
             "registered in your Workspace SMTP Relay service doesn't match the domain of the "
             "account this email is being sent from.",
             "recipient.relay_denied"},
            {"G-20b", "550 5.7.0 Mail relay denied [192.0.2.1].", "recipient.relay_denied"},
            {"G-21", "550 5.4.5 Daily SMTP relay limit exceeded for user.", "limit.quota"},
            {"G-21b", "550 5.7.1 Daily SMTP relay limit exceeded for customer.", "limit.quota"},
            {"G-21c", "450 4.2.1 Peak SMTP relay limit exceeded for customer.", "limit.rate"},
            {"G-22",
             "552-5.2.3 Your message exceeded Google's message size limits. For more information, "
             "visit https://support.google.com/mail/answer/6584 - gsmtp",
             "message.too_large"},
            {"G-23",
             "550-5.1.1 The email account that you tried to reach does not exist. Please try "
             "double-checking the recipient's email address for typos or unnecessary spaces.",
             "recipient.unknown"},
            {"M-01",
             "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
             "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
             "[BN0PR04CA0011.namprd04.prod.outlook.com]",
             "auth.disabled_by_provider"},
            {"M-02",
             "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
             "the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
             "auth.disabled_by_provider"},
            {"M-04",
             "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be "
             "authenticated successfully. Contact your administrator.",
             "auth.disabled_by_provider"},
            {"M-05",
             "535 5.7.3 Authentication unsuccessful [LO6P265CA0005.GBRP265.PROD.OUTLOOK.COM]",
             "auth.credentials_rejected"},
            {"M-06", "550 5.7.30 Basic authentication is not supported for Client Submission.",
             "auth.disabled_by_provider"},
            {"M-07",
             "530 5.7.57 Client not authenticated to send mail. "
             "[AM0PR01CA0000.eurprd01.prod.exchangelabs.com]",
             "auth.required"},
            {"M-07b",
             "550 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL "
             "FROM",
             "auth.required"},
            {"M-08", "550 5.7.60 SMTP; Client does not have permissions to send as this sender.",
             "sender.not_authorized"},
            // The throttle comes from send-as being denied again and again; waiting does not
            // help, the send-as permission or the right From address does (corpus rows agree).
            {"M-10", "550 5.2.252 Sender throttled due to continuous send as denied errors.",
             "sender.not_authorized"},
            {"M-11", "550 5.1.8 Access denied, bad outbound sender", "policy.blocklisted"},
            {"M-12",
             "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; verdict is "
             "RefuseQuota",
             "limit.quota"},
            {"M-13",
             "550 5.2.2 The message can't be submitted because the sender's submission quota was "
             "exceeded.",
             "limit.quota"},
            {"M-14",
             "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. "
             "For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 "
             "AS(8561)",
             "policy.blocklisted"},
            {"M-14b", "550 5.7.705 Access denied, tenant has exceeded threshold",
             "policy.blocklisted"},
            {"M-14c",
             "550 5.7.750 Service unavailable. Client blocked from sending from unregistered "
             "domains",
             "sender.not_verified"},
            {"M-16", "550 5.7.64 TenantAttribution; Relay Access Denied", "recipient.relay_denied"},
            {"M-16b", "421 4.4.62 Mail sent to the wrong Office 365 region. ATTR35",
             "recipient.relay_denied"},
            {"M-17",
             "550 5.7.1 Unfortunately, messages from [10.0.2.5] weren't sent. Please contact your "
             "Internet service provider since part of their network is on our block list (S3150).",
             "policy.blocklisted"},
            {"M-17b",
             "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP "
             "reputation. (S775)",
             "policy.blocklisted"},
            {"M-19", "550 5.7.1 Unable to relay", "recipient.relay_denied"},
            {"M-19b", "550 5.4.1 Relay Access Denied", "recipient.relay_denied"},
            {"M-20",
             "550 5.7.509 Access denied, sending domain example.com does not pass DMARC "
             "verification and has a DMARC policy of reject.",
             "policy.sender_authentication"},
            {"M-20b",
             "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
             "policy.sender_authentication"},
            {"S-01", "535 Authentication Credentials Invalid", "auth.credentials_rejected"},
            {"S-02", "535 Account not subscribed to SES.", "auth.credentials_rejected"},
            {"S-04",
             "554 Message rejected: Email address is not verified. The following identities failed "
             "the check in region US-WEST-2: webmaster@localhost",
             "sender.not_verified"},
            {"S-05",
             "554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp is not authorized to "
             "perform: ses:SendRawEmail on resource "
             "arn:aws:ses:us-east-1:123456789012:identity/example.com",
             "sender.not_authorized"},
            {"S-07", "454 Throttling failure: Daily message quota exceeded.", "limit.quota"},
            {"S-07b", "454 Throttling failure: Maximum sending rate exceeded.", "limit.rate"},
            {"S-08", "454 Temporary authentication failure", "auth.temporary_failure"},
            {"S-08b", "454 Temporary service failure", "server.temporary_error"},
            {"S-08c", "451 Temporary service failure", "server.temporary_error"},
            {"S-08d", "451 Timeout waiting for data from client.", "server.temporary_error"},
            {"S-10", "552 Message is too long.", "message.too_large"},
            {"S-11", "553 <bad@@example.com> Invalid email address.", "sender.rejected"},
            {"P-01", "535 Authentication failed: Bad username / password",
             "auth.credentials_rejected"},
            {"P-02",
             "550 The from address does not match a verified Sender Identity. Mail cannot be sent "
             "until this error is resolved. Visit "
             "https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the "
             "Sender Identity requirements",
             "sender.not_verified"},
            {"P-03", "451 Authentication failed: Maximum credits exceeded", "limit.quota"},
            {"P-04", "535 5.7.0 Mailgun is not loving your login or password",
             "auth.credentials_rejected"},
            {"P-05",
             "The 'From' address you supplied (x@y.com) is not a Sender Signature on your account. "
             "Please add and confirm this address in order to be able to use it in the 'From' "
             "field of your messages.",
             "sender.not_verified"},
            {"P-06", "550 Relay access denied - please authenticate", "auth.required"},
            {"P-07", "525 5.7.1 Unauthorized IP address", "policy.blocklisted"},
            {"P-08", "553 Sender is not allowed to relay emails", "sender.not_authorized"},
            {"P-08b", "553 Relaying disallowed as noreply@example.com", "sender.not_authorized"},
            {"P-09", "535 5.7.0 (#AUTH005) Too many bad auth attempts.",
             "auth.app_password_required"},
            {"P-10",
             "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected "
             "volume or user complaints - 4.16.55.1; see "
             "https://postmaster.yahooinc.com/error-codes",
             "limit.rate"},
            {"P-11",
             "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; "
             "Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
             "policy.blocklisted"},
            {"P-13",
             "550 5.7.1 member@icloud.com: You have exceeded your daily sending limit. Please try "
             "again later.",
             "limit.quota"},
            {"X-01", "554 5.7.1 <someone@gmail.com>: Relay access denied",
             "recipient.relay_denied"},
            {"X-02",
             "450 4.1.8 <sender@bad_domain.example>: Sender address rejected: Domain not found",
             "sender.rejected"},
            {"X-04",
             "504 5.5.2 <DESKTOP-ABC123>: Helo command rejected: need fully-qualified hostname",
             "policy.helo_rejected"},
            {"X-05", "451 4.3.5 Server configuration problem", "server.temporary_error"},
            {"X-07", "553 5.7.1 <a@x.com>: Sender address rejected: not owned by user b@x.com",
             "sender.not_authorized"},
            {"X-08", "535 5.7.8 Error: authentication failed: authentication failure",
             "auth.credentials_rejected"},
            {"X-08b", "454 4.7.0 Temporary authentication failure: generic failure",
             "auth.temporary_failure"},
            {"X-10", "452 4.5.3 Error: too many recipients", "recipient.too_many"},
            {"X-10b", "450 4.7.1 Error: too many recipients from 192.0.2.1", "recipient.too_many"},
            {"X-11", "552 5.3.4 Message size exceeds fixed limit", "message.too_large"},
            {"X-13",
             "554 5.7.1 Service unavailable; Client host [195.64.178.81] blocked using "
             "zen.spamhaus.org; https://www.spamhaus.org/query/ip/195.64.178.81",
             "policy.blocklisted"},
            {"X-14",
             "450 4.2.0 <x@example.com>: Recipient address rejected: Greylisted, see "
             "http://postgrey.schweikert.ch/help/example.com.html",
             "server.greylisted"},
            {"X-14b", "451 4.7.1 Please try again later", "server.greylisted"},
            {"X-14c",
             "451 Internal resource temporarily unavailable - "
             "https://community.mimecast.com/docs/DOC-1369#451",
             "server.greylisted"},
            {"X-16",
             "550-Please turn on SMTP Authentication in your mail client. 550-mail.example "
             "[10.5.40.204]:58133 is not permitted to relay 550 through this server without "
             "authentication.",
             "auth.required"},
            {"X-17", "535 Incorrect authentication data", "auth.credentials_rejected"},
            {"X-19",
             "550-Verification failed for <sender@example.com>\n550-Unrouteable address\n550 "
             "Sender verify failed",
             "sender.rejected"},
            {"X-20", "554 No SMTP service here", "server.unavailable"},
            {"X-22", "551 User not local; please try <forward@example.org>",
             "recipient.relay_denied"},
            {"X-23", "421 mx.example.com Service not available, closing transmission channel",
             "server.unavailable"},
            {"X-25", "503 5.5.1 Error: send HELO/EHLO first", "protocol.error"},
            {"X-25b", "503 5.5.1 Error: need MAIL command", "protocol.error"},
            {"X-25c", "555 5.5.2 Syntax error", "protocol.error"},
            {"C-01", "SSL routines:ssl3_get_record:wrong version number",
             "net.security_mode_mismatch"},
            {"C-01b", "SSL_connect returned=1 errno=0 state=error: unknown protocol",
             "net.security_mode_mismatch"},
            {"C-01c", "An unexpected TLS packet was received.", "net.security_mode_mismatch"},
            {"C-02", "connect ETIMEDOUT 203.0.113.5:587", "net.timeout"},
            {"C-02b", "connect ECONNREFUSED 203.0.113.5:25", "net.connection_refused"},
            {"C-03", "getaddrinfo ENOTFOUND email-smtp.ap-southeast-3.amazonaws.com",
             "net.host_not_found"},
            {"C-03b", "Host not found", "net.host_not_found"},
            {"C-04", "certificate has expired", "tls.certificate_expired"},
            {"C-04b", "self signed certificate in certificate chain", "tls.certificate_untrusted"},
            {"C-04c",
             "Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in "
             "the cert's altnames: DNS:*.hoster.example",
             "tls.certificate_name_mismatch"},
            {"C-04d", "unable to verify the first certificate", "tls.certificate_untrusted"},
            {"C-04e",
             "The remote certificate is invalid according to the validation procedure: "
             "RemoteCertificateNameMismatch",
             "tls.certificate_name_mismatch"},
            {"C-05", "Requested auth method not available", "auth.mechanism_unsupported"},
        };
        for (const auto &[entry, text, topic] : rows)
            QTest::newRow(entry) << QString::fromUtf8(text) << QString() << QString()
                                 << QString::fromLatin1(topic);
    }

    void catalogEntries()
    {
        QFETCH(QString, text);
        QFETCH(QString, stage);
        QFETCH(QString, host);
        QFETCH(QString, topic);
        DiagnosisContext context;
        context.host = host;
        const Explanation explanation = Diagnoser::explainText(text, stageArg(stage), context);
        QCOMPARE(explanation.topic, topic);
        // Every explanation is complete, and the server's words stay beside it.
        QVERIFY(!explanation.title.isEmpty());
        QVERIFY(!explanation.summary.isEmpty());
        QVERIFY(!explanation.causes.isEmpty());
        QVERIFY(!explanation.fixes.isEmpty());
        QVERIFY(!explanation.reference.isEmpty());
        QCOMPARE(explanation.serverText, text.trimmed());
    }

    void everyTopicReachable()
    {
        // One input per topic; together they must reach every id of allTopics().
        const QList<std::tuple<const char *, const char *, const char *>> inputs = {
            {"250 2.0.0 Ok: queued as 4Xyz", "data", "ok.accepted"},
            {"getaddrinfo ENOTFOUND smtp.gmial.com", "", "net.host_not_found"},
            {"Connection refused", "", "net.connection_refused"},
            {"Operation timed out", "", "net.timeout"},
            {"Connection reset by peer", "", "net.connection_lost"},
            {"error:0A00010B:SSL routines::wrong version number", "", "net.security_mode_mismatch"},
            {"454 4.7.0 TLS not available due to local problem", "", "tls.starttls_unavailable"},
            {"error:0A000410:SSL routines::sslv3 alert handshake failure", "",
             "tls.handshake_failed"},
            {"The certificate is self-signed, and untrusted", "", "tls.certificate_untrusted"},
            {"The certificate has expired", "", "tls.certificate_expired"},
            {"The host name did not match any of the valid hosts for this certificate", "",
             "tls.certificate_name_mismatch"},
            {"530 5.7.0 Must issue a STARTTLS command first.", "", "tls.required"},
            {"530 5.7.0 Authentication required", "mail", "auth.required"},
            {"503 5.5.1 Error: authentication not enabled", "", "auth.not_offered"},
            {"504 5.5.4 Unrecognized authentication type", "auth", "auth.mechanism_unsupported"},
            {"538 5.7.11 Encryption required for requested authentication mechanism", "",
             "auth.encryption_required"},
            {"535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", "auth",
             "auth.credentials_rejected"},
            {"534-5.7.9 Application-specific password required.", "", "auth.app_password_required"},
            {"534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via "
             "your web browser and\n534-5.7.14 then try again.\n534 5.7.14  Learn more at "
             "https://support.google.com/mail/answer/78754 - gsmtp",
             "auth", "auth.browser_signin_required"},
            {"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
             "the Tenant.",
             "auth", "auth.disabled_by_provider"},
            {"334 "
             "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlL"
             "mNvbS8ifQ==",
             "auth", "auth.oauth_token_rejected"},
            {"421 4.7.0 Too many failed login attempts, try again later", "auth",
             "auth.too_many_attempts"},
            {"454 4.7.0 Temporary authentication failure", "auth", "auth.temporary_failure"},
            {"550 5.7.60 SMTP; Client does not have permissions to send as this sender.", "mail",
             "sender.not_authorized"},
            {"554 Message rejected: Email address is not verified.", "data", "sender.not_verified"},
            {"553 5.1.7 The sender address <me@localhost> is not a valid RFC-5321 address.", "mail",
             "sender.rejected"},
            {"550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual "
             "mailbox table",
             "rcpt", "recipient.unknown"},
            {"552 5.2.2 <x@example.com>: Mailbox full", "rcpt", "recipient.mailbox_full"},
            {"554 5.7.1 <x@example.org>: Relay access denied", "rcpt", "recipient.relay_denied"},
            {"452 4.5.3 Error: too many recipients", "rcpt", "recipient.too_many"},
            {"451 4.7.1 Rate limit exceeded, slow down", "mail", "limit.rate"},
            {"550 5.4.5 Daily user sending limit exceeded.", "data", "limit.quota"},
            {"552 5.3.4 Message size exceeds fixed limit", "data", "message.too_large"},
            {"554 5.7.1 Message rejected as spam by Content Filtering.", "data",
             "message.rejected_content"},
            {"554 5.6.0 Message contains malformed headers", "data", "message.malformed"},
            {"550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
             "DMARC policy.",
             "data", "policy.sender_authentication"},
            {"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
             "zen.spamhaus.org",
             "rcpt", "policy.blocklisted"},
            {"550 5.7.25 The IP address sending this message does not have a PTR record setup", "",
             "policy.reverse_dns"},
            {"504 5.5.2 <pc1>: Helo command rejected: need fully-qualified hostname", "",
             "policy.helo_rejected"},
            {"421 4.3.2 Service not available, closing transmission channel", "banner",
             "server.unavailable"},
            {"450 4.2.0 <x@example.com>: Recipient address rejected: Greylisted", "rcpt",
             "server.greylisted"},
            {"451 4.3.0 Error: queue file write error", "data", "server.temporary_error"},
            {"554 5.3.0 Transaction failed", "data", "server.permanent_error"},
            {"500 5.5.2 Error: bad syntax", "", "protocol.error"},
            {"550 5.7.1 This group only accepts mail from its members", "rcpt",
             "recipient.sender_restricted"},
            {"250-smtp.example.com\n250-SIZE 35882577\n250-AUTH PLAIN LOGIN\n250 HELP", "",
             "probe.works"},
            {"certificate verify failed: self-signed certificate in certificate chain (issuer: "
             "CN=Avast Web/Mail Shield Root)",
             "", "tls.interception"},
        };
        QSet<QString> reached;
        for (const auto &[text, stage, topic] : inputs) {
            const Explanation explanation = Diagnoser::explainText(
                QString::fromUtf8(text), stageArg(QString::fromLatin1(stage)), {});
            QVERIFY2(explanation.topic == QLatin1String(topic),
                     qPrintable(QStringLiteral("%1 -> %2, expected %3")
                                    .arg(QString::fromUtf8(text), explanation.topic,
                                         QString::fromLatin1(topic))));
            reached.insert(explanation.topic);
        }
        // Two topics rest on what the session itself found out, not on any words: a second
        // connection that got a TLS handshake, and a well-known name that did not resolve
        // either. They are reached from the session's facts.
        SessionFailure implicitTls;
        implicitTls.kind = FailureKind::ImplicitTlsExpected;
        implicitTls.stage = Stage::Banner;
        SessionFailure offline;
        offline.kind = FailureKind::HostNotFound;
        offline.stage = Stage::Connecting;
        offline.nameServiceWorks = false;
        SessionFailure missingName = offline;
        missingName.nameServiceWorks = true;
        for (const auto &[failure, topic] :
             {std::pair {implicitTls, "net.expects_implicit_tls"},
              std::pair {offline, "net.offline"}, std::pair {missingName, "net.host_not_found"}}) {
            const Explanation explanation = Diagnoser::explain(failure, {});
            QCOMPARE(explanation.topic, QLatin1String(topic));
            reached.insert(explanation.topic);
        }
        const QStringList all = Diagnoser::allTopics();
        for (const QString &topic : all)
            QVERIFY2(reached.contains(topic), qPrintable(topic));
        QCOMPARE(reached.size(), all.size());
    }

    void fallbacks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("topic");
        // By reply code, with the standard RFC 5321 / 3207 / 4954 wording and nothing more.
        const QList<std::tuple<const char *, const char *, const char *>> rows = {
            {"421 mail.example.org closing", "", "server.unavailable"},
            {"450 Requested mail action not taken: mailbox unavailable", "rcpt",
             "server.greylisted"},
            {"451 Requested action aborted: local error in processing", "",
             "server.temporary_error"},
            {"452 Requested action not taken: insufficient system storage", "",
             "server.temporary_error"},
            {"452 Requested action not taken", "rcpt", "recipient.too_many"},
            {"454 TLS not available due to temporary reason", "starttls",
             "tls.starttls_unavailable"},
            {"454 Please retry", "auth", "auth.temporary_failure"},
            {"500 Command unrecognized", "", "protocol.error"},
            {"501 Syntax error in parameters or arguments", "", "protocol.error"},
            {"502 Command not implemented", "ehlo", "protocol.error"},
            {"502 Command not implemented", "auth", "auth.not_offered"},
            {"503 Bad sequence of commands", "", "protocol.error"},
            {"504 Command parameter not implemented", "auth", "auth.mechanism_unsupported"},
            {"504 Command parameter not implemented", "mail", "protocol.error"},
            {"530 Must issue a STARTTLS command first", "", "tls.required"},
            {"530 Please", "mail", "auth.required"},
            // RFC 4954: the mechanism is weaker than the policy; without Gmail's app-password words
            // the fix is another mechanism (corpus rows agree).
            {"534 Authentication mechanism is too weak", "", "auth.mechanism_unsupported"},
            {"535 Authentication credentials invalid", "", "auth.credentials_rejected"},
            {"538 Encryption required for requested authentication mechanism", "",
             "auth.encryption_required"},
            {"550 Requested action not taken: mailbox unavailable", "rcpt", "recipient.unknown"},
            {"550 Requested action not taken: mailbox unavailable", "mail", "sender.rejected"},
            {"550 Requested action not taken: mailbox unavailable", "", "server.permanent_error"},
            {"551 User not local", "", "recipient.relay_denied"},
            {"552 Requested mail action aborted: exceeded storage allocation", "rcpt",
             "recipient.mailbox_full"},
            {"552 Requested mail action aborted", "data", "message.too_large"},
            {"553 Requested action not taken: mailbox name not allowed", "", "sender.rejected"},
            {"553 Requested action not taken: mailbox name not allowed", "rcpt",
             "recipient.unknown"},
            {"554 Transaction failed", "", "server.permanent_error"},
            {"555 MAIL FROM/RCPT TO parameters not recognized or not implemented", "",
             "protocol.error"},
            // By enhanced code: every class and subject, and the x.7 details.
            {"550 5.1.1 <a@b>", "", "recipient.unknown"},
            {"553 5.1.8 <a@b>", "", "sender.rejected"},
            {"550 5.1.0 <a@b>", "mail", "sender.rejected"},
            {"550 5.2.1 <a@b>", "", "recipient.unknown"},
            {"452 4.2.2 <a@b>", "", "recipient.mailbox_full"},
            {"552 5.2.3 <a@b>", "", "message.too_large"},
            {"452 4.3.1 <a@b>", "", "server.temporary_error"},
            {"554 5.3.5 <a@b>", "", "server.permanent_error"},
            {"421 4.3.2 <a@b>", "", "server.unavailable"},
            {"451 4.4.1 <a@b>", "", "server.temporary_error"},
            {"554 5.4.6 <a@b>", "", "server.permanent_error"},
            {"554 5.5.3 <a@b>", "", "recipient.too_many"},
            {"501 5.5.4 <a@b>", "", "protocol.error"},
            {"554 5.6.3 <a@b>", "", "message.malformed"},
            {"550 5.7.1 <a@b>", "rcpt", "recipient.relay_denied"},
            {"550 5.7.1 <a@b>", "mail", "sender.not_authorized"},
            {"554 5.7.1 <a@b>", "banner", "policy.blocklisted"},
            {"554 5.7.1 <a@b>", "data", "message.rejected_content"},
            {"550 5.7.2 <a@b>", "", "server.permanent_error"},
            {"554 5.7.3 <a@b>", "", "message.malformed"},
            {"554 5.7.4 <a@b>", "", "protocol.error"},
            {"554 5.7.5 <a@b>", "", "tls.handshake_failed"},
            {"554 5.7.7 <a@b>", "", "message.rejected_content"},
            {"535 5.7.8 <a@b>", "", "auth.credentials_rejected"},
            {"534 5.7.9 <a@b>", "", "auth.app_password_required"},
            {"530 5.7.10 <a@b>", "", "tls.required"},
            {"538 5.7.11 <a@b>", "", "auth.encryption_required"},
            {"535 5.7.13 <a@b>", "", "auth.disabled_by_provider"},
            {"534 5.7.14 <a@b>", "", "auth.browser_signin_required"},
            {"550 5.7.20 <a@b>", "", "policy.sender_authentication"},
            {"550 5.7.23 <a@b>", "", "policy.sender_authentication"},
            {"550 5.7.25 <a@b>", "", "policy.reverse_dns"},
            {"550 5.7.27 <a@b>", "", "sender.rejected"},
            {"451 4.7.99 <a@b>", "", "server.temporary_error"},
            {"550 5.7.99 <a@b>", "", "server.permanent_error"},
            // By first digit only (RFC 5321 section 4.2.1: unknown codes).
            {"459 Something new", "", "server.temporary_error"},
            {"571 Delivery not authorized", "", "server.permanent_error"},
            {"The server response was: 5.9.9 unheard of", "", "server.permanent_error"},
            {"The server response was: 4.9.9 unheard of", "", "server.temporary_error"},
        };
        for (const auto &[text, stage, topic] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(stage)
                                << QString() << QString::fromLatin1(topic);
    }
    void fallbacks() { catalogEntries(); }

    void transience()
    {
        QVERIFY(Diagnoser::explainText(QStringLiteral("459 Something new"), {}, {}).transient);
        QVERIFY(!Diagnoser::explainText(QStringLiteral("571 Something new"), {}, {}).transient);
        // A 4xx reply is temporary even where the topic is usually permanent.
        const Explanation dmarc = Diagnoser::explainText(
            QStringLiteral("451 4.7.26 Unauthenticated email is not accepted due to the "
                           "domain's DMARC policy, DNS temporary failure"),
            {}, {});
        QCOMPARE(dmarc.topic, QStringLiteral("policy.sender_authentication"));
        QVERIFY(dmarc.transient);
        QCOMPARE(dmarc.severityName(), QStringLiteral("warning"));
    }

    void wrappedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("topic");
        const QList<std::pair<const char *, const char *>> rows = {
            {"Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\n535 "
             "5.7.8  https://support.google.com/mail/?p=BadCredentials",
             "auth.app_password_required"},
            {"Expected response code \"235\" but got code \"535\", with message \"535-5.7.8 "
             "Username and Password not accepted.\"",
             "auth.app_password_required"},
            {"Expected response code \"250\" but got code \"535\", with message \"535 Incorrect "
             "authentication data\".",
             "auth.credentials_rejected"},
            {"(535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  "
             "https://support.google.com/mail/?p=BadCredentials d2sm - gsmtp')",
             "auth.app_password_required"},
            {"smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first. x1sm - "
             "gsmtp', 'me@example.com')",
             "tls.required"},
            {"The SMTP server requires a secure connection or the client was not authenticated. "
             "The server response was: 5.7.57 Client not authenticated to send mail.",
             "auth.required"},
            {"host mx.example.com[192.0.2.1] said: 550 5.1.1 <nobody@example.com>: Recipient "
             "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO "
             "command)",
             "recipient.unknown"},
            {"SMTP error from remote mail server after end of data: 554 Message rejected: Email "
             "address is not verified. The following identities failed the check in region "
             "EU-WEST-1: a@b.example",
             "sender.not_verified"},
            {"Error: 454 4.7.0 TLS not available due to local problem", "tls.starttls_unavailable"},
            {"  550 5.7.1 <a@b>: Relay access denied  ", "recipient.relay_denied"},
        };
        for (const auto &[text, topic] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString() << QString()
                                << QString::fromLatin1(topic);
    }
    void wrappedForms() { catalogEntries(); }

    void stageFromWrapper()
    {
        // "(in reply to RCPT TO command)" tells the stage: a bare 550 there is an unknown user.
        const Explanation explanation = Diagnoser::explainText(
            QStringLiteral("host mx.example.com said: 550 Requested action not taken: mailbox "
                           "unavailable (in reply to RCPT TO command)"),
            {}, {});
        QCOMPARE(explanation.topic, QStringLiteral("recipient.unknown"));
    }

    void contextRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("topic");
        const char *plain535 = "535 5.7.8 Authentication credentials invalid";
        QTest::newRow("535 anywhere") << plain535 << "auth"
                                      << ""
                                      << "auth.credentials_rejected";
        QTest::newRow("535 gmail") << plain535 << "auth"
                                   << "smtp.gmail.com"
                                   << "auth.app_password_required";
        QTest::newRow("535 office365") << "535 5.7.3 Authentication unsuccessful"
                                       << "auth"
                                       << "smtp.office365.com"
                                       << "auth.disabled_by_provider";
        QTest::newRow("535 outlook.com") << plain535 << "auth"
                                         << "smtp-mail.outlook.com"
                                         << "auth.disabled_by_provider";
        QTest::newRow("535 yahoo") << plain535 << "auth"
                                   << "smtp.mail.yahoo.com"
                                   << "auth.app_password_required";
        QTest::newRow("535 elsewhere") << "535 5.7.3 Authentication unsuccessful"
                                       << "auth"
                                       << "mail.example.com"
                                       << "auth.credentials_rejected";
        QTest::newRow("554 at connect") << "554 mail.example.com ESMTP not accepting messages"
                                        << "banner"
                                        << ""
                                        << "server.unavailable";
        QTest::newRow("554 after the dot") << "554 5.0.0 Transaction failed"
                                           << "data"
                                           << ""
                                           << "message.rejected_content";
        QTest::newRow("554 unknown stage") << "554 5.0.0 Transaction failed"
                                           << ""
                                           << ""
                                           << "server.permanent_error";
    }
    void contextRules() { catalogEntries(); }

    void contextFromSession_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("words");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<bool>("tlsActive");
        QTest::addColumn<int>("mechanism");
        QTest::addColumn<QString>("topic");
        QTest::newRow("530 before TLS") << 530 << "5.7.0"
                                        << "Authentication required" << Stage::MailFrom << false
                                        << int(AuthMechanism::Auto) << "tls.required";
        QTest::newRow("530 inside TLS") << 530 << "5.7.0"
                                        << "Authentication required" << Stage::MailFrom << true
                                        << int(AuthMechanism::Auto) << "auth.required";
        QTest::newRow("535 with OAuth")
            << 535 << "5.7.8"
            << "Username and Password not accepted" << Stage::Auth << true
            << int(AuthMechanism::XOAuth2) << "auth.oauth_token_rejected";
        QTest::newRow("535 with OAUTHBEARER")
            << 535 << "5.7.8"
            << "Username and Password not accepted" << Stage::Auth << true
            << int(AuthMechanism::OAuthBearer) << "auth.oauth_token_rejected";
        QTest::newRow("554 at connect") << 554 << ""
                                        << "No SMTP service here" << Stage::Banner << false
                                        << int(AuthMechanism::Auto) << "server.unavailable";
        QTest::newRow("554 bare at connect") << 554 << ""
                                             << "mail.example.com" << Stage::Banner << false
                                             << int(AuthMechanism::Auto) << "server.unavailable";
        QTest::newRow("554 after data") << 554 << "5.7.1"
                                        << "Rejected" << Stage::Data << true
                                        << int(AuthMechanism::Auto) << "message.rejected_content";
        QTest::newRow("502 to STARTTLS") << 502 << "5.5.1"
                                         << "Unrecognized command" << Stage::StartTls << false
                                         << int(AuthMechanism::Auto) << "tls.starttls_unavailable";
    }
    void contextFromSession()
    {
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(QString, words);
        QFETCH(Stage, stage);
        QFETCH(bool, tlsActive);
        QFETCH(int, mechanism);
        QFETCH(QString, topic);
        SessionFailure failure;
        failure.stage = stage;
        failure.kind = FailureKind::Reply;
        failure.reply = SmtpReply {code, enhanced, {words}};
        DiagnosisContext context;
        context.host = QStringLiteral("smtp.gmail.com");
        context.port = 587;
        context.tlsActive = tlsActive;
        context.mechanism = AuthMechanism(mechanism);
        const Explanation explanation = Diagnoser::explain(failure, context);
        QCOMPARE(explanation.topic, topic);
        QCOMPARE(explanation.serverText, failure.reply->toOneLine());
    }

    void oauthRejectionIsSpecific_data()
    {
        QTest::addColumn<QByteArray>("json"); // empty: no error challenge was seen
        QTest::addColumn<QString>("signedInAccount");
        QTest::addColumn<QString>("summaryWords");
        QTest::addColumn<QString>("fixWords");
        QTest::newRow("expired") << QByteArray("{\"status\":\"401\",\"schemes\":\"Bearer\"}")
                                 << QString() << QStringLiteral("has expired or was revoked")
                                 << QStringLiteral("Sign in with your provider again.");
        QTest::newRow("invalid_token") << QByteArray("{\"status\":\"invalid_token\"}") << QString()
                                       << QStringLiteral("has expired or was revoked")
                                       << QStringLiteral("Sign in with your provider again.");
        QTest::newRow("wrong scope")
            << QByteArray("{\"status\":\"403\",\"scope\":\"https://mail.google.com/\"}")
            << QString()
            << QStringLiteral("did not give permission to send mail: the server wants the "
                              "permission (scope) https://mail.google.com/.")
            << QStringLiteral("allow sending mail on the consent page");
        QTest::newRow("wrong user, account known")
            << QByteArray("{\"status\":\"400\"}") << QStringLiteral("alice@example.com")
            << QStringLiteral("The token belongs to another account: signed in as "
                              "alice@example.com but the user name is bob@example.com.")
            << QStringLiteral("Change the user name to alice@example.com");
        QTest::newRow("bad request")
            << QByteArray("{\"status\":\"invalid_request\"}") << QStringLiteral("BOB@example.com")
            << QStringLiteral("most likely belongs to another account, or the sign-in request was "
                              "malformed")
            << QStringLiteral("exactly the address you signed in with");
        QTest::newRow("no challenge, other account")
            << QByteArray() << QStringLiteral("eve@x.org")
            << QStringLiteral("signed in as eve@x.org") << QStringLiteral("Change the user name");
        QTest::newRow("no challenge, nothing known")
            << QByteArray() << QString()
            << QStringLiteral("it has expired, was revoked, or does not include permission")
            << QStringLiteral("agree to the mail permission");
    }
    void oauthRejectionIsSpecific()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, signedInAccount);
        QFETCH(QString, summaryWords);
        QFETCH(QString, fixWords);
        SessionFailure failure;
        failure.stage = Stage::Auth;
        failure.kind = FailureKind::Reply;
        // A wording no catalog rule knows: the context alone must make it an OAuth rejection.
        failure.reply = SmtpReply {
            535, QStringLiteral("5.7.8"), {QStringLiteral("Authentication credentials invalid")}};
        DiagnosisContext context;
        context.host = QStringLiteral("mail.example.net");
        context.port = 465;
        context.security = Security::ImplicitTls;
        context.tlsActive = true;
        context.mechanism = json.isEmpty() ? AuthMechanism::OAuthBearer : AuthMechanism::Auto;
        if (!json.isEmpty()) {
            context.oauthError = OAuthServerError::fromJson(json);
            QVERIFY(context.oauthError);
        }
        context.userName = QStringLiteral("bob@example.com");
        context.signedInAccount = signedInAccount;
        const Explanation explanation = Diagnoser::explain(failure, context);
        QCOMPARE(explanation.topic, QStringLiteral("auth.oauth_token_rejected"));
        QVERIFY2(explanation.summary.contains(summaryWords), qPrintable(explanation.summary));
        QVERIFY2(explanation.fixes.join(u'\n').contains(fixWords),
                 qPrintable(explanation.fixes.join(u'\n')));
        QVERIFY(!explanation.causes.isEmpty());
        // Without an OAuth sign-in the same reply is a plain password refusal.
        DiagnosisContext password = context;
        password.mechanism = AuthMechanism::Plain;
        password.oauthError.reset();
        QCOMPARE(Diagnoser::explain(failure, password).topic,
                 QStringLiteral("auth.credentials_rejected"));
    }

    void providerHints()
    {
        DiagnosisContext gmail;
        gmail.host = QStringLiteral("smtp.gmail.com");
        const Explanation google = Diagnoser::explainText(
            QStringLiteral("535 5.7.8 Authentication credentials invalid"), Stage::Auth, gmail);
        QVERIFY(google.providerHint.contains(QLatin1String("apppasswords")));

        DiagnosisContext microsoft;
        microsoft.host = QStringLiteral("smtp.office365.com");
        const Explanation ms = Diagnoser::explainText(
            QStringLiteral("535 5.7.3 Authentication unsuccessful"), Stage::Auth, microsoft);
        QVERIFY(ms.providerHint.contains(QLatin1String("SmtpClientAuthenticationDisabled")));
        QVERIFY(ms.providerHint.contains(QLatin1String("2026")));

        DiagnosisContext sendgrid;
        sendgrid.host = QStringLiteral("smtp.sendgrid.net");
        const Explanation sg = Diagnoser::explainText(
            QStringLiteral("535 Authentication failed: Bad username / password"), {}, sendgrid);
        QVERIFY(sg.providerHint.contains(QLatin1String("apikey")));

        DiagnosisContext ses;
        ses.host = QStringLiteral("email-smtp.eu-west-1.amazonaws.com");
        const Explanation sandbox = Diagnoser::explainText(
            QStringLiteral("554 Message rejected: Email address is not verified."), {}, ses);
        QVERIFY(sandbox.providerHint.contains(QLatin1String("sandbox")));
        const Explanation region = Diagnoser::explainText(
            QStringLiteral("535 Authentication Credentials Invalid"), {}, ses);
        QVERIFY(region.providerHint.contains(QLatin1String("region")));

        // The provider named by the text counts even without a host.
        const Explanation byText = Diagnoser::explainText(
            QStringLiteral("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                           "disabled for the Mailbox."),
            {}, {});
        QVERIFY(byText.providerHint.contains(QLatin1String("Set-CASMailbox")));
        // No provider, no hint.
        QVERIFY(Diagnoser::explainText(QStringLiteral("535 Incorrect authentication data"), {}, {})
                    .providerHint.isEmpty());
    }

    void securityMismatchFix()
    {
        DiagnosisContext tlsOn587;
        tlsOn587.port = 587;
        tlsOn587.security = Security::ImplicitTls;
        const Explanation wrongVersion = Diagnoser::explainText(
            QStringLiteral("error:0A00010B:SSL routines::wrong version number"), {}, tlsOn587);
        QCOMPARE(wrongVersion.topic, QStringLiteral("net.security_mode_mismatch"));
        QVERIFY(wrongVersion.fixes.first().contains(QLatin1String("587")));
        QVERIFY(wrongVersion.fixes.first().contains(QLatin1String("STARTTLS")));

        SessionFailure hang;
        hang.stage = Stage::Banner;
        hang.kind = FailureKind::Timeout;
        DiagnosisContext startTlsOn465;
        startTlsOn465.port = 465;
        startTlsOn465.security = Security::StartTls;
        const Explanation banner = Diagnoser::explain(hang, startTlsOn465);
        QCOMPARE(banner.topic, QStringLiteral("net.security_mode_mismatch"));
        QVERIFY(banner.fixes.first().contains(QLatin1String("TLS from the start")));
        QVERIFY(banner.fixes.first().contains(QLatin1String("465")));

        // The same hang on a port that fits the setting is a blocked port.
        DiagnosisContext startTlsOn25;
        startTlsOn25.port = 25;
        hang.stage = Stage::Connecting;
        const Explanation blocked = Diagnoser::explain(hang, startTlsOn25);
        QCOMPARE(blocked.topic, QStringLiteral("net.timeout"));
        QVERIFY(blocked.fixes.first().contains(QLatin1String("587")));
        QVERIFY(blocked.fixes.first().contains(QLatin1String("465")));
        QVERIFY(blocked.fixes.first().contains(QLatin1String("Port 25")));
    }

    void noReplyKinds()
    {
        const QList<std::pair<FailureKind, const char *>> kinds = {
            {FailureKind::None, "ok.accepted"},
            {FailureKind::HostNotFound, "net.host_not_found"},
            {FailureKind::ConnectionRefused, "net.connection_refused"},
            {FailureKind::Timeout, "net.timeout"},
            {FailureKind::ConnectionLost, "net.connection_lost"},
            {FailureKind::TlsHandshakeFailed, "tls.handshake_failed"},
            {FailureKind::TlsCertificate, "tls.certificate_untrusted"},
            {FailureKind::StartTlsUnavailable, "tls.starttls_unavailable"},
            {FailureKind::AuthNotOffered, "auth.not_offered"},
            {FailureKind::NoCommonMechanism, "auth.mechanism_unsupported"},
            {FailureKind::PlainAuthRefused, "auth.encryption_required"},
            {FailureKind::ProtocolError, "protocol.error"},
            {FailureKind::MessageTooLarge, "message.too_large"},
        };
        for (const auto &[kind, topic] : kinds) {
            SessionFailure failure;
            failure.stage = Stage::Ehlo;
            failure.kind = kind;
            QCOMPARE(Diagnoser::explain(failure, {}).topic, QString::fromLatin1(topic));
        }
        SessionFailure garbage;
        garbage.stage = Stage::Banner;
        garbage.kind = FailureKind::ProtocolError;
        garbage.unexpectedBytes = QByteArray::fromHex("15030300020246");
        const Explanation binary = Diagnoser::explain(garbage, {});
        QCOMPARE(binary.topic, QStringLiteral("net.security_mode_mismatch"));
        QVERIFY(binary.serverText.contains(QLatin1String("15 03 03")));
    }

    void jsonKeys()
    {
        const QJsonObject json
            = Diagnoser::explainText(QStringLiteral("535 5.7.8 Bad credentials"), {}, {}).toJson();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(
            keys,
            QStringList({"causes", "confidence", "evidence", "fixes", "provider_hint", "reference",
                         "server_text", "severity", "summary", "title", "topic", "transient"}));
        QCOMPARE(json.value("topic").toString(), QStringLiteral("auth.credentials_rejected"));
        QCOMPARE(json.value("severity").toString(), QStringLiteral("error"));
        QVERIFY(json.value("causes").isArray());
        QVERIFY(json.value("fixes").toArray().size() >= 2);
        QVERIFY(json.value("reference").toString().contains(QLatin1String("RFC 4954")));
        QVERIFY(json.value("reference").toString().contains(QLatin1String("5.7.8")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
