// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/testmessage.h"
#include "practice/practiceserver.h"
#include "profiles/profile.h"
#include "report/report.h"
#include "smtp/sessionsetup.h"
#include "smtp/smtpsession.h"

#include <QSignalSpy>

#include <optional>

// One real test send from our engine to an in-process PracticeServer, made into a Report the
// way a front end will make it (Report::fromSession). Shared by the report and history tests.
struct PracticeRun
{
    Sendcheck::Security security = Sendcheck::Security::StartTls;
    Sendcheck::AuthMechanism mechanism = Sendcheck::AuthMechanism::Auto;
    QString user = QStringLiteral("practice");
    QByteArray password = QByteArrayLiteral("practice");
    QString profileId = QStringLiteral("3f2b8a4e-0000-4000-8000-000000000001");
    QString profileName = QStringLiteral("Practice");

    // nullopt (with the reason in `error`) when the send could not even be started.
    [[nodiscard]] std::optional<Sendcheck::Report> send(const Sendcheck::PracticeServer &server,
                                                        QString *error) const
    {
        using namespace Sendcheck;
        Profile profile;
        profile.id = profileId;
        profile.name = profileName;
        profile.host = QStringLiteral("localhost");
        profile.security = security;
        profile.port = security == Security::ImplicitTls ? server.tlsPort() : server.smtpPort();
        profile.mechanism = mechanism;
        profile.userName = mechanism == AuthMechanism::None ? QString() : user;
        profile.from = QStringLiteral("you@practice.test");
        profile.defaultTo = {QStringLiteral("friend@practice.test")};
        profile.caFile = server.certificate().certificatePath();
        profile.allowPlainAuth = security == Security::None;
        profile.timeoutSeconds = 10;

        TestMessage message;
        message.setFrom(*Address::parse(profile.from, nullptr));
        message.setTo({*Address::parse(profile.defaultTo.constFirst(), nullptr)});
        message.setSubject(QStringLiteral("Report test"));
        message.setTextBody(QStringLiteral("Hello from the report test.\n"));

        SmtpSession session;
        session.setSettings(profile.toServerSettings());
        if (mechanism != AuthMechanism::None)
            session.setCredentials({user, password});
        if (!prepareTestSend(session, message, 1, error))
            return std::nullopt;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start();
        if (!finished.wait(30000)) {
            *error = QStringLiteral("the session did not finish within 30 s");
            return std::nullopt;
        }
        return Report::fromSession(session.result(), session.transcript(), profile);
    }
};
