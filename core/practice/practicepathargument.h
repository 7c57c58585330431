// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sendcheck {

// The argument of MAIL FROM or RCPT TO as the practice server reads it: lenient about spaces
// as most servers are ("FROM:<a@b>" and "FROM: <a@b>" both work), strict about the path, and
// for MAIL the ESMTP parameters it announces (SIZE, BODY, SMTPUTF8, AUTH). Either a path or
// the reply that refuses the command.
class PracticePathArgument
{
public:
    // "FROM:<a@b> SIZE=1234 ..." (the null path <> allowed) against the size limit.
    [[nodiscard]] static PracticePathArgument mailFrom(const QByteArray &argument,
                                                       qint64 maxMessageSize);
    // "TO:<a@b>" (parameters ignored, the null path refused).
    [[nodiscard]] static PracticePathArgument rcptTo(const QByteArray &argument);
    // "<a@b> rest": the path, with what follows it in `rest`; nullopt if it is not one.
    [[nodiscard]] static std::optional<QString> parsePath(const QByteArray &text, QByteArray *rest);

    [[nodiscard]] bool isValid() const { return m_path.has_value(); }
    [[nodiscard]] QString path() const { return m_path.value_or(QString()); }
    // When not valid: the reply that refuses the command.
    [[nodiscard]] QString refusal() const { return m_refusal; }
    // When not valid: whether the command was malformed (it counts as a bad command), rather
    // than refused for a limit.
    [[nodiscard]] bool isSyntaxError() const { return m_syntaxError; }

private:
    PracticePathArgument() = default;
    [[nodiscard]] static PracticePathArgument refused(const QString &reply,
                                                      bool syntaxError = true);
    [[nodiscard]] static std::optional<PracticePathArgument>
    checkMailParameter(const QByteArray &parameter, qint64 maxMessageSize);

    std::optional<QString> m_path;
    QString m_refusal;
    bool m_syntaxError = false;
};

} // namespace Sendcheck
