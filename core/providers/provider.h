// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domaindns.h"
#include "providerimap.h"
#include "smtp/serversettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What a provider expects in the password field. Shown to people ("use an app password, not
// your account password") and used to clean up pasted secrets (app passwords lose spaces).
enum class SecretKind {
    AccountPassword, // the mailbox's own password
    AppPassword, // a separate password made for one app (Google, Apple, Yahoo, Fastmail)
    ApiKey, // an API key used as the password (SendGrid)
    SmtpKey, // a key made for SMTP only (Brevo "SMTP key", Postmark SMTP token)
    SmtpCredentials, // a user name and password made for SMTP (SES, Mailgun, SMTP2GO)
    OAuth, // an OAuth 2.0 access token (XOAUTH2)
    None, // no sign-in (relay by IP address, practice server without auth)
};

[[nodiscard]] QString secretKindName(SecretKind kind); // "app-password", ...
[[nodiscard]] std::optional<SecretKind> secretKindFromName(const QString &name);

// How sure the facts are. "confirmed": a vendor document or the server's source says so.
// "check-with-provider": a mirror, third-party or remembered source; show it with a caution.
enum class Confidence { Confirmed, CheckWithProvider };
[[nodiscard]] QString confidenceName(Confidence confidence);
[[nodiscard]] std::optional<Confidence> confidenceFromName(const QString &name);

// One preset: a mail provider's outgoing servers and sign-in rules, read from
// resources/providers.json or a user preset file. Never holds a secret.
struct Provider
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::Provider)

public:
    struct Host
    {
        QString host;
        QString id; // region or data-centre key ("eu-west-1", "eu"); may be empty
        QString label; // "Europe (Ireland)", "Organisation, EU data centre"
        Confidence confidence = Confidence::Confirmed;
    };
    struct Port
    {
        quint16 port = 587;
        Security security = Security::StartTls;
        bool recommended = false;
        Confidence confidence = Confidence::Confirmed;
    };
    struct Link
    {
        QString title;
        QString url; // always https
    };
    // How to sign in with OAuth 2.0 (authorization code flow with PKCE and a loopback
    // redirect), for providers that support it for SMTP.
    struct OAuth
    {
        QString signInName; // "Google", "Microsoft": the button says "Sign in with %1"
        QString authorizationUrl; // https (http only for a loopback host); may hold {tenant}
        QString tokenUrl; // likewise
        QStringList scopes; // asked for, space-separated on the wire
        QString defaultTenant; // fills {tenant} when the profile names none
        QList<std::pair<QString, QString>> authorizationParameters; // extra query items
        bool clientSecretUsual = false; // Google's desktop clients come with one
        QString registrationHelpUrl; // how to register an app (https)
        // The host the browser is sent back to: "127.0.0.1" (RFC 8252's advice, Google) or
        // "localhost" (what Microsoft's app registration portal accepts). Sendcheck listens
        // on 127.0.0.1 either way.
        QString redirectHost = QStringLiteral("127.0.0.1");

        [[nodiscard]] bool usesTenant() const;
    };

    QString id; // "gmail", "amazon-ses"; lower case letters, digits and '-'
    // The mail domains whose addresses this preset serves ("gmail.com"), and the MX hosts that
    // show a custom domain's mail is hosted here: "*.mail.protection.outlook.com" (any name
    // ending in ".mail.protection.outlook.com") or an exact host. Lower case, no trailing dot.
    // Discovery (core/discovery) matches an address by them.
    QStringList domains;
    QStringList mxPatterns;
    QString name;
    QList<Host> hosts; // the first is the default
    QList<Port> ports; // exactly one is recommended
    QList<AuthMechanism> mechanisms;
    AuthMechanism recommendedMechanism = AuthMechanism::Auto;
    QString userName; // a fixed user name ("apikey"); empty when it is the user's own
    QString userNameHint; // what to type as the user name
    SecretKind secretKind = SecretKind::AccountPassword;
    QStringList notes;
    QStringList limits;
    QList<Link> helpLinks;
    std::optional<OAuth> oauth; // absent: no OAuth sign-in for this preset
    Confidence confidence = Confidence::Confirmed; // for the preset as a whole
    QString sourceFile; // where it was read from (":/providers.json" or a user file)
    // What a customer's domain must publish to send through it ("domainDns"); absent when the
    // provider's documents say nothing we could source.
    std::optional<DomainDns> domainDns;
    // The mailbox to read a test message back from ("imap"); absent when nothing is known.
    std::optional<ProviderImap> imap;

    [[nodiscard]] const Port *recommendedPort() const;
    // The recommended port for `security`, else the first listed one with that mode.
    [[nodiscard]] const Port *portFor(Security security) const;
    [[nodiscard]] const Port *findPort(quint16 port) const;
    // By region id ("eu-west-1") or by host name, case-insensitive.
    [[nodiscard]] const Host *findHost(const QString &idOrHost) const;
    // Whether `domain` is one of `domains` / `mxHost` matches one of `mxPatterns`
    // (case-insensitive, a trailing dot ignored).
    [[nodiscard]] bool servesDomain(const QString &domain) const;
    [[nodiscard]] bool matchesMxHost(const QString &mxHost) const;

    // Reads and validates one preset; `error` names the field that is wrong.
    [[nodiscard]] static std::optional<Provider> fromJson(const QJsonObject &object,
                                                          QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
