// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "common/enumnames.h"

#include "presetjson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Sendcheck {

using PresetJson::readString;
using PresetJson::readStringList;

namespace {

const SecretKind allSecretKinds[] = {
    SecretKind::AccountPassword, SecretKind::AppPassword, SecretKind::ApiKey, SecretKind::SmtpKey,
    SecretKind::SmtpCredentials, SecretKind::OAuth,       SecretKind::None};

bool readConfidence(const QJsonObject &object, Confidence *target, QString *error)
{
    const QJsonValue value = object.value(QStringLiteral("confidence"));
    if (value.isUndefined())
        return true;
    const auto parsed = confidenceFromName(value.toString());
    if (!parsed) {
        *error = Provider::tr("\"confidence\" must be \"confirmed\" or \"check-with-provider\".");
        return false;
    }
    *target = *parsed;
    return true;
}

QJsonValue confidenceJson(Confidence confidence)
{
    return confidenceName(confidence);
}

} // namespace

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AccountPassword:
        return QStringLiteral("account-password");
    case SecretKind::AppPassword:
        return QStringLiteral("app-password");
    case SecretKind::ApiKey:
        return QStringLiteral("api-key");
    case SecretKind::SmtpKey:
        return QStringLiteral("smtp-key");
    case SecretKind::SmtpCredentials:
        return QStringLiteral("smtp-credentials");
    case SecretKind::OAuth:
        return QStringLiteral("oauth");
    case SecretKind::None:
        return QStringLiteral("none");
    }
    return QString();
}

std::optional<SecretKind> secretKindFromName(const QString &name)
{
    return enumFromName(name, allSecretKinds, secretKindName);
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed:
        return QStringLiteral("confirmed");
    case Confidence::CheckWithProvider:
        return QStringLiteral("check-with-provider");
    }
    return QString();
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    return enumFromName(name, {Confidence::Confirmed, Confidence::CheckWithProvider},
                        confidenceName);
}

const Provider::Port *Provider::recommendedPort() const
{
    for (const Port &port : ports) {
        if (port.recommended)
            return &port;
    }
    return ports.isEmpty() ? nullptr : &ports.first();
}

const Provider::Port *Provider::portFor(Security security) const
{
    const Port *recommended = recommendedPort();
    if (recommended && recommended->security == security)
        return recommended;
    for (const Port &port : ports) {
        if (port.security == security)
            return &port;
    }
    return nullptr;
}

const Provider::Port *Provider::findPort(quint16 number) const
{
    for (const Port &port : ports) {
        if (port.port == number)
            return &port;
    }
    return nullptr;
}

const Provider::Host *Provider::findHost(const QString &idOrHost) const
{
    for (const Host &host : hosts) {
        if (host.id.compare(idOrHost, Qt::CaseInsensitive) == 0
            || host.host.compare(idOrHost, Qt::CaseInsensitive) == 0)
            return &host;
    }
    return nullptr;
}

bool Provider::OAuth::usesTenant() const
{
    static const QString placeholder = QStringLiteral("{tenant}");
    return authorizationUrl.contains(placeholder) || tokenUrl.contains(placeholder);
}

