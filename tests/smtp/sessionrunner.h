// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buffersource.h"
#include "fakesmtpserver.h"
#include "message/messagesource.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QSignalSpy>
#include <QTest>

using TestSupport::BufferSource;

inline const QByteArray TestMessageBytes = "From: a@example.com\r\nTo: b@example.com\r\n"
                                           "Subject: test\r\n\r\nHello\r\n.leading dot\r\n";

// Settings for a fake server on 127.0.0.1 with short timers, so a hang fails fast.
inline Sendcheck::ServerSettings fakeServerSettings(quint16 port, Sendcheck::Security security)
{
    Sendcheck::ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = security;
    settings.mechanism = Sendcheck::AuthMechanism::Auto;
    settings.ehloName = QStringLiteral("client.test");
    settings.timeouts.capAll(std::chrono::seconds(5));
    return settings;
}

inline void prepareSession(Sendcheck::SmtpSession &session,
                           const Sendcheck::ServerSettings &settings,
                           const QStringList &recipients = {QStringLiteral("b@example.com")},
                           int count = 1)
{
    session.setSettings(settings);
    session.setEnvelope({QStringLiteral("a@example.com"), recipients, false});
    session.setMessageFactory([] { return std::make_unique<BufferSource>(TestMessageBytes); },
                              count);
}

// Runs the session to its end (bounded) and returns whether it finished.
inline bool runToEnd(Sendcheck::SmtpSession &session, int timeoutMs = 15000)
{
    QSignalSpy finished(&session, &Sendcheck::SmtpSession::finished);
    session.start();
    return finished.count() > 0 || finished.wait(timeoutMs);
}
