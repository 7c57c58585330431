// SPDX-License-Identifier: GPL-3.0-or-later
#include "authchoice.h"

#include "smtpcommand.h"

namespace Sendcheck {

AuthChoice::AuthChoice(FailureKind failure, const QString &detail)
    : m_failure(failure), m_detail(detail)
{ }

AuthChoice::AuthChoice(AuthMechanism mechanism) : m_mechanism(mechanism) { }

bool AuthChoice::wanted(const ServerSettings &settings, const Credentials &credentials)
{
    return settings.mechanism != AuthMechanism::None
        && !(settings.mechanism == AuthMechanism::Auto && credentials.isEmpty());
}

AuthChoice AuthChoice::choose(const ServerSettings &settings, const Credentials &credentials,
                              const Capabilities &capabilities, Link link)
{
    if (auto refused = refusal(settings, credentials, capabilities, link))
        return *refused;
    if (!SaslClient::fitsCredentials(settings.mechanism, credentials))
        return credentialsDoNotFit(settings.mechanism, credentials);
    const auto chosen
        = SaslClient::choose(settings.mechanism, credentials, capabilities, link.encrypted);
    if (chosen)
        return AuthChoice(*chosen);
    return {FailureKind::NoCommonMechanism,
            tr("No usable sign-in mechanism: asked for %1, the server offers %2.")
                .arg(settings.mechanism == AuthMechanism::Auto
                         ? (credentials.kind == Credentials::Kind::OAuthToken
                                ? QStringLiteral("XOAUTH2 or OAUTHBEARER")
                                : QStringLiteral("PLAIN, LOGIN or CRAM-MD5"))
                         : QString::fromLatin1(mechanismSaslName(settings.mechanism)),
                     capabilities.authMechanisms().join(u' '))};
}

std::optional<AuthChoice> AuthChoice::refusal(const ServerSettings &settings,
                                              const Credentials &credentials,
                                              const Capabilities &capabilities, Link link)
{
    if (credentials.userName.isEmpty() || credentials.secret.isEmpty())
        return AuthChoice(FailureKind::InvalidInput,
                          tr("Signing in needs a user name and a password (or token)."));
    if (SmtpCommand::breaksLine(credentials.userName.toUtf8()))
        return AuthChoice(FailureKind::InvalidInput,
                          tr("The user name contains a line break or NUL."));
    if (!link.encrypted && !settings.allowPlainAuth)
        return AuthChoice(
            FailureKind::PlainAuthRefused,
            tr("The connection is not encrypted, so the password was not sent. Use STARTTLS "
               "or TLS, or allow sign-in without encryption for this lab server."));
    if (capabilities.authMechanisms().isEmpty())
        return AuthChoice(
            FailureKind::AuthNotOffered,
            link.heloOnly ? tr("The server only understands HELO, which has no sign-in.")
                          : tr("Sign-in was requested, but the server offers no AUTH mechanism%1.")
                                .arg(link.encrypted ? tr(" after TLS") : QString()));
    return std::nullopt;
}

AuthChoice AuthChoice::credentialsDoNotFit(AuthMechanism mechanism, const Credentials &credentials)
{
    const QString name = QString::fromLatin1(mechanismSaslName(mechanism));
    return {FailureKind::NoCommonMechanism,
            credentials.kind == Credentials::Kind::OAuthToken
                ? tr("%1 signs in with a password, but an OAuth access token was given. Choose "
                     "XOAUTH2 or OAUTHBEARER (or automatic) for a token.")
                      .arg(name)
                : tr("%1 signs in with an OAuth access token, but a password was given. Sign in "
                     "with your provider, or choose a password method.")
                      .arg(name)};
}

} // namespace Sendcheck
