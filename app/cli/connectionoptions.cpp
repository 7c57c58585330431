// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionoptions.h"

#include "profiles/cafile.h"
#include "profiles/profilerules.h"
#include "providers/providercatalog.h"

#include <QFileInfo>

using namespace Sendcheck;

ConnectionOptions::ConnectionOptions(const ProviderCatalog *catalog)
    : m_catalog(catalog)
    , m_preset(QStringLiteral("preset"),
               tr("Start from a provider preset (see 'sendcheck-cli presets'); ID:REGION picks "
                  "one of its servers."),
               tr("ID"))
    , m_host(QStringLiteral("host"), tr("Server name."), tr("HOST"))
    , m_port(QStringLiteral("port"), tr("Port (1-65535)."), tr("PORT"))
    , m_security(QStringLiteral("security"), tr("Encryption: starttls, tls or none."), tr("MODE"))
    , m_auth(QStringLiteral("auth"),
             tr("Sign-in method: auto, plain, login, cram-md5, xoauth2 or none."), tr("METHOD"))
    , m_user(QStringLiteral("user"), tr("Sign-in user name."), tr("USER"))
    , m_from(QStringLiteral("from"), tr("Sender address."), tr("ADDRESS"))
    , m_to(QStringLiteral("to"), tr("Recipient address (repeatable)."), tr("ADDRESS"))
    , m_ehlo(QStringLiteral("ehlo"), tr("Name to send in EHLO."), tr("NAME"))
    , m_caFile(QStringLiteral("ca-file"), tr("Extra CA certificates (PEM file) to trust."),
               tr("FILE"))
    , m_pin(QStringLiteral("pin-sha256"),
            tr("Trust the certificate with this SHA-256 fingerprint for this host and port "
               "(repeatable)."),
            tr("HEX"))
    , m_allowPlainAuth(QStringLiteral("allow-plain-auth"),
                       tr("Allow signing in without encryption (lab servers only)."))
    , m_noAllowPlainAuth(QStringLiteral("no-allow-plain-auth"),
                         tr("Do not allow signing in without encryption."))
    , m_timeout(QStringLiteral("timeout"),
                tr("Give up on any step after this many seconds (0: standard timers)."),
                tr("SECONDS"))
    , m_signIn(QStringLiteral("sign-in"),
               tr("How to sign in: password (or key, kept in the keyring) or oauth (sign in "
                  "with the provider: 'sendcheck-cli oauth login')."),
               tr("MODE"))
    , m_oauthClientId(QStringLiteral("oauth-client-id"),
                      tr("Client id of the app you registered with the provider for OAuth."),
                      tr("ID"))
    , m_oauthTenant(QStringLiteral("oauth-tenant"),
                    tr("Microsoft: your tenant (directory id or domain); empty for the "
                       "preset's default."),
                    tr("TENANT"))
{ }

void ConnectionOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({m_preset, m_host, m_port, m_security, m_auth, m_user, m_from, m_to, m_ehlo,
                       m_caFile, m_pin, m_allowPlainAuth, m_noAllowPlainAuth, m_timeout, m_signIn,
                       m_oauthClientId, m_oauthTenant});
}

bool ConnectionOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option :
         {&m_preset, &m_host, &m_port, &m_security, &m_auth, &m_user, &m_from, &m_to, &m_ehlo,
          &m_caFile, &m_pin, &m_allowPlainAuth, &m_noAllowPlainAuth, &m_timeout, &m_signIn,
          &m_oauthClientId, &m_oauthTenant}) {
        if (parser.isSet(*option))
            return true;
    }
    return false;
}

