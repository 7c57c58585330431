// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilerules.h"

namespace Sendcheck {

namespace {

bool hasSpaceOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// 587, 465 or 25 and not the usual port of `security`.
bool isUsualPortOfAnotherMode(quint16 port, Security security)
{
    for (const Security other : {Security::StartTls, Security::ImplicitTls, Security::None}) {
        if (other != security && port == ServerSettings::defaultPort(other))
            return true;
    }
    return false;
}

} // namespace

std::optional<Security> ProfileRules::securityForPort(quint16 port)
{
    switch (port) {
    case 465:
    case 2465:
    case 8465:
    case 443:
        return Security::ImplicitTls;
    case 25:
    case 587:
    case 2525:
    case 2587:
    case 8025:
    case 80:
        return Security::StartTls;
    default:
        return std::nullopt;
    }
}

std::optional<Security> ProfileRules::securityForNewPort(quint16 port, Security current,
                                                         const Provider *preset)
{
    if (const Provider::Port *known = preset ? preset->findPort(port) : nullptr)
        return known->security;
    if (port == ServerSettings::defaultPort(current))
        return std::nullopt;
    return securityForPort(port);
}

quint16 ProfileRules::portForNewSecurity(quint16 port, Security security, const Provider *preset)
{
    if (const Provider::Port *known = preset ? preset->portFor(security) : nullptr)
        return known->port;
    if (isUsualPortOfAnotherMode(port, security))
        return ServerSettings::defaultPort(security);
    return port;
}

bool ProfileRules::offersOAuth(const Provider *preset)
{
    return preset && preset->oauth.has_value();
}

void ProfileRules::applyPreset(Profile &profile, const Provider &preset, const Provider::Host *host,
                               const Provider *previous)
{
    profile.presetId = preset.id;
    if (!host && !preset.hosts.isEmpty())
        host = &preset.hosts.first();
    if (host)
        profile.host = host->host;
    if (const Provider::Port *port = preset.recommendedPort()) {
        profile.port = port->port;
        profile.security = port->security;
    }
    if (!preset.userName.isEmpty())
        profile.userName = preset.userName;

    if (!preset.oauth) {
        profile.signIn = Profile::SignIn::Password;
    } else {
        if (preset.secretKind == SecretKind::OAuth)
            profile.signIn = Profile::SignIn::OAuth;
        // An app registration is made with one provider; it means nothing to another.
        const QString previousSignIn
            = previous && previous->oauth ? previous->oauth->signInName : QString();
        if (preset.oauth->signInName != previousSignIn) {
            profile.oauthClientId.clear();
            profile.oauthTenant.clear();
            profile.oauthAccount.clear();
        }
    }
    profile.mechanism = profile.usesOAuth() ? AuthMechanism::XOAuth2 : preset.recommendedMechanism;
}

void ProfileRules::clearPreset(Profile &profile)
{
    profile.presetId.clear();
    profile.signIn = Profile::SignIn::Password;
}

void ProfileRules::setSignIn(Profile &profile, Profile::SignIn signIn, const Provider *preset)
{
    if (signIn == profile.signIn)
        return;
    profile.signIn = signIn;
    if (signIn == Profile::SignIn::OAuth)
        profile.mechanism = AuthMechanism::XOAuth2;
    else if (profile.mechanism == AuthMechanism::XOAuth2)
        profile.mechanism = preset ? preset->recommendedMechanism : AuthMechanism::Auto;
}

void ProfileRules::addPin(Profile &profile, const QString &host, quint16 port,
                          const QByteArray &sha256)
{
    const CertificatePin pin {host.trimmed(), port, sha256};
    if (!pin.host.isEmpty() && !sha256.isEmpty() && !profile.pins.contains(pin))
        profile.pins.append(pin);
}

void ProfileRules::setPins(Profile &profile, const QList<QByteArray> &fingerprints)
{
    profile.pins.clear();
    for (const QByteArray &sha256 : fingerprints)
        addPin(profile, profile.host, profile.port, sha256);
}

void ProfileRules::editPins(Profile &profile, const Profile &before,
                            const QList<QByteArray> &fingerprints)
{
    const QList<QByteArray> shown = before.pinsFor(before.host, before.port);
    profile.pins.clear();
    for (const QByteArray &sha256 : fingerprints) {
        if (shown.contains(sha256))
            addPin(profile, before.host, before.port, sha256);
        else
            addPin(profile, profile.host, profile.port, sha256);
    }
    keepPinsForServer(profile);
}

void ProfileRules::keepPinsForServer(Profile &profile)
{
    profile.pins.removeIf(
        [&](const CertificatePin &pin) { return !pin.isFor(profile.host, profile.port); });
}

QStringList ProfileRules::trustRequests(const Profile &profile)
{
    QStringList requests;
    // The mailbox server's pins are bound to their host and port as the SMTP server's are, so
    // each names the server it opens.
    for (const CertificatePin &pin : profile.pins + profile.imap.pins) {
        requests.append(tr("trust the certificate with SHA-256 fingerprint %1 for %2:%3, even "
                           "though it does not verify")
                            .arg(QString::fromLatin1(pin.sha256), pin.host)
                            .arg(pin.port));
    }
    if (profile.security == Security::None)
        requests.append(
            tr("connect to %1:%2 without any encryption").arg(profile.host).arg(profile.port));
    if (profile.allowPlainAuth)
        requests.append(tr("send the user name and password without encryption when the server "
                           "offers no TLS (allowPlainAuth)"));
    if (!profile.caFile.isEmpty())
        requests.append(
            tr("trust every certificate signed by the CA certificates in %1").arg(profile.caFile));
    // Reading a message back signs in there: with the sending password or token, unless the
    // mailbox is another account. A server other than the sending one is worth a confirmation.
    const QString mailboxHost = profile.imap.host.trimmed();
    if (!mailboxHost.isEmpty() && mailboxHost.compare(profile.host.trimmed(), Qt::CaseInsensitive))
        requests.append(
            profile.imap.isOtherAccount(profile.userName)
                ? tr("read test messages back from the mailbox server %1 (IMAP) as %2")
                      .arg(mailboxHost, profile.imap.userName.trimmed())
                : tr("sign in to the mailbox server %1 (IMAP) with this profile's password or "
                     "sign-in, to read test messages back")
                      .arg(mailboxHost));
    return requests;
}

bool ProfileRules::isServerName(const QString &host)
{
    const QString trimmed = host.trimmed();
    return !trimmed.isEmpty() && !hasSpaceOrControl(trimmed);
}

bool ProfileRules::isUserName(const QString &userName)
{
    return !userName.contains(QLatin1Char('\r')) && !userName.contains(QLatin1Char('\n'))
        && !userName.contains(QChar(0));
}

bool ProfileRules::looksLikeAddress(const QString &address)
{
    return !address.isEmpty() && !hasSpaceOrControl(address) && address.contains(QLatin1Char('@'));
}

bool ProfileRules::isEhloName(const QString &name)
{
    return !hasSpaceOrControl(name);
}

bool ProfileRules::isOAuthClientId(const QString &clientId)
{
    return !hasSpaceOrControl(clientId);
}

bool ProfileRules::isOAuthTenant(const QString &tenant)
{
    return !hasSpaceOrControl(tenant) && !tenant.contains(QLatin1Char('/'));
}

bool ProfileRules::isTimeout(int seconds)
{
    return seconds >= 0 && seconds <= maxTimeoutSeconds;
}

} // namespace Sendcheck
