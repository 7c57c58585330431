// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace Sendcheck {
class ProviderCatalog;
}

// The connection flags shared by `profile add`, `profile edit` and `send`:
//
//   --preset ID[:REGION]   host, port, security and sign-in method from a preset (its
//                          recommended port; REGION picks one of its hosts, e.g.
//                          amazon-ses:eu-west-1 or zoho-organisation:eu). Flags given
//                          explicitly below win over the preset.
//   --host H               server name
//   --port P               1-65535. Without --security the mode follows the port
//                          (ProfileRules::securityForNewPort: the preset's mode for it, else
//                          465/2465/8465/443 -> tls and 25/587/2525/2587/8025/80 -> starttls,
//                          except that the usual port of the current mode keeps it).
//   --security MODE        starttls | tls | none. Without --port the port follows the mode
//                          (ProfileRules::portForNewSecurity: the preset's port for it; else
//                          587/465/25 when the port was the usual one of another mode).
//   --auth M               auto | plain | login | cram-md5 | xoauth2 | none
//   --user U               sign-in user name (never a password: secrets come from stdin,
//                          an environment variable or the keychain)
//   --from ADDR            envelope and header sender
//   --to ADDR              default recipient; repeatable; replaces the saved list
//   --ehlo NAME            name sent in EHLO (default: derived from this machine)
//   --ca-file F            extra CA certificates (PEM or DER) trusted for this server; must
//                          exist, be at most 1 MiB and hold a certificate (CaFile)
//   --pin-sha256 HEX       trust a certificate by its SHA-256 fingerprint (64 hex digits,
//                          colons allowed) for the host and port named now; repeatable;
//                          replaces the saved list. A pin is kept only while the profile's
//                          host and port stay the same (ProfileRules::keepPinsForServer), so
//                          `send --profile work --host other` does not trust work's pins.
//   --allow-plain-auth     allow signing in without encryption (lab servers only)
//   --no-allow-plain-auth  withdraw that permission
//   --timeout SECONDS      cap every timer (0 = the RFC 5321 defaults)
//   --sign-in MODE         password | oauth (sign in with the provider; needs a preset that
//                          offers it and --oauth-client-id; then 'sendcheck-cli oauth login').
//                          oauth signs in with XOAUTH2 unless --auth says otherwise
//   --oauth-client-id ID   the client id of the app registered with the provider
//   --oauth-tenant T       Microsoft: the tenant (directory id or domain); empty = preset's
//
// The rules behind these (pairing of port and mode, what a preset and a sign-in choice change,
// which values are usable) are core's ProfileRules, shared with the window's settings form.
// applyTo() changes only what was given on the command line, so the same code edits a saved
// profile and applies one-off overrides (`send --profile work --port 465`). On any bad value
// it returns false with an error naming the flag and leaves the profile unchanged.
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    // `catalog` resolves --preset; when null, ProviderCatalog::loadDefault() is used on demand.
    // The catalog must outlive this object.
    explicit ConnectionOptions(const Sendcheck::ProviderCatalog *catalog = nullptr);

    void addTo(QCommandLineParser &parser);
    [[nodiscard]] bool applyTo(const QCommandLineParser &parser, Sendcheck::Profile &profile,
                               QString *error) const;

    // True if any of the connection flags was given.
    [[nodiscard]] bool anySet(const QCommandLineParser &parser) const;

private:
    const Sendcheck::ProviderCatalog *m_catalog;
    QCommandLineOption m_preset;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_security;
    QCommandLineOption m_auth;
    QCommandLineOption m_user;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_ehlo;
    QCommandLineOption m_caFile;
    QCommandLineOption m_pin;
    QCommandLineOption m_allowPlainAuth;
    QCommandLineOption m_noAllowPlainAuth;
    QCommandLineOption m_timeout;
    QCommandLineOption m_signIn;
    QCommandLineOption m_oauthClientId;
    QCommandLineOption m_oauthTenant;
};