namespace {

// An OAuth endpoint: https, or plain http to this computer only (a test or lab server; RFC
// 8252 allows the same for redirects). "{tenant}" is allowed in the path.
bool isAcceptableEndpoint(const QString &text)
{
    QString probe = text;
    probe.replace(QStringLiteral("{tenant}"), QStringLiteral("tenant"));
    const QUrl url(probe, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
        && (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
            || host == QLatin1String("::1"));
}

std::optional<Provider::OAuth> readOAuth(const QJsonObject &object, QString *error)
{
    Provider::OAuth oauth;
    QString secret;
    if (!readString(object, QStringLiteral("signInName"), &oauth.signInName, error)
        || !readString(object, QStringLiteral("authorizationUrl"), &oauth.authorizationUrl, error)
        || !readString(object, QStringLiteral("tokenUrl"), &oauth.tokenUrl, error)
        || !readStringList(object, QStringLiteral("scopes"), &oauth.scopes, error)
        || !readString(object, QStringLiteral("defaultTenant"), &oauth.defaultTenant, error)
        || !readString(object, QStringLiteral("clientSecret"), &secret, error)
        || !readString(object, QStringLiteral("registrationHelp"), &oauth.registrationHelpUrl,
                       error))
        return std::nullopt;
    if (oauth.signInName.trimmed().isEmpty()) {
        *error = Provider::tr("\"oauth\" needs a \"signInName\".");
        return std::nullopt;
    }
    for (const QString *url : {&oauth.authorizationUrl, &oauth.tokenUrl}) {
        if (!isAcceptableEndpoint(*url)) {
            *error = Provider::tr("OAuth address \"%1\" must be https (or http to 127.0.0.1).")
                         .arg(*url);
            return std::nullopt;
        }
    }
    if (oauth.scopes.isEmpty()) {
        *error = Provider::tr("\"oauth\" must list the \"scopes\" to ask for.");
        return std::nullopt;
    }
    if (oauth.usesTenant() && oauth.defaultTenant.isEmpty()) {
        *error = Provider::tr("\"oauth\" uses {tenant} and so needs a \"defaultTenant\".");
        return std::nullopt;
    }
    if (secret != QLatin1String("usual") && secret != QLatin1String("none") && !secret.isEmpty()) {
        *error = Provider::tr("\"clientSecret\" must be \"usual\" or \"none\".");
        return std::nullopt;
    }
    oauth.clientSecretUsual = secret == QLatin1String("usual");
    QString redirectHost;
    if (!readString(object, QStringLiteral("redirectHost"), &redirectHost, error))
        return std::nullopt;
    if (!redirectHost.isEmpty()) {
        if (redirectHost != QLatin1String("127.0.0.1")
            && redirectHost != QLatin1String("localhost")) {
            *error = Provider::tr("\"redirectHost\" must be \"127.0.0.1\" or \"localhost\".");
            return std::nullopt;
        }
        oauth.redirectHost = redirectHost;
    }
    // Extra query items for the provider's sign-in page (access_type, prompt, ...): never one
    // the flow itself owns, or a preset file could turn off PKCE or steal the redirect.
    static const QStringList reserved {QStringLiteral("client_id"),
                                       QStringLiteral("redirect_uri"),
                                       QStringLiteral("response_type"),
                                       QStringLiteral("scope"),
                                       QStringLiteral("state"),
                                       QStringLiteral("code_challenge"),
                                       QStringLiteral("code_challenge_method")};
    const QJsonObject parameters
        = object.value(QStringLiteral("authorizationParameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (reserved.contains(it.key()) || !it.value().isString()) {
            *error = Provider::tr("\"authorizationParameters\": \"%1\" cannot be set here (the "
                                  "sign-in sets it) or is not text.")
                         .arg(it.key());
            return std::nullopt;
        }
        oauth.authorizationParameters.append({it.key(), it.value().toString()});
    }
    if (!oauth.registrationHelpUrl.isEmpty()
        && !QUrl(oauth.registrationHelpUrl).scheme().startsWith(QLatin1String("https"))) {
        *error = Provider::tr("\"registrationHelp\" must be an https address.");
        return std::nullopt;
    }
    return oauth;
}

QJsonObject oauthJson(const Provider::OAuth &oauth)
{
    QJsonObject parameters;
    for (const auto &[key, value] : oauth.authorizationParameters)
        parameters.insert(key, value);
    QJsonObject object {
        {QStringLiteral("signInName"), oauth.signInName},
        {QStringLiteral("authorizationUrl"), oauth.authorizationUrl},
        {QStringLiteral("tokenUrl"), oauth.tokenUrl},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(oauth.scopes)},
        {QStringLiteral("authorizationParameters"), parameters},
        {QStringLiteral("clientSecret"),
         oauth.clientSecretUsual ? QStringLiteral("usual") : QStringLiteral("none")}};
    if (!oauth.defaultTenant.isEmpty())
        object.insert(QStringLiteral("defaultTenant"), oauth.defaultTenant);
    object.insert(QStringLiteral("redirectHost"), oauth.redirectHost);
    if (!oauth.registrationHelpUrl.isEmpty())
        object.insert(QStringLiteral("registrationHelp"), oauth.registrationHelpUrl);
    return object;
}

} // namespace

static QString normalizedName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

bool Provider::servesDomain(const QString &domain) const
{
    return domains.contains(normalizedName(domain));
}

bool Provider::matchesMxHost(const QString &mxHost) const
{
    const QString host = normalizedName(mxHost);
    for (const QString &pattern : mxPatterns) {
        if (pattern.startsWith(QLatin1String("*."))) {
            if (host.endsWith(pattern.mid(1)) && host.size() > pattern.size() - 1)
                return true;
        } else if (host == pattern) {
            return true;
        }
    }
    return false;
}

