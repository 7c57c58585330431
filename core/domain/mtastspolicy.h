// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// An MTA-STS policy file (RFC 8461 3.2), as served at
// https://mta-sts.<domain>/.well-known/mta-sts.txt: "key: value" lines, CRLF or LF. version
// (STSv1), mode (enforce, testing, none), max_age in seconds (at most 31557600, a year), and one
// or more mx patterns ("mail.example.com", "*.example.net": a wildcard only as the whole
// leftmost label, matching exactly one label). Unknown keys are ignored, as the RFC says.
struct MtaStsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::MtaStsPolicy)

public:
    enum class Mode { Enforce, Testing, None };
    static constexpr qint64 maxMaxAge = 31557600;

    QString version;
    std::optional<Mode> mode;
    std::optional<qint64> maxAge;
    QStringList mx;
    QStringList errors; // what makes senders ignore the policy
    QStringList warnings; // valid, but worth changing

    [[nodiscard]] bool isValid() const { return errors.isEmpty(); }
    // The first mx pattern `host` matches; empty when none does.
    [[nodiscard]] QString matchingPattern(const QString &host) const;

    [[nodiscard]] static MtaStsPolicy parse(const QByteArray &body);
    // RFC 8461 4.1: case-insensitive; "*.example.com" matches "mx.example.com" only, not
    // "example.com" nor "a.b.example.com".
    [[nodiscard]] static bool mxMatches(const QString &pattern, const QString &host);
    [[nodiscard]] static QString modeName(Mode mode); // "enforce", "testing", "none"
};

} // namespace Sendcheck
