// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sendcheck {

// One command line as the practice server reads it: the verb, its argument, and the text the
// transcript shows for it, in which the initial response of AUTH (a secret, or carrying one)
// is already replaced by "<redacted>".
class PracticeCommand
{
public:
    explicit PracticeCommand(const QByteArray &line);

    [[nodiscard]] bool isEmpty() const { return m_line.isEmpty(); }
    [[nodiscard]] QByteArray verb() const { return m_verb; } // upper case
    [[nodiscard]] QByteArray argument() const { return m_argument; } // trimmed
    [[nodiscard]] QString loggedText() const;
    // Whether a server that requires STARTTLS takes this command before TLS.
    [[nodiscard]] bool allowedBeforeStartTls() const;
    // AUTH: the mechanism (upper case) and the initial response (empty: none).
    [[nodiscard]] QByteArray authMechanism() const;
    [[nodiscard]] QByteArray authInitialResponse() const;

    // What the transcript shows instead of a secret.
    [[nodiscard]] static QString redacted();

private:
    QByteArray m_line;
    QByteArray m_verb;
    QByteArray m_argument;
};

} // namespace Sendcheck
