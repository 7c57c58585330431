// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <QString>

namespace Sendcheck {

// Assembles server reply lines into replies (RFC 5321 section 4.2). Takes whole lines only,
// without their line end; a line with '-' after the code means more lines follow. Refuses
// what is not a reply instead of guessing, and bounds how much one reply may grow.
class ReplyParser
{
public:
    enum class Status { NeedMore, Complete, Error };

    // A reply line may be at most 512 octets (RFC 5321 4.5.3.1.5); real servers exceed that a
    // little, so allow more, but not without bound.
    static constexpr qsizetype MaxLineLength = 4096;
    static constexpr int MaxLines = 200;

    Status addLine(QByteArrayView line);
    // The reply completed by the last addLine(); resets for the next one.
    [[nodiscard]] SmtpReply takeReply();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool inProgress() const { return !m_lines.isEmpty(); }
    void reset();

    // Splits "5.7.8 rest" into the enhanced code and the rest when the class matches the
    // reply code's first digit; returns an empty code otherwise.
    static QString splitEnhancedCode(int code, QString &text);

private:
    Status fail(const QString &error);
    // Why `line` cannot be a reply line at all (length, code, separator); empty when it can.
    [[nodiscard]] static QString formatProblem(QByteArrayView line);
    // The reply from the lines collected so far.
    [[nodiscard]] SmtpReply assembleReply() const;

    int m_code = 0;
    QList<QString> m_lines;
    QString m_error;
    SmtpReply m_complete;
};

} // namespace Sendcheck
