// SPDX-License-Identifier: GPL-3.0-or-later
#include "saslclient.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Sendcheck {

static constexpr qsizetype MaxCommandLine = 512 - 2; // without CRLF

namespace {

// RFC 5801 section 4: "," and "=" in the gs2 authzid are written =2C and =3D.
QByteArray gs2Escaped(const QByteArray &name)
{
    QByteArray escaped;
    for (const char c : name) {
        if (c == ',')
            escaped += "=2C";
        else if (c == '=')
            escaped += "=3D";
        else
            escaped += c;
    }
    return escaped;
}

// The base64 of `message`, which holds the secret: the plain bytes are overwritten (the one
// buffer: `message` was built here and shared with nothing).
QByteArray base64AndWipe(QByteArray &message)
{
    const QByteArray encoded = message.toBase64();
    std::fill(message.begin(), message.end(), '\0');
    return encoded;
}
} // namespace

SaslClient::SaslClient(AuthMechanism mechanism, const Credentials &credentials, const QString &host,
                       quint16 port)
    : m_mechanism(mechanism)
    , m_credentials(credentials.withoutSecret())
    , m_secret(credentials.secret.view()) // a buffer of its own, wiped by wipe()
    , m_host(host)
    , m_port(port)
{ }

void SaslClient::forEachSecretForm(const std::function<void(QByteArrayView)> &take) const
{
    if (m_secret.isEmpty())
        return;
    take(m_secret.view());
    QList<QByteArray> forms {m_secret.rawView().toBase64(),
                             m_secret.rawView().toBase64(QByteArray::OmitTrailingEquals),
                             initialResponse()};
    forms.append(QByteArray(forms.last()).replace('=', ""));
    for (QByteArray &form : forms) {
        if (!form.isEmpty())
            take(form);
        std::fill(form.begin(), form.end(), '\0'); // each held only here: wiped in place
    }
}

void SaslClient::wipe()
{
    m_secret.wipe();
}

bool SaslClient::isOAuth(AuthMechanism mechanism)
{
    return mechanism == AuthMechanism::XOAuth2 || mechanism == AuthMechanism::OAuthBearer;
}

bool SaslClient::fitsCredentials(AuthMechanism mechanism, const Credentials &credentials)
{
    if (mechanism == AuthMechanism::Auto || mechanism == AuthMechanism::None)
        return true;
    return isOAuth(mechanism) == (credentials.kind == Credentials::Kind::OAuthToken);
}

std::optional<AuthMechanism> SaslClient::choose(AuthMechanism requested,
                                                const Credentials &credentials,
                                                const Capabilities &caps, bool encrypted)
{
    if (requested != AuthMechanism::Auto) {
        // Never send a password where a token belongs or the other way round.
        if (!fitsCredentials(requested, credentials))
            return std::nullopt;
        if (caps.offersAuth(QString::fromLatin1(mechanismSaslName(requested))))
            return requested;
        return std::nullopt;
    }
    QList<AuthMechanism> preference;
    if (credentials.kind == Credentials::Kind::OAuthToken)
        preference = {AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer};
    else if (encrypted)
        preference = {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5};
    else
        preference = {AuthMechanism::CramMd5, AuthMechanism::Plain, AuthMechanism::Login};
    for (AuthMechanism candidate : preference) {
        if (caps.offersAuth(QString::fromLatin1(mechanismSaslName(candidate))))
            return candidate;
    }
    return std::nullopt;
}

QByteArray SaslClient::initialResponse() const
{
    const QByteArray user = m_credentials.userName.toUtf8();
    switch (m_mechanism) {
    case AuthMechanism::Plain: {
        QByteArray message;
        message += '\0';
        message += user;
        message += '\0';
        message += m_secret.rawView();
        return base64AndWipe(message);
    }
    case AuthMechanism::XOAuth2: {
        QByteArray message = QByteArrayLiteral("user=") + user
            + QByteArrayLiteral("\x01"
                                "auth=Bearer ")
            + m_secret.rawView() + QByteArrayLiteral("\x01\x01");
        return base64AndWipe(message);
    }
    case AuthMechanism::OAuthBearer: {
        // RFC 7628 section 3.1: gs2 header, then key=value pairs each ended by 0x01.
        QByteArray message = QByteArrayLiteral("n,a=") + gs2Escaped(user) + ',';
        if (!m_host.isEmpty())
            message += QByteArrayLiteral("\x01host=") + m_host.toUtf8();
        if (m_port != 0)
            message += QByteArrayLiteral("\x01port=") + QByteArray::number(m_port);
        message += QByteArrayLiteral("\x01"
                                     "auth=Bearer ")
            + m_secret.rawView() + QByteArrayLiteral("\x01\x01");
        return base64AndWipe(message);
    }
    default:
        return QByteArray();
    }
}

