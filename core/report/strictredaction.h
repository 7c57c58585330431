// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Sendcheck {

struct Report;

// The stricter redaction for reports that leave the company: besides the secrets (which never
// reach a report at all), it hides the user names the run signed in with (also in base64, as
// AUTH LOGIN sends them), the local part of every e-mail address ("[hidden]@example.com") and
// every IPv4 and IPv6 address ("[IP]"). Host names, reply codes, certificate fingerprints and
// dates stay: they are what a provider needs to help.
class StrictRedaction
{
public:
    // `userNames`: the names to hide wherever they appear (case-insensitive, whole words).
    explicit StrictRedaction(const QStringList &userNames);

    [[nodiscard]] QString apply(const QString &text) const;
    // Every string in the value, recursively, except under keys that hold dates, versions and
    // fingerprints (which the address patterns could mistake for something else).
    [[nodiscard]] QJsonValue apply(const QJsonValue &value) const;

    // The report with everything above hidden and its redaction set to Strict. The user names
    // are the profile's user name and OAuth account.
    [[nodiscard]] static Report apply(const Report &report);

    static constexpr QLatin1StringView UserPlaceholder {"[user]"};
    static constexpr QLatin1StringView LocalPartPlaceholder {"[hidden]"};
    static constexpr QLatin1StringView AddressPlaceholder {"[IP]"};

private:
    QList<QRegularExpression> m_userPatterns;
};

} // namespace Sendcheck