std::optional<Provider> Provider::fromJson(const QJsonObject &object, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    Provider p;

    if (!readString(object, QStringLiteral("id"), &p.id, error))
        return std::nullopt;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(p.id).hasMatch()) {
        *error = tr("\"id\" must be lower-case letters, digits and '-' (got \"%1\").").arg(p.id);
        return std::nullopt;
    }
    if (!readString(object, QStringLiteral("name"), &p.name, error)
        || !readString(object, QStringLiteral("userName"), &p.userName, error)
        || !readString(object, QStringLiteral("userNameHint"), &p.userNameHint, error)
        || !readStringList(object, QStringLiteral("notes"), &p.notes, error)
        || !readStringList(object, QStringLiteral("limits"), &p.limits, error)
        || !readStringList(object, QStringLiteral("domains"), &p.domains, error)
        || !readStringList(object, QStringLiteral("mx_patterns"), &p.mxPatterns, error)
        || !readConfidence(object, &p.confidence, error))
        return std::nullopt;
    static const QRegularExpression domainPattern(QStringLiteral(
        "^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    for (const QString &domain : std::as_const(p.domains)) {
        if (domain.startsWith(QLatin1Char('*')) || !domainPattern.match(domain).hasMatch()) {
            *error = tr("\"domains\" must list lower-case domain names (got \"%1\").").arg(domain);
            return std::nullopt;
        }
    }
    for (const QString &pattern : std::as_const(p.mxPatterns)) {
        if (!domainPattern.match(pattern).hasMatch()) {
            *error = tr("\"mx_patterns\" must list lower-case host names, optionally starting "
                        "with \"*.\" (got \"%1\").")
                         .arg(pattern);
            return std::nullopt;
        }
    }
    if (p.name.trimmed().isEmpty()) {
        *error = tr("\"name\" is missing or empty.");
        return std::nullopt;
    }

    const QJsonArray hosts = object.value(QStringLiteral("hosts")).toArray();
    if (hosts.isEmpty()) {
        *error = tr("\"hosts\" must list at least one server.");
        return std::nullopt;
    }
    for (const QJsonValue &value : hosts) {
        const QJsonObject h = value.toObject();
        Host host;
        if (!readString(h, QStringLiteral("host"), &host.host, error)
            || !readString(h, QStringLiteral("id"), &host.id, error)
            || !readString(h, QStringLiteral("label"), &host.label, error)
            || !readConfidence(h, &host.confidence, error))
            return std::nullopt;
        if (host.host.trimmed().isEmpty() || host.host.contains(QLatin1Char(' '))) {
            *error = tr("Every entry of \"hosts\" needs a server name in \"host\".");
            return std::nullopt;
        }
        p.hosts.append(host);
    }

    const QJsonArray ports = object.value(QStringLiteral("ports")).toArray();
    if (ports.isEmpty()) {
        *error = tr("\"ports\" must list at least one port.");
        return std::nullopt;
    }
    int recommendedCount = 0;
    for (const QJsonValue &value : ports) {
        const QJsonObject o = value.toObject();
        Port port;
        const double number = o.value(QStringLiteral("port")).toDouble(-1);
        if (number < 1 || number > 65535 || number != int(number)) {
            *error = tr("A port must be a whole number from 1 to 65535.");
            return std::nullopt;
        }
        port.port = quint16(number);
        const auto security = securityFromName(o.value(QStringLiteral("security")).toString());
        if (!security) {
            *error = tr("Port %1: \"security\" must be starttls, tls or none.").arg(port.port);
            return std::nullopt;
        }
        port.security = *security;
        port.recommended = o.value(QStringLiteral("recommended")).toBool(false);
        recommendedCount += port.recommended ? 1 : 0;
        if (!readConfidence(o, &port.confidence, error))
            return std::nullopt;
        p.ports.append(port);
    }
    if (recommendedCount != 1) {
        *error = tr("Exactly one port must be marked \"recommended\" (found %1).")
                     .arg(recommendedCount);
        return std::nullopt;
    }

    QStringList mechanisms;
    if (!readStringList(object, QStringLiteral("auth"), &mechanisms, error))
        return std::nullopt;
    for (const QString &name : std::as_const(mechanisms)) {
        const auto mechanism = mechanismFromName(name);
        if (!mechanism || *mechanism == AuthMechanism::Auto) {
            *error = tr("Unknown sign-in method \"%1\" in \"auth\".").arg(name);
            return std::nullopt;
        }
        p.mechanisms.append(*mechanism);
    }
    const QJsonValue recommendedAuth = object.value(QStringLiteral("recommendedAuth"));
    if (!recommendedAuth.isUndefined()) {
        const auto mechanism = mechanismFromName(recommendedAuth.toString());
        if (!mechanism) {
            *error = tr("Unknown sign-in method \"%1\" in \"recommendedAuth\".")
                         .arg(recommendedAuth.toString());
            return std::nullopt;
        }
        p.recommendedMechanism = *mechanism;
    }

    const QString secretKind = object.value(QStringLiteral("secretKind")).toString();
    const auto kind = secretKindFromName(secretKind);
    if (!kind) {
        *error = tr("Unknown \"secretKind\" \"%1\".").arg(secretKind);
        return std::nullopt;
    }
    p.secretKind = *kind;

    const QJsonArray links = object.value(QStringLiteral("helpLinks")).toArray();
    for (const QJsonValue &value : links) {
        const QJsonObject o = value.toObject();
        Link link;
        link.title = o.value(QStringLiteral("title")).toString();
        link.url = o.value(QStringLiteral("url")).toString();
        const QUrl url(link.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            *error = tr("Help link \"%1\" must be an https address.").arg(link.url);
            return std::nullopt;
        }
        p.helpLinks.append(link);
    }

    const QJsonValue oauth = object.value(QStringLiteral("oauth"));
    if (!oauth.isUndefined()) {
        if (!oauth.isObject()) {
            *error = tr("\"oauth\" must be an object.");
            return std::nullopt;
        }
        p.oauth = readOAuth(oauth.toObject(), error);
        if (!p.oauth)
            return std::nullopt;
    }
    const QJsonValue domainDns = object.value(QStringLiteral("domainDns"));
    if (!domainDns.isUndefined()) {
        p.domainDns = domainDns.isObject() ? DomainDns::fromJson(domainDns.toObject(), error)
                                           : std::nullopt;
        if (!domainDns.isObject())
            *error = tr("\"domainDns\" must be an object.");
        if (!p.domainDns)
            return std::nullopt;
    }
    const QJsonValue imap = object.value(QStringLiteral("imap"));
    if (!imap.isUndefined()) {
        p.imap = ProviderImap::fromJson(imap, error);
        if (!p.imap)
            return std::nullopt;
    }
    return p;
}

