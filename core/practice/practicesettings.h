// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QString>

namespace Sendcheck {

// What every session of a PracticeServer shares: the scenario, the lab account and the limits.
// Owned by the server; sessions read it live, so a change applies to the next command.
//
// The limits keep the server up on a user's machine whatever a client sends: each one ends in
// an SMTP reply to the client that crossed it (500 for an over-long line, 552 for too much
// data, 421 for too many sessions or a session that lasts too long) and the others go on
// being served.
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

    static constexpr qint64 DefaultMaxMessageSize = 25 * 1024 * 1024;
    static constexpr int DefaultMaxCommandLine = 4096;
    static constexpr int DefaultMaxTextLine = 8192;
    static constexpr int DefaultMaxSessions = 200;
    static constexpr int DefaultMaxSessionsPerClient = 100;
    static constexpr int DefaultMaxSessionSeconds = 600;
    static constexpr int DefaultMaxSavedMessages = 1000;
    static constexpr qint64 DefaultMaxSavedBytes = 500 * 1024 * 1024;
    static constexpr qint64 DefaultMaxPendingInput = 1024 * 1024;
    static constexpr qint64 DefaultMaxPendingOutput = 1024 * 1024;
    static constexpr int DefaultMaxKeptMessages = 50;
    static constexpr qint64 DefaultMaxKeptBytes = 64 * 1024 * 1024;
    // The largest line length a setting may ask for: a line must fit the input buffer.
    static constexpr int MaxLineLimit = int(DefaultMaxPendingInput / 2);

    // Message data after DATA (announced as SIZE); more is counted, dropped, and answered
    // with 552 after the final dot. About what the big mail services accept.
    qint64 maxMessageSize = DefaultMaxMessageSize;
    int idleTimeoutMs = 5 * 60 * 1000;
    int maxRecipients = 100;
    // RFC 5321 4.5.3.1.4 says 512; clients overshoot, so up to this is still accepted. A
    // longer command line is answered with 500 and skipped without being kept.
    int maxCommandLine = DefaultMaxCommandLine;
    // RFC 5321 4.5.3.1.6 says 1000; be lenient up to this, then refuse the message at the end.
    int maxTextLine = DefaultMaxTextLine;
    // Bad commands in one session before it is closed (as Postfix's smtpd_hard_error_limit).
    int maxErrors = 20;
    // Lines kept in a session's transcript; a hostile client cannot grow it without bound.
    int maxTranscriptLines = 2000;

    // Sessions open at once, in all and from one client address; one more is greeted with
    // 421 and closed (on the implicit TLS port it is closed without a word: a plain-text
    // reply there would be garbage to a client expecting a handshake).
    int maxSessions = DefaultMaxSessions;
    int maxSessionsPerClient = DefaultMaxSessionsPerClient;
    // How long one connection may last, however busy; then 421 and the connection closes.
    // The idle timeout does not end a client that trickles a byte now and then; this does.
    int maxSessionSeconds = DefaultMaxSessionSeconds;

    // Unread input and unread replies held per session. Beyond the input buffer the socket's
    // own bounded buffer holds the rest and TCP slows the client down; a client that leaves
    // more replies than this unread is not listening and is cut off.
    qint64 maxPendingInput = DefaultMaxPendingInput;
    qint64 maxPendingOutput = DefaultMaxPendingOutput;

    // Received messages kept in memory (PracticeServer::receivedMessages()): the newest, at
    // most this many and this many bytes of message data; the oldest go first.
    int maxKeptMessages = DefaultMaxKeptMessages;
    qint64 maxKeptBytes = DefaultMaxKeptBytes;
    // Messages kept in the save folder: when a new one would make more than this many files
    // or bytes, the oldest saved ones are deleted (a mail catcher keeps the latest mail; it
    // never refuses a message because the folder is full). 0 = no limit.
    int maxSavedMessages = DefaultMaxSavedMessages;
    qint64 maxSavedBytes = DefaultMaxSavedBytes;
};

} // namespace Sendcheck