QString SaslClient::hiddenResponseText() const
{
    switch (m_mechanism) {
    case AuthMechanism::Plain:
        return QCoreApplication::translate("SaslClient", "<user name \"%1\" and password, hidden>")
            .arg(m_credentials.userName);
    case AuthMechanism::XOAuth2:
        return QCoreApplication::translate("SaslClient",
                                           "<user name \"%1\" and access token, "
                                           "hidden>")
            .arg(m_credentials.userName);
    case AuthMechanism::OAuthBearer:
        return QCoreApplication::translate("SaslClient",
                                           "<user name \"%1\", server %2 port %3 and access "
                                           "token, hidden>")
            .arg(m_credentials.userName, m_host, QString::number(m_port));
    default:
        return QString();
    }
}

SaslLine SaslClient::start()
{
    m_step = 0;
    const QByteArray name = mechanismSaslName(m_mechanism);
    const QByteArray response = initialResponse();
    const QByteArray withResponse = QByteArrayLiteral("AUTH ") + name + ' ' + response;
    if (!response.isEmpty() && withResponse.size() <= MaxCommandLine) {
        m_sentInitialResponse = true;
        return {withResponse,
                QStringLiteral("AUTH %1 %2").arg(QString::fromLatin1(name), hiddenResponseText())};
    }
    m_sentInitialResponse = false;
    return {QByteArrayLiteral("AUTH ") + name, QStringLiteral("AUTH ") + QString::fromLatin1(name)};
}

std::optional<SaslLine> SaslClient::respond(const QByteArray &challengeBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_error = QCoreApplication::translate("SaslClient",
                                              "The server's sign-in challenge is not valid "
                                              "base64.");
        return std::nullopt;
    }
    const int step = m_step++;
    std::optional<SaslLine> answer;
    switch (m_mechanism) {
    case AuthMechanism::Plain:
        if (step == 0 && !m_sentInitialResponse)
            answer = SaslLine {initialResponse(), hiddenResponseText()};
        break;
    case AuthMechanism::Login:
        answer = respondLogin(step);
        break;
    case AuthMechanism::CramMd5:
        if (step == 0 && !decoded.decoded.isEmpty())
            answer = respondCramMd5(decoded.decoded);
        break;
    case AuthMechanism::XOAuth2:
    case AuthMechanism::OAuthBearer:
        if (step == 0 && !m_sentInitialResponse)
            return SaslLine {initialResponse(), hiddenResponseText()};
        return respondOAuthError(challengeBase64);
    case AuthMechanism::Auto:
    case AuthMechanism::None:
        break;
    }
    if (!answer)
        m_error = QCoreApplication::translate("SaslClient",
                                              "The server sent a sign-in challenge that %1 does "
                                              "not have at this step.")
                      .arg(QString::fromLatin1(mechanismSaslName(m_mechanism)));
    return answer;
}

std::optional<SaslLine> SaslClient::respondLogin(int step) const
{
    if (step == 0) {
        return SaslLine {m_credentials.userName.toUtf8().toBase64(),
                         QCoreApplication::translate("SaslClient", "<user name \"%1\", base64>")
                             .arg(m_credentials.userName)};
    }
    if (step == 1) {
        return SaslLine {m_secret.rawView().toBase64(),
                         QCoreApplication::translate("SaslClient", "<password, hidden>")};
    }
    return std::nullopt;
}

SaslLine SaslClient::respondCramMd5(const QByteArray &challenge) const
{
    const QByteArray digest
        = QMessageAuthenticationCode::hash(challenge, m_secret.rawView(), QCryptographicHash::Md5)
              .toHex();
    return SaslLine {(m_credentials.userName.toUtf8() + ' ' + digest).toBase64(),
                     QCoreApplication::translate("SaslClient",
                                                 "<user name \"%1\" and a keyed digest "
                                                 "of the password, hidden>")
                         .arg(m_credentials.userName)};
}

std::optional<SaslLine> SaslClient::respondOAuthError(const QByteArray &challengeBase64)
{
    // A challenge after the token carries the server's error as JSON. It is answered once:
    // Google's XOAUTH2 wants an empty line, RFC 7628 section 3.2.3 a single 0x01 (OAUTHBEARER);
    // the server then must send its final reply. Another challenge instead is a server that
    // would keep the exchange going forever: never answered.
    if (m_answeredServerError) {
        m_error = QCoreApplication::translate("SaslClient",
                                              "The server sent another sign-in challenge after "
                                              "its error instead of a final reply.");
        return std::nullopt;
    }
    m_answeredServerError = true;
    m_serverError = OAuthServerError::fromChallenge(challengeBase64);
    if (m_serverError)
        m_serverError->classify(m_credentials.userName, m_credentials.signedInAccount,
                                m_credentials.grantedScopes);
    if (m_mechanism == AuthMechanism::OAuthBearer) {
        return SaslLine {QByteArrayLiteral("AQ=="),
                         QCoreApplication::translate("SaslClient",
                                                     "AQ== <a single 0x01 byte: "
                                                     "acknowledges the error>")};
    }
    return SaslLine {
        QByteArray(),
        QCoreApplication::translate("SaslClient", "<empty line: acknowledges the error>")};
}

QString SaslClient::describeChallenge(const QByteArray &challengeBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return QString();
    for (const char c : decoded.decoded) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return QString();
    }
    return QString::fromUtf8(decoded.decoded);
}

} // namespace Sendcheck
