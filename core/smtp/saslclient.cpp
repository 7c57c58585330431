// SPDX-License-Identifier: GPL-3.0-or-later
#include "saslclient.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

namespace Sendcheck {

static constexpr qsizetype MaxCommandLine = 512 - 2; // without CRLF

SaslClient::SaslClient(AuthMechanism mechanism, const Credentials &credentials)
    : m_mechanism(mechanism), m_credentials(credentials)
{ }

std::optional<AuthMechanism> SaslClient::choose(AuthMechanism requested,
                                                const Credentials &credentials,
                                                const Capabilities &caps, bool encrypted)
{
    if (requested != AuthMechanism::Auto) {
        if (caps.offersAuth(QString::fromLatin1(mechanismSaslName(requested))))
            return requested;
        return std::nullopt;
    }
    QList<AuthMechanism> preference;
    if (credentials.kind == Credentials::Kind::OAuthToken)
        preference = {AuthMechanism::XOAuth2};
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
        message += m_credentials.secret;
        return message.toBase64();
    }
    case AuthMechanism::XOAuth2: {
        const QByteArray message = QByteArrayLiteral("user=") + user
            + QByteArrayLiteral("\x01"
                                "auth=Bearer ")
            + m_credentials.secret + QByteArrayLiteral("\x01\x01");
        return message.toBase64();
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
    switch (m_mechanism) {
    case AuthMechanism::Plain:
        if (step == 0 && !m_sentInitialResponse)
            return SaslLine {initialResponse(), hiddenResponseText()};
        break;
    case AuthMechanism::Login:
        if (step == 0) {
            return SaslLine {m_credentials.userName.toUtf8().toBase64(),
                             QCoreApplication::translate("SaslClient", "<user name \"%1\", base64>")
                                 .arg(m_credentials.userName)};
        }
        if (step == 1) {
            return SaslLine {m_credentials.secret.toBase64(),
                             QCoreApplication::translate("SaslClient", "<password, hidden>")};
        }
        break;
    case AuthMechanism::CramMd5:
        if (step == 0) {
            if (decoded.decoded.isEmpty())
                break;
            const QByteArray digest
                = QMessageAuthenticationCode::hash(decoded.decoded, m_credentials.secret,
                                                   QCryptographicHash::Md5)
                      .toHex();
            return SaslLine {(m_credentials.userName.toUtf8() + ' ' + digest).toBase64(),
                             QCoreApplication::translate("SaslClient",
                                                         "<user name \"%1\" and a keyed digest "
                                                         "of the password, hidden>")
                                 .arg(m_credentials.userName)};
        }
        break;
    case AuthMechanism::XOAuth2:
        if (step == 0 && !m_sentInitialResponse)
            return SaslLine {initialResponse(), hiddenResponseText()};
        // A challenge after the token carries the server's error as JSON; RFC 7628 and
        // Google's protocol want an empty line in answer, after which the server sends 535.
        return SaslLine {
            QByteArray(),
            QCoreApplication::translate("SaslClient", "<empty line: acknowledges the error>")};
    case AuthMechanism::Auto:
    case AuthMechanism::None:
        break;
    }
    m_error = QCoreApplication::translate("SaslClient",
                                          "The server sent a sign-in challenge that %1 does not "
                                          "have at this step.")
                  .arg(QString::fromLatin1(mechanismSaslName(m_mechanism)));
    return std::nullopt;
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
