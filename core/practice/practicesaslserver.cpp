// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicesaslserver.h"

#include "practicesettings.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <optional>

namespace Sendcheck {

namespace {

const QString cannotDecode = QStringLiteral("501 5.5.2 Error: cannot decode the response");

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    // Constant time for equal lengths: a lab server, but it should not teach timing leaks.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    if (text == "=")
        return QByteArray();
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

// The user name and the bearer token of an XOAUTH2 or OAUTHBEARER initial response.
// XOAUTH2: "user=U\x01auth=Bearer TOKEN\x01\x01".
// OAUTHBEARER (RFC 7628): "n,a=U,\x01host=H\x01port=P\x01auth=Bearer TOKEN\x01\x01", with
// "," and "=" in U written =2C and =3D.
std::pair<QString, QByteArray> parseOAuthResponse(const QByteArray &decoded, bool bearer)
{
    QString user;
    QByteArray token;
    const QList<QByteArray> fields = decoded.split('\x01');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray &field = fields.at(i);
        if (bearer && i == 0) {
            for (const QByteArray &part : field.split(',')) {
                if (part.startsWith("a="))
                    user = QString::fromUtf8(
                        QByteArray(part.mid(2)).replace("=2C", ",").replace("=3D", "="));
            }
        } else if (!bearer && field.startsWith("user=")) {
            user = QString::fromUtf8(field.mid(5));
        } else if (field.startsWith("auth=Bearer ")) {
            token = field.mid(12);
        }
    }
    return {user, token};
}

// The JSON error Gmail sends as a challenge. A right token for another user name is a bad
// request (400), anything else an invalid token (401).
QByteArray oauthError(bool bearer, bool tokenRight, const QString &hostName)
{
    const QString scope = QStringLiteral("https://mail.google.com/");
    QJsonObject error;
    if (bearer) {
        error = {{QStringLiteral("status"),
                  tokenRight ? QStringLiteral("invalid_request") : QStringLiteral("invalid_token")},
                 {QStringLiteral("scope"), scope},
                 {QStringLiteral("openid-configuration"),
                  QStringLiteral("https://%1/.well-known/openid-configuration").arg(hostName)}};
    } else {
        error = {
            {QStringLiteral("status"), tokenRight ? QStringLiteral("400") : QStringLiteral("401")},
            {QStringLiteral("schemes"), QStringLiteral("Bearer")},
            {QStringLiteral("scope"), scope}};
    }
    return QJsonDocument(error).toJson(QJsonDocument::Compact);
}

} // namespace

PracticeSaslServer::PracticeSaslServer(const PracticeSettings *settings) : m_settings(settings) { }

QString PracticeSaslServer::mechanisms() const
{
    QString mechanisms = QStringLiteral("PLAIN LOGIN CRAM-MD5");
    if (!m_settings->xoauth2Token.isEmpty())
        mechanisms += QStringLiteral(" XOAUTH2 OAUTHBEARER");
    return mechanisms;
}

bool PracticeSaslServer::offers(const QByteArray &mechanism) const
{
    if (mechanism == "PLAIN" || mechanism == "LOGIN" || mechanism == "CRAM-MD5")
        return true;
    return (mechanism == "XOAUTH2" || mechanism == "OAUTHBEARER")
        && !m_settings->xoauth2Token.isEmpty();
}

PracticeSaslServer::Step PracticeSaslServer::start(const QByteArray &mechanism,
                                                   const QByteArray &initialResponse)
{
    m_awaiting = Awaiting::Nothing;
    if (mechanism == "PLAIN") {
        if (initialResponse.isEmpty())
            return challenge(Awaiting::PlainResponse, QStringLiteral("334 "));
        return checkPlain(initialResponse);
    }
    if (mechanism == "LOGIN")
        return startLogin(initialResponse);
    if (mechanism == "CRAM-MD5")
        return startCramMd5(initialResponse);
    const bool bearer = mechanism == "OAUTHBEARER";
    if (initialResponse.isEmpty())
        return challenge(bearer ? Awaiting::OAuthBearerResponse : Awaiting::XOAuth2Response,
                         QStringLiteral("334 "));
    return checkOAuth(initialResponse, bearer);
}

PracticeSaslServer::Step PracticeSaslServer::answer(const QByteArray &line)
{
    const Awaiting awaiting = m_awaiting;
    m_awaiting = Awaiting::Nothing;
    switch (awaiting) {
    case Awaiting::Nothing:
        return error(QStringLiteral("503 5.5.1 Error: no authentication in progress"));
    case Awaiting::TokenErrorAnswer:
        // Whatever the client says after the error challenge, the exchange has failed.
        return result(QString(), false);
    default:
        break;
    }
    if (line == "*")
        return error(QStringLiteral("501 5.7.0 Authentication aborted"));
    if (awaiting == Awaiting::PlainResponse)
        return checkPlain(line);
    if (awaiting == Awaiting::XOAuth2Response || awaiting == Awaiting::OAuthBearerResponse)
        return checkOAuth(line, awaiting == Awaiting::OAuthBearerResponse);
    const auto decoded = decodeBase64(line);
    if (!decoded)
        return error(cannotDecode);
    if (awaiting == Awaiting::LoginUser) {
        m_loginUser = QString::fromUtf8(*decoded);
        return challenge(Awaiting::LoginPassword, QStringLiteral("334 UGFzc3dvcmQ6"));
    }
    if (awaiting == Awaiting::LoginPassword)
        return checkLoginPassword(*decoded);
    return checkCramMd5(*decoded);
}