QJsonObject Provider::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    if (!domains.isEmpty())
        object.insert(QStringLiteral("domains"), QJsonArray::fromStringList(domains));
    if (!mxPatterns.isEmpty())
        object.insert(QStringLiteral("mx_patterns"), QJsonArray::fromStringList(mxPatterns));
    object.insert(QStringLiteral("name"), name);
    QJsonArray hostArray;
    for (const Host &h : hosts) {
        QJsonObject o {{QStringLiteral("host"), h.host}};
        if (!h.id.isEmpty())
            o.insert(QStringLiteral("id"), h.id);
        if (!h.label.isEmpty())
            o.insert(QStringLiteral("label"), h.label);
        o.insert(QStringLiteral("confidence"), confidenceJson(h.confidence));
        hostArray.append(o);
    }
    object.insert(QStringLiteral("hosts"), hostArray);
    QJsonArray portArray;
    for (const Port &port : ports) {
        portArray.append(
            QJsonObject {{QStringLiteral("port"), int(port.port)},
                         {QStringLiteral("security"), securityName(port.security)},
                         {QStringLiteral("recommended"), port.recommended},
                         {QStringLiteral("confidence"), confidenceJson(port.confidence)}});
    }
    object.insert(QStringLiteral("ports"), portArray);
    QJsonArray auth;
    for (const AuthMechanism m : mechanisms)
        auth.append(mechanismName(m));
    object.insert(QStringLiteral("auth"), auth);
    object.insert(QStringLiteral("recommendedAuth"), mechanismName(recommendedMechanism));
    if (!userName.isEmpty())
        object.insert(QStringLiteral("userName"), userName);
    object.insert(QStringLiteral("userNameHint"), userNameHint);
    object.insert(QStringLiteral("secretKind"), secretKindName(secretKind));
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    object.insert(QStringLiteral("limits"), QJsonArray::fromStringList(limits));
    QJsonArray linkArray;
    for (const Link &link : helpLinks)
        linkArray.append(
            QJsonObject {{QStringLiteral("title"), link.title}, {QStringLiteral("url"), link.url}});
    object.insert(QStringLiteral("helpLinks"), linkArray);
    object.insert(QStringLiteral("confidence"), confidenceJson(confidence));
    if (oauth)
        object.insert(QStringLiteral("oauth"), oauthJson(*oauth));
    if (domainDns)
        object.insert(QStringLiteral("domainDns"), domainDns->toJson());
    if (imap)
        object.insert(QStringLiteral("imap"), imap->toJson());
    return object;
}

} // namespace Sendcheck
