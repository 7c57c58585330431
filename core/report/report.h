// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/explanation.h"
#include "profiles/profile.h"
#include "reportcheck.h"
#include "smtp/tlsinfo.h"
#include "transcript/transcriptentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

struct SessionResult;
class Transcript;

// One run of any kind (a test send, and later a domain, server or port-probe check), as a
// report for a ticket and as a history entry. Holds no secret: the profile never has one, and
// transcript lines that carried credentials were redacted when they were recorded.
//
// JSON (toJson/fromJson), schema "sendcheck-report" version 1. Consumers check
// schema.name and schema.version; fields are only ever added within a version.
//
//   schema     {name: "sendcheck-report", version: 1}
//   kind       "send" | "domain" | "server" | "probe" | "discovery"
//   time       when the run finished, ISO 8601 in UTC ("2024-05-01T10:00:00Z")
//   app        {name: "Sendcheck", version, qt}: what made the report
//   os         the operating system, one line
//   redaction  "standard" (secrets removed when recorded) or "strict" (also user names,
//              address local parts and IP addresses hidden: see StrictRedaction)
//   ok         whether the run succeeded
//   verdict    {text: one line in plain words, topic: a topicids.h id or "",
//               severity: "error" | "warning" | "info" | "",
//               confidence: present only once diagnosis rates its explanations,
//               explanation: Explanation::toJson(), present only when there is one}
//   profile    the settings used, never a secret: {id, name, preset, host, port, security,
//              auth, sign_in: "password" | "oauth", user, from, to[], ehlo_name,
//              timeout_seconds, ca_file, pins[{host, port, sha256}] (the SMTP server's and
//              the read-back mailbox server's, each for its host and port), allow_plain_auth,
//              oauth {client_id, tenant, account} (OAuth profiles only)}
//   server     {banner[]: the 220 greeting's lines, ehlo_greeting: the EHLO reply's first
//              line, capabilities[]: "KEYWORD parameters", one per EHLO line}
//   session    the SMTP session exactly as `sendcheck-cli send --json` prints it
//              (sessionToJson: ok, stage, reply, failure, recipients, tls {protocol, cipher,
//              verified, pinned, errors[], chain[{subject, issuer, not_before, not_after, san[],
//              sha256}]}, auth_mechanism, timings_ms, messages, transcript[{t_ms, dir, text,
//              tls}]); absent for runs without one
//   domain     the domain check exactly as `sendcheck-cli domain --json` prints it (domain,
//              spf, dkim, dmarc, mx, checks, publish[{type, name, value, why}], dnssec);
//              present only in "domain" runs
//   checks     [{id, status: "pass" | "warning" | "fail" | "info" | "skipped", title, summary,
//              fix, records[{name, value}]}]
//   read_back  after a send with "Check that it arrived" / --read-back: ReadBackResult::toJson()
//              (arrived, seconds, folder, spam, message_id, authentication_results, hops,
//              spam_verdicts, checks, ...) or {arrived: false, error}, with imap {host, port,
//              security} (ReadBack::reportJson); absent otherwise
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::Report)

public:
    enum class Kind { Send, Domain, Server, Probe, Discovery };
    enum class Redaction { Standard, Strict };

    static constexpr int SchemaVersion = 1;
    [[nodiscard]] static QString schemaName() { return QStringLiteral("sendcheck-report"); }

    Kind kind = Kind::Send;
    QDateTime time; // UTC, when the run finished
    QString appVersion;
    QString qtVersion;
    QString os;
    Redaction redaction = Redaction::Standard;

    bool ok = false;
    QString verdict; // one line in our words: "Sent: the server accepted the message"
    Explanation explanation; // valid only when something went wrong
    std::optional<QString> confidence; // diagnosis does not rate itself yet: absent

    Profile profile; // the settings used (a Profile never holds a secret)

    QStringList banner; // the server's 220 greeting, line by line, as received
    QString ehloGreeting;
    QStringList capabilities; // "PIPELINING", "SIZE 35882577", "AUTH PLAIN LOGIN"

    QJsonObject session; // sessionToJson(); empty for runs without an SMTP session
    QJsonObject domain; // DomainCheckResult::toJson(); empty for runs other than "domain"
    QList<ReportCheck> checks;
    QJsonObject readBack; // ReadBack::reportJson(); empty when the message was not read back

    // The report of a finished test send or connection test. `transcript` may be null (then
    // the report has no transcript); `profile` is the settings the session ran with (a fresh
    // Profile for one-off settings). Failures are explained here, as the CLI explains them.
    [[nodiscard]] static Report fromSession(const SessionResult &result,
                                            const Transcript *transcript, const Profile &profile);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const; // indented, UTF-8, ends with a line break
    // Reads schema version 1 (and refuses a newer version or another schema).
    [[nodiscard]] static std::optional<Report> fromJson(const QJsonObject &object, QString *error);

    // What the session part says, typed (empty when there is no session).
    [[nodiscard]] QList<TranscriptEntry> transcript() const;
    [[nodiscard]] TlsInfo tls() const;

    // "Test send to mail.example.com:587", for headings and lists.
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString topic() const { return explanation.topic; }

    [[nodiscard]] static QString kindName(Kind kind); // "send", "domain", "server", "probe", ...
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString &name);
    // "Sendcheck 0.1.0 (Qt 6.4.2)"
    [[nodiscard]] QString madeBy() const;
    // The engine's version, for reports made now.
    [[nodiscard]] static QString currentAppVersion();
    [[nodiscard]] static QString currentOs();
};

} // namespace Sendcheck
