// SPDX-License-Identifier: GPL-3.0-or-later
// SaslClient for every mechanism against arbitrary 334 challenges (the input, split at LF),
// with a fuzz-chosen user name and a planted secret. Checks: no line for the wire carries a
// line break or NUL, and the transcript words never show the secret or a payload made from it.
#include "fuzzcommon.h"
#include "smtp/oauthservererror.h"
#include "smtp/saslclient.h"

#include <cstddef>
#include <cstdint>

using FuzzCommon::check;
using Sendcheck::AuthMechanism;
using Sendcheck::Credentials;
using Sendcheck::SaslClient;
using Sendcheck::SaslLine;

namespace {

const QByteArray PlantedSecret = QByteArrayLiteral("Fz-planted-S3cret-\xc3\xa4\xc3\xb6-7q2");

void checkLine(const SaslLine &line, AuthMechanism mechanism, int answer)
{
    check(!line.wire.contains('\r') && !line.wire.contains('\n') && !line.wire.contains('\0'),
          "a SASL line for the wire contains CR, LF or NUL", line.wire);
    const QString words = line.transcript;
    check(!words.contains(QString::fromUtf8(PlantedSecret)), "the transcript shows the secret");
    check(!words.contains(QString::fromLatin1(PlantedSecret.toBase64())),
          "the transcript shows the secret in base64");
    // Every payload but LOGIN's user name is made from the secret; its base64 must not show.
    // (answer -1 is the AUTH command: its last word is the mechanism unless a response rides.)
    const bool loginUserName = mechanism == AuthMechanism::Login && answer == 0;
    const QByteArray payload = line.wire.mid(line.wire.lastIndexOf(' ') + 1);
    if (!loginUserName && payload.size() >= 8 && payload != Sendcheck::mechanismSaslName(mechanism))
        check(!words.contains(QString::fromLatin1(payload)),
              "the transcript shows a secret-bearing payload", payload);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzCommon::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first line names the user; every further line is one challenge.
    QList<QByteArray> lines = input.split('\n');
    const QString userName = QString::fromUtf8(lines.takeFirst());

    for (const AuthMechanism mechanism :
         {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5,
          AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer}) {
        Credentials credentials;
        credentials.userName = userName;
        credentials.secret = Sendcheck::SecretBuffer(PlantedSecret);
        credentials.kind = SaslClient::isOAuth(mechanism) ? Credentials::Kind::OAuthToken
                                                          : Credentials::Kind::Password;
        credentials.signedInAccount = userName;
        SaslClient client(mechanism, credentials, QStringLiteral("smtp.example.test"), 587);
        checkLine(client.start(), mechanism, -1);
        int answer = 0;
        for (const QByteArray &challenge : std::as_const(lines)) {
            const auto reply = client.respond(challenge);
            if (reply) {
                checkLine(*reply, mechanism, answer);
                ++answer;
            } else {
                check(!client.errorString().isEmpty(), "a refused challenge without a reason");
                break; // the session gives up after a refused challenge
            }
        }
    }

    for (const QByteArray &challenge : std::as_const(lines)) {
        // An OAuth error challenge is decoded into plain words: never a control character.
        if (const auto error = Sendcheck::OAuthServerError::fromChallenge(challenge)) {
            for (const QChar c : error->describe())
                check(c.unicode() >= 0x20 || c == u'\n',
                      "an OAuth error text shows a control character");
        }
        const QString shown = SaslClient::describeChallenge(challenge);
        for (const QChar c : shown)
            check((c.unicode() >= 0x20 && c.unicode() != 0x7f) || c == u'\t',
                  "describeChallenge shows a control character", shown.toUtf8());
    }
    return 0;
}
