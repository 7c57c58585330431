// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// One thing the diagnoser saw that speaks for an explanation: the server's words, a code, the
// step it came at, the provider the server belongs to, or a fact of the session itself. Each
// kind weighs differently (DiagnosisRule::weight); `explain --json` lists them as
// {kind, text, weight}.
struct Evidence
{
    enum class Kind {
        ProviderPhrase, // words one provider uses for one situation ("[TSS04]", "5.7.60
                        // SendAsDenied")
        Phrase, // words servers in general use for the situation ("relay access denied")
        EnhancedCode, // an exact enhanced status code with a registered (or provider) meaning
        EnhancedClass, // only the enhanced code's class and subject ("5.1.x: addressing")
        ReplyCode, // the three-digit reply code
        Stage, // the reply code read with the step it answered (550 to RCPT TO)
        HostProvider, // what the server's provider is known to do (535 at Microsoft 365)
        Session, // a fact of the session: no TLS yet, an OAuth sign-in, a socket or TLS error
    };

    Kind kind = Kind::Phrase;
    QString text; // what matched: the words as the server wrote them, the code, the stage
    int weight = 0;

    [[nodiscard]] static QString kindName(Kind kind); // "provider_phrase", "phrase", ...
    [[nodiscard]] QString kindName() const { return kindName(kind); }
    [[nodiscard]] QJsonObject toJson() const; // {kind, text, weight}
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

} // namespace Sendcheck
