// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sendcheck {

struct PracticeSettings;

// The server side of SMTP AUTH (RFC 4954) on the practice server: PLAIN (RFC 4616), LOGIN and
// CRAM-MD5 (RFC 2195) against the lab account, XOAUTH2 and OAUTHBEARER (RFC 7628) against the
// test token and the account it was issued to. It takes the mechanism and the client's lines
// and says what to answer; the session writes the replies, applies the scenario and logs
// (never the client's lines: they are secrets).
class PracticeSaslServer
{
public:
    struct Step
    {
        enum class Kind {
            Challenge, // send `reply` (a 334) and hand the client's next line to answer()
            TokenRefused, // XOAUTH2/OAUTHBEARER, as Gmail does: `reply` is a 334 with a JSON
                          // error; the exchange fails whatever the client answers to it
            Accepted, // the right credentials for `user`
            Refused, // wrong credentials; `user` is the name the client gave (may be empty)
            Error, // no valid answer (cannot be decoded, or "*" to cancel): `reply` is a 501
                   // for the session to give as to a bad command
        };
        Kind kind = Kind::Error;
        QString reply;
        QString user;
        // TokenRefused: whether the token was the test token (then the user name did not
        // match), and the account the test token belongs to.
        bool tokenRight = false;
        QString tokenOwner;
    };

    explicit PracticeSaslServer(const PracticeSettings *settings);

    // The mechanisms for EHLO: "PLAIN LOGIN CRAM-MD5", and "XOAUTH2 OAUTHBEARER" with a token.
    [[nodiscard]] QString mechanisms() const;
    // Whether `mechanism` (upper case) is one of mechanisms().
    [[nodiscard]] bool offers(const QByteArray &mechanism) const;
    // AUTH with an offered `mechanism` and the initial response (empty: none was sent).
    [[nodiscard]] Step start(const QByteArray &mechanism, const QByteArray &initialResponse);
    // The client's line after a Challenge or TokenRefused.
    [[nodiscard]] Step answer(const QByteArray &line);
    // Whether the last step was a Challenge or TokenRefused, so a client line is awaited.
    [[nodiscard]] bool isWaiting() const { return m_awaiting != Awaiting::Nothing; }

private:
    enum class Awaiting {
        Nothing,
        PlainResponse,
        LoginUser,
        LoginPassword,
        CramMd5Response,
        XOAuth2Response,
        OAuthBearerResponse,
        TokenErrorAnswer, // the JSON error went out; the client's answer ends the exchange
    };

    [[nodiscard]] Step challenge(Awaiting awaiting, const QString &reply);
    [[nodiscard]] Step startLogin(const QByteArray &initialResponse);
    [[nodiscard]] Step startCramMd5(const QByteArray &initialResponse);
    [[nodiscard]] Step checkPlain(const QByteArray &response) const;
    [[nodiscard]] Step checkLoginPassword(const QByteArray &password) const;
    [[nodiscard]] Step checkCramMd5(const QByteArray &response) const;
    [[nodiscard]] Step checkOAuth(const QByteArray &response, bool bearer);
    [[nodiscard]] static Step result(const QString &user, bool accepted);
    [[nodiscard]] static Step error(const QString &reply);

    const PracticeSettings *m_settings;
    Awaiting m_awaiting = Awaiting::Nothing;
    QString m_loginUser;
    QByteArray m_cramChallenge;
};

} // namespace Sendcheck
