// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/serversettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// One mail provider's settings in Thunderbird's autoconfig format (config-v1.1.xml: the ISP's
// own file, the ISPDB, or the bundled ISPDB snapshot): the domains it serves and its servers,
// as Thunderbird's parser reads them (see docs/ARCHITECTURE.md, core/discovery).
struct AutoconfigConfig
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::AutoconfigConfig)

public:
    struct Server
    {
        QString type; // "smtp", "imap", "pop3"
        QString host;
        quint16 port = 0;
        QString socketType; // "SSL", "STARTTLS", "plain"
        QStringList authentication; // "password-cleartext", "OAuth2", ...
        QString userName; // may hold %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%

        // SSL -> ImplicitTls, STARTTLS -> StartTls, plain -> None; nothing for anything else.
        [[nodiscard]] std::optional<Security> security() const;
    };

    QString providerId; // <emailProvider id="...">
    QString displayName;
    QStringList domains; // lower case
    QList<Server> outgoing; // smtp servers, in file order (the first is the default)
    QList<Server> incoming; // imap servers, in file order

    // Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% in host names and user names.
    void fillPlaceholders(const QString &address);
    [[nodiscard]] bool servesDomain(const QString &domain) const;

    // Reads a config-v1.1.xml document. Refuses (nullopt, reason in `error`) what is not XML,
    // not a clientConfig, has no emailProvider, or no usable outgoing server.
    [[nodiscard]] static std::optional<AutoconfigConfig> fromXml(const QByteArray &xml,
                                                                 QString *error);
    // One provider of the bundled snapshot (resources/ispdb/ispdb.json, see IspdbSnapshot).
    [[nodiscard]] static AutoconfigConfig fromSnapshotJson(const QString &providerId,
                                                           const QJsonObject &object,
                                                           const QStringList &domains);
};

} // namespace Sendcheck