PracticeSaslServer::Step PracticeSaslServer::challenge(Awaiting awaiting, const QString &reply)
{
    m_awaiting = awaiting;
    Step step;
    step.kind = Step::Kind::Challenge;
    step.reply = reply;
    return step;
}

PracticeSaslServer::Step PracticeSaslServer::startLogin(const QByteArray &initialResponse)
{
    if (initialResponse.isEmpty())
        return challenge(Awaiting::LoginUser, QStringLiteral("334 VXNlcm5hbWU6")); // "Username:"
    const auto user = decodeBase64(initialResponse);
    if (!user)
        return error(cannotDecode);
    m_loginUser = QString::fromUtf8(*user);
    return challenge(Awaiting::LoginPassword, QStringLiteral("334 UGFzc3dvcmQ6")); // "Password:"
}

PracticeSaslServer::Step PracticeSaslServer::startCramMd5(const QByteArray &initialResponse)
{
    if (!initialResponse.isEmpty())
        return error(QStringLiteral("501 5.5.4 Error: CRAM-MD5 takes no initial response"));
    m_cramChallenge = QStringLiteral("<%1.%2@%3>")
                          .arg(QRandomGenerator::global()->generate())
                          .arg(QDateTime::currentMSecsSinceEpoch())
                          .arg(m_settings->hostName)
                          .toUtf8();
    return challenge(Awaiting::CramMd5Response,
                     QStringLiteral("334 ") + QString::fromLatin1(m_cramChallenge.toBase64()));
}

PracticeSaslServer::Step PracticeSaslServer::checkPlain(const QByteArray &response) const
{
    const auto decoded = decodeBase64(response);
    if (!decoded)
        return error(cannotDecode);
    // authzid NUL authcid NUL password (RFC 4616)
    const QList<QByteArray> parts = decoded->split('\0');
    if (parts.size() != 3)
        return result(QString(), false);
    const QString user = QString::fromUtf8(parts.at(1));
    const bool authzidOk = parts.at(0).isEmpty() || parts.at(0) == parts.at(1);
    return result(user,
                  authzidOk && user == m_settings->user
                      && sameSecret(parts.at(2), m_settings->password));
}

PracticeSaslServer::Step PracticeSaslServer::checkLoginPassword(const QByteArray &password) const
{
    return result(m_loginUser,
                  m_loginUser == m_settings->user && sameSecret(password, m_settings->password));
}

PracticeSaslServer::Step PracticeSaslServer::checkCramMd5(const QByteArray &response) const
{
    // "user digest", the digest being HMAC-MD5 of the challenge in lower-case hex.
    const qsizetype space = response.lastIndexOf(' ');
    const QString user = QString::fromUtf8(space < 0 ? response : response.left(space));
    const QByteArray digest = space < 0 ? QByteArray() : response.mid(space + 1).toLower();
    const QByteArray expected = QMessageAuthenticationCode::hash(
                                    m_cramChallenge, m_settings->password, QCryptographicHash::Md5)
                                    .toHex();
    return result(user, user == m_settings->user && sameSecret(digest, expected));
}

PracticeSaslServer::Step PracticeSaslServer::checkOAuth(const QByteArray &response, bool bearer)
{
    const auto decoded = decodeBase64(response);
    if (!decoded)
        return error(cannotDecode);
    const auto [user, token] = parseOAuthResponse(*decoded, bearer);
    const QString owner
        = m_settings->tokenUser.isEmpty() ? m_settings->user : m_settings->tokenUser;
    const bool tokenRight = sameSecret(token, m_settings->xoauth2Token);
    const bool userRight = !user.isEmpty() && user.compare(owner, Qt::CaseInsensitive) == 0;
    if (tokenRight && userRight)
        return result(user, true);
    // As Gmail does: a JSON error as a challenge, the 535 only after the client's answer
    // (an empty line for XOAUTH2, 0x01 for OAUTHBEARER).
    Step step = challenge(
        Awaiting::TokenErrorAnswer,
        QStringLiteral("334 ")
            + QString::fromLatin1(oauthError(bearer, tokenRight, m_settings->hostName).toBase64()));
    step.kind = Step::Kind::TokenRefused;
    step.user = user;
    step.tokenRight = tokenRight;
    step.tokenOwner = owner;
    return step;
}

PracticeSaslServer::Step PracticeSaslServer::result(const QString &user, bool accepted)
{
    Step step;
    step.kind = accepted ? Step::Kind::Accepted : Step::Kind::Refused;
    step.user = user;
    return step;
}

PracticeSaslServer::Step PracticeSaslServer::error(const QString &reply)
{
    Step step;
    step.kind = Step::Kind::Error;
    step.reply = reply;
    return step;
}

} // namespace Sendcheck