bool ConnectionOptions::applyTo(const QCommandLineParser &parser, Profile &profile,
                                QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    Profile result = profile;

    // The preset: the one named now, or the one the profile was made from (its port list
    // decides the mode a port implies).
    ProviderCatalog loaded;
    const ProviderCatalog *catalog = m_catalog;
    const auto ensureCatalog = [&]() {
        if (!catalog) {
            loaded = ProviderCatalog::loadDefault();
            catalog = &loaded;
        }
    };
    const Provider *preset = nullptr;
    if (parser.isSet(m_preset)) {
        const QString value = parser.value(m_preset).trimmed();
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const QString id = colon < 0 ? value : value.left(colon);
        const QString region = colon < 0 ? QString() : value.mid(colon + 1);
        ensureCatalog();
        preset = catalog->find(id);
        if (!preset) {
            *error = tr("--preset: there is no preset \"%1\"; 'sendcheck-cli presets' lists "
                        "them.")
                         .arg(id);
            return false;
        }
        const Provider::Host *host
            = region.isEmpty() ? &preset->hosts.first() : preset->findHost(region);
        if (!host) {
            QStringList known;
            for (const Provider::Host &h : preset->hosts)
                known.append(h.id.isEmpty() ? h.host : h.id);
            *error = tr("--preset: \"%1\" has no server \"%2\"; choose one of: %3.")
                         .arg(id, region, known.join(QStringLiteral(", ")));
            return false;
        }
        ProfileRules::applyPreset(result, *preset, host, catalog->find(result.presetId));
    } else if (!result.presetId.isEmpty()
               && (parser.isSet(m_port) || parser.isSet(m_security) || parser.isSet(m_signIn))) {
        ensureCatalog();
        preset = catalog->find(result.presetId);
    }

    if (parser.isSet(m_host)) {
        const QString host = parser.value(m_host).trimmed();
        if (!ProfileRules::isServerName(host)) {
            *error = tr("--host: \"%1\" is not a server name.").arg(parser.value(m_host));
            return false;
        }
        result.host = host;
    }

    std::optional<quint16> port;
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint value = parser.value(m_port).trimmed().toUInt(&ok);
        if (!ok || value < 1 || value > 65535) {
            *error = tr("--port: \"%1\" is not a port number (1-65535).").arg(parser.value(m_port));
            return false;
        }
        port = quint16(value);
    }
    std::optional<Security> security;
    if (parser.isSet(m_security)) {
        security = securityFromName(parser.value(m_security).trimmed());
        if (!security) {
            *error = tr("--security: \"%1\" is not a mode; use starttls, tls or none.")
                         .arg(parser.value(m_security));
            return false;
        }
    }
    if (port && security) {
        result.port = *port;
        result.security = *security;
    } else if (port) {
        result.port = *port;
        if (const auto implied = ProfileRules::securityForNewPort(*port, result.security, preset))
            result.security = *implied;
    } else if (security) {
        result.port = ProfileRules::portForNewSecurity(result.port, *security, preset);
        result.security = *security;
    }

    // The sign-in choice before --auth, so an explicit method wins over the one OAuth implies.
    if (parser.isSet(m_signIn)) {
        const QString mode = parser.value(m_signIn).trimmed();
        if (mode == QLatin1String("oauth")) {
            if (!ProfileRules::offersOAuth(preset)) {
                *error = preset ? tr("--sign-in: the preset \"%1\" has no OAuth sign-in; use "
                                     "password.")
                                      .arg(preset->id)
                                : tr("--sign-in: oauth needs a preset that offers it (--preset).");
                return false;
            }
            ProfileRules::setSignIn(result, Profile::SignIn::OAuth, preset);
        } else if (mode == QLatin1String("password")) {
            ProfileRules::setSignIn(result, Profile::SignIn::Password, preset);
        } else {
            *error
                = tr("--sign-in: \"%1\" is not a sign-in mode; use password or oauth.").arg(mode);
            return false;
        }
    }

    if (parser.isSet(m_auth)) {
        const auto mechanism = mechanismFromName(parser.value(m_auth).trimmed());
        if (!mechanism) {
            *error = tr("--auth: \"%1\" is not a sign-in method; use auto, plain, login, "
                        "cram-md5, xoauth2 or none.")
                         .arg(parser.value(m_auth));
            return false;
        }
        result.mechanism = *mechanism;
    }

    if (parser.isSet(m_user)) {
        const QString user = parser.value(m_user);
        if (!ProfileRules::isUserName(user)) {
            *error = tr("--user: the user name contains a line break or NUL.");
            return false;
        }
        result.userName = user;
    }

    const auto checkAddress = [&](const QString &flag, const QString &address) {
        if (!ProfileRules::looksLikeAddress(address)) {
            *error = tr("%1: \"%2\" is not a mail address.").arg(flag, address);
            return false;
        }
        return true;
    };
    if (parser.isSet(m_from)) {
        const QString from = parser.value(m_from).trimmed();
        if (!checkAddress(QStringLiteral("--from"), from))
            return false;
        result.from = from;
    }
    if (parser.isSet(m_to)) {
        QStringList to;
        const QStringList values = parser.values(m_to);
        for (const QString &value : values) {
            if (!checkAddress(QStringLiteral("--to"), value.trimmed()))
                return false;
            to.append(value.trimmed());
        }
        result.defaultTo = to;
    }

    if (parser.isSet(m_ehlo)) {
        const QString ehlo = parser.value(m_ehlo).trimmed();
        if (!ProfileRules::isEhloName(ehlo)) {
            *error = tr("--ehlo: \"%1\" is not a host name.").arg(parser.value(m_ehlo));
            return false;
        }
        result.ehloName = ehlo;
    }

    if (parser.isSet(m_caFile)) {
        const QString path = parser.value(m_caFile);
        if (path.isEmpty()) {
            result.caFile.clear();
        } else {
            const QFileInfo info(path);
            if (!info.isFile() || !info.isReadable()) {
                *error = tr("--ca-file: \"%1\" is not a readable file.").arg(path);
                return false;
            }
            QString why;
            if (!CaFile::read(info.absoluteFilePath(), &why)) {
                *error = QStringLiteral("--ca-file: ") + why;
                return false;
            }
            result.caFile = info.absoluteFilePath();
        }
    }

    if (parser.isSet(m_pin)) {
        QList<QByteArray> pins;
        const QStringList values = parser.values(m_pin);
        for (const QString &value : values) {
            const auto pin = Profile::normalizeSha256(value);
            if (!pin) {
                *error = tr("--pin-sha256: \"%1\" is not a SHA-256 fingerprint; give 64 "
                            "hexadecimal digits, with or without colons.")
                             .arg(value);
                return false;
            }
            if (!pins.contains(*pin))
                pins.append(*pin);
        }
        if (!pins.isEmpty() && !ProfileRules::isServerName(result.host)) {
            *error = tr("--pin-sha256: a certificate is trusted for one server; name it with "
                        "--host or --preset.");
            return false;
        }
        ProfileRules::setPins(result, pins); // for the server named now
    }

    if (parser.isSet(m_allowPlainAuth) && parser.isSet(m_noAllowPlainAuth)) {
        *error = tr("--allow-plain-auth and --no-allow-plain-auth contradict each other.");
        return false;
    }
    if (parser.isSet(m_allowPlainAuth))
        result.allowPlainAuth = true;
    if (parser.isSet(m_noAllowPlainAuth))
        result.allowPlainAuth = false;

    if (parser.isSet(m_oauthClientId)) {
        const QString id = parser.value(m_oauthClientId).trimmed();
        if (!ProfileRules::isOAuthClientId(id)) {
            *error = tr("--oauth-client-id: a client id has no spaces.");
            return false;
        }
        result.oauthClientId = id;
    }
    if (parser.isSet(m_oauthTenant)) {
        const QString tenant = parser.value(m_oauthTenant).trimmed();
        if (!ProfileRules::isOAuthTenant(tenant)) {
            *error = tr("--oauth-tenant: \"%1\" is not a tenant id or domain.").arg(tenant);
            return false;
        }
        result.oauthTenant = tenant;
    }

    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = parser.value(m_timeout).trimmed().toInt(&ok);
        if (!ok || !ProfileRules::isTimeout(seconds)) {
            *error = tr("--timeout: \"%1\" is not a number of seconds from 0 to %2.")
                         .arg(parser.value(m_timeout))
                         .arg(ProfileRules::maxTimeoutSeconds);
            return false;
        }
        result.timeoutSeconds = seconds;
    }

    // A pin is for the host and port it was made for: a new server does not inherit it.
    ProfileRules::keepPinsForServer(result);
    profile = result;
    return true;
}
