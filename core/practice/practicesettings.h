// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QString>

namespace Sendcheck {

// What every session of a PracticeServer shares: the scenario, the lab account and the limits.
// Owned by the server; sessions read it live, so a change applies to the next command.
struct PracticeSettings
{
    Scenario scenario;
    QString hostName = QStringLiteral("localhost");
    // A lab server: the default account is documented (practice / practice).
    QString user = QStringLiteral("practice");
    QByteArray password = QByteArrayLiteral("practice"); // in memory only
    QByteArray xoauth2Token; // empty: XOAUTH2 and OAUTHBEARER not offered
    // The account the test token was issued to; empty: the lab account (`user`). A right token
    // sent for another user name is refused, as Google does.
    QString tokenUser;
    qint64 maxMessageSize = 35 * 1024 * 1024;
    int idleTimeoutMs = 5 * 60 * 1000;
    int maxRecipients = 100;
    // RFC 5321 4.5.3.1.4 says 512; clients overshoot, so up to this is still accepted.
    int maxCommandLine = 4096;
    // RFC 5321 4.5.3.1.6 says 1000; be lenient up to this, then refuse the message at the end.
    int maxTextLine = 8192;
    // Bad commands in one session before it is closed (as Postfix's smtpd_hard_error_limit).
    int maxErrors = 20;
    // Lines kept in a session's transcript; a hostile client cannot grow it without bound.
    int maxTranscriptLines = 2000;
};

} // namespace Sendcheck
