// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "oauthservererror.h"
#include "secretbuffer.h"
#include "serversettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Sendcheck {

// What a user signs in with. The secret is one SecretBuffer: this type cannot be copied, only
// moved, from where the secret entered the program (keychain, standard input, password box,
// token) to the SASL exchange, and the buffer is wiped when it goes. copy() makes a second
// buffer on purpose (a burst of sessions, each wiping its own).
struct Credentials
{
    enum class Kind { Password, OAuthToken };
    QString userName;
    SecretBuffer secret;
    Kind kind = Kind::Password;
    // Not secret; filled by the OAuth sign-in to explain a refused token. Empty: unknown.
    QStringList grantedScopes {}; // the scopes the token was issued for
    QString signedInAccount {}; // the account the provider says signed in

    Credentials() = default;
    // Copies `secretBytes` into a buffer of its own (tests, literals).
    Credentials(QString user, QByteArrayView secretBytes, Kind secretKind = Kind::Password)
        : userName(std::move(user)), secret(secretBytes), kind(secretKind)
    { }
    Credentials(const Credentials &) = delete;
    Credentials &operator=(const Credentials &) = delete;
    Credentials(Credentials &&) noexcept = default;
    Credentials &operator=(Credentials &&) noexcept = default;
    ~Credentials() = default;

    [[nodiscard]] bool isEmpty() const { return userName.isEmpty() && secret.isEmpty(); }
    // Everything but the secret.
    [[nodiscard]] Credentials withoutSecret() const
    {
        Credentials copied;
        copied.userName = userName;
        copied.kind = kind;
        copied.grantedScopes = grantedScopes;
        copied.signedInAccount = signedInAccount;
        return copied;
    }
    // A deliberate second copy, with a buffer of its own to wipe.
    [[nodiscard]] Credentials copy() const
    {
        Credentials copied = withoutSecret();
        copied.secret = SecretBuffer(secret.view());
        return copied;
    }
};

// One line for the wire and the words the transcript records for it. They differ whenever
// the line carries a secret: the transcript then names what was sent without showing it.
struct SaslLine
{
    QByteArray wire; // without CRLF
    QString transcript;
};

// The client side of one SASL exchange (RFC 4954): the AUTH command, then an answer to each
// 334 challenge. PLAIN, LOGIN, CRAM-MD5, XOAUTH2 and OAUTHBEARER (RFC 7628).
class SaslClient
{
public:
    // `host` and `port` go into OAUTHBEARER's initial response (RFC 7628 section 3.1); left
    // out of it when empty / 0.
    SaslClient(AuthMechanism mechanism, const Credentials &credentials,
               const QString &host = QString(), quint16 port = 0);

    // Chooses the mechanism for `requested` against what the server offers. Auto picks, over
    // an encrypted link, PLAIN (one round trip; TLS protects it), then LOGIN, then CRAM-MD5;
    // without encryption CRAM-MD5 first, as it never sends the password itself. A token means
    // XOAUTH2 if offered, else OAUTHBEARER; a password never picks either. Returns nullopt when
    // nothing fits, also when an explicit mechanism does not fit the kind of credentials
    // (fitsCredentials()).

    [[nodiscard]] static std::optional<AuthMechanism> choose(AuthMechanism requested,
                                                             const Credentials &credentials,
                                                             const Capabilities &caps,
                                                             bool encrypted);

    // Whether `mechanism` can carry this kind of secret: XOAUTH2 and OAUTHBEARER take only a
    // token, the others only a password. Auto and None fit anything.
    [[nodiscard]] static bool fitsCredentials(AuthMechanism mechanism,
                                              const Credentials &credentials);
    [[nodiscard]] static bool isOAuth(AuthMechanism mechanism);

    [[nodiscard]] AuthMechanism mechanism() const { return m_mechanism; }
    // The AUTH command, with an initial response where the mechanism has one and the line
    // stays within 512 octets (RFC 4954 section 4).
    [[nodiscard]] SaslLine start();
    // The answer to a 334 challenge (its base64 text). nullopt and errorString() on a challenge
    // that cannot be answered (bad base64, a step the mechanism does not have).
    [[nodiscard]] std::optional<SaslLine> respond(const QByteArray &challengeBase64);
    [[nodiscard]] QString errorString() const { return m_error; }
    // The error the server sent as a challenge after the token (OAuth mechanisms), decoded and
    // classified with the credentials' signed-in account and granted scopes.
    [[nodiscard]] const std::optional<OAuthServerError> &serverError() const
    {
        return m_serverError;
    }
    // How a challenge is shown in the transcript: decoded when it is readable text.
    [[nodiscard]] static QString describeChallenge(const QByteArray &challengeBase64);

    // Hands `take` the secret and each encoded form it may travel in (its base64, with and
    // without padding; the whole base64 initial response), so they can be removed wherever they
    // come back; the encoded forms are overwritten once `take` returns.
    void forEachSecretForm(const std::function<void(QByteArrayView)> &take) const;
    // Its own copy of the secret: made from the credentials, never shared.
    [[nodiscard]] const SecretBuffer &secret() const { return m_secret; }
    // Overwrites the secret: the exchange is over.
    void wipe();

private:
    [[nodiscard]] QByteArray initialResponse() const;
    [[nodiscard]] QString hiddenResponseText() const;
    [[nodiscard]] std::optional<SaslLine> respondLogin(int step) const;
    [[nodiscard]] SaslLine respondCramMd5(const QByteArray &challenge) const;
    // The one answer to an OAuth error challenge; a second such challenge gets none.
    [[nodiscard]] std::optional<SaslLine> respondOAuthError(const QByteArray &challengeBase64);

    AuthMechanism m_mechanism;
    Credentials m_credentials; // without the secret
    SecretBuffer m_secret;
    QString m_host;
    quint16 m_port = 0;
    std::optional<OAuthServerError> m_serverError;
    int m_step = 0;
    bool m_sentInitialResponse = false;
    bool m_answeredServerError = false;
    QString m_error;
};

} // namespace Sendcheck
