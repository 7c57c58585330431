// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {

// A mailbox: "user@example.com" or "Display Name <user@example.com>", checked against the
// RFC 5321 / 5322 syntax and length limits before anything is sent. The domain is kept in ACE
// form (IDNA), so the envelope never carries a Unicode domain; a Unicode local part is allowed
// but needs SMTPUTF8 (RFC 6531).
class Address
{
    Q_DECLARE_TR_FUNCTIONS(Address)

public:
    Address() = default;

    // nullopt and a translated reason in *error when the text is not one valid mailbox.
    [[nodiscard]] static std::optional<Address> parse(const QString &text,
                                                      QString *error = nullptr);

    [[nodiscard]] bool isNull() const { return m_localPart.isEmpty(); }
    // local@domain for MAIL FROM / RCPT TO, the domain in ACE form.
    [[nodiscard]] QString addrSpec() const;
    [[nodiscard]] QString localPart() const { return m_localPart; }
    [[nodiscard]] QString domain() const { return m_domain; } // ACE form, or [address literal]
    [[nodiscard]] QString unicodeDomain() const;
    [[nodiscard]] QString displayName() const { return m_displayName; }
    // The mailbox as it goes into a From/To/Cc header (unfolded): a non-ASCII display name as
    // RFC 2047 encoded words, a display name with specials as a quoted string.
    [[nodiscard]] QByteArray headerForm() const;
    // "Name <user@domain>" for people (Unicode domain).
    [[nodiscard]] QString toDisplayString() const;
    // The local part is not ASCII: the server must offer SMTPUTF8.
    [[nodiscard]] bool needsSmtpUtf8() const;

    friend bool operator==(const Address &, const Address &) = default;

    // Octet limits of RFC 5321 4.5.3.1.
    static constexpr int MaxLocalPartOctets = 64;
    static constexpr int MaxDomainOctets = 255;
    static constexpr int MaxPathOctets = 256; // including the angle brackets

private:
    QString m_displayName;
    QString m_localPart;
    QString m_domain;
};

} // namespace Sendcheck
